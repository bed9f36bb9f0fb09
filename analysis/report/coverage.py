"""Checks a report runs before it shows anything: every value it needs is there and plausible.

Each raises a :class:`~analysis.errors.DataError` naming the first gap, so a report never draws
a chart with a silent hole in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.data import indicators
from analysis.errors import DataError
from analysis.markup import escape_markdown

CONSTANT_DOLLARS = "usd_million_constant_2015"


def check_coverage(data: pd.DataFrame, *, vintage: str, indicators_needed: Iterable[str],
                   allies: Sequence[str], years: Iterable[int]) -> pd.DataFrame:
    """Every needed indicator has a value for every ally and year; else a DataError.

    A value the release itself left blank in an estimate year (the row is there, the cell is
    empty: Germany 2025e in the August 2025 edition, budget pending at the cut-off) is not a gap
    in the data but what NATO published: it is reported in the ``not_published`` column
    (:func:`not_published_note`), never raised. A missing row, or a blank in a year NATO no
    longer estimates, is a gap and raises.

    Returns one row per indicator (indicator, allies, years, values, min, max, not_published).
    """
    years = sorted({int(y) for y in years})
    rows = []
    for indicator in indicators_needed:
        part = indicators.select(data, indicator, vintage)
        part = part[part["ally"].isin(allies) & part["year"].isin(years)]
        have = part.dropna(subset=["value"]).set_index(["ally", "year"]).index
        blank = part[part["value"].isna() & part["estimate"]]
        unpublished = set(zip(blank["ally"], blank["year"], strict=True))
        missing = [(a, y) for a in allies for y in years
                   if (a, y) not in have and (a, y) not in unpublished]
        if missing:
            ally, year = missing[0]
            raise DataError(
                f"release {vintage}: {indicator} has no value for {ally} {year} "
                f"({len(missing)} ally-years missing)")
        rows.append({"indicator": indicator, "allies": len(allies),
                     "years": f"{years[0]}-{years[-1]}", "values": len(have),
                     "min": round(float(part["value"].min()), 2),
                     "max": round(float(part["value"].max()), 2),
                     "not_published": tuple(sorted(unpublished, key=lambda k: (k[1], k[0])))})
    return pd.DataFrame(rows)


def check_coverage_with_dollars(data: pd.DataFrame, *, vintage: str,
                                indicators_needed: Iterable[str], allies: Sequence[str],
                                years: Iterable[int], dollar_vintage: str,
                                dollar_years: Iterable[int]
                                ) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """:func:`check_coverage` of ``indicators_needed`` in ``vintage`` and of constant dollars
    in ``dollar_vintage`` (the newest release that has them, maybe an older one, over its own
    years): both summaries and the number of values checked in all."""
    coverage = check_coverage(data, vintage=vintage, indicators_needed=indicators_needed,
                              allies=allies, years=years)
    dollar_coverage = check_coverage(data, vintage=dollar_vintage,
                                     indicators_needed=[CONSTANT_DOLLARS], allies=allies,
                                     years=dollar_years)
    total = int(coverage["values"].sum() + dollar_coverage["values"].sum())
    return coverage, dollar_coverage, total


def not_published_note(coverage: pd.DataFrame, vintage: str) -> str:
    """One Markdown line naming the blanks of a release that :func:`check_coverage` found, e.g.
    'Not published in release 2025-08: Germany 2025e (share_gdp_pct).'; empty when none."""
    found: dict[tuple[str, int], list[str]] = {}
    for record in coverage.to_dict("records"):
        for ally, year in record.get("not_published", ()):
            found.setdefault((ally, int(year)), []).append(str(record["indicator"]))
    if not found:
        return ""
    items = [f"{escape_markdown(ally)} {year}e ({', '.join(names)})"
             for (ally, year), names in sorted(found.items(), key=lambda kv: kv[0][::-1])]
    return f"Not published in release {vintage}, so left blank: {'; '.join(items)}."


def check_range(data: pd.DataFrame, indicator: str, low: float, high: float,
                vintage: str) -> None:
    """Values of ``indicator`` lie within [low, high]; a value outside is a parse error."""
    rows = indicators.select(data, indicator, vintage, include_aggregates=True)
    bad = rows[(rows["value"] < low) | (rows["value"] > high)]
    if not bad.empty:
        first = bad.iloc[0]
        raise DataError(
            f"release {vintage}: {indicator} for {first['ally']} {first['year']} is "
            f"{first['value']:.3g}, outside the plausible {low:g}-{high:g}")


