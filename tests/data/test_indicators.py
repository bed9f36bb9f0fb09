"""Analyst helpers on the real bundled data (NATO's June 2024 release) and on small frames."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis.data import indicators, load
from analysis.errors import DataError


@pytest.fixture(scope="module")
def nato() -> pd.DataFrame:
    return load.load_nato()


def test_allies_at_two_percent_june_2024_release(nato: pd.DataFrame) -> None:
    counts = indicators.threshold_count(nato, 2.0, vintage="2024-06").set_index("year")
    assert counts.loc[2014, "count"] == 3
    assert sorted(counts.loc[2014, "allies"]) == ["Greece", "United Kingdom", "United States"]
    assert counts.loc[2024, "count"] == 23
    assert bool(counts.loc[2024, "estimate"]) is True
    assert bool(counts.loc[2014, "estimate"]) is False
    assert len(counts.loc[2024, "allies"]) == 23
    assert counts.loc[2024, "reporting"] == 31


def small(rows: list[tuple[str, int, float]], vintage: str = "v1",
          indicator: str = "share_gdp_pct") -> pd.DataFrame:
    return pd.DataFrame({
        "ally": [r[0] for r in rows],
        "year": [r[1] for r in rows],
        "indicator": indicator,
        "value": [r[2] for r in rows],
        "vintage": vintage,
        "estimate": False,
        "is_aggregate": [r[0].startswith("NATO") for r in rows],
    })


def test_threshold_counts_equal_value_and_skips_missing_and_aggregates() -> None:
    data = small([("Albania", 2020, 2.0), ("Belgium", 2020, 1.999999), ("Canada", 2020, math.nan),
                  ("NATO Total", 2020, 2.5), ("Albania", 2021, 2.1)])
    counts = indicators.threshold_count(data, 2.0).set_index("year")
    assert counts.loc[2020, "count"] == 1
    assert counts.loc[2020, "allies"] == ["Albania"]
    assert counts.loc[2020, "reporting"] == 2
    assert counts.loc[2021, "count"] == 1
    assert indicators.allies_at_or_above(data, 2020, 1.9) == ["Albania", "Belgium"]


def test_helpers_refuse_to_mix_releases() -> None:
    data = pd.concat([small([("Albania", 2020, 2.0)], "v1"), small([("Albania", 2020, 1.0)], "v2")])
    with pytest.raises(DataError, match="several releases"):
        indicators.threshold_count(data)
    assert indicators.threshold_count(data, vintage="v2")["count"].item() == 0


def test_duplicate_ally_year_is_an_error() -> None:
    data = small([("Albania", 2020, 2.0), ("Albania", 2020, 2.1)])
    with pytest.raises(DataError, match="Albania 2020 appears more than once"):
        indicators.alliance_median(data)


def test_change_since_base_year(nato: pd.DataFrame) -> None:
    change = indicators.change_since(nato, 2014, vintage="2024-06")
    poland = change[(change["ally"] == "Poland")].set_index("year")
    share = nato[(nato["indicator"] == "share_gdp_pct") & (nato["ally"] == "Poland")
                 & (nato["vintage"] == "2024-06")]
    by_year = share.set_index("year")["value"]
    assert poland.loc[2024, "change"] == by_year[2024] - by_year[2014]
    assert poland.loc[2014, "change"] == 0
    assert poland.loc[2024, "change_pct"] == pytest.approx(
        (by_year[2024] / by_year[2014] - 1) * 100)
    assert set(change["year"]) == set(range(2014, 2025))
    assert "NATO Total" not in set(change["ally"])
    with pytest.raises(DataError, match="base year 2000"):
        indicators.change_since(nato, 2000, vintage="2024-06")


def test_change_since_keeps_missing_missing() -> None:
    data = small([("Albania", 2014, 1.0), ("Albania", 2015, math.nan), ("Belgium", 2015, 1.0)])
    change = indicators.change_since(data, 2014).set_index(["ally", "year"])
    assert math.isnan(change.loc[("Albania", 2015), "change"])
    assert math.isnan(change.loc[("Belgium", 2015), "change"])  # no base value


def test_rank_within_alliance(nato: pd.DataFrame) -> None:
    ranks = indicators.rank(nato, 2024, vintage="2024-06")
    assert len(ranks) == 31
    assert ranks["of"].eq(31).all()
    share = nato[(nato["indicator"] == "share_gdp_pct") & (nato["year"] == 2024)
                 & ~nato["is_aggregate"]]
    top = share.loc[share["value"].idxmax(), "ally"]
    assert ranks.iloc[0]["ally"] == top == "Poland"
    assert ranks["rank"].tolist() == sorted(ranks["rank"])
    assert ranks["value"].is_monotonic_decreasing
    ties = indicators.rank(small([("A", 1, 2.0), ("B", 1, 2.0), ("C", 1, 1.0)]), 1)
    assert ties["rank"].tolist() == [1, 1, 3]


def test_alliance_median(nato: pd.DataFrame) -> None:
    medians = indicators.alliance_median(nato, vintage="2024-06").set_index("year")
    share = nato[(nato["indicator"] == "share_gdp_pct") & ~nato["is_aggregate"]
                 & (nato["vintage"] == "2024-06")]
    expected = share[share["year"] == 2024]["value"].median()
    assert medians.loc[2024, "median"] == expected
    assert medians.loc[2024, "allies"] == 31
    # The median of 31 allies is the 16th value: an ally's own figure, not an aggregate's.
    assert expected in set(share[share["year"] == 2024]["value"])


def test_revisions_between_two_releases() -> None:
    data = load.all_releases("share_gdp_pct")
    rev = indicators.revisions(data, "2024-06", "2025-08", decimals=2)
    poland = rev[(rev["ally"] == "Poland") & (rev["year"] == 2024)]
    assert poland["old"].item() == 4.12
    assert poland["new"].item() == 3.79
    assert poland["revision"].item() == -0.33
    assert bool(poland["old_estimate"].item()) is True
    unrounded = indicators.revisions(data, "2024-06", "2025-08")
    old = unrounded[(unrounded["ally"] == "Poland") & (unrounded["year"] == 2024)]["old"].item()
    assert old != 4.12 and round(old, 2) == 4.12
    with pytest.raises(DataError, match="two different releases"):
        indicators.revisions(data, "2025-08", "2025-08")
