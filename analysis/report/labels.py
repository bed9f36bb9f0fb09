"""Labels for scatter points that stay plainly their own point's: a small placement solver.

Used by the 2%/20% chart, where 32 allies crowd around the 2% line. Each label goes to the
nearest free spot around its marker; a label pushed further out gets a leader line. Labels never
sit on a guideline, overlap another label or marker, or hide a leader line along a guideline.
adjustText 1.4 was tried in its place on the 2024 and 2014 charts: it left labels on a
guideline, on other markers and with crossing leader lines, so this solver stays.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
from matplotlib.axes import Axes
from matplotlib.font_manager import FontProperties

from analysis.report.style import SMALL_FONT_PT

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display points

# A label whose box is at most this far from its marker's centre reads as that marker's own;
# one placed further out gets a leader line.
LABEL_NEAR_PT = 9.0
_MARKER_RADIUS_PT = 4.0  # scatter markers of s=34 with a 1.3 pt edge
# Directions tried at each distance, nearest first: beside, above/below, then the diagonals.
_LABEL_ANGLES_DEG = (0, 180, 90, 270, 30, 150, 330, 210, 60, 120, 300, 240,
                     15, 165, 345, 195, 45, 135, 315, 225, 75, 105, 285, 255)
_LABEL_RADII_PT = (5.0, 7.5, 14.0, 20.0, 27.0, 35.0, 45.0, 56.0, 68.0, 82.0, 100.0)


@dataclass(frozen=True)
class _LabelSpot:
    dx: float
    dy: float
    ha: str
    va: str
    box: Box
    leader: tuple[tuple[float, float], tuple[float, float]] | None


def place_point_labels(ax: Axes, x: np.ndarray, y: np.ndarray, labels: Sequence[str],
                       colours: Sequence[str], fontsize: float = SMALL_FONT_PT) -> None:
    """Label points at the nearest free spot, so that each label is plainly its point's own.

    Works in display points once the layout is final. A label right beside its marker must be
    nearer to it than to any other marker; a label that has to move further out gets a leader
    line, which may not pass by another marker, run along a guideline, cross another label or
    another leader line.
    """
    fig = ax.figure
    to_pt = 72 / fig.dpi
    pts = ax.transData.transform(np.column_stack([x, y])) * to_pt
    font = FontProperties(size=fontsize)
    renderer = fig.canvas.get_renderer()
    # A hair of space between neighbouring labels.
    widths = [renderer.get_text_width_height_descent(label, font, ismath=False)[0] * to_pt + 1.0
              for label in labels]
    fixed: list[Box] = []
    for text in ax.texts:  # quadrant notes and other texts already on the axes
        box = text.get_window_extent(renderer)
        fixed.append((box.x0 * to_pt, box.y0 * to_pt, box.x1 * to_pt, box.y1 * to_pt))
    axes_box = ax.get_window_extent()
    scene = _LabelScene(
        points=[(float(px), float(py)) for px, py in pts], text_height=fontsize * 1.15,
        fixed=fixed, rules=_rule_positions(ax, to_pt),
        limits=(axes_box.x0 * to_pt, axes_box.y0 * to_pt, axes_box.x1 * to_pt,
                axes_box.y1 * to_pt))
    spots = _best_label_layout(scene, widths)
    for i, spot in enumerate(spots):
        arrow = None
        if spot.leader is not None:
            arrow = {"arrowstyle": "-", "color": colours[i], "linewidth": 0.8,
                     "shrinkA": 0.5, "shrinkB": _MARKER_RADIUS_PT}
        # Above the guideline lines, so a leader line crossing one stays visible.
        ax.annotate(labels[i], (x[i], y[i]), xytext=(spot.dx, spot.dy),
                    textcoords="offset points", ha=spot.ha, va=spot.va, fontsize=fontsize,
                    color=colours[i], arrowprops=arrow, gid="point-label", zorder=6)


@dataclass(frozen=True)
class _LabelScene:
    """What labels must keep clear of, in display points."""

    points: list[tuple[float, float]]
    text_height: float
    fixed: list[Box]
    rules: list[tuple[str, float]]
    limits: Box


def _best_label_layout(scene: _LabelScene, widths: Sequence[float],
                       attempts: int = 24) -> list[_LabelSpot]:
    """The best of several greedy placements in different orders.

    The first order labels crowded points first; points left without a free spot go first in
    the next try, and otherwise the order is shuffled (seeded: the same chart every build). The
    layout with fewest points left without a spot wins, then fewest and shortest leader lines.
    """
    pts = np.asarray(scene.points)
    crowd = [int(np.sum(np.hypot(*(pts - p).T) < 30)) for p in pts]
    first = sorted(range(len(widths)), key=lambda k: -crowd[k])
    order = first
    rng = np.random.default_rng(0)
    best: tuple[tuple[int, int, float], list[_LabelSpot]] | None = None
    for _ in range(attempts):
        spots, stuck = _place_labels(scene, widths, order)
        leaders = [s.leader for s in spots if s.leader is not None]
        score = (len(stuck), len(leaders),
                 sum(float(np.hypot(*np.subtract(b, a))) for a, b in leaders))
        if best is None or score < best[0]:
            best = (score, spots)
        if stuck:
            order = stuck + [k for k in order if k not in stuck]
        else:
            order = [int(k) for k in rng.permutation(first)]
    assert best is not None
    return best[1]


def _place_labels(scene: _LabelScene, widths: Sequence[float],
                  order: Sequence[int]) -> tuple[list[_LabelSpot], list[int]]:
    r = _MARKER_RADIUS_PT
    taken: list[Box] = [(px - r, py - r, px + r, py + r) for px, py in scene.points]
    n_markers = len(taken)
    taken += scene.fixed
    leaders: list[tuple[tuple[float, float], tuple[float, float]]] = []
    spots: dict[int, _LabelSpot] = {}
    stuck: list[int] = []
    h = scene.text_height
    for i in order:
        point = scene.points[i]
        others = scene.points[:i] + scene.points[i + 1:]
        spot = None
        for strict in (True, False):
            spot = next((s for s in _label_spots(point, widths[i], h)
                         if not _across_a_rule(s.box, scene.rules)
                         and not _along_a_rule(s.leader, scene.rules)
                         and _spot_is_free(s, point, others, taken, n_markers, leaders,
                                           scene.limits, strict)), None)
            if spot is not None:
                break
        if spot is None:  # nowhere free: accept an overlap rather than drop the label
            stuck.append(i)
            spot = _LabelSpot(5, 0, "left", "center",
                              (point[0] + 5, point[1] - h / 2, point[0] + 5 + widths[i],
                               point[1] + h / 2), None)
        taken.append(spot.box)
        if spot.leader is not None:
            leaders.append(spot.leader)
        spots[i] = spot
    return [spots[i] for i in range(len(widths))], stuck


def _rule_positions(ax: Axes, to_pt: float) -> list[tuple[str, float]]:
    """The guideline lines of ``ax`` in display points: ("v", x) or ("h", y)."""
    rules = []
    for line in ax.get_lines():
        if line.get_gid() != "guideline":
            continue
        xy = line.get_transform().transform(line.get_xydata()) * to_pt
        if np.allclose(xy[:, 0], xy[0, 0]):
            rules.append(("v", float(xy[0, 0])))
        elif np.allclose(xy[:, 1], xy[0, 1]):
            rules.append(("h", float(xy[0, 1])))
    return rules


def _across_a_rule(box: Box, rules: Sequence[tuple[str, float]]) -> bool:
    """Whether a guideline line would strike through a label."""
    for kind, at in rules:
        low, high = (box[0], box[2]) if kind == "v" else (box[1], box[3])
        if low - 1.0 < at < high + 1.0:
            return True
    return False


def _along_a_rule(leader: tuple[tuple[float, float], tuple[float, float]] | None,
                  rules: Sequence[tuple[str, float]]) -> bool:
    """Whether a leader line would hide in a guideline line, running along it."""
    if leader is None:
        return False
    (ax_, ay), (bx, by) = leader
    for kind, at in rules:
        ends = (ax_, bx) if kind == "v" else (ay, by)
        if all(abs(e - at) < 3.0 for e in ends):
            return True
    return False


def _label_spots(point: tuple[float, float], width: float,
                 height: float) -> Iterator[_LabelSpot]:
    """Candidate label boxes around ``point``, nearest first."""
    px, py = point
    for radius in _LABEL_RADII_PT:
        for angle in _LABEL_ANGLES_DEG:
            ux, uy = np.cos(np.radians(angle)), np.sin(np.radians(angle))
            dx, dy = float(ux * radius), float(uy * radius * 0.8)
            ha = "left" if ux > 0.3 else "right" if ux < -0.3 else "center"
            va = "bottom" if uy > 0.3 else "top" if uy < -0.3 else "center"
            x0 = px + dx - {"left": 0.0, "center": width / 2, "right": width}[ha]
            y0 = py + dy - {"bottom": 0.0, "center": height / 2, "top": height}[va]
            box = (x0, y0, x0 + width, y0 + height)
            leader = None
            gap = _box_distance(box, point)
            if gap > LABEL_NEAR_PT:
                # The line starts at the marker's rim: the marker itself may touch a neighbour.
                end = _nearest_on_box(box, point)
                rim = _MARKER_RADIUS_PT / gap
                start = (px + (end[0] - px) * rim, py + (end[1] - py) * rim)
                leader = (start, end)
            yield _LabelSpot(dx, dy, ha, va, box, leader)


def _spot_is_free(spot: _LabelSpot, point: tuple[float, float],
                  others: Sequence[tuple[float, float]], taken: Sequence[Box], n_markers: int,
                  leaders: Sequence[tuple[tuple[float, float], tuple[float, float]]],
                  limits: Box, strict: bool = True) -> bool:
    """Whether ``spot`` is clear of ``taken`` (the first ``n_markers`` boxes are markers).

    ``strict=False`` is for a point among neighbours so close that no leader line can leave it
    without passing one: the line may then start across a neighbouring marker, as long as its
    outer part passes no marker.
    """
    box = spot.box
    if not _inside(box, limits) or any(_overlap(box, t) for t in taken):
        return False
    if any(_segment_hits_box(a, b, box, pad=3.0) for a, b in leaders):
        return False
    if spot.leader is None:
        # Beside its own marker, and clearly nearer to it than to any other.
        own = _box_distance(box, point)
        return all(_box_distance(box, o) > own + 3.0 for o in others)
    a, b = spot.leader
    clearance = _MARKER_RADIUS_PT + 2.0
    # A label out on a leader must not sit beside another marker either.
    if any(_box_distance(box, o) < clearance + 5.0 for o in others):
        return False
    if not strict:
        gap = float(np.hypot(b[0] - a[0], b[1] - a[1]))
        if gap <= 2 * _MARKER_RADIUS_PT:
            return False
        t = 2 * _MARKER_RADIUS_PT / gap
        a, clearance = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), _MARKER_RADIUS_PT
    if any(_segment_distance(a, b, o) < clearance for o in others):
        return False
    if any(_segment_hits_box(a, b, t, pad=3.0) for t in taken[n_markers:]):
        return False
    return not any(_segments_cross(a, b, c, d) for c, d in leaders)


def _inside(box: Box, limits: Box) -> bool:
    return (box[0] >= limits[0] and box[1] >= limits[1] and box[2] <= limits[2]
            and box[3] <= limits[3])


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _nearest_on_box(box: Box, point: tuple[float, float]) -> tuple[float, float]:
    return (min(max(point[0], box[0]), box[2]), min(max(point[1], box[1]), box[3]))


def _box_distance(box: Box, point: tuple[float, float]) -> float:
    nx, ny = _nearest_on_box(box, point)
    return float(np.hypot(point[0] - nx, point[1] - ny))


def _segment_distance(a: tuple[float, float], b: tuple[float, float],
                      point: tuple[float, float]) -> float:
    ab = np.subtract(b, a)
    length2 = float(ab @ ab)
    t = 0.0 if length2 == 0 else min(1.0, max(0.0, float(np.subtract(point, a) @ ab) / length2))
    nearest = np.add(a, t * ab)
    return float(np.hypot(*(np.subtract(point, nearest))))


def _segments_cross(a: tuple[float, float], b: tuple[float, float],
                    c: tuple[float, float], d: tuple[float, float]) -> bool:
    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return (side(a, b, c) * side(a, b, d) < 0) and (side(c, d, a) * side(c, d, b) < 0)


def _segment_hits_box(a: tuple[float, float], b: tuple[float, float], box: Box,
                      pad: float = 0.0) -> bool:
    """Whether segment a-b passes through ``box`` grown by ``pad`` (Liang-Barsky clipping)."""
    x0, y0, x1, y1 = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
    dx, dy = b[0] - a[0], b[1] - a[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True


