"""Shared fixtures of the brief's tests."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.brief.check import reference_facts


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    """The bundled NATO facts every check compares with."""
    return reference_facts()
