"""Helpers analysts need, as pure functions of long dataframes.

Each function takes the long form produced by :func:`analysis.data.load.load_nato` (or
:func:`analysis.data.load.load_other_releases` / :func:`analysis.data.load.all_releases`: any
frame with
``ally, year, indicator, value, vintage`` and optionally ``is_aggregate`` and ``estimate``) and
returns a new dataframe; nothing is read from disk and nothing is modified in place.

Every helper works within one release (``vintage``): releases are never mixed, except in
:func:`revisions`, which compares two of them explicitly. When a frame holds several vintages the
helpers ask for one (``vintage=``) rather than guess.

Aggregates (``NATO Europe and Canada``, ``NATO Total``) are left out of counts, ranks and
medians: they are not allies. Counts and medians over time take the allies of each year
(:func:`members_in_year`): NATO's tables give Finland's 2014 value, but Finland was not an ally.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import pandas as pd

from analysis.data.workbook import AGGREGATES
from analysis.errors import DataError
from analysis.vocabulary import members_on

KEY = ["ally", "year"]


def select(data: pd.DataFrame, indicator: str = "share_gdp_pct", vintage: str | None = None,
           include_aggregates: bool = False) -> pd.DataFrame:
    """The rows of one indicator in one release, checked to hold one value per ally and year.

    ``vintage`` may be omitted when the frame holds a single release for that indicator.
    Raises DataError when the indicator is absent, the vintage ambiguous, or an ally-year
    appears twice.
    """
    missing = [c for c in ("ally", "year", "indicator", "value", "vintage") if c not in data]
    if missing:
        raise DataError(f"dataframe lacks column {missing[0]!r} (expected the long form of "
                        "analysis.data.load)")
    rows = data[data["indicator"] == indicator]
    if rows.empty:
        known = ", ".join(sorted(data["indicator"].unique()))
        raise DataError(f"indicator {indicator!r} not in the data (known: {known})")
    vintages = sorted(rows["vintage"].dropna().unique())
    if vintage is None:
        if len(vintages) != 1:
            raise DataError(f"indicator {indicator!r} comes from several releases "
                            f"({', '.join(vintages)}); pass vintage= to pick one")
        vintage = vintages[0]
    rows = rows[rows["vintage"] == vintage]
    if rows.empty:
        raise DataError(f"indicator {indicator!r} has no values in release {vintage!r} "
                        f"(releases: {', '.join(vintages)})")
    if not include_aggregates:
        rows = rows[~_aggregate_mask(rows)]
    dup = rows.duplicated(KEY, keep=False)
    if dup.any():
        first = rows[dup].iloc[0]
        raise DataError(f"release {vintage}: {indicator} for {first['ally']} {first['year']} "
                        "appears more than once (duplicate ally and year)")
    return rows.reset_index(drop=True)


def _aggregate_mask(rows: pd.DataFrame) -> pd.Series:
    if "is_aggregate" in rows:
        return rows["is_aggregate"].astype(bool)
    return rows["ally"].isin(AGGREGATES)


def members_in_year(year: int) -> tuple[str, ...]:
    """The allies of ``year``: members by its last day, as NATO's aggregates count them (Finland
    from 2023, Sweden from 2024)."""
    return members_on(dt.date(int(year), 12, 31))


def threshold_count(data: pd.DataFrame, threshold: float = 2.0,
                    indicator: str = "share_gdp_pct", vintage: str | None = None,
                    years: Iterable[int] | None = None,
                    members_only: bool = True) -> pd.DataFrame:
    """Allies at or above ``threshold`` per year: one row per year.

    Columns: year, estimate, count, allies (list of names, in the table's order), reporting
    (allies with a value that year), members (how many allies NATO had that year, for
    "N of M"). A value exactly equal to the threshold counts as meeting it; values are compared
    unrounded, as published in the cell. With ``members_only`` a country counts only from the
    year it joined. With NATO's June 2024 release at 2.0% of GDP: 3 of 28 allies in 2014.
    """
    rows = select(data, indicator, vintage)
    if years is not None:
        rows = rows[rows["year"].isin(list(years))]
    result = []
    for year, group in rows.groupby("year", sort=True):
        members = members_in_year(int(year))
        if members_only:
            group = group[group["ally"].isin(members)]
        valid = group[group["value"].notna()]
        meeting = valid[valid["value"] >= threshold]
        result.append({
            "year": int(year),
            "estimate": bool(group["estimate"].any()) if "estimate" in group else False,
            "count": len(meeting),
            "allies": list(meeting["ally"]),
            "reporting": len(valid),
            "members": len(members),
        })
    return pd.DataFrame(result, columns=["year", "estimate", "count", "allies", "reporting",
                                         "members"])


def allies_at_or_above(data: pd.DataFrame, year: int, threshold: float = 2.0,
                       indicator: str = "share_gdp_pct", vintage: str | None = None) -> list[str]:
    """Names of the allies at or above ``threshold`` in ``year`` (see :func:`threshold_count`)."""
    counts = threshold_count(data, threshold, indicator, vintage, years=[year])
    if counts.empty:
        raise DataError(f"no {indicator} values for {year}")
    return list(counts["allies"].iloc[0])


def change_since(data: pd.DataFrame, base_year: int, indicator: str = "share_gdp_pct",
                 vintage: str | None = None, include_aggregates: bool = False) -> pd.DataFrame:
    """Change of each ally's value from ``base_year`` to every later year.

    Columns: ally, year, value, base_value, change (value - base_value, in the indicator's
    unit, e.g. percentage points for ``share_gdp_pct``), change_pct (relative change in %,
    NaN when the base is zero or missing). Missing values stay missing, never zero.
    """
    rows = select(data, indicator, vintage, include_aggregates)
    if base_year not in set(rows["year"]):
        raise DataError(f"base year {base_year} not in {indicator} "
                        f"(years {rows['year'].min()}-{rows['year'].max()})")
    base = rows.loc[rows["year"] == base_year, ["ally", "value"]].rename(
        columns={"value": "base_value"})
    later = rows.loc[rows["year"] >= base_year, ["ally", "year", "value"]]
    merged = later.merge(base, on="ally", how="left", validate="many_to_one")
    merged["change"] = merged["value"] - merged["base_value"]
    nonzero_base = merged["base_value"].where(merged["base_value"] != 0)
    merged["change_pct"] = merged["change"] / nonzero_base * 100.0
    return merged.reset_index(drop=True)


def rank(data: pd.DataFrame, year: int, indicator: str = "share_gdp_pct",
         vintage: str | None = None, ascending: bool = False) -> pd.DataFrame:
    """Rank of each ally within the alliance in ``year`` (1 = highest unless ``ascending``).

    Columns: rank (ties share the best rank, 'min' method), ally, value, of (how many allies
    were ranked). Allies without a value are left out.
    """
    rows = select(data, indicator, vintage)
    rows = rows[(rows["year"] == year) & rows["value"].notna()]
    if rows.empty:
        raise DataError(f"no {indicator} values for {year}")
    ranks = rows["value"].rank(method="min", ascending=ascending).astype(int)
    result = pd.DataFrame({"rank": ranks, "ally": rows["ally"], "value": rows["value"]})
    result = result.sort_values(["rank", "ally"], kind="stable").reset_index(drop=True)
    result["of"] = len(result)
    return result


def alliance_median(data: pd.DataFrame, indicator: str = "share_gdp_pct",
                    vintage: str | None = None, members_only: bool = True) -> pd.DataFrame:
    """Median over allies (aggregates excluded) per year. Columns: year, median, allies.

    With ``members_only`` each year's median is over the allies of that year only.
    """
    rows = select(data, indicator, vintage)
    if members_only:
        rows = rows[[ally in members_in_year(year)
                     for ally, year in zip(rows["ally"], rows["year"], strict=True)]]
    grouped = rows.groupby("year", sort=True)["value"]
    return pd.DataFrame({
        "year": grouped.median().index.astype(int),
        "median": grouped.median().to_numpy(),
        "allies": grouped.count().to_numpy(),
    })


def constant_membership_total(data: pd.DataFrame, start_year: int, end_year: int,
                              indicator: str = "usd_million_constant_2015",
                              vintage: str | None = None,
                              exclude: Iterable[str] = ("United States",)) -> pd.DataFrame:
    """The sum over the same countries every year: the allies of ``end_year`` (less
    ``exclude``) that have a value in every year from ``start_year`` to ``end_year``.

    NATO's own aggregates add each ally from its accession, so their growth mixes spending with
    enlargement; this sum does not. Columns: year, value, estimate, countries (how many), and
    the frame's ``attrs["countries"]`` lists them.
    """
    rows = select(data, indicator, vintage)
    rows = rows[rows["year"].between(int(start_year), int(end_year))]
    members = set(members_in_year(int(end_year))) - set(exclude)
    rows = rows[rows["ally"].isin(members)]
    span = int(end_year) - int(start_year) + 1
    complete = rows.dropna(subset=["value"]).groupby("ally")["year"].nunique()
    countries = sorted(complete[complete == span].index)
    if not countries:
        raise DataError(f"{indicator}: no ally has a value every year {start_year}-{end_year}")
    kept = rows[rows["ally"].isin(countries)]
    grouped = kept.groupby("year", sort=True)
    total = pd.DataFrame({
        "year": grouped["value"].sum().index.astype(int),
        "value": grouped["value"].sum().to_numpy(),
        "estimate": grouped["estimate"].any().to_numpy() if "estimate" in kept else False,
        "countries": len(countries),
    })
    total.attrs["countries"] = countries
    return total


def gap_to_target(data: pd.DataFrame, target_pct: float, year: int,
                  vintage: str | None = None, indicator: str = "share_gdp_pct",
                  gdp_indicator: str = "gdp_usd_million_current") -> pd.DataFrame:
    """Each ally's distance to ``target_pct`` of GDP in ``year``.

    Columns: ally, value, gap_pp (target - value: positive when short, negative when above),
    gap_usd_million (gap_pp / 100 x GDP in current US dollars; NaN when the release has no GDP
    table), estimate. Allies without a value are left out.
    """
    rows = select(data, indicator, vintage)
    rows = rows[(rows["year"] == int(year)) & rows["value"].notna()]
    if rows.empty:
        raise DataError(f"no {indicator} values for {year}")
    gap = rows[["ally", "value", "estimate"]].assign(gap_pp=float(target_pct) - rows["value"])
    release = str(rows["vintage"].iloc[0])
    gdp_releases = set(data.loc[data["indicator"] == gdp_indicator, "vintage"])
    if release in gdp_releases:
        gdp = select(data, gdp_indicator, release)
        gdp = gdp.loc[gdp["year"] == int(year), ["ally", "value"]].rename(
            columns={"value": "gdp"})
        gap = gap.merge(gdp, on="ally", how="left", validate="one_to_one")
        gap["gap_usd_million"] = gap["gap_pp"] / 100.0 * gap["gdp"]
        gap = gap.drop(columns="gdp")
    else:
        gap["gap_usd_million"] = float("nan")
    return gap[["ally", "value", "gap_pp", "gap_usd_million", "estimate"]].reset_index(drop=True)


def path_to_target(from_year: int, from_value: float, target_pct: float,
                   target_year: int) -> pd.DataFrame:
    """The straight line from ``from_value`` in ``from_year`` to ``target_pct`` in
    ``target_year``: columns year, value (one row per year, both ends included)."""
    if int(target_year) <= int(from_year):
        raise DataError(f"target year {target_year} is not after {from_year}")
    years = list(range(int(from_year), int(target_year) + 1))
    step = (float(target_pct) - float(from_value)) / (int(target_year) - int(from_year))
    return pd.DataFrame({"year": years,
                         "value": [float(from_value) + step * (y - int(from_year))
                                   for y in years]})


def revisions(data: pd.DataFrame, old_vintage: str, new_vintage: str,
              indicator: str = "share_gdp_pct", include_aggregates: bool = True,
              decimals: int | None = None) -> pd.DataFrame:
    """How a newer release revised an older one, for every ally and year present in both.

    Columns: ally, year, old, new, revision (new - old), old_estimate, new_estimate. Rows
    only in one release are left out; use :func:`analysis.data.load.compare_releases` for one value
    across all releases.

    The workbook holds unrounded values while other releases are known as published (two
    decimals); pass ``decimals=2`` to compare both at the published precision, so that rounding
    alone (up to 0.005) is not reported as a revision.
    """
    if old_vintage == new_vintage:
        raise DataError(f"revisions need two different releases, got {old_vintage!r} twice")
    old = select(data, indicator, old_vintage, include_aggregates)
    new = select(data, indicator, new_vintage, include_aggregates)
    columns = ["ally", "year", "value"] + (["estimate"] if "estimate" in data else [])
    merged = old[columns].merge(new[columns], on=KEY, suffixes=("_old", "_new"),
                                validate="one_to_one")
    merged = merged.rename(columns={"value_old": "old", "value_new": "new",
                                    "estimate_old": "old_estimate",
                                    "estimate_new": "new_estimate"})
    if decimals is not None:
        merged["old"] = merged["old"].round(decimals)
        merged["new"] = merged["new"].round(decimals)
    merged["revision"] = merged["new"] - merged["old"]
    if decimals is not None:
        # Differences of rounded floats carry binary noise (3.79 - 4.12 != -0.33 exactly).
        merged["revision"] = merged["revision"].round(decimals)
    order = ["ally", "year", "old", "new", "revision"] + [
        c for c in ("old_estimate", "new_estimate") if c in merged]
    return merged[order].sort_values(KEY, kind="stable").reset_index(drop=True)
