"""The alliance named by its size ("the 31-nation alliance", "the military alliance of 31
countries"): a count that is its membership, also in a sentence about an exercise, never the
allies taking part in it or at a level."""

from __future__ import annotations

import re

from analysis.vocabulary import MEMBERSHIP_SIZES

# "the 31-nation alliance's response", "the 32-member bloc"
SIZED_ALLIANCE = re.compile(r"^\d{2}-(?:nation|member|country|state)\s+(?:(?:military|defen[cs]e|"
                            r"transatlantic|western)\s+)?(?:alliance|bloc)\b", re.I)
# "the military alliance of 31 countries", "a bloc of 32 nations": the size after "of"
ALLIANCE_OF_BEFORE = re.compile(r"\b(?:alliance|bloc)\s+of\s+(?:now\s+|some\s+)?$", re.I)
MEMBER_NOUN_AFTER = re.compile(r"^\d{2}\s+(?:member\s+)?(?:countries|nations|states|members|"
                               r"allies)\b", re.I)


def names_the_alliance_by_size(value: float, surface: str, sentence: str, at: int) -> bool:
    """Whether "31-nation" (or "of 31 countries") at ``at`` is the size of the alliance it
    names, a size the alliance has had."""
    if value not in MEMBERSHIP_SIZES or at < 0:
        return False
    if SIZED_ALLIANCE.match(sentence[at:]):
        return True
    return bool(ALLIANCE_OF_BEFORE.search(sentence[max(0, at - 30):at])
                and MEMBER_NOUN_AFTER.match(sentence[at:]))
