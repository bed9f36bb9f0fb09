"""Counts of allies that are not NATO's count at the 2% guideline although they count allies
near it: some allies referred to or described ("these three allies"), the allies in a band
between two levels, the alliance's whole membership in a year its sentence names, and a count at
another level ("over 3% of their GDP"). :mod:`analysis.brief.counts` reads what a count counts.
"""

from __future__ import annotations

import re
from datetime import date

from analysis.brief.counts import (
    A_COUNT_OF_ALLIES,
    BELOW_WORDS,
    EXACTLY_AT,
    MEETING_FIRST,
    NEW_TARGET_AFTER,
    OF_THEM_AFTER,
    PROMISE_FIRST,
    count_change,
)
from analysis.brief.foreign_counts import AT_LEAST
from analysis.brief.naming_years import YEAR
from analysis.brief.subject_phrases import COUNT_KEY, THRESHOLD_AFTER
from analysis.extract.patterns import LEADING_NUMBER
from analysis.vocabulary import membership_size

# Some allies referred to or described, not all the allies at a level: "the latter two
# countries", "these three allies", "the two newest members, Finland and Sweden".
SUBSET_BEFORE = re.compile(r"\b(?:(?:the\s+)?(?:latter|former)|these|those)\s+$", re.I)
# "The three countries are already meeting the new higher goal": a definite count opening its
# sentence with no words that say which allies it counts ("The 23 allies that meet", "meeting")
# is of allies named before.
DEFINITE_OPENING = re.compile(r"^\s*[\"“‘']?The\s+$")
VERB_RIGHT_AFTER = re.compile(r"^\s+(?:are|were|have|had|will|would|all|also|already|both)\b",
                              re.I)
SUBSET_NOUN = re.compile(r"\s(?:newest|new|latest|founding|original)\s", re.I)
SUBSET = "some allies referred to or described, not a count of all allies at a level"


# "Seventeen countries are predicted to allocate between 2% and 2.5% of their GDP", "nine
# spend from 2% to 3%": the allies in a band between two levels, not all those at or above one.
BAND_AFTER = re.compile(
    r"^[^.;]{0,70}?\b(?:between\s+[\d.,]+\s*(?:%|per\s?cent|percent)?\s+and|from\s+[\d.,]+"
    r"\s*(?:%|per\s?cent|percent)?\s+to)\s+[\d.,]+\s*(?:%|per\s?cent|percent)", re.I)
BAND = "a count of the allies between two levels, not of all those at or above one"


# "The 28 members that made up the alliance in 2014 pledged ...", "Los 28 miembros que formaban
# la Alianza Atlántica en 2014": a definite count as large as the alliance was in a year its
# sentence names is that year's whole membership, not the allies at a level.
DEFINITE_BEFORE = re.compile(r"\b(?:the|los|las|les|die|de|gli|i|le|os|as)\s+$", re.I)
MEMBERSHIP_OF_A_YEAR = "the alliance's whole membership in a year its sentence names"


def membership_of_a_year_named(sentence: str, at: int, surface: str) -> bool:
    """Whether a definite count equals the alliance's size at the end of a year its sentence
    names ("The 28 members ... in 2014")."""
    count = LEADING_NUMBER.match(surface.strip())
    if count is None or not DEFINITE_BEFORE.search(sentence[max(0, at - 8):at]):
        return False
    return any(membership_size(date(int(year), 12, 31)) == int(count.group())
               for year in YEAR.findall(sentence))


BRACKETED = re.compile(r"\([^()]*\)?")


def not_the_count_meeting(sentence: str, at: int, surface: str) -> tuple[str, str] | None:
    """(key, why) when a count of allies counts those below the guideline, those promising,
    those in a band, the whole membership of a year, or the change of a count; else None."""
    after = sentence[at + len(surface):]
    if membership_of_a_year_named(sentence, at, surface):
        return "alliance_members", MEMBERSHIP_OF_A_YEAR
    # "23 allies will meet it; 17 of them are in the EU": a part of the count before it
    if SUBSET_BEFORE.search(sentence[max(0, at - 30):at]) or SUBSET_NOUN.search(surface) or (
            DEFINITE_OPENING.match(sentence[:at]) and VERB_RIGHT_AFTER.match(after)) or (
            OF_THEM_AFTER.match(after) and A_COUNT_OF_ALLIES.search(sentence[:at])):
        return "allies_subset", SUBSET
    if BAND_AFTER.search(after):
        return "allies_in_band", BAND
    # "11 of the 31 member states (Sweden had not yet joined) had reached it": an aside in
    # brackets negates nothing of the count's own verb
    plain = BRACKETED.sub(lambda m: " " * len(m.group()), after[:70])
    below = BELOW_WORDS.search(AT_LEAST.sub(lambda m: " " * len(m.group()), plain))
    if below and not MEETING_FIRST.search(after[:below.start()]):
        return "allies_below_2pct_guideline", ""
    if PROMISE_FIRST.search(after[:60]):
        return ("allies_pledging",
                "a count of allies that promise or plan, not of allies that meet a level")
    change = count_change(sentence, at, surface)
    return ("allies_count_change", change) if change else None


def level_counted(after: str, newer_counted: tuple[float, ...]) -> tuple[str, str] | None:
    """(key, why) of a count at another level than the 2% guideline, from the words after it
    ("over 3% of their GDP", "at the minimum of 2.0%", "a new, higher goal"); else None."""
    found = THRESHOLD_AFTER.search(after)
    if found and EXACTLY_AT.search(after[:found.start(1)]):
        # "seven at the minimum of 2.0%": as precise as written ("2.0", "2.00")
        return f"allies_at_exactly_{found.group(1)}pct", ""
    # The level the count is at is named in its key ("allies_meeting_2pct_guideline").
    counted = float(re.search(r"(\d+(?:\.\d+)?)pct", COUNT_KEY).group(1))
    if not found and NEW_TARGET_AFTER.search(after):
        # "only three currently reach a new, higher goal": the newer guideline NATO counts at
        if len(newer_counted) == 1:
            return f"allies_above_{newer_counted[0]:g}pct", ""
        return ("allies_above_new_guideline",
                "a count at a newer guideline than 2%, which one not stated")
    if not found or abs(float(found.group(1)) - counted) < 1e-9:
        return None
    return f"allies_above_{float(found.group(1)):g}pct", ""
