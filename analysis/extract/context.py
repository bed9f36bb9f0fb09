"""What an extracted figure measures: the metric, from the cues of the sentence it sits in.

Owns the sentence cues (:func:`sentence_cues`), the metric vocabulary (:func:`classify_metric`),
the guideline read without "of GDP" (:func:`implicit_share_of_gdp`); the entity is elsewhere.

Metric vocabulary (names line up with ``metric`` in NATO's headline figures, so that
``<entity prefix>_<metric>`` reads like the reference key, e.g. ``nato_europe_defence_spending``):

=================================  =============================================================
metric                             recognised when
=================================  =============================================================
defence_spending                   money spent/invested/budgeted on defence
contracts_value                    money in contracts, orders, deals, procurement
aid_value                          money as aid, support, assistance or package to a country
defence_spending_change            a percentage rise/fall/increase of spending
defence_spending_real_change       the same, "in real terms"
equipment_share                    a percentage of spending on equipment
us_share_of_alliance_spending      the US share of NATO's spending ("64% of NATO's expenditure")
guideline_share_gdp                a % of GDP that is the guideline/target itself ("the 2% target",
                                   "allies agreed to spend 2% of GDP")
defence_spending_share_gdp         a % of GDP actually spent (or expected to be spent), also a
                                   level a country has reached ("Poland has reached 3% of GDP")
allies_meeting_2pct_guideline      a count of allies meeting/reaching/hitting the target, also
                                   "7 allies met it", the target named in the sentence (or, given
                                   ``previous_sentence``, the one before); "all 31" foreseen at it
allies_below_2pct_guideline        a count of allies below/short of the target
alliance_members                   the alliance's size ("23 out of 32", "all 32 allies")
allies_count                       other counts of allies (signatories, ...)
exercise_personnel                 troops/participants in an exercise
exercise_participating_nations     allies or nations taking part in an exercise
exercise_ships / exercise_aircraft / exercise_vehicles   equipment in an exercise
personnel                          troops outside an exercise (deployments, force sizes)
ships / aircraft / vehicles        equipment counts outside an exercise
=================================  =============================================================

Figures that fit none of these get an empty metric: better unlabelled than mislabelled.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.extract import other_languages as L
from analysis.extract import other_languages_more as more
from analysis.extract.all_allies import MEETING, all_foreseen_at_target
from analysis.extract.entity import ALLY_RE, GROUPS, find_exercise
from analysis.extract.first_letter import grouped_by_first_letter
from analysis.extract.foreign_growth import rise_of_spending
from analysis.extract.window_end import (
    any_word_then,
    ends_with,
    first_letter_guard,
    words_at_end,
)
from analysis.foreign_words import FOREIGN_REACH_VERBS
from analysis.vocabulary import membership_sizes_since


def _word_pattern(alternatives: str) -> re.Pattern:
    """Words (``alternatives``, case-insensitive) to look for with :func:`_has_word`: the
    ``\\b(?:alternatives)\\b`` of a text, found faster. The non-word character before a word is
    read first, through a class the regex engine looks for in C (all but a-z, 0-9 and "_"; the
    look-behind then rejects other word characters), instead of trying a word boundary at
    every character; the class stays outside the case-insensitive group, which would keep the
    engine from doing so. The letters the words start with are then tested in one look-ahead
    (:func:`~analysis.extract.window_end.first_letter_guard`)."""
    return re.compile(r"[^a-z0-9_](?<=\W)" + first_letter_guard(alternatives)
                      + "(?i:(?:" + alternatives + r")\b)")


def _has_word(pattern: re.Pattern, text: str) -> bool:
    """Whether ``text`` holds a word of ``pattern`` (see :func:`_word_pattern`): a space
    before the text stands for the boundary at its start."""
    return pattern.search(" " + text) is not None


_GUIDELINE = _word_pattern(
    r"(?:guideline|target|benchmark|pledge|goal|threshold|commitment|requirement|mark)s?")
# Every branch starts with a plain character, so that the regex engine skips in C to the next
# of ",;.!?" instead of trying every branch at every character.
_CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\.(?:\s|$)|!(?:\s|$)|\?(?:\s|$)")
_GDP = re.compile(r"\b(?:GDP|gross\s+domestic\s+product)\b")
_TWO_PERCENT = re.compile(r"\b(?:2|two)[\s-]?(?:%|per\s?cent)", re.I)
_SPEND_NEAR = re.compile(r"\bspen[dt]s?\b", re.I)
_CONTRACT = _word_pattern(
    r"contracts?|orders?|deals?|procurement|purchases?|acquisitions?")
_AID = _word_pattern(
    r"aid|assistance|package|support\s+for|donat\w*|pledged\s+to|provid\w*|receiv\w*|"
    r"deliver\w*|get|gets|got|give|gives|gave|given|grant\w*|loan\w*")
_SPENDING = _word_pattern(
    r"spend\w*|spent|invest\w*|budgets?|expenditures?|outlays?|defen[cs]e|military|"
    r"request\w*|fund\w*|allocat\w*|earmark\w*|pentagon")
_CHANGE = _word_pattern(
    r"rise|rises|rose|risen|rising|increase[sd]?|increasing|growth|grew|grow|grown|up|"
    r"boost\w*|jump\w*|climb\w*|soar\w*|surg\w*|doubl\w*|fell|fall|fallen|drop\w*|"
    r"decrease[sd]?|cut|cuts|lift\w*|real\s+terms")
_SHIPS = re.compile(r"\b(?:ships|vessels|warships|submarines|frigates|destroyers)\b", re.I)
_AIRCRAFT = re.compile(r"\b(?:aircraft|planes|warplanes|jets|helicopters|fighters)\b", re.I)
_VEHICLES = re.compile(r"\b(?:vehicles|tanks)\b", re.I)


class SentenceCues(NamedTuple):
    """Cues read once per sentence and shared by all its figures."""

    exercise: bool
    guideline: bool
    two_percent: bool
    contract: bool
    spending: bool
    exercise_name: str | None = None
    nato: bool = False


# The cue words of a sentence, by the cue they give (each a small case-sensitive regex, read in
# the lower-cased sentence right after a non-word character). Within a cue the words are tried
# in this order, and the cues in this order: the first that matches at a place gives its cue.
CUE_WORDS = (
    ("exercise", ("exercises?", "drills?", "manoeuvres?", "maneuvers?", "wargames?")),
    ("guideline", tuple(word + "s?" for word in (
        "guideline", "target", "benchmark", "pledge", "goal", "threshold", "commitment",
        "requirement", "mark", "floor", "ceiling", "minimum", "promise", "ambition",
        "baseline"))),
    ("contract", ("contracts?", "orders?", "deals?", "procurement", "purchases?",
                  "acquisitions?")),
    ("spending", (r"spend\w*", "spent", r"invest\w*", "budgets?", "expenditures?", "outlays?",
                  "defen[cs]e", "military", r"request\w*", r"fund\w*", r"allocat\w*",
                  r"earmark\w*", "pentagon")),
    ("nato", ("nato", "allies", "alliance", "allied", "summit")),
    # "%" is not read, so that the next cue word may start right after it.
    ("two_percent", (r"2[\s-]?(?:(?=%)|per\s?cent)", r"two[\s-]?(?:(?=%)|per\s?cent)")),
)


def _cue_patterns() -> tuple[re.Pattern, re.Pattern, tuple[str | None, ...]]:
    """One pass over the lower-cased sentence finds every cue word. A cue word starts after a
    non-word character, which the pattern reads first: through a class the regex engine looks
    for in C (all but a-z, 0-9 and "_"), instead of trying a word boundary at every character.
    The words are grouped under their first letter, a plain character the engine compares
    before entering a word (words with different first letters never match at one place, so
    the order within each letter is the order that decides). Each word ends with an empty
    group, whose number says its cue (``lastindex``). Two patterns: for any text, a
    look-behind rejects the letters outside ASCII that the class lets through; an ASCII text
    has none, and is read without it."""
    cue_of: list[str | None] = [None]
    branches = []
    cue_words = [(cue, word) for cue, words in CUE_WORDS for word in words]
    for letter, group in grouped_by_first_letter(cue_words, lambda cue_word: cue_word[1]).items():
        branches.append(letter + "(?:" + "|".join(word[1:] + "()" for _cue, word in group) + ")")
        cue_of.extend(cue for cue, _word in group)
    words = "(?:" + "|".join(branches) + ")"
    return (re.compile(r"[^a-z0-9_](?<=\W)" + words), re.compile(r"[^a-z0-9_]" + words),
            tuple(cue_of))


CUES, ASCII_CUES, CUE_OF_GROUP = _cue_patterns()


def sentence_cues(sentence: str) -> SentenceCues:
    lowered = " " + sentence.lower()
    cues = ASCII_CUES if lowered.isascii() else CUES
    found = {CUE_OF_GROUP[match.lastindex] for match in cues.finditer(lowered)}
    name = find_exercise(sentence)
    return SentenceCues(
        exercise="exercise" in found or name is not None,
        guideline="guideline" in found,
        two_percent="two_percent" in found,
        contract="contract" in found,
        spending="spending" in found,
        exercise_name=name,
        nato="nato" in found,
    )


_CHANGE_AFTER = re.compile(
    r"\s+(?:more|less|higher|lower|increase|rise|growth|jump|drop|cut|fall|decline|points?|"
    r"annual|a\s+year|per\s+year|year-on-year)\b", re.I)
_TARGET_VERB_BEFORE = words_at_end(
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
    if after.startswith(" of ") or _CHANGE_AFTER.match(after) or _has_word(_CHANGE, near):
        return False
    if gdp_context and value <= MAX_SHARE_GDP and ends_with(_TARGET_VERB_BEFORE, before):
        return True  # "... 1.37% of GDP ... projected that it would reach only 1.76%"
    if gdp_context and value <= MAX_SHARE_GDP and cues.spending and (cues.guideline or cues.nato):
        return True  # "Eight Allies ... spend less than the guideline: Belgium (1.30%), ..."
    if value not in GUIDELINE_LEVELS:
        return False
    if ends_with(_TARGET_VERB_BEFORE, before) and (
            cues.nato or cues.guideline or cues.spending or gdp_context):
        return True
    if gdp_context and (cues.guideline or _TARGET_BEFORE.search(before)):
        return True
    return cues.nato and (cues.guideline or cues.spending)


GUIDELINE_LEVELS = (1.5, 2.0, 2.5, 3.0, 3.5, 5.0)
# No ally has spent more than about a tenth of its GDP on defence since the Cold War: a larger
# share that is not written "of GDP" measures something else ("up from 48%" of respondents).
MAX_SHARE_GDP = 10.0
_TARGET_RIGHT_AFTER = re.compile(
    r"(?:\s+of\s+(?:[\w'’.-]+\s+){0,3}?GDP\b)?(?:\s+|-)(?:(?:NATO|defen[cs]e|spending|military|"
    r"core|GDP|alliance(?:'s|’s)?)\s+){0,3}(?:target|goal|guideline|benchmark|threshold|"
    r"commitment|pledge|mark|minimum|floor|requirement|bar|promise|ambition|baseline|"
    r"aspiration)s?\b", re.I)
_TARGET_BEFORE = any_word_then(
    "target|goal|guideline|benchmark|threshold|minimum|floor|pledge|commitment",
    r"s?\s+(?:of|to\s+spend|at)\s+(?:at\s+least\s+|about\s+|some\s+)?$")


# Sizes of the alliance (1982: 16, 1999: 19, 2004: 26 ... 2024: 32): "of the 32 allies" is all.
MEMBERSHIP_SIZES_SINCE_1982 = frozenset(map(float, membership_sizes_since(1982)))
_NUMBER = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
           r"\w+teen|twenty(?:-\w+)?|thirty(?:-\w+)?)")
_TOTAL_BEFORE = re.compile(
    r"(?:\b" + _NUMBER + r"(?:\s+[A-Za-z]+){0,2}?\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?"
    r"|\ball\s+(?:the\s+|its\s+)?|\b(?:NATO|[Aa]lliance)(?:'s|’s)\s+"
    # "23 der insgesamt 32 Bündnisstaaten", "18 din cele 31 de ţări"
    rf"|\b\d+\s+(?:{L.OUT_OF_WORDS})\s+(?:(?:{L.OUT_OF_ARTICLE_WORDS})\s+)?"
    rf"(?:(?:{L.IN_ALL_WORDS})\s+)?)$", re.I)
# (case-sensitive: case-insensitive, its words outside ASCII cost a try at every character)
_MUST = re.compile(rf"\b(?:{L.OBLIGATION_WORDS})\b")
_BELOW_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:remain(?:s|ed)?\s+|are\s+|were\s+|still\s+|stay(?:s|ed)?\s+)*"
    r"(?:below|under|short\s+of|f[ae]ll(?:s|ing)?\s+short|miss(?:es|ed|ing)?|"
    r"fail(?:s|ed)?\s+to\s+(?:meet|reach|hit)|lag(?:s|ged)?\s+behind|"
    r"(?:do|does|did|have|has)\s+not\s+(?:yet\s+)?(?:meet|reach|met|reached|hit))\b", re.I)
# "I expect 18 allies to spend 2% of their GDP. A six-fold increase from only 3 allies in 2014":
# the count a rise starts from, after a sentence counting allies at the target, is the same count.
_RISE_FROM_BEFORE = re.compile(
    r"\b(?:increase|rise|jump|growth|up|increased|rose|risen|grown)\s+from\s+"
    r"(?:only\s+|just\s+|a\s+mere\s+)?$", re.I)
_ALLIES_COUNTED = re.compile(
    r"\b" + _NUMBER + r"\s+(?:NATO\s+|member\s+)?(?:allies|members|countries|states)\b", re.I)
# Spending a share of GDP as an agreed goal ("allies agreed to spend 2%", "pledged to invest",
# "urged allies to spend"): the guideline. "Poland plans to spend 5%" is Poland's own plan.
_GOAL_BEFORE = words_at_end(
    r"\b(?:(?:agree|pledge|commit|promise|vow|oblige|require)[sd]?|agreeing|pledging|committing|"
    r"committed|promising|vowing|obligated|must|should|shall|need(?:s|ed)?|have|has|"
    r"(?:want|urge|call|ask|press|push|demand)\w*\s+(?:on\s+)?(?!to\b)\w+(?:\s+\w+)?)"
    r"\s+(?:to\s+)?(?:spend|spending|invest|investing|devote|devoting|allocate|dedicate)"
    r"\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$")
# Aiming at a level ("will not reach 2%", "to meet 3.5%"), not a level reached.
_AIM_BEFORE = words_at_end(
    r"\b(?:will|would|to|should|must|could|can|may|might|not|never|yet|shall)\s+"
    r"(?:not\s+|yet\s+|be\s+able\s+to\s+|even\s+)?(?:reach|meet|hit|achieve|exceed|surpass)"
    r"\b[^.;]*$")
# What links a country to its actual share: "Poland spends 4.1%", "Poland (4.5%)", "Poland's
# 4.1%", "Estonia at 3.4%", "Lithuania met the target with 3.5%", "has reached 3%".
_ACTUAL_LINK = re.compile(
    r"\b(?:spends?|spent|spending|reached|reaches|met|meets|hits|hit|achieved|exceed\w*|"
    r"surpass\w*|stands?|stood|at|with|is|was|has|had|devot\w*|allocat\w*|budget\w*|"
    r"leads?|led|tops?|topped|ranks?|ranked)\b|['’]s\s|\(", re.I)


def _country_before(before: str) -> bool:
    """An ally or group of allies named in the clause before a share, and linked to it."""
    clause = _CLAUSE_END.split(before)[-1]
    mentions = list(ALLY_RE.finditer(clause))
    if not mentions and "urop" in clause:
        mentions = [found for pattern, _name in GROUPS for found in pattern.finditer(clause)]
    if not mentions:
        return False
    between = clause[max(found.end() for found in mentions):]
    return not between.strip() or bool(_ACTUAL_LINK.search(between))


def _share_of_gdp_metric(value: float | None, cues: SentenceCues, near: str, before: str,
                         after: str, counts_allies: bool) -> str:
    """The guideline itself ("the 2% target", "a benchmark of 2%", "allies agreed to spend 2%
    of GDP") or a share actually spent ("Poland spends 4.1% of GDP", "Poland has reached 3%").
    """
    if _TARGET_RIGHT_AFTER.match(after) or _TARGET_BEFORE.search(before):
        return "guideline_share_gdp"
    level = value in GUIDELINE_LEVELS
    if level and ends_with(_GOAL_BEFORE, before):
        return "guideline_share_gdp"
    if _country_before(before) and not ends_with(_AIM_BEFORE, before):
        return "defence_spending_share_gdp"
    if level and (ends_with(_TARGET_VERB_BEFORE, before) or counts_allies or (
            cues.guideline and not _SPEND_NEAR.search(near))):
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
    r"(?:guideline|target|benchmark|goal|threshold|pledge|commitment)s?\b"
    r"|(?:2|two)[\s-]?(?:%|per\s?cent)))", re.I)


def meets_named_target(after: str, target_named: bool) -> bool:
    """Whether a count of allies followed by ``after`` counts the allies meeting the target: a
    verb (met, reached, hit, spent) and the target ("the target", "the guideline", "2%"), or
    "it" when ``target_named`` (the target is named in its sentence or the sentence before)."""
    found = _MEETING_AFTER.match(after)
    return found is not None and (not (found["pronoun"] or found["so"]) or target_named)


def names_target(text: str) -> bool:
    """The guideline named in ``text`` ("the target", "the 2% guideline", "two percent")."""
    return bool(_has_word(_GUIDELINE, text) or _TWO_PERCENT.search(text))


_EQUIPMENT = re.compile(r"\b(?:equipment" + L.EQUIPMENT_WORDS + r")\b", re.I)
_US_BEFORE = re.compile(r"\b(?:U\.S\.|US|United\s+States|American|Washington)\b")
_OF_ALLIANCE_SPENDING = re.compile(  # "of the NATO total" too, never "of the alliance total GDP"
    r"\s+of\s+(?:the\s+)?(?:NATO|Nato|alliance|allied|all\s+allies|combined)\S*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:defen[cs]e\s+)?(?:expenditures?|spending|budgets?|total(?!\s+(?:GDP|gross|econom)))\b",
    re.I)
_REAL = re.compile(r"\b(?:real\s+terms|in\s+real|real\s+growth|inflation-adjusted|after\s+"
                   r"inflation|constant\s+prices)\b", re.I)


def _percent_metric(cues: SentenceCues, near: str, before: str, after: str) -> str | None:
    """A percentage that is not of GDP: an equipment share, the US share of the alliance's
    spending ("the United States bore 64% of NATO's defense expenditure"), a growth rate
    (real when the sentence says so), else nothing."""
    if _EQUIPMENT.search(near):
        return "equipment_share"
    if _OF_ALLIANCE_SPENDING.match(after) and _US_BEFORE.search(before):
        return "us_share_of_alliance_spending"
    if cues.spending and _has_word(_CHANGE, near):
        return "defence_spending_real_change" if _REAL.search(near) else \
            "defence_spending_change"
    if not near.isascii() and rise_of_spending(before, after):
        return "defence_spending_change"  # "hərbi xərclərdə 19,4 faiz artım olub"
    return None


def classify_metric(unit: str, kind: str, cues: SentenceCues, near: str,
                    figure: str = "", value: float | None = None, before: str = "",
                    after: str = "", counts_allies: bool = False,
                    previous_sentence: str = "") -> str | None:
    """The metric a figure measures, from its unit and the words of its sentence.

    ``near`` is the text just around the figure; it decides between cues that compete within one
    sentence (a sentence may hold both a spending total and a contract value).
    ``previous_sentence`` is where "it" in "7 allies met it" may find the target.
    """
    if unit == "percent_gdp":
        return _share_of_gdp_metric(value, cues, near, before, after, counts_allies)
    if unit == "allies":
        if cues.exercise:
            return "exercise_participating_nations"
        if value in MEMBERSHIP_SIZES_SINCE_1982 and _TOTAL_BEFORE.search(before):
            return MEETING if all_foreseen_at_target(before, after) else "alliance_members"
        if value in MEMBERSHIP_SIZES_SINCE_1982 and more.TURKIC_OUT_OF.search(figure):
            return "alliance_members"  # "32 NATO ölkəsindən 22-si": 22 of the 32
        # Counted against the guideline when the target or a share of GDP is named close by
        # ("18 allies will spend 2% of their GDP", "11 of them met NATO's target"); "the 31
        # member countries spent $1.3 trillion" is membership.
        clause_end = _CLAUSE_END.search(after)
        clause = near + (after[:clause_end.start()] if clause_end else after)
        if _has_word(_GUIDELINE, clause) or _TWO_PERCENT.search(clause) or _GDP.search(clause):
            if _MUST.search(clause, len(near), len(near) + 120):
                return "allies_count"  # "the 31 allies must meet the target by 2025"
            if _BELOW_AFTER.match(after):
                return "allies_below_2pct_guideline"  # "Eight allies remain below the target"
            return "allies_meeting_2pct_guideline"
        if meets_named_target(after, cues.guideline or cues.two_percent
                              or names_target(previous_sentence)):
            return "allies_meeting_2pct_guideline"  # "In 2014 just 7 allies met it"
        if _RISE_FROM_BEFORE.search(before) and names_target(previous_sentence) and \
                _ALLIES_COUNTED.search(previous_sentence):
            return "allies_meeting_2pct_guideline"
        return "allies_count"
    if unit == "countries" and cues.exercise:
        return "exercise_participating_nations"
    if kind == "amount":
        if _has_word(_CONTRACT, near) or (cues.contract and not _has_word(_SPENDING, near)):
            return "contracts_value"
        if _has_word(_AID, near):
            return "aid_value"
        if cues.spending:
            return "defence_spending"
        return None
    if unit == "percent":
        return _percent_metric(cues, near, before, after)
    if unit == "troops":
        return "exercise_personnel" if cues.exercise else "personnel"
    if kind == "count" and unit == "count":
        for pattern, name in ((_SHIPS, "ships"), (_AIRCRAFT, "aircraft"), (_VEHICLES, "vehicles")):
            if pattern.search(figure):
                return f"exercise_{name}" if cues.exercise else name
    return None
