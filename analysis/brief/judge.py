"""Which of NATO's facts a figure is compared with, and the verdict.

:func:`facts_for` picks the facts about the figure's subject and year; :func:`judge` compares the
figure's interval (:mod:`analysis.brief.match`) with the latest release published by the source's
date and with later ones, giving ``consistent``, ``superseded`` or ``differs`` (see
:mod:`analysis.brief.check` for the statuses); :mod:`analysis.brief.fact_text` writes the
reference columns and the revisions of a check row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from analysis.brief import match
from analysis.brief.fact_text import reference_columns, release_ordinal, revisions_text, values_text
from analysis.brief.plausible_gap import too_far_to_misreport
from analysis.brief.present import format_value
from analysis.brief.reference_facts import exercise_base_name
from analysis.brief.scope import AGREE_ONLY
from analysis.brief.subject import Subject
from analysis.vocabulary import ACCESSIONS, membership_size

# Keys whose facts are not per year (exercises, guidelines, sums over several years).
CUMULATIVE_KEYS = ("europe_canada_cumulative_additional_spending_since_2014",)
YEARLESS_KEYS = ("exercise_", "guideline_", "nato_ammunition_contracts_value",
                 "europe_canada_cumulative_additional_spending_since_2014")


# Keys that may count every ally ("all 31 allies"): their size follows the membership by date.
ALLIANCE_COUNT_KEYS = ("exercise_participating_allies", "allies_total")
ORIGIN_RANK = {"headline": 0, "workbook": 1, "release": 2, "guideline": 3}


@dataclass(frozen=True)
class Judging:
    """How one figure is judged against NATO's values, whichever candidates: its value, the
    interval its wording allows, the source's date, the release it cites and whether it counts
    every ally of its day (:func:`judge`)."""

    value: float
    interval: match.Interval
    published: date | None
    primary_id: str | None
    whole_alliance: bool = False

    def judge(self, candidates: pd.DataFrame) -> dict[str, Any]:
        return judge(self.value, self.interval, candidates, self.published, self.primary_id,
                     self.whole_alliance)


def judge(value: float, interval: match.Interval, candidates: pd.DataFrame,
           published: date | None, primary_id: str | None,
           whole_alliance: bool = False) -> dict[str, Any]:
    """The verdict on one figure; ``whole_alliance`` when it counts every ally of its day
    ("all 31 allies" in February 2024), so a later count of a larger alliance is not a revision."""
    before, later = split_by_date(candidates, published)
    notes: list[str] = []
    matched_older = matched_later = False
    if before.empty:  # NATO published it only after the source: compare with the earliest
        notes.append("NATO published its figure only after the source")
        before, later = _earliest(later)
    current = latest_release(before)
    agreeing = current[current.apply(lambda f: _agrees(interval, f), axis=1)]
    if not agreeing.empty:
        reference = best_fact(agreeing, value, primary_id)
        moved = later[~later.apply(lambda f: _agrees(interval, f), axis=1)] if len(later) \
            else later
        if whole_alliance and len(moved):
            grown = moved[moved.apply(_counts_the_alliance_of_its_day, axis=1)]
            moved = moved.drop(grown.index)
            if len(grown):
                notes.append(_alliance_grew(grown, published))
        status = "superseded" if len(moved) else "consistent"
        if len(moved):
            notes.append("revised later: " + revisions_text(moved, reference))
        others = current[~current.index.isin(agreeing.index)]
        if len(others):
            notes.append("another source of the same release says " + values_text(others))
    else:
        reference = best_fact(current, value, primary_id)
        status = "differs"
        older = before[~before.index.isin(current.index)]
        older = older[older.apply(lambda f: _agrees(interval, f), axis=1)] if len(older) \
            else older
        if len(older):
            notes.append("matches an older release: " + values_text(older))
            matched_older = True
        newer = later[later.apply(lambda f: _agrees(interval, f), axis=1)] if len(later) \
            else later
        if len(newer):
            notes.append("matches a later release: " + values_text(newer))
            matched_later = True
    signed, relative = match.gap(value, float(reference["value"]))
    result = {"status": status, **reference_columns(reference),
              "revisions": revisions_text(later, reference), "note": "; ".join(notes)}
    if status == "differs":
        result.update(gap=signed, gap_pct=relative, older_release_agrees=matched_older,
                      later_release_agrees=matched_later)
    return result


# Quantities whose past years NATO revises release after release and whose earlier values the
# bundle may lack (the shares and counts of its annual report of March): a value of one of them
# that differs from the first bundled release is a revision. Personnel and an ally's money
# first bundled later are compared only to agree: a national count ("an army of 164,000") may
# differ from NATO's without NATO ever having said it, and money is often another source's
# ("around $8.4 billion" from SIPRI) on another price basis; agreeing ("The US spent almost $900
# billion last year" in February 2024, June 2024's 875.6 bn) is no false alarm. Any other
# quantity first bundled later is not compared: a wish ("not 2% or 2.5%, as the president
# wants") may equal an aggregate NATO published later.
# An exercise's figures are its plan, announced before NATO's statement ("31 NATO allies" in
# Steadfast Defender 24 a week before NATO's of 18 January 2024 gave the same): agreeing with
# the first statement is consistent, whatever the year. A count of its participants that
# differs is not compared (an earlier plan, or a part of the exercise); its personnel read as
# the whole exercise's ("some 100,000 soldiers" planned in January 2024, NATO's 90,000 of 18
# January) is a plan NATO revised since: superseded. Parts of the exercise (one ally's
# contingent) are left out before (exercise_contribution.part_of_exercise). Its equipment planned
# before the statement is its size planned too: "220 aircraft" in April 2023 for Air Defender's 250
# of June is a plan NATO revised since (superseded); one that agrees ("mehr als 50" ships in
# September 2023) is not compared: the plan of then need not be the one NATO announced.
REVISED_EACH_RELEASE = ("ally_share_gdp", "ally_equipment_share", "allies_meeting_2pct_guideline")
EXERCISE_EQUIPMENT_KEYS = ("exercise_ships", "exercise_aircraft", "exercise_vehicles")
EXERCISE_PLAN_KEYS = ("exercise_participating_allies", "exercise_participating_nations",
                      "exercise_personnel", *EXERCISE_EQUIPMENT_KEYS)
EXERCISE_SIZE_KEYS = ("exercise_personnel", *EXERCISE_EQUIPMENT_KEYS)
AGREE_WITH_FIRST_BUNDLED = ("ally_personnel", "ally_defence_spending", *EXERCISE_PLAN_KEYS)
# Money first bundled later agrees only when read as NATO's own figure, never another source's
# or one read only to agree.
MONEY_READ_AS_NATOS = ("ally_defence_spending",)


def published_only_later(year: int | None, published: date | None, key: str = "") -> bool:
    """Whether a figure the bundled releases give only after the source's date may be compared
    with the first of them: its year was over at that date, so NATO had published a value the
    bundle does not hold (the March 2023 annual report's "seven" allies at 2% in 2022, first
    bundled in April 2024). A year the source does not state is not assumed then: "Canada and
    Germany have been reluctant to establish a defence spending of 2%" is no share of 2022.
    The source's own year before NATO's estimate of it, or a later year, is a plan, a forecast
    or another source's reckoning ("Hungary is one of the nine NATO states that will spend 2%
    ... in 2023", April 2023): it stays unmatched. An exercise's plan (``key`` in
    :data:`EXERCISE_PLAN_KEYS`) may be compared in any year."""
    if key in EXERCISE_PLAN_KEYS:
        return published is not None
    return published is not None and year is not None and year < published.year


def first_bundled_verdict(result: dict[str, Any], key: str, how: str = "",
                          figure: float | None = None) -> dict[str, Any] | None:
    """The verdict on a figure against the first bundled release, all published after the source
    (``result``: :func:`judge`'s verdict, which compares with the earliest release then), or None
    when it is not compared.

    The source could not have known that value: agreeing with it is ``consistent`` (later
    revisions stay in the note); differing is a revision of what NATO had said by then
    (``superseded``), never a disagreement (``differs``). Not compared: a quantity other than
    those of :data:`REVISED_EACH_RELEASE` and :data:`AGREE_WITH_FIRST_BUNDLED`, and, when it
    differs, personnel or money. A figure read only to agree (``how`` says so: another
    source's, SIPRI's "1.6% of GDP" for Norway 2022, was never NATO's value to revise) keeps
    its ``differs``, which :func:`analysis.brief.verdict.settle_differs` makes ``unmatched``
    with a note naming the source and NATO's value.
    A differing ``figure`` (the figure's value) beyond a plausible misreport
    (:mod:`analysis.brief.plausible_gap`) is another quantity, not a revision: not compared.
    """
    value = format_value(result["reference_value"], result["reference_unit"])
    when = result["reference_date"]
    first = ("not yet in a bundled release at the source's date; first bundled in "
             + (f"{when:%B %Y} ({result['reference_release']})" if isinstance(when, date)
                else str(result["reference_release"])) + f": {value}")
    agrees = result["status"] != "differs"
    if key not in REVISED_EACH_RELEASE + AGREE_WITH_FIRST_BUNDLED or not agrees and \
            key not in REVISED_EACH_RELEASE + EXERCISE_SIZE_KEYS:
        return None
    if key in MONEY_READ_AS_NATOS and AGREE_ONLY in how:
        return None  # SIPRI's "around $8.4 billion" is on its own price basis
    if agrees and key in EXERCISE_EQUIPMENT_KEYS:
        return None
    if not agrees and AGREE_ONLY in how:
        return result  # settle_differs leaves it unmatched, its note naming the source
    if not agrees and figure is not None and too_far_to_misreport(
            figure, result["reference_value"], result["reference_unit"]):
        return None  # "Britain at 6%" of the allies' total for its 2.16% of GDP: no revision
    note = f"{first} - {'agrees' if agrees else 'differs, a value NATO revised since'}"
    return {**result, "status": "consistent" if agrees else "superseded", "gap": None,
            "gap_pct": None, "first_bundled": note,
            "note": "; ".join(x for x in (result["note"], note) if x)}


def counts_whole_alliance(key: str, value: float, published: date | None) -> bool:
    """Whether a figure counts every ally there was on the source's day."""
    return (key in ALLIANCE_COUNT_KEYS and published is not None
            and value == membership_size(published))


def _counts_the_alliance_of_its_day(fact: pd.Series) -> bool:
    when = fact["release_date"]
    return isinstance(when, date) and float(fact["value"]) == membership_size(when)


def _alliance_grew(grown: pd.DataFrame, published: date | None) -> str:
    # Who joined between the source and the later statements: Sweden on 2024-03-07.
    latest = max(d for d in grown["release_date"] if isinstance(d, date))
    joined = [f"{ally} joined {joined_on.isoformat()}" for joined_on, allies in ACCESSIONS
              if published is not None and published < joined_on <= latest for ally in allies]
    return (f"the alliance grew since ({', '.join(joined)}), not a revision: "
            + values_text(grown))


def _agrees(interval: match.Interval, fact: pd.Series) -> bool:
    reference = match.allowed_interval(float(fact["value"]), fact["qualifier"], fact["unit"])
    return match.consistent(interval, reference)


# NATO's latest year at a source's date is that year's estimate or the year before's; a figure
# with no year stated is read as NATO's latest year only when that is at most this many years
# before the source's.
LATEST_YEAR_AGE = 2


def facts_for(facts: pd.DataFrame, subject: Subject, year: int | None,
              published: date | None = None) -> pd.DataFrame:
    """NATO's values a figure of ``subject`` and ``year`` is compared with. A cell NATO's
    table leaves blank (Germany's 2025 share in August 2025) is no value to compare with, but
    its year is still the latest NATO had published: a figure without a year is read as of it."""
    rows = _facts_of_year(facts, subject, year, published)
    return rows[rows["value"].notna()]


def _facts_of_year(facts: pd.DataFrame, subject: Subject, year: int | None,
                   published: date | None = None) -> pd.DataFrame:
    rows = facts[facts["key"] == subject.key]
    if subject.key.startswith("exercise_"):
        if not subject.entity:
            return rows.iloc[0:0]
        name = exercise_base_name(subject.entity).lower()
        rows = rows[rows["entity"].str.lower() == name]
        if year is not None:
            rows = rows[rows["year"].isna() | (rows["year"] == year)]
        elif rows["year"].nunique() > 1 and published is not None:
            # Several editions of one exercise (Steadfast Defender 21, 24): the source's year.
            years = rows["year"].dropna().astype(int)
            nearest = min(years, key=lambda y: (abs(y - published.year), -y))
            rows = rows[rows["year"].isna() | (rows["year"] == nearest)]
        return rows
    if subject.key.startswith("ally_"):
        rows = rows[rows["entity"] == subject.entity]
    if subject.key == "ally_defence_spending" and subject.entity == "United States":
        # NATO's statements give the US total under its own key ("U.S. spending ... $845 bn").
        rows = pd.concat([rows, facts[facts["key"] == "us_defence_spending"]])
    if subject.key in CUMULATIVE_KEYS:
        # "added 700 billion since 2014" in 2025 sums up to 2025, not NATO's sum up to 2024.
        end = year if year is not None else (published.year if published else None)
        if end is None:
            return rows
        return rows[[str(text).rpartition("-")[2] == str(end) for text in rows["year_text"]]]
    if subject.key.startswith(YEARLESS_KEYS):
        if year is None:
            return rows
        return rows[[_year_covers(text, year) for text in rows["year_text"]]]
    if year is None:
        if published is None:
            return rows.iloc[0:0]
        # No year stated: news quotes NATO's latest year ("Poland leads the table at 4.12%"),
        # the latest year NATO had published by the source's date.
        before, _ = split_by_date(rows, published)
        years = before["year"].dropna()
        if years.empty or int(years.max()) < published.year - LATEST_YEAR_AGE:
            # "Currently, only nine ... meet that goal" in 2023 is no count of 2018, the
            # latest year a release before it bundles: too old to be what news quotes as now
            return rows.iloc[0:0]
        return rows[rows["year"] == int(years.max())].assign(year_assumed=True)
    return rows[rows["year"] == year]


def _year_covers(year_text: object, year: int) -> bool:
    text = str(year_text or "")
    if not text:
        return True
    start, _, end = text.partition("-")
    try:
        low = int(start)
        high = int(end) if end else (9999 if text.endswith("-") else low)
    except ValueError:
        return True
    return low <= year <= high


def split_by_date(rows: pd.DataFrame, published: date | None) -> tuple[pd.DataFrame,
                                                                         pd.DataFrame]:
    if published is None:
        return rows, rows.iloc[0:0]
    dates = rows["release_date"]
    known = dates.notna()
    after = known & dates.map(lambda d: d is not None and not pd.isna(d) and d > published)
    return rows[~after], rows[after]


def latest_release(before: pd.DataFrame) -> pd.DataFrame:
    """What NATO had published most recently: the latest release, all of its sources."""
    if before.empty:
        return before
    dated = before[before["release_date"].notna()]
    if dated.empty:
        return before
    latest = dated.loc[dated["release_date"].map(release_ordinal).idxmax()]
    if str(latest["release"]).startswith("NATO "):
        same = before[before["release"] == latest["release"]]
    else:
        same = before[before["release_date"] == latest["release_date"]]
    return same


def _earliest(later: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    first = later["release_date"].map(release_ordinal).min()
    mask = later["release_date"].map(release_ordinal) == first
    return later[mask], later[~mask]


def best_fact(rows: pd.DataFrame, value: float | None, primary_id: str | None) -> pd.Series:
    def rank(fact: pd.Series) -> tuple:
        is_primary = bool(primary_id) and primary_id in str(fact["source"])
        closeness = abs(float(fact["value"]) - value) if value is not None else 0.0
        return (not is_primary, ORIGIN_RANK.get(fact["origin"], 9), closeness)

    order = sorted(rows.index, key=lambda i: rank(rows.loc[i]))
    return rows.loc[order[0]]
