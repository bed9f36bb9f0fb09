"""How a stated figure and a reference value are compared (what a figure is about is
:mod:`analysis.brief.subject`).

Tolerances (the rules ``consistent`` is decided by)
---------------------------------------------------
A figure and a reference value are each turned into an interval of the values their wording
allows; they are consistent when the two intervals overlap.

* **Rounding.** A number is read as precise to half a unit of the last digit written:
  ``2.27`` covers 2.265-2.275, ``18`` covers 17.5-18.5, ``1,30`` (as written) 1.295-1.305,
  ``2.0`` 1.95-2.05. Trailing zeros of an integer are read as
  rounding (``380`` billion covers 375-385 billion) but never wider than 2.5% of the value, so
  ``ten billion`` is not stretched to 5-15 billion.

Each hedge word has one class, listed in :data:`analysis.vocabulary.HEDGES`:

* **Approximate** (about, around, roughly, approximately, some, circa, an estimated, near):
  +/-5% of the value, at least one unit for counts (``about 18 allies`` allows 17 to 19).
* **Lower bound** (more than, over, above, at least, exceeds, upwards of, just over, no less
  than): from the value up to 25% above it; a larger reference means the wording understated it.
* **Just under** (nearly, almost, close to, just under, just shy of): from 5% below the value up
  to the value.
* **Upper bound** (up to, under, below, less than, at most, no more than): from 25% below up to
  the value.
* **Ranges** (``2-3%``): from low to high, each with its rounding.

Status words such as "projected", "planned" or "estimate" are not hedges.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from analysis.vocabulary import APPROXIMATE, COUNT_UNITS, JUST_UNDER, LOWER, UPPER, hedge_class

APPROX_REL = 0.05
BOUND_REL = 0.25
ROUNDING_CAP_REL = 0.025


def rounding(value: float) -> float:
    """Half a unit of the last digit written (see the module docstring)."""
    magnitude = abs(value)
    if magnitude == 0 or not math.isfinite(magnitude):
        return 0.5
    if abs(magnitude - round(magnitude)) > 1e-9:
        for decimals in range(1, 7):
            if abs(round(magnitude, decimals) - magnitude) < 1e-9 * max(1.0, magnitude):
                return 0.5 * 10 ** -decimals
        return 0.5e-6
    integer = int(round(magnitude))
    zeros = len(str(integer)) - len(str(integer).rstrip("0"))
    if zeros == 0:
        return 0.5
    return min(0.5 * 10**zeros, ROUNDING_CAP_REL * magnitude)


# "1,30 %", "2.0%": a decimal part written with trailing zeros, as the figure's text gives it.
WRITTEN_DECIMALS = re.compile(r"(?<![\d.,])(\d+)[.,](\d*0)(?![\d.,]*\d)")


def written_rounding(value: float, written: str) -> float | None:
    """Half a unit of the last decimal the figure's text writes when it ends in zeros the value
    loses ("1,30 %" is precise to 0.005, not 0.05; "2.0%" to 0.05, not 0.5), else None. Not a
    thousands separator: "1,100 vehicles" (1.100 is not 1100) and "90.000" keep the value's."""
    for found in WRITTEN_DECIMALS.finditer(written or ""):
        whole, decimals = found.groups()
        if abs(float(f"{whole}.{decimals}") - abs(value)) < 1e-9:
            return 0.5 * 10 ** -len(decimals)
    return None


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        # Strict: 31 (30.5-31.5) and 32 (31.5-32.5) only touch, they do not agree.
        return self.low < other.high and other.low < self.high


def allowed_interval(value: float, qualifier: object = None, unit: object = None,
                     low: float | None = None, high: float | None = None,
                     written: str = "") -> Interval:
    """The values a figure's wording allows (rounding, hedge, range); ``written``, the figure's
    text, keeps the decimals it writes (:func:`written_rounding`)."""
    if _is_number(low) and _is_number(high) and low != high:
        return Interval(low - rounding(low), high + rounding(high))
    r = written_rounding(value, written) or rounding(value)
    kind = hedge_class(qualifier)
    magnitude = abs(value)
    if kind == APPROXIMATE:
        spread = max(APPROX_REL * magnitude, r, 1.0 if unit in COUNT_UNITS else 0.0)
        return Interval(value - spread, value + spread)
    if kind == LOWER:
        return Interval(value - r, value + max(BOUND_REL * magnitude, r))
    if kind == JUST_UNDER:
        return Interval(value - max(APPROX_REL * magnitude, r), value + r)
    if kind == UPPER:
        return Interval(value - max(BOUND_REL * magnitude, r), value + r)
    return Interval(value - r, value + r)


def consistent(figure: Interval, reference: Interval) -> bool:
    return figure.overlaps(reference)


# An older release quoted after a revision this small is out of date, not wrong: "United States
# 3.24%" (NATO, Feb 2024) for 2023 when June 2024 said 3.23.
SMALL_REVISION_POINTS = 0.05  # for shares in per cent
SMALL_REVISION_REL = 0.01  # for everything else


def small_revision(value: float, reference: object, unit: object) -> bool:
    """Whether ``value`` is within a small revision of the ``reference`` NATO published."""
    if not _is_number(reference):
        return False
    if str(unit).startswith("percent"):
        return abs(value - float(reference)) <= SMALL_REVISION_POINTS + 1e-9
    return abs(value - float(reference)) <= SMALL_REVISION_REL * abs(float(reference))


def gap(value: float, reference: float) -> tuple[float, float | None]:
    """Signed gap (figure minus reference) and the same relative to the reference, in %."""
    signed = value - reference
    relative = None if reference == 0 else 100.0 * signed / abs(reference)
    return signed, relative


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
