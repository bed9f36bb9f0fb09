"""Phrases near a figure that tell :mod:`analysis.brief.subject` what it is about, beside the
like-for-like guards of :mod:`analysis.brief.scope`: a time counted back ("two years ago", "from
2014") or a month named, a count of allies before a figure, the guideline named or restated as
a pledge, a threshold after a count, and NATO named as a figure's source.
"""

from __future__ import annotations

import re

from analysis.extract.numbers import number_word_alternation
from analysis.foreign_words import ACCORDING_TO, ACCORDING_TO_AFTER, FOREIGN_SOURCE_VERBS
from analysis.vocabulary import GUIDELINE_NOUNS, MONTH_NAMES, NATO_IN_ENGLISH, NATO_NAME

YEARS_AGO = re.compile(r"\b(?:\w+|\d+)\s+(?:years?|decades?)\s+ago\b|\ba\s+decade\s+ago\b", re.I)
CHANGE_FROM_YEAR = re.compile(r"\b(?:from|over|compared\s+(?:with|to)|than\s+in|versus|on)\s+"
                              r"(?:the\s+previous\s+year\s+)?(20\d\d)\b", re.I)
IN_MONTH = re.compile(r"\b(?:in|by|as\s+of|until)\s+(" + "|".join(MONTH_NAMES) + r")\b"
                      r"(?!\s+\d)(?:\s+(?:this|last)\s+year)?", re.I)


def month_named(sentence: str) -> int | None:
    """The month "In February this year, 18 allies ..." speaks of (1-12), else None."""
    found = IN_MONTH.search(sentence)
    return MONTH_NAMES.index(found.group(1).lower()) + 1 if found else None


# Counts of allies, guideline names and thresholds near a figure (analysis.brief.subject).
COUNT_BEFORE = re.compile(
    r"\b(?:\d+|" + number_word_alternation(2, 12) + r"|\w+teen|twenty[-\w]*|"
    r"thirty[-\w]*|all|majority|most|half|many|few)\s+(?:[\w-]+\s+){0,2}(?:allies|members|"
    r"member\s+states|countries|"
    r"nations)\b[^.;]{0,50}$", re.IGNORECASE)

GUIDELINE_NOUN = "(?:" + "|".join(GUIDELINE_NOUNS) + ")"
TARGET_NEXT = re.compile(rf"{GUIDELINE_NOUN}s?\s+(?:of|at|to\s+spend)\s+(?:at\s+least\s+|"
                         rf"about\s+)?$|^\s*(?:of\s+GDP\s+)?(?:\w+\s+){{0,2}}{GUIDELINE_NOUN}s?\b",
                         re.IGNORECASE)

# The guideline restated as what allies promised: "NATO defense ministers pledged to spend at
# least 2 percent of their gross domestic product", "members agreed last year to spend at least".
PLEDGED_TO_SPEND = re.compile(
    r"\b(?:pledg|commit|agree|promis|vow|undert[ao]ok|oblig)\w*\s+(?:[\w-]+\s+){0,3}?to\s+"
    # "agreed to move towards spending at least 2 per cent": the pledge's way there
    r"(?:(?:move|work|head|aim)\s+(?:towards?|for)\s+)?"
    r"(?:spend|allocate|devote|invest|earmark|dedicate)\w*\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$",
    re.IGNORECASE)

COUNT_KEY = "allies_meeting_2pct_guideline"
# A percentage in a parenthesis of its own is the share of the members the count makes ("only
# three out of 28 members (11 per cent) met the target"), not a level.
THRESHOLD_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:over|above|more\s+than|at\s+least|exceed\w*|"
                             r"surpass\w*|beyond)?\s*(?<!\()(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|"
                             r"percent)(?!\s*\))", re.IGNORECASE)



# "According to NATO estimates, ...", "NATO figures show ...", "..., NATO said": NATO as the
# source of a figure, not as its owner.
NATO_AS_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:latest\s+|new\s+)?(?:" + NATO_IN_ENGLISH + r"|"
    r"alliance)(?:['’]s)?"
    r"(?:\s+(?:latest\s+|new\s+|own\s+)?(?:estimates?|figures|data|report|projections?))?|"
    r"\b(?:" + NATO_IN_ENGLISH + r")(?:['’]s)?\s+(?:latest\s+|new\s+|own\s+)?(?:estimates?|"
    r"figures|data|report|"
    r"projections?)\s+(?:show\w*|put\w*|suggest\w*|indicat\w*)|"
    r"\b(?:" + NATO_IN_ENGLISH + r")\s+(?:said|says|"
    r"reported)\b|"
    # "a communique published at NATO headquarters", "figures released by NATO on Monday": NATO
    # the publisher; "a NATO report estimates": its document
    r"\b(?:published|released|issued|compiled)\s+(?:[\w-]+\s+){0,4}?(?:by|at|from)\s+(?:the\s+)?"
    r"(?:" + NATO_IN_ENGLISH + r")(?:['’]s)?(?:\s+headquarters)?|"
    r"\b(?:" + NATO_IN_ENGLISH + r")\s+headquarters\b|"
    r"\b(?:[Aa]|[Tt]he)\s+(?:new\s+|latest\s+)?(?:" + NATO_IN_ENGLISH + r")\s+"
    r"(?:communiqu[eé]|report|statement|document|paper)\s+(?:estimat|show|put|sa[iy]|give)\w*")


# The same in the other languages: "según la OTAN", "volgens de NAVO", "σύμφωνα με το ΝΑΤΟ",
# "enligt Nato" (up to three words between: "según los datos de la OTAN"); "NATO verilerine
# göre", "a NATO szerint"; a verb of estimating before NATO, as a clause after the figure puts
# it ("..., odhaduje NATO", "..., anslår NATO", "..., schat de NAVO", "..., stima la Nato") or
# after it ("NATO szacuje"). NATO in Greek letters is written here, not among NATO_NAMES.
_NATO_ANY_LANGUAGE = r"(?:" + NATO_NAME + r"|ΝΑΤΟ)(?![\w-])"
_ESTIMATES_IN_OTHER_LANGUAGES = (
    FOREIGN_SOURCE_VERBS + r"|schat|schatte|stima|estima|estimou|anslår|anslo|vurderer|bedömer"
    r"|beräknar|uppskattar|beregner|estimează|estimeaz[aă]|εκτιμά")
FOREIGN_NATO_AS_SOURCE = re.compile(
    rf"(?i:\b(?:{ACCORDING_TO}|σύμφωνα\s+με))\s+(?:[\w'’]+\s+){{0,3}}?{_NATO_ANY_LANGUAGE}|"
    rf"{_NATO_ANY_LANGUAGE}(?:['’:]\w+)?\s+(?:\w+\s+)?(?i:{ACCORDING_TO_AFTER})\b|"
    rf"(?i:\b(?:{_ESTIMATES_IN_OTHER_LANGUAGES}))\s+(?:(?:de|la|il|l['’]|a|o|το)\s*)?"
    rf"{_NATO_ANY_LANGUAGE}|{_NATO_ANY_LANGUAGE}\s+(?i:{_ESTIMATES_IN_OTHER_LANGUAGES})\b")


def without_nato_source(sentence: str) -> str:
    """``sentence`` with the phrases naming NATO as a source blanked out, in any language."""
    return FOREIGN_NATO_AS_SOURCE.sub(" ", NATO_AS_SOURCE.sub(" ", sentence))
