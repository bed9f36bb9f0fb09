"""Shares of GDP that read as a plan or a threshold but are an ally's own share, and the
guideline named in words the English tables miss (issue 9): NATO's estimate worded as a forecast
("is estimated to reach 2.09% of its GDP in 2024", compared only to agree), an ally that leads a
count ("Poland led all members with 4.12% of GDP"), "the 2 percent obligation", "NATO's
requirement of spending at least 2 percent", "l'obiettivo del 2%"; a ministry's own figure; the
share a planned change starts from ("will reach 4.12% this year, from 3.26% in 2023") and a share
in a chain of years after an aggregate's ("up from 1.99% in 2024 and 1.40% in 2014"), both
compared only to agree; and the rates of growth NATO's growth of the alliance is not
(``change_not_comparable``), or whose owner the sentence before names (``growth_owner_before``)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.brief import scope
from analysis.brief import subject_words as words
from analysis.brief.ally_names import find_ally
from analysis.brief.anaphora import names_no_ally
from analysis.brief.list_items import parenthesis_item
from analysis.brief.owner import ally_named_right_after
from analysis.brief.pair_end import starts_from_the_present
from analysis.brief.share_scope import YEAR_OWNS_AFTER
from analysis.brief.subject_phrases import COUNT_BEFORE
from analysis.extract.other_languages import ALLY_NOUNS, NATION_NOUNS
from analysis.foreign_words import (
    AND_ANY_LANGUAGE,
    FOREIGN_ABOVE_LEVEL,
    FOREIGN_AT_LEAST,
    FOREIGN_LOWER_BOUNDS,
    FOREIGN_TARGET_WORDS,
    FOREIGN_UPPER_BOUNDS,
)
from analysis.vocabulary import GUIDELINE_NOUNS, NATO_IN_ENGLISH

# "l'obiettivo del 2%", "sub pragul de 2%", "die Verpflichtung der NATO erfüllen, 2%": a
# guideline named in another language before its value (across a comma at most).
FOREIGN_TARGET_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, FOREIGN_TARGET_WORDS)) + r")\b[^.;]{0,60}$", re.I)
_NOUN = "(?:" + "|".join(GUIDELINE_NOUNS) + ")"
GUIDELINE_NOUN_AFTER = re.compile(rf"^\s*(?:of\s+GDP\s+)?(?:[\w-]+\s+){{0,2}}{_NOUN}s?\b", re.I)
GUIDELINE_NOUN_BEFORE = re.compile(
    rf"\b{_NOUN}\s+(?:of\s+)?(?:spending\s+|to\s+spend\s+)?(?:at\s+least\s+)?$", re.I)


def foreign_target_before(sentence: str, at: int) -> bool:
    return at >= 0 and bool(FOREIGN_TARGET_BEFORE.search(sentence[max(0, at - 70):at]))


def guideline_named_near(sentence: str, at: int, surface: str) -> bool:
    """True when a guideline's noun stands next to the figure at ``at`` or a foreign guideline
    word before it (the caller checks the value is a guideline's)."""
    if at < 0:
        return False
    after = sentence[at + len(surface):at + len(surface) + 40]
    before = sentence[max(0, at - 40):at]
    noun = GUIDELINE_NOUN_BEFORE.search(before)
    # "who all spent the minimum 2 percent": what they spent, at the guideline
    noun = noun and not SPENT_BEFORE.search(before[:noun.start()])
    return bool(GUIDELINE_NOUN_AFTER.search(after) or noun
                or foreign_target_before(sentence, at))


SPENT_BEFORE = re.compile(
    r"\b(?:spent|spends|spend|spending|allocated|devoted)\s+(?:the\s+|a\s+)?$", re.I)

# "is estimated to reach 2.09% of its GDP in 2024": NATO's estimate, worded as a forecast ("is
# set to" or "on track to" reach, with no NATO word, may be the government's own plan).
ESTIMATED_TO_REACH = re.compile(
    r"\b(?:is|are|was|were)\s+(?:estimated|expected|projected|forecast)\s+to\s+"
    r"(?:reach|hit|(?:rise|climb|increase|grow)\s+to)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.I)


# "reaching an estimated 1.28 per cent in 2024": the estimate word opens the figure itself.
REACHING_BEFORE = re.compile(r"\b(?:reach|reaches|reaching|reached|hit|hitting)\s+$", re.I)
ESTIMATE_OPENS = re.compile(r"^(?:an?\s+)?(?:estimated|expected|projected|forecast)\b", re.I)


def estimated_to_reach(sentence: str, at: int, surface: str = "") -> bool:
    """True when the words right before the figure at ``at`` are an estimate's "is expected to
    reach", or "reaching" stands before a figure worded as an estimate ("an estimated 1.28
    per cent")."""
    if at < 0:
        return False
    before = sentence[max(0, at - 60):at]
    return bool(ESTIMATED_TO_REACH.search(before)
                or (REACHING_BEFORE.search(before) and ESTIMATE_OPENS.match(surface)))


# "According to NATO's latest figures, Canada is on track to reach 1.37 per cent of GDP this
# year", "NATO estimates show Italy reaching 1.5%": NATO's own estimate, worded as reaching.
NATO_ESTIMATE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:" + NATO_IN_ENGLISH + r"|alliance)\b|"
    r"\b(?:" + NATO_IN_ENGLISH + r")(?:['’]s)?\s+"
    r"(?:latest\s+|new\s+|own\s+)?(?:estimates?|figures|data|projections?)\b|"
    # "..., NATO said", "NATO estimates": NATO itself gives the figure
    r"\b(?:" + NATO_IN_ENGLISH + r")\s+(?:said|says|estimates|estimated|projects|projected|"
    r"predicts|predicted|"
    r"forecasts?|expects|expected)\b")
# ("would reach": in what NATO "predicted that Poland's budget would reach 3.9 per cent")
REACH_WORDS = ("reach", "reaching", "will reach", "would reach", "would", "rise to", "increase to")


def nato_estimate_reached(sentence: str, at: int) -> bool:
    """True when the sentence gives NATO's figures as its source and "reach" is the only plan
    word of the figure's clause."""
    if at < 0 or not NATO_ESTIMATE.search(sentence):
        return False
    found = [m.group().lower() for m in scope.PLAN.finditer(scope.clause_before(sentence, at, 70))]
    return bool(found) and set(found) <= set(REACH_WORDS)


# "Poland's spending will reach 4.12% of GDP this year, from 3.26% in 2023", "will rise to
# 2.27% from 1.99% the previous year": the plan word governs where the change ends; the share
# it starts from, in a year already past, is a level measured (compared only to agree).
STARTING_POINT_BEFORE = re.compile(
    r"\b(?:(?:up|down)\s+)?from\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+|some\s+)?$",
    re.I)
PAST_YEAR_AFTER = re.compile(
    r"^(?:\s+of\s+(?:its\s+|their\s+|the\s+)?(?:GDP|gross\s+domestic\s+product))?,?\s+"
    r"(?:(?:back\s+)?in\s+(?:19|20)\d\d\b|last\s+year\b|the\s+(?:previous|prior)\s+year\b|"
    r"the\s+year\s+before\b|a\s+year\s+(?:earlier|ago|before)\b)", re.I)
STARTING_POINT = f"the share a planned change starts from, {scope.AGREE_ONLY}"


def starting_point_of_a_plan(sentence: str, at: int, surface: str) -> bool:
    """True when a share stands right after "from" and before a past year ("from 3.26% in
    2023"), or right after "from its current" ("from its current 2.3%"): where a planned
    change starts, not the plan."""
    if at < 0:
        return False
    if starts_from_the_present(sentence, at):
        return True
    if not STARTING_POINT_BEFORE.search(sentence[max(0, at - 30):at]):
        return False
    return PAST_YEAR_AFTER.match(sentence[at + len(surface):]) is not None


# "European allies and Canada will spend 2.27% of GDP this year, up from 1.99% in 2024 and
# 1.40% in 2014": each share of a chain of years right after another share is the same
# aggregate's, however far its sentence named it (compared only to agree).
CHAIN_OF_YEARS_BEFORE = re.compile(
    r"\d(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)(?:\s+of\s+(?:their\s+)?(?:combined\s+)?GDP)?"
    r"(?:\s+(?:in\s+(?:19|20)\d\d|last\s+year|this\s+year|the\s+(?:previous|prior)\s+year|"
    r"a\s+year\s+(?:earlier|ago|before)))?,?\s+(?:and|to|(?:(?:up|down)\s+)?from|compared\s+"
    r"(?:with|to))\s+(?:just\s+|only\s+|about\s+|around\s+|roughly\s+)?$", re.I)
CHAIN_OF_YEARS = f"a share in a chain of years after the aggregate's, {scope.AGREE_ONLY}"


def continues_a_chain_of_years(sentence: str, at: int, aggregate_named: re.Pattern) -> bool:
    """True when the share at ``at`` follows another share in a chain of years ("up from 1.99%
    in 2024 and 1.40% in 2014"), the sentence names the aggregate (``aggregate_named``) before
    the chain and no single ally but Canada between the two."""
    if at < 0 or not CHAIN_OF_YEARS_BEFORE.search(sentence[max(0, at - 80):at]):
        return False
    named = aggregate_named.search(sentence[:at])
    return bool(named) and not find_ally(sentence[named.end():at].replace("Canada", ""))


def level_of_a_count(sentence: str, at: int, surface: str, find_ally) -> bool:
    """"Five member states spend over 3%": the level counted, unless the clause's subject is
    an ally named before the count ("Poland led all members with 4.12% of GDP") or the share
    is an item "Ally (X%)" of a list.
    ``find_ally`` is :func:`analysis.brief.ally_names.find_ally`."""
    clause = scope.clause_before(sentence, at, 90)
    if EQUIVALENT_BEFORE.search(clause):
        return False
    count = COUNT_BEFORE.search(clause)
    before = clause[:count.start()] if count else ""
    if count and AVERAGE_OF_BEFORE.search(before) and count.group().lower().startswith("all"):
        return False  # "the average of all nations is 2.71%": their aggregate, no level
    if count and at >= 0 and COMBINED_GDP_AFTER.match(sentence[at + len(surface):]):
        return False  # "Nato's 32 members will spend 2.71% of their combined GDP": their aggregate
    leads = find_ally(before) and not AMONG.search(before)  # not "Slovakia is among the 23"
    # "Among the nine countries still below the threshold, Luxembourg (1.29%)": the ally right
    # before the parenthesis the share fills owns it, whatever the count before
    return bool(count) and not leads and \
        not ally_named_right_after(sentence, at, surface, find_ally) and \
        not parenthesis_item(sentence, at, surface)


# "... 2.71% of their combined GDP": the counted allies' aggregate share, not a level they reach.
COMBINED_GDP_AFTER = re.compile(r"^\s*of\s+(?:their|its)\s+(?:combined|collective|aggregate|joint|"
                                r"total)\s+(?:GDP|gross\s+domestic\s+product|economic\s+output)\b",
                                re.I)
# "The average of all nations combined is 2.71 percent": all the allies' average, not a level
# (not "the average of 38 European countries", a group NATO does not count).
AVERAGE_OF_BEFORE = re.compile(r"\baverage\s+of\s+(?:the\s+)?$", re.I)


# "allocating more to the military than all other members combined (the equivalent of 3.2
# percent of GDP)": a share restating the amount before it is its spender's, whatever allies
# that amount is compared with.
# "Five allies spend the equivalent of 3%" is still a level: only after a bracket or a comma.
EQUIVALENT_BEFORE = re.compile(r"[(,]\s*(?:the\s+|or\s+)?(?:equivalent|equal|amounting)\s+"
                               r"(?:of|to)\s+(?:about\s+|around\s+|roughly\s+|some\s+|"
                               r"nearly\s+|almost\s+)?$", re.I)


# "Finland will rank seventh among all Nato countries with 2.41 percent": a rank, the ally's own
AMONG = re.compile(r"(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bthird\s)(?<!\bfourth\s)(?<!\bfifth\s)"
                   r"(?<!\bsixth\s)(?<!\bseventh\s)(?<!\beighth\s)(?<!\bninth\s)(?<!\btenth\s)"
                   r"(?<!\bhighest\s)(?<!\blowest\s)\b(?:among|one\s+of|part\s+of|joins?|joined)\b",
                   re.I)


def change_not_comparable(sentence: str, at: int, ally: str | None, context: str) -> str:
    """Why a rate of growth is not NATO's growth of the alliance (or of Europe and Canada), else
    '': a level ("rose to 2.1%"), one ally's growth, or growth of nobody named. ``context`` is
    the figure's entity and sentence."""
    before = sentence[max(0, at - 12):at] if at >= 0 else ""
    if re.search(r"\b(?:to|at)\s+$", before):
        return "a level ('to', 'at'), not a rate of growth"
    clause = scope.clause_before(sentence, at, 80)
    if ally and find_ally(clause) and not words.EUROPE_CANADA.search(context):
        return f"one ally's growth ({ally}); NATO's data has growth for the alliance only"
    if not (words.NATO_WORDS.search(context) or words.EUROPE.search(context)):
        return "the sentence does not say whose spending grew"
    return ""


# "European allies and Canada are stepping up. This year, they have added 8.3 percent in real
# terms", "The budgets of the alliance's members have grown every year since 2014. Over this
# time, the increase was steepest in 2024 (18.6%)": a rate of growth whose sentence names no
# owner (no ally, no group, not the alliance) is the growth of the one owner the sentence
# before, in its paragraph, names: European allies and Canada, else the alliance. Weaker than
# an owner named in the sentence, so the caller compares it only to agree.
GROWTH_OWNER_BEFORE = "the owner of the growth the sentence before names"


def growth_owner_before(sentence: str, previous_in_paragraph: str) -> str | None:
    """"Europe and Canada" or "" (the alliance) for a rate of growth whose sentence names no
    owner, when the sentence before in its paragraph names that one owner; else None."""
    if not previous_in_paragraph or words.EUROPE_CANADA.search(sentence) or \
            words.EUROPE.search(sentence) or words.NATO_WORDS.search(sentence) or \
            not names_no_ally(sentence, find_ally):
        return None
    if words.EUROPE_CANADA.search(previous_in_paragraph):
        return "Europe and Canada"
    if words.NATO_WORDS.search(previous_in_paragraph) and \
            not words.EUROPE.search(previous_in_paragraph) and \
            names_no_ally(previous_in_paragraph, find_ally):
        return ""
    return None


# "Germany spent between 2% and 2.1% of GDP", "zwischen 2 und 2,1 Prozent", "entre 2 % et
# 2,1 %": each end of a range is a bound of what the range says, not a share of its own.
_BETWEEN = r"\b(?:between|entre|zwischen|tra|fra|między|tussen|mellan|mezi|între)"
# (and the Czech and Slovak "a", "mezi 1,9 a 2,1 %": read only between two numbers, as between
# names it would read English's article)
_AND = r"(?:" + AND_ANY_LANGUAGE + r"|a)"
_SHARE_NUMBER = r"\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent|prozent|procent|proc\.|por\s+ciento)?"
# (Spanish and Italian put an article before each end: "entre el 1,2% y el 1,4%")
_ARTICLE = r"(?:(?:el|il|le|lo)\s+|l['’])?"
RANGE_START_BEFORE = re.compile(_BETWEEN + r"\s+" + _ARTICLE + r"$", re.I)
RANGE_START_AFTER = re.compile(r"^\s*(?:of\s+GDP\s+)?" + _AND + r"\s+" + _ARTICLE + r"\d", re.I)
RANGE_END_BEFORE = re.compile(_BETWEEN + r"\s+" + _ARTICLE + _SHARE_NUMBER + r"\s+" + _AND + r"\s+"
                              + _ARTICLE + r"$", re.I)
RANGE_END = "one end of a range, not a share of its own"

# "Poland spends 4.5% of GDP, of which 3.5% on core defence", "davon 3,5 Prozent", "dont 3,5 %",
# "di cui il 3,5%", "w tym 3,5 proc.", "waarvan 3,5 procent": a part of the share named before.
PART_OF_WHICH_BEFORE = re.compile(
    r"\b(?:of\s+which|davon|dont|de\s+(?:los|las)\s+cuales|di\s+cui|w\s+tym|waarvan|hvorav|"
    r"varav|hvoraf|dos\s+quais|das\s+quais)\s+" + _ARTICLE + r"$", re.I)
PART_OF_WHICH = "a part of the share named before it ('of which'), not a share of its own"

# "Denmark spent about 1.4% of GDP on its forces, while about 0.6% went to Ukraine", "während
# rund 0,6 Prozent der Ukraine zukamen": the share beside the aid split out of it is a part of
# what NATO counts (NATO's figures hold the military aid), not the ally's defence spending.
_PARTNER = r"(?:Ukrain\w*|Ucrain\w*|Kyiv|Kiev|Kiew|Kij[oó]w\w*|aid|assistance|Hilfe|aide|ayuda)"
AID_SPLIT_OUT_AFTER = re.compile(
    r"^[^.;\d]{0,60}?\b(?:while|whereas|with|plus|während|wohingegen|tandis\s+que|alors\s+que|"
    # (only lower-case words before the aid's share: "while Germany gives 0.3% to Ukraine" is
    # another ally's aid, beside a share that stays whole)
    r"mientras(?:\s+que)?|mentre|podczas\s+gdy|" + AND_ANY_LANGUAGE + r")\s+"
    r"(?:(?-i:[a-zà-ÿ])[^\s.;\d]*\s+){0,3}" + _SHARE_NUMBER + r"[^.;\d]{0,50}?\b" + _PARTNER
    + r"\b", re.I)
AID_SPLIT_OUT = "the spending beside aid split out of it, a part of what NATO counts"
_NO_CUE_BEFORE = re.compile("")

# "Greece is one of the allies that spend 2% of GDP", "among the countries which spent 3%": the
# level a group the ally belongs to reaches, not the ally's own share.
ONE_OF_THOSE_BEFORE = re.compile(
    r"\b(?:one\s+of|among)\s+(?:the\s+)?(?:(?:only|few|\d+|[a-z]+)\s+){0,2}?(?:allies|countries|"
    r"members|member\s+states|nations|states|those)\s+(?:that|which|who)\s+(?:\w+\s+){1,2}?$|"
    # "eines der Länder, die", "een van de landen die", "uno de los países que", "uno dei paesi
    # che", "um dos países que", "jednym z krajów, które", "fait partie des pays qui": the
    # extractor's ally and nation nouns, and the Danish and Norwegian "lande", "landene" (which
    # other_languages.NATION_NOUNS does not hold: there they would count allies)
    r"\b(?:(?:eine[rs]?|een|uno|una|um|uma|jednym|jedną|et|ett|en)\s+(?:der|van\s+de|de\s+l[oa]s|"
    r"dei|delle|degli|dos|das|z|af\s+de|av\s+de)|fait\s+partie\s+des|font\s+partie\s+des)\s+"
    r"(?:\w+\s+){0,2}?(?:" + ALLY_NOUNS[1:] + NATION_NOUNS + r"|lande|landene)\s*,?\s+"
    r"(?:die|qui|que|che|które|którzy|der|som)\s+(?:\w+\s+){0,2}?$", re.I)
ONE_OF_THOSE = "the level of a group the ally is one of, not the ally's own share"


# "4,5 % de son PIB, au-delà des 3,5 %", "4,5 proc. PKB, a więc więcej niż 3,5 proc.", "4,5
# Prozent, also mehr als die 3,5 Prozent": a share, then the level it is compared with, in the
# other languages (the English forms are share_scope.LEVEL_COMPARED_WITH); the words are
# foreign_words' lower bounds but "at least" (a floor compares nothing), its "above" words and its
# upper bounds.
_COMPARED_WORDS = tuple(words for words in FOREIGN_LOWER_BOUNDS if words not in FOREIGN_AT_LEAST) \
    + FOREIGN_ABOVE_LEVEL + FOREIGN_UPPER_BOUNDS
FOREIGN_LEVEL_COMPARED_WITH = re.compile(
    r"\d\s*(?:%|prozent|procent|prosent|proc\.|por\s+ciento|per\s+cento|pour\s+cent)[^;%]{0,60}?"
    r"[-–—,]\s*(?:\w+\s+){0,2}?(?:"
    + "|".join(r"\s+".join(map(re.escape, words.split())) for words in _COMPARED_WORDS) + r")"
    r"\s+(?:(?:les|la|le|el|il|lo|die|den|dem|de|het|os|as|o|a)\s+)?$", re.I)
LEVEL_COMPARED = "a level the share just named is compared with, not a share of its own"


@dataclass(frozen=True)
class ShareGuard:
    """One reading of a share of GDP that is no share of its own: ``pattern`` found in the
    ``window`` characters before the share and, when given, ``after`` matching right after it
    (``not_after`` not matching). ``example`` is a sentence the rule catches at ``share``; each
    runs as a test (tests/brief/test_share_guard_rules.py)."""

    name: str
    pattern: re.Pattern
    window: int
    reason: str
    example: str
    share: str
    after: re.Pattern | None = None
    not_after: re.Pattern | None = None

    def catches(self, sentence: str, at: int, surface: str) -> bool:
        if at < 0 or not self.pattern.search(sentence[max(0, at - self.window):at]):
            return False
        rest = sentence[at + len(surface):]
        return (self.after is None or self.after.match(rest) is not None) and \
            (self.not_after is None or self.not_after.match(rest) is None)


def guard_reason(guards: tuple[ShareGuard, ...], sentence: str, at: int, surface: str) -> str:
    """Why the share at ``at`` is no share of its own: the reason of the first of ``guards``
    (in their order) that catches it, else ''."""
    for guard in guards:
        if guard.catches(sentence, at, surface):
            return guard.reason
    return ""


# A share that is a piece of another share of its sentence (tried before the readings of owner
# and plan in subject._share_guarded, after the national figure).
PIECES_OF_ANOTHER_SHARE = (
    ShareGuard("end of a range", RANGE_END_BEFORE, 40, RANGE_END,
               "Officials put Belgium's outlay at between 1.3% and 1.45% of output.", "1.45%"),
    ShareGuard("start of a range", RANGE_START_BEFORE, 40, RANGE_END,
               "Die Ausgaben lagen zwischen 1,7 und 1,9 Prozent.", "1,7",
               after=RANGE_START_AFTER),
    ShareGuard("part of which", PART_OF_WHICH_BEFORE, 40, PART_OF_WHICH,
               "Lithuania budgets 3.1% of GDP, of which 0.4% goes to reserves.", "0.4%"),
    ShareGuard("aid split out", _NO_CUE_BEFORE, 0, AID_SPLIT_OUT,
               "Norway spent 1.2% of GDP on its forces, while 0.5% went to Ukraine.", "1.2%",
               after=AID_SPLIT_OUT_AFTER),
)
# A share that is the level a group reaches or another share is compared with (tried last).
LEVELS_NOT_OWNED = (
    ShareGuard("one of those", ONE_OF_THOSE_BEFORE, 80, ONE_OF_THOSE,
               "Estonia is among the few members that already spend 3% of output.", "3%"),
    ShareGuard("foreign level compared with", FOREIGN_LEVEL_COMPARED_WITH, 90, LEVEL_COMPARED,
               "La Lettonie consacre 3,4 % de son PIB, bien au-dessus des 2 %.", "2 %",
               not_after=YEAR_OWNS_AFTER),
)
SHARE_GUARDS = PIECES_OF_ANOTHER_SHARE + LEVELS_NOT_OWNED
