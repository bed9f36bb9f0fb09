"""NATO's spending guidelines as data: ``data/raw/reference/guidelines.csv``.

One row per guideline with the declaration it comes from: the Wales pledge (2014: 2% of GDP on
defence, 20% of defence expenditure on major equipment, within a decade) and The Hague
commitment (2025: 5% of GDP by 2035, at least 3.5% on core defence and up to 1.5% on defence-
and security-related spending). The brief reads the values from here, never from constants.

Columns: ``guideline`` (an id that names what is measured, not the value), ``value``, ``unit``
(:data:`analysis.vocabulary.UNITS`), ``qualifier`` (a hedge of :data:`analysis.vocabulary.HEDGES`
or blank), ``agreed`` (YYYY-MM-DD), ``target_year``, ``summit``, ``source``, ``url``, ``quote``.
"""

from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pandas as pd

from analysis.data.reference import read_reference_csv
from analysis.errors import DataError
from analysis.vocabulary import HEDGES, UNITS

GUIDELINE_FILE = "guidelines.csv"
GUIDELINE_COLUMNS = ("guideline", "value", "unit", "qualifier", "agreed", "target_year",
                     "summit", "source", "url", "quote")
REQUIRED_TEXT = ("guideline", "summit", "source", "quote")


def read_guidelines(path: str | Path) -> pd.DataFrame:
    """The guidelines, typed: value float, agreed a date, target_year int; DataError (one line,
    naming the file, row and column) for anything else."""
    path = Path(path)
    frame = read_reference_csv(path, GUIDELINE_COLUMNS)
    rows = [_row(path, index + 2, record) for index, record in enumerate(frame.to_dict("records"))]
    if not rows:
        raise DataError(f"{path}: no guidelines (only a header)")
    seen: dict[str, int] = {}
    for line, row in enumerate(rows, start=2):
        if row["guideline"] in seen:
            raise DataError(f"{path}: row {line}: guideline {row['guideline']!r} repeats row "
                            f"{seen[row['guideline']]}; one row per guideline")
        seen[row["guideline"]] = line
    return pd.DataFrame(rows, columns=list(GUIDELINE_COLUMNS)).astype(
        {"value": "float64", "target_year": "int64"})


def _row(path: Path, line: int, record: dict[str, str]) -> dict[str, object]:
    def fail(column: str, what: str) -> DataError:
        return DataError(f"{path}: row {line}, column {column!r}: {what}")

    cells = {column: str(record.get(column, "")).strip() for column in GUIDELINE_COLUMNS}
    for column in REQUIRED_TEXT:
        if not cells[column]:
            raise fail(column, "is blank")
    try:
        value = float(cells["value"])
    except ValueError:
        raise fail("value", f"{cells['value']!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise fail("value", f"{cells['value']!r} is not a positive number")
    if cells["unit"] not in UNITS:
        raise fail("unit", f"{cells['unit']!r} is not one of {', '.join(UNITS)}")
    if cells["qualifier"] and cells["qualifier"].lower() not in HEDGES:
        raise fail("qualifier", f"{cells['qualifier']!r} is not a known hedge (or blank)")
    try:
        agreed = dt.date.fromisoformat(cells["agreed"])
    except ValueError:
        raise fail("agreed", f"{cells['agreed']!r} is not a date (expected YYYY-MM-DD)") from None
    if not cells["target_year"].isdigit() or int(cells["target_year"]) < agreed.year:
        raise fail("target_year", f"{cells['target_year']!r} is not a year from "
                                  f"{agreed.year} on")
    return {**cells, "value": value, "agreed": agreed, "target_year": int(cells["target_year"])}
