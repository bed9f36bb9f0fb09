"""Reviewed figure tables next to what the extractor reads today.

A reviewed table (``data/figures/<source-id>.csv``) is data and loads without the extractor
(:mod:`analysis.data.figure_tables`). When the extractor changes, a reviewer wants to know which
reviewed rows it now reads differently: :func:`review_differences` re-reads each source with the
extractor (on the whole text, matched by offsets, so context such as "of GDP" counts) and lists
every row whose ``value``, ``unit``, ``approximate``, ``kind``, ``low`` or ``high`` differs, or
that the extractor no longer finds. Rows whose note starts with ``changed:`` are the reviewer's
deliberate corrections and are listed as declared, not as differences.

``nato-report data check --extractor`` prints :func:`format_review`; it is a report for the
reviewer and never fails the data check.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

from analysis.data.figure_tables import EXTRACTED_FIELDS, is_declared_change, load_figures
from analysis.data.sources import load_source
from analysis.extract.extractor import extract_figures

NOT_FOUND = "(no figure)"


@dataclass(frozen=True)
class RowDifference:
    """One reviewed row the extractor reads differently (or not at all)."""

    source_id: str
    row: int  # 1-based data row of the table (line row + 1)
    text: str
    column: str  # an EXTRACTED_FIELDS column, or "" when the extractor finds no figure there
    reviewed: object
    extracted: object
    declared: bool  # the row's note starts with "changed:"

    def describe(self) -> str:
        where = f"{self.source_id}.csv row {self.row} (line {self.row + 1}) {self.text!r}"
        mark = " [declared change]" if self.declared else ""
        if not self.column:
            return f"{where}: the extractor finds no figure at these offsets{mark}"
        return (f"{where}: {self.column} reviewed {self.reviewed!r}, extractor reads "
                f"{self.extracted!r}{mark}")


def review_differences(figures: pd.DataFrame | None = None) -> list[RowDifference]:
    """Every difference between the reviewed tables and the extractor's current reading."""
    figures = load_figures() if figures is None else figures
    differences: list[RowDifference] = []
    for source_id, table in figures.groupby("source_id", sort=True):
        source = load_source(str(source_id))
        extracted = extract_figures(source.text, source.published)
        by_offsets = {(int(row["start"]), int(row["end"])): row
                      for row in extracted.to_dict("records")}
        for number, record in enumerate(table.to_dict("records"), start=1):
            differences += _row_differences(str(source_id), number, record, by_offsets)
    return differences


def _row_differences(source_id: str, number: int, record: dict,
                     by_offsets: dict[tuple[int, int], dict]) -> list[RowDifference]:
    declared = is_declared_change(record.get("note"))
    found = by_offsets.get((int(record["start"]), int(record["end"])))
    if found is None:
        return [RowDifference(source_id, number, record["text"], "", None, NOT_FOUND, declared)]
    return [RowDifference(source_id, number, record["text"], column, plain(record[column]),
                          plain(found[column]), declared)
            for column in EXTRACTED_FIELDS if not same(record[column], found[column])]


def format_review(differences: list[RowDifference], tables: int) -> str:
    """The differences as a short report: undeclared first, then the declared changes."""
    undeclared = [d for d in differences if not d.declared]
    declared = [d for d in differences if d.declared]
    lines = [f"Reviewed figure tables against the extractor ({tables} tables): "
             f"{len(undeclared)} undeclared difference(s), {len(declared)} declared change(s)."]
    if undeclared:
        lines.append("Undeclared (correct the cell, or start the note with 'changed:'):")
        lines += [f"  {d.describe()}" for d in undeclared]
    if declared:
        lines.append("Declared changes:")
        lines += [f"  {d.describe()}" for d in declared]
    return "\n".join(lines)


def review_report() -> str:
    """The report ``nato-report data check --extractor`` prints."""
    figures = load_figures()
    tables = figures["source_id"].nunique() if len(figures) else 0
    return format_review(review_differences(figures), tables)


def plain(value: object) -> object:
    """numpy scalars and pandas' missing values as plain Python values, for messages."""
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return None
    return value.item() if hasattr(value, "item") else value


def same(reviewed: object, extracted: object) -> bool:
    reviewed, extracted = plain(reviewed), plain(extracted)
    if reviewed is None or extracted is None:
        return reviewed is None and extracted is None
    if isinstance(reviewed, float) and isinstance(extracted, int | float):
        return math.isclose(reviewed, float(extracted), rel_tol=1e-12, abs_tol=0.0)
    return reviewed == extracted
