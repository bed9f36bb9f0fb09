"""Charts about one ally: its profile panels and how its values moved between NATO releases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter

from analysis.data.load import release_sort_key
from analysis.report.chart_parts import (
    draw_bars,
    flags,
    guideline_list,
    horizontal_guideline,
    not_yet_an_ally,
    require_columns,
    series_line,
    year_axis,
)
from analysis.report.style import (
    BASE_COLOUR,
    BASE_FONT_PT,
    ESTIMATE_NOTE,
    MEDIAN_COLOUR,
    NOT_YET_COLOUR,
    SERIES_COLOURS,
    SMALL_FONT_PT,
    estimate_legend_handles,
    finish,
    in_house_style,
    new_figure,
    year_label,
)


@dataclass(frozen=True)
class ProfileSeries:
    """One panel of an ally profile: the ally's series and optional comparison and guideline."""

    title: str
    unit: str
    data: pd.DataFrame  # year, value, estimate
    comparison: pd.Series | None = None  # year -> value, e.g. the alliance median
    comparison_label: str | None = None
    guideline: float | None = None
    guideline_label: str | None = None
    bars: bool = False
    more_guidelines: tuple[tuple[float, str], ...] = ()  # (value, label), each its own dashes
    # The axis range every ally's profile shares for this indicator (see
    # analysis.report.frames.shared_range); None: from zero to this ally's own highest value.
    value_range: tuple[float, float] | None = None


@in_house_style
def ally_profile_panels(ally: str, panels: Sequence[ProfileSeries], *, source: str,
                        member_from: int | None = None) -> Figure:
    """Up to four small panels about one ally (2 x 2), sharing one title and source line.

    ``member_from`` (the year the ally joined) shades the years before it in every panel.
    """
    if not panels:
        raise ValueError("ally profile: no panels to draw")
    if len(panels) > 4:
        raise ValueError(f"ally profile: at most 4 panels fit an A4 half page, got {len(panels)}")
    nrows = (len(panels) + 1) // 2
    fig, axes = new_figure(2.05 * nrows + 0.8, nrows=nrows, ncols=2, squeeze=False)
    flat = list(axes.ravel())
    any_estimate = False
    shaded = False
    for ax, panel in zip(flat, panels, strict=False):
        rows = panel.data.sort_values("year")
        years = rows["year"].to_numpy(int)
        values = rows["value"].to_numpy(float)
        est = flags(rows["estimate"])
        any_estimate |= bool(est.any())
        if panel.bars:
            draw_bars(ax, years, values, [BASE_COLOUR] * len(years), est, horizontal=False)
        else:
            series_line(ax, years, values, est, colour=BASE_COLOUR)
        if panel.comparison is not None:
            comp = panel.comparison.sort_index()
            ax.plot(comp.index.to_numpy(int), comp.to_numpy(float), color=MEDIAN_COLOUR,
                    linewidth=1.6, linestyle=":", gid="comparison",
                    label=panel.comparison_label or "comparison")
        lines = guideline_list(panel.guideline, panel.guideline_label, panel.more_guidelines)
        for style_index, (level, label) in enumerate(lines):
            horizontal_guideline(ax, level, label, style_index)
        year_axis(ax, years, years[est])
        shaded |= not_yet_an_ally(ax, int(years.min()), member_from)
        if len(years) > 6:
            ticks = [t for t in ax.get_xticks()]
            keep = ticks[:: max(1, len(ticks) // 4)] if len(ticks) > 6 else ticks
            shown = [int(round(t)) for t in keep]
            if years[-1] not in shown:
                shown.append(int(years[-1]))
            estimated = set(years[est].tolist())
            ax.set_xticks(shown, [year_label(y, y in estimated) for y in shown])
        ax.set_title(panel.title, loc="left", fontsize=BASE_FONT_PT + 0.5, fontweight="bold")
        ax.set_ylabel(panel.unit)
        _value_axis(ax, panel, values, lines)
    for ax in flat[len(panels):]:
        ax.set_visible(False)
    # The estimate key gets the subtitle row, so a long ally name never runs into it.
    finish(fig, title=f"{ally}: defence effort at a glance", source=source,
           unit="\u00a0" if any_estimate or shaded else None, data=panels_table(ally, panels))
    keys = estimate_legend_handles("line") if any_estimate else []
    if shaded:
        keys.append(Patch(facecolor=NOT_YET_COLOUR, label=f"not yet an ally (joined "
                                                          f"{member_from})"))
    if keys:
        unit_text = next(t for t in fig.texts if t.get_gid() == "chart-unit")
        fig.legend(handles=keys, loc="upper left",
                   bbox_to_anchor=(0.0, unit_text.get_position()[1] + 0.012), ncol=3,
                   frameon=False, borderaxespad=0.2)
    return fig


def _value_axis(ax: Any, panel: ProfileSeries, values: np.ndarray,
                lines: Sequence[tuple[float, str]]) -> None:
    """The panel's value axis: the shared range when given, else from zero (bars and lines
    alike: a change reads at its true size) to above the highest value, guideline or
    comparison; with headroom above for the key, so it covers no line and no marker."""
    comparison = (float(np.nanmax(panel.comparison)) if panel.comparison is not None
                  else -np.inf)
    top = max([float(np.nanmax(values)), comparison, *(level for level, _ in lines)])
    low, high = panel.value_range if panel.value_range is not None else (0.0, top * 1.08)
    low = min(low, 0.0, float(np.nanmin(values)))
    high = max(high, top * 1.04)  # never clip a marker, whatever range was asked for
    if np.nanmax(values) >= 1000:
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    if panel.comparison is None and not lines:
        ax.set_ylim(low, high)
        return
    # One key row for two short entries, else one row per entry.
    entries = len(lines) + (panel.comparison is not None)
    rows = 1 if entries <= 2 and all(len(label) < 20 for _, label in lines) else entries
    ax.set_ylim(low, high + (high - low) * 0.17 * (rows + 0.8))
    ax.legend(loc="upper left", frameon=False, fontsize=SMALL_FONT_PT,
              ncol=2 if rows == 1 else 1, columnspacing=1.0, handlelength=1.6,
              borderaxespad=0.1, labelspacing=0.2)


def panels_table(ally: str, panels: Sequence[ProfileSeries]) -> pd.DataFrame:
    """The numbers of every panel: ally (or the comparison's name), panel, year, value, unit."""
    parts = []
    for panel in panels:
        parts.append(panel.data.assign(ally=ally, panel=panel.title, unit=panel.unit))
        if panel.comparison is not None:
            parts.append(pd.DataFrame({
                "ally": panel.comparison_label or "comparison", "panel": panel.title,
                "year": panel.comparison.index.astype(int),
                "value": panel.comparison.to_numpy(float), "unit": panel.unit}))
    rows = pd.concat(parts, ignore_index=True)
    first = ["panel", "ally", "year", "value"]
    return rows[first + [c for c in rows.columns if c not in first]]


@in_house_style
def release_movements(data: pd.DataFrame, *, ally: str, source: str,
                      unit: str = "% of GDP", what: str = "share of GDP") -> Figure:
    """How one ally's value for each year moved between NATO releases.

    ``data``: ``year``, ``vintage`` (release), ``value``, ``estimate``. Years are categories
    side by side; within a year each release has its own marker, labelled with its value, so a
    revision shows as markers at different heights for the same year.
    """
    require_columns(data, ["year", "vintage", "value", "estimate"], "release movements")
    vintages = sorted(data["vintage"].astype(str).unique(), key=release_sort_key)
    # Value labels help with a few points; beyond that they collide and the table has them.
    label_points = len(data) <= 12
    years = sorted(data["year"].astype(int).unique())
    fig, ax = new_figure(2.9)
    slot = 0.8 / max(len(vintages), 1)
    markers = ["o", "s", "D", "^", "v", "P", "X"]
    handles: list[Any] = []
    any_estimate = False
    for i, vintage in enumerate(vintages):
        rows = data[data["vintage"].astype(str) == vintage]
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        marker = markers[i % len(markers)]
        offset = (i - (len(vintages) - 1) / 2) * slot
        for _, row in rows.iterrows():
            xpos = years.index(int(row["year"])) + offset
            estimated = bool(row["estimate"]) if pd.notna(row["estimate"]) else False
            any_estimate |= estimated
            ax.scatter([xpos], [float(row["value"])], marker=marker, s=44, zorder=3,
                       facecolor="white" if estimated else colour, edgecolor=colour,
                       linewidths=1.4, gid="point-estimate" if estimated else "point")
            if label_points:
                ax.annotate(f"{float(row['value']):.2f}", (xpos, float(row["value"])),
                            xytext=(0, 6), textcoords="offset points", ha="center",
                            fontsize=SMALL_FONT_PT, color=colour)
        handles.append(Line2D([], [], marker=marker, color=colour, linestyle="none",
                              markersize=7, label=vintage))
    if any_estimate:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="none", markersize=7, label=ESTIMATE_NOTE))
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    ax.set_xlim(-0.6, len(years) - 0.4)
    ax.grid(axis="x", visible=False)
    low, high = float(data["value"].min()), float(data["value"].max())
    pad = (high - low) * 0.15 + 0.1
    ax.set_ylim(low - pad, high + pad * 1.6)
    ax.set_ylabel(unit)
    ax.set_xlabel("year the value refers to")
    ax.legend(handles=handles, title="NATO release", title_fontsize=SMALL_FONT_PT + 0.5,
              loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, borderaxespad=0,
              labelspacing=0.3)
    return finish(fig, title=f"{ally}: {what} as published in successive NATO releases",
                  source=source, data=data.assign(ally=ally), data_unit=unit)
