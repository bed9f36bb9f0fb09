"""read_workbook on NATO's real June 2024 workbook.

The cell-by-cell tests walk the sheets with openpyxl using their own, deliberately simple logic
(header = the row holding the years, label = text left of the numbers, a text-only row starts the
next section) and compare every value with the dataframe exactly.
"""

from __future__ import annotations

import math
import re
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from analysis.data.workbook import parse_header_year, parse_row_label, read_workbook

ROOT = Path(__file__).resolve().parents[2]
WORKBOOK = ROOT / "data/raw/nato/240617-def-exp-2024-TABLES-en.xlsx"

# Indicators of each section, in the order the sections appear in the sheet.
SECTIONS = {
    "TABLE2": ["usd_million_current", "usd_million_constant_2015"],
    "TABLE3": ["share_gdp_pct", "real_change_pct"],
    "TABLE7": ["personnel_thousands"],
    "TABLE8a": ["equipment_share_pct", "personnel_share_pct"],
}


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return read_workbook(WORKBOOK)


@pytest.fixture(scope="module")
def book() -> openpyxl.Workbook:
    return openpyxl.load_workbook(WORKBOOK, data_only=True)


def _independent_cells(sheet) -> list[tuple[str, str, int, str, object]]:
    """(indicator, ally label, year, cell, raw value) for every labelled value cell of a sheet."""
    header_row = None
    years: dict[int, str] = {}
    for row in sheet.iter_rows():
        found = {c.column: str(c.value) for c in row
                 if c.value is not None and re.fullmatch(r"20\d\de?", str(c.value))}
        if len(found) >= 5:
            header_row, years = row[0].row, found
            break
    assert header_row is not None
    sections = SECTIONS[sheet.title]
    section = 0 if len(sections) == 1 else -1
    out = []
    for row in sheet.iter_rows(min_row=header_row + 1):
        texts = [c for c in row if isinstance(c.value, str) and c.column < min(years)
                 and c.value.strip()]
        values = [c for c in row if c.column in years]
        if any(isinstance(c.value, str) and c.value.startswith("Note") for c in row):
            break
        if texts and all(c.value is None for c in values):
            if len(sections) > 1:
                section += 1
            continue
        if not texts:
            continue
        label = texts[0].value
        for cell in values:
            year = int(years[cell.column][:4])
            out.append((sections[section], label, year, cell.coordinate, cell.value))
    return out


@pytest.mark.parametrize("table", ["TABLE2", "TABLE3", "TABLE7", "TABLE8a"])
def test_every_cell_reproduced_exactly(table: str, frame: pd.DataFrame, book) -> None:
    expected = _independent_cells(book[table])
    rows = frame[frame["table"] == table]
    assert len(rows) == len(expected)
    by_cell = rows.set_index("cell")
    assert by_cell.index.is_unique
    for indicator, label, year, coordinate, raw in expected:
        got = by_cell.loc[coordinate]
        name = label.replace("*", "").strip()
        assert got["ally"] == name, coordinate
        assert got["year"] == year, coordinate
        assert got["indicator"] == indicator, coordinate
        if raw is None or (isinstance(raw, str) and raw.startswith("#")):
            assert math.isnan(got["value"]), coordinate
        else:
            assert got["value"] == raw, coordinate  # exact: no rounding anywhere


def test_columns_and_types(frame: pd.DataFrame) -> None:
    for column in ("ally", "national_2pct_commitment", "year", "estimate", "indicator", "value",
                   "unit", "table", "vintage", "is_aggregate"):
        assert column in frame.columns
    assert frame["year"].dtype == "int64"
    assert frame["value"].dtype == "float64"
    assert frame["estimate"].dtype == bool
    assert frame["is_aggregate"].dtype == bool
    assert frame["national_2pct_commitment"].dtype == bool
    assert set(frame["vintage"]) == {"2024-06"}


def test_every_table_parsed(frame: pd.DataFrame) -> None:
    assert sorted(frame["table"].unique()) == [
        "TABLE1", "TABLE2", "TABLE3", "TABLE4", "TABLE5", "TABLE6", "TABLE7", "TABLE8a", "TABLE8b"]
    for indicator in ("share_gdp_pct", "real_change_pct", "usd_million_current",
                      "usd_million_constant_2015", "personnel_thousands", "equipment_share_pct",
                      "national_currency_million_current", "gdp_usd_million_current",
                      "gdp_per_capita_usd_thousand_constant_2015",
                      "defence_per_capita_usd_constant_2015", "personnel_share_pct",
                      "infrastructure_share_pct", "other_share_pct",
                      "real_change_cumulative_pct"):
        assert indicator in set(frame["indicator"]), indicator
    # One value per indicator, ally and year: every indicator is a single series.
    assert not frame.duplicated(["vintage", "indicator", "ally", "year"]).any()


def test_asterisk_becomes_flag(frame: pd.DataFrame) -> None:
    assert not frame["ally"].str.contains(r"\*").any()
    starred = set(frame.loc[frame["national_2pct_commitment"], "ally"])
    assert starred == {"Czechia", "Estonia", "Latvia", "Lithuania", "Poland", "Romania"}
    # The flag belongs to the ally, also in tables printed without the asterisk (TABLE8a).
    poland_8a = frame[(frame["table"] == "TABLE8a") & (frame["ally"] == "Poland")]
    assert poland_8a["national_2pct_commitment"].all()


def test_estimates_from_header_suffix(frame: pd.DataFrame) -> None:
    share = frame[frame["indicator"] == "share_gdp_pct"]
    assert sorted(share.loc[share["estimate"], "year"].unique()) == [2023, 2024]
    # '2019' is text in the header and still parses as a plain year.
    assert 2019 in set(share["year"])
    assert not share.loc[share["year"] == 2019, "estimate"].any()


def test_aggregates(frame: pd.DataFrame) -> None:
    aggregates = set(frame.loc[frame["is_aggregate"], "ally"])
    assert aggregates == {"NATO Europe and Canada", "NATO Total"}
    share = frame[(frame["indicator"] == "share_gdp_pct") & ~frame["is_aggregate"]]
    assert share["ally"].nunique() == 31
    assert "Iceland" not in set(share["ally"])


def test_ref_rows_and_debris_are_not_values(frame: pd.DataFrame, book) -> None:
    # TABLE8a row 42 holds #REF! below the last ally; TABLE8b row 42 unlabelled zeros.
    assert book["TABLE8a"]["D42"].value == "#REF!"
    assert book["TABLE8b"]["D42"].value == 0
    for table in ("TABLE1", "TABLE8a", "TABLE8b"):
        cells = set(frame.loc[frame["table"] == table, "cell"])
        assert not {"D42", "E42", "D75"} & cells
    assert not frame["value"].isna().any()  # no blank cell inside the real tables


def test_table1_currency_in_unit(frame: pd.DataFrame) -> None:
    rows = frame[(frame["table"] == "TABLE1") & (frame["ally"] == "Albania")]
    assert set(rows["unit"]) == {"million Leks", "million Leks (2015 prices)"}
    albania_2014 = rows[(rows["indicator"] == "national_currency_million_current")
                        & (rows["year"] == 2014)]
    assert albania_2014["value"].item() == 18788.017032


def test_table4_cumulative_change(frame: pd.DataFrame) -> None:
    rows = frame[frame["indicator"] == "real_change_cumulative_pct"]
    assert set(rows["year"]) == {2024}
    assert set(rows["base_year"].dropna()) == {2014}
    assert rows["estimate"].all()
    # TABLE4 repeats TABLE3's 2024e share; the summary copy carries its own name.
    summary = frame[(frame["indicator"] == "summary_share_gdp_pct") & (frame["year"] == 2024)]
    share = frame[(frame["indicator"] == "share_gdp_pct") & (frame["year"] == 2024)]
    merged = summary.merge(share, on="ally", suffixes=("_t4", "_t3"))
    assert len(merged) == 31
    assert (merged["value_t4"] == merged["value_t3"]).all()


def test_header_helpers() -> None:
    assert parse_header_year(2014) == (2014, False)
    assert parse_header_year("2019") == (2019, False)
    assert parse_header_year("2024e") == (2024, True)
    assert parse_header_year(2014.0) == (2014, False)
    assert parse_header_year("Real change 2014-2024e (%)") is None
    assert parse_row_label("Czechia*   (Koruny)") == ("Czechia", True, "Koruny")
    assert parse_row_label("Slovak Republic") == ("Slovak Republic", False, None)


def test_vintage_from_file_name_without_sidecar(tmp_path: Path) -> None:
    copy = tmp_path / "250828-def-exp-2025-TABLES-en.xlsx"
    shutil.copyfile(WORKBOOK, copy)
    assert set(read_workbook(copy)["vintage"]) == {"2025-08"}
    assert set(read_workbook(copy, vintage="test")["vintage"]) == {"test"}


def test_header_row_moved_down_still_parses(tmp_path: Path) -> None:
    # Locating by labels: an extra row above the table changes nothing but the addresses.
    book = openpyxl.load_workbook(WORKBOOK)
    book["TABLE3"].insert_rows(2)
    path = tmp_path / "240617-moved.xlsx"
    book.save(path)
    original = read_workbook(WORKBOOK)
    moved = read_workbook(path)
    key = ["table", "indicator", "ally", "year"]
    left = original[original["table"] == "TABLE3"].set_index(key)["value"].sort_index()
    right = moved[moved["table"] == "TABLE3"].set_index(key)["value"].sort_index()
    pd.testing.assert_series_equal(left, right)
    assert "D13" in set(moved.loc[moved["table"] == "TABLE3", "cell"])
