"""Checks a report runs before it shows anything: every value it needs is there and plausible.

Each raises a :class:`~analysis.errors.DataError` naming the first gap, so a report never draws
a chart with a silent hole in it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import pandas as pd

from analysis.data import indicators
from analysis.errors import DataError


def check_coverage(data: pd.DataFrame, *, vintage: str, indicators_needed: Iterable[str],
                   allies: Sequence[str], years: Iterable[int]) -> pd.DataFrame:
    """Every needed indicator has a value for every ally and year; else a DataError.

    Returns one row per indicator (indicator, allies, years, values, min, max) to show what
    was checked.
    """
    years = sorted({int(y) for y in years})
    rows = []
    for indicator in indicators_needed:
        part = indicators.select(data, indicator, vintage)
        part = part[part["ally"].isin(allies) & part["year"].isin(years)]
        have = part.dropna(subset=["value"]).set_index(["ally", "year"]).index
        missing = [(a, y) for a in allies for y in years if (a, y) not in have]
        if missing:
            ally, year = missing[0]
            raise DataError(
                f"release {vintage}: {indicator} has no value for {ally} {year} "
                f"({len(missing)} ally-years missing)")
        rows.append({"indicator": indicator, "allies": len(allies),
                     "years": f"{years[0]}-{years[-1]}", "values": len(part),
                     "min": round(float(part["value"].min()), 2),
                     "max": round(float(part["value"].max()), 2)})
    return pd.DataFrame(rows)


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


