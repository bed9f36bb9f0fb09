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


def chosen_basis(judged: list, notes: list[str]) -> dict[str, Any]:
    """The basis that agrees (the first listed when several do), with the others in the note."""
    agreeing = [(b, r) for b, r in judged if r["status"] != "differs"]
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
