"""The time a figure is about: the month of a quote it stands in (:func:`month_of_a_quote`) and
the year, put together from every reading of it (the extractor's year, the
time phrases of :mod:`analysis.brief.figure_year`, counts of "now", a share "of now", the year in
an exercise's name, a growth "from 2023", a sum "since 2014", the earlier figure of a comparison
"down from eight in the previous year"), with the subject that year may
change (Europe and Canada's growth for Europe's; a table's year read from the sentence before).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import pandas as pd

from analysis.brief import scope
from analysis.brief.count_years import count_year
from analysis.brief.earlier_statements import (
    EARLIER_STATEMENT,
    STATEMENT_OF_AN_EARLIER_YEAR,
    said_at_the_time,
    said_in_an_earlier_year,
    stated_earlier,
    year_of_what_was_said,
)
from analysis.brief.exercise_dates import year_in_exercise_name
from analysis.brief.figure_year import (
    TABLE_YEAR_BEFORE,
    dated_by_the_table_before,
    figure_year,
    starts_the_period,
    year_of_a_share_of_now,
)
from analysis.brief.growth import europe_canada_growth_instead
from analysis.brief.judge import CUMULATIVE_KEYS
from analysis.brief.respective_years import respective_year
from analysis.brief.starting_counts import STARTING_COUNT, year_before_the_rise
from analysis.brief.subject import CHANGE_KEYS, Subject
from analysis.brief.subject_phrases import CHANGE_FROM_YEAR
from analysis.brief.values import int_or_none, text_of
from analysis.vocabulary import MONTH_NAMES


def year_and_subject(record: dict[str, Any], subject: Subject, facts: pd.DataFrame,
                     published: date | None) -> tuple[int | None, Subject]:
    """The year the record's figure is about, and its subject: Europe and Canada's growth
    for Europe's (:func:`europe_canada_growth_instead`), marked when the year is a table's
    read from the sentence before (:data:`TABLE_YEAR_BEFORE`)."""
    sentence, surface = text_of(record.get("sentence")), text_of(record.get("text"))
    at = record["at"]
    stated = int_or_none(record.get("year"))
    year = figure_year(stated, sentence, at, surface, published, record["previous_sentence"])
    year = respective_year(sentence, at, surface) or year_of_what_was_said(
        sentence, at, surface) or year
    from_table = dated_by_the_table_before(stated, sentence, at, record["previous_sentence"])
    before_the_rise = year_before_the_rise(subject.key, year, sentence, at, surface)
    year = count_year(subject.key, year, sentence, at, surface, published)
    if year is None and before_the_rise is not None:
        year = before_the_rise
        subject = subject.noted(STARTING_COUNT)
    year = year_of_a_share_of_now(subject.key, year, sentence, at, published, surface)
    if subject.key.startswith("exercise_"):
        year = year_in_exercise_name(subject.entity, sentence, at,
                                     published.year if published else None) or year
        subject = maybe_a_later_edition(subject, year, facts, published, sentence)
    if subject.key in CHANGE_KEYS and at >= 0 and \
            BASE_YEAR_AFTER.match(sentence[at + len(surface):]):
        year = year_named_before(sentence[:at])
    elif subject.key in CHANGE_KEYS and at >= 0 and \
            LAST_YEAR_BASE_AFTER.match(sentence[at + len(surface):]):
        year = year_named_before(sentence[:at]) or (published.year if published else None)
    elif year is not None and subject.key in CHANGE_KEYS:
        found = CHANGE_FROM_YEAR.search(sentence)
        if found and int(found.group(1)) == year:  # "a 19.4% increase from 2023" is 2024's
            year += 1
    previous = PREVIOUS_YEAR_AFTER.match(sentence[at + len(surface):]) if at >= 0 else None
    if previous and EARLIER_FROM_BEFORE.search(sentence[max(0, at - 30):at]):
        named = year_named_before(sentence[:at])
        # "a year earlier" with no year named keeps the year counted back from the source's date
        year = named - 1 if named else year if previous.group("ago") else None
    elif level_before_a_rise_on_last_year(year, sentence, at, surface, published):
        year = published.year
    subject = europe_canada_growth_instead(subject, facts, year, published)
    if subject.key in CUMULATIVE_KEYS and starts_the_period(year, sentence):
        year = None  # "600 billion more since 2014" sums up to the source's date
    if from_table and year is not None:
        subject = subject.noted(TABLE_YEAR_BEFORE)
    at_the_time = said_at_the_time(sentence, at, year, published)
    if stated_earlier(sentence, at, published, surface) or at_the_time:
        subject = subject.noted(EARLIER_STATEMENT)
    if said_in_an_earlier_year(sentence, at, published) or at_the_time:
        subject = subject.noted(f"{STATEMENT_OF_AN_EARLIER_YEAR}, {scope.AGREE_ONLY}")
    return year, subject


# "This year's Cold Response brings together 20,000 troops" (March 2024): exercises recur, and a
# name given without its edition year in a text dated after every edition NATO's statements
# bundle (Cold Response 2022) may be of a later edition; it may confirm a bundled edition's
# figure ("Steadfast Defender, NATO's largest drill in decades, drew 90,000 troops" in 2025) but
# never contradict it.
LATER_EDITION = "an exercise named without its year, dated after its bundled editions"


def maybe_a_later_edition(subject: Subject, year: int | None, facts: pd.DataFrame,
                          published: date | None, sentence: str = "") -> Subject:
    """``subject``, an exercise's figure with no year, read only to agree when the source is
    dated after the last edition of the exercise the facts bundle and its sentence names no
    edition ("Air Defender 2023 ... 210 aircraft" recalled a year later is that edition's)."""
    if year is not None or published is None or not subject.entity or re.search(
            rf"\b{re.escape(subject.entity)}\s+(?:19|20)?\d\d\b", sentence, re.I):
        return subject
    editions = facts.loc[facts["key"].str.startswith("exercise_")
                         & (facts["entity"] == subject.entity), "year"].dropna()
    if editions.empty or published.year <= int(editions.max()):
        return subject
    return subject.noted(f"{LATER_EDITION}, {scope.AGREE_ONLY}")


# "In 2024, NATO allies are set to increase their defense expenditure by 17.9 percent compared to
# the previous year": the year before is the base of the change, which is of the year its
# sentence names before it (none named: no year).
BASE_YEAR_AFTER = re.compile(
    r"^,?\s*(?:compared\s+(?:to|with)|over|on|from|than)\s+(?:the\s+(?:previous|prior|preceding)"
    r"\s+year|a\s+year\s+(?:earlier|before|ago))\b", re.I)
# "European allies and Canada will spend $559 billion in 2025, up 15.9% on last year": last year
# is the base of the change, which is of the year named before it, else of the source's year.
LAST_YEAR_BASE_AFTER = re.compile(
    r"^,?\s*(?:compared\s+(?:to|with)|over|on|from|than)\s+last\s+year\b", re.I)
# "European allies and Canada will spend $559bn, up 15.9% on last year": last year is the base
# of the rise after the level, which is of the source's year (no year written in the sentence).
RISE_ON_LAST_YEAR_AFTER = re.compile(
    r"^[^.;]{0,20}?\b(?:up|down|rising|falling|a\s+rise\s+of|an\s+increase\s+of)\s+(?:by\s+)?"
    r"[^;]{0,20}?\s(?:on|over|from|compared\s+(?:with|to))\s+last\s+year\b", re.I)


def level_before_a_rise_on_last_year(year: int | None, sentence: str, at: int, surface: str,
                                     published: date | None) -> bool:
    """True when the figure's year is last year only through the rise after it ("$559bn, up
    15.9% on last year") and the sentence writes no year."""
    if year is None or published is None or at < 0 or year != published.year - 1:
        return False
    return not re.search(r"\b(?:19|20)\d\d\b", sentence) and \
        RISE_ON_LAST_YEAR_AFTER.match(sentence[at + len(surface):]) is not None


# "seven allies spent 2%, down from eight in the previous year": the earlier figure of a
# comparison is of the year before the one its sentence names for the later (none named: no
# year), not of the year before the source's date.
# ("18 of 32 countries achieved it in 2024, compared to ten a year earlier": the same)
EARLIER_FROM_BEFORE = re.compile(r"\b(?:from|compared\s+(?:to|with)|against|versus|vs\.?)\s+"
                                 r"(?:just\s+|only\s+|about\s+|around\s+)?$", re.I)
PREVIOUS_YEAR_AFTER = re.compile(r"^\s*(?:[\w%]+\s+){0,2}?(?:in\s+)?(?:the\s+(?:previous|prior|"
                                 r"preceding)\s+year|the\s+year\s+before|(?P<ago>a\s+year\s+"
                                 r"(?:earlier|before)))\b", re.I)
YEAR_NAMED = re.compile(r"\b(?:[Ii]n|[Ff]or|[Dd]uring|[Tt]his\s+year,?)\s+((?:19|20)\d\d)\b")


def year_named_before(before: str) -> int | None:
    """The one year the words before a change name ("In 2024, ..."), else None."""
    named = {int(found.group(1)) for found in YEAR_NAMED.finditer(before)}
    return named.pop() if len(named) == 1 else None


# "In February, NATO Secretary-General Jens Stoltenberg said: “In 2024, NATO allies in Europe will
# invest a combined total of $380bn”": the month the quote was said in dates every figure of it.
QUOTE_OF_A_MONTH = re.compile(
    r"^\W*(?:in|by|as\s+of)\s+(" + "|".join(MONTH_NAMES) + r")(?!\s+\d)(?:\s+(?:this|last)"
    r"\s+year)?,\s+[^“”\"]{0,100}?\b(?:said|says|told|stated|declared|wrote|announced)\b"
    r"[^“”\"]{0,15}[“\"]", re.I)


def month_of_a_quote(sentence: str, at: int) -> int | None:
    """The month (1-12) of the quote the figure at ``at`` stands in, when its sentence opens on
    the month the quote was said in; else None."""
    found = QUOTE_OF_A_MONTH.match(sentence)
    if found is None or at < found.end():
        return None
    return MONTH_NAMES.index(found.group(1).lower()) + 1
