"""Shares of GDP that read as a plan or a threshold but are an ally's own share (issue 9):
NATO's estimate worded as a forecast ("is estimated to reach 2.09% of its GDP in 2024", compared
only to agree) and an ally that leads a count ("Poland led all members with 4.12% of GDP")."""

from __future__ import annotations

import re

from analysis.brief import scope

# "is estimated to reach 2.09% of its GDP in 2024": NATO's estimate, worded as a forecast.
ESTIMATED_TO_REACH = re.compile(
    r"\b(?:is|are|was|were)\s+(?:estimated|expected|projected|forecast)\s+to\s+(?:reach|hit|"
    r"(?:rise|climb|increase|grow)\s+to)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)


def estimated_to_reach(sentence: str, at: int) -> bool:
    """True when the words right before the figure at ``at`` are an estimate's "is expected to
    reach"."""
    return at >= 0 and bool(ESTIMATED_TO_REACH.search(sentence[max(0, at - 60):at]))


def level_of_a_count(sentence: str, at: int, surface: str, find_ally) -> bool:
    """"Five member states spend over 3%": the level counted, unless the clause's subject is
    an ally named before the count ("Poland led all members with 4.12% of GDP").
    ``find_ally`` is :func:`analysis.brief.ally_names.find_ally`."""
    clause = scope.clause_before(sentence, at, 90)
    count = scope.COUNT_BEFORE.search(clause)
    return bool(count) and not find_ally(clause[:count.start()]) and \
        not scope.ally_named_right_after(sentence, at, surface, find_ally)
