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
states", the German Länder): it too is compared only to agree, whatever it counts; so is a
capitalised "Länder", both the German federal states and countries.

"Ships from 14 allies", "pilots from 18 countries": the allies or countries that send one kind
of equipment or one service may be a part of the exercise's participants, so such a count is
compared only to agree (troops, forces or personnel "from" them stay the whole).
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.brief.ally_names import find_ally
from analysis.brief.clues import Subject
from analysis.brief.scope import AGREE_ONLY
from analysis.extract.other_languages import NATION_NOUNS
from analysis.foreign_words import FOREIGN_EXERCISE_NOUNS, FOREIGN_FROM_WORDS

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


# (and the other languages' nouns for countries: "25 ülkeden", from 25 countries; "25 pays")
COUNTRIES_NOUN = re.compile(r"(?:\s|-)(?:countries|nations?|states|länder|ländern"
                            rf"{NATION_NOUNS})$", re.I)
# "31 NATO countries", "31 member nations", "31 allied states", "32 countries of the alliance"
ALLIANCE_WORD = re.compile(r"\b(?:nato|allied|alliance|allies|members?|member-)\b", re.I)
OF_THE_ALLIANCE_AFTER = re.compile(r"^\s+(?:of|in)\s+(?:the\s+)?(?:nato|alliance|bloc)\b", re.I)
PLAIN_STATES = re.compile(r"(?:\s|-)(?:(?i:states)|Länder|Ländern)$")
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
    if OTHER_COUNTRIES.search(surface):
        return Subject(subject.key, subject.entity, subject.how, OTHER_COUNTRIES_WHY)
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


# One kind of equipment, a unit or a service, never the whole exercise's force (troops, forces and
# personnel are), in English and the other languages' exercise nouns: "ships from 14 allies",
# "pilots from 18 countries", "Kampfjets aus 14 Ländern", "des avions de chasse de 14 pays".
ONE_PART_NOUNS = (r"(?:ships|vessels|warships|submarines|aircraft|jets|planes|fighters|helicopters"
                  r"|drones|tanks|pilots|sailors|marines|crews|units|squadrons|wings|brigades"
                  r"|battalions|regiments|contingents|" +
                  "|".join(nouns for _, nouns, _ in FOREIGN_EXERCISE_NOUNS) + ")")
# "aircraft from (more than)", "Kampfjets aus": the nouns, then "from", right before the count
ONE_PART_FROM = (rf"{ONE_PART_NOUNS}\s+(?:\w+\s+){{0,2}}?(?:from|of{FOREIGN_FROM_WORDS})\s+"
                 r"(?:(?:more\s+than|over|some|about|around|nearly)\s+)?$")
ONE_PART_FROM_BEFORE = re.compile(rf"\b{ONE_PART_FROM}", re.I)
# Counted or gathered by the exercise itself, they are its whole set: "250 aircraft from 25
# nations", "the exercise brings together aircraft from 25 countries"
WHOLE_SET_BEFORE = re.compile(
    r"(?:\d[\d,.]*\s+|\b(?:brings?|brought|bringing)\s+together\s+|\b(?:involv|gather|includ|"
    rf"featur)\w*\s+)(?:\w+\s+)?{ONE_PART_FROM}", re.I)
# "14 nations sending fighter jets", "12 allies contribute ships"
ONE_PART_SENT_AFTER = re.compile(
    r"^\s*(?:\w+\s+)?(?:send|sent|contribut|provid|deploy|bring|brought|suppl|fly|flew|flown)"
    rf"\w*\s+(?:\w+\s+){{0,2}}?{ONE_PART_NOUNS}\b", re.I)
ONE_PART_SENDERS = "the participants that send one kind of equipment or one service"
# "held in 9 countries", "deploying across 12 nations", "bases in 3 countries": where it is held,
# not who takes part (troops "from" them do)
HOSTS_BEFORE = re.compile(r"\b(?:in|across|throughout|over)\s+(?:(?:more\s+than|over|some|"
                          r"about|around|nearly|up\s+to)\s+)?$", re.I)
HOSTS = "the countries it is held in, not those taking part"
# "23 of the 25 nations are NATO members": a part of the participants another count names
# (also "20 of which are in Poland", "of whom")
SOME_OF_THEM_AFTER = re.compile(r"^\s+(?:out\s+)?of\s+(?:the|these|those|its|them|which|whom)\b",
                                re.I)
SOME_OF_THEM = "some of the participants another count names"
# "Steadfast Defender 24, conducted in Poland with the participation of 24 countries": the
# participants of what is held in one ally, the whole exercise's only if it is held there alone
# (French, Spanish, Italian, Portuguese, Romanian, Polish, German: "organisé en Pologne",
# "realizado en España", "svolto in Italia", "desfășurat în România", "przeprowadzone w Polsce",
# "durchgeführt in Polen", and the German relative clause "das in Polen ... stattfand")
HELD_IN_AN_ALLY_BEFORE = re.compile(
    r"\b(?:conducted|held|taking\s+place|took\s+place|carried\s+out|staged|hosted|"
    r"organisée?s?|menée?s?|déroulée?s?|tenue?s?|realizad[oa]s?|celebrad[oa]s?|desarrollad[oa]s?|"
    r"svolt[oaie]|tenut[oaie]|conduzid[oa]s?|desf[ăa][șş]urat\w*|organizat\w*|przeprowadzon\w*|"
    r"durchgeführt\w*|abgehalten\w*|(?:das|die|der|welche[rs]?))\s+"
    r"(?:in|en|em|no|na|în|w|im)\s+"
    r"(?:the\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
HELD_IN_AN_ALLY = "the participants of what is held in one ally, perhaps a part of the exercise"
# "more than 20 other countries" (besides the host): all participants but one, never all
OTHER_COUNTRIES = re.compile(r"\bother\s+(?:\w+\s+)?(?:countries|nations|allies|states)$", re.I)
OTHER_COUNTRIES_WHY = "the participants other than one already named, not all of them"


def held_in_an_ally(before: str) -> bool:
    """Whether the words before a count say that what it counts is held in one named ally."""
    return any(find_ally(m.group(1)) for m in HELD_IN_AN_ALLY_BEFORE.finditer(before))


def part_senders_to_agree(subject: Subject, before: str, after: str) -> Subject:
    """``subject`` compared only to agree when it counts the exercise's allies or nations that
    send one kind of equipment or one service, those it is held in, or a part of another count
    of them (``before``, ``after``: the sentence around the figure)."""
    if subject.key not in (ALLIES_KEY, NATIONS_KEY) or not subject.entity or subject.why:
        return subject
    sent_part = ONE_PART_FROM_BEFORE.search(before) and not WHOLE_SET_BEFORE.search(before)
    why = ONE_PART_SENDERS if sent_part or \
        ONE_PART_SENT_AFTER.match(after) else HOSTS if HOSTS_BEFORE.search(before) else \
        SOME_OF_THEM if SOME_OF_THEM_AFTER.match(after) else \
        HELD_IN_AN_ALLY if held_in_an_ally(before) else ""
    if not why:
        return subject
    how = subject.how.removesuffix(f", {AGREE_ONLY}")
    return Subject(subject.key, subject.entity, f"{how}, {why}, {AGREE_ONLY}")
