"""NATO's TABLES workbook (``def-exp-YYYY-TABLES-en.xlsx``) as one tidy long dataframe.

:func:`read_workbook` parses every table (TABLE1..TABLE8b) into one row per cell value::

    vintage  table   indicator      ally     year estimate value  unit      is_aggregate ...
    2024-06  TABLE3  share_gdp_pct  Albania  2014 False    1.3465 % of GDP  False

Tables are found by their labels, never by fixed addresses (:mod:`analysis.data.workbook_layout`:
sheet or ``Table N :`` title, the header row of years such as ``2014`` or ``'2024e'``, section
labels, ally names), so next year's file parses too as long as NATO keeps the same kind of
layout; when it does not, a :class:`~analysis.errors.WorkbookError` names the file, sheet, cell
and what is wrong.

Conventions
-----------
- ``value`` is exactly the number stored in the cell (float, unrounded). Blank cells and Excel
  errors (``#REF!``) become NaN, never zero; any other text in a value cell is an error.
- ``ally`` uses NATO spelling; the footnote asterisk (national law or agreement calling for 2% of
  GDP) is removed and kept as ``national_2pct_commitment``. The flag belongs to the ally in that
  release: it is True on every row of an ally starred in any table of the workbook.
- ``estimate`` comes from the ``e`` suffix of the header year.
- ``is_aggregate`` marks ``NATO Europe and Canada`` and ``NATO Total``.
- Indicators whose price base is stated in the file carry it in their name
  (``usd_million_constant_2015``); a rebased release yields ``usd_million_constant_2021``.
- TABLE4 repeats TABLE2/TABLE3 values for two years; to keep each indicator a single series
  its repeated columns are named ``summary_*``, and its cumulative change is
  ``real_change_cumulative_pct`` with the start year in ``base_year``.
- ``vintage`` is the release as ``YYYY-MM`` (from the sidecar's ``vintage`` or
  ``release_date``, else from the ``YYMMDD-`` prefix NATO puts in its file names).
- ``sheet`` and ``cell`` give the address each value was read from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.data.workbook_file import (
    TITLE_SEARCH_ROWS,
    Sheet,
    cell_name,
    find_sheet,
    find_title,
    is_blank,
    is_excel_error,
    is_number,
    is_text,
    open_sheets,
    vintage_of,
)
from analysis.data.workbook_layout import (
    AGGREGATES,
    TABLES,
    Column,
    Section,
    TableSpec,
    canonical_name,
    is_aggregate,
    parse_header_year,
    parse_row_label,
)
from analysis.errors import WorkbookError

__all__ = ["AGGREGATES", "COLUMNS", "canonical_name", "is_aggregate", "parse_header_year",
           "parse_row_label", "read_workbook", "vintage_of"]

COLUMNS: tuple[str, ...] = (
    "vintage", "table", "indicator", "ally", "year", "estimate", "value", "unit", "is_aggregate",
    "national_2pct_commitment", "base_year", "sheet", "cell", "file",
)

_PRICE_BASE = re.compile(r"\b((?:19|20)\d\d)\s+prices\b", re.IGNORECASE)
_NOTES = re.compile(r"^\s*notes?\s*:", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*-\s*\d+\s*-\s*$")
# --------------------------------------------------------------------------------------------
# Parsing one table


@dataclass(frozen=True)
class _Record:
    indicator: str
    ally: str
    year: int
    estimate: bool
    value: float
    unit: str
    row: int
    col: int
    base_year: int | None = None


def _header(sheet: Sheet, title_row: int, spec: TableSpec) -> tuple[int, dict[int, Any]]:
    """Find the header row below the title: the first row with two or more year cells."""
    for row in range(title_row + 1, len(sheet.rows) + 1):
        cells = {
            col: sheet.value(row, col)
            for col in range(1, sheet.width + 1)
            if not is_blank(sheet.value(row, col))
        }
        years = [col for col, value in cells.items() if parse_header_year(value)]
        if len(years) >= 2 or (spec.columns and years):
            return row, cells
        if any(is_number(v) for v in cells.values()):
            first = min(col for col, v in cells.items() if is_number(v))
            raise sheet.error(
                row, first, f"number {cells[first]!r} found before any header row of years "
                f"below the title 'Table {spec.number} :' (header row missing or shifted?)"
            )
    raise sheet.error(title_row, None, f"no header row of years below the title "
                      f"'Table {spec.number} :'")


def _year_columns(sheet: Sheet, header_row: int,
                  cells: dict[int, Any]) -> dict[int, tuple[int, bool]]:
    years: dict[int, tuple[int, bool]] = {}
    seen: dict[int, int] = {}
    for col, value in sorted(cells.items()):
        parsed = parse_header_year(value)
        if parsed is None:
            if years:
                raise sheet.error(header_row, col, f"header {value!r} is not a year "
                                  "(expected e.g. 2019, '2019' or '2024e')")
            continue
        if parsed[0] in seen:
            raise sheet.error(header_row, col, f"year {parsed[0]} appears twice in the header "
                              f"(also {cell_name(header_row, seen[parsed[0]])})")
        if years and parsed[0] <= max(y for y, _ in years.values()):
            raise sheet.error(header_row, col, f"header year {value!r} is out of order")
        seen[parsed[0]] = col
        years[col] = parsed
    cols = sorted(years)
    if cols != list(range(cols[0], cols[-1] + 1)):
        gap = next(c for c in range(cols[0], cols[-1] + 1) if c not in years)
        raise sheet.error(header_row, gap, "blank cell inside the header row of years")
    return years


def _price_base(*texts: str | None) -> str | None:
    for text in texts:
        if text:
            match = _PRICE_BASE.search(text)
            if match:
                return match.group(1)
    return None


def _row_label(sheet: Sheet, row: int, first_value_col: int) -> tuple[str | None, int | None]:
    """The label of a row: its text cells left of the first value column, joined."""
    parts = []
    first_col = None
    for col in range(1, first_value_col):
        value = sheet.value(row, col)
        if is_text(value):
            parts.append(str(value).strip())
            first_col = first_col or col
    return (" ".join(parts) if parts else None), first_col


def _value(sheet: Sheet, row: int, col: int, label: str) -> float:
    raw = sheet.value(row, col)
    if is_blank(raw) or is_excel_error(raw):
        return math.nan
    if is_number(raw):
        return float(raw)
    kind = "text" if isinstance(raw, str) else type(raw).__name__
    raise sheet.error(row, col, f"{kind} {raw!r} where a number was expected (row '{label}')")


def _stray_values(sheet: Sheet, row: int, allowed: set[int]) -> None:
    """Numbers outside the header's columns mean the header row and the data disagree."""
    for col in range(1, sheet.width + 1):
        if col in allowed:
            continue
        value = sheet.value(row, col)
        if is_number(value):
            raise sheet.error(row, col, f"value {value!r} in a column without a year header "
                              "(header row shifted?)")


def _ally(sheet: Sheet, row: int, col: int, label: str) -> tuple[str, bool, str | None]:
    name, starred, currency = parse_row_label(label)
    canonical = canonical_name(name)
    if canonical is None:
        raise sheet.error(row, col, f"unknown ally name {label!r} (expected NATO spelling, "
                          "e.g. 'Türkiye', 'Slovak Republic', or an aggregate such as "
                          "'NATO Total')")
    return canonical, starred, currency


def _iter_table_rows(sheet: Sheet, start: int) -> Iterator[int]:
    """Rows of a table body: up to its notes or the page number printed below it."""
    for row in range(start, len(sheet.rows) + 1):
        texts = [sheet.value(row, c) for c in range(1, sheet.width + 1)]
        if any(isinstance(v, str) and (_NOTES.match(v) or _PAGE_NUMBER.match(v)) for v in texts):
            return
        yield row


def _parse_sections(sheet: Sheet, spec: TableSpec, title: str, subtitle: str | None,
                    header_row: int, years: dict[int, tuple[int, bool]],
                    starred: set[str]) -> list[_Record]:
    first_col, last_col = min(years), max(years)
    records: list[_Record] = []
    unlabelled = len(spec.sections) == 1 and spec.sections[0].label == ""
    section: Section | None = spec.sections[0] if unlabelled else None
    section_label = ""
    section_row = header_row
    found: set[str] = set()
    seen: dict[tuple[str, str], int] = {}
    for row in _iter_table_rows(sheet, header_row + 1):
        label, label_col = _row_label(sheet, row, first_col)
        values = [sheet.value(row, c) for c in range(first_col, last_col + 1)]
        has_values = any(not is_blank(v) for v in values)
        if label is None:
            if not has_values:
                continue
            # NATO leaves formula debris below the last ally (#REF!, zeros); never data.
            debris = all(is_blank(v) or is_excel_error(v) or v == 0 for v in values)
            if debris:
                continue
            col = next(c for c in range(first_col, last_col + 1)
                       if not is_blank(sheet.value(row, c)))
            if is_text(sheet.value(row, col)):
                raise sheet.error(row, col, f"text {sheet.value(row, col)!r} under the year "
                                  f"header {years[col][0]} (header row shifted?)")
            raise sheet.error(row, col, "values in a row without an ally name")
        if not has_values:
            match = next((s for s in spec.sections
                          if s.label and re.search(s.label, label, re.IGNORECASE)), None)
            if match is not None:
                section, section_label, section_row = match, label, row
                found.add(match.label)
                continue
            if section is None:
                continue
            if canonical_name(parse_row_label(label)[0]) is None:
                raise sheet.error(row, label_col, f"row label {label!r} is neither a section "
                                  f"label of Table {spec.number} (expected: {_expected(spec)}) "
                                  "nor a known ally name")
            # A known name with no numbers at all: an ally row whose values are all missing.
        if section is None:
            raise sheet.error(row, label_col, f"data row {label!r} before any section label "
                              f"(expected one of: {_expected(spec)})")
        _stray_values(sheet, row, set(years))
        ally, star, currency = _ally(sheet, row, label_col or 1, label)
        if star:
            starred.add(ally)
        key = (section.indicator, ally)
        if key in seen:
            raise sheet.error(row, label_col, f"ally {ally!r} appears twice in section "
                              f"{section_label or spec.table!r} (also row {seen[key]}): "
                              "duplicate ally and year (or a section label is missing)")
        seen[key] = row
        base = _price_base(section_label, subtitle, title)
        if "{base}" in section.indicator + section.unit and base is None:
            raise sheet.error(section_row, None, f"section {section_label!r} states no price "
                              "base year (expected e.g. 'Constant 2015 prices')")
        if "{currency}" in section.unit and not currency:
            raise sheet.error(row, label_col, f"row {label!r} names no currency "
                              "(expected e.g. 'Albania   (Leks)')")
        fmt = {"base": base or "", "currency": currency or ""}
        for col, (year, estimate) in years.items():
            records.append(_Record(
                indicator=section.indicator.format(**fmt), ally=ally, year=year,
                estimate=estimate, value=_value(sheet, row, col, label),
                unit=section.unit.format(**fmt), row=row, col=col,
            ))
    missing = [s.label for s in spec.sections if s.label and s.label not in found]
    if missing:
        raise sheet.error(header_row, None, f"section label matching {missing[0]!r} not found "
                          f"in table 'Table {spec.number}'")
    return records


def _expected(spec: TableSpec) -> str:
    return ", ".join(repr(s.label.lstrip("^")) for s in spec.sections if s.label) or "none"


def _parse_columns(sheet: Sheet, spec: TableSpec, title: str, subtitle: str | None,
                   header_row: int, cells: dict[int, Any], starred: set[str]) -> list[_Record]:
    layout: dict[int, tuple[Column, int, bool, int | None]] = {}
    for col, value in sorted(cells.items()):
        text = " ".join(str(value).split())
        for column in spec.columns:
            match = re.match(column.header, text, re.IGNORECASE)
            if match:
                year = int(match["year"])
                estimate = bool(re.search(rf"{year}e\b", text, re.IGNORECASE))
                base = int(match["base"]) if "base" in match.groupdict() else None
                layout[col] = (column, year, estimate, base)
                break
        else:
            if col > min(layout, default=col + 1):
                raise sheet.error(header_row, col, f"unexpected column header {value!r}")
    if not layout:
        raise sheet.error(header_row, None, "no known column headers")
    for column in spec.columns:
        if not any(c is column for c, *_ in layout.values()):
            raise sheet.error(header_row, None, f"no column header matching {column.header!r}")
    first_col = min(layout)
    price_base = _price_base(subtitle, title)
    records: list[_Record] = []
    seen: dict[str, int] = {}
    for row in _iter_table_rows(sheet, header_row + 1):
        label, label_col = _row_label(sheet, row, first_col)
        values = [sheet.value(row, c) for c in layout]
        if label is None:
            if all(is_blank(v) or is_excel_error(v) or v == 0 for v in values):
                continue
            raise sheet.error(row, first_col, "values in a row without an ally name")
        if all(is_blank(v) for v in values) and canonical_name(parse_row_label(label)[0]) is None:
            continue  # a sub-heading; a known ally without numbers still gets (missing) values
        _stray_values(sheet, row, set(layout))
        ally, star, _ = _ally(sheet, row, label_col or 1, label)
        if star:
            starred.add(ally)
        if ally in seen:
            raise sheet.error(row, label_col, f"ally {ally!r} appears twice (also row "
                              f"{seen[ally]}): duplicate ally and year")
        seen[ally] = row
        for col, (column, year, estimate, base) in layout.items():
            if "{base}" in column.indicator and price_base is None:
                raise sheet.error(header_row, None, "the table states no price base year")
            fmt = {"base": price_base or ""}
            records.append(_Record(
                indicator=column.indicator.format(**fmt), ally=ally, year=year,
                estimate=estimate, value=_value(sheet, row, col, label),
                unit=column.unit.format(**fmt), row=row, col=col, base_year=base,
            ))
    return records


def _first_text_below(sheet: Sheet, row: int, stop: int) -> str | None:
    for r in range(row + 1, stop):
        for c in range(1, sheet.width + 1):
            value = sheet.value(r, c)
            if is_text(value) and parse_header_year(value) is None:
                return str(value).strip()
    return None


def parse_table(sheet: Sheet, spec: TableSpec, starred: set[str]) -> list[_Record]:
    """Parse one table of a sheet; ``starred`` collects allies marked with an asterisk."""
    where = find_title(sheet, spec)
    if where is None:
        raise WorkbookError(f"{sheet.file.name}: sheet {sheet.name}: table label "
                            f"'Table {spec.number} :' not found in its first "
                            f"{TITLE_SEARCH_ROWS} rows")
    title_row, title_col = where
    title = str(sheet.value(title_row, title_col))
    header_row, cells = _header(sheet, title_row, spec)
    subtitle = _first_text_below(sheet, title_row, header_row)
    if spec.columns:
        return _parse_columns(sheet, spec, title, subtitle, header_row, cells, starred)
    years = _year_columns(sheet, header_row, cells)
    return _parse_sections(sheet, spec, title, subtitle, header_row, years, starred)



def read_workbook(path: str | Path, vintage: str | None = None) -> pd.DataFrame:
    """Parse every table of NATO's TABLES workbook into one long dataframe (see module doc).

    ``vintage`` overrides the release label derived from the sidecar or file name.
    Raises :class:`~analysis.errors.WorkbookError` naming file, sheet and cell on bad input.
    """
    path = Path(path)
    sheets = open_sheets(path)
    if not sheets:
        raise WorkbookError(f"{path}: the workbook has no sheets")
    release = vintage or vintage_of(path)
    starred: set[str] = set()
    frames = []
    for spec in TABLES:
        sheet = find_sheet(sheets, spec, path)
        records = parse_table(sheet, spec, starred)
        if not records:
            raise WorkbookError(f"{path.name}: sheet {sheet.name}: table 'Table {spec.number}' "
                                "holds no ally rows")
        frame = pd.DataFrame([r.__dict__ for r in records])
        frame["table"] = spec.table
        frame["sheet"] = sheet.name
        frames.append(frame)
    data = pd.concat(frames, ignore_index=True)
    data["cell"] = [cell_name(r, c) for r, c in zip(data.pop("row"), data.pop("col"), strict=True)]
    data["vintage"] = release
    data["is_aggregate"] = data["ally"].isin(AGGREGATES)
    data["national_2pct_commitment"] = data["ally"].isin(sorted(starred))
    data["base_year"] = data["base_year"].astype("Int64")
    data["year"] = data["year"].astype("int64")
    data["value"] = data["value"].astype("float64")
    data["estimate"] = data["estimate"].astype(bool)
    data["file"] = path.name
    return data.loc[:, list(COLUMNS)]
