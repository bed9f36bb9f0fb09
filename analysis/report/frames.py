"""The frames the charts and tables of the reports are drawn from.

Each is a pure function of the loaded NATO frame (:func:`analysis.data.load.load_nato`) and a
release, with the column names the chart functions expect.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.data import indicators
from analysis.errors import DataError

# What a value is, kept beside it for the CSV behind a chart (analysis.report.chart_data).
_CONTEXT = ("year", "indicator", "unit", "vintage")


def one_year(data: pd.DataFrame, indicator: str, year: int, vintage: str,
             allies: Sequence[str] | None = None,
             include_aggregates: bool = False) -> pd.DataFrame:
    """ally, value, estimate, is_aggregate for one indicator and year (for ranked bars), then
    year, indicator, unit and vintage, which say what the values are in the chart's CSV."""
    rows = indicators.select(data, indicator, vintage, include_aggregates)
    rows = rows[rows["year"] == int(year)]
    if allies is not None:
        rows = rows[rows["ally"].isin(allies) | rows["is_aggregate"]]
    if rows.empty:
        raise DataError(f"release {vintage}: no {indicator} values for {year}")
    return rows[["ally", "value", "estimate", "is_aggregate", *_CONTEXT]].reset_index(drop=True)


def series(data: pd.DataFrame, indicator: str, vintage: str, *,
           allies: Sequence[str] | None = None, start_year: int | None = None,
           end_year: int | None = None, include_aggregates: bool = False) -> pd.DataFrame:
    """ally, year, value, estimate, is_aggregate over a span of years (for trend charts), then
    indicator, unit and vintage."""
    rows = indicators.select(data, indicator, vintage, include_aggregates)
    if allies is not None:
        rows = rows[rows["ally"].isin(allies) | rows["is_aggregate"]]
    if start_year is not None:
        rows = rows[rows["year"] >= int(start_year)]
    if end_year is not None:
        rows = rows[rows["year"] <= int(end_year)]
    return rows[["ally", "year", "value", "estimate", "is_aggregate",
                 *_CONTEXT[1:]]].reset_index(drop=True)


def share_and_equipment(data: pd.DataFrame, year: int, vintage: str,
                        allies: Sequence[str] | None = None) -> pd.DataFrame:
    """ally, share_gdp_pct, equipment_share_pct, estimate in ``year`` (NATO's 2%/20% chart)."""
    share = one_year(data, "share_gdp_pct", year, vintage, allies)
    equipment = one_year(data, "equipment_share_pct", year, vintage, allies)
    merged = share.rename(columns={"value": "share_gdp_pct"}).merge(
        equipment[["ally", "value"]].rename(columns={"value": "equipment_share_pct"}),
        on="ally", how="inner", validate="one_to_one")
    return merged[["ally", "share_gdp_pct", "equipment_share_pct", "estimate"]]


def change_between(data: pd.DataFrame, indicator: str, start_year: int, end_year: int,
                   vintage: str, allies: Sequence[str] | None = None) -> pd.DataFrame:
    """ally, start, end, change, change_pct, estimate (of the end value), largest change first."""
    changes = indicators.change_since(data, int(start_year), indicator, vintage)
    changes = changes[changes["year"] == int(end_year)]
    ends = indicators.select(data, indicator, vintage)
    ends = ends[ends["year"] == int(end_year)][["ally", "estimate"]]
    merged = changes.merge(ends, on="ally", how="left", validate="one_to_one")
    if allies is not None:
        merged = merged[merged["ally"].isin(allies)]
    merged = merged.rename(columns={"base_value": "start", "value": "end"})
    return (merged[["ally", "start", "end", "change", "change_pct", "estimate"]]
            .sort_values("change", ascending=False, kind="stable").reset_index(drop=True))


def guideline_counts(data: pd.DataFrame, guideline_pct: float, vintage: str,
                     years: Iterable[int], allies: Sequence[str]) -> pd.DataFrame:
    """year, count, allies, estimate, names: for the count chart, "count of allies".

    Counts the allies of the report that were allies that year. ``allies`` (the M of "N of
    M") is NATO's membership that year when the report covers every ally of the release, else
    the report's allies that were members that year.
    """
    counts = indicators.threshold_count(data, guideline_pct, vintage=vintage, years=years)
    wanted = set(allies)
    everyone = wanted >= set(indicators.select(data, "share_gdp_pct", vintage)["ally"])
    members = [counts_row if everyone else
               len(wanted & set(indicators.members_in_year(year)))
               for counts_row, year in zip(counts["members"], counts["year"], strict=True)]
    return pd.DataFrame({
        "year": counts["year"].astype(int),
        "count": [sum(a in wanted for a in names) for names in counts["allies"]],
        "allies": pd.Series(members, dtype="int64").to_numpy(),
        "estimate": counts["estimate"].astype(bool),
        "names": [[a for a in names if a in wanted] for names in counts["allies"]],
    })


def allies_without_value(data: pd.DataFrame, vintage: str, year: int,
                         allies: Sequence[str]) -> list[str]:
    """The allies counted in the M of "N of M" for ``year`` (as :func:`guideline_counts` counts
    them) with no share of GDP that year in the release, sorted: Iceland, which has no armed
    forces, and any ally whose value the release leaves blank. A sentence about the allies below
    a guideline names them, so "27 of 32 below" and "3 of 32 at or above" add up."""
    rows = indicators.select(data, "share_gdp_pct", vintage)
    wanted = set(allies)
    everyone = wanted >= set(rows["ally"])
    published = set(rows.loc[(rows["year"] == int(year)) & rows["value"].notna(), "ally"])
    members = {a for a in indicators.members_in_year(int(year)) if everyone or a in wanted}
    return sorted(members - published)


def counts_at_guidelines(data: pd.DataFrame, levels: Sequence[float], vintage: str,
                         years: Iterable[int], allies: Sequence[str]) -> pd.DataFrame:
    """year, estimate, allies (M) and count_<i> per level of ``levels``: for the chart of
    allies at or above each guideline (see :func:`guideline_counts`)."""
    years = list(years)
    first = guideline_counts(data, levels[0], vintage, years, allies)
    result = first[["year", "estimate", "allies"]].copy()
    for i, level in enumerate(levels):
        result[f"count_{i}"] = guideline_counts(data, level, vintage, years, allies)["count"]
    return result


def members_only(rows: pd.DataFrame, year: int) -> pd.DataFrame:
    """The rows of allies that were members in ``year`` (aggregates kept)."""
    keep = rows["ally"].isin(indicators.members_in_year(int(year)))
    if "is_aggregate" in rows:
        keep |= rows["is_aggregate"].astype(bool)
    return rows[keep].reset_index(drop=True)


EUROPE_CANADA = "NATO Europe and Canada"
UNITED_STATES = "United States"


def europe_and_us(data: pd.DataFrame, vintage: str, start_year: int, end_year: int,
                  indicator: str = "usd_million_constant_2015") -> pd.DataFrame:
    """NATO Europe and Canada and the United States over the years (ally, year, value, estimate).

    Always the whole alliance, whatever allies a report selects: the aggregate is NATO's own.
    """
    rows = series(data, indicator, vintage, start_year=start_year, end_year=end_year,
                  include_aggregates=True)
    rows = rows[rows["ally"].isin([EUROPE_CANADA, UNITED_STATES])]
    if set(rows["ally"]) != {EUROPE_CANADA, UNITED_STATES}:
        raise DataError(f"release {vintage}: {indicator} lacks {EUROPE_CANADA} or "
                        f"{UNITED_STATES}")
    return rows.reset_index(drop=True)


def growth(rows: pd.DataFrame, name: str, start_year: int, end_year: int) -> float:
    """Percent change of one named series of ``rows`` between two years."""
    part = rows[rows["ally"] == name].set_index("year")["value"]
    return float((part[int(end_year)] / part[int(start_year)] - 1) * 100)




MEDIAN_NAME = "alliance median"


def target_history(data: pd.DataFrame, vintage: str, start_year: int, end_year: int,
                   allies: Sequence[str] = (), indicator: str = "share_gdp_pct") -> pd.DataFrame:
    """ally, year, value, estimate: the alliance median (over each year's allies, named
    :data:`MEDIAN_NAME`) and ``allies``' own series, for the chart of the path to a target."""
    median = indicators.alliance_median(data, indicator, vintage)
    median = median[median["year"].between(int(start_year), int(end_year))]
    estimated = indicators.select(data, indicator, vintage).groupby("year")["estimate"].any()
    rows = pd.DataFrame({"ally": MEDIAN_NAME, "year": median["year"].to_numpy(),
                         "value": median["median"].to_numpy(),
                         "estimate": median["year"].map(estimated).fillna(False).to_numpy()})
    if allies:
        own = series(data, indicator, vintage, allies=list(allies), start_year=start_year,
                     end_year=end_year)
        rows = pd.concat([rows, own[["ally", "year", "value", "estimate"]]],
                         ignore_index=True)
    return rows


def shared_range(data: pd.DataFrame, indicator: str, vintage: str, *,
                 also: Sequence[float] = (), headroom: float = 1.05) -> tuple[float, float]:
    """(0, top): one value axis for ``indicator`` that every ally's profile shares, so the same
    share of GDP sits at the same height in Germany's profile and in Luxembourg's.

    ``top`` is the highest value any ally (not the aggregates) has in ``vintage``, any year, or
    the highest of ``also`` (guidelines drawn on the panel), times ``headroom``.
    """
    rows = indicators.select(data, indicator, vintage)
    if "is_aggregate" in rows:
        rows = rows[~rows["is_aggregate"].astype(bool)]
    values = rows["value"].dropna()
    if values.empty:
        raise DataError(f"release {vintage}: no {indicator} values to scale an axis on")
    return 0.0, max([float(values.max()), *also]) * headroom
