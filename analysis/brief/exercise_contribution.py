"""A count that is one country's or one kind's part of an exercise's total (issue 9).

NATO states an exercise's whole: 90,000 troops from all allies. "20,000 British troops", "32
foreign jets", "800 vehicles transported to Poland" or "standing forces" are a part of it or
another force, and :func:`part_of_exercise` says why, for :mod:`analysis.brief.subject` to leave
the count uncompared. Moved out of :mod:`analysis.brief.scope`, whose clause helpers it reads.
"""

from __future__ import annotations

import re

from analysis.brief import exercise_whole as whole
from analysis.brief.scope import clause_around, clause_before, whole_words
from analysis.brief.subject_words import EUROPE_WORDS, NATION_AS_PLACE
from analysis.data.ally_adjectives import NATIONALITIES
from analysis.foreign_words import ACCORDING_TO, AND_ANY_LANGUAGE
from analysis.vocabulary import PART_OF_VEHICLES, STANDING_FORCE_WORDS

NATIONALITY = whole_words(NATIONALITIES, 0)
PART_VEHICLES = whole_words(PART_OF_VEHICLES)
STANDING_FORCE = whole_words(STANDING_FORCE_WORDS)

ALLIES_AND_ONE = re.compile(r"\b(?:allies|allied\s+nations|members|nations)\s+(?:and|plus)\s+"
                            r"[A-Z]\w+", re.I)
# "Led by Germany, the drill involves 250 aircraft": the ally leading or hosting the exercise, set
# off by commas, names no part of it.
# "Nach Angaben der Bundeswehr sind rund 10.000 Soldaten beteiligt" (according to the
# Bundeswehr): the source the count is quoted from names no part of the exercise.
SOURCE_NAMED = re.compile(rf"\b(?:{ACCORDING_TO})\s+(?:(?:the|der|des|dem|la|el|l['’])\s*)?"
                          r"[\w'’-]+", re.I)
LEADER_SET_OFF = re.compile(r"(?:^|[,;]\s*)(?:[Ll]ed|[Hh]osted|[Oo]rgani[sz]ed|[Hh]eaded|"
                            r"[Cc]ommanded)\s+by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)"
                            r"{0,2}\s*,")


# "In Hohn sind 32 ausländische Kampfjets" (foreign jets), "most of the 160 jets were stationed
# there": the part of an exercise from abroad or at one place, not its total.
# (and "in Poland alone": the part at one place)
PART_BY_ORIGIN_OR_PLACE = re.compile(
    r"(?<!\w)(?:foreign|ausländisch\w*|étrang\w*|extranjer\w*|stranier\w*|zagraniczn\w*|"
    r"stationed|based\s+at|stationiert\w*|stationné\w*|estacionad\w*|stazionat\w*"
    r"|(?:in|at)\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s+alone)(?!\w)", re.I)

# "Eight hundred vehicles have been transported to Poland for the exercise": what is sent to one
# ally is the part that goes there, not the exercise's total.
SENT_TO_AN_ALLY = re.compile(r"\b(?:transported|sent|shipped|moved|deployed|brought|flown|"
                             r"delivered)\s+to\s+(?:the\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?)")

# "250 aircraft from 25 nations—including 100 U.S. aircraft": what follows "including" is a part
# of the figure, never the country that owns it.
INCLUDING_AFTER = re.compile(r"[,—–(]?\s*\bincluding\b", re.I)


# "90,000 American and European troops", "soldats américains et européens", "allied and US
# forces": one nation joined to Europe's or the allies' names the exercise's many nations.
MANY_NATIONS_ADJECTIVE = rf"(?:{EUROPE_WORDS}|allied|alli[ée]s|alliiert\w*|aliad[oa]s|alleat[ie])"
MANY_NATIONS_JOINED_AFTER = re.compile(
    rf"\s+{AND_ANY_LANGUAGE}\s+{MANY_NATIONS_ADJECTIVE}\b", re.I)
MANY_NATIONS_JOINED_BEFORE = re.compile(
    rf"\b{MANY_NATIONS_ADJECTIVE}\s+{AND_ANY_LANGUAGE}\s+$", re.I)


def one_nation_named(text: str) -> re.Match | None:
    """The first nationality in ``text`` that stands alone, not joined to Europe's or the
    allies' names ("American and European troops" are the exercise's many nations)."""
    for nation in NATIONALITY.finditer(text):
        if not MANY_NATIONS_JOINED_AFTER.match(text, nation.end()) and \
                not MANY_NATIONS_JOINED_BEFORE.search(text, 0, nation.start()):
            return nation
    return None


def part_of_exercise(sentence: str, at: int, surface: str, ally: str | None,
                     find_ally=None) -> str:
    """Why a count is one country's or one kind's part of an exercise's total, else ''.
    ``find_ally``: :func:`analysis.brief.ally_names.find_ally`, for an ally the figure's clause
    names in its own words ("while Britain contributes 20,000")."""
    if PART_VEHICLES.search(surface):
        return f"one kind of equipment ('{surface}'), not the exercise's total"
    sentence = whole.without_the_part_before(sentence, at)
    standing = STANDING_FORCE.search(clause_before(sentence, at, 90))
    if standing:
        return f"standing forces ('{standing.group()}'), not an exercise's participants"
    # (the source is blanked out, not cut, so that the figure keeps its offset)
    # (and the leader set off by commas: ", led by the German Air Force," leads the whole)
    unsourced = NATION_AS_PLACE.sub(lambda m: " " * len(m.group()), LEADER_SET_OFF.sub(
        lambda m: " " * len(m.group()), SOURCE_NAMED.sub(lambda m: " " * len(m.group()), sentence)))
    aside = INCLUDING_AFTER.search(unsourced, at + len(surface)) if at >= 0 else None
    unsourced = unsourced[:aside.start()] if aside else unsourced
    if whole.marked_whole(sentence, at, surface) and not NATIONALITY.search(surface):
        return ""
    nation = one_nation_named(surface) or one_nation_named(
        clause_around(whole.own_phrase_after(unsourced, at, surface), at, surface, 40))
    if nation:
        return f"one country's contribution ('{nation.group()}'), not the exercise's total"
    local = PART_BY_ORIGIN_OR_PLACE.search(surface) or PART_BY_ORIGIN_OR_PLACE.search(
        clause_around(unsourced, at, surface, 40))
    if local:
        return f"the part from abroad or at one place ('{local.group()}'), not the exercise's total"
    sent = SENT_TO_AN_ALLY.search(sentence[at + len(surface):at + len(surface) + 60]) \
        if at >= 0 and find_ally else None
    if sent and find_ally(sent.group(1)):
        return f"the part sent to one ally ('{sent.group()}'), not the exercise's total"
    # "from all 31 allies and Sweden, more than 50 ships": Sweden is among the whole's nations
    clause = LEADER_SET_OFF.sub(" ", ALLIES_AND_ONE.sub(" ", clause_before(sentence, at, 150)))
    if ally and re.search(re.escape(ally.split()[0]), clause):
        return f"one country's contribution ({ally}), not the exercise's total"
    named = find_ally(clause) if find_ally else None
    if named:
        return f"one country's contribution ({named}), not the exercise's total"
    return ""
