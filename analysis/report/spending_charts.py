"""Charts of defence spending: share of GDP ranked and over time, allies at the guideline,
Europe and Canada against the United States, change by ally and NATO's 2%/20% picture."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from analysis.report.chart_data import long_form
from analysis.report.chart_parts import (
    aggregate_mask,
    bar_chart_height,
    draw_bars,
    estimate_years,
    flags,
    horizontal_guideline,
    legend_below,
    require_columns,
    series_line,
    value_labels,
    vertical_guideline,
    year_axis,
)
from analysis.report.generic_charts import ranked_bars, trend_lines
from analysis.report.guideline_lines import GuidelineLine
from analysis.report.labels import place_point_labels
from analysis.report.style import (
    AGGREGATE_COLOUR,
    ALLY_CODES,
    BASE_COLOUR,
    ESTIMATE_NOTE,
    GUIDELINE_COLOUR,
    HIGHLIGHT_COLOUR,
    OKABE_ITO,
    SMALL_FONT_PT,
    allies_count,
    estimate_legend_handles,
    finish,
    in_house_style,
    new_figure,
    span_label,
    year_label,
)


def _lines(guidelines: Sequence[GuidelineLine]) -> list[tuple[float, str]]:
    # Guidelines come from the guideline data (analysis.data.guidelines), never a default here.
    if not guidelines:
        raise ValueError("share of GDP chart: no guideline given (load them from the data)")
    return [(line.value, line.label) for line in guidelines]


@in_house_style
def share_of_gdp_ranked(data: pd.DataFrame, *, year: int, source: str,
                        guidelines: Sequence[GuidelineLine], highlight: Iterable[str] = (),
                        median: float | None = None, members: int | None = None) -> Figure:
    """Allies ranked by defence expenditure as a share of GDP in ``year``, with the guidelines.

    ``guidelines`` come from the guideline data; the title counts the allies at or above each,
    "N of M" with ``members`` (the allies that year) as M.
    """
    estimated = bool(flags(data["estimate"]).any()) if "estimate" in data else False
    values = data.loc[~aggregate_mask(data), "value"]
    lines = _lines(guidelines)
    of = members if members is not None else len(values)
    counts = [f"{int((values >= value).sum())} at or above {value:g}%" for value, _ in lines]
    counts[0] = counts[0].replace(" at or above", f" of {allies_count(of)} at or above", 1)
    title = (f"Defence expenditure as a share of GDP, {year_label(year, estimated)}: "
             f"{', '.join(counts)}")
    return ranked_bars(
        data, title=title, unit="% of GDP (NATO: share of real GDP)", source=source,
        guideline=lines[0][0], guideline_label=lines[0][1], more_guidelines=lines[1:],
        highlight=highlight, decimals=2,
        reference=None if median is None else (f"alliance median {median:.2f}%", median),
    )


@in_house_style
def share_of_gdp_trends(data: pd.DataFrame, *, source: str,
                        guidelines: Sequence[GuidelineLine], highlight: Iterable[str] = (),
                        median: pd.Series | None = None, start_year: int | None = None,
                        end_year: int | None = None) -> Figure:
    years = data["year"].astype(int)
    first, last = start_year or int(years.min()), end_year or int(years.max())
    lines = _lines(guidelines)
    return trend_lines(
        data, title=f"Defence expenditure as a share of GDP, {span_label(first, last)}",
        unit="% of GDP", source=source, highlight=highlight, guideline=lines[0][0],
        guideline_label=lines[0][1], more_guidelines=lines[1:], median=median,
        median_label="alliance median (allies of each year)",
    )


# ---------------------------------------------------------------------------------------------
# Counts, aggregates, change
# ---------------------------------------------------------------------------------------------


@in_house_style
def europe_canada_vs_us(data: pd.DataFrame, *, source: str, unit_divisor: float = 1000.0,
                        unit: str = "billion US dollars, 2015 prices and exchange rates",
                        constant: pd.DataFrame | None = None) -> Figure:
    """NATO Europe and Canada against the United States, constant 2015 dollars.

    ``data``: ``ally`` (two series), ``year``, ``value`` (million USD), ``estimate``. NATO's
    aggregate adds each ally from its accession; ``constant`` (year, value, estimate,
    countries: :func:`analysis.data.indicators.constant_membership_total`) is the same countries
    every year, drawn beside it. Each legend entry says which and gives its growth.
    """
    require_columns(data, ["ally", "year", "value", "estimate"], "Europe and Canada vs US")
    series = data
    if constant is not None:
        label = f"Europe and Canada, the same {int(constant['countries'].iloc[0])} countries"
        series = pd.concat([data, constant.assign(ally=label)[["ally", "year", "value",
                                                                  "estimate"]]])
    scaled = series.assign(value=series["value"].astype(float) / unit_divisor)
    fig, ax = new_figure(4.4 if constant is not None else 3.3)  # the key sits below
    handles: list[Any] = []
    colours = {"United States": OKABE_ITO["blue"], "NATO Europe and Canada": OKABE_ITO["orange"]}
    names = {"NATO Europe and Canada": "NATO Europe and Canada (NATO's aggregate, "
                                       "allies from accession)"}
    for name, rows in scaled.groupby("ally", sort=False):
        colour = colours.get(str(name), OKABE_ITO["reddish_purple"])
        rows = rows.sort_values("year")
        constant_line = str(name) not in colours
        series_line(ax, rows["year"].to_numpy(int), rows["value"].to_numpy(float),
                    flags(rows["estimate"]), colour=colour,
                    linewidth=1.4 if constant_line else 2.2)
        first, last = rows.iloc[0], rows.iloc[-1]
        if not constant_line:  # the constant sum ends on NATO's aggregate: one label there
            ax.annotate(f"{last['value']:,.0f}", (int(last["year"]), float(last["value"])),
                        xytext=(5, 0), textcoords="offset points", va="center",
                        fontsize=SMALL_FONT_PT, color=colour)
        change = (float(last["value"]) / float(first["value"]) - 1) * 100
        handles.append(Line2D([], [], color=colour, marker="o",
                              linewidth=1.4 if constant_line else 2.2,
                              label=f"{names.get(str(name), name)}: {change:+.0f}% since "
                                    f"{int(first['year'])}"))
    est = estimate_years(scaled)
    if est:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="--", label=ESTIMATE_NOTE))
    year_axis(ax, scaled["year"], est)
    ax.set_xlim(ax.get_xlim()[0], ax.get_xlim()[1] + 0.6)
    ax.set_ylim(0, float(scaled["value"].max()) * 1.12)
    # The subtitle gives the prices; a long axis label would not fit the axis.
    ax.set_ylabel(unit if len(unit) < 30 else "billion USD")
    legend_below(ax, handles, gap_pt=22)
    return finish(fig, title="Defence expenditure: NATO Europe and Canada vs United States",
                  unit=unit, source=source, data=scaled.assign(unit=unit))


@in_house_style
def change_by_ally(data: pd.DataFrame, *, start_year: int, end_year: int, source: str,
                   unit: str = "percentage points of GDP", highlight: Iterable[str] = (),
                   decimals: int = 2, what: str = "share of GDP") -> Figure:
    """Change per ally between two years, as diverging horizontal bars sorted by size.

    ``data``: ``ally``, ``change``, ``estimate`` (True when the end value is an estimate).
    """
    require_columns(data, ["ally", "change", "estimate"], "change by ally")
    ranked = data.dropna(subset=["change"]).sort_values("change", ascending=True)
    names = ranked["ally"].astype(str).tolist()
    values = ranked["change"].to_numpy(float)
    estimates = flags(ranked["estimate"])
    fig, ax = new_figure(bar_chart_height(len(names)))
    colours = [
        HIGHLIGHT_COLOUR if n in set(highlight) else
        (BASE_COLOUR if v >= 0 else OKABE_ITO["orange"])
        for n, v in zip(names, values, strict=True)
    ]
    colours = [AGGREGATE_COLOUR if a else c
               for c, a in zip(colours, aggregate_mask(ranked), strict=True)]
    bars = draw_bars(ax, np.arange(len(names)), values, colours, estimates, horizontal=True)
    value_labels(ax, bars, [f"{v:+,.{decimals}f}" for v in values], horizontal=True)
    ax.set_yticks(np.arange(len(names)), names)
    ax.set_ylim(-0.6, len(names) - 0.4)
    ax.grid(axis="y", visible=False)
    ax.axvline(0, color="#333333", linewidth=0.8)
    lo, hi = float(min(values.min(), 0)), float(max(values.max(), 0))
    span = hi - lo or 1.0
    ax.set_xlim(lo - (0.14 * span if lo < 0 else 0), hi + 0.14 * span)
    ax.set_xlabel(unit)
    est_end = bool(estimates.any())
    handles = (estimate_legend_handles("bar", reported=bool((~estimates).any()))
               if est_end else [])
    if handles:
        ax.legend(handles=handles, loc="lower right", frameon=True, framealpha=0.95)
    title = (f"Change in {what}, {start_year} to {year_label(end_year, est_end)}")
    return finish(fig, title=title, source=source, data=data, data_unit=unit)


# ---------------------------------------------------------------------------------------------
# NATO's 2%/20% chart
# ---------------------------------------------------------------------------------------------


@in_house_style
def equipment_vs_share(data: pd.DataFrame, *, year: int, source: str,
                       gdp_guideline_pct: float, equipment_guideline_pct: float,
                       highlight: Iterable[str] = (), agreed_at: str | None = None) -> Figure:
    """Equipment share of defence spending against defence spending as a share of GDP.

    ``data``: ``ally``, ``share_gdp_pct``, ``equipment_share_pct``, ``estimate``. Quadrant
    lines at the two guidelines (``agreed_at``: the summit that set them, for the key); each
    quadrant says how many allies it holds; points carry NATO's three-letter codes, placed so
    that they do not overlap. Both guidelines come from the guideline data.
    """
    require_columns(data, ["ally", "share_gdp_pct", "equipment_share_pct", "estimate"],
                    "equipment vs share of GDP")
    rows = data.dropna(subset=["share_gdp_pct", "equipment_share_pct"])
    rows = rows[~aggregate_mask(rows)]
    x = rows["share_gdp_pct"].to_numpy(float)
    y = rows["equipment_share_pct"].to_numpy(float)
    estimates = flags(rows["estimate"])
    wanted = set(highlight)
    colours = [HIGHLIGHT_COLOUR if a in wanted else BASE_COLOUR for a in rows["ally"]]
    fig, ax = new_figure(6.0)
    for xi, yi, c, e in zip(x, y, colours, estimates, strict=True):
        ax.scatter([xi], [yi], s=34, color="white" if e else c, edgecolors=c, linewidths=1.3,
                   zorder=3, gid="point-estimate" if e else "point")
    vertical_guideline(ax, gdp_guideline_pct, f"{gdp_guideline_pct:g}% of GDP")
    horizontal_guideline(ax, equipment_guideline_pct, f"{equipment_guideline_pct:g}% on equipment")
    xpad, ypad = (x.max() - x.min()) * 0.08 + 0.1, (y.max() - y.min()) * 0.08 + 1
    ax.set_xlim(min(x.min(), gdp_guideline_pct) - xpad, max(x.max(), gdp_guideline_pct) + xpad)
    ax.set_ylim(min(y.min(), equipment_guideline_pct) - ypad,
                max(y.max(), equipment_guideline_pct) + ypad)
    ax.set_xlabel("defence expenditure, % of GDP")
    ax.set_ylabel("equipment expenditure, % of defence exp.")
    both = int(((x >= gdp_guideline_pct) & (y >= equipment_guideline_pct)).sum())
    corners = [
        ((x >= gdp_guideline_pct) & (y >= equipment_guideline_pct), 0.99, 0.99, "right", "top"),
        ((x < gdp_guideline_pct) & (y >= equipment_guideline_pct), 0.01, 0.99, "left", "top"),
        ((x < gdp_guideline_pct) & (y < equipment_guideline_pct), 0.01, 0.01, "left", "bottom"),
        ((x >= gdp_guideline_pct) & (y < equipment_guideline_pct), 0.99, 0.01, "right",
         "bottom"),
    ]
    for mask, cx, cy, ha, va in corners:
        ax.text(cx, cy, allies_count(int(mask.sum())), transform=ax.transAxes, ha=ha, va=va,
                fontsize=SMALL_FONT_PT, color="#555555", fontstyle="italic", gid="quadrant")
    handles: list[Any] = []
    if (~estimates).any():
        handles.append(Line2D([], [], color=BASE_COLOUR, marker="o", linestyle="none",
                              label="reported"))
    if estimates.any():
        handles.append(Line2D([], [], color=BASE_COLOUR, marker="o", markerfacecolor="white",
                              linestyle="none", label=ESTIMATE_NOTE))
    handles.append(Line2D([], [], color=GUIDELINE_COLOUR, linestyle=(0, (5, 3)),
                          label=f"guidelines ({agreed_at})" if agreed_at else "guidelines"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, -0.12), ncol=3,
              frameon=False)
    estimated = bool(estimates.any())
    finish(fig, title=(f"The {gdp_guideline_pct:g}%/{equipment_guideline_pct:g}% picture, "
                       f"{year_label(year, estimated)}: {allies_count(both)} "
                       f"{'meets' if both == 1 else 'meet'} both guidelines"),
           source=source, data=long_form(rows, {"share_gdp_pct": "% of GDP",
                                                 "equipment_share_pct": "% of defence spending"},
                                         keys=["ally", "estimate"]))
    labels = [ALLY_CODES.get(a, a[:3].upper()) for a in rows["ally"]]
    place_point_labels(ax, x, y, labels, colours)
    return fig


