"""How English news counts allies: which count a number of allies is (issue 9).

Each rule is a pattern with an example. A count is NATO's count of allies at or above the 2%
guideline only when none of these says otherwise: the allies below it ("eight fell short"),
allies that promise ("pledged to reach"), the change of a count ("seven more countries"), or a
count at another level ("only three above 3.5%", "seven at the minimum of 2.0%", "a new, higher
goal"). Functions return ``(key, why)``; ``why`` is '' when the count is compared under ``key``.
:mod:`analysis.brief.subject` turns them into subjects.
"""

from __future__ import annotations

import re

from analysis.brief import scope
from analysis.extract.context import meets_named_target, names_target
from analysis.vocabulary import talks_of_exercise

NATO_WORDS = re.compile(r"\b(?:NATO|Nato|[Aa]llies|[Aa]lliance|[Aa]llied|member\s+states|"
                        r"members|member\s+countries)\b")
# "Eight allies remain below", "nine have yet to reach", "eight of the 32 fell short": the count
# of the allies under the guideline, when no meeting verb comes first ("23 meet 2% while ...").
BELOW_WORDS = re.compile(r"\b(?:remain(?:s|ed)?\s+below|below|short\s+of|f[ae]ll(?:s|ing)?\s+short|"
                         r"miss(?:es|ed)?|fail(?:s|ed)?\s+to|do(?:es)?\s+not|did\s+not|don't|"
                         r"doesn't|didn't|ha(?:ve|s)\s+(?:not|yet\s+to)|haven't|hasn't|yet\s+to|"
                         r"not\s+yet|less\s+than|lag(?:s|ged|ging)?(?:\s+behind)?|under)\b",
                         re.IGNORECASE)
MEETING_FIRST = re.compile(r"\b(?:meet|meets|met|reach\w*|hit|hits|exceed\w*|surpass\w*|"
                           r"achiev\w*|at\s+least|above|over|"
                           r"more\s+than|or\s+more)\b|,\s+(?:and|but|while|whereas)\b|;|"
                           r"\b(?:while|whereas|but)\b", re.I)
# "40 countries pledged to reach the target": allies that promise, not allies that meet it.
PROMISE_FIRST = re.compile(r"^\s+(?:[\w-]+\s+){0,3}?(?:pledg\w*|promis\w*|commit\w*|vow\w*|"
                           r"plan\w*|aim\w*|intend\w*|want\w*|hop\w*|seek\w*|agreed\s+to)\b",
                           re.I)


def counts_allies(unit: object, sentence: str, at: int, surface: str,
                  previous_sentence: str) -> bool:
    """Whether a figure the extractor read as a plain count or as countries counts allies:
    "All NATO members will hit ... but only three currently reach" (a bare number whose noun
    stands before it), "Of NATO's members, 23 countries now meet the 2% target"."""
    around = f"{previous_sentence} {sentence}"
    if not NATO_WORDS.search(around) or talks_of_exercise(sentence, previous_sentence):
        return False
    if unit == "count":
        return scope.noun_stands_before(sentence, at, surface)
    return unit == "countries" and at >= 0 and meets_named_target(
        sentence[at + len(surface):], names_target(around))


def not_the_count_meeting(sentence: str, at: int, surface: str) -> tuple[str, str] | None:
    """(key, why) when a count of allies counts those below the guideline, those promising, or
    the change of a count; else None."""
    after = sentence[at + len(surface):]
    below = BELOW_WORDS.search(after[:70])
    if below and not MEETING_FIRST.search(after[:below.start()]):
        return "allies_below_2pct_guideline", ""
    if PROMISE_FIRST.search(after[:60]):
        return ("allies_pledging",
                "a count of allies that promise or plan, not of allies that meet a level")
    change = scope.count_change(sentence, at, surface)
    return ("allies_count_change", change) if change else None


def level_counted(after: str, newer_counted: tuple[float, ...]) -> tuple[str, str] | None:
    """(key, why) of a count at another level than the 2% guideline, from the words after it
    ("over 3% of their GDP", "at the minimum of 2.0%", "a new, higher goal"); else None."""
    found = scope.THRESHOLD_AFTER.search(after)
    if found and scope.EXACTLY_AT.search(after[:found.start(1)]):
        # "seven at the minimum of 2.0%": as precise as written ("2.0", "2.00")
        return f"allies_at_exactly_{found.group(1)}pct", ""
    # The level the count is at is named in its key ("allies_meeting_2pct_guideline").
    counted = float(re.search(r"(\d+(?:\.\d+)?)pct", scope.COUNT_KEY).group(1))
    if not found and scope.NEW_TARGET_AFTER.search(after):
        # "only three currently reach a new, higher goal": the newer guideline NATO counts at
        if len(newer_counted) == 1:
            return f"allies_above_{newer_counted[0]:g}pct", ""
        return ("allies_above_new_guideline",
                "a count at a newer guideline than 2%, which one not stated")
    if not found or abs(float(found.group(1)) - counted) < 1e-9:
        return None
    return f"allies_above_{float(found.group(1)):g}pct", ""
