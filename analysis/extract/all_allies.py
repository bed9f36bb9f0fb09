"""Every ally counted by number ("all 31 allies"): the membership, unless the sentence foresees
them all at the target (read by :mod:`analysis.extract.metric`)."""

from __future__ import annotations

import re

from analysis.vocabulary import SURE_GUIDELINE_NOUNS

MEETING = "allies_meeting_2pct_guideline"
ALL_BEFORE = re.compile(r"\ball\s+(?:the\s+|its\s+)?$", re.I)
# "all 31 members with armed forces were projected to reach the goal": every ally foreseen at the
# target is a count at it; "all 32 allies agreed to reach it" (a pledge) stays the membership.
PROJECTED_TO_MEET_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:are|were|is|was|will\s+be|would\s+be)\s+(?:now\s+|all\s+)?"
    r"(?:projected|expected|estimated|forecast|predicted|on\s+track|set)\s+to\s+"
    r"(?:meet|reach|hit|achieve|exceed)\s+(?:the\s+|nato['’]s\s+|their\s+)?(?:[\w%-]+\s+){0,2}?"
    r"(?:" + "|".join(SURE_GUIDELINE_NOUNS) + r")s?\b"
    # "all 31 allies will spend at least 2% of GDP in 2025": a forecast of each ally's spending at
    # the level, not a pledge ("agreed to spend")
    r"|(?:\s+(?:now\s+)?(?:will|would)\s+(?:all\s+)?spend\s+(?:at\s+least\s+|more\s+than\s+)?"
    r"(?:2|two)[\s-]?(?:%|per\s?cent))", re.I)


def all_foreseen_at_target(before: str, after: str) -> bool:
    """Whether "all" before a count and the words after it foresee every ally at the target."""
    return bool(ALL_BEFORE.search(before) and PROJECTED_TO_MEET_AFTER.match(after))
