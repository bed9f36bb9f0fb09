"""When "estimated" before a figure quotes NATO's estimate exactly rather than hedging it.

NATO calls its shares of GDP and its money figures estimates; "an estimated 1.49%" written at
NATO's own precision (two decimals of a share, three significant digits of money) quotes that
estimate, and is compared as exact: a value bundled later at 1.51 is a revision (superseded),
not the same figure read loosely. "an estimated 2%" or "an estimated $8 billion" stays a hedge.
"""

from __future__ import annotations

import re

from analysis.vocabulary import MONEY_UNITS

ESTIMATE_WORDS = ("estimated", "an estimated")
# "1.49%", "1,49 percent": a share with two decimals
TWO_DECIMALS = re.compile(r"\d[.,]\d\d(?!\d)")
# "$67.87 billion", "$6.92 billion": money written to at least three significant digits
MONEY_AT_PRECISION = re.compile(r"\d+[.,]\d{2,}\s*(?:billion|bn|million|trillion)", re.I)


def qualifier_as_read(qualifier: object, unit: object, surface: str) -> object:
    """The figure's hedge as the comparison reads it: None (exact) for NATO's estimate quoted
    at NATO's precision, else the extractor's ``qualifier``."""
    if not isinstance(qualifier, str) or " ".join(qualifier.lower().split()) not in ESTIMATE_WORDS:
        return qualifier
    if str(unit).startswith("percent") and TWO_DECIMALS.search(surface):
        return None
    if str(unit) in MONEY_UNITS and MONEY_AT_PRECISION.search(surface):
        return None
    return qualifier
