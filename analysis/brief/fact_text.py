"""How NATO's facts are written in a brief's row: the release a fact comes from, its later
revisions and the reference columns. Read by :mod:`analysis.brief.judge` and
:mod:`analysis.brief.check`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd

from analysis.brief.present import format_value

ORIGIN_WORDS = {"headline": "stated", "workbook": "computed from tables",
                "release": "computed from tables", "guideline": "guideline"}


def revisions_text(later: pd.DataFrame, reference: pd.Series | None) -> str:
    """Later releases in date order: 'NATO 2024-06 (2024-06-17): 23 allies; ...'."""
    if later.empty:
        return ""
    parts: list[str] = []
    ordered = later.assign(_order=later["release_date"].map(release_ordinal)).sort_values(
        ["_order", "release"], kind="stable")
    for (_, release), group in ordered.groupby(["_order", "release"], sort=False):
        values = _values_list(group)
        parts.append(f"{_release_label(release, group.iloc[0])}: {values}")
    return "; ".join(dict.fromkeys(parts))


def values_text(rows: pd.DataFrame) -> str:
    return "; ".join(
        f"{_release_label(r['release'], r)}: {format_value(r['value'], r['unit'], r['qualifier'])}"
        for _, r in rows.iterrows())


def _values_list(group: pd.DataFrame) -> str:
    seen: dict[str, list[str]] = {}
    for _, fact in group.iterrows():
        text = format_value(fact["value"], fact["unit"], fact["qualifier"])
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


def release_text(fact: pd.Series) -> str:
    return _release_label(fact["release"], fact)


def reference_columns(fact: pd.Series) -> dict[str, Any]:
    return {
        "reference_value": float(fact["value"]), "reference_unit": fact["unit"],
        "reference_qualifier": fact["qualifier"] or "",
        "reference_release": fact["release"] if str(fact["release"]).startswith("NATO")
        else "NATO statement",
        "reference_date": fact["release_date"], "reference_source": fact["source"],
        "reference_quote": fact["quote"],
    }


def release_ordinal(value: object) -> int:
    return value.toordinal() if isinstance(value, date) else 0
