"""Figures from the source documents and headline files, with the quotes behind them.

Exercise figures come from the headline data; force figures from the reviewed figure tables
(or, while a checkout has none, from the extractor run on each source document).
"""

from __future__ import annotations

from bisect import bisect_right
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pandas as pd

from analysis.data.citations import with_nato_sources
from analysis.data.figure_tables import figure_tables, load_figures
from analysis.data.load import load_citations
from analysis.data.sources import list_sources, load_source
from analysis.errors import DataError
from analysis.extract.extractor import extract_figures
from analysis.report.style import qualified_number
from analysis.sentences import sentence_starts


def short_source(text: str) -> str:
    """The web sites behind a source field ('https://a.org/x (note) | https://b.com/y'): 'a.org,
    b.com'; non-URL parts are kept as written."""
    parts = []
    for part in str(text).split("|"):
        token = part.strip().split(" ")[0]
        if token.startswith(("http://", "https://")):
            host = urlparse(token).netloc.removeprefix("www.")
            parts.append(host)
        elif token.startswith("github:"):
            parts.append("NATO workbook (GitHub copy)")
        elif part.strip():
            parts.append(part.strip())
    return ", ".join(dict.fromkeys(parts))




# ------------------------------------------------------------------------------------------------
# Exercises and source figures
# ------------------------------------------------------------------------------------------------

_EXERCISE_METRICS = {
    "exercise_personnel": "personnel",
    "exercise_ships": "ships",
    "exercise_aircraft": "aircraft",
    "exercise_vehicles": "vehicles",
}
# When a headline file gives several figures for one exercise and measure, the final count
# beats an unlabelled figure, which beats a plan.
_STATUS_PREFERENCE = {"final": 0, "": 1, "plan": 2}


def exercise_figures(headlines: pd.DataFrame) -> pd.DataFrame:
    """One figure per exercise and measure from the headline data, the final count preferred.

    Columns: exercise, year, measure, value, qualifier, unit, status, source, quote, nato_source
    (NATO's own page for the figure, :mod:`analysis.data.citations`; '' when none). Exercises
    with no troop figure are kept as long as some measure is known.
    """
    needed = ["metric", "value", "unit", "year", "source", "quote"]
    missing = [c for c in needed if c not in headlines.columns]
    if missing:
        raise DataError(f"headline figures lack column(s) {', '.join(missing)}")
    rows = headlines[headlines["metric"].isin(_EXERCISE_METRICS)]
    rows = with_nato_sources(rows, load_citations()).drop(columns=["secondary"])
    if rows.empty:
        raise DataError("headline figures hold no exercise_* metrics")
    name_column = "event" if "event" in rows.columns else "entity"
    rows["exercise"] = rows[name_column].astype("string")
    rows["measure"] = rows["metric"].map(_EXERCISE_METRICS)
    status = rows["status"] if "status" in rows.columns else pd.Series("", index=rows.index)
    rows["status"] = status.astype("string").fillna("")
    rows["_preference"] = rows["status"].map(_STATUS_PREFERENCE).fillna(1)
    rows["_order"] = range(len(rows))
    if "qualifier" not in rows.columns:
        rows["qualifier"] = pd.NA
    rows = rows.sort_values(["exercise", "measure", "_preference", "_order"], kind="stable")
    chosen = rows.drop_duplicates(["exercise", "measure"], keep="first")
    chosen = chosen.assign(year=chosen["year"].astype(int))
    out = chosen[["exercise", "year", "measure", "value", "qualifier", "unit", "status",
                  "source", "quote", "nato_source"]]
    return out.sort_values(["year", "exercise", "measure"], ascending=[False, True, True],
                           kind="stable").reset_index(drop=True)


def exercise_table(figures: pd.DataFrame) -> pd.DataFrame:
    """Exercises as rows, measures as columns, values written with their qualifier."""
    # One spelling of '>90,000' for chart and table.
    cells = figures.assign(text=[qualified_number(float(v), "" if pd.isna(q) else str(q))
                                 for v, q in zip(figures["value"], figures["qualifier"],
                                                 strict=True)])
    wide = cells.pivot_table(index=["exercise", "year"], columns="measure", values="text",
                             aggfunc="first")
    order = [m for m in _EXERCISE_METRICS.values() if m in wide.columns]
    wide = wide[order].reset_index().sort_values("year", ascending=False, kind="stable")
    return wide.fillna("–").reset_index(drop=True).rename_axis(columns=None)


def exercise_quotes(figures: pd.DataFrame) -> pd.DataFrame:
    """The quotes behind :func:`exercise_figures`, one row per exercise and quote.

    Columns: exercise, year, measures (comma-separated, in the order of the figures), quote,
    sites (the web sites the source field names).
    """
    rows = []
    for (exercise, quote), group in figures.groupby(["exercise", "quote"], sort=False):
        # NATO's own page where there is one, in place of the copy the figure was collected from
        cited = (group["nato_source"].where(group["nato_source"] != "", group["source"])
                 if "nato_source" in group else group["source"])
        sites = ", ".join(dict.fromkeys(
            site for text in cited for site in short_source(text).split(", ")))
        rows.append({"exercise": exercise, "year": int(group["year"].iloc[0]),
                     "measures": ", ".join(group["measure"]), "quote": quote, "sites": sites})
    return (pd.DataFrame(rows, columns=["exercise", "year", "measures", "quote", "sites"])
            .sort_values(["year", "exercise"], ascending=[False, True], kind="stable")
            .reset_index(drop=True))


FORCE_UNITS = ("troops", "soldiers", "personnel", "forces", "service members", "servicemembers",
               "participants", "brigade", "battalion", "battlegroup", "division", "ships",
               "aircraft", "vehicles", "tanks", "jets")


def source_figures() -> tuple[pd.DataFrame, bool]:
    """Figures of every bundled source, and whether they are the reviewed tables.

    The reviewed figure tables (:func:`analysis.data.figure_tables.load_figures`) are preferred;
    while a checkout has none, the extractor's figures of each source are used instead and the
    flag is False, so a report can say its figures are unreviewed.
    """
    reviewed = load_figures()
    if len(reviewed):
        return with_sentences(reviewed.reset_index(drop=True), load_source), True

    frames = []
    for source_id in list_sources():
        source = load_source(source_id)
        frames.append(extract_figures(source.text, source.published)
                      .assign(source_id=source_id))
    if not frames:
        raise DataError("no source documents bundled in data/raw/sources")
    return pd.concat(frames, ignore_index=True), False


def with_sentences(figures: pd.DataFrame, source_of: Any) -> pd.DataFrame:
    """Add a ``sentence`` column (the quote) from each figure's offsets in its source text.

    The reviewed tables record where a figure sits (``start``, ``end``) rather than its
    sentence; the quote is cut from the source document itself.
    """
    if "sentence" in figures.columns:
        return figures
    texts = {i: source_of(i).text for i in figures["source_id"].dropna().unique()}
    quotes = [sentence_around(texts[i], int(a), int(b)) if pd.notna(a) and pd.notna(b) else ""
              for i, a, b in zip(figures["source_id"], figures["start"], figures["end"],
                                 strict=True)]
    return figures.assign(sentence=quotes)


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding the span [start, end), whitespace collapsed.

    Sentences end where :data:`analysis.sentences.SENTENCE_END` says, as for the extractor and
    the brief, so a quote is the same sentence everywhere.
    """
    if not 0 <= start <= end <= len(text):
        raise DataError(f"figure offsets {start}-{end} outside a text of {len(text)} characters")
    starts = sentence_starts(text)
    begin = starts[bisect_right(starts, start) - 1]
    stop = next((s for s in starts if s >= end and s > begin), len(text))
    return " ".join(text[begin:stop].split())


def figure_files(figures: pd.DataFrame, reviewed: bool) -> list[Path]:
    """Files behind :func:`source_figures`: the reviewed tables, else the source documents."""
    ids = sorted(figures["source_id"].dropna().astype(str).unique())
    if reviewed:
        tables = {path.stem: path for path in figure_tables()}
        return [tables[i] for i in ids if i in tables]
    return [p for i in ids if (p := load_source(i).path) is not None]


def force_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures from the sources that count forces (troops, ships, aircraft...), with quotes.

    ``figures``: the reviewed figure table or the extractor's output; it needs source_id,
    value, unit and a quote (``sentence`` or ``quote``). Exercise metrics count as force
    figures whatever their unit.
    """
    quote_column = "sentence" if "sentence" in figures.columns else "quote"
    needed = ["source_id", "value", "unit", quote_column]
    missing = [c for c in needed if c not in figures.columns]
    if missing:
        raise DataError(f"figure table lacks column(s) {', '.join(missing)}")
    unit = figures["unit"].astype("string").fillna("").str.lower()
    metric = (figures["metric"].astype("string").fillna("")
              if "metric" in figures.columns else pd.Series("", index=figures.index))
    is_force = (unit.apply(lambda u: any(word in u for word in FORCE_UNITS)).astype(bool)
                | metric.str.startswith("exercise_").astype(bool))
    rows = figures[is_force.to_numpy()]
    columns = ["source_id", "text", "value", "unit", "entity", "year", quote_column]
    present = [c for c in columns if c in rows.columns]
    return rows[present].rename(columns={quote_column: "quote"}).reset_index(drop=True)


