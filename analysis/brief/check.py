"""Check every figure of a source against what NATO published about the same thing.

:func:`check_figures` matches each figure by metric, year and entity against the reference facts
(:mod:`analysis.brief.reference_facts`: the workbook, other releases, headline statements)
and gives it a status:

``consistent``  the same within rounding and within what the source's hedge allows (tolerances in
                :mod:`analysis.brief.match`) as the latest NATO value published by the source's
                date, and no later release moved away from it;
``superseded``  consistent with what NATO had published by the source's date, but a later release
                revised it (``revisions`` lists each later value with its release and date);
``differs``     not consistent with NATO's latest value at the source's date: ``gap`` is figure
                minus reference (signed), ``gap_pct`` the same in % of the reference;
``vague``       worded without a number where NATO has one ("only a few allies");
``unmatched``   nothing in the reference covers it; ``note`` says what was looked for.

Without a publication date, the latest release is the reference and ``superseded`` means the
figure matches an earlier release only. :mod:`analysis.brief.source_check` runs it on one
bundled source.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from analysis.brief import match, money_scope, scope
from analysis.brief.ally_names import find_ally
from analysis.brief.anaphora import with_share_referred_back
from analysis.brief.basis import agreeing_or_known_basis, bases_for, with_statement_bases
from analysis.brief.count_years import count_of_now
from analysis.brief.document import with_document_exercise
from analysis.brief.exact_estimates import qualifier_as_read
from analysis.brief.exercise_dates import exercise_under_way, whole_count
from analysis.brief.exercise_nations import (
    allies_read_as_nations,
    countries_read_as_counted,
    part_senders_to_agree,
)
from analysis.brief.fact_text import reference_columns, release_text, revisions_text
from analysis.brief.figure_repeat import with_repeated_shares_read
from analysis.brief.figure_year import share_of_the_sources_day
from analysis.brief.guidelines import Guidelines
from analysis.brief.headline_repeat import with_headline_as_its_body
from analysis.brief.headline_source import attributed, headline_source, list_source
from analysis.brief.judge import (
    YEARLESS_KEYS,
    Judging,
    best_fact,
    counts_whole_alliance,
    facts_for,
    first_bundled_verdict,
    latest_release,
    published_only_later,
    split_by_date,
)
from analysis.brief.listing import with_list_heading
from analysis.brief.metric_aliases import with_share_label
from analysis.brief.present import format_value
from analysis.brief.primary import primary_source_id
from analysis.brief.reason import chosen_basis, looked_for, nearest_text
from analysis.brief.reference_facts import reference_facts
from analysis.brief.series import with_listed_share
from analysis.brief.subject import AGREE_ONLY, Subject, classify
from analysis.brief.subject_phrases import YEARS_AGO, month_named
from analysis.brief.undated_years import last_full_year_of_a_count, year_before_agreeing
from analysis.brief.vague import vague_frame
from analysis.brief.values import as_date, float_or_none, int_or_none, ordinal, text_of
from analysis.brief.verdict import on_unbundled_basis, settle_differs
from analysis.brief.year_and_subject import month_of_a_quote, year_and_subject
from analysis.brief.years_ago import (
    year_counted_back,
    year_counted_back_before,
    years_ago_of_another_thing,
)
from analysis.errors import DataError
from analysis.vocabulary import CLAIM_KINDS, MONEY_UNITS

STATUSES = ("consistent", "superseded", "differs", "vague", "unmatched")
CHECK_COLUMNS = [
    "figure", "quote", "value", "unit", "qualifier", "metric", "entity", "year", "status",
    "reference_value", "reference_unit", "reference_qualifier", "reference_release",
    "reference_date", "reference_source", "reference_quote", "gap", "gap_pct", "revisions",
    "note", "reason", "start", "end", "matched_by",
]


# --- checking ------------------------------------------------------------------------------

def check_figures(figures: pd.DataFrame, published: date | None = None,
                  primary_source: str | None = None, *, text: str | None = None,
                  facts: pd.DataFrame | None = None, title: str = "") -> pd.DataFrame:
    """One row per figure (and per vague count) with its status against NATO's numbers.

    ``figures`` has the extractor's columns (text, value, unit, kind, sentence, qualifier, low,
    high, year, metric, entity; start/end optional). ``text``, when given, is scanned for vague
    counts ("only a few allies"); else the figures' sentences are. ``facts`` defaults to
    :func:`reference_facts`. ``title``, the headline, may name the exercise the text is about.
    """
    missing = [c for c in ("text", "value", "unit") if c not in figures.columns]
    if missing:
        raise DataError(f"figures table: missing column(s) {', '.join(missing)}; expected the "
                        "columns of analysis.extract.extractor.extract_figures")
    published = as_date(published)
    if facts is None:
        facts = reference_facts()
    facts = with_statement_bases(facts)
    claims = _claims(figures)
    scan = text if text is not None else " ".join(dict.fromkeys(
        str(s) for s in figures.get("sentence", pd.Series(dtype=str)) if isinstance(s, str)))
    vague = vague_frame(scan, published, taken=figures if text is not None else None)
    exercises = sorted({e for e in facts.loc[facts["key"].str.startswith("exercise_"), "entity"]
                        if e}, key=len, reverse=True)
    primary_id = primary_source_id(primary_source)
    guidelines = Guidelines.from_facts(facts)
    by_headline = headline_source(title)
    records = [{**with_list_heading(r, text), "headline_source": by_headline,
                "list_source": list_source(text, r.get("start"))}
               for r in claims.to_dict("records")]
    by_date = exercise_under_way(facts, published)
    rows = [_check_one(with_share_referred_back(with_listed_share(with_share_label(record)),
                                                find_ally),
                       facts, published, primary_id, exercises, guidelines)
            for record in with_document_exercise(records, scan, exercises, by_date, title)]
    if text is None and len(vague):
        vague = vague.assign(start=float("nan"), end=float("nan"))
    rows += [_check_vague(record, facts, published, primary_id) for record in
             vague.to_dict("records")]
    table = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    # One row per figure span (checks.csv): a vague phrase never repeats a figure's span.
    table = table[~(table.duplicated(["start", "end", "figure"]) & table["start"].notna())]
    table = with_repeated_shares_read(with_headline_as_its_body(table, text), text)
    table["year"] = pd.array([int_or_none(y) for y in table["year"]], dtype="Int64")
    if len(table):
        table = table.sort_values("start", kind="stable", na_position="last")
    return table.reset_index(drop=True)


def _claims(figures: pd.DataFrame) -> pd.DataFrame:
    # Years, dates and numbers in names are context, not claims to check.
    if "kind" in figures.columns:
        return figures[figures["kind"].isin(CLAIM_KINDS)]
    return figures[~figures["unit"].isin(["year", "other"])]


def _subject_of(record: dict[str, Any], value: float, exercises: list[str],
                guidelines: Guidelines) -> tuple[dict[str, Any], Subject]:
    """The figure's subject; money with no currency named is read as dollars, to agree only."""
    dollars = money_scope.dollars_assumed(record.get("unit"), value, text_of(record.get("text")),
                                          text_of(record.get("sentence")), record["at"])
    if dollars:
        record = {**record, "unit": "USD"}
    named_next = record.get("exercise_named_next")
    subject = classify(record.get("metric"), record.get("unit"), record.get("entity"),
                       record.get("sentence"), value, record.get("text"), exercises,
                       record.get("document_exercise") or named_next,
                       record["previous_sentence"], guidelines, record["at"],
                       record.get("exercise_before", False),
                       previous_in_paragraph=record.get("previous_in_paragraph", ""),
                       exercise_next=bool(named_next))
    if dollars:
        subject = subject.noted(dollars)
    for source in ("headline_source", "list_source"):
        subject = attributed(subject, record.get(source, ""), text_of(record.get("sentence")))
    if named_next and subject.key.startswith("exercise_") and subject.entity == named_next:
        subject = _exercise_to_agree(subject, subject.entity,
                                     "the exercise the next sentence names")
    if record.get("exercise_by_date") and subject.key.startswith("exercise_") and \
            not subject.entity:
        subject = _exercise_to_agree(subject, record["exercise_by_date"],
                                     "the exercise NATO was running at the source's date")
    return record, subject


def _counted_back(record: dict[str, Any], subject: Subject, published: date | None,
                  facts: pd.DataFrame) -> tuple[int | None, Subject]:
    """The year a time counted back from the source's date gives the figure ("three countries
    ten years ago", "At the time" after "A decade ago, ..."), with the subject marked to be
    compared only to agree, since N years ago is about, not exactly, that year; else the last
    full year of an undated count (:func:`last_full_year_of_a_count`), or None."""
    sentence, at = text_of(record.get("sentence")), record["at"]
    counted_back = year_counted_back(sentence, at, text_of(record.get("text")), published)[1] or \
        year_counted_back_before(sentence, text_of(record.get("previous_sentence")), published)
    if counted_back is None:
        return last_full_year_of_a_count(subject, facts, published, sentence[:max(at, 0)])
    return counted_back, subject.noted(f"counted back from the source's date, {AGREE_ONLY}")


def _exercise_to_agree(subject: Subject, exercise: str, why_this_exercise: str) -> Subject:
    """``subject`` as ``exercise``'s figure, read only to agree, saying why it is that one."""
    how = subject.how.removesuffix(f", {AGREE_ONLY}")
    return Subject(subject.key, exercise, f"{how}, {why_this_exercise}, {AGREE_ONLY}", subject.why)


def _check_one(record: dict[str, Any], facts: pd.DataFrame, published: date | None,
               primary_id: str | None, exercises: list[str],
               guidelines: Guidelines, read_month: bool = True) -> dict[str, Any]:
    value = float(record["value"])
    record, subject = _subject_of(record, value, exercises, guidelines)
    subject = allies_read_as_nations(subject, facts)
    sentence = text_of(record.get("sentence"))
    surface = text_of(record.get("text"))
    value = whole_count(subject.key, surface, value)
    record = {**record, "value": value}
    at = record["at"]
    after = sentence[at + len(surface):] if at >= 0 else ""
    subject = countries_read_as_counted(subject, facts, surface, after, value)
    subject = part_senders_to_agree(subject, sentence[:at] if at >= 0 else "", after)
    year, subject = year_and_subject(record, subject, facts, published)
    if year is None and not subject.key.startswith(YEARLESS_KEYS):
        year, subject = _counted_back(record, subject, published, facts)
    row = _base_row(record, subject, year)
    if year is None and not subject.key.startswith(YEARLESS_KEYS) and YEARS_AGO.search(
            scope.clause_around(sentence, at, surface, 80)) and not years_ago_of_another_thing(
            sentence, at, surface):
        subject = Subject(subject.key, subject.entity, subject.how,
                          "the year is given only as years ago")
    month = month_named(scope.clause_before(sentence, at, 120)) or month_of_a_quote(sentence, at)
    if read_month and published is not None and month is not None and \
            month < published.month and (year is None or year == published.year):
        return _by_month_named(record, facts, published, month, primary_id, exercises,
                               guidelines)
    if subject.why:
        return {**row, "status": "unmatched", "note": f"not compared: {subject.why}"
                + nearest_text(facts, subject, year, published),
                "reason": f"not compared: {subject.why}"}
    interval = match.allowed_interval(value, qualifier_as_read(
        record.get("qualifier"), record.get("unit"), surface), record.get("unit"),
                                      float_or_none(record.get("low")),
                                      float_or_none(record.get("high")), surface)
    judging = Judging(value, interval, published, primary_id,
                      counts_whole_alliance(subject.key, value, published))
    stated = money_scope.stated_price_basis(sentence, at, surface)
    judged, notes, missing, first_bundled, unbundled = _judged_on_each_basis(
        record, subject, year, facts, row, judging, stated)
    if not judged and first_bundled:
        # Only a release after the source has it (on every basis): the first that bundles it.
        judged, notes = first_bundled, []
    if not judged:
        note = "; ".join(notes) or looked_for(subject, year, facts, record.get("text"))
        if subject.only_to_agree:  # the reading that would have kept it from differing
            note = f"{subject.notes}; {note}"
        return {**row, "status": "unmatched", "note": note, "reason": note}
    result = on_unbundled_basis(chosen_basis(judged, notes, stated), unbundled, value,
                                record.get("unit"), subject.how, judged[0][0].label)
    if year is None and count_of_now(subject.key, sentence, at, surface) and \
            not result.get("older_release_agrees"):
        year = int_or_none(result.get("year"))  # stated as of the source's day: NATO's latest
    return year_before_agreeing(result, row, subject, sentence, year, facts, judged, judging) or \
        settle_differs(result, row, subject, year, value, record.get("unit"), missing, stated,
                       judged[0][0].label)


def _judged_on_each_basis(record: dict[str, Any], subject: Subject, year: int | None,
                          facts: pd.DataFrame, row: dict[str, Any], judging: Judging,
                          stated: str) -> tuple[list, ...]:
    """The figure judged on each price basis its key may be stated on: the judged, the notes,
    the bases with no facts, the verdicts of releases after the source that first bundle it
    (used when no basis is judged) and the earliest verdict on each unbundled basis."""
    value, interval, published = judging.value, judging.interval, judging.published
    sentence, at = text_of(record.get("sentence")), record["at"]
    judged, notes, missing, first_bundled, unbundled = [], [], [], [], []
    for basis in bases_for(subject.key, stated):
        candidates = _in_currency(facts_for(facts, Subject(basis.key, subject.entity), year,
                                            published), record.get("unit"), subject.key, notes)
        candidates = agreeing_or_known_basis(candidates, interval, value, record.get("unit"))
        if candidates.empty:
            missing.append(basis.label)
            continue
        before, _ = split_by_date(candidates, published)
        if before.empty:
            first = candidates.loc[candidates["release_date"].map(ordinal).idxmin()]
            notes.append(f"NATO published {format_value(first['value'], first['unit'])}"
                         f"{' at ' + basis.label if basis.label else ''} only after the source "
                         f"({release_text(first)})")
            of_now = share_of_the_sources_day(subject.key, year, sentence, at, published)
            earliest = {**row, **judging.judge(candidates)}
            verdict = first_bundled_verdict(earliest, basis.key, subject.how, value) \
                if published_only_later(year, published, basis.key) or of_now else None
            if verdict is not None and (not of_now or verdict["status"] == "consistent"):
                first_bundled.append((basis, verdict))
            unbundled.append((basis, earliest))
            continue
        result = _with_assumed_year({**row, **judging.judge(candidates)}, candidates, published)
        judged.append((basis, result))
    return judged, notes, missing, first_bundled, unbundled


def _in_currency(candidates: pd.DataFrame, currency: object, key: str,
                 notes: list[str]) -> pd.DataFrame:
    """The facts in the money figure's currency (a note when NATO has none in it)."""
    if currency not in MONEY_UNITS or candidates.empty:
        return candidates
    same = candidates[candidates["unit"] == currency]
    if same.empty:
        notes.append(f"NATO publishes {key} in {', '.join(sorted(set(candidates['unit'])))}, "
                     f"the figure is in {currency}; not converted")
    return same


def _by_month_named(record: dict[str, Any], facts: pd.DataFrame, published: date, month: int,
                    primary_id: str | None, exercises: list[str],
                    guidelines: Guidelines) -> dict[str, Any]:
    """"In February this year, 18 allies ...": what NATO had published by then; but "a
    projection produced in March found that 23" may quote it as published later, by the
    source's date: what agrees with that is no disagreement."""
    by_month = _check_one(record, facts, date(published.year, month, 28), primary_id,
                          exercises, guidelines, read_month=False)
    if by_month["status"] in ("consistent", "superseded"):
        return by_month
    by_source = _check_one(record, facts, published, primary_id, exercises, guidelines,
                           read_month=False)
    return by_source if by_source["status"] in ("consistent", "superseded") else by_month


def _check_vague(record: dict[str, Any], facts: pd.DataFrame, published: date | None,
                 primary_id: str | None) -> dict[str, Any]:
    subject = Subject(record["metric"], "", "vague phrase")
    year = int_or_none(record.get("year"))
    row = _base_row(record, subject, year)
    candidates = facts_for(facts, subject, year, published)
    if candidates.empty:
        why = "no year found near the phrase" if year is None else \
            looked_for(subject, year, facts)
        return {**row, "status": "vague", "note": f"worded without a number; {why}",
                "reason": "worded without a number"}
    before, later = split_by_date(candidates, published)
    reference = best_fact(latest_release(before if not before.empty else later), None, primary_id)
    note = (f"worded without a number; NATO: {format_value(reference['value'], reference['unit'])} "
            f"in {reference['year_text']} ({release_text(reference)})")
    return _with_assumed_year({**row, "status": "vague", **reference_columns(reference),
                               "revisions": revisions_text(later, reference), "note": note,
                               "reason": note}, candidates, published)


def _with_assumed_year(result: dict[str, Any], candidates: pd.DataFrame,
                       published: date | None) -> dict[str, Any]:
    # The extractor found no year governing the figure: the facts were those of the
    # publication year (see facts_for), and the row says so.
    if "year_assumed" in candidates.columns and result["year"] is None and published is not None:
        year = int(candidates["year"].dropna().max())
        result["year"] = year
        result["note"] = "; ".join(x for x in (
            result["note"], f"no year stated; read as {year}, the latest year NATO had "
            "published by the source's date") if x)
    return result


def _base_row(record: dict[str, Any], subject: Subject, year: int | None) -> dict:
    return {
        "figure": record.get("text"), "quote": record.get("sentence"),
        "value": float_or_none(record.get("value")), "unit": record.get("unit"),
        "qualifier": text_of(record.get("qualifier")), "metric": subject.key,
        "entity": subject.entity, "year": year, "start": float_or_none(record.get("start")),
        "end": float_or_none(record.get("end")), "matched_by": subject.how,
        "reference_value": None, "gap": None, "gap_pct": None, "revisions": "", "note": "",
        "reason": "",
    }
