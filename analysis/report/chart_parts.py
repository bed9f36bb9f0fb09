"""Drawing helpers the chart families share: bars and lines that mark estimates, value labels,
year axes and guideline lines. Each chart module builds on these and on :mod:`.style`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import blended_transform_factory, offset_copy

from analysis.report.style import (
    AGGREGATE_COLOUR,
    BASE_COLOUR,
    ESTIMATE_HATCH,
    GUIDELINE_COLOUR,
    GUIDELINE_DASHES,
    HIGHLIGHT_COLOUR,
    NOT_YET_COLOUR,
    SMALL_FONT_PT,
    lighten,
    year_label,
)


def require_columns(data: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise ValueError(f"{what}: data lacks column(s) {', '.join(missing)}")
    if data.empty:
        raise ValueError(f"{what}: no rows to chart")


def flags(series: pd.Series) -> np.ndarray:
    return series.fillna(False).astype(bool).to_numpy()


def aggregate_mask(data: pd.DataFrame) -> np.ndarray:
    if "is_aggregate" in data.columns:
        return flags(data["is_aggregate"])
    return np.zeros(len(data), dtype=bool)


def bar_colours(names: Sequence[str], aggregates: np.ndarray,
                 highlight: Iterable[str]) -> list[str]:
    wanted = set(highlight)
    colours = []
    for name, is_aggregate in zip(names, aggregates, strict=True):
        if is_aggregate:
            colours.append(AGGREGATE_COLOUR)
        elif name in wanted:
            colours.append(HIGHLIGHT_COLOUR)
        else:
            colours.append(BASE_COLOUR)
    return colours


def draw_bars(ax: Axes, positions: Sequence[float], values: Sequence[float],
               colours: Sequence[str], estimates: np.ndarray, *, horizontal: bool,
               width: float = 0.72) -> list[Any]:
    """Bars whose estimated values are lighter and hatched; returns the bar patches."""
    faces = [lighten(c) if e else c for c, e in zip(colours, estimates, strict=True)]
    draw = ax.barh if horizontal else ax.bar
    bars = draw(positions, values, width, color=faces, edgecolor=colours, linewidth=0.8)
    for bar, is_estimate in zip(bars, estimates, strict=True):
        if is_estimate:
            bar.set_hatch(ESTIMATE_HATCH)
        bar.set_gid("bar-estimate" if is_estimate else "bar")
    return list(bars)


def value_labels(ax: Axes, bars: Sequence[Any], labels: Sequence[str], *,
                  horizontal: bool) -> None:
    for bar, text in zip(bars, labels, strict=True):
        if horizontal:
            x = bar.get_x() + bar.get_width()
            inside_left = bar.get_width() < 0
            # A white backing keeps guideline lines from striking through the numbers.
            ax.annotate(text, (x, bar.get_y() + bar.get_height() / 2),
                        xytext=(-3 if inside_left else 3, 0), textcoords="offset points",
                        ha="right" if inside_left else "left", va="center",
                        fontsize=SMALL_FONT_PT, zorder=5, gid="value-label",
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.3,
                              "alpha": 0.85})
        else:
            ax.annotate(text, (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
                        fontsize=SMALL_FONT_PT)


def labels_clear_of_lines(ax: Axes, gap_px: float = 3.0) -> int:
    """Move each value label at a bar's end that a vertical reference line (a guideline, the
    median) runs through to just right of that line, so no number is struck through.

    Call it once the figure is laid out (after :func:`.style.finish`): positions are measured
    on the drawn figure. Returns how many labels moved.
    """
    renderer = ax.figure.canvas.get_renderer()
    lines = sorted(
        float(line.get_xdata()[0]) for line in ax.get_lines()
        if line.get_gid() in ("guideline", "reference")
        and line.get_xdata()[0] == line.get_xdata()[-1])
    moved = 0
    for text in ax.texts:
        if text.get_gid() != "value-label" or text.get_horizontalalignment() != "left":
            continue
        for value in lines:
            box = text.get_window_extent(renderer)
            x = ax.transData.transform((value, 0))[0]
            if box.x0 - gap_px <= x <= box.x1 + gap_px:
                # The annotation keeps its offset of 3 points from its anchor; anchor it on the
                # line instead of the bar's end.
                text.xy = (value, text.xy[1])
                moved += 1
    return moved


def number_text(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def series_line(ax: Axes, years: np.ndarray, values: np.ndarray, estimates: np.ndarray, *,
                 colour: Any, linewidth: float = 1.8, marker: str | None = "o",
                 label: str | None = None, zorder: float = 3, markersize: float = 4.5) -> None:
    """One series: solid with filled markers where reported, dashed with open ones where estimated.

    The dashed part starts at the last reported point so the line stays continuous.
    """
    order = np.argsort(years)
    years, values, estimates = years[order], values[order], estimates[order]
    reported = ~estimates
    if reported.any():
        ax.plot(years[reported], values[reported], color=colour, linewidth=linewidth,
                marker=marker, markersize=markersize, label=label, zorder=zorder, gid="reported")
    if estimates.any():
        first_estimate = int(np.argmax(estimates))
        start = max(first_estimate - 1, 0)
        ax.plot(years[start:], values[start:], color=colour, linewidth=linewidth,
                linestyle="--", zorder=zorder, gid="estimate-segment",
                label=None if reported.any() else label)
        if marker:
            ax.plot(years[estimates], values[estimates], linestyle="none", marker=marker,
                    markersize=markersize, markerfacecolor="white", markeredgecolor=colour,
                    zorder=zorder + 0.1, gid="estimate-marker")


def year_axis(ax: Axes, years: Iterable[int], estimated_years: Iterable[int]) -> None:
    years = sorted({int(y) for y in years})
    estimated = {int(y) for y in estimated_years}
    # Every year up to 8, else every other one, always ending on the last (often an estimate).
    step = 1 if len(years) <= 8 else 2
    shown = years[::-1][::step][::-1]
    ax.set_xticks(shown, [year_label(y, y in estimated) for y in shown])
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.grid(axis="x", visible=False)


def estimate_years(data: pd.DataFrame) -> set[int]:
    return {int(y) for y in data.loc[flags(data["estimate"]), "year"]}


def vertical_guideline(ax: Axes, value: float, label: str, style: int = 0) -> None:
    ax.axvline(value, color=GUIDELINE_COLOUR, linewidth=1.3,
               linestyle=GUIDELINE_DASHES[style % len(GUIDELINE_DASHES)],
               zorder=4, gid="guideline", label=label)


def horizontal_guideline(ax: Axes, value: float, label: str, style: int = 0) -> None:
    ax.axhline(value, color=GUIDELINE_COLOUR, linewidth=1.3,
               linestyle=GUIDELINE_DASHES[style % len(GUIDELINE_DASHES)],
               zorder=4, gid="guideline", label=label)


def guideline_handle(label: str, style: int = 0) -> Line2D:
    """The legend entry of a guideline line drawn with ``style``."""
    return Line2D([], [], color=GUIDELINE_COLOUR, linewidth=1.3,
                  linestyle=GUIDELINE_DASHES[style % len(GUIDELINE_DASHES)], label=label)


def guideline_list(guideline: float | None, label: str | None,
                   more: Sequence[tuple[float, str]] = ()) -> list[tuple[float, str]]:
    """One guideline (value, label) and any more, as the list the chart forms draw."""
    first = [] if guideline is None else [(guideline, label or f"guideline {guideline:g}")]
    return [*first, *more]


def legend_below(ax: Axes, handles: Sequence[Any], *, gap_pt: float, ncol: int = 1) -> None:
    """The key under the axes, ``gap_pt`` below them (clear of tick and axis labels), from the
    figure's left edge so long entries are not cut."""
    fig = ax.figure
    below = blended_transform_factory(
        fig.transFigure, offset_copy(ax.transAxes, fig=fig, y=-gap_pt, units="points"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.01, 0.0),
              bbox_transform=below, ncol=ncol, frameon=False, borderaxespad=0,
              labelspacing=0.3)


def not_yet_an_ally(ax: Axes, first_year: int, member_from: int | None) -> bool:
    """Shade the years before ``member_from`` (the year a country joined); True if any."""
    if member_from is None or member_from <= first_year:
        return False
    ax.axvspan(first_year - 0.5, member_from - 0.5, color=NOT_YET_COLOUR, zorder=0,
               linewidth=0, gid="not-yet-an-ally")
    return True


def guideline_values(fig: Figure) -> list[float]:
    """Positions of every guideline drawn on ``fig`` (x for vertical, y for horizontal ones)."""
    found = []
    for ax in fig.axes:
        for line in ax.get_lines():
            if line.get_gid() == "guideline":
                xs, ys = line.get_xdata(), line.get_ydata()
                vertical = xs[0] == xs[-1] and ys[0] != ys[-1]
                found.append(float(xs[0] if vertical else ys[0]))
    return found


def bar_chart_height(n: int) -> float:
    # About 0.136 inch (9.8 pt) per bar keeps 9.5 pt tick labels apart, and 33 bars (31 allies
    # and two aggregates) fit an A4 page under the report's opening sections.
    return max(3.2, 1.1 + 0.136 * n)

