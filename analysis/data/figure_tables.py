"""Reviewed figure tables: ``data/figures/<source-id>.csv``.

Each table holds the figures extracted from one source document (``data/raw/sources``) after a
person reviewed them: metric labels, the year the figure refers to, the entity, and a ``note``
saying what was checked or changed. :func:`load_figures` returns every table as one dataframe
(with ``source_id`` and the ``sentence`` of each figure, read from the source) and
checks every row against its source text, so a quote whose offsets drift from the text is caught.

It also re-reads each row with the extractor (on the whole source text, matched by offsets, so
context such as "of GDP" counts) and requires the stored ``value``, ``unit``, ``approximate``,
``kind``, ``low`` and ``high`` to equal what the extractor reads there. A reviewer who corrects
the extractor (or adds a figure it missed) says so by starting the row's ``note`` with
``changed:`` (:data:`CHANGED_PREFIX`); only such rows may differ from the extraction.
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd

from analysis.data.sources import Source, load_source
from analysis.errors import FigureTableError, SourceError
from analysis.extract.extractor import extract_figures
from analysis.paths import figures_dir
from analysis.vocabulary import KINDS, UNITS, sentences_of

COLUMNS = [
    "text", "start", "end", "value", "unit", "approximate", "kind", "qualifier", "scale",
    "low", "high", "year", "metric", "entity", "note",
]
REQUIRED = ["text", "start", "end", "value", "unit", "approximate", "kind", "year", "metric",
            "entity", "note"]
_BOOLEANS = {"true": True, "false": False, "1": True, "0": False}
# A note starting with this marks a row whose extracted fields the reviewer changed on purpose.
CHANGED_PREFIX = "changed:"
# Fields the review keeps as extracted unless the note starts with CHANGED_PREFIX.
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
    _check_against_extraction(path, records, source)
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
            raise fail(f"column {column} is {cell!r}, expected a whole number") from None

    def number_(column: str, required: bool = True) -> float | None:
        cell = row.get(column, "").strip()
        if not cell and not required:
            return None
        try:
            return float(cell)
        except ValueError:
            raise fail(f"column {column} is {cell!r}, expected a number") from None

    start, end = integer("start"), integer("end")
    quote = row["text"]
    if not 0 <= start < end <= len(text):
        raise fail(f"offsets {start}-{end} are outside the source text (length {len(text)})")
    if text[start:end] != quote:
        raise fail(f"offsets {start}-{end} hold {text[start:end]!r}, not the quote {quote!r}")
    if row["unit"] not in UNITS:
        raise fail(f"column unit is {row['unit']!r}, expected one of {', '.join(UNITS)}")
    if row["kind"] not in KINDS:
        raise fail(f"column kind is {row['kind']!r}, expected one of {', '.join(KINDS)}")
    approximate = _BOOLEANS.get(row["approximate"].strip().lower())
    if approximate is None:
        raise fail(f"column approximate is {row['approximate']!r}, expected true or false")
    return {
        "text": quote, "start": start, "end": end, "value": number_("value"),
        "unit": row["unit"], "approximate": approximate, "kind": row["kind"],
        "qualifier": row.get("qualifier") or None, "scale": row.get("scale") or None,
        "low": number_("low", required=False), "high": number_("high", required=False),
        "year": integer("year", required=False), "metric": row["metric"] or None,
        "entity": row["entity"] or None, "note": row["note"] or None,
    }


def _check_against_extraction(path: Path, records: list[dict], source: Source) -> None:
    """Each row's extracted fields equal what the extractor reads at its offsets.

    Rows whose note starts with ``changed:`` are the reviewer's deliberate corrections and are
    not compared.
    """
    extracted = extract_figures(source.text, source.published)
    by_offsets = {(int(row["start"]), int(row["end"])): row
                  for row in extracted.to_dict("records")}
    for number, record in enumerate(records, start=1):
        if (record["note"] or "").strip().lower().startswith(CHANGED_PREFIX):
            continue
        where = f"{path}: row {number} (line {number + 1})"
        found = by_offsets.get((record["start"], record["end"]))
        if found is None:
            raise FigureTableError(
                f"{where}: the extractor finds no figure at offsets {record['start']}-"
                f"{record['end']} ({record['text']!r}); start the note with "
                f"{CHANGED_PREFIX!r} if the reviewer added it")
        for column in EXTRACTED_FIELDS:
            if not _same(record[column], found[column]):
                raise FigureTableError(
                    f"{where}: column {column} is {record[column]!r} but the extractor reads "
                    f"{_plain(found[column])!r} from {record['text']!r}; correct the cell, or "
                    f"start the note with {CHANGED_PREFIX!r} to keep a deliberate change")


def _plain(value: object) -> object:
    """numpy scalars and pandas' missing values as plain Python values, for messages."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def _same(stored: object, extracted: object) -> bool:
    stored, extracted = _plain(stored), _plain(extracted)
    if stored is None or extracted is None:
        return stored is None and extracted is None
    if isinstance(stored, float) and isinstance(extracted, int | float):
        return math.isclose(stored, float(extracted), rel_tol=1e-12, abs_tol=0.0)
    return stored == extracted
