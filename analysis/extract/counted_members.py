"""Whether the countries a number counts are NATO's allies or another set of countries: the noun
("NATO members", "partners"), the allies listed after it or named before ("12 countries:
Belgium, ..."), the alliance's size and the paragraph around it (an EU context, NATO named).
:func:`allies_or_countries` gives :mod:`analysis.extract.read` the unit of a counted noun.
"""

from __future__ import annotations

import re

from analysis.extract import patterns as P
from analysis.extract.count_patterns import DEFINITE_BEFORE
from analysis.extract.entity import allies_named
from analysis.extract.numbers import parse_word_number
from analysis.vocabulary import NATO_IN_ENGLISH, NATO_TARGET_NOUNS

# "12 countries meet the benchmark", "... of GDP": countries at NATO's target are allies
_TARGET_OR_GDP = re.compile(r"\b(?:" + "|".join((*NATO_TARGET_NOUNS, "GDP")) + r")\b")
_NATO_WORD = re.compile(r"N(?<=\bN)(?:ATO|ato)\b")  # "\b(?:NATO|Nato)\b", see P.EU_CONTEXT


# "23 out of 32 countries have achieved or exceeded 2%": countries reaching 2%, counted out of a
# membership the alliance has had, are its allies at the guideline even with no alliance word in
# the paragraph (the article named NATO paragraphs before).
_OUT_OF_BEFORE = re.compile(r"\bout\s+of\s+(?:the\s+)?$")
_REACHING_TWO_PERCENT_AFTER = re.compile(
    r"\s+(?:have\s+|has\s+|had\s+)?(?:now\s+|already\s+)?(?:reach\w*|met|meet\w*|hit\w*|"
    r"achiev\w*|exceed\w*|surpass\w*)\s+(?:or\s+\w+\s+)?(?:the\s+)?(?:2|two)[\s-]?"
    r"(?:%|per\s?cent)", re.I)


def _out_of_membership_at_two_percent(text: str, start: int, end: int, noun_phrase: str) -> bool:
    value = P.LEADING_NUMBER.match(noun_phrase)
    return value is not None and float(value.group()) in P.MEMBERSHIP_SIZES and bool(
        _OUT_OF_BEFORE.search(text, max(0, start - 12), start)) and bool(
        _REACHING_TWO_PERCENT_AFTER.match(text, end))


def allies_or_countries(text: str, start: int, end: int, group: str) -> str:
    """NATO members are ``allies`` whatever the noun; other sets of countries are ``countries``."""
    # The paragraph around the noun, at most 120 characters before and 80 after.
    lo = text.rfind("\n", max(0, start - 120), start) + 1 or max(0, start - 120)
    hi = text.find("\n", end, end + 80)
    window = text[lo:hi if hi >= 0 else min(len(text), end + 80)]
    if group == "allies":
        value = P.LEADING_NUMBER.match(text, start)
        if value and float(value.group()) == P.EU_SIZE and not _NATO_WORD.search(text, start, end):
            return "countries"
        return "countries" if P.EU_CONTEXT.search(window) and not _NATO_WORD.search(window) \
            else "allies"
    noun_phrase = text[start:end]
    if re.search(r"\b(?:" + NATO_IN_ENGLISH + r"|member|allied|Allied)\b", noun_phrase):
        return "allies"
    if re.search(r"\bpartner", noun_phrase):
        return "countries"
    value = P.LEADING_NUMBER.match(noun_phrase)
    count = float(value.group().replace(",", "")) if value else parse_word_number(
        noun_phrase.split()[0])
    if text[end:end + 3].lstrip(" ")[:1] in (":", "-", "–", "—", "(") and \
            2 <= count <= len(allies_named(text[end:end + 250])):
        return "allies"  # "12 countries: Belgium, Britain, Canada, ..."
    if DEFINITE_BEFORE.search(text, max(0, start - 8), start) and value is None and \
            2 <= parse_word_number(noun_phrase.split()[0]) <= len(
                allies_named(text[max(0, start - 600):start])):
        return "allies"  # "Estonia, Latvia and Lithuania ... The three countries"
    if _out_of_membership_at_two_percent(text, start, end, noun_phrase):
        return "allies"
    if P.EU_CONTEXT.search(window) or not P.NATO_CONTEXT.search(window):
        return "countries"
    if P.NATO_OWNER_BEFORE.search(text, max(0, start - 25), start):
        return "allies"  # "NATO's 32 countries", "the alliance's 31 nations"
    value = P.LEADING_NUMBER.match(noun_phrase)
    if value and float(value.group().replace(",", "")) in P.MEMBERSHIP_SIZES and \
            re.search(r"\b(?:" + NATO_IN_ENGLISH + r"|[Aa]lliance)\b", window):
        return "allies"
    if re.search(r"\b(?:of\s+(?:the\s+)?(?:29|30|31|32)|out\s+of)\b", window) or \
            _TARGET_OR_GDP.search(window):
        return "allies"
    return "countries"
