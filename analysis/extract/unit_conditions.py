"""The conditions on a figure alone and the effects of the unit rules of
:mod:`analysis.extract.unit_rules`: which figures a rule looks at (a bare number, a share) and
what it gives them (the unit of a group, of a neighbour, a unit named, the reading of the next
figure).
"""

from __future__ import annotations

from analysis.extract.figure import Figure, replace
from analysis.extract.rules import Scene
from analysis.vocabulary import SCALES


# --- conditions on the figure alone ----------------------------------------------------------
def is_bare(figure: Figure) -> bool:
    return figure.bare


def is_bare_unscaled(figure: Figure) -> bool:
    return figure.bare and not figure.scale


def is_bare_scaled(figure: Figure) -> bool:
    return figure.bare and bool(figure.scale)


def is_share(figure: Figure) -> bool:
    return figure.unit == "percent"


def is_share_not_points(figure: Figure) -> bool:
    return figure.unit == "percent" and "point" not in figure.text


# --- effects ---------------------------------------------------------------------------------
def unit_of_group(figure: Figure, _scene: Scene, found) -> Figure:
    return replace(figure, unit=found.lastgroup)


def unit_of_neighbour(figure: Figure, _scene: Scene, neighbour: Figure) -> Figure:
    return replace(figure, unit=neighbour.unit)


def unit_is(unit: str, kind: str | None = None):
    def effect(figure: Figure, _scene: Scene, _found) -> Figure:
        return replace(figure, unit=unit, kind=kind or figure.kind)
    effect.__name__ = f"unit_is_{unit}"
    return effect


def unit_and_kind_of_neighbour(figure: Figure, _scene: Scene, neighbour: Figure) -> Figure:
    return replace(figure, unit=neighbour.unit, kind=neighbour.kind)


def reading_of_next(figure: Figure, _scene: Scene, neighbour: Figure) -> Figure:
    """"from 2 to 3 percent": the first number takes the unit, kind and scale of the second."""
    return replace(figure, unit=neighbour.unit, kind=neighbour.kind, scale=neighbour.scale,
                   value=figure.value * SCALES.get(neighbour.scale, 1.0))


def duration_of_next(figure: Figure, _scene: Scene, neighbour: Figure) -> Figure:
    return replace(figure, unit=neighbour.unit, kind="other")
