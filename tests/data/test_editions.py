"""The 2025 and 2026 layouts parse to exactly the published values the workbooks were made of.

The workbooks are built by :mod:`tests.data.editions_workbooks` from the values in
``tests/fixtures/editions/`` (August 2025 Tables 3, 7, 8a, 8b; the July 2026 extracts).
"""

from __future__ import annotations

import math
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from analysis.data.workbook import read_workbook
from analysis.errors import WorkbookError
from tests.data.editions_workbooks import (
    EDITION_2025,
    EDITION_2026,
    build_workbook,
    expected,
    values_2025,
    values_2026,
)


@pytest.fixture(scope="module")
def edition_2025(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame]:
    path = build_workbook(tmp_path_factory.mktemp("e25") / "def-exp-2025-en.xlsx",
                          EDITION_2025, values_2025())
    return path, read_workbook(path, vintage="2025-08", tables=["3"])


@pytest.fixture(scope="module")
def edition_2026(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pd.DataFrame]:
    path = build_workbook(tmp_path_factory.mktemp("e26") / "def-exp-2026-en.xlsx",
                          EDITION_2026, values_2026())
    return path, read_workbook(path, vintage="2026-07", tables=["3"])


def _given_back(frame: pd.DataFrame) -> dict[tuple[str, str, int], tuple[float, bool]]:
    rows = frame[frame["value"].notna()]
    assert not rows.duplicated(["indicator", "ally", "year"]).any()
    return {(r.indicator, r.ally, int(r.year)): (r.value, bool(r.estimate))
            for r in rows.itertuples()}


@pytest.mark.parametrize("which", ["edition_2025", "edition_2026"])
def test_values_come_back_exactly(which: str, request: pytest.FixtureRequest) -> None:
    _, frame = request.getfixturevalue(which)
    made = expected(values_2025() if which == "edition_2025" else values_2026())
    assert _given_back(frame) == made  # value (exact float) and estimate flag, cell by cell


def test_2025_layout(edition_2025: tuple[Path, pd.DataFrame]) -> None:
    _, frame = edition_2025
    assert sorted(frame["table"].unique()) == ["TABLE3", "TABLE7", "TABLE8a", "TABLE8b"]
    assert set(frame["sheet"]) == {"Table 3", "Table 7", "Table 8a", "Table 8b"}
    assert set(frame["measure"]) == {"Defence expenditure"}
    assert sorted(frame.loc[frame["estimate"], "year"].unique()) == [2024, 2025]
    assert set(frame.loc[frame["table"] == "TABLE3", "price_base"]) == {2021}
    assert frame.loc[frame["table"] == "TABLE7", "price_base"].isna().all()
    assert set(frame["vintage"]) == {"2025-08"}
    allies = frame.loc[~frame["is_aggregate"] & (frame["indicator"] == "share_gdp_pct"), "ally"]
    assert allies.nunique() == 31
    # Germany 2025e was blank in NATO's release: kept as a missing value, never zero.
    germany = frame[(frame["ally"] == "Germany") & (frame["year"] == 2025)
                    & (frame["indicator"] == "share_gdp_pct")]
    assert len(germany) == 1 and math.isnan(germany["value"].iloc[0])
    at_2pct = frame[(frame["indicator"] == "share_gdp_pct") & ~frame["is_aggregate"]
                    & (frame["value"] >= 2.0)]
    assert (at_2pct["year"] == 2024).sum() == 18  # the August 2025 edition's own count


def test_2026_layout_names_core_defence_and_2021_prices(
        edition_2026: tuple[Path, pd.DataFrame]) -> None:
    _, frame = edition_2026
    assert set(frame["measure"]) == {"Core defence expenditure"}
    indicators = set(frame["indicator"])
    assert {"national_currency_million_constant_2021", "usd_million_constant_2021"} <= indicators
    assert not any("2015" in name for name in indicators)
    constant = frame[frame["indicator"].str.contains("constant")]
    assert set(constant["price_base"]) == {2021}
    assert set(constant["unit"]) == {"million Koruny (2021 prices)", "million USD (2021 prices)"}
    czk = frame[(frame["indicator"] == "national_currency_million_current")
                & (frame["ally"] == "Czechia")]
    assert set(czk["unit"]) == {"million Koruny"}
    assert sorted(frame.loc[frame["estimate"], "year"].unique()) == [2025, 2026]
    # Table 3's real-change block holds no published value: present, all missing.
    change = frame[frame["indicator"] == "real_change_pct"]
    assert len(change) > 0 and change["value"].isna().all()


def test_june_2024_unchanged_measure_and_base() -> None:
    path = Path(__file__).resolve().parents[2] / "data/raw/nato/240617-def-exp-2024-TABLES-en.xlsx"
    frame = read_workbook(path)
    assert set(frame["measure"]) == {"Defence expenditure"}
    constant = frame[frame["indicator"].str.contains("constant")]
    assert set(constant["price_base"]) == {2015}
    assert "usd_million_constant_2015" in set(frame["indicator"])


def test_subset_needs_its_sidecar_or_tables(edition_2025: tuple[Path, pd.DataFrame]) -> None:
    path, _ = edition_2025
    with pytest.raises(WorkbookError, match="sheet TABLE1 not found"):
        read_workbook(path, vintage="2025-08")  # no sidecar listing tables: all nine needed


def _one_line(path: Path, tables: list[str] | None = None) -> str:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path, vintage="2025-08", tables=tables)
    message = str(caught.value)
    assert "\n" not in message and path.name in message
    return message


def test_unknown_layout_one_line(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(["Country", "Spending"])
    book.active.append(["Albania", 1.2])
    path = tmp_path / "other.xlsx"
    book.save(path)
    message = _one_line(path, ["3"])
    assert "sheet TABLE3 not found" in message and "'Table 3 :' title" in message
    assert "(sheets: Data)" in message


def test_table_sheet_without_title(tmp_path: Path) -> None:
    path = build_workbook(tmp_path / "def-exp-2025-en.xlsx", EDITION_2025, values_2025())
    book = openpyxl.load_workbook(path)
    book["Table 3"]["A1"] = "Defence expenditure as a share of GDP"
    book.save(path)
    assert "'Table 3 :' not found" in _one_line(path, ["3"])


def test_second_header_with_other_years(tmp_path: Path) -> None:
    path = build_workbook(tmp_path / "def-exp-2025-en.xlsx", EDITION_2025, values_2025())
    book = openpyxl.load_workbook(path)
    sheet = book["Table 3"]
    header_rows = [c.row for c in sheet["A"] if c.value is None and sheet.cell(c.row, 2).value]
    sheet.cell(header_rows[1], 2).value = 2013
    book.save(path)
    message = _one_line(path, ["3"])
    assert "differs from the table's first header row (2014)" in message
    assert f"cell B{header_rows[1]}" in message


def test_no_measure_in_titles(tmp_path: Path) -> None:
    path = build_workbook(tmp_path / "def-exp-2025-en.xlsx", EDITION_2025,
                          [v for v in values_2025() if v.table == "Table 3"])
    book = openpyxl.load_workbook(path)
    book["Table 3"]["A1"] = "Table 3: Spending as a share of GDP"
    book.save(path)
    assert "no table title names what it measures" in _one_line(path, ["3"])
