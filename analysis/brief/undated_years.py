"""An undated figure that differs from NATO's latest year but agrees with the year before
(issue 9): "the United Kingdom (2.16%)" in a list of who spent over 2% (July 2023) quotes the
2022 figures NATO gave beside its first 2023 estimates. News quotes the last full year as
readily as NATO's estimate of the running one, so when NATO's latest year is the source's own,
the last full year is what an undated figure may mean too (when the latest is already the last
full year, the year before it is older; a figure said of now, or in the present tense, is the
latest estimate: only a sentence in the past tense is read so).
Since the article did not say which, it is compared only to agree: agreeing with the last full
year is ``consistent`` (or ``superseded``), differing from it leaves the figure unmatched as
before. Only shares of GDP and counts of allies are read so (:data:`YEAR_BEFORE_UNITS`).
Read by :mod:`analysis.brief.check`; imports only :mod:`analysis.brief` leaf modules.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd

from analysis.brief.judge import Judging, facts_for, split_by_date
from analysis.brief.reason import reason_text
from analysis.brief.scope import AGREE_ONLY
from analysis.brief.subject import Subject
from analysis.brief.subject_phrases import COUNT_KEY
from analysis.brief.values import float_or_none, int_or_none
from analysis.foreign_words import NOW_WORDS_ENGLISH

AGREEING = ("consistent", "superseded")
# The quantities news quotes from NATO's table of the last full year as of now: shares of GDP
# and counts of allies at a level. Money is left out (the year before is often bundled on
# another price basis than the latest: "about $980 billion" this year at current prices against
# last year's at constant ones), and so are the other shares ("only 24% on equipment" is as
# often a national budget's figure as NATO's).
YEAR_BEFORE_UNITS = ("percent_gdp", "allies")
# "Germany's spending for the current year is estimated at 2%": the source's own year, said in
# words the year readings leave unread, is never the year before; nor is a figure said of now
# ("Canada currently allocates 1.3%" in September 2024 quotes NATO's latest estimate, 2024's,
# as a reader takes it, not the last full year's).
# "defense spending of more than 2% were in Greece (3.54%), ... the United Kingdom (2.16%)": a
# year over is told in the past tense; the present ("Germany spends 1.6%") is NATO's latest.
PAST_TENSE = re.compile(r"\b(?:spent|was|were|allocated|invested|reached|stood|devoted)\b",
                        re.I)
SOURCES_OWN_YEAR = re.compile(r"\b(?:(?:this|the\s+(?:current|present|running))\s+year|"
                              + "|".join(NOW_WORDS_ENGLISH) + r")\b", re.I)


def year_before_agreeing(result: dict[str, Any], row: dict[str, Any], subject: Subject,
                         sentence: str, stated_year: int | None, facts: pd.DataFrame,
                         judged: list, judging: Judging) -> dict[str, Any] | None:
    """The verdict against the year before NATO's latest when the figure has no stated year,
    differs from the latest year NATO had published by the source's date (``result``, judged
    on the one basis of ``judged``, pairs of basis and verdict; a value, not an estimate given
    between releases) and agrees with the year before as NATO had it then; else None.
    ``sentence`` naming the source's own year in words (:data:`SOURCES_OWN_YEAR`) rules the
    year before out. ``judging`` is how the figure was judged."""
    published = judging.published
    latest = int_or_none(result.get("year"))
    if len(judged) != 1 or stated_year is not None or latest is None or published is None or \
            latest != published.year or \
            result.get("status") != "differs" or subject.only_to_agree or \
            result.get("reference_unit") not in YEAR_BEFORE_UNITS or \
            result.get("later_release_agrees") or float_or_none(
                result.get("reference_value")) is None or SOURCES_OWN_YEAR.search(sentence) \
            or not PAST_TENSE.search(sentence):
        return None
    candidates = facts_for(facts, Subject(judged[0][0].key, subject.entity), latest - 1,
                           published)
    candidates = candidates[candidates["unit"] == result.get("reference_unit")]
    before, _ = split_by_date(candidates, published)
    if before.empty:
        return None
    verdict = judging.judge(candidates)
    if verdict["status"] not in AGREEING:
        return None
    note = (f"no year stated; NATO's latest year {latest} differs, the year before agrees: "
            f"read as {latest - 1}, {AGREE_ONLY}")
    settled = {**row, **verdict, "year": latest - 1,
               "note": "; ".join(x for x in (verdict["note"], note) if x)}
    return {**settled, "reason": f"{reason_text(settled)}; {note}"}


# "Only seven of 30 allies meet the 2% target" (March 2023), when no bundled release near the
# source's date counts that year: NATO's count of the last full year, which its annual report of
# March gives and a later release first bundles.
LAST_FULL_YEAR = ("no year stated and none bundled near the source's date: read as the year "
                  f"before the source's, {AGREE_ONLY}")


# "The seven countries that hit the mark are ...": a count with the definite article restates
# one given before, no new claim to read a year for.
DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def last_full_year_of_a_count(subject: Subject, facts: pd.DataFrame, published: date | None,
                              before: str = "") -> tuple[int | None, Subject]:
    """The year before the source's for an undated count of allies at the guideline when the
    bundle holds no year near the source's date (:func:`analysis.brief.judge.facts_for` finds
    none) but a later release counts that year; the subject then agrees only. Else None; also
    for a count ``before`` (the sentence's words before it) gives the definite article."""
    if subject.key != COUNT_KEY or published is None or DEFINITE_BEFORE.search(before) or \
            not facts_for(facts, subject, None, published).empty or \
            facts_for(facts, subject, published.year - 1, published).empty:
        return None, subject
    return published.year - 1, subject.noted(LAST_FULL_YEAR)
