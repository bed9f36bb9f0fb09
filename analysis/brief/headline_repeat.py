"""A headline figure the article's body repeats: "Allies Raise Defense Spending by 18%" over
"European allies and Canada are this year increasing defense spending by 18%". A headline
shortens its subject and states no year; the body's sentence says what the figure is. An undated
headline figure left unmatched takes the body's reading when the body checks the same value in
the same unit, with one reading, and agrees with NATO on it (never to differ: the headline may
still be of another quantity)."""

from __future__ import annotations

import pandas as pd

AGREEING = ("consistent", "superseded")
# The columns of the body's check the headline's row takes over.
READING = ["metric", "entity", "year", "status", "reference_value", "reference_unit",
           "reference_qualifier", "reference_release", "reference_date", "reference_source",
           "reference_quote", "gap", "gap_pct", "revisions", "note", "reason", "matched_by"]


def headline_end(text: str | None) -> int | None:
    """Where the headline (a first line not ending a sentence) ends, else None."""
    if not text or "\n" not in text.strip():
        return None
    end = text.index("\n", len(text) - len(text.lstrip()))
    line = text[:end].strip()
    return end if line and line[-1] not in ".!?:\"”'’" else None


def with_headline_as_its_body(table: pd.DataFrame, text: str | None) -> pd.DataFrame:
    """``table`` (check rows) with undated headline figures read as the body's same figure."""
    end = headline_end(text)
    if end is None or not len(table):
        return table
    table = table.copy()
    body = table[(table["start"] >= end) & table["status"].isin(AGREEING)]
    for index, row in table[(table["start"] < end) & (table["status"] == "unmatched")].iterrows():
        if not pd.isna(row["year"]) or str(row["reason"]).startswith("not compared") or \
                str(row["metric"]).startswith("guideline"):
            continue
        same = body[(body["value"] == row["value"]) & (body["unit"] == row["unit"])]
        readings = same[["metric", "entity", "year", "status"]].astype(str).drop_duplicates()
        if len(readings) != 1:
            continue
        taken = same.iloc[0]
        table.loc[index, READING] = taken[READING].to_numpy()
        table.loc[index, "reason"] = f"the headline repeats the body's figure: {taken['reason']}"
    return table
