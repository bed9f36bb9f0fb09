"""How far a misreported figure plausibly strays from NATO's value (issue 9: never cry wolf).

A news figure that misreports NATO's number is off by a rounding, an older release, a slip of a
digit or a year: "21 member states" for 18, "2.9 percent" for Poland's 3.92, "about 450 billion
dollars" for 380 billion. One that is several times NATO's value is almost always another quantity
the reading took for NATO's: the membership ("now 32 with Sweden's entry") for the allies at 2%,
the foreign jets at one base for an exercise's aircraft, a year's count from another conjunct.
Across the sets scored once on unseen news, the count and share comparisons off by more than these
ratios were all false alarms. Such a figure is not compared; its note names NATO's value and how
far it is. Imports nothing from the package (a leaf).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlausibleGap:
    """The largest ratio (larger over smaller) between a figure and NATO's value, in ``units``,
    that a misreport of the same quantity shows; ``example``: a misreport within it."""

    units: tuple[str, ...]
    max_ratio: float
    quantity: str
    example: str


PLAUSIBLE_GAPS = (
    PlausibleGap(("percent_gdp", "percent"), 1.5, "shares and rates",
                 "Poland at 2.9 percent of GDP for NATO's 3.92 (1.35 times)"),
    PlausibleGap(("allies", "countries"), 2.5, "counts of allies or countries",
                 "5 allies at 2% for NATO's 3 (1.67 times)"),
    PlausibleGap(("troops", "count"), 1.5, "personnel and equipment counts",
                 "roughly 120,000 troops for Steadfast Defender's 90,000 (1.33 times)"),
    PlausibleGap(("USD", "EUR"), 3.0, "money",
                 "about 25 billion dollars of contracts for NATO's 10 billion (2.5 times)"),
)


def too_far_to_misreport(value: float, reference: object, unit: object) -> PlausibleGap | None:
    """The rule a figure breaks when it lies too far from NATO's ``reference`` (in ``unit``) to be
    a misreport of it; ``None`` when it lies within, or no rule covers the unit or the signs."""
    try:
        reference = float(reference)
    except (TypeError, ValueError):
        return None
    rule = next((gap for gap in PLAUSIBLE_GAPS if str(unit) in gap.units), None)
    if rule is None or value <= 0 or reference <= 0:
        return None
    return rule if ratio_of(value, reference) > rule.max_ratio else None


def ratio_of(value: float, reference: float) -> float:
    """How many times the larger of the two is the smaller (both positive)."""
    return max(value, reference) / min(value, reference)
