"""Charts of the ``compare`` report that no other report draws: the split of spending by
category (NATO's Table 8a/8b), one stacked bar per ally."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from analysis.report.chart_data import long_form
from analysis.report.chart_parts import flags, legend_below, require_columns
from analysis.report.style import (
    OKABE_ITO,
    SMALL_FONT_PT,
    finish,
    in_house_style,
    new_figure,
    year_label,
)

CATEGORIES: tuple[tuple[str, str, str], ...] = (
    ("equipment_share_pct", "equipment (incl. R&D)", OKABE_ITO["blue"]),
    ("personnel_share_pct", "personnel", OKABE_ITO["orange"]),
    ("infrastructure_share_pct", "infrastructure", OKABE_ITO["bluish_green"]),
    ("other_share_pct", "other", "#9A9A9A"),
)


@in_house_style
def spending_by_category(data: pd.DataFrame, *, source: str,
                         order: Sequence[str] | None = None) -> Figure:
    """Each ally's defence spending split into equipment, personnel, infrastructure and other,
    as % of its spending, in its last published year (labelled beside its name).

    ``data``: ``ally``, ``year``, ``estimate`` and the four ``*_share_pct`` columns.
    """
    columns = [c for c, _, _ in CATEGORIES]
    require_columns(data, ["ally", "year", "estimate", *columns], "spending by category")
    rows = data.set_index("ally").loc[[a for a in (order or data["ally"]) if a in
                                       set(data["ally"])]].reset_index()
    rows = rows.iloc[::-1]  # barh draws upwards: the first ally on top
    fig, ax = new_figure(1.6 + 0.36 * len(rows))
    positions = np.arange(len(rows))
    left = np.zeros(len(rows))
    for column, label, colour in CATEGORIES:
        values = rows[column].to_numpy(float)
        bars = ax.barh(positions, values, 0.7, left=left, color=colour, label=label, gid="bar")
        for bar, value in zip(bars, values, strict=True):
            if value >= 7:  # a label fits inside the segment
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2,
                        f"{value:.0f}", ha="center", va="center", fontsize=SMALL_FONT_PT,
                        color="white" if colour != OKABE_ITO["orange"] else "black")
        left += values
    estimates = flags(rows["estimate"])
    ax.set_yticks(positions, [f"{a} ({year_label(int(y), e)})" for a, y, e in
                              zip(rows["ally"], rows["year"], estimates, strict=True)])
    ax.set_xlim(0, 100)
    ax.set_ylim(-0.6, len(rows) - 0.4)
    ax.grid(axis="y", visible=False)
    ax.set_xlabel("% of defence expenditure (categories may not add to exactly 100: rounding)")
    legend_below(ax, [Patch(facecolor=c, label=label) for _, label, c in CATEGORIES],
                  gap_pt=30, ncol=4)
    table = long_form(rows.iloc[::-1], {c: "% of defence expenditure" for c in columns},
                      keys=[k for k in ("ally", "year", "estimate", "vintage") if k in rows])
    return finish(fig, title="Defence spending by category", source=source, data=table)
