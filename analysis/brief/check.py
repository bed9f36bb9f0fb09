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
figure matches an earlier release only. :func:`check_source` runs it on one bundled source,
:func:`write_checks_csv` writes ``checks.csv`` beside a built report.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.brief import match
from analysis.brief.reference_facts import (
    exercise_base_name,
    guideline_facts,
    headline_facts,
    release_facts,
    workbook_facts,
)
from analysis.brief.vague import vague_frame
from analysis.errors import DataError, ParameterError

STATUSES = ("consistent", "superseded", "differs", "vague", "unmatched")
CLAIM_KINDS = ("amount", "share", "count")
MONEY_UNITS = ("USD", "EUR", "GBP")
# Keys whose facts are per year; a figure without a year cannot be matched to them.
YEARLESS_KEYS = ("exercise_", "guideline_", "nato_ammunition_contracts_value",
                 "europe_canada_cumulative_additional_spending_since_2014")
ORIGIN_RANK = {"headline": 0, "workbook": 1, "release": 2, "guideline": 3}
ORIGIN_WORDS = {"headline": "stated", "workbook": "computed from tables",
                "release": "computed from tables", "guideline": "guideline"}
CHECK_COLUMNS = [
    "figure", "quote", "value", "unit", "qualifier", "metric", "entity", "year", "status",
    "reference_value", "reference_unit", "reference_qualifier", "reference_release",
    "reference_date", "reference_source", "reference_quote", "gap", "gap_pct", "revisions",
    "note", "start", "end", "matched_by",
]


# --- the reference --------------------------------------------------------------------------

def reference_facts() -> pd.DataFrame:
    """All reference facts from the bundled data (workbooks, other releases, headlines)."""
    from analysis.data import load
    frames = [guideline_facts(), headline_facts(load.load_headlines())]
    nato = load.load_nato()
    for vintage in load.available_releases():
        info = load.release_info(vintage)
        frames.append(workbook_facts(
            nato[nato["vintage"] == vintage], f"NATO {vintage}", info.release_date,
            f"{info.publisher}, {info.title}, {info.file.name}"))
    others = load.load_other_releases()
    dates = {}
    for vintage, label in others[["vintage", "vintage_label"]].drop_duplicates().itertuples(
            index=False):
        dates[str(label)] = load.release_info(str(vintage)).release_date
    frames.append(release_facts(others, dates))
    facts = pd.concat([f for f in frames if not f.empty], ignore_index=True)
    return unify_release_dates(facts)


def unify_release_dates(facts: pd.DataFrame) -> pd.DataFrame:
    """One date per NATO release label: the earliest day-exact date its rows name.

    Statements of one release are quoted by sources of different days; the release is one event.
    Dates known only to the month (the 1st) give way to a day-exact date in the same month.
    """
    dates = facts["release_date"].copy()
    for label, group in facts.groupby("release"):
        if not str(label).startswith("NATO "):
            continue
        known = [d for d in group["release_date"] if isinstance(d, date)]
        if not known:
            continue
        exact = [d for d in known if d.day != 1]
        first = min(exact) if exact else min(known)
        same_month = [d for d in known if (d.year, d.month) == (first.year, first.month)]
        if len(same_month) == len(known):
            dates[group.index] = first
    return facts.assign(release_date=dates)


# --- checking ------------------------------------------------------------------------------

def check_figures(figures: pd.DataFrame, published: date | None = None,
                  primary_source: str | None = None, *, text: str | None = None,
                  facts: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per figure (and per vague count) with its status against NATO's numbers.

    ``figures`` has the extractor's columns (text, value, unit, kind, sentence, qualifier, low,
    high, year, metric, entity; start/end optional). ``text``, when given, is scanned for vague
    counts ("only a few allies"); else the figures' sentences are. ``facts`` defaults to
    :func:`reference_facts`.
    """
    missing = [c for c in ("text", "value", "unit") if c not in figures.columns]
    if missing:
        raise DataError(f"figures table: missing column(s) {', '.join(missing)}; expected the "
                        "columns of analysis.extract.extractor.extract_figures")
    published = _as_date(published)
    if facts is None:
        facts = reference_facts()
    claims = _claims(figures)
    scan = text if text is not None else " ".join(dict.fromkeys(
        str(s) for s in figures.get("sentence", pd.Series(dtype=str)) if isinstance(s, str)))
    vague = vague_frame(scan, published, taken=figures if text is not None else None)
    exercises = sorted({e for e in facts.loc[facts["key"].str.startswith("exercise_"), "entity"]
                        if e}, key=len, reverse=True)
    primary_id = _primary_id(primary_source)
    rows = [_check_one(record, facts, published, primary_id, exercises)
            for record in _with_document_exercise(claims.to_dict("records"), scan, exercises)]
    if text is None and len(vague):
        vague = vague.assign(start=float("nan"), end=float("nan"))
    rows += [_check_vague(record, facts, published, primary_id) for record in
             vague.to_dict("records")]
    table = pd.DataFrame(rows, columns=CHECK_COLUMNS)
    table["year"] = pd.array([_int_or_none(y) for y in table["year"]], dtype="Int64")
    if len(table):
        table = table.sort_values("start", kind="stable", na_position="last")
    return table.reset_index(drop=True)


def _claims(figures: pd.DataFrame) -> pd.DataFrame:
    # Years, dates and numbers in names are context, not claims to check.
    if "kind" in figures.columns:
        return figures[figures["kind"].isin(CLAIM_KINDS)]
    return figures[~figures["unit"].isin(["year", "other"])]


def _with_document_exercise(records: list[dict[str, Any]], text: str,
                            exercises: list[str]) -> list[dict[str, Any]]:
    """Each record with the exercise the document was last talking about before the figure,
    and the sentence before the figure's.

    "The exercise brought together roughly 90,000 troops" names no exercise; the headline above
    it ("Steadfast Defender 24 ends") does. Without offsets, the first exercise the text names.
    """
    lowered = text.lower()
    from analysis.vocabulary import sentences_of

    mentions = sorted((m.start(), name) for name in exercises
                      for m in re.finditer(re.escape(name.lower()), lowered))
    for record in records:
        start = _float_or_none(record.get("start"))
        before = [name for at, name in mentions if start is not None and at < start]
        record["document_exercise"] = before[-1] if before else (
            mentions[0][1] if mentions else None)
        # "The target is 2%. In 2014 just 7 allies met it": what "it" points back to.
        sentence = record.get("sentence")
        begin = text.find(sentence, max(0, int(start) - len(sentence))) \
            if start is not None and isinstance(sentence, str) and sentence else -1
        last = len(text[:begin].rstrip()) - 1  # the previous sentence's last character
        record["previous_sentence"] = sentences_of(text, [last])[0] if last >= 0 else ""
    return records


def _check_one(record: dict[str, Any], facts: pd.DataFrame, published: date | None,
               primary_id: str | None, exercises: list[str]) -> dict[str, Any]:
    value = float(record["value"])
    subject = match.classify(record.get("metric"), record.get("unit"), record.get("entity"),
                             record.get("sentence"), value, record.get("text"), exercises,
                             record.get("document_exercise"), record["previous_sentence"])
    year = _int_or_none(record.get("year"))
    row = _base_row(record, subject, year)
    candidates = _candidates(facts, subject, year, published)
    currency = record.get("unit")
    if currency in MONEY_UNITS and len(candidates):
        same = candidates[candidates["unit"] == currency]
        if same.empty:
            published_in = ", ".join(sorted(set(candidates["unit"])))
            return {**row, "status": "unmatched",
                    "note": f"NATO publishes {subject.key} in {published_in}, the figure is in "
                            f"{currency}; not converted"}
        candidates = same
    if candidates.empty:
        return {**row, "status": "unmatched",
                "note": _looked_for(subject, year, facts, record.get("text"))}
    interval = match.allowed_interval(value, record.get("qualifier"), record.get("unit"),
                                      _float_or_none(record.get("low")),
                                      _float_or_none(record.get("high")))
    result = _with_assumed_year({**row, **_judge(value, interval, candidates, published,
                                                  primary_id)}, candidates, published)
    other_basis = _other_price_basis(facts, subject, year)
    if other_basis:
        result["note"] = "; ".join(x for x in (result["note"], other_basis) if x)
    return result


def _other_price_basis(facts: pd.DataFrame, subject: match.Subject, year: int | None) -> str:
    # Money totals are quoted in current or in constant prices without saying which; show the
    # constant-price value too so a reader can tell a revision from a change of basis.
    rows = facts[facts["key"] == f"{subject.key}_constant2015"]
    if year is not None:
        rows = rows[rows["year"] == year]
    return "; ".join(f"at constant 2015 prices {_fmt(r['value'], r['unit'])} ({r['release']})"
                     for _, r in rows.iterrows())


def _check_vague(record: dict[str, Any], facts: pd.DataFrame, published: date | None,
                 primary_id: str | None) -> dict[str, Any]:
    subject = match.Subject(record["metric"], "", "vague phrase")
    year = _int_or_none(record.get("year"))
    row = _base_row(record, subject, year)
    candidates = _candidates(facts, subject, year, published)
    if candidates.empty:
        why = "no year found near the phrase" if year is None else \
            _looked_for(subject, year, facts)
        return {**row, "status": "vague", "note": f"worded without a number; {why}"}
    before, later = _split_by_date(candidates, published)
    reference = _best(_current(before if not before.empty else later), None, primary_id)
    note = (f"worded without a number; NATO: {_fmt(reference['value'], reference['unit'])} "
            f"in {reference['year_text']} ({_release_text(reference)})")
    return _with_assumed_year({**row, "status": "vague", **_reference_columns(reference),
                               "revisions": _revisions(later, reference), "note": note},
                              candidates, published)


def _with_assumed_year(result: dict[str, Any], candidates: pd.DataFrame,
                       published: date | None) -> dict[str, Any]:
    # The extractor found no year governing the figure: the facts were those of the
    # publication year (see _candidates), and the row says so.
    if "year_assumed" in candidates.columns and result["year"] is None and published is not None:
        result["year"] = published.year
        result["note"] = "; ".join(x for x in (
            result["note"], f"no year stated; read as the publication year {published.year}")
            if x)
    return result


def _judge(value: float, interval: match.Interval, candidates: pd.DataFrame,
           published: date | None, primary_id: str | None) -> dict[str, Any]:
    before, later = _split_by_date(candidates, published)
    notes: list[str] = []
    if before.empty:  # NATO published it only after the source: compare with the earliest
        notes.append("NATO published its figure only after the source")
        before, later = _earliest(later)
    current = _current(before)
    agreeing = current[current.apply(lambda f: _agrees(interval, f), axis=1)]
    if not agreeing.empty:
        reference = _best(agreeing, value, primary_id)
        moved = later[~later.apply(lambda f: _agrees(interval, f), axis=1)] if len(later) \
            else later
        status = "superseded" if len(moved) else "consistent"
        if len(moved):
            notes.append("revised later: " + _revisions(moved, reference))
        others = current[~current.index.isin(agreeing.index)]
        if len(others):
            notes.append("another source of the same release says " + _values_text(others))
    else:
        reference = _best(current, value, primary_id)
        status = "differs"
        older = before[~before.index.isin(current.index)]
        older = older[older.apply(lambda f: _agrees(interval, f), axis=1)] if len(older) \
            else older
        if len(older):
            notes.append("matches an older release: " + _values_text(older))
        newer = later[later.apply(lambda f: _agrees(interval, f), axis=1)] if len(later) \
            else later
        if len(newer):
            notes.append("matches a later release: " + _values_text(newer))
    signed, relative = match.gap(value, float(reference["value"]))
    result = {"status": status, **_reference_columns(reference),
              "revisions": _revisions(later, reference), "note": "; ".join(notes)}
    if status == "differs":
        result.update(gap=signed, gap_pct=relative)
    return result


def _agrees(interval: match.Interval, fact: pd.Series) -> bool:
    reference = match.allowed_interval(float(fact["value"]), fact["qualifier"], fact["unit"])
    return match.consistent(interval, reference)


def _candidates(facts: pd.DataFrame, subject: match.Subject, year: int | None,
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
    if subject.key.startswith(YEARLESS_KEYS):
        if year is None:
            return rows
        return rows[[_year_covers(text, year) for text in rows["year_text"]]]
    if year is None:
        if published is None:
            return rows.iloc[0:0]
        # No year stated: news speaks of the current year ("Poland leads the table at 4.12%").
        rows = rows[rows["year"] == published.year]
        return rows.assign(year_assumed=True)
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


def _split_by_date(rows: pd.DataFrame, published: date | None) -> tuple[pd.DataFrame,
                                                                         pd.DataFrame]:
    if published is None:
        return rows, rows.iloc[0:0]
    dates = rows["release_date"]
    known = dates.notna()
    after = known & dates.map(lambda d: d is not None and not pd.isna(d) and d > published)
    return rows[~after], rows[after]


def _current(before: pd.DataFrame) -> pd.DataFrame:
    """What NATO had published most recently: the latest release, all of its sources."""
    if before.empty:
        return before
    dated = before[before["release_date"].notna()]
    if dated.empty:
        return before
    latest = dated.loc[dated["release_date"].map(_ordinal).idxmax()]
    if str(latest["release"]).startswith("NATO "):
        same = before[before["release"] == latest["release"]]
    else:
        same = before[before["release_date"] == latest["release_date"]]
    return same


def _earliest(later: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    first = later["release_date"].map(_ordinal).min()
    mask = later["release_date"].map(_ordinal) == first
    return later[mask], later[~mask]


def _best(rows: pd.DataFrame, value: float | None, primary_id: str | None) -> pd.Series:
    def rank(fact: pd.Series) -> tuple:
        is_primary = bool(primary_id) and primary_id in str(fact["source"])
        closeness = abs(float(fact["value"]) - value) if value is not None else 0.0
        return (not is_primary, ORIGIN_RANK.get(fact["origin"], 9), closeness)

    order = sorted(rows.index, key=lambda i: rank(rows.loc[i]))
    return rows.loc[order[0]]


def _revisions(later: pd.DataFrame, reference: pd.Series | None) -> str:
    """Later releases in date order: 'NATO 2024-06 (2024-06-17): 23 allies; ...'."""
    if later.empty:
        return ""
    parts: list[str] = []
    ordered = later.assign(_order=later["release_date"].map(_ordinal)).sort_values(
        ["_order", "release"], kind="stable")
    for (_, release), group in ordered.groupby(["_order", "release"], sort=False):
        values = _values_list(group)
        parts.append(f"{_release_label(release, group.iloc[0])}: {values}")
    return "; ".join(dict.fromkeys(parts))


def _values_text(rows: pd.DataFrame) -> str:
    return "; ".join(
        f"{_release_label(r['release'], r)}: {_fmt(r['value'], r['unit'], r['qualifier'])}"
        for _, r in rows.iterrows())


def _values_list(group: pd.DataFrame) -> str:
    seen: dict[str, list[str]] = {}
    for _, fact in group.iterrows():
        text = _fmt(fact["value"], fact["unit"], fact["qualifier"])
        seen.setdefault(text, []).append(ORIGIN_WORDS.get(fact["origin"], fact["origin"]))
    if len(seen) == 1:
        return next(iter(seen))
    return " / ".join(f"{text} ({', '.join(sorted(set(origins)))})"
                      for text, origins in seen.items())


def _release_label(release: object, fact: pd.Series) -> str:
    label = str(release)
    if not label.startswith("NATO"):
        label = "NATO statement"
    when = fact["release_date"]
    return f"{label} ({when.isoformat()})" if isinstance(when, date) else label


def _release_text(fact: pd.Series) -> str:
    return _release_label(fact["release"], fact)


def _reference_columns(fact: pd.Series) -> dict[str, Any]:
    return {
        "reference_value": float(fact["value"]), "reference_unit": fact["unit"],
        "reference_qualifier": fact["qualifier"] or "",
        "reference_release": fact["release"] if str(fact["release"]).startswith("NATO")
        else "NATO statement",
        "reference_date": fact["release_date"], "reference_source": fact["source"],
        "reference_quote": fact["quote"],
    }


def _base_row(record: dict[str, Any], subject: match.Subject, year: int | None) -> dict:
    return {
        "figure": record.get("text"), "quote": record.get("sentence"),
        "value": _float_or_none(record.get("value")), "unit": record.get("unit"),
        "qualifier": _text(record.get("qualifier")), "metric": subject.key,
        "entity": subject.entity, "year": year, "start": _float_or_none(record.get("start")),
        "end": _float_or_none(record.get("end")), "matched_by": subject.how,
        "reference_value": None, "gap": None, "gap_pct": None, "revisions": "", "note": "",
    }


def _looked_for(subject: match.Subject, year: int | None, facts: pd.DataFrame,
                figure: object = None) -> str:
    workbooks = ", ".join(sorted({str(r) for r in facts.loc[facts["origin"] == "workbook",
                                                              "release"]}))
    if subject.key in match.COUNT_UNITS or subject.key in ("allies_count", "percent", "other"):
        what = f"a NATO figure for '{figure}' ({subject.key})" if figure else subject.key
    else:
        what = subject.key + (f" for {subject.entity}" if subject.entity else "")
    what += f" in {year}" if year is not None else ""
    known = facts["key"] == subject.key
    if known.any():
        years = sorted({str(y) for y in facts.loc[known, "year_text"] if y})
        shown = ", ".join(years[:6]) + (", ..." if len(years) > 6 else "")
        return (f"looked for {what}: NATO's data has this metric only for "
                f"{shown or 'other entities'}")
    return (f"looked for {what} in the workbook ({workbooks}), the other releases and NATO's "
            "headline statements: nothing found")


def _primary_id(primary_source: str | None) -> str | None:
    if not primary_source:
        return None
    stem = str(primary_source).rstrip("/").rsplit("/", 1)[-1]
    return stem.rsplit(".", 1)[0] or None


def _fmt(value: float, unit: object, qualifier: object = "") -> str:
    from analysis.brief.present import format_value

    return format_value(value, unit, qualifier)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value.date() if hasattr(value, "date") and callable(value.date) else value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DataError(f"published: {value!r} is not a date (expected YYYY-MM-DD)") from None


def _ordinal(value: object) -> int:
    return value.toordinal() if isinstance(value, date) else 0


def _int_or_none(value: object) -> int | None:
    number = _float_or_none(value)
    return None if number is None else int(number)


def _float_or_none(value: object) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) \
        or value is pd.NA else str(value)


# --- one source -----------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class CheckResult:
    """The checks of one source: table, summary paragraph, primary-source comparison."""

    source_id: str
    title: str
    published: date | None
    primary_source: str | None
    checks: pd.DataFrame
    summary: str
    primary: pd.DataFrame
    same_days: pd.DataFrame  # other NATO statements of the source's days it does not carry

    def counts(self) -> dict[str, int]:
        return {s: int((self.checks["status"] == s).sum()) for s in STATUSES}


def source_figures(source: Any) -> pd.DataFrame:
    """The reviewed figure table of a source if there is one, else the extractor's figures."""
    from analysis.paths import figures_dir

    if (figures_dir() / f"{source.id}.csv").exists():
        from analysis.data.figure_tables import load_figures

        reviewed = load_figures()
        mine = reviewed[reviewed["source_id"] == source.id]
        if len(mine):
            return mine.reset_index(drop=True)
    from analysis.extract.extractor import extract_figures

    return extract_figures(source.text, source.published)


def check_source(source_id: str) -> CheckResult:
    """Load a bundled source, check its figures and compare it with its primary source."""
    from analysis.brief.present import summary_paragraph
    from analysis.brief.primary import compare_with_primary, same_days_statements
    from analysis.data.sources import load_source

    if not isinstance(source_id, str) or not source_id.strip():
        raise ParameterError(f"parameter 'source': expected a source id, got {source_id!r}")
    source = load_source(source_id)
    facts = reference_facts()
    figures = source_figures(source)
    checks = check_figures(figures, source.published, source.primary_source, text=source.text,
                           facts=facts)
    primary = compare_with_primary(checks, source.primary_source, facts)
    same_days = same_days_statements(checks, source.published, facts, source.primary_source)
    title = str(source.meta.get("title", source.id))
    summary = summary_paragraph(checks, title=title, outlet=source.meta.get("outlet"),
                                published=source.published, primary=primary,
                                primary_source=source.primary_source)
    return CheckResult(source_id=source.id, title=title, published=source.published,
                       primary_source=source.primary_source, checks=checks, summary=summary,
                       primary=primary, same_days=same_days)


CSV_COLUMNS = ["figure", "value", "unit", "metric", "entity", "year", "status",
               "reference_value", "reference_unit", "reference_release", "reference_date",
               "reference_source", "gap", "gap_pct", "revisions", "note", "quote"]


def write_checks_csv(params: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write ``out_dir/checks.csv`` for ``params['source']`` (the build's artifacts hook)."""
    if "source" not in params:
        raise ParameterError("parameter 'source': missing; checks.csv needs the source id")
    result = check_source(str(params["source"]))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "checks.csv"
    partial = path.with_name(path.name + ".partial")
    result.checks.loc[:, CSV_COLUMNS].to_csv(partial, index=False)
    partial.replace(path)
    return [path]
