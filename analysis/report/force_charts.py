"""Charts of forces: military personnel ranked and over time, and large exercises compared."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from analysis.report.chart_parts import (
    flags,
    require_columns,
    value_labels,
)
from analysis.report.generic_charts import ranked_bars, trend_lines
from analysis.report.style import (
    BASE_FONT_PT,
    SERIES_COLOURS,
    SMALL_FONT_PT,
    finish,
    in_house_style,
    new_figure,
    qualified_number,
    span_label,
    year_label,
)


@in_house_style
def personnel_ranked(data: pd.DataFrame, *, year: int, source: str,
                     highlight: Iterable[str] = (), log_scale: bool = True) -> Figure:
    """Military personnel per ally in ``year``, ranked (thousands)."""
    estimated = bool(flags(data["estimate"]).any())
    unit = "thousand military personnel" + (" (log scale)" if log_scale else "")
    return ranked_bars(data, title=f"Military personnel, {year_label(year, estimated)}",
                       unit=unit, source=source, highlight=highlight, decimals=1,
                       log_scale=log_scale)


@in_house_style
def personnel_trend(data: pd.DataFrame, *, source: str, highlight: Iterable[str] = (),
                    log_scale: bool = True) -> Figure:
    """Military personnel per ally over the years (thousands), highlighted allies in colour."""
    years = data["year"].astype(int)
    unit = "thousands" + (" (log scale)" if log_scale else "")
    return trend_lines(data, title=f"Military personnel, {span_label(years.min(), years.max())}",
                       unit=unit, source=source, highlight=highlight, log_scale=log_scale)


# ---------------------------------------------------------------------------------------------
# Exercises
# ---------------------------------------------------------------------------------------------

EXERCISE_MEASURES: tuple[tuple[str, str], ...] = (
    ("personnel", "troops / personnel"),
    ("ships", "ships"),
    ("aircraft", "aircraft"),
    ("vehicles", "vehicles"),
)


@in_house_style
def exercises_compared(data: pd.DataFrame, *, source: str,
                       measures: Sequence[tuple[str, str]] = EXERCISE_MEASURES) -> Figure:
    """Large exercises side by side, one panel per measure (troops, ships, aircraft, vehicles).

    ``data``: ``exercise``, ``measure``, ``value``, optional ``qualifier`` ("more than",
    "up to", "approx."), which is written after the value so a floor is not read as a count.
    Measures without data are left out; exercises are ordered by year when a ``year`` column
    exists.
    """
    require_columns(data, ["exercise", "measure", "value"], "exercises compared")
    present = [(m, label) for m, label in measures if (data["measure"] == m).any()]
    order_cols = ["year", "exercise"] if "year" in data.columns else ["exercise"]
    # barh draws upwards: the oldest exercise first puts the latest at the top.
    exercises = (data.sort_values(order_cols, ascending=True)["exercise"]
                 .drop_duplicates().tolist())
    n = len(present)
    fig, axes = new_figure(max(2.6, 0.95 + len(exercises) * 0.34 * ((n + 1) // 2) + 1.0),
                           nrows=(n + 1) // 2, ncols=2 if n > 1 else 1, squeeze=False)
    flat = list(axes.ravel())
    for ax, (measure, label) in zip(flat, present, strict=False):
        rows = data[data["measure"] == measure].set_index("exercise")
        values = [float(rows.loc[e, "value"]) if e in rows.index else np.nan for e in exercises]
        colours = [SERIES_COLOURS[i % len(SERIES_COLOURS)] for i in range(len(exercises))]
        positions = np.arange(len(exercises))
        known = ~np.isnan(values)
        bars = ax.barh(positions[known], np.asarray(values)[known], 0.66,
                       color=[c for c, k in zip(colours, known, strict=True) if k])
        texts = []
        for e, v in zip(exercises, values, strict=True):
            if np.isnan(v):
                continue
            qualifier = str(rows.loc[e, "qualifier"]) if "qualifier" in rows.columns else ""
            texts.append(qualified_number(v, qualifier))
        value_labels(ax, list(bars), texts, horizontal=True)
        for pos, k in zip(positions, known, strict=True):
            if not k:
                ax.text(0, pos, " not reported", va="center", fontsize=SMALL_FONT_PT,
                        color="#777777", fontstyle="italic")
        ax.set_yticks(positions, exercises)
        ax.set_ylim(-0.6, len(exercises) - 0.4)
        ax.set_title(label, loc="left", fontsize=BASE_FONT_PT + 0.5, fontweight="bold")
        ax.grid(axis="y", visible=False)
        vmax = np.nanmax(values) if known.any() else 1
        ax.set_xlim(0, vmax * 1.45)
        ax.xaxis.set_major_locator(MaxNLocator(3))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
        if ax not in flat[:: 2 if n > 1 else 1]:
            ax.set_yticklabels([])
    for ax in flat[n:]:
        ax.set_visible(False)
    return finish(fig, title="Large NATO exercises compared", source=source,
                  unit="headline figures as announced; 'more than' and 'up to' kept as stated",
                  data=data, data_unit="as announced")
