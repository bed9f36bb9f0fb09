"""TABLE4 of NATO's workbook: columns headed by text such as ``Real change 2014-2024e``, not
plain years (:mod:`analysis.data.workbook` parses the other tables)."""

from __future__ import annotations

import re
from typing import Any

from analysis.data.workbook_file import Sheet, is_blank, is_excel_error
from analysis.data.workbook_layout import Column, TableSpec, canonical_name, parse_row_label
from analysis.data.workbook_rows import (
    Record,
    ally_of,
    cell_value,
    check_stray_values,
    price_base,
    row_label,
    table_rows,
)

ColumnLayout = dict[int, tuple[Column, int, bool, int | None]]


def column_layout(sheet: Sheet, spec: TableSpec, header_row: int,
                  cells: dict[int, Any]) -> ColumnLayout:
    """Which spec column each header cell is, with its year, estimate flag and start year."""
    layout: ColumnLayout = {}
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
    return layout


def parse_columns(sheet: Sheet, spec: TableSpec, texts: tuple[str | None, ...],
                  header_row: int, cells: dict[int, Any], starred: set[str]) -> list[Record]:
    """Records of a table of named columns; ``texts`` (subtitle, title) state the price base."""
    layout = column_layout(sheet, spec, header_row, cells)
    first_col = min(layout)
    base_text = price_base(*texts)
    records: list[Record] = []
    seen: dict[str, int] = {}
    for row in table_rows(sheet, header_row + 1):
        label, label_col = row_label(sheet, row, first_col)
        values = [sheet.value(row, c) for c in layout]
        if label is None:
            if all(is_blank(v) or is_excel_error(v) or v == 0 for v in values):
                continue
            raise sheet.error(row, first_col, "values in a row without an ally name")
        if all(is_blank(v) for v in values) and canonical_name(parse_row_label(label)[0]) is None:
            continue  # a sub-heading; a known ally without numbers still gets (missing) values
        check_stray_values(sheet, row, set(layout))
        ally, star, _ = ally_of(sheet, row, label_col or 1, label)
        if star:
            starred.add(ally)
        if ally in seen:
            raise sheet.error(row, label_col, f"ally {ally!r} appears twice (also row "
                              f"{seen[ally]}): duplicate ally and year")
        seen[ally] = row
        for col, (column, year, estimate, base) in layout.items():
            if "{base}" in column.indicator and base_text is None:
                raise sheet.error(header_row, None, "the table states no price base year")
            fmt = {"base": base_text or ""}
            records.append(Record(
                indicator=column.indicator.format(**fmt), ally=ally, year=year,
                estimate=estimate, value=cell_value(sheet, row, col, label),
                unit=column.unit.format(**fmt), row=row, col=col, base_year=base,
                price_base=int(base_text) if base_text else None,
            ))
    return records
