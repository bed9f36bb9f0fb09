"""A list of allies paired with a list of figures in order, without the word "respectively"
(which :mod:`analysis.brief.list_items` reads): "Estonia, Latvia and Lithuania spend 3.43%,
3.15% and 2.85% of GDP" (3.43% is Estonia's), "The Baltic states spend 3.43%, 3.15% and 2.85%:
Estonia, Latvia and Lithuania". A reader pairs the n-th figure with the n-th ally; the ally
nearest before a figure is the right one only for the last.
"""

from __future__ import annotations

import re

from analysis.brief.list_items import ARTICLES, FIGURE
from analysis.extract.entity import ALLY_RE, allies_named
from analysis.foreign_words import AND_ANY_LANGUAGE

ALLY = rf"(?:(?:the|la|le|el|il|die|der)\s+|l['’])?(?:{ALLY_RE.pattern})"
ALLY_LIST = rf"{ALLY}(?:\s*,\s*{ALLY})*,?\s+{AND_ANY_LANGUAGE}\s+{ALLY}"
# "3.43%, 3.15% and 2.85%", "el 4,12% y el 3,43%"
ONE = rf"{ARTICLES}?{FIGURE.pattern}"
FIGURE_LIST = rf"{ONE}(?:\s*,\s*{ONE})*,?\s+{AND_ANY_LANGUAGE}\s+{ONE}"
# the allies, a verb phrase of a few words (no number, no comma), then the figures
ALLIES_THEN_FIGURES = re.compile(
    rf"(?<!\w)({ALLY_LIST})\s+(?:[^\W\d_]+\s+){{1,5}}?({FIGURE_LIST})")
# the figures, what they are of, a colon, then the allies to the end of the sentence
FIGURES_THEN_ALLIES = re.compile(
    rf"({FIGURE_LIST})(?:\s+[^\W\d_]+){{0,6}}\s*:\s*({ALLY_LIST})\W*$")


def paired_ally(sentence: str, at: int, surface: str) -> str | None:
    """The ally in the figure's place when the sentence pairs as many allies as figures (module
    doc), else None."""
    if at < 0 or not surface or sentence.count(",") < 1 and " and " not in sentence:
        return None
    for pattern, allies_group, figures_group in ((ALLIES_THEN_FIGURES, 1, 2),
                                                 (FIGURES_THEN_ALLIES, 2, 1)):
        for found in pattern.finditer(sentence):
            lo, hi = found.span(figures_group)
            if lo <= at < hi:
                return _in_place(found.group(allies_group), found.group(figures_group),
                                 at - lo)
    return None


def _in_place(allies_text: str, figures_text: str, offset: int) -> str | None:
    allies = [next(iter(named)) for named in map(allies_named, (
        m.group() for m in ALLY_RE.finditer(allies_text))) if len(named) == 1]
    starts = [m.start() for m in FIGURE.finditer(figures_text)]
    if len(allies) != len(starts) or len(set(allies)) != len(allies) or offset not in starts:
        return None
    return allies[starts.index(offset)]
