"""A count of some of the allies another count names (issue 9): "Twenty of the 23 allies
meeting the target are in Europe", "Of the 23 allies at 2% this year, 10 are former Warsaw Pact
members". Out of the alliance's whole membership ("23 of the 32 allies") a count may be NATO's
count at a level; out of any smaller number of allies it is a part of those, never all the
allies at a level. Read by :mod:`analysis.brief.subject`."""

from __future__ import annotations

import re

from analysis.brief.group_shares import GROUP_QUALIFIERS
from analysis.extract.numbers import parse_word_number
from analysis.extract.other_languages import ALLY_NOUNS, NATION_NOUNS
from analysis.vocabulary import MEMBERSHIP_SIZES

_COUNT = r"(\d{1,2}|[a-z]+(?:-[a-z]+)?)"
_ALLY_NOUNS = r"(?:allies|members|member\s+(?:states|countries)|countries|nations|states)"
# "Twenty of the 23 allies meeting ...": the count before "of the" + a number of allies.
OUT_OF_AFTER = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the|these|those)\s+{_COUNT}\s+((?:[\w-]+\s+){{0,2}}?){_ALLY_NOUNS}\b",
    re.I)
# "Of the 23 allies at 2% this year, 10 are ...": the sentence opens on the group counted in;
# also in Italian, French, Spanish, German and Polish ("Dei 23 alleati che ..., 16 sono",
# "Parmi les 23 alliés", "De los 23 aliados", "Von den 23 Verbündeten", "Spośród 23 sojuszników").
OF_THE_GROUP_OPENING = re.compile(
    r"^\W*(?:Of|Among|Dei|Degli|Delle|Fra|Tra|Parmi|Sur|De|Entre|Von|Unter|Spośród|Wśród)\s+"
    rf"(?:(?:the|these|those|i|gli|le|les|los|las|den|ces)\s+)?{_COUNT}\s+((?:[\w-]+\s+){{0,2}}?)"
    rf"(?:{_ALLY_NOUNS}{ALLY_NOUNS}{NATION_NOUNS})\b[^,;]{{0,80}},\s*(?:\w+\s+)?$", re.I)

# "Among European allies, 20 meet the target", "Among EU members, 16 do": the sentence opens on
# a group of the allies named by a proper adjective, with no number.
NAMED_GROUP_OPENING = re.compile(
    r"^\W*(?:Of|Among|Amongst|Within)\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3}?)"
    rf"{_ALLY_NOUNS}\b[^,;]{{0,80}},\s*(?:\w+\s+)?$")
# "In Europe, 20 allies meet the target", "Across the Baltics, 3 do": a region of the alliance
# opening the sentence.
_REGION = (r"(?:Europe|EU|European\s+Union|Baltics?|Nordics?|Scandinavia|Eastern\s+Europe|"
           r"Central\s+Europe|(?:(?:NATO|the\s+alliance)['’]s\s+)?eastern\s+flank|east)")
REGION_OPENING = re.compile(
    rf"^\W*(?:In|Across|Within|Among)\s+(?:the\s+)?{_REGION}\b[^,;\d]{{0,30}},\s*(?:\w+\s+)?$")
# "Seventeen allies in Europe meet the target", "Eight allies on the eastern flank do": the
# region right after the count's noun.
REGION_AFTER = re.compile(rf"\s+(?:in|from|on|along)\s+(?:the\s+)?{_REGION}\b")
# "Two eastern-flank allies", "Eight frontline allies": a group qualifier (GROUP_QUALIFIERS)
# between the number and the noun.
QUALIFIED_COUNT = re.compile(rf"^\S+\s+((?:[\w-]+\s+){{1,3}}?){_ALLY_NOUNS}\b", re.I)
# "Eighteen EU member states met the target": the count's own noun named by a proper adjective.
NAMED_GROUP_COUNTED = re.compile(rf"^\S+\s+((?:[A-Z][\w-]*\s+){{1,3}}?){_ALLY_NOUNS}\b")

# The words that may stand between the number and the noun of the whole alliance ("the 32 NATO
# member countries"); any other ("the 30 European allies", "the eight Nordic and Baltic states")
# names a part of it, whatever its size.
ALLIANCE_WORDS = frozenset(("nato", "member", "allied", "alliance", "alliance's", "alliance’s"))

PART = "some of the allies another count names, not a count of all allies at a level"


def _number(words: str) -> int | None:
    if words.isdigit():
        return int(words)
    try:
        value = parse_word_number(words.lower())
    except (ValueError, KeyError):
        return None
    return int(value) if value else None


def part_of_a_count(sentence: str, at: int, surface: str) -> str:
    """Why the count at ``sentence[at:]`` is a part of a smaller group of allies than the
    alliance ("Twenty of the 23 allies meeting ..."), else ''."""
    if at < 0:
        return ""
    found = OUT_OF_AFTER.match(sentence, at + len(surface)) or \
        OF_THE_GROUP_OPENING.match(sentence[:at])
    if found is not None and _number(found.group(1)) is None:
        found = None  # "Among European allies, 20": no number of allies opens it
    named = NAMED_GROUP_OPENING.match(sentence[:at]) or NAMED_GROUP_COUNTED.match(surface)
    if found is None and REGION_OPENING.match(sentence[:at]):
        return PART
    if found is None and named is not None:
        return PART if any(word.lower() not in ALLIANCE_WORDS | {"nato", "otan"}
                           for word in named.group(1).split()) else ""
    if found is None:
        return ""
    whole = _number(found.group(1))
    if whole is None:
        return ""
    named_part = any(word.lower() not in ALLIANCE_WORDS for word in found.group(2).split())
    return PART if named_part or whole not in MEMBERSHIP_SIZES else ""


def group_named_with_the_count(sentence: str, at: int, surface: str) -> str:
    """Why the count at ``sentence[at:]`` is of a group of the allies its own words name
    (:data:`REGION_AFTER`, :data:`QUALIFIED_COUNT`), else ''."""
    if at < 0 or not surface:
        return ""
    noun_last = surface.split()[-1].lower() in ("allies", "members", "countries", "nations",
                                                  "states")
    if noun_last and REGION_AFTER.match(sentence, at + len(surface)):
        return PART
    qualified = QUALIFIED_COUNT.match(surface)
    if qualified and any(part in GROUP_QUALIFIERS for word in qualified.group(1).lower().split()
                         for part in (word, *word.split("-"))):
        return PART
    return ""
