"""Growth of all allies' spending in a year NATO gives it only for European allies and Canada
(issue 9).

NATO's August 2025 release gives the 2025 growth of European allies' and Canada's spending
(15.9%) but none for all allies together; news writes it as all members' ("an overall 15.9%
growth in average defence spending among Nato members in 2025"). Such a figure is compared with
Europe and Canada's, only to agree (``AGREE_ONLY``): it may be theirs, and if it is not, it is
no disagreement with a figure NATO never gave. What NATO had given by the source's date counts:
"NATO allies are this year increasing defence spending by 18%" (June 2024) quotes Europe and
Canada's 18% then; NATO's all-allies growth for 2024 came only in August 2025. Imports
:mod:`analysis.brief.clues`, ``judge`` and ``scope``, none of which imports it.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.brief.clues import Subject
from analysis.brief.judge import facts_for, split_by_date
from analysis.brief.scope import AGREE_ONLY

ALL_ALLIES_GROWTH = "defence_spending_change"
EUROPE_CANADA_GROWTH = "europe_canada_defence_spending_change"
EUROPE_CANADA = "Europe and Canada"


def stated_by(facts: pd.DataFrame, subject: Subject, year: int, published: date | None
              ) -> pd.DataFrame:
    """NATO's growth figures of ``subject`` for ``year`` released by the source's date: a growth
    NATO stated only later ("18.6% in 2024", August 2025) was not the one the source quoted."""
    return split_by_date(facts_for(facts, subject, year, published), published)[0]


def europe_canada_growth_instead(subject: Subject, facts: pd.DataFrame, year: int | None,
                                 published: date | None) -> Subject:
    """``subject`` read as Europe and Canada's growth, to agree only, when it is all allies'
    growth in a ``year`` for which NATO's data has only Europe and Canada's; else ``subject``."""
    if subject.key != ALL_ALLIES_GROWTH or subject.why or year is None:
        return subject
    if not stated_by(facts, subject, year, published).empty:
        return subject
    theirs = Subject(EUROPE_CANADA_GROWTH, EUROPE_CANADA)
    if stated_by(facts, theirs, year, published).empty:
        return subject
    return Subject(EUROPE_CANADA_GROWTH, EUROPE_CANADA,
                   f"{subject.how}, all allies' growth in a year NATO gives growth only for "
                   f"European allies and Canada, {AGREE_ONLY}")
