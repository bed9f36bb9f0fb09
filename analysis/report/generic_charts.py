"""Chart forms that several reports fill with their own indicator: ranked bars of one value
per ally, trend lines over the years with highlighted allies, and a few named series."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from analysis.report.chart_data import with_series
from analysis.report.chart_parts import (
    aggregate_mask,
    bar_chart_height,
    bar_colours,
    draw_bars,
    estimate_years,
    flags,
    guideline_handle,
    guideline_list,
    horizontal_guideline,
    labels_clear_of_lines,
    legend_below,
    number_text,
    require_columns,
    series_line,
    value_labels,
    vertical_guideline,
    year_axis,
)
from analysis.report.style import (
    AGGREGATE_COLOUR,
    BASE_COLOUR,
    ESTIMATE_NOTE,
    MEDIAN_COLOUR,
    SERIES_COLOURS,
    SMALL_FONT_PT,
    estimate_legend_handles,
    finish,
    in_house_style,
    new_figure,
)


@in_house_style
def ranked_bars(data: pd.DataFrame, *, title: str, unit: str, source: str,
                guideline: float | None = None, guideline_label: str | None = None,
                highlight: Iterable[str] = (), decimals: int = 2,
                reference: tuple[str, float] | None = None, log_scale: bool = False,
                more_guidelines: Sequence[tuple[float, str]] = ()) -> Figure:
    """Horizontal bars of one value per ally, largest at the top, each labelled with its value.

    ``data`` has one row per ally: ``ally``, ``value``, ``estimate`` (and ``is_aggregate``).
    ``reference`` is an optional (label, value) drawn as a dotted line, e.g. the alliance median.
    ``more_guidelines``: further (value, label) lines after ``guideline``, each its own dashes.
    """
    require_columns(data, ["ally", "value", "estimate"], "ranked bars")
    ranked = data.dropna(subset=["value"]).sort_values("value", ascending=True)
    names = ranked["ally"].astype(str).tolist()
    aggregates = aggregate_mask(ranked)
    estimates = flags(ranked["estimate"])
    fig, ax = new_figure(bar_chart_height(len(names)))
    colours = bar_colours(names, aggregates, highlight)
    bars = draw_bars(ax, np.arange(len(names)), ranked["value"].to_numpy(float), colours,
                     estimates, horizontal=True)
    value_labels(ax, bars, [number_text(v, decimals) for v in ranked["value"]], horizontal=True)
    ax.set_yticks(np.arange(len(names)), names)
    for tick, is_aggregate, name in zip(ax.get_yticklabels(), aggregates, names, strict=True):
        if is_aggregate or name in set(highlight):
            tick.set_fontweight("bold")
    ax.set_ylim(-0.6, len(names) - 0.4)
    ax.grid(axis="y", visible=False)
    if log_scale:
        ax.set_xscale("log")
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_xlabel(unit)
    handles = (estimate_legend_handles("bar", reported=bool((~estimates).any()))
               if estimates.any() else [])
    lines = guideline_list(guideline, guideline_label, more_guidelines)
    for style_index, (value, label) in enumerate(lines):
        vertical_guideline(ax, value, label, style_index)
        handles.append(guideline_handle(label, style_index))
    if reference is not None:
        ref_label, ref_value = reference
        ax.axvline(ref_value, color=MEDIAN_COLOUR, linewidth=1.3, linestyle=":", zorder=4,
                   gid="reference")
        handles.append(Line2D([], [], color=MEDIAN_COLOUR, linestyle=":", label=ref_label))
    if aggregates.any():
        handles.append(Patch(facecolor=AGGREGATE_COLOUR, label="NATO aggregate"))
    # Leave room right of the longest bar for its value label.
    if not log_scale:
        right = max([float(ranked["value"].max()), *(value for value, _ in lines)])
        ax.set_xlim(min(0.0, float(ranked["value"].min()) * 1.1), right * 1.12)
    if handles and len(names) >= 12:
        # The bottom bars are the shortest: the key goes inside, lower right, unless it would
        # cover a value label; then below the axis label, in room the figure grows by.
        key = ax.legend(handles=handles, loc="lower right", frameon=True, framealpha=0.95)
        renderer = fig.canvas.get_renderer()
        fig.tight_layout()
        box = key.get_window_extent(renderer)
        if any(box.overlaps(text.get_window_extent(renderer)) for text in ax.texts):
            key.remove()
            # Below, the aggregates' grey bars and bold names speak for themselves.
            handles = [h for h in handles if h.get_label() != "NATO aggregate"]
            fig.set_figheight(fig.get_figheight() + 0.22 * ((len(handles) + 1) // 2) + 0.1)
            legend_below(ax, handles, gap_pt=30, ncol=2)
    elif handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0),
                  frameon=False, borderaxespad=0)
    finish(fig, title=title, unit=None, source=source, data=data, data_unit=unit)
    labels_clear_of_lines(ax)
    return fig


# ---------------------------------------------------------------------------------------------
# Trends
# ---------------------------------------------------------------------------------------------


SERIES_MARKERS = ("o", "s", "^")


@in_house_style
def trend_lines(data: pd.DataFrame, *, title: str, unit: str, source: str,
                highlight: Iterable[str] = (), guideline: float | None = None,
                guideline_label: str | None = None, median: pd.Series | None = None,
                height_in: float = 4.6, log_scale: bool = False,
                more_guidelines: Sequence[tuple[float, str]] = (),
                median_label: str = "alliance median") -> Figure:
    """One line per ally over the years: context in light grey, ``highlight`` in colour.

    ``data``: ``ally``, ``year``, ``value``, ``estimate``. ``median`` (year -> value) is drawn as
    a thick green line. Highlighted lines are labelled at their right end.
    """
    require_columns(data, ["ally", "year", "value", "estimate"], "trend lines")
    highlight = [h for h in highlight if h in set(data["ally"])]
    fig, ax = new_figure(height_in)
    for ally, rows in data.groupby("ally", sort=True):
        if ally in highlight:
            continue
        ax.plot(rows["year"].to_numpy(int), rows["value"].to_numpy(float), color="#C8C8C8",
                linewidth=0.9, zorder=1, gid="context")
    handles: list[Any] = []
    if len(data["ally"].unique()) > len(highlight):
        handles.append(Line2D([], [], color="#C8C8C8", linewidth=0.9, label="other allies"))
    if median is not None:
        ax.plot(median.index.to_numpy(int), median.to_numpy(float), color=MEDIAN_COLOUR,
                linewidth=2.4, zorder=2, gid="median")
        handles.append(Line2D([], [], color=MEDIAN_COLOUR, linewidth=2.4,
                              label=median_label))
    for i, ally in enumerate(highlight):
        rows = data[data["ally"] == ally]
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        # Beyond the palette, colours repeat with another marker (seven Nordic-Baltic allies).
        marker = SERIES_MARKERS[i // len(SERIES_COLOURS) % len(SERIES_MARKERS)]
        series_line(ax, rows["year"].to_numpy(int), rows["value"].to_numpy(float),
                    flags(rows["estimate"]), colour=colour, label=ally, marker=marker)
        handles.append(Line2D([], [], color=colour, marker=marker, label=ally))
    for style_index, (value, label) in enumerate(
            guideline_list(guideline, guideline_label, more_guidelines)):
        horizontal_guideline(ax, value, label, style_index)
        handles.append(guideline_handle(label, style_index))
    est = estimate_years(data)
    if est:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="--", label=ESTIMATE_NOTE))
    year_axis(ax, data["year"], est)
    if log_scale:
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_ylabel(unit)
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              borderaxespad=0)
    ends = [(ally, data[data["ally"] == ally], SERIES_COLOURS[i % len(SERIES_COLOURS)])
            for i, ally in enumerate(highlight)]
    if median is not None:
        median_rows = pd.DataFrame({"year": median.index, "value": median.to_numpy(float)})
        ends.append(("median", median_rows, MEDIAN_COLOUR))
    finish(fig, title=title, source=source, data=with_series(data, median, median_label),
           data_unit=unit)
    label_line_ends(ax, ends)  # after the layout: the names are measured on the drawn axes
    return fig


def label_line_ends(ax: Any, ends: Sequence[tuple[str, pd.DataFrame, str]]) -> None:
    """Write each named line's name at its right end, in its colour, spread apart vertically so
    two names never overlap; the x axis grows to the right to hold them.

    ``ends``: (name, rows with ``year`` and ``value``, colour) per line.
    """
    points = []
    for name, rows, colour in ends:
        rows = rows.dropna(subset=["value"]).sort_values("year")
        if not rows.empty:
            points.append([float(rows["value"].iloc[-1]), int(rows["year"].iloc[-1]), name,
                           colour])
    if not points:
        return
    # Spread on the drawn axes (pixels), so a log axis spreads the names as evenly as a linear
    # one: one line of text apart at least.
    gap_px = SMALL_FONT_PT * 1.2 * ax.figure.dpi / 72
    points.sort(key=lambda p: p[0])
    heights: list[float] = []
    for point in points:
        y_px = ax.transData.transform((point[1], point[0]))[1]
        heights.append(y_px if not heights else max(y_px, heights[-1] + gap_px))
    placed = [float(ax.transData.inverted().transform((0, h))[1]) for h in heights]
    last_year = max(p[1] for p in points)
    names = [ax.annotate(name, (year, value), xytext=(last_year + 0.25, y), textcoords="data",
                         va="center", ha="left", fontsize=SMALL_FONT_PT, color=colour,
                         fontweight="bold", gid="line-end-label")
             for (value, year, name, colour), y in zip(points, placed, strict=True)]
    # Grow the x axis until the widest name fits inside it (twice: growing rescales the axis).
    renderer = ax.figure.canvas.get_renderer()
    for _ in range(3):
        right_px = max(t.get_window_extent(renderer).x1 for t in names) + 4
        right = ax.transData.inverted().transform((right_px, 0))[0]
        left, current = ax.get_xlim()
        if right <= current:
            break
        ax.set_xlim(left, right)


@in_house_style
def ally_series(data: pd.DataFrame, *, title: str, unit: str, source: str,
                series_label: str | None = None, colour: str = BASE_COLOUR,
                height_in: float = 3.4) -> Figure:
    """A few named series over the years (``ally`` column names the series), e.g. aggregates."""
    require_columns(data, ["ally", "year", "value", "estimate"], "series")
    fig, ax = new_figure(height_in)
    handles: list[Any] = []
    for i, (name, rows) in enumerate(data.groupby("ally", sort=False)):
        col = SERIES_COLOURS[i % len(SERIES_COLOURS)] if series_label is None else colour
        series_line(ax, rows["year"].to_numpy(int), rows["value"].to_numpy(float),
                    flags(rows["estimate"]), colour=col, label=str(name))
        handles.append(Line2D([], [], color=col, marker="o", label=series_label or str(name)))
    est = estimate_years(data)
    if est:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="--", label=ESTIMATE_NOTE))
    year_axis(ax, data["year"], est)
    ax.set_ylabel(unit)
    ax.legend(handles=handles, loc="best", frameon=False)
    return finish(fig, title=title, source=source, data=data, data_unit=unit)


