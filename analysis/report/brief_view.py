"""The source brief as a reader sees it: every quoted sentence once, every source once.

A sentence of the article often holds several figures, and many checks cite the same NATO page;
shown in every row, the same quote and the same long address fill the page three times over.
Here each distinct sentence gets a short id (Q1, Q2, ...) and is printed once, with the figures
it gives; each distinct source gets an id (S1, ...) and is listed once, as a full link. The rows
of the checks tables refer to those ids. What is checked and how is :mod:`analysis.brief`'s; this
module only arranges its tables (:func:`analysis.brief.present.checks_table` and friends).

Everything here is data from the article or the reference files: cells and lists meant as HTML are
built from escaped parts.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping

import pandas as pd

from analysis.brief.present import (
    checks_table,
    figures_table,
    same_days_table,
)

QUOTE_PREFIX, SOURCE_PREFIX = "Q", "S"
SOURCE_SEPARATOR = " | "  # how the reference files join several sources of one value
SOURCES_CLASS = "brief-sources"  # the list of sources (nato.css keeps long addresses inside)


def _ids(values: Iterable[str], prefix: str, start: int = 1) -> dict[str, str]:
    """Each distinct non-blank text, in order of first appearance -> 'Q1', 'Q2', ..."""
    distinct = dict.fromkeys(v for v in values if v)
    return {text: f"{prefix}{number}" for number, text in enumerate(distinct, start)}


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and value != value) \
        else " ".join(str(value).split())


def quote_ids(checks: pd.DataFrame) -> dict[str, str]:
    """Each quoted sentence of the checks, in the article's order -> 'Q1', 'Q2', ..."""
    return _ids((_text(q) for q in checks["quote"]), QUOTE_PREFIX)


def source_parts(source: object) -> list[str]:
    """The sources of one reference value ('https://a.org/x (note) | https://b.com/y')."""
    return [part.strip() for part in _text(source).split(SOURCE_SEPARATOR.strip())
            if part.strip()]


def source_ids(sources: Iterable[object], start: int = 1) -> dict[str, str]:
    """Each distinct source (one part of a ' | '-joined field) -> 'S1', 'S2', ..."""
    return _ids((part for field in sources for part in source_parts(field)), SOURCE_PREFIX,
                start)


def _refer(field: object, ids: Mapping[str, str]) -> str:
    return ", ".join(ids[part] for part in source_parts(field) if part in ids)


def quotes_table(checks: pd.DataFrame) -> pd.DataFrame:
    """One row per quoted sentence: its id, the sentence, and the figures read from it (what each
    measures and its year), as HTML built from escaped parts (column 'Figures')."""
    ids = quote_ids(checks)
    figures = figures_table(checks).assign(quote=[_text(q) for q in checks["quote"]])
    rows = []
    for sentence, number in ids.items():
        given = figures[figures["quote"] == sentence]
        items = [f"<b>{html.escape(str(f.Figure))}</b>: {html.escape(str(f.Measures))}"
                 + (f", {html.escape(str(f.Year))}" if f.Year else "")
                 for f in given.itertuples(index=False)]
        rows.append({"Id": number, "Quote": sentence, "Figures": "<br>".join(items)})
    return pd.DataFrame(rows, columns=["Id", "Quote", "Figures"])


def checks_view(checks: pd.DataFrame, sources: Mapping[str, str]) -> pd.DataFrame:
    """:func:`analysis.brief.present.checks_table` with the quote and the source as ids: the
    sentence is in :func:`quotes_table`, the source in :func:`sources_html`."""
    table = checks_table(checks)
    if checks.empty:
        return table
    quotes = quote_ids(checks)
    table["Quote"] = [quotes.get(_text(q), "") for q in checks["quote"]]
    table["Source"] = [_refer(field, sources) for field in checks["reference_source"]]
    return table


def same_days_view(same_days: pd.DataFrame, sources: Mapping[str, str]) -> pd.DataFrame:
    """:func:`analysis.brief.present.same_days_table` with each source as its id."""
    table = same_days_table(same_days)
    table["Source"] = [_refer(field, sources) for field in same_days["source"]]
    return table


def sources_html(ids: Mapping[str, str]) -> str:
    """The sources, once each, as an HTML list: 'S1 https://... (NATO transcript, 15 Feb 2024)',
    an http(s) address a full link showing the whole address, anything else escaped text."""
    items = []
    for part, number in ids.items():
        address, _, note = part.partition(" ")
        if address.lower().startswith(("http://", "https://")):
            shown = (f'<a href="{html.escape(address, quote=True)}">{html.escape(address)}</a>'
                     + (f" {html.escape(note)}" if note else ""))
        else:
            shown = html.escape(part)
        items.append(f"<li><b>{number}</b> {shown}</li>")
    return f'<ul class="{SOURCES_CLASS}">' + "".join(items) + "</ul>"
