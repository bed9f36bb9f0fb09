"""A figure the source itself dates before its own day (issue 9): "Earlier this year, Stoltenberg
said 18 allies would hit the target", "NATO had previously forecast 18", "zu Jahresbeginn",
"plus tôt cette année", "a principios de año", "na początku roku". It quotes what NATO said
then: an older release it agrees with is that statement, revised since, not a disagreement
(read by :mod:`analysis.brief.verdict`)."""

from __future__ import annotations

import re
from datetime import date

from analysis.brief.scope import MONTHS

EARLIER_STATEMENT = "a statement the source dates before its own day"

STATED_EARLIER = re.compile(
    r"\b(?:earlier\s+(?:this|in\s+the)\s+year|at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)"
    r"\s+year|(?:had\s+)?(?:earlier|previously|initially|originally)\s+(?:forecast|predicted|"
    r"estimated|projected|expected|said)|(?:an?|the|its|NATO['’]s)\s+(?:earlier|previous|prior)"
    r"\s+(?:forecast|estimate|projection)"
    # German, French, Spanish, Italian, Polish, Portuguese, Dutch
    r"|Anfang\s+des\s+Jahres|zu\s+Jahresbeginn|früher\s+in\s+diesem\s+Jahr|plus\s+tôt\s+cette\s+"
    r"année|en\s+début\s+d['’]année|a\s+(?:principios|comienzos)\s+de(?:\s+este)?\s+año|"
    r"all['’]inizio\s+dell['’]anno|a\s+inizio\s+anno|na\s+początku\s+(?:tego\s+)?roku|"
    r"wcześniej\s+w\s+tym\s+roku|no\s+início\s+do\s+ano|eerder\s+dit\s+jaar|begin\s+dit\s+jaar)\b",
    re.I)


# "22 allies met the target in 2024, NATO said in April" (in September): the month the statement
# was made, after the figure in its part of the sentence; an earlier month of the source's year
# (or of an earlier year written with it) dates it before the source's day.
SAID_IN_A_MONTH = re.compile(
    r"[^;]{0,60}?\b(?:said|says|reported|estimated|forecast|projected|announced|found|stated|"
    r"wrote|published)\s+in\s+(" + "|".join(MONTHS) + r")\b(?:\s+((?:19|20)\d\d)\b)?", re.I)


def stated_earlier(sentence: str, at: int, published: date | None = None,
                   surface: str = "") -> bool:
    """Whether the words before the figure at ``at`` (in its part of the sentence, up to a
    semicolon) date it before the source's day, or those after it name an earlier month the
    statement was made in (:data:`SAID_IN_A_MONTH`)."""
    if at < 0:
        return False
    before = sentence[max(0, at - 120):at].rsplit(";", 1)[-1]
    if STATED_EARLIER.search(before) is not None:
        return True
    said = SAID_IN_A_MONTH.match(sentence, at + len(surface)) if published else None
    if said is None or published is None:
        return False
    year = int(said.group(2) or published.year)
    month = MONTHS.index(said.group(1).lower()) + 1
    return (year, month) < (published.year, published.month)
