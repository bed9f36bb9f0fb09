"""Membership by year in counts, medians and aggregates; the gap and the path to a target."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.data import indicators, load
from analysis.errors import DataError
from analysis.vocabulary import accession_year, membership_size


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    return load.load_nato()


def small(rows: list[tuple[str, int, float]], indicator: str = "share_gdp_pct") -> pd.DataFrame:
    return pd.DataFrame({
        "ally": [r[0] for r in rows], "year": [r[1] for r in rows], "indicator": indicator,
        "value": [r[2] for r in rows], "vintage": "v1", "estimate": False,
        "is_aggregate": [r[0].startswith("NATO") for r in rows],
    })


def test_members_of_a_year_count_accessions_of_that_year() -> None:
    assert "Finland" not in indicators.members_in_year(2022)
    assert "Finland" in indicators.members_in_year(2023)
    assert "Sweden" in indicators.members_in_year(2024)
    assert len(indicators.members_in_year(2014)) == membership_size(dt.date(2014, 12, 31)) == 28


def test_counts_are_of_the_members_of_each_year(nato: pd.DataFrame) -> None:
    counts = indicators.threshold_count(nato, 2.0, vintage="2024-06").set_index("year")
    assert counts.loc[2014, "members"] == 28
    assert counts.loc[2024, "members"] == 32
    share = indicators.select(nato, "share_gdp_pct", "2024-06")
    for year in (2014, 2019, 2023):
        rows = share[(share["year"] == year) & share["value"].notna()]
        joined = rows["ally"].map(accession_year) <= year
        assert counts.loc[year, "reporting"] == int(joined.sum())
        assert counts.loc[year, "count"] == int((rows.loc[joined, "value"] >= 2.0).sum())
    everyone = indicators.threshold_count(nato, 1.0, vintage="2024-06", members_only=False)
    assert everyone.set_index("year").loc[2014, "reporting"] == 31


def test_a_country_not_yet_an_ally_is_not_counted() -> None:
    data = small([("Finland", 2022, 2.5), ("Finland", 2023, 2.5), ("Poland", 2022, 2.4)])
    counts = indicators.threshold_count(data, 2.0).set_index("year")
    assert counts.loc[2022, "allies"] == ["Poland"]
    assert counts.loc[2023, "allies"] == ["Finland"]


def test_median_over_members_only() -> None:
    data = small([("Finland", 2020, 9.0), ("Sweden", 2020, 8.0), ("Poland", 2020, 1.0),
                  ("Spain", 2020, 2.0), ("Italy", 2020, 3.0)])
    medians = indicators.alliance_median(data).set_index("year")
    assert medians.loc[2020, "median"] == 2.0
    assert medians.loc[2020, "allies"] == 3
    assert indicators.alliance_median(data, members_only=False).loc[0, "median"] == 3.0


def test_real_median_leaves_out_finland_before_2023(nato: pd.DataFrame) -> None:
    medians = indicators.alliance_median(nato, vintage="2024-06").set_index("year")
    share = indicators.select(nato, "share_gdp_pct", "2024-06")
    rows = share[share["year"] == 2014]
    members = rows[rows["ally"].map(accession_year) <= 2014]
    assert medians.loc[2014, "median"] == members["value"].median()
    assert medians.loc[2014, "allies"] == members["value"].notna().sum() == 27


def test_constant_membership_growth_on_the_real_workbook(nato: pd.DataFrame) -> None:
    total = indicators.constant_membership_total(nato, 2014, 2024, vintage="2024-06")
    countries = total.attrs["countries"]
    assert "United States" not in countries and {"Finland", "Sweden"} <= set(countries)
    assert total["countries"].iloc[0] == len(countries) == 30
    # Independently: sum the same countries straight from the long frame.
    rows = nato[(nato["indicator"] == "usd_million_constant_2015")
                & nato["ally"].isin(countries)]
    by_year = rows.groupby("year")["value"].sum()
    growth = (total.set_index("year")["value"][2024] / total.set_index("year")["value"][2014] - 1)
    assert growth == pytest.approx(by_year[2024] / by_year[2014] - 1)
    aggregate = nato[(nato["indicator"] == "usd_million_constant_2015")
                     & (nato["ally"] == "NATO Europe and Canada")].set_index("year")["value"]
    # NATO's aggregate adds Finland and Sweden as they join, so it grows faster.
    assert aggregate[2024] / aggregate[2014] - 1 > growth + 0.03
    # In the year the set is drawn from, it is NATO's aggregate.
    assert by_year[2024] == pytest.approx(aggregate[2024])


def test_gap_to_target_in_points_and_dollars(nato: pd.DataFrame) -> None:
    gap = indicators.gap_to_target(nato, 3.5, 2024, vintage="2024-06").set_index("ally")
    share = indicators.select(nato, "share_gdp_pct", "2024-06")
    gdp = indicators.select(nato, "gdp_usd_million_current", "2024-06")
    spain = share[(share["ally"] == "Spain") & (share["year"] == 2024)]["value"].item()
    spain_gdp = gdp[(gdp["ally"] == "Spain") & (gdp["year"] == 2024)]["value"].item()
    assert gap.loc["Spain", "gap_pp"] == pytest.approx(3.5 - spain)
    assert gap.loc["Spain", "gap_usd_million"] == pytest.approx((3.5 - spain) * spain_gdp / 100)
    assert gap.loc["Poland", "gap_pp"] < 0  # above the target


def test_gap_without_gdp_table_is_missing_not_zero() -> None:
    gap = indicators.gap_to_target(small([("Spain", 2025, 2.0)]), 3.5, 2025)
    assert gap.loc[0, "gap_pp"] == 1.5
    assert gap["gap_usd_million"].isna().all()


def test_path_to_target_runs_straight_between_its_ends() -> None:
    path = indicators.path_to_target(2024, 2.0, 3.5, 2035)
    assert path["year"].tolist() == list(range(2024, 2036))
    assert path["value"].iloc[0] == 2.0
    assert path["value"].iloc[-1] == pytest.approx(3.5)
    steps = path["value"].diff().dropna()
    assert steps.to_numpy() == pytest.approx([1.5 / 11] * 11)
    with pytest.raises(DataError, match="not after"):
        indicators.path_to_target(2035, 2.0, 3.5, 2035)
