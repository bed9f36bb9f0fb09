"""Values from other NATO releases and NATO's headline statements, as long dataframes.

Both come from ``data/raw/reference/`` (immutable copies with provenance sidecars):

- ``share_gdp_other_releases.csv`` and ``equipment_share_other_releases.csv``: one value per ally,
  year and release. :func:`read_other_releases` returns them long form with columns
  ``ally, year, indicator, value, estimate, vintage, vintage_label, source, is_aggregate, file,
  line``.
- ``headline_figures.csv``: statements such as "more than 600 billion USD". :func:`read_headlines`
  splits the free-text ``unit`` into ``unit``, ``scale``, ``qualifier``, ``status``, ``basis`` and
  ``note`` (see :func:`parse_unit`), and the metric ``exercise_personnel:Trident Juncture 18`` into
  ``metric`` and ``event``.

Normalised copies of both are kept in ``data/reference/`` for reading in a spreadsheet
(:mod:`analysis.data.normalised`); ``nato-report data check`` fails when they are stale. Code
reads the raw files through the loaders, never these copies.

Vintage labels
--------------
One form everywhere in the package (``analysis.data.workbook``, ``analysis.data.load``, here):

- ``YYYY-MM``        a NATO defence-expenditure release (``2023-07``, ``2024-02``, ``2024-06``,
  ``2025-08``); the workbook's vintage is ``2024-06``;
- ``SGAR YYYY-MM``   the Secretary General's Annual Report (``SGAR 2025-04``);
- missing (``<NA>``) for statements that are not tied to a release (exercises, news without a
  vintage, other publishers' bulletins). A headline label must then be one of
  :data:`NO_RELEASE_LABELS`, so that a misspelt release ('NATO Feb 2024') is an error, not a
  statement quietly detached from its release.

Headline units must be one of :data:`HEADLINE_UNITS`; add a unit there when a new kind of
statement is imported.

The label as written in the file is kept in ``vintage_label``. Releases are vintages: NATO revises
past years, so values of different vintages are compared, never spliced into one series.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from analysis.data.workbook import AGGREGATES, canonical_name
from analysis.errors import DataError
from analysis.vocabulary import SCALES

OTHER_RELEASE_FILES: dict[str, str] = {
    "share_gdp_other_releases.csv": "share_gdp_pct",
    "equipment_share_other_releases.csv": "equipment_share_pct",
}
HEADLINE_FILE = "headline_figures.csv"

OTHER_RELEASE_COLUMNS = ("ally", "year", "estimate", "vintage", "source")
HEADLINE_COLUMNS = ("metric", "value", "unit", "year", "vintage", "source", "quote")

_VINTAGE = re.compile(
    r"^\s*(?:NATO\s+)?(?P<sgar>SGAR\s+)?(?P<ym>(?:19|20)\d\d-(?:0[1-9]|1[0-2]))\s*$"
)
_YEAR_RANGE = re.compile(r"^\s*(?P<start>(?:19|20)\d\d)(?:\s*-\s*(?P<end>(?:19|20)\d\d))?\s*$")


def normalise_vintage(label: str | None) -> str | None:
    """``'NATO 2024-02'`` -> ``'2024-02'``, ``'NATO SGAR 2025-04'`` -> ``'SGAR 2025-04'``.

    Labels that name no release (exercises, news without a vintage) give None.
    """
    if label is None or pd.isna(label):
        return None
    match = _VINTAGE.match(str(label))
    if not match:
        return None
    return f"SGAR {match['ym']}" if match["sgar"] else match["ym"]


def read_reference_csv(path: Path, required: tuple[str, ...]) -> pd.DataFrame:
    """A reference CSV as text cells; DataError naming the file when unreadable or a column is
    missing."""
    if not path.exists():
        raise DataError(f"{path}: file not found")
    if path.stat().st_size == 0:
        raise DataError(f"{path}: the file is empty (0 bytes)")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (UnicodeDecodeError, pd.errors.ParserError, pd.errors.EmptyDataError) as error:
        # pandas' message names the line ("Expected 7 fields in line 5, saw 9").
        raise DataError(f"{path}: not a readable CSV file ({error.__class__.__name__}: "
                        f"{error})") from None
    missing = [c for c in required if c not in frame.columns]
    if missing:
        raise DataError(f"{path}: row 1 (header): missing column {missing[0]!r} "
                        f"(found: {', '.join(frame.columns)})")
    return frame


def _line(index: int) -> int:
    # Line in the file: header is line 1, the first record line 2.
    return index + 2


def _number(path: Path, index: int, column: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise DataError(f"{path}: row {_line(index)}, column {column!r}: {text!r} is not a "
                        "number") from None


def _year(path: Path, index: int, column: str, text: str) -> tuple[int, int]:
    match = _YEAR_RANGE.match(text)
    if not match:
        raise DataError(f"{path}: row {_line(index)}, column {column!r}: {text!r} is not a year "
                        "(expected e.g. 2024 or 2014-2024)")
    start = int(match["start"])
    return start, int(match["end"] or start)


def _boolean(path: Path, index: int, column: str, text: str) -> bool | None:
    key = text.strip().lower()
    if key in ("true", "1", "yes"):
        return True
    if key in ("false", "0", "no"):
        return False
    if key == "":
        return None
    raise DataError(f"{path}: row {_line(index)}, column {column!r}: {text!r} is not "
                    "true/false/blank")


# --------------------------------------------------------------------------------------------
# Other releases


def read_other_releases(path: str | Path, indicator: str | None = None) -> pd.DataFrame:
    """One ``*_other_releases.csv`` as long form; ``indicator`` defaults from the value column."""
    path = Path(path)
    frame = read_reference_csv(path, OTHER_RELEASE_COLUMNS)
    value_columns = [c for c in frame.columns if c not in OTHER_RELEASE_COLUMNS]
    if indicator is None:
        if len(value_columns) != 1:
            raise DataError(f"{path}: row 1 (header): expected exactly one value column besides "
                            f"{', '.join(OTHER_RELEASE_COLUMNS)}, found {value_columns}")
        indicator = value_columns[0]
    if indicator not in frame.columns:
        raise DataError(f"{path}: row 1 (header): missing value column {indicator!r}")
    rows = []
    seen: dict[tuple[str, int, str, str], int] = {}
    for index, record in enumerate(frame.to_dict("records")):
        ally = canonical_name(record["ally"])
        if ally is None:
            raise DataError(f"{path}: row {_line(index)}, column 'ally': unknown ally name "
                            f"{record['ally']!r} (expected NATO spelling)")
        year, end = _year(path, index, "year", record["year"])
        if end != year:
            raise DataError(f"{path}: row {_line(index)}, column 'year': expected one year, "
                            f"found {record['year']!r}")
        vintage = normalise_vintage(record["vintage"])
        if vintage is None:
            raise DataError(f"{path}: row {_line(index)}, column 'vintage': "
                            f"{record['vintage']!r} is not a release label such as "
                            "'NATO 2024-02' or 'NATO SGAR 2025-04'")
        text = record[indicator].strip()
        value = float("nan") if text == "" else _number(path, index, indicator, text)
        # Disagreeing sources for one vintage are kept side by side; the same source twice is
        # a copy-paste error.
        key = (ally, year, vintage, record["source"])
        if key in seen:
            raise DataError(f"{path}: row {_line(index)}: duplicate ally and year: {ally} {year} "
                            f"for vintage {vintage} from the same source as row {seen[key]}")
        seen[key] = _line(index)
        rows.append({
            "ally": ally,
            "year": year,
            "indicator": indicator,
            "value": value,
            "estimate": _boolean(path, index, "estimate", record["estimate"]),
            "vintage": vintage,
            "vintage_label": record["vintage"],
            "source": record["source"],
            "is_aggregate": ally in AGGREGATES,
            "file": path.name,
            "line": _line(index),
        })
    result = pd.DataFrame(rows, columns=[
        "ally", "year", "indicator", "value", "estimate", "vintage", "vintage_label", "source",
        "is_aggregate", "file", "line",
    ])
    return result.astype({"year": "int64", "value": "float64", "estimate": "boolean",
                          "is_aggregate": bool, "line": "int64"})


# --------------------------------------------------------------------------------------------
# Headlines

# Units of headline statements (after :func:`parse_unit` took off scale and qualifiers): the
# vocabulary of headline_figures.csv. Anything else is a typo or a new kind of statement that
# the checks do not know how to compare.
HEADLINE_UNITS = frozenset({
    "USD", "%", "% of GDP", "allies", "nations", "forces", "troops", "soldiers", "personnel",
    "participants", "ships", "aircraft", "vehicles", "combat vehicles",
})
# Vintage labels of headline statements that legitimately name no NATO defence-expenditure
# release (their vintage is missing), with the reason. Any other label must be a release label.
NO_RELEASE_LABELS: dict[str, str] = {
    "n/a (exercise)": "an exercise, not a spending release",
    "n/a (statement)": "a statement, not a spending release",
    "news, vintage not stated": "news that does not say which release it reports",
    "NATO 2018 (as reported Jun 2018)": "a release named by year only",
    "NATO 2022 (as reported 2022)": "a release named by year only",
    "NATO 2025-02 (SG statement)": "the Secretary General's statement, not a release",
    "UK MOD bulletin 2024-04 (NATO data)": "another publisher's bulletin",
    "UK MOD bulletin 2017 rev. 2019 (NATO data)": "another publisher's bulletin",
}

_QUALIFIERS = {
    "more than": "more than", "over": "more than", "exceeds": "more than",
    "above": "more than", "at least": "at least",
    "about": "about", "around": "about", "roughly": "about", "approx.": "about",
    "approx": "about", "approximately": "about", "near": "about", "nearly": "about",
    "up to": "up to", "less than": "less than", "under": "less than",
}
_STATUS = {"estimate": "estimate", "estimated": "estimate", "projected": "projection",
           "projection": "projection", "planned": "plan", "final": "final",
           "final count": "final", "pre-exercise": "plan"}
_ENTITY_PREFIXES = (
    ("europe_canada_", "NATO Europe and Canada"),
    ("nato_europe_", "NATO Europe"),
    ("nato_total_", "NATO Total"),
    ("us_", "United States"),
    ("allies_", "NATO Allies"),
    ("nato_", "NATO"),
)


@dataclass(frozen=True)
class UnitText:
    """A headline's free-text unit split into parts, e.g. ``'billion USD (more than)'``."""

    unit: str
    scale: str  # '', 'thousand', 'million', 'billion', 'trillion'
    qualifier: str | None  # 'more than', 'about', 'up to', ...
    status: str | None  # 'estimate', 'projection', 'plan', 'final'
    basis: str | None  # 'real', '2015 prices', 'of GDP' ...
    note: str | None  # anything else, e.g. 'of 31 with armed forces'

    @property
    def multiplier(self) -> float:
        return SCALES.get(self.scale, 1.0)


def parse_unit(text: str) -> UnitText:
    """Split ``'trillion USD (around)'`` into unit 'USD', scale 'trillion', qualifier 'about'.

    Parenthesised parts are classified as qualifier, status (estimate, projection), basis
    (real terms, price base) or kept as a note. ``'% of combined GDP'`` becomes unit
    ``'% of GDP'`` with note 'combined'; ``'allies of 29'`` unit 'allies', note 'of 29'.
    """
    text = " ".join(str(text).split())
    head, _, rest = text.partition("(")
    head = head.strip()
    parts = [p.strip() for p in re.split(r"[;,]", rest.rstrip(")")) if p.strip()] if rest else []
    scale = ""
    words = head.split(" ", 1)
    if words[0].lower() in SCALES and len(words) == 2:
        scale, head = words[0].lower(), words[1]
    qualifier = status = basis = None
    notes: list[str] = []
    gdp = re.match(r"^%\s+of\s+(?P<adj>\w+\s+)?GDP$", head, re.IGNORECASE)
    if gdp:
        head = "% of GDP"
        if gdp["adj"]:
            notes.append(gdp["adj"].strip())
    counted = re.match(r"^(?P<unit>allies|nations)\s+(?P<note>of\s+\d+)$", head, re.IGNORECASE)
    if counted:
        head = counted["unit"]
        notes.append(counted["note"])
    for part in parts:
        key = part.lower()
        if key in _QUALIFIERS and qualifier is None:
            qualifier = _QUALIFIERS[key]
        elif key in _STATUS and status is None:
            status = _STATUS[key]
        elif key == "real" or re.fullmatch(r"(?:19|20)\d\d prices", key):
            basis = part if basis is None else f"{basis}, {part}"
        else:
            notes.append(part)
    return UnitText(unit=head, scale=scale, qualifier=qualifier, status=status, basis=basis,
                    note="; ".join(notes) or None)


def _split_metric(metric: str) -> tuple[str, str | None, str | None]:
    """``'exercise_personnel:Trident Juncture 18 (final count)'`` -> metric, event, stage."""
    metric = metric.strip()
    name, _, event = metric.partition(":")
    if not event:
        return name, None, None
    stage = None
    match = re.match(r"^(?P<event>.*?)\s*\((?P<stage>[^()]*)\)\s*$", event)
    if match:
        event, stage = match["event"], match["stage"]
    return name, event.strip(), stage


def _entity(metric: str, event: str | None) -> str | None:
    if event:
        return event
    for prefix, entity in _ENTITY_PREFIXES:
        if metric.startswith(prefix):
            return entity
    return None


def _headline_vintage(path: Path, index: int, label: str) -> str | None:
    vintage = normalise_vintage(label)
    if vintage is None and " ".join(label.split()) not in NO_RELEASE_LABELS:
        raise DataError(f"{path}: row {_line(index)}, column 'vintage': {label!r} is neither a "
                        "release label such as 'NATO 2024-02' or 'NATO SGAR 2025-04' nor one of "
                        "the labels without a release (analysis.data.reference.NO_RELEASE_LABELS)")
    return vintage


HEADLINE_OUTPUT_COLUMNS = (
    "metric", "entity", "event", "value", "unit", "scale", "qualifier", "status", "basis", "note",
    "year", "year_start", "vintage", "source", "quote", "value_in_units", "year_label",
    "vintage_label", "unit_text", "metric_text", "file", "line",
)


def read_headlines(path: str | Path) -> pd.DataFrame:
    """``headline_figures.csv`` with units normalised (see module doc and :func:`parse_unit`)."""
    path = Path(path)
    frame = read_reference_csv(path, HEADLINE_COLUMNS)
    rows = []
    for index, record in enumerate(frame.to_dict("records")):
        if not record["metric"].strip():
            raise DataError(f"{path}: row {_line(index)}, column 'metric': empty")
        value = _number(path, index, "value", record["value"].strip())
        start, end = _year(path, index, "year", record["year"])
        unit = parse_unit(record["unit"])
        if not unit.unit:
            raise DataError(f"{path}: row {_line(index)}, column 'unit': empty unit")
        if unit.unit not in HEADLINE_UNITS:
            raise DataError(f"{path}: row {_line(index)}, column 'unit': {record['unit']!r} has "
                            f"unknown unit {unit.unit!r} (expected one of "
                            f"{', '.join(sorted(HEADLINE_UNITS))})")
        metric, event, stage = _split_metric(record["metric"])
        status = unit.status
        note = unit.note
        if stage:
            status = status or _STATUS.get(stage.lower())
            if stage.lower() != status:
                note = "; ".join(x for x in (note, stage) if x)
        rows.append({
            "metric": metric,
            "entity": _entity(metric, event),
            "event": event,
            "value": value,
            "unit": unit.unit,
            "scale": unit.scale,
            "value_in_units": value * unit.multiplier,
            "qualifier": unit.qualifier,
            "status": status,
            "basis": unit.basis,
            "note": note,
            "year": end,
            "year_start": start,
            "year_label": record["year"],
            "vintage": _headline_vintage(path, index, record["vintage"]),
            "vintage_label": record["vintage"],
            "source": record["source"],
            "quote": record["quote"],
            "unit_text": record["unit"],
            "metric_text": record["metric"],
            "file": path.name,
            "line": _line(index),
        })
    result = pd.DataFrame(rows, columns=list(HEADLINE_OUTPUT_COLUMNS))
    return result.astype({"value": "float64", "value_in_units": "float64", "year": "int64",
                          "year_start": "int64", "line": "int64"})
