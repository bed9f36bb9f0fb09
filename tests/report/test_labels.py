"""The scatter label solver (analysis.report.labels) on made-up points crowding a guideline."""

from __future__ import annotations

import itertools

import matplotlib.text
import numpy as np
import pytest

from analysis.report import chart_parts, labels, style


def crowded_scatter(n: int, seed: int):
    """``n`` points packed around a vertical and a horizontal guideline, labelled A01, A02..."""
    rng = np.random.default_rng(seed)
    x = 2.0 + rng.normal(0, 0.15, n)
    y = 30 + rng.normal(0, 6, n)
    fig, ax = style.new_figure(5.0)
    ax.scatter(x, y, s=34)
    chart_parts.vertical_guideline(ax, 2.0, "2%")
    chart_parts.horizontal_guideline(ax, 30.0, "30%")
    ax.set_xlim(1.3, 2.7)
    ax.set_ylim(10, 50)
    names = [f"A{i:02d}" for i in range(n)]
    labels.place_point_labels(ax, x, y, names, ["#000000"] * n)
    fig.canvas.draw()
    return fig, ax


@pytest.mark.parametrize("seed", [1, 2])
def test_labels_keep_off_guidelines_and_each_other(seed):
    fig, ax = crowded_scatter(24, seed)
    renderer = fig.canvas.get_renderer()
    placed = [t for t in ax.texts if t.get_gid() == "point-label"]
    assert len(placed) == 24
    boxes = [matplotlib.text.Text.get_window_extent(t, renderer) for t in placed]
    guide_x = ax.transData.transform((2.0, 0))[0]
    guide_y = ax.transData.transform((0, 30.0))[1]
    on_a_line = [t.get_text() for t, b in zip(placed, boxes, strict=True)
                 if b.x0 < guide_x < b.x1 or b.y0 < guide_y < b.y1]
    assert on_a_line == []
    pairs = itertools.combinations(zip(placed, boxes, strict=True), 2)
    overlapping = [(a.get_text(), b.get_text()) for (a, ba), (b, bb) in pairs if ba.overlaps(bb)]
    assert overlapping == []


def test_the_same_points_get_the_same_layout():
    """Builds are reproducible: the solver's shuffles are seeded."""
    first = [t.get_position() for t in crowded_scatter(20, 3)[1].texts]
    second = [t.get_position() for t in crowded_scatter(20, 3)[1].texts]
    assert first == second


def test_qualified_numbers_keep_floors_and_ceilings():
    assert style.qualified_number(90000, "more than") == ">90,000"
    assert style.qualified_number(500, "up to") == "≤500"
    assert style.qualified_number(30, "approximately") == "~30"
    assert style.qualified_number(1200, "") == "1,200"
