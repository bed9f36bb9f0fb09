"""Whether a figure measures the same quantity as NATO's numbers: the like-for-like guards.

:mod:`analysis.brief.subject` maps a figure onto a reference key; the guards here say when it must
not be compared although its unit matches (issue 9): aid to Ukraine is not an ally's defence
spending, one contract is not NATO's total of contracts, a country's plan is not a measured share,
and a share whose owner the sentence does not name belongs to nobody (one country's troops as a part
of an exercise's total: :mod:`analysis.brief.exercise_contribution`). Each guard returns the reason
the figure is not compared, shown in the brief with the nearest NATO figure. The word lists are in
:mod:`analysis.vocabulary`.
"""

from __future__ import annotations

import re

from analysis.brief.hedge_words import NEAR_HEDGES, ROUND_HEDGES, optional_hedge
from analysis.brief.money_lists import spending_list_continued
from analysis.brief.national_plans import national_plan
from analysis.brief.subject_words import GUIDELINE_WORDS
from analysis.foreign_words import FOREIGN_DEFENCE_STEMS
from analysis.vocabulary import (
    AID_WORDS,
    NATO_IN_ENGLISH,
    NON_ALLY_COUNTRIES,
    PLAN_WORDS,
    PLAN_WORDS_ENDING_NAMES,
    PLEDGE_NOUNS,
    SURE_GUIDELINE_NOUNS,
)


def whole_words(words: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # Whole words; a word list entry ending in a stem ("donat") matches its longer forms.
    return re.compile(r"(?<![\w])(?:" + "|".join(
        re.escape(w) + (r"\w*" if w in ("donat",) else r"(?![\w])") for w in
        sorted(words, key=len, reverse=True)) + ")", flags)


AID = whole_words(AID_WORDS)
NON_ALLY = whole_words(NON_ALLY_COUNTRIES, 0)
# A capitalised word before, not the text's first: "the Three Seas Initiative" (not "The plan").
_NAME_WORD_BEFORE = re.compile(r"\S\s+[A-ZÀ-Ý][\w'’-]*\s+$")


class PlanWords:
    """The plan words (``PLAN_WORDS``) of a text, found as by a compiled pattern's ``search`` and
    ``finditer``, but a capitalised word of ``PLAN_WORDS_ENDING_NAMES`` right after another
    capitalised word: the end of an organisation's name ("the Three Seas Initiative"), no plan.
    "a new initiative" is one, and so is German's capitalised noun ("der tschechischen
    Initiative")."""

    pattern = whole_words(PLAN_WORDS)

    def finditer(self, text: str):
        return (found for found in self.pattern.finditer(text)
                if not self.ends_a_name(text, found))

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)

    @staticmethod
    def ends_a_name(text: str, found: re.Match[str]) -> bool:
        word = found.group()
        return word[0].isupper() and word.lower() in PLAN_WORDS_ENDING_NAMES and \
            _NAME_WORD_BEFORE.search(text, 0, found.start()) is not None


PLAN = PlanWords()
SPENDING = re.compile(
    r"\b(?:spend\w*|spent|invest\w*|budgets?|expenditures?|outlays?|allocat\w*)\b", re.I)
DEFENCE = re.compile(r"\b(?:defen[cs]e|military|armed\s+forces|armies)\b|\b(?:"
                     + "|".join(FOREIGN_DEFENCE_STEMS) + r")\w*", re.I)
# NATO's agreed contracts as a whole ("NATO has agreed contracts worth", "contracts signed by
# NATO"), not one contract or order.
NATO_CONTRACTS = re.compile(
    r"\b(?:" + NATO_IN_ENGLISH + r"|[Aa]llies|[Aa]lliance)\b[^.;]{0,40}\bcontracts\b|"
    r"\bcontracts\b[^.;]{0,40}"
    r"\b(?:by|through|via)\s+(?:the\s+)?(?:" + NATO_IN_ENGLISH + r"|NSPA|[Aa]lliance)\b")
ONE_CONTRACT = re.compile(r"\b(?:a|one|the|its|this|that|new)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:contract|deal|order|purchase)\b", re.I)
BY_YEAR_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:by|until|in)\s+(?:20[3-9]\d)\b", re.I)
# "will not fall below 2% in the coming years": a level held for the years ahead is a pledge,
# not the share of a year.
FUTURE_SPAN = re.compile(r"\b(?:in|over|for|during)\s+(?:the\s+)?(?:coming|next|following|"
                         r"future)\s+(?:few\s+|\w+\s+)?years\b|\bin\s+(?:the\s+)?future\b|"
                         r"\bfrom\s+now\s+on\b|\bgoing\s+forward\b|\bin\s+the\s+years\s+"
                         r"(?:ahead|to\s+come)\b|\bfor\s+years\s+to\s+come\b", re.I)
# "will invest 2% of its GDP on defense in the 2020s, in the 2030s and beyond": a level for whole
# decades is a pledge or an average, never the share of one year NATO measured.
SPAN_PREPOSITIONS = r"(?:in|over|for|during|through|throughout|across)"
DECADE_SPAN = re.compile(rf"\b{SPAN_PREPOSITIONS}\s+(?:the\s+)?"
                         r"(?:19|20)\d0s\b|\b(?:19|20)\d0s\s+and\s+beyond\b", re.I)
# "spending 4% or 5% of GDP on defence, as we did in the 1980s": a decade before NATO's bundled
# years, named later in the figure's clause with no year between, is the figure's time (not
# after "a level last seen in", "the highest since", "more than in": another time compared).
PAST_DECADE_LATER = re.compile(r"^(?:(?!(?:19|20)\d\d\b)[^;:])*?\b("
                               + SPAN_PREPOSITIONS + r"\s+the\s+(?:19\d0s|2000s))\b", re.I)
ANOTHER_TIME_COMPARED = re.compile(r"\b(?:seen|since|than|highest|lowest|record)\b", re.I)
# ". " breaks a clause, but not after an initial ("the U.S. share", "the U.K. budget")
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which)\b|(?<!\b[A-Z])\.\s")


def clause_before(sentence: str, at: int, width: int = 90) -> str:
    """The words of the figure's clause before it (``at``: where the figure starts)."""
    if at < 0:
        return ""
    start = max(0, at - width)
    piece = sentence[start:at]
    breaks = list(CLAUSE_BREAK.finditer(piece))
    return piece[breaks[-1].end():] if breaks else piece


def clause_around(sentence: str, at: int, surface: str, width: int = 60) -> str:
    """The figure's clause from ``width`` characters before it to ``width`` after it."""
    if at < 0:
        return sentence
    after = sentence[at + len(surface):at + len(surface) + width]
    cut = CLAUSE_BREAK.search(after)
    return clause_before(sentence, at, width) + surface + (after[:cut.start()] if cut else after)


def for_partner(sentence: str, at: int, surface: str) -> str:
    """Why money is for or about a partner, or aid, or a fund, else ''."""
    around = clause_around(sentence, at, surface)
    found = NON_ALLY.search(around) or AID.search(around)
    if found:
        return (f"money for or about a partner or a fund ('{found.group()}'), not an ally's "
                "defence spending")
    return ""


NOT_SAID_TO_BE_SPENDING = "the sentence does not say this money is defence spending"


def money_not_spending(sentence: str, at: int, surface: str) -> str:
    """Why a money figure is not an ally's or the alliance's defence spending, else ''."""
    around = clause_around(sentence, at, surface)
    partner = for_partner(sentence, at, surface)
    if partner:
        return partner
    if re.search(r"\bcontracts?\b|\bdeals?\b|\borders?\b|\bpurchases?\b", around, re.I):
        return ""  # decided by contract_not_total
    if not (SPENDING.search(around) or DEFENCE.search(around)
            or _spending_named_before(sentence, at, surface)
            or contributed_to_the_pledge(sentence, at, surface)):
        return NOT_SAID_TO_BE_SPENDING
    return ""


# "European allies are on pace to contribute $380 billion in 2024, and Germany will meet its 2%
# pledge": what allies contribute, in a sentence about the guideline, is the spending it measures;
# "contribute $2 billion to Ukraine" names a recipient of its own.
CONTRIBUTE_BEFORE = re.compile(r"\bcontribut(?:e|es|ed|ing)\s+(?:(?:about|around|nearly|some|"
                               r"over|more\s+than|almost|roughly)\s+)?$", re.I)
RECIPIENT_AFTER = re.compile(r"^\S*(?:\s+[\w-]+){0,3}?\s+(?:to|towards?|for|into)\b", re.I)


def contributed_to_the_pledge(sentence: str, at: int, surface: str) -> bool:
    """Whether the money is what allies contribute (no recipient named) in a sentence that names
    the guideline the contribution is measured by."""
    return at >= 0 and bool(CONTRIBUTE_BEFORE.search(sentence[max(0, at - 40):at])) and \
        not RECIPIENT_AFTER.match(sentence[at + len(surface):]) and \
        bool(GUIDELINE_WORDS.search(sentence))


# Money that takes its meaning from earlier in the sentence: an ally's total in a list ("behind
# the US ($968 billion), Germany ($98 billion)"), a relative clause ("NATO's total defense
# budget, which exceeds $1.66 trillion") or a with-clause ("Combined allied outlays are nearing
# 1.6 trillion, with European members and Canada rising to an estimated $559 billion").
# Also the level a rise reached: "Defence spending by European allies and Canada rose by 20% in
# 2024 to more than $485 billion".
# And the amount the sentence's spending reaches or its part accounts for: "The combined defense
# budget of all NATO member countries ... will reach a record high of nearly $1.5 trillion",
# "the United States leading spending at $845 billion, while European allies and Canada combined
# account for $559 billion".
# And the level a change started from: "Total spending will reach $1.2 trillion in 2025, up from
# $810 billion in 2015".
REFERS_BACK = re.compile(
    r"(?:\w\s*\(\s*|,\s+which\s+(?:\w+\s+){0,2}|,\s+with\s+[^,;()]{0,60}\s|"
    r"\d[^.;]{0,30},\s+(?:up|down)\s+from\s+"
    + optional_hedge(*ROUND_HEDGES, *NEAR_HEDGES, "some", "just") + "|"
    r"\b(?:rose|rising|grew|growing|increased|increasing|climbed|jumped)\b[^.;]{0,40}\bto\s+|"
    r"\b(?:reach|reaches|reached|reaching|account\s+for|accounts\s+for|accounted\s+for)\s+"
    r"(?:(?:a\s+)?(?:total|record(?:\s+high)?|high|sum)\s+of\s+)?"
    + optional_hedge(*ROUND_HEDGES, *NEAR_HEDGES, "some", "over", "more than") + ")$")


def _spending_named_before(sentence: str, at: int, surface: str = "") -> bool:
    before = referred_to(sentence, at) or spending_list_continued(sentence, at, surface)
    return bool(SPENDING.search(before) or DEFENCE.search(before))


def referred_to(sentence: str, at: int) -> str:
    """The sentence before a figure that refers back to it (see ``REFERS_BACK``), else ''."""
    before = sentence[:at] if at >= 0 else ""
    return before if REFERS_BACK.search(before) else ""


def contract_not_total(sentence: str, at: int, surface: str) -> str:
    """Why a contract value is not NATO's total of agreed contracts, else ''."""
    around = clause_around(sentence, at, surface, 80)
    if NATO_CONTRACTS.search(around) and not ONE_CONTRACT.search(around):
        return ""
    return "one contract or order, not the total of contracts NATO agreed"


# "Poland is forecast to be the biggest spender on 4.12 percent": NATO's own estimate of the
# current year is a forecast too, so these words leave a share comparable, to agree only.
ESTIMATE_WORDS = ("forecast", "expected", "projected", "estimated")


def forecast_word(sentence: str, at: int, surface: str) -> str:
    """The estimate word ("forecast") when it is the only plan word of the figure's clause and
    no later year follows the figure, else ''."""
    words = [m.group().lower() for m in PLAN.finditer(clause_before(sentence, at, 70))]
    after = sentence[at + len(surface):] if at >= 0 else ""
    if words and set(words) <= set(ESTIMATE_WORDS) and not BY_YEAR_AFTER.search(after):
        return words[0]
    return ""


# "Spain was among eight nations still falling short of the spending goal, contributing about
# 1.3 percent of its GDP", "Greece, which has long exceeded the target, spent 3.08%": the
# share's own piece, after the comma, says what was spent; the goal before it is another's.
SPENT_PIECE = re.compile(r",\s+(?:contributing|spending|allocating|devoting|investing|"
                         r"putting|with|spent|spends|allocated|allocates|devoted|devotes|"
                         r"invested|invests)\b[^,]*$", re.I)


# "Turkiye is just above NATO's 2 per cent target at 2.09 per cent", "Eight allies remain below
# the target, among them Canada (1.37%)": the guideline a share is measured against, no plan.
GUIDELINE_PHRASE = re.compile(
    r"(?:\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)|\b(?:above|below|under|short\s+of)\s+(?:the|"
    r"NATO['’]s|Nato['’]s|the\s+alliance['’]s))\s+(?:[\w-]+\s+)?(?:"
    + "|".join((*SURE_GUIDELINE_NOUNS, *PLEDGE_NOUNS)) + r")s?\b", re.I)


# "Poland's target for this year: 4.7 percent of GDP": a plan named before a colon heads the
# value after it, though the colon ends the clause. An estimate word ("NATO's forecast:") heads
# a value comparable like any forecast (see ``forecast_word``).
HEADING_THEN_COLON = re.compile(r"([^.;:]{1,60}):\s*(?:[\w-]+\s+){0,2}?$")


def share_is_plan(sentence: str, at: int, surface: str, measured: str = "share") -> str:
    """Why a share of GDP (or another ``measured`` figure) is a plan or goal, not a measured
    one, else ''."""
    before = clause_before(sentence, at, 70)
    if forecast_word(sentence, at, surface):
        return ""
    heading = HEADING_THEN_COLON.search(sentence[max(0, at - 90):at]) if at >= 0 else None
    planned = [m.group() for m in PLAN.finditer(heading.group(1))] if heading else []
    if planned and planned[0].lower() not in ESTIMATE_WORDS:
        return f"a plan or goal ('{planned[0]}'), not a {measured} NATO measured"
    own = SPENT_PIECE.search(before)
    before = GUIDELINE_PHRASE.sub(" ", own.group() if own else before)
    found = PLAN.search(before) or national_plan(sentence, before)
    if found:
        return f"a plan or goal ('{found.group()}'), not a {measured} NATO measured"
    after = sentence[at + len(surface):] if at >= 0 else ""
    if BY_YEAR_AFTER.search(after):
        return f"a goal for a later year, not a {measured} NATO measured"
    span = FUTURE_SPAN.search(CLAUSE_BREAK.split(after, 1)[0][:40]) or FUTURE_SPAN.search(before)
    if span:
        return f"a level pledged for the years ahead ('{span.group()}'), not a {measured} " \
            "NATO measured"
    decades = DECADE_SPAN.search(before) or decade_after(CLAUSE_BREAK.split(after, 1)[0])
    if decades:
        return f"a level for whole decades ('{decades.group(decades.lastindex or 0)}'), " \
            f"not a {measured} NATO measured"
    return ""


def decade_after(clause_after: str) -> re.Match | None:
    """The decade named after a figure in its clause as the figure's time, unless it is another
    time the figure is compared with ("a level last seen in the 1990s")."""
    found = DECADE_SPAN.search(clause_after[:40]) or PAST_DECADE_LATER.search(clause_after[:90])
    at = found.start(found.lastindex or 0) if found else 0
    return None if found and ANOTHER_TIME_COMPARED.search(clause_after, 0, at) else found


# "a goal to double Poland's armed forces to 300,000 personnel, including 250,000 professional
# soldiers and 50,000 territorials": the parts listed after a planned total are planned too.
PARTS_OF_HEAD = re.compile(r"\d[\d,.]*\s+[^\d;:.]{0,40}?,?\s+(?:including|comprising|of\s+which|"
                           r"among\s+them)\s+[^;:]{0,80}$", re.I)


def figure_is_plan(sentence: str, at: int, surface: str) -> str:
    """Why an ally's count (personnel) or other own figure is a plan or goal, else '': the
    share's reading (``share_is_plan``), also for the parts listed after a planned total."""
    why = share_is_plan(sentence, at, surface, "figure")
    head = PARTS_OF_HEAD.search(sentence[max(0, at - 160):at]) if at >= 0 and not why else None
    if head:
        head_at = max(0, at - 160) + head.start()
        why = share_is_plan(sentence, head_at, "", "figure")
    return why


# Figures that may confirm NATO's value but are too loosely worded to dispute it: the brief
# leaves them unmatched when they differ (the marker ends Subject.how).
AGREE_ONLY = "compared only to agree"
