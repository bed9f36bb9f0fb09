"""A rise of defence spending in the other languages than English (issue 9): a percentage with a
rise word and a defence or spending word around it, "hərbi xərclərdə 19,4 faiz artım olub"
(military spending rose 19.4 per cent), "военные расходы ... увеличились на 9,3%", "los
aliados aumentaron su gasto un 11%". :mod:`analysis.extract.context` reads English with its own
words and asks :func:`rise_of_spending` for the others.

Imports only the shared vocabulary and :mod:`analysis.extract.entity`.
"""

from __future__ import annotations

import re

from analysis.extract.entity import ALLY_RE
from analysis.foreign_words import (
    EUROPE_AND_CANADA,
    FOREIGN_DEFENCE_STEMS,
    FOREIGN_MORE_AFTER,
    FOREIGN_RISE_WORDS,
)

RISE = re.compile(rf"(?<!\w)(?:{FOREIGN_RISE_WORDS})", re.I)
MORE_AFTER = re.compile(rf"^\s*(?:{FOREIGN_MORE_AFTER})(?!\w)", re.I)
DEFENCE = re.compile(r"(?<!\w)(?:" + "|".join(FOREIGN_DEFENCE_STEMS) + ")", re.I)
EUROPE_CANADA = re.compile(EUROPE_AND_CANADA)
# How far the words may stand from the percentage: the rise before or right after it ("18%
# artacaq", "un aumento del 19,4%", "увеличились на 9,3%"), the spending in its clause.
RISE_BEFORE, RISE_AFTER, DEFENCE_BEFORE, DEFENCE_AFTER = 50, 25, 90, 60
CLAUSE_END = re.compile(r"[.;!?](?:\s|$)")


def rise_of_spending(before: str, after: str) -> bool:
    """Whether a percentage between ``before`` and ``after`` is a rise of defence spending in
    another language: a rise word close by (or "more" right after it: "un 19,4% más"), a defence
    or spending word in its clause, and no single ally named close by (whose rise NATO gives no
    figure for; Europe and Canada together are NATO's figure)."""
    ends = list(CLAUSE_END.finditer(before))
    before = before[ends[-1].end():] if ends else before
    stop = CLAUSE_END.search(after)
    after = after[:stop.start()] if stop else after
    close = f"{before[-RISE_BEFORE:]} {after[:RISE_AFTER]}"
    if not (RISE.search(close) or MORE_AFTER.match(after)) or \
            not DEFENCE.search(f"{before[-DEFENCE_BEFORE:]} {after[:DEFENCE_AFTER]}"):
        return False
    around = f"{before[-DEFENCE_BEFORE:]} {after[:RISE_AFTER]}"
    return not ALLY_RE.search(around) or bool(EUROPE_CANADA.search(around))
