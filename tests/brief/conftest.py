"""Shared fixtures and helpers of the brief's tests (helpers imported as
``from tests.brief.conftest import checked, row_for, value_of, assert_labels_in_facts``)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.brief.basis import with_statement_bases
from analysis.brief.check import check_figures, reference_facts
from analysis.brief.scoring import Article
from analysis.extract.extractor import extract_figures


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    """The bundled NATO facts every check compares with."""
    return reference_facts()


def checked(text: str, published: date, facts: pd.DataFrame) -> pd.DataFrame:
    """The brief's check rows for one article text, as the benchmark reads it."""
    return check_figures(extract_figures(text, published), published, text=text, facts=facts)


def row_for(table: pd.DataFrame, figure: str) -> pd.Series:
    """The one check row of ``figure``; fails when it is missing or repeated."""
    rows = table[table["figure"] == figure]
    assert len(rows) == 1, f"{figure!r} not once in {table['figure'].tolist()}"
    return rows.iloc[0]


def value_of(facts: pd.DataFrame, key: str, year: int, release: str, entity: str = "") -> float:
    """The one bundled value of ``key`` for ``entity`` and ``year`` in ``release``."""
    rows = facts[(facts["key"] == key) & (facts["entity"].fillna("") == entity)
                 & (facts["year"].astype(str).str[:4] == str(year)) & (facts["release"] == release)]
    return float(rows["value"].iloc[0])


def assert_labels_in_facts(article: Article, facts: pd.DataFrame) -> None:
    """Every reference of a labelled article names a value of the bundled facts (same key,
    entity, release and year; value within 0.5%)."""
    for label in article.labels:
        for ref in label.references:
            rows = facts[(facts["key"] == ref.key) & (facts["entity"].fillna("") == ref.entity)
                         & (facts["release"] == ref.release)]
            years = rows["year"].astype(str).str[:4]
            rows = rows[rows["year"].isna()] if ref.year is None else \
                rows[years == str(ref.year)]
            close = (rows["value"].astype(float) - ref.value).abs() <= 0.005 * abs(ref.value)
            assert close.any(), \
                f"{article.id}: {label.text!r} -> {ref} not in reference_facts()"


@pytest.fixture(scope="module")
def placed_facts() -> pd.DataFrame:
    """The bundled facts with statements placed on a price basis once, for the many probes."""
    return with_statement_bases(reference_facts())


def cries_of_wolf(probes, facts: pd.DataFrame) -> tuple[list, list]:
    """The (sentence, figure) pairs of invented ``probes`` (``text``, ``published``, ``wrong``,
    ``either``) that give a ``differs`` the probe does not accept, and the wrong numbers that do
    not give one."""
    alarms, missed = [], []
    for probe in probes:
        rows = check_figures(extract_figures(probe.text, probe.published), probe.published,
                             text=probe.text, facts=facts)
        status = dict(zip(rows["figure"], rows["status"], strict=True))
        alarms += [(probe.text, figure) for figure, found in status.items()
                   if found == "differs" and figure not in probe.wrong + probe.either]
        missed += [(probe.text, figure) for figure in probe.wrong
                   if status.get(figure) != "differs"]
    return alarms, missed
