"""Reviewed figure tables: ``data/figures/<source-id>.csv``.

Each table holds the figures extracted from one source document (``data/raw/sources``) after a
person reviewed them: metric labels, the year the figure refers to, the entity, and a ``note``
saying what was checked or changed. :func:`load_figures` returns every table as one dataframe
(with ``source_id`` and the ``sentence`` of each figure, read from the source).

A reviewed table is data: loading it checks the rows themselves (columns, types, offsets inside
the source text holding the row's text, units and kinds of :mod:`analysis.vocabulary`, no two
rows for one span) and never runs the extractor. Comparing a row with what the extractor reads
today is a review step of the brief layer (:mod:`analysis.brief.figure_review`,
``nato-report data check --extractor``). A reviewer who corrects the extractor (or adds a figure
it missed) says so by starting the row's ``note`` with ``changed:`` (:data:`CHANGED_PREFIX`).
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from analysis.data.provenance import require_regular_file
from analysis.data.sources import load_source
from analysis.errors import FigureTableError, SourceError, quoted
from analysis.paths import figures_dir
from analysis.sentences import sentences_of
from analysis.vocabulary import KINDS, UNITS

COLUMNS = [
    "text", "start", "end", "value", "unit", "approximate", "kind", "qualifier", "scale",
    "low", "high", "year", "metric", "entity", "note",
]
REQUIRED = ["text", "start", "end", "value", "unit", "approximate", "kind", "year", "metric",
            "entity", "note"]
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
# A note starting with this marks a row whose extracted fields the reviewer changed on purpose.
CHANGED_PREFIX = "changed:"
# Fields the review keeps as extracted unless the note starts with CHANGED_PREFIX
# (compared by analysis.brief.figure_review).
EXTRACTED_FIELDS = ("value", "unit", "approximate", "kind", "low", "high")


def figure_tables() -> list[Path]:
    folder = figures_dir()
    return sorted(folder.glob("*.csv")) if folder.is_dir() else []


def load_figures() -> pd.DataFrame:
    """Every reviewed figure table as one dataframe with a ``source_id`` column first."""
    frames = [load_figure_table(path) for path in figure_tables()]
    if not frames:
        columns = [*COLUMNS]
        columns.insert(columns.index("qualifier"), "sentence")
        return pd.DataFrame(columns=["source_id", *columns])
    return pd.concat(frames, ignore_index=True)


def load_figure_table(path: Path) -> pd.DataFrame:
    """One table, checked row by row against the text of the source it is named after."""
    path = Path(path)
    require_regular_file(path, FigureTableError)  # a FIFO named x.csv would block read_csv
    try:
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as error:
        # pandas' message names the line ("Expected 15 fields in line 5, saw 16").
        raise FigureTableError(f"{path}: not a readable CSV ({error.__class__.__name__}: "
                               f"{error})") from None
    missing = [column for column in REQUIRED if column not in raw.columns]
    if missing:
        raise FigureTableError(f"{path}: missing column(s) {', '.join(missing)}")
    try:
        source = load_source(path.stem)
    except SourceError as error:
        raise FigureTableError(f"{path}: its source cannot be read: {error}") from None
    text = source.text
    records = [_checked_row(path, number, row, text)
               for number, row in enumerate(raw.to_dict("records"), start=1)]
    _check_no_duplicates(path, records)
    frame = pd.DataFrame.from_records(records, columns=COLUMNS)
    # The sentence is not stored; it is read from the source, as the extractor reports it.
    frame.insert(frame.columns.get_loc("qualifier"), "sentence",
                 sentences_of(text, [record["start"] for record in records]))
    frame.insert(0, "source_id", path.stem)
    return frame.astype({"start": "int64", "end": "int64", "value": "float64",
                         "approximate": "bool", "low": "float64", "high": "float64",
                         "year": "Int64"})


def _checked_row(path: Path, number: int, row: dict[str, str], text: str) -> dict:
    where = f"{path}: row {number} (line {number + 1})"

    def fail(message: str) -> FigureTableError:
        return FigureTableError(f"{where}: {message}")

    def integer(column: str, required: bool = True) -> int | None:
        cell = row.get(column, "").strip()
        if not cell and not required:
            return None
        try:
            return int(cell)
        except ValueError:
            raise fail(f"column {column} is {quoted(cell)}, expected a whole number") from None

    def number_(column: str, required: bool = True) -> float | None:
        cell = row.get(column, "").strip()
        if not cell and not required:
            return None
        try:
            number = float(cell)
        except ValueError:
            raise fail(f"column {column} is {quoted(cell)}, expected a number") from None
        if not math.isfinite(number):
            raise fail(f"column {column} is {quoted(cell)}, expected a finite number")
        return number

    start, end = integer("start"), integer("end")
    quote = row["text"]
    if not 0 <= start < end <= len(text):
        raise fail(f"offsets {start}-{end} are outside the source text (length {len(text)})")
    if text[start:end] != quote:
        raise fail(f"offsets {start}-{end} hold {quoted(text[start:end])}, not the quote "
                   f"{quoted(quote)}")
    if row["unit"] not in UNITS:
        raise fail(f"column unit is {quoted(row['unit'])}, expected one of {', '.join(UNITS)}")
    if row["kind"] not in KINDS:
        raise fail(f"column kind is {quoted(row['kind'])}, expected one of {', '.join(KINDS)}")
    approximate = _BOOLEANS.get(row["approximate"].strip().lower())
    if approximate is None:
        raise fail(f"column approximate is {quoted(row['approximate'])}, "
                   "expected true or false")
    return {
        "text": quote, "start": start, "end": end, "value": number_("value"),
        "unit": row["unit"], "approximate": approximate, "kind": row["kind"],
        "qualifier": row.get("qualifier") or None, "scale": row.get("scale") or None,
        "low": number_("low", required=False), "high": number_("high", required=False),
        "year": integer("year", required=False), "metric": row["metric"] or None,
        "entity": row["entity"] or None, "note": row["note"] or None,
    }


def _check_no_duplicates(path: Path, records: list[dict]) -> None:
    """One row per span of the source: a second row for the same offsets is a copy or a slip."""
    seen: dict[tuple[int, int], int] = {}
    for number, record in enumerate(records, start=1):
        span = (record["start"], record["end"])
        if span in seen:
            raise FigureTableError(
                f"{path}: row {number} (line {number + 1}): offsets {span[0]}-{span[1]} "
                f"({quoted(record['text'])}) repeat row {seen[span]}; keep one row per figure")
        seen[span] = number


def is_declared_change(note: object) -> bool:
    """Whether a row's note declares a deliberate change to the extracted fields."""
    return isinstance(note, str) and note.strip().lower().startswith(CHANGED_PREFIX)
