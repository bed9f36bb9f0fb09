"""Workbooks in NATO's 2025 and 2026 layouts (``shared/reference/LAYOUTS.md``), built from the
published values in ``tests/fixtures/editions/`` so a test can check that parsing gives them back.

A workbook holds only the tables (and the allies) there are values for; a year's header carries
NATO's ``e`` when the values of that year are estimates.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from pathlib import Path

import openpyxl

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "editions"
AGGREGATES = ("NATO Europe and Canada", "NATO Total")
# NATO's currency labels in Table 1 (as in the June 2024 workbook: 'Czechia*   (Koruny)').
CURRENCY = {"million_CZK": "Koruny", "million_GBP": "Pounds", "million_SEK": "Kronor",
            "million_CZK_2021": "Koruny"}


@dataclass(frozen=True)
class Value:
    """One published value: what the parser must give back."""

    table: str  # sheet name, e.g. 'Table 3'
    block: str  # the subtitle row above its block
    indicator: str
    ally: str
    year: int
    value: float
    estimate: bool
    currency: str | None = None


@dataclass(frozen=True)
class Edition:
    years: tuple[int, ...]
    titles: dict[str, str]  # sheet -> title in A1
    units: dict[str, str]  # sheet -> unit line in A2
    blank_row_before_blocks: bool


def _rows(name: str) -> list[dict[str, str]]:
    with open(FIXTURES / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _flag(text: str) -> bool:
    return text.strip().lower() == "true"


def values_2025() -> list[Value]:
    """Tables 3, 7, 8a and 8b of the August 2025 edition (unrounded, blanks left out)."""
    out = []
    simple = (("nato_2025-08_share_gdp.csv", "share_gdp_pct_unrounded", "Table 3",
               "Share of real GDP (%)", "share_gdp_pct"),
              ("nato_2025-08_real_change.csv", "real_change_pct_unrounded", "Table 3",
               "Annual real change (%)", "real_change_pct"),
              ("nato_2025-08_military_personnel.csv", "personnel_thousands_unrounded", "Table 7",
               "Military personnel (thousands)", "personnel_thousands"))
    for name, column, table, block, indicator in simple:
        for row in _rows(name):
            if row[column].strip():
                out.append(Value(table, block, indicator, row["ally"], int(row["year"]),
                                 float(row[column]), _flag(row["estimate"])))
    blocks = {"equipment": ("Table 8a", "Equipment (a)"),
              "personnel": ("Table 8a", "Personnel (b)"),
              "infrastructure": ("Table 8b", "Infrastructure (c)"),
              "other": ("Table 8b", "Other (d)")}
    for row in _rows("nato_2025-08_expenditure_distribution.csv"):
        if row["pct_unrounded"].strip():
            table, block = blocks[row["category"]]
            out.append(Value(table, block, f"{row['category']}_share_pct", row["ally"],
                             int(row["year"]), float(row["pct_unrounded"]),
                             _flag(row["estimate"])))
    return out


def _value_2026(row: dict[str, str]) -> Value:
    measure, table = row["measure"], row["table"]
    constant = "constant 2021" in measure
    exchange = " and exchange rates" if table == "Table 2" else ""
    if table in ("Table 1", "Table 2"):
        block = ("Constant 2021 prices" if constant else "Current prices") + exchange
        stem = "national_currency" if table == "Table 1" else "usd"
        indicator = f"{stem}_million_{'constant_2021' if constant else 'current'}"
    elif table == "Table 3":
        block, indicator = "Share of real GDP (%)", "share_gdp_pct"
    else:
        category = measure.split()[0]
        block = {"equipment": "Equipment (a)", "personnel": "Personnel (b)",
                 "infrastructure": "Infrastructure (c)", "other": "Other (d)"}[category]
        indicator = f"{category}_share_pct"
    return Value(table, block, indicator, row["ally"], int(row["year"]), float(row["value"]),
                 _flag(row["estimate"]), CURRENCY.get(row["unit"]))


def values_2026() -> list[Value]:
    """The published values of the July 2026 edition we have (Tables 1, 2, 3, 8a, 8b)."""
    return [_value_2026(row) for row in _rows("nato_2026-07_extracts.csv")]


EDITION_2025 = Edition(
    years=tuple(range(2014, 2026)),
    titles={"Table 3": "Table 3: Defence expenditure as a share of GDP and annual real change",
            "Table 7": "Table 7: Military personnel",
            "Table 8a": "Table 8a: Distribution of defence expenditure by main category",
            "Table 8b": "Table 8b: Distribution of defence expenditure by main category"},
    units={"Table 3": "Based on 2021 prices", "Table 7": "Thousands",
           "Table 8a": "Percentage of total defence expenditure",
           "Table 8b": "Percentage of total defence expenditure"},
    blank_row_before_blocks=False,
)
EDITION_2026 = Edition(
    years=tuple(range(2014, 2027)),
    titles={"Table 1": "Table 1: Core defence expenditure",
            "Table 2": "Table 2: Core defence expenditure",
            "Table 3": "Table 3: Core defence expenditure as a share of GDP and annual real "
                       "change",
            "Table 8a": "Table 8a: Distribution of core defence expenditure by main category",
            "Table 8b": "Table 8b: Distribution of core defence expenditure by main category"},
    units={"Table 1": "million national currency", "Table 2": "million US dollars",
           "Table 3": "Based on 2021 prices", "Table 8a": "Percentage of core defence expenditure",
           "Table 8b": "Percentage of core defence expenditure"},
    blank_row_before_blocks=True,
)
# Blocks a table has even when no value of it was published (Table 3's real change in 2026).
EXTRA_BLOCKS = {"Table 3": ("Share of real GDP (%)", "Annual real change (%)")}


def _header(years: tuple[int, ...], values: list[Value]) -> list[object]:
    estimated = {v.year for v in values if v.estimate}
    return [None] + [f"{y}e" if y in estimated else y for y in years]


def _label(value: Value) -> str:
    return f"{value.ally} ({value.currency})" if value.currency else value.ally


def _order(names: set[str]) -> list[str]:
    allies = sorted(n for n in names if n not in AGGREGATES)
    return allies + [n for n in AGGREGATES if n in names]


def _write_sheet(sheet, edition: Edition, table: str, values: list[Value]) -> None:
    sheet.append([edition.titles[table]])
    sheet.append([edition.units[table]])
    blocks = list(dict.fromkeys(v.block for v in values))
    blocks += [b for b in EXTRA_BLOCKS.get(table, ()) if b not in blocks]
    header = _header(edition.years, values)
    for block in blocks:
        rows = [v for v in values if v.block == block]
        if edition.blank_row_before_blocks or block != blocks[0]:
            sheet.append([])
        sheet.append([block])
        sheet.append(header)
        labels = {v.ally: _label(v) for v in rows}
        cells = {(v.ally, v.year): v.value for v in rows}
        for ally in _order(set(labels) or {v.ally for v in values}):
            label = labels.get(ally) or next(_label(v) for v in values if v.ally == ally)
            sheet.append([label] + [cells.get((ally, y)) for y in edition.years])
    sheet.append([])
    sheet.append(["Notes: figures for generated test workbooks; see tests/fixtures/editions."])


def build_workbook(path: Path, edition: Edition, values: list[Value]) -> Path:
    """Write ``values`` as a workbook in ``edition``'s layout; one sheet per table."""
    book = openpyxl.Workbook()
    book.remove(book.active)
    for table in dict.fromkeys(sorted({v.table for v in values}, key=_table_order)):
        _write_sheet(book.create_sheet(table), edition, table,
                     [v for v in values if v.table == table])
    book.save(path)
    return path


def _table_order(name: str) -> tuple[int, str]:
    number = name.split()[-1]
    return int(number.rstrip("ab")), number


def expected(values: list[Value]) -> dict[tuple[str, str, int], tuple[float, bool]]:
    """(indicator, ally, year) -> (value, estimate): what parsing must give back."""
    out = {(v.indicator, v.ally, v.year): (v.value, v.estimate) for v in values}
    assert all(not math.isnan(v) for v, _ in out.values())
    return out
