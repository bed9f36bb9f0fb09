"""The August 2025 edition as release 2025-08, later statements, and 'latest' per indicator."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.data import indicators, load
from analysis.report import coverage, style


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    return load.load_nato()


def test_2025_08_counts_at_two_percent_from_the_data(nato: pd.DataFrame) -> None:
    counts = indicators.threshold_count(nato, 2.0, "share_gdp_pct", "2025-08").set_index("year")
    assert counts.loc[2014, "count"] == 3
    assert counts.loc[2023, "count"] == 10
    assert counts.loc[2024, "count"] == 18
    # Germany's 2025e is blank in NATO's release: 30 of the 30 allies with a published value.
    assert (counts.loc[2025, "count"], counts.loc[2025, "reporting"]) == (30, 30)
    assert "Germany" not in counts.loc[2025, "allies"]


def test_2025_08_values_are_the_unrounded_column(nato: pd.DataFrame) -> None:
    rows = nato[(nato["vintage"] == "2025-08") & (nato["indicator"] == "share_gdp_pct")]
    germany = rows[rows["ally"] == "Germany"].set_index("year")["value"]
    raw = pd.read_csv(load.releases_raw_dir() / "nato_2025-08_share_gdp.csv")
    raw_germany = raw[raw["ally"] == "Germany"].set_index("year")
    assert germany[2024] == raw_germany.loc[2024, "share_gdp_pct_unrounded"] != \
        raw_germany.loc[2024, "share_gdp_pct"]
    assert math.isnan(germany[2025])
    assert set(rows.loc[rows["estimate"], "year"]) == {2024, 2025}


def test_2025_08_has_its_tables_under_the_workbook_names(nato: pd.DataFrame) -> None:
    have = set(nato.loc[nato["vintage"] == "2025-08", "indicator"])
    assert {"share_gdp_pct", "real_change_pct", "equipment_share_pct", "personnel_share_pct",
            "infrastructure_share_pct", "other_share_pct", "personnel_thousands"} == have
    workbook = set(nato.loc[nato["vintage"] == "2024-06", "indicator"])
    assert have <= workbook


def test_latest_is_per_indicator() -> None:
    assert load.latest_release("share_gdp_pct") == "2025-08"
    assert load.latest_release("usd_million_constant_2015") == "2024-06"
    assert load.available_releases("usd_million_current") == ["2024-06"]


def test_release_for_falls_back_with_a_note() -> None:
    choice = load.release_for("usd_million_constant_2015", "latest")
    assert (choice.requested, choice.vintage, choice.fell_back) == ("2025-08", "2024-06", True)
    assert choice.note.startswith("Release 2025-08 has no dollar tables")
    assert "2024-06" in choice.note
    same = load.release_for("share_gdp_pct", "2024-06")
    assert (same.vintage, same.note) == ("2024-06", "")


def test_release_info_says_it_is_a_third_party_extract() -> None:
    info = load.release_info("2025-08")
    assert info.title == "Defence Expenditure of NATO Countries (2014-2025)"
    assert (info.release_date.isoformat(), info.data_cutoff.isoformat()) == (
        "2025-08-28", "2025-06-03")
    assert info.estimate_years == (2024, 2025) and info.constant_prices == 2021
    assert info.secondary and "Datavisualiatie-UGent/project-dv26-2" in info.provenance_note
    assert info.file.name == "nato_2025-08_share_gdp.csv" and len(info.files) == 4
    for line in (info.source_line(), style.source_line(info)):
        assert "release 2025-08" in line and "Third-party extract" in line
        assert "crosscheck.csv" in line
    own = style.source_line(load.release_info("2024-06"))
    assert "release 2024-06" in own and "extract" not in own


def test_statements_are_checkable_not_releases() -> None:
    statements = load.load_statements()
    assert set(statements["vintage"]) == {"SGAR 2026-03", "2026-07"}
    assert "SGAR 2026-03" not in load.available_releases()
    sgar = statements[statements["vintage"] == "SGAR 2026-03"]
    assert sgar["ally"].nunique() == 29
    assert str(sgar["release_date"].iloc[0]) == "2026-03-26"


def test_coverage_reports_blanks_of_a_release_and_raises_on_gaps(nato: pd.DataFrame) -> None:
    found = coverage.check_coverage(nato, vintage="2025-08", indicators_needed=["share_gdp_pct"],
                                    allies=["Germany", "Poland"], years=[2024, 2025])
    assert found["not_published"].iloc[0] == (("Germany", 2025),)
    note = coverage.not_published_note(found, "2025-08")
    assert note.startswith("Not published in release 2025-08") and "Germany 2025e" in note
    with pytest.raises(Exception, match="no value for Poland 2025"):
        coverage.check_coverage(nato, vintage="2024-06", indicators_needed=["share_gdp_pct"],
                                allies=["Poland"], years=[2025])
    historic = nato.copy()
    historic.loc[(historic["vintage"] == "2025-08") & (historic["ally"] == "Poland")
                 & (historic["year"] == 2015), "value"] = float("nan")
    with pytest.raises(Exception, match="no value for Poland 2015"):
        coverage.check_coverage(historic, vintage="2025-08", indicators_needed=["share_gdp_pct"],
                                allies=["Poland"], years=[2015])
