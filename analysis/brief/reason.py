"""The short reason each row of the source brief gives for its status (issue 9, item 4).

A checked row says what it was matched on (the quantity, entity and year), against which release
and date, and on which price basis; an unmatched row says why it was not compared and names the
nearest NATO figure (:func:`nearest_text`).
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

import pandas as pd

from analysis.brief.judge import facts_for, latest_release, split_by_date
from analysis.brief.present import format_value, metric_label
from analysis.brief.subject import Subject
from analysis.vocabulary import COUNT_UNITS

STATUS_VERBS = {"consistent": "agrees with", "superseded": "agreed with",
                "differs": "differs from"}


def _year(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(int(value))  # type: ignore[call-overload]


def reason_text(row: dict[str, Any], basis: str = "") -> str:
    """'agrees with NATO 2024-02 (14 Feb 2024): 18 allies meeting 2% in 2024; later revised'."""
    status = row.get("status")
    when = row.get("reference_date")
    release = str(row.get("reference_release") or "NATO")
    dated = f"{release} ({when:%d %b %Y})" if isinstance(when, date) else release
    what = metric_label(row.get("metric"))
    entity = row.get("entity") or ""
    year = _year(row.get("year"))
    matched = what + (f", {entity}" if entity else "") + (f", {year}" if year else "")
    text = f"{STATUS_VERBS.get(str(status), 'compared with')} {dated} on {matched}"
    if basis:
        text += f"; {basis}"
    if row.get("first_bundled"):  # the source could not have agreed with it: compared with
        return f"compared with {dated} on {matched}; {row['first_bundled']}"
    if status == "superseded":
        first = str(row.get("revisions") or "").split("; ")[0]
        text += "; a later release revised the same quantity" + (f" ({first})" if first else "")
    if "not a revision" in str(row.get("note") or ""):
        text += "; the alliance grew since, not a revision"
    return text


def nearest_text(facts: pd.DataFrame, subject: Subject, year: int | None,
                 published: date | None) -> str:
    """'; nearest NATO figure: NATO's total defence spending 2024: 1.3 trillion USD (...)'."""
    rows = facts_for(facts, subject, year, published) if subject.key else facts.iloc[0:0]
    if rows.empty:
        rows = facts[(facts["key"] == subject.key)
                     & ((facts["entity"] == subject.entity) | (subject.entity == ""))]
    if rows.empty:
        return ""
    before, later = split_by_date(rows, published)
    pool = latest_release(before if not before.empty else later)
    fact = pool.iloc[0]
    label = metric_label(subject.key) + (f", {fact['entity']}" if fact["entity"] else "")
    when = fact["year_text"] or ""
    return (f"; nearest NATO figure: {label}{' ' + str(when) if when else ''}: "
            f"{format_value(fact['value'], fact['unit'], fact['qualifier'])} "
            f"({fact['release']})")


def chosen_basis(judged: list, notes: list[str], stated: str = "") -> dict[str, Any]:
    """The basis that agrees (when several do, the real growth when the sentence says "in real
    terms" (``stated``: "constant2015"), else the one whose value is nearest the figure: "an
    increase of 17.9%" is the real growth, 17.95, not the nominal 18.0; the first listed on a
    tie), with the others in the note."""
    def real_named_first(pair) -> tuple[bool, float]:
        return (not (stated == "constant2015" and pair[0].key.endswith("_real_change")),
                _distance(pair[1]))

    agreeing = sorted([(b, r) for b, r in judged if r["status"] != "differs"],
                      key=real_named_first)
    basis, result = (agreeing or judged)[0]
    others = [f"at {b.label}: {r['status']} with NATO's "
              f"{format_value(r['reference_value'], r['reference_unit'])} "
              f"({r['reference_release']})" for b, r in judged if b is not basis]
    if others or notes:
        which = f"basis not stated; agrees at {basis.label}" if agreeing else \
            "basis not stated; agrees on no basis"
        result["note"] = "; ".join(x for x in (result["note"], which, *others, *notes) if x)
    result["reason"] = reason_text(result, basis.label) + "".join(
        f"; {other}" for other in [*others, *notes][:1])
    return result


def _distance(result: dict[str, Any]) -> float:
    value, reference = result.get("value"), result.get("reference_value")
    if value is None or reference is None or not reference:
        return math.inf
    return abs(float(value) - float(reference)) / abs(float(reference))


def looked_for(subject: Subject, year: int | None, facts: pd.DataFrame,
                figure: object = None) -> str:
    workbooks = ", ".join(sorted({str(r) for r in facts.loc[facts["origin"] == "workbook",
                                                              "release"]}))
    if subject.key in COUNT_UNITS or subject.key in ("allies_count", "percent", "other"):
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
