"""Allies side by side on every indicator of NATO's tables: the frames of the ``compare`` report.

Each indicator comes from the newest release that has it, up to the release the report reads
(:func:`analysis.data.load.release_for`): the share of GDP from the August 2025 edition, the
dollar and per-capita tables from the June 2024 workbook, each labelled with its release.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from analysis.data import indicators, load
from analysis.report.style import year_label


@dataclass(frozen=True)
class Measure:
    """One indicator as the compare report shows it."""

    stem: str  # the indicator, or its stem before the price base year ('usd_million_constant_')
    column: str  # the table's column heading
    group: str  # "spending" or "forces": which of the two tables
    decimals: int = 1


MEASURES: tuple[Measure, ...] = (
    Measure("share_gdp_pct", "% of GDP", "spending", 2),
    Measure("real_change_pct", "real change on year, %", "spending", 1),
    Measure("defence_per_capita_usd_constant_", "per capita, USD (constant prices)",
            "spending", 0),
    Measure("usd_million_current", "million USD (current)", "spending", 0),
    Measure("national_currency_million_current", "national currency, million (current)",
            "spending", 0),
    Measure("personnel_thousands", "military personnel, thousands", "forces", 1),
    Measure("equipment_share_pct", "equipment, % of spending", "forces", 1),
    Measure("personnel_share_pct", "personnel, % of spending", "forces", 1),
    Measure("infrastructure_share_pct", "infrastructure, % of spending", "forces", 1),
    Measure("other_share_pct", "other, % of spending", "forces", 1),
)
CATEGORY_SHARES = ("equipment_share_pct", "personnel_share_pct", "infrastructure_share_pct",
                   "other_share_pct")


def indicator_named(data: pd.DataFrame, stem: str) -> str | None:
    """The indicator ``stem`` names: itself, or the newest price base of a constant-price stem
    ('usd_million_constant_' -> 'usd_million_constant_2015'); None when no release has it."""
    known = sorted(set(data["indicator"]))
    if stem in known:
        return stem
    based = [name for name in known if name.startswith(stem) and name[len(stem):].isdigit()]
    return max(based, key=lambda name: int(name[len(stem):])) if based else None


def latest_values(data: pd.DataFrame, allies: Sequence[str], release: str | None,
                  measures: Sequence[Measure] = MEASURES) -> pd.DataFrame:
    """One row per ally and measure: the ally's last published value in the release shown.

    Columns: ally, indicator, column, group, year, value, estimate, unit, vintage, note (why an
    older release is shown). A measure no bundled release has is left out.
    """
    rows = []
    for measure in measures:
        indicator = indicator_named(data, measure.stem)
        if indicator is None:
            continue
        choice = load.release_for(indicator, release)
        values = indicators.select(data, indicator, choice.vintage)
        values = values[values["ally"].isin(allies)].dropna(subset=["value"])
        last = values.sort_values("year").groupby("ally").tail(1)
        for row in last.itertuples():
            rows.append({"ally": row.ally, "indicator": indicator, "column": measure.column,
                         "group": measure.group, "year": int(row.year),
                         "value": float(row.value), "estimate": bool(row.estimate),
                         "unit": str(row.unit), "vintage": choice.vintage, "note": choice.note})
    return pd.DataFrame(rows)


def side_by_side(latest: pd.DataFrame, group: str, allies: Sequence[str]) -> pd.DataFrame:
    """The table of one group: one row per ally (in ``allies``' order), one column per measure.

    National currencies differ between allies, so that column is text naming each currency.
    """
    part = latest[latest["group"] == group]
    columns = [m.column for m in MEASURES if m.group == group and m.column in set(part["column"])]
    table = pd.DataFrame({"ally": [a for a in allies if a in set(part["ally"])]})
    decimals = {m.column: m.decimals for m in MEASURES}
    for column in columns:
        cells = part[part["column"] == column].set_index("ally")
        if column.startswith("national currency"):
            table[column] = [
                f"{cells.loc[a, 'value']:,.0f} {currency(str(cells.loc[a, 'unit']))}"
                if a in cells.index else "–" for a in table["ally"]]
        else:
            table[column] = [round(float(cells.loc[a, "value"]), decimals[column])
                             if a in cells.index else float("nan") for a in table["ally"]]
    return table


def currency(unit: str) -> str:
    """'million Danish Kroner' -> 'Danish Kroner'."""
    return unit.removeprefix("million ").strip()


def column_notes(latest: pd.DataFrame, group: str) -> list[str]:
    """'% of GDP: 2025e, release 2025-08' for each column of a group, in the table's order."""
    part = latest[latest["group"] == group]
    notes = []
    for measure in MEASURES:
        cells = part[part["column"] == measure.column]
        if cells.empty:
            continue
        years = sorted({year_label(int(y), bool(e))
                        for y, e in zip(cells["year"], cells["estimate"], strict=True)})
        vintages = ", ".join(sorted(set(cells["vintage"])))
        notes.append(f"{measure.column}: {', '.join(years)} (release {vintages})")
    return notes


def category_split(data: pd.DataFrame, allies: Sequence[str],
                   release: str | None) -> pd.DataFrame:
    """ally, year, estimate, vintage and one column per spending category (% of spending): each
    ally's last year with all four categories, in the release shown (Table 8a/8b)."""
    vintage = load.release_for(CATEGORY_SHARES[0], release).vintage
    parts = [indicators.select(data, name, vintage) for name in CATEGORY_SHARES]
    rows = pd.concat(parts)
    rows = rows[rows["ally"].isin(allies)]
    wide = rows.pivot_table(index=["ally", "year"], columns="indicator", values="value")
    wide = wide.dropna(subset=list(CATEGORY_SHARES)).reset_index()
    estimated = rows.groupby(["ally", "year"])["estimate"].any()
    wide["estimate"] = [bool(estimated[(a, y)]) for a, y in zip(wide["ally"], wide["year"],
                                                                strict=True)]
    wide["vintage"] = vintage
    return wide.sort_values("year").groupby("ally").tail(1).reset_index(drop=True)
