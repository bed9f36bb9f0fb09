"""Shared fixtures and helpers of the brief's tests (helpers imported as
``from tests.brief.conftest import checked, row_for``)."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.brief.check import check_figures, reference_facts
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
