"""Rows of a NATO table: labels, values, allies, the price base and the record one cell becomes.

Shared by :mod:`analysis.data.workbook` (tables of year columns) and
:mod:`analysis.data.workbook_columns` (TABLE4, whose columns are not plain years).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from analysis.data.workbook_file import Sheet, is_blank, is_excel_error, is_number, is_text
from analysis.data.workbook_layout import canonical_name, parse_header_year, parse_row_label

PRICE_BASE = re.compile(r"\b((?:19|20)\d\d)\s+prices\b", re.IGNORECASE)
_NOTES = re.compile(r"^\s*notes?\s*:", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*-\s*\d+\s*-\s*$")


@dataclass(frozen=True)
class Record:
    """One value cell of a table, with what the file says it measures."""

    indicator: str
    ally: str
    year: int
    estimate: bool
    value: float
    unit: str
    row: int
    col: int
    base_year: int | None = None  # TABLE4: start year of the cumulative change
    price_base: int | None = None  # the constant-price base year the table states


def price_base(*texts: str | None) -> str | None:
    """The first ``YYYY prices`` base year stated in ``texts`` (e.g. 'Constant 2021 prices')."""
    for text in texts:
        if text:
            match = PRICE_BASE.search(text)
            if match:
                return match.group(1)
    return None


def row_label(sheet: Sheet, row: int, first_value_col: int) -> tuple[str | None, int | None]:
    """The label of a row: its text cells left of the first value column, joined."""
    parts = []
    first_col = None
    for col in range(1, first_value_col):
        value = sheet.value(row, col)
        if is_text(value):
            parts.append(str(value).strip())
            first_col = first_col or col
    return (" ".join(parts) if parts else None), first_col


def cell_value(sheet: Sheet, row: int, col: int, label: str) -> float:
    raw = sheet.value(row, col)
    if is_blank(raw) or is_excel_error(raw):
        return math.nan
    if is_number(raw):
        return float(raw)
    kind = "text" if isinstance(raw, str) else type(raw).__name__
    raise sheet.error(row, col, f"{kind} {raw!r} where a number was expected (row '{label}')")


def check_stray_values(sheet: Sheet, row: int, allowed: set[int]) -> None:
    """Numbers outside the header's columns mean the header row and the data disagree."""
    for col in range(1, sheet.width + 1):
        if col in allowed:
            continue
        value = sheet.value(row, col)
        if is_number(value):
            raise sheet.error(row, col, f"value {value!r} in a column without a year header "
                              "(header row shifted?)")


def ally_of(sheet: Sheet, row: int, col: int, label: str) -> tuple[str, bool, str | None]:
    """(NATO spelling, asterisk, currency) of a row label; WorkbookError for unknown names."""
    name, starred, currency = parse_row_label(label)
    canonical = canonical_name(name)
    if canonical is None:
        raise sheet.error(row, col, f"unknown ally name {label!r} (expected NATO spelling, "
                          "e.g. 'Türkiye', 'Slovak Republic', or an aggregate such as "
                          "'NATO Total')")
    return canonical, starred, currency


def table_rows(sheet: Sheet, start: int) -> Iterator[int]:
    """Rows of a table body: up to its notes or the page number printed below it."""
    for row in range(start, len(sheet.rows) + 1):
        texts = [sheet.value(row, c) for c in range(1, sheet.width + 1)]
        if any(isinstance(v, str) and (_NOTES.match(v) or _PAGE_NUMBER.match(v)) for v in texts):
            return
        yield row


def first_text_below(sheet: Sheet, row: int, stop: int) -> str | None:
    """The first text between the title and the header: the unit line (e.g. 'Million US
    dollars', 'Based on 2015 prices')."""
    for r in range(row + 1, stop):
        for c in range(1, sheet.width + 1):
            value = sheet.value(r, c)
            if is_text(value) and parse_header_year(value) is None:
                return str(value).strip()
    return None
