"""The 2% guideline as news reads it: a bare "2%" that is NATO's guideline although GDP is not
written (:func:`implicit_share_of_gdp`), a share of GDP that is the guideline itself or a share
actually spent (:func:`share_of_gdp_metric`), and a count of allies meeting a target named in
its sentence or the one before (:func:`meets_named_target`, :func:`names_target`), with the
words :func:`analysis.extract.metric.classify_metric` reads a count of allies by.
"""

from __future__ import annotations

import re

from analysis.extract import other_languages as L
from analysis.extract.context import (
    CHANGE,
    CLAUSE_END,
    GUIDELINE,
    SPEND_NEAR,
    TWO_PERCENT,
    SentenceCues,
    has_word,
)
from analysis.extract.entity import ALLY_RE, GROUPS
from analysis.extract.numbers import number_word_alternation
from analysis.extract.patterns import TARGET_AFTER
from analysis.extract.window_end import any_word_then, ends_with, words_at_end
from analysis.foreign_words import FOREIGN_REACH_VERBS
from analysis.vocabulary import (
    FLOOR_NOUNS,
    PLEDGE_NOUNS,
    SURE_GUIDELINE_NOUNS,
    membership_sizes_since,
)

_CHANGE_AFTER = re.compile(
    r"\s+(?:more|less|higher|lower|increase|rise|growth|jump|drop|cut|fall|decline|points?|"
    r"annual|a\s+year|per\s+year|year-on-year)\b", re.I)
TARGET_VERB_BEFORE = words_at_end(
    r"\b(?:reach\w*|meet\w*|met|hit\w*|achiev\w*|exceed\w*|surpass\w*|towards?|above|below|"
    r"under" + FOREIGN_REACH_VERBS + r")\s+(?:the\s+)?(?:at\s+least\s+|about\s+|some\s+|only\s+)?$")


def implicit_share_of_gdp(value: float, cues: SentenceCues, before: str, near: str,
                          after: str, gdp_context: bool = False) -> bool:
    """A bare "2%" that is NATO's guideline ("allies agreed that 2% should be a floor", "move
    towards 2% within a decade"): a share of GDP although GDP is not written.

    ``gdp_context``: the text has already given a share of GDP, so that a later "the 2% figure
    is a floor" or "wants to reach 5%" continues that measure without naming NATO again."""
    if value not in GUIDELINE_LEVELS and not (gdp_context and value <= MAX_SHARE_GDP):
        return False  # the cheap test first: most shares are neither
    if after.startswith(" of ") or _CHANGE_AFTER.match(after) or has_word(CHANGE, near):
        return False
    if gdp_context and value <= MAX_SHARE_GDP and ends_with(TARGET_VERB_BEFORE, before):
        return True  # "... 1.37% of GDP ... projected that it would reach only 1.76%"
    if gdp_context and value <= MAX_SHARE_GDP and cues.spending and (cues.guideline or cues.nato):
        return True  # "Eight Allies ... spend less than the guideline: Belgium (1.30%), ..."
    if value not in GUIDELINE_LEVELS:
        return False
    if ends_with(TARGET_VERB_BEFORE, before) and (
            cues.nato or cues.guideline or cues.spending or gdp_context):
        return True
    if gdp_context and (cues.guideline or _TARGET_BEFORE.search(before)):
        return True
    return cues.nato and (cues.guideline or cues.spending)


GUIDELINE_LEVELS = (1.5, 2.0, 2.5, 3.0, 3.5, 5.0)
# No ally has spent more than about a tenth of its GDP on defence since the Cold War: a larger
# share that is not written "of GDP" measures something else ("up from 48%" of respondents).
MAX_SHARE_GDP = 10.0
# "2% of GDP target", "the 2% NATO benchmark": patterns.TARGET_AFTER, after "of ... GDP" too and
# with its modifiers in any case.
_TARGET_RIGHT_AFTER = re.compile(
    r"(?:\s+of\s+(?:[\w'’.-]+\s+){0,3}?GDP\b)?" + TARGET_AFTER.pattern, re.I)
_TARGET_BEFORE = any_word_then(
    "|".join((*SURE_GUIDELINE_NOUNS, *FLOOR_NOUNS, *PLEDGE_NOUNS)),
    r"s?\s+(?:of|to\s+spend|at)\s+(?:at\s+least\s+|about\s+|some\s+)?$")


# Sizes of the alliance (1982: 16, 1999: 19, 2004: 26 ... 2024: 32): "of the 32 allies" is all.
MEMBERSHIP_SIZES_SINCE_1982 = frozenset(map(float, membership_sizes_since(1982)))
_NUMBER = (r"(?:\d+|" + number_word_alternation(1, 12) + r"|"
           r"\w+teen|twenty(?:-\w+)?|thirty(?:-\w+)?)")
TOTAL_BEFORE = re.compile(
    r"(?:\b" + _NUMBER + r"(?:\s+[A-Za-z]+){0,2}?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?"
    r"|\ball\s+(?:the\s+|its\s+)?|\b(?:NATO|[Aa]lliance)(?:'s|’s)\s+"
    # "23 der insgesamt 32 Bündnisstaaten", "18 din cele 31 de ţări"
    rf"|\b\d+\s+(?:{L.OUT_OF_WORDS})\s+(?:(?:{L.OUT_OF_ARTICLE_WORDS})\s+)?"
    rf"(?:(?:{L.IN_ALL_WORDS})\s+)?)$", re.I)
# (case-sensitive: case-insensitive, its words outside ASCII cost a try at every character)
MUST = re.compile(rf"\b(?:{L.OBLIGATION_WORDS})\b")
BELOW_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:remain(?:s|ed)?\s+|are\s+|were\s+|still\s+|stay(?:s|ed)?\s+)*"
    r"(?:below|under|short\s+of|f[ae]ll(?:s|ing)?\s+short|miss(?:es|ed|ing)?|"
    r"fail(?:s|ed)?\s+to\s+(?:meet|reach|hit)|lag(?:s|ged)?\s+behind|"
    r"(?:do|does|did|have|has)\s+not\s+(?:yet\s+)?(?:meet|reach|met|reached|hit))\b", re.I)
# "I expect 18 allies to spend 2% of their GDP. A six-fold increase from only 3 allies in 2014":
# the count a rise starts from, after a sentence counting allies at the target, is the same count.
RISE_FROM_BEFORE = re.compile(
    r"\b(?:increase|rise|jump|growth|up|increased|rose|risen|grown)\s+from\s+"
    r"(?:only\s+|just\s+|a\s+mere\s+)?$", re.I)
ALLIES_COUNTED = re.compile(
    r"\b" + _NUMBER + r"\s+(?:NATO\s+|member\s+)?(?:allies|members|countries|states)\b", re.I)
# Spending a share of GDP as an agreed goal ("allies agreed to spend 2%", "pledged to invest",
# "urged allies to spend"): the guideline. "Poland plans to spend 5%" is Poland's own plan.
GOAL_BEFORE = words_at_end(
    r"\b(?:(?:agree|pledge|commit|promise|vow|oblige|require)[sd]?|agreeing|pledging|committing|"
    r"committed|promising|vowing|obligated|must|should|shall|need(?:s|ed)?|have|has|"
    r"(?:want|urge|call|ask|press|push|demand)\w*\s+(?:on\s+)?(?!to\b)\w+(?:\s+\w+)?)"
    r"\s+(?:to\s+)?(?:spend|spending|invest|investing|devote|devoting|allocate|dedicate)"
    r"\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$")
# Aiming at a level ("will not reach 2%", "to meet 3.5%"), not a level reached.
AIM_BEFORE = words_at_end(
    r"\b(?:will|would|to|should|must|could|can|may|might|not|never|yet|shall)\s+"
    r"(?:not\s+|yet\s+|be\s+able\s+to\s+|even\s+)?(?:reach|meet|hit|achieve|exceed|surpass)"
    r"\b[^.;]*$")
# "£67bn defence spending to 3.5% of GDP": an amount of spending "to" a guideline's level is
# what it would take to reach it, the level a goal.
MONEY_TO_A_LEVEL_BEFORE = re.compile(
    r"\d(?:[\d.,]*\d)?\s*(?:bn|billion|mn|million|tn|trillion)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:spending|expenditure|investment)\s+to\s+(?:reach\s+)?$", re.I)
# What links a country to its actual share: "Poland spends 4.1%", "Poland (4.5%)", "Poland's
# 4.1%", "Estonia at 3.4%", "Lithuania met the target with 3.5%", "has reached 3%".
_ACTUAL_LINK = re.compile(
    r"\b(?:spends?|spent|spending|reached|reaches|met|meets|hits|hit|achieved|exceed\w*|"
    r"surpass\w*|stands?|stood|at|with|is|was|has|had|devot\w*|allocat\w*|budget\w*|"
    r"leads?|led|tops?|topped|ranks?|ranked)\b|['’]s\s|\(", re.I)


def _country_before(before: str) -> bool:
    """An ally or group of allies named in the clause before a share, and linked to it."""
    clause = CLAUSE_END.split(before)[-1]
    mentions = list(ALLY_RE.finditer(clause))
    if not mentions and "urop" in clause:
        mentions = [found for pattern, _name in GROUPS for found in pattern.finditer(clause)]
    if not mentions:
        return False
    between = clause[max(found.end() for found in mentions):]
    return not between.strip() or bool(_ACTUAL_LINK.search(between))


def share_of_gdp_metric(value: float | None, cues: SentenceCues, near: str, before: str,
                         after: str, counts_allies: bool) -> str:
    """The guideline itself ("the 2% target", "a benchmark of 2%", "allies agreed to spend 2%
    of GDP") or a share actually spent ("Poland spends 4.1% of GDP", "Poland has reached 3%").
    """
    if _TARGET_RIGHT_AFTER.match(after) or _TARGET_BEFORE.search(before):
        return "guideline_share_gdp"
    level = value in GUIDELINE_LEVELS
    if level and (ends_with(GOAL_BEFORE, before) or MONEY_TO_A_LEVEL_BEFORE.search(before)):
        return "guideline_share_gdp"
    if _country_before(before) and not ends_with(AIM_BEFORE, before):
        return "defence_spending_share_gdp"
    if level and (ends_with(TARGET_VERB_BEFORE, before) or counts_allies or (
            cues.guideline and not SPEND_NEAR.search(near))):
        # "18 Allies to spend 2% of their GDP": the level allies are counted against.
        return "guideline_share_gdp"
    return "defence_spending_share_gdp"


# "7 allies met it", "reached the guideline", "spent 2%": a count of allies meeting a target.
# "19 of the 31 members achieved it": the count, then the members it is counted among.
# "22 of the 32 member countries have done so", "23 out of 32 have kept this commitment": done
# so, like "it", stands for the target named before; a commitment kept is a target met.
_MEETING_AFTER = re.compile(
    r"(?:\s+(?:out\s+)?of\s+(?:the\s+|its\s+)?" + _NUMBER + r"(?:\s+(?:[\w-]+\s+)?"
    r"(?:members|allies|countries|states))?)?"
    r"\s+(?:[a-z]+\s+){0,2}?(?:(?P<so>done|did|do|does)\s+so\b|(?:met|meets?|meeting|"
    r"reach(?:ed|es)?|hit|hits|spen[dt]s?|achieved?|achieves|fulfill?(?:ed|s)?|kept|keeps?)\s+"
    r"(?:(?P<pronoun>it|that|this)\b|(?:the\s+|nato['’]s\s+)?(?:[\w%-]+\s+){0,2}?"
    r"(?:" + "|".join((*SURE_GUIDELINE_NOUNS, *PLEDGE_NOUNS)) + r")s?\b"
    r"|(?:2|two)[\s-]?(?:%|per\s?cent)))", re.I)


def meets_named_target(after: str, target_named: bool) -> bool:
    """Whether a count of allies followed by ``after`` counts the allies meeting the target: a
    verb (met, reached, hit, spent) and the target ("the target", "the guideline", "2%"), or
    "it" when ``target_named`` (the target is named in its sentence or the sentence before)."""
    found = _MEETING_AFTER.match(after)
    return found is not None and (not (found["pronoun"] or found["so"]) or target_named)


def names_target(text: str) -> bool:
    """The guideline named in ``text`` ("the target", "the 2% guideline", "two percent")."""
    return bool(has_word(GUIDELINE, text) or TWO_PERCENT.search(text))
