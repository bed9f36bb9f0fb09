"""What an extracted figure measures: the metric (:func:`classify_metric`), from its unit and the
cues of the sentence it sits in (:mod:`analysis.extract.context`); the guideline's readings are
:mod:`analysis.extract.guideline_reading`'s.

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

from analysis.extract import other_languages as L
from analysis.extract import other_languages_more as more
from analysis.extract.all_allies import MEETING, all_foreseen_at_target
from analysis.extract.context import (
    AID,
    AIRCRAFT,
    CHANGE,
    CLAUSE_END,
    CONTRACT,
    GDP,
    GUIDELINE,
    SHIPS,
    SPENDING,
    TWO_PERCENT,
    VEHICLES,
    SentenceCues,
    has_word,
)
from analysis.extract.foreign_growth import rise_of_spending
from analysis.extract.guideline_reading import (
    ALLIES_COUNTED,
    BELOW_AFTER,
    MEMBERSHIP_SIZES_SINCE_1982,
    MUST,
    RISE_FROM_BEFORE,
    TOTAL_BEFORE,
    meets_named_target,
    names_target,
    share_of_gdp_metric,
)
from analysis.vocabulary import NATO_IN_ENGLISH

_EQUIPMENT = re.compile(r"\b(?:equipment" + L.EQUIPMENT_WORDS + r")\b", re.I)
_US_BEFORE = re.compile(r"\b(?:U\.S\.|US|United\s+States|American|Washington)\b")
_OF_ALLIANCE_SPENDING = re.compile(  # "of the NATO total" too, never "of the alliance total GDP"
    r"\s+of\s+(?:the\s+)?(?:" + NATO_IN_ENGLISH + r"|alliance|allied|all\s+allies|"
    r"combined)\S*\s+(?:[\w-]+\s+){0,3}?"
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
    if cues.spending and has_word(CHANGE, near):
        return "defence_spending_real_change" if _REAL.search(near) else \
            "defence_spending_change"
    if rise_of_spending(before, after):
        # "hərbi xərclərdə 19,4 faiz artım olub"; also in words written without accents ("die um
        # 11 Prozent zunahmen", "porabo za obrambo za 18 odstotkov"): the English words of the
        # test above are no rise nor defence word of another language
        return "defence_spending_change"
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
        return share_of_gdp_metric(value, cues, near, before, after, counts_allies)
    if unit == "allies":
        if cues.exercise:
            return "exercise_participating_nations"
        if value in MEMBERSHIP_SIZES_SINCE_1982 and TOTAL_BEFORE.search(before):
            return MEETING if all_foreseen_at_target(before, after) else "alliance_members"
        if value in MEMBERSHIP_SIZES_SINCE_1982 and (more.TURKIC_OUT_OF.search(figure)
                                                     or more.OUT_OF_AFTER.match(after)):
            return "alliance_members"  # "32 NATO ölkəsindən 22-si": 22 of the 32
        # Counted against the guideline when the target or a share of GDP is named close by
        # ("18 allies will spend 2% of their GDP", "11 of them met NATO's target"); "the 31
        # member countries spent $1.3 trillion" is membership.
        clause_end = CLAUSE_END.search(after)
        clause = near + (after[:clause_end.start()] if clause_end else after)
        if has_word(GUIDELINE, clause) or TWO_PERCENT.search(clause) or GDP.search(clause):
            if MUST.search(clause, len(near), len(near) + 120):
                return "allies_count"  # "the 31 allies must meet the target by 2025"
            if BELOW_AFTER.match(after):
                return "allies_below_2pct_guideline"  # "Eight allies remain below the target"
            return "allies_meeting_2pct_guideline"
        if meets_named_target(after, cues.guideline or cues.two_percent
                              or names_target(previous_sentence)):
            return "allies_meeting_2pct_guideline"  # "In 2014 just 7 allies met it"
        if RISE_FROM_BEFORE.search(before) and names_target(previous_sentence) and \
                ALLIES_COUNTED.search(previous_sentence):
            return "allies_meeting_2pct_guideline"
        return "allies_count"
    if unit == "countries" and cues.exercise:
        return "exercise_participating_nations"
    if kind == "amount":
        if has_word(CONTRACT, near) or (cues.contract and not has_word(SPENDING, near)):
            return "contracts_value"
        if has_word(AID, near):
            return "aid_value"
        if cues.spending:
            return "defence_spending"
        return None
    if unit == "percent":
        return _percent_metric(cues, near, before, after)
    if unit == "troops":
        return "exercise_personnel" if cues.exercise else "personnel"
    if kind == "count" and unit == "count":
        for pattern, name in ((SHIPS, "ships"), (AIRCRAFT, "aircraft"), (VEHICLES, "vehicles")):
            if pattern.search(figure):
                return f"exercise_{name}" if cues.exercise else name
    return None
