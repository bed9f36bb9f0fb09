"""The loading step for NATO's statements and reference tables under ``data/raw/reference``
and the statement files of ``data/raw/releases``: later releases, headline statements, citations,
statement dates and guidelines, each sha256-checked against its sidecar on every call and parsed
once per file hash. :mod:`analysis.data.load` re-exports these loaders (callers use ``load.X``).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.data.announcements import STATEMENT_DATES_FILE, read_statement_dates
from analysis.data.citations import CITATIONS_FILE, read_citations
from analysis.data.guidelines import GUIDELINE_FILE, read_guidelines
from analysis.data.provenance import parse_date, verify
from analysis.data.reference import (
    HEADLINE_FILE,
    OTHER_RELEASE_FILES,
    read_headlines,
    read_other_releases,
)
from analysis.data.releases import STATEMENTS, read_statements, release_files
from analysis.errors import DataError


def reference_raw_dir() -> Path:
    return paths.raw_dir() / "reference"


@lru_cache(maxsize=16)
def _statements_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_statements(Path(path))


def load_statements() -> pd.DataFrame:
    """Values NATO published after its last bundled full release, as quoted or extracted
    (``role: statements`` in ``data/raw/releases``): columns of
    :data:`analysis.data.releases.STATEMENT_COLUMNS` plus the sidecar's ``release_date`` and
    ``secondary``. For checking figures, not for charts."""
    frames = []
    for path in release_files(STATEMENTS):
        provenance = verify(path)
        released = parse_date(provenance.get("release_date"),
                              f"{path}.source.yml: field release_date", DataError)
        frames.append(_statements_cached(str(path), provenance.sha256).assign(
            release_date=released, secondary=bool(provenance.get("secondary", False))))
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


@lru_cache(maxsize=16)
def _other_releases_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_other_releases(Path(path))


@lru_cache(maxsize=16)
def _headlines_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_headlines(Path(path))


def load_other_releases() -> pd.DataFrame:
    """Both ``*_other_releases.csv`` long form.

    Columns: ally, year, indicator, value, estimate (boolean, <NA> when the file leaves it
    blank), vintage, vintage_label, source, is_aggregate, file, line.
    """

    frames = []
    for name in OTHER_RELEASE_FILES:
        path = reference_raw_dir() / name
        frames.append(_other_releases_cached(str(path), verify(path).sha256))
    return pd.concat(frames, ignore_index=True)


def load_headlines() -> pd.DataFrame:
    """``headline_figures.csv`` normalised: metric, entity, event, value, unit, scale,
    value_in_units, qualifier, status, basis, note, year, year_start, vintage, vintage_label,
    source, quote, ... (see :mod:`analysis.data.reference`)."""

    path = reference_raw_dir() / HEADLINE_FILE
    return _headlines_cached(str(path), verify(path).sha256).copy()


@lru_cache(maxsize=4)
def _citations_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_citations(Path(path))


def load_citations() -> pd.DataFrame:
    """``nato_citations.csv``: NATO's own page for each mirror or news page the headline
    statements cite, or why there is none (:func:`analysis.data.reference.read_citations`)."""
    path = reference_raw_dir() / CITATIONS_FILE
    return _citations_cached(str(path), verify(path).sha256).copy()


@lru_cache(maxsize=4)
def _statement_dates_cached(path: str, sha256: str) -> dict[str, dt.date]:
    return read_statement_dates(Path(path))


def load_statement_dates() -> dict[str, dt.date]:
    """``statement_dates.csv``: source address -> the day NATO announced what it reports
    (:mod:`analysis.data.announcements`)."""
    path = reference_raw_dir() / STATEMENT_DATES_FILE
    return dict(_statement_dates_cached(str(path), verify(path).sha256))


@lru_cache(maxsize=4)
def _guidelines_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_guidelines(Path(path))


def load_guidelines() -> pd.DataFrame:
    """NATO's spending guidelines with their sources (:mod:`analysis.data.guidelines`): guideline,
    value, unit, qualifier, agreed, target_year, summit, source, url, quote."""
    path = reference_raw_dir() / GUIDELINE_FILE
    return _guidelines_cached(str(path), verify(path).sha256).copy()
