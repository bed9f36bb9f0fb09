"""Charts against NATO's targets: allies at or above each guideline per year ("N of M"), and
the straight path from the latest year to The Hague's 3.5% by 2035."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.report.chart_data import counts_by_guideline
from analysis.report.chart_parts import (
    draw_bars,
    flags,
    guideline_handle,
    horizontal_guideline,
    legend_below,
    not_yet_an_ally,
    require_columns,
    series_line,
    value_labels,
)
from analysis.report.guideline_lines import GuidelineLine
from analysis.report.style import (
    ESTIMATE_NOTE,
    MEDIAN_COLOUR,
    NOT_YET_COLOUR,
    OKABE_ITO,
    SERIES_COLOURS,
    estimate_legend_handles,
    finish,
    in_house_style,
    new_figure,
    year_label,
)

COUNT_COLOURS = (OKABE_ITO["blue"], OKABE_ITO["vermillion"], OKABE_ITO["bluish_green"])


@in_house_style
def allies_at_guidelines(counts: pd.DataFrame, *, source: str,
                         guidelines: Sequence[GuidelineLine]) -> Figure:
    """Allies at or above each guideline per year, "N of M" with M the allies of that year.

    ``counts``: ``year``, ``estimate``, ``allies`` (M) and one column ``count_<i>`` per
    guideline, in the order of ``guidelines``. Years run down the chart, one bar per guideline.
    """
    columns = [f"count_{i}" for i in range(len(guidelines))]
    require_columns(counts, ["year", "estimate", "allies", *columns], "allies at guidelines")
    rows = counts.sort_values("year", ascending=False)
    years = rows["year"].to_numpy(int)
    estimates = flags(rows["estimate"])
    height = 0.8 / len(guidelines)
    fig, ax = new_figure(max(3.4, 1.3 + 0.3 * len(years) * len(guidelines)))
    handles: list[Any] = []
    for i, (line, column) in enumerate(zip(guidelines, columns, strict=True)):
        colour = COUNT_COLOURS[i % len(COUNT_COLOURS)]
        positions = np.arange(len(years)) + (i - (len(guidelines) - 1) / 2) * height
        values = rows[column].to_numpy(float)
        bars = draw_bars(ax, positions, values, [colour] * len(years), estimates,
                         horizontal=True, width=height * 0.92)
        value_labels(ax, bars, [f"{int(n)} of {int(m)}" for n, m in
                                zip(values, rows["allies"], strict=True)], horizontal=True)
        handles.append(Patch(facecolor=colour, label=f"at or above {line.label}"))
    ax.set_yticks(np.arange(len(years)),
                  [year_label(y, e) for y, e in zip(years, estimates, strict=True)])
    ax.set_ylim(-0.6, len(years) - 0.4)
    ax.invert_yaxis()
    ax.grid(axis="y", visible=False)
    ax.set_xlim(0, float(rows["allies"].max()) * 1.18)
    ax.set_xlabel("number of allies (of the allies that year)")
    if estimates.any():
        handles += estimate_legend_handles("bar", colour="#555555")[1:]
    legend_below(ax, handles, gap_pt=32, ncol=2)
    shorts = " and ".join(line.short for line in guidelines)
    return finish(fig, title=f"Allies spending {shorts} of GDP or more on defence, "
                             "of the allies each year", source=source,
                  data=counts_by_guideline(rows, [line.label for line in guidelines]),
                  data_unit="allies")


@in_house_style
def path_to_target(history: pd.DataFrame, *, source: str, target: GuidelineLine,
                   guidelines: Sequence[GuidelineLine] = (), title: str | None = None,
                   member_from: int | None = None) -> Figure:
    """Each series' years so far and the straight line from its latest value to ``target`` in
    its target year, with the guidelines as lines.

    ``history``: ``ally`` (series name; "alliance median" is drawn in the median's colour),
    ``year``, ``value``, ``estimate``. ``member_from`` shades the years before a single ally
    joined.
    """
    require_columns(history, ["ally", "year", "value", "estimate"], "path to target")
    fig, ax = new_figure(4.3 + 0.18 * history["ally"].nunique())
    handles: list[Any] = []
    first_year = int(history["year"].min())
    if not_yet_an_ally(ax, first_year, member_from):
        handles.append(Patch(facecolor=NOT_YET_COLOUR, label=f"not yet an ally (joined "
                                                             f"{member_from})"))
    allies_drawn = 0
    for name, rows in history.groupby("ally", sort=False):
        rows = rows.sort_values("year").dropna(subset=["value"])
        colour = MEDIAN_COLOUR if name == "alliance median" else SERIES_COLOURS[
            allies_drawn % len(SERIES_COLOURS)]
        allies_drawn += name != "alliance median"
        series_line(ax, rows["year"].to_numpy(int), rows["value"].to_numpy(float),
                    flags(rows["estimate"]), colour=colour)
        last = rows.iloc[-1]
        span = target.target_year - int(last["year"])
        step = (target.value - float(last["value"])) / span
        ax.plot([int(last["year"]), target.target_year], [float(last["value"]), target.value],
                color=colour, linewidth=1.8, linestyle=(0, (1, 1.5)), gid="path")
        handles.append(Line2D([], [], color=colour, marker="o", label=(
            f"{name}: {float(last['value']):.2f}% in "
            f"{year_label(int(last['year']), bool(last['estimate']))}, "
            f"{step:+.2f} pp a year to {target.target_year}")))
    for style_index, line in enumerate(guidelines):
        horizontal_guideline(ax, line.value, line.label, style_index)
        handles.append(guideline_handle(line.label, style_index))
    handles.append(Line2D([], [], color="#555555", linewidth=1.8, linestyle=(0, (1, 1.5)),
                          label=f"straight path to {target.label} by {target.target_year}"))
    if flags(history["estimate"]).any():
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="--", label=ESTIMATE_NOTE))
    years = sorted({*history["year"].astype(int), target.target_year})
    ticks = [y for y in years if (target.target_year - y) % 3 == 0]
    ax.set_xticks(ticks, [str(y) for y in ticks])
    ax.set_xlim(first_year - 0.5, target.target_year + 0.5)
    ax.set_ylim(0, max(float(history["value"].max()), target.value) * 1.12)
    ax.grid(axis="x", visible=False)
    ax.set_ylabel("% of GDP")
    legend_below(ax, handles, gap_pt=22)
    return finish(fig, title=title or f"The straight path to {target.label} by "
                                      f"{target.target_year}", source=source,
                  data=history, data_unit="% of GDP")
