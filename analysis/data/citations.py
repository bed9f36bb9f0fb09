"""NATO's own pages for statements the headline figures cite from mirrors and news pages.

``data/raw/reference/nato_citations.csv`` maps each such address to NATO's page with the same
words, or says why there is none (status ``secondary``); ``headline_figures.csv`` itself is raw
data and stays as collected. Reports cite NATO's page and mark the rest as secondary.
"""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

from analysis.data.reference import read_reference_csv
from analysis.errors import DataError

CITATIONS_FILE = "nato_citations.csv"
CITATION_COLUMNS = ("cited_as", "nato_url", "nato_title", "nato_date", "checked_quote",
                    "status", "note")
CITATION_STATUSES = ("nato", "secondary")
NATO_SITE = re.compile(r"^https://(?:www\.)?(?:shape\.)?nato\.int/")
_URL = re.compile(r"(?:https?://|github:)\S+")


def read_citations(path: str | Path) -> pd.DataFrame:
    """``nato_citations.csv``: for an address headline_figures.csv cites (a mirror, a news
    page), NATO's own page with the same words (status ``nato``) or why there is none
    (``secondary``). DataError naming file and line for a row that breaks these rules."""
    path = Path(path)
    frame = read_reference_csv(path, CITATION_COLUMNS)
    for index, row in frame.iterrows():
        where = f"{path.name} line {index + 2}"  # the header is line 1
        if row["status"] not in CITATION_STATUSES:
            raise DataError(f"{where}: status {row['status']!r} is not one of "
                            f"{', '.join(CITATION_STATUSES)}")
        if row["status"] == "nato" and not NATO_SITE.match(str(row["nato_url"])):
            raise DataError(f"{where}: status nato needs a nato.int address in nato_url, got "
                            f"{row['nato_url']!r}")
        if not _URL.fullmatch(str(row["cited_as"])):
            raise DataError(f"{where}: cited_as must be one address, got {row['cited_as']!r}")
    return frame


def cited_addresses(source: str) -> list[str]:
    """The addresses a source field names ('https://a.org/x (note) | https://b.com/y')."""
    return _URL.findall(str(source))


def with_nato_sources(headlines: pd.DataFrame, citations: pd.DataFrame) -> pd.DataFrame:
    """``headlines`` with ``nato_source`` (NATO's own page for the row: an nato.int address it
    cites, else the page ``citations`` gives for a mirror it cites; '' when none) and
    ``secondary`` (True when the row rests on news or third-party copies only)."""
    pages = {str(r.cited_as): str(r.nato_url) for r in citations.itertuples()
             if r.status == "nato"}

    def nato_page(source: str) -> str:
        addresses = cited_addresses(source)
        own = [a for a in addresses if NATO_SITE.match(a)]
        mapped = [pages[a] for a in addresses if a in pages]
        return (own + mapped + [""])[0]

    found = headlines["source"].map(nato_page)
    return headlines.assign(nato_source=found, secondary=found == "")
