"""The figure value object: one number read from a text, with what the rules learn about it.

Owns :class:`ReadFigure` (a number as read), :class:`Figure` (immutable; placed in its
sentence, the rule tables return a new one with :func:`replace`) and the columns of
``extract_figures``' DataFrame (:data:`COLUMNS`, :func:`as_row`). Both are named tuples, not
frozen dataclasses: one is built for every number, and a frozen dataclass sets each of its
fields through ``object.__setattr__``, which cost about 4% of a corpus run for ``Figure``.
"""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple

COLUMNS = [
    "text", "start", "end", "value", "unit", "approximate", "kind", "sentence", "qualifier",
    "scale", "low", "high", "year", "metric", "entity",
]


class ReadFigure(NamedTuple):
    """A figure as read at ``text[start:end]``, before its sentence is known.

    ``bare``: a count without its noun ("23 of 32 allies"), which may take a neighbour's unit.
    A named tuple, not a dataclass: one is built for every number, and building a frozen
    dataclass costs several times more (the :class:`Figure` is built once, from it).
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    kind: str
    approximate: bool = False
    qualifier: str | None = None
    scale: str | None = None
    low: float | None = None
    high: float | None = None
    bare: bool = False


class Figure(NamedTuple):
    """A figure placed in its sentence: what the rule tables decide about (they return a new
    one with :func:`replace`). The metric, classified last from the final unit, goes
    straight into the row (:func:`as_row`).

    ``sentence_index``/``offset``: which sentence holds it and where it starts in that sentence.
    ``previous_sentence`` and ``near`` (the words around it, whole words only) feed the rules.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    kind: str
    approximate: bool = False
    qualifier: str | None = None
    scale: str | None = None
    low: float | None = None
    high: float | None = None
    bare: bool = False
    sentence: str = ""
    sentence_index: int = -1
    offset: int = 0
    previous_sentence: str = ""
    near: str = ""
    year: int | None = None
    entity: str | None = None


def replace(figure: Figure, **changes) -> Figure:
    """A new figure: ``figure`` with the fields in ``changes``."""
    return figure._replace(**changes)


_BEFORE_METRIC = attrgetter(*COLUMNS[:COLUMNS.index("metric")])


def as_row(figure: Figure, metric: str | None) -> tuple:
    """The figure's values in :data:`COLUMNS` order (a row of the DataFrame), with its metric."""
    return (*_BEFORE_METRIC(figure), metric, figure.entity)


def figure_at(text: str, start: int, end: int, value: float, unit: str, kind: str,
              approximate: bool = False, qualifier: str | None = None, scale: str | None = None,
              low: float | None = None, high: float | None = None) -> ReadFigure:
    """The figure read at ``text[start:end]``."""
    return ReadFigure(text[start:end], start, end, float(value), unit, kind, approximate,
                      qualifier, scale, low, high)
