"""A count of an exercise's "NATO nations" where NATO counts only its nations (issue 9).

"The German-led drill brings together 25 NATO nations", "25 members take part": news calls
every participant of a NATO exercise a NATO nation, partners included. Where NATO gives the
exercise's participating nations but no count of the allies among them, such a count is compared
with the nations, only to agree: it may be the allies alone ("23 allies and two partners"), which
NATO does not give, so it never differs.

"90,000 troops from 32 countries" names no alliance: news calls both the exercise's allies and
all its nations (partners included) its countries. Such a count is read as the nations where
NATO counts them so (31 allies and Sweden: 32), else as the allies where NATO counts those so
("the 31-nation drill" in January 2024), only to agree: never a disagreement of one reading.
A plain "states" may be a federation's ("aircraft from 44 Air National Guard units and 35
states", the German Länder): it too is compared only to agree, whatever it counts.
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.brief.clues import Subject
from analysis.brief.scope import AGREE_ONLY

ALLIES_KEY = "exercise_participating_allies"
NATIONS_KEY = "exercise_participating_nations"
NATIONS_CALLED_ALLIES = ("the exercise's participating nations, called NATO's; NATO counts no "
                         "allies of it")


def allies_read_as_nations(subject: Subject, facts: pd.DataFrame) -> Subject:
    """``subject`` as the exercise's participating nations, compared only to agree, when it
    counts the exercise's allies and NATO gives that exercise's nations but not its allies."""
    if subject.key != ALLIES_KEY or not subject.entity or subject.why:
        return subject
    keys = set(facts.loc[facts["entity"] == subject.entity, "key"])
    if ALLIES_KEY in keys or NATIONS_KEY not in keys:
        return subject
    how = subject.how.removesuffix(f", {AGREE_ONLY}")
    return Subject(NATIONS_KEY, subject.entity, f"{how}, {NATIONS_CALLED_ALLIES}, {AGREE_ONLY}")


COUNTRIES_NOUN = re.compile(r"(?:\s|-)(?:countries|nations?|states)$", re.I)
# "31 NATO countries", "31 member nations", "31 allied states", "32 countries of the alliance"
ALLIANCE_WORD = re.compile(r"\b(?:nato|allied|alliance|allies|members?|member-)\b", re.I)
OF_THE_ALLIANCE_AFTER = re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?(?:nato|alliance|bloc)\b", re.I)
PLAIN_STATES = re.compile(r"(?:\s|-)states$", re.I)
STATES_MAY_BE_A_FEDERATIONS = "a plain 'states', which may be a federation's"
COUNTRIES_READ_AS = {NATIONS_KEY: "the exercise's countries, its nations with its partners",
                     ALLIES_KEY: "the exercise's countries, its allies"}


def countries_read_as_counted(subject: Subject, facts: pd.DataFrame, surface: str,
                              after: str, value: float) -> Subject:
    """``subject`` as the exercise's participating nations or allies, whichever NATO counts as
    ``value`` (the nations first), compared only to agree, when it counts the exercise's
    participants by a plain "countries" or "nations" (``surface``; ``after``: the sentence after
    it) naming no alliance."""
    if subject.key not in (ALLIES_KEY, NATIONS_KEY) or not subject.entity or subject.why:
        return subject
    if not COUNTRIES_NOUN.search(surface) or ALLIANCE_WORD.search(surface) or \
            OF_THE_ALLIANCE_AFTER.match(after):
        return subject
    of_exercise = facts[facts["entity"] == subject.entity]
    counted = [key for key in (NATIONS_KEY, ALLIES_KEY)
               if (of_exercise.loc[of_exercise["key"] == key, "value"].astype(float)
                   == value).any()]
    how = subject.how.removesuffix(f", {AGREE_ONLY}")
    if not counted and PLAIN_STATES.search(surface):
        return Subject(subject.key, subject.entity,
                       f"{how}, {STATES_MAY_BE_A_FEDERATIONS}, {AGREE_ONLY}")
    if not counted or counted[0] == subject.key:
        return subject
    return Subject(counted[0], subject.entity,
                   f"{how}, {COUNTRIES_READ_AS[counted[0]]}, {AGREE_ONLY}")
