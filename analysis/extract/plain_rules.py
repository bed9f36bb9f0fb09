"""The rules for a number with no percent or currency after it, before it is read as a count.

Owns :data:`PLAIN_RULES`, tried in order (the first that matches decides, see
:mod:`analysis.extract.rules`): a year or a year inside a name ("Quadriga 2024"), digits inside
a name ("Article 5", "Table 3") and a day before its month ("9 July"). A number no rule takes is
a count or ``other`` (:mod:`analysis.extract.read`). An effect returns ``(figure, end)``.
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.extract import counted_nouns as N
from analysis.extract import patterns as P
from analysis.extract.before import Before, is_name
from analysis.extract.core import Core
from analysis.extract.figure import ReadFigure, figure_at
from analysis.extract.rules import Reading, Rule


class PlainNumber(NamedTuple):
    """A number read up to its scale word, with no percent or currency after it."""

    text: str
    core: Core
    before: Before
    value: float
    low: float | None
    multiplier: float
    end: int  # where the number (and its scale word) ends


def may_be_year(number: PlainNumber) -> bool:
    return number.core.is_year_like and number.multiplier == 1.0 and number.low is None


def year_alone(number: PlainNumber) -> bool:
    """Not "about 2024 troops": a hedge and a counted noun make a year-like number a count."""
    return not (number.before.hedge and N.NOUN_AFTER.match(number.text, number.end))


def year_in_name(number: PlainNumber) -> bool:
    return year_alone(number) and is_name(number.text, number.core.start, number.before)


def year_end(number: PlainNumber) -> int:
    fiscal = P.YEAR_RANGE_SUFFIX.match(number.text, number.end)  # "2023-24"
    return fiscal.end() if fiscal else number.end


def read_year_as(unit: str, kind: str):
    def effect(number: PlainNumber, _scene: PlainNumber, _found) -> tuple[ReadFigure, int]:
        end = year_end(number)
        return figure_at(number.text, number.core.start, end, number.value, unit, kind), end
    effect.__name__ = f"read_year_as_{unit}_{kind}"
    return effect


def other_in_name(number: PlainNumber, _scene: PlainNumber, _found) -> tuple[ReadFigure, int]:
    return figure_at(number.text, number.core.start, number.end, number.value, "other",
                     "other"), number.end


def unscaled_digits(number: PlainNumber) -> bool:
    return number.core.source == "digits" and number.multiplier == 1.0 and \
        number.before.hedge is None


def digits_in_name(number: PlainNumber) -> bool:
    return is_name(number.text, number.core.start, number.before) and \
        not N.NOUN_AFTER.match(number.text, number.end)


def may_be_day(number: PlainNumber) -> bool:
    return number.core.source == "digits" and number.value <= 31 and \
        number.value == int(number.value) and number.low is None


def month_after(number: PlainNumber):
    return P.MONTH_AFTER.match(number.text, number.end)


def day_of_month(number: PlainNumber, _scene: PlainNumber, found) -> tuple[ReadFigure, int]:
    return figure_at(number.text, number.core.start, found.end(), number.value, "other",
                     "date"), found.end()


PLAIN_RULES = (
    Rule("year_in_name", may_be_year, year_in_name, read_year_as("other", "other"),
         "The land part, known as Quadriga 2024, starts now.",
         Reading("2024", 2024.0, "other", "other")),
    Rule("year", may_be_year, year_alone, read_year_as("year", "year"),
         "Spain joined in 1982.", Reading("1982", 1982.0, "year", "year")),
    Rule("digits_in_name", unscaled_digits, digits_in_name, other_in_name,
         "It is shown in Table 3.", Reading("3", 3.0, "other", "other")),
    Rule("day_before_month", may_be_day, month_after, day_of_month,
         "The summit opens on 9 July.", Reading("9 July", 9.0, "other", "date")),
)
