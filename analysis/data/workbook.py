"""NATO's TABLES workbook (``def-exp-YYYY-TABLES-en.xlsx``) as one tidy long dataframe.

:func:`read_workbook` parses every table (TABLE1..TABLE8b) into one row per cell value::

    vintage  table   indicator      ally     year estimate value  unit      is_aggregate ...
    2024-06  TABLE3  share_gdp_pct  Albania  2014 False    1.3465 % of GDP  False

Every edition's layout parses (``shared/reference/LAYOUTS.md``): June 2024 (sheets ``TABLE1``,
title in B4, the block label below the year header) as well as 2025 and 2026 (sheets
``Table 1``, title in A1, labels in column A, a subtitle row above each block and a year-header
row with an empty first cell repeated for every block). What an edition measures is read from its
own text: the price base (``Constant 2021 prices``), the estimate years (``2025e``) and the
measure named in the table titles (``Defence expenditure``; ``Core defence expenditure`` in
2026).

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
- ``price_base`` is the constant-price base year the table states (``Based on 2015 prices``),
  <NA> when it states none; ``measure`` is what the release's table titles say they count
  (``Defence expenditure``, ``Core defence expenditure``), the same on every row.
- A workbook must hold the nine tables, or those its sidecar lists under ``tables`` (``data add``
  records them for a release published with fewer); Table 3 (share of GDP) is always required.
- ``sheet`` and ``cell`` give the address each value was read from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.data.workbook_columns import parse_columns
from analysis.data.workbook_file import (
    TITLE_SEARCH_ROWS,
    Sheet,
    cell_name,
    find_title,
    is_blank,
    is_excel_error,
    is_number,
    is_text,
    locate_sheet,
    open_sheets,
    sheet_not_found,
    tables_of,
    vintage_of,
)
from analysis.data.workbook_layout import (
    AGGREGATES,
    REQUIRED_TABLES,
    TABLES,
    Section,
    TableSpec,
    canonical_name,
    is_aggregate,
    parse_header_year,
    parse_row_label,
)
from analysis.data.workbook_rows import (
    Record,
    ally_of,
    cell_value,
    check_stray_values,
    first_text_below,
    price_base,
    row_label,
    table_rows,
)
from analysis.errors import WorkbookError

__all__ = ["AGGREGATES", "COLUMNS", "canonical_name", "is_aggregate", "parse_header_year",
           "parse_row_label", "read_workbook", "vintage_of"]

COLUMNS: tuple[str, ...] = (
    "vintage", "table", "indicator", "ally", "year", "estimate", "value", "unit", "is_aggregate",
    "national_2pct_commitment", "base_year", "price_base", "measure", "sheet", "cell", "file",
)

# What the release counts, as its table titles name it ('Table 1: Core defence expenditure').
_MEASURE = re.compile(r"\b((?:core\s+)?defence\s+(?:expenditure|investment))\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Block:
    """The section a run of rows belongs to, and the label row that opened it."""

    section: Section | None
    label: str = ""
    row: int = 0


# --------------------------------------------------------------------------------------------
# Header rows


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


def _repeats_header(sheet: Sheet, row: int, years: dict[int, tuple[int, bool]]) -> bool:
    """A later block's own year-header row (2025 and 2026 layouts); it must repeat the first."""
    parsed = {col: parse_header_year(sheet.value(row, col)) for col in years}
    if sum(p is not None for p in parsed.values()) < 2:
        return False
    for col, year in parsed.items():
        if year != years[col]:
            raise sheet.error(row, col, f"year header {sheet.value(row, col)!r} differs from "
                              f"the table's first header row ({years[col][0]})")
    return True


# --------------------------------------------------------------------------------------------
# Blocks of rows under a section label


def _section_named(spec: TableSpec, label: str) -> Section | None:
    return next((s for s in spec.sections
                 if s.label and re.search(s.label, label, re.IGNORECASE)), None)


def _first_block(sheet: Sheet, spec: TableSpec, title_row: int, header_row: int,
                 first_col: int) -> _Block:
    """The section open at the header: an unlabelled table's only one, or the subtitle row
    above the header (2025 and 2026 layouts); June 2024 labels its blocks below the header."""
    if len(spec.sections) == 1 and spec.sections[0].label == "":
        return _Block(spec.sections[0], "", header_row)
    for row in range(header_row - 1, title_row, -1):
        label, _ = row_label(sheet, row, first_col)
        match = _section_named(spec, label) if label else None
        if match is not None:
            return _Block(match, label or "", row)
    return _Block(None, "", header_row)


def _unlabelled_row(sheet: Sheet, row: int, years: dict[int, tuple[int, bool]]) -> WorkbookError:
    col = next(c for c in sorted(years) if not is_blank(sheet.value(row, c)))
    if is_text(sheet.value(row, col)):
        return sheet.error(row, col, f"text {sheet.value(row, col)!r} under the year "
                           f"header {years[col][0]} (header row shifted?)")
    return sheet.error(row, col, "values in a row without an ally name")


def _row_records(sheet: Sheet, block: _Block, texts: tuple[str, str | None], row: int,
                 label: str, label_col: int | None,
                 years: dict[int, tuple[int, bool]]) -> tuple[str, bool, list[Record]]:
    """The ally of a data row, its asterisk, and a record per year."""
    section = block.section
    assert section is not None  # the caller opened a block first
    check_stray_values(sheet, row, set(years))
    ally, star, currency = ally_of(sheet, row, label_col or 1, label)
    title, subtitle = texts
    base = price_base(block.label, subtitle, title)
    if "{base}" in section.indicator + section.unit and base is None:
        raise sheet.error(block.row, None, f"section {block.label!r} states no price "
                          "base year (expected e.g. 'Constant 2015 prices')")
    if "{currency}" in section.unit and not currency:
        raise sheet.error(row, label_col, f"row {label!r} names no currency "
                          "(expected e.g. 'Albania   (Leks)')")
    fmt = {"base": base or "", "currency": currency or ""}
    records = [
        Record(indicator=section.indicator.format(**fmt), ally=ally, year=year,
               estimate=estimate, value=cell_value(sheet, row, col, label),
               unit=section.unit.format(**fmt), row=row, col=col,
               price_base=int(base) if base else None)
        for col, (year, estimate) in years.items()
    ]
    return ally, star, records


def _parse_sections(sheet: Sheet, spec: TableSpec, texts: tuple[str, str | None],
                    title_row: int, header_row: int, years: dict[int, tuple[int, bool]],
                    starred: set[str]) -> list[Record]:
    first_col, last_col = min(years), max(years)
    records: list[Record] = []
    block = _first_block(sheet, spec, title_row, header_row, first_col)
    found: set[str] = {block.section.label} if block.section else set()
    seen: dict[tuple[str, str], int] = {}
    for row in table_rows(sheet, header_row + 1):
        label, label_col = row_label(sheet, row, first_col)
        values = [sheet.value(row, c) for c in range(first_col, last_col + 1)]
        has_values = any(not is_blank(v) for v in values)
        if label is None:
            # NATO leaves formula debris below the last ally (#REF!, zeros); never data.
            debris = all(is_blank(v) or is_excel_error(v) or v == 0 for v in values)
            if debris or _repeats_header(sheet, row, years):
                continue
            raise _unlabelled_row(sheet, row, years)
        if not has_values:
            match = _section_named(spec, label)
            if match is not None:
                block = _Block(match, label, row)
                found.add(match.label)
                continue
            if block.section is None:
                continue
            if canonical_name(parse_row_label(label)[0]) is None:
                raise sheet.error(row, label_col, f"row label {label!r} is neither a section "
                                  f"label of Table {spec.number} (expected: {_expected(spec)}) "
                                  "nor a known ally name")
            # A known name with no numbers at all: an ally row whose values are all missing.
        if block.section is None:
            raise sheet.error(row, label_col, f"data row {label!r} before any section label "
                              f"(expected one of: {_expected(spec)})")
        ally, star, row_records = _row_records(sheet, block, texts, row, label, label_col, years)
        if star:
            starred.add(ally)
        key = (block.section.indicator, ally)
        if key in seen:
            raise sheet.error(row, label_col, f"ally {ally!r} appears twice in section "
                              f"{block.label or spec.table!r} (also row {seen[key]}): "
                              "duplicate ally and year (or a section label is missing)")
        seen[key] = row
        records.extend(row_records)
    missing = [s.label for s in spec.sections if s.label and s.label not in found]
    if missing:
        raise sheet.error(header_row, None, f"section label matching {missing[0]!r} not found "
                          f"in table 'Table {spec.number}'")
    return records


def _expected(spec: TableSpec) -> str:
    return ", ".join(repr(s.label.lstrip("^")) for s in spec.sections if s.label) or "none"


def parse_table(sheet: Sheet, spec: TableSpec, starred: set[str]) -> tuple[str, list[Record]]:
    """The title and records of one table of a sheet; ``starred`` collects allies marked with an
    asterisk."""
    where = find_title(sheet, spec)
    if where is None:
        raise WorkbookError(f"{sheet.file.name}: sheet {sheet.name}: table label "
                            f"'Table {spec.number} :' not found in its first "
                            f"{TITLE_SEARCH_ROWS} rows")
    title_row, title_col = where
    title = str(sheet.value(title_row, title_col))
    header_row, cells = _header(sheet, title_row, spec)
    subtitle = first_text_below(sheet, title_row, header_row)
    if spec.columns:
        return title, parse_columns(sheet, spec, (subtitle, title), header_row, cells, starred)
    years = _year_columns(sheet, header_row, cells)
    return title, _parse_sections(sheet, spec, (title, subtitle), title_row, header_row, years,
                                  starred)


# --------------------------------------------------------------------------------------------
# The workbook


def _measure(titles: list[str], path: Path) -> str:
    """What the release counts, from the first table title that names it."""
    for title in titles:
        match = _MEASURE.search(title)
        if match:
            text = " ".join(match.group(1).split()).lower()
            return text[0].upper() + text[1:]
    raise WorkbookError(f"{path.name}: no table title names what it measures (expected e.g. "
                        "'Table 1: Defence expenditure' or 'Core defence expenditure')")


def _required(path: Path, tables: Sequence[str] | None) -> set[str]:
    wanted = tables if tables is not None else tables_of(path)
    if wanted is None:
        return {spec.number for spec in TABLES}
    known = {spec.number for spec in TABLES}
    unknown = sorted(set(wanted) - known)
    if unknown:
        raise WorkbookError(f"{path.name}: unknown table {unknown[0]!r} required "
                            f"(known: {', '.join(sorted(known))})")
    return set(wanted) | set(REQUIRED_TABLES)


def read_workbook(path: str | Path, vintage: str | None = None,
                  tables: Sequence[str] | None = None) -> pd.DataFrame:
    """Parse every table of NATO's TABLES workbook into one long dataframe (see module doc).

    ``vintage`` overrides the release label derived from the sidecar or file name. ``tables``
    names the tables that must be there (e.g. ``["3"]``; default: the sidecar's ``tables``, else
    all nine); the others are parsed when present. Raises
    :class:`~analysis.errors.WorkbookError` naming file, sheet and cell on bad input.
    """
    path = Path(path)
    sheets = open_sheets(path)
    if not sheets:
        raise WorkbookError(f"{path}: the workbook has no sheets")
    release = vintage or vintage_of(path)
    required = _required(path, tables)
    starred: set[str] = set()
    frames, titles = [], []
    for spec in TABLES:
        sheet = locate_sheet(sheets, spec)
        if sheet is None:
            if spec.number in required:
                raise sheet_not_found(sheets, spec, path)
            continue
        title, records = parse_table(sheet, spec, starred)
        if not records:
            raise WorkbookError(f"{path.name}: sheet {sheet.name}: table 'Table {spec.number}' "
                                "holds no ally rows")
        titles.append(title)
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
    data["price_base"] = data["price_base"].astype("Int64")
    data["measure"] = _measure(titles, path)
    data["year"] = data["year"].astype("int64")
    data["value"] = data["value"].astype("float64")
    data["estimate"] = data["estimate"].astype(bool)
    data["file"] = path.name
    return data.loc[:, list(COLUMNS)]
