"""Extractor readings of round 11 (issue R11): an ally's adjective before its economy ("1.3% of
Belgian GDP") names the ally whose share it is. Sentences are invented in news style."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.extract.extractor import extract_figures


def entity_of(sentence: str, figure: str) -> object:
    table = extract_figures(sentence)
    return table.loc[table["text"] == figure, "entity"].iloc[0]


@pytest.mark.parametrize("sentence, ally", [
    ("Military spending now stands at about 1.6% of Danish GDP.", "Denmark"),
    ("The budget comes to roughly 1.6% of the Portuguese economy.", "Portugal"),
])
def test_an_allys_adjective_before_its_economy_names_the_ally(sentence, ally) -> None:
    assert entity_of(sentence, "about 1.6%" if "about" in sentence else "roughly 1.6%") == ally


def test_an_ally_named_by_name_comes_first() -> None:
    # control: the adjective is read only when no ally is named; Norway owns the share here
    assert entity_of("Norway spends 1.6% of GDP, as much as German GDP grew.", "1.6%") == \
        "Norway"


def test_an_adjective_before_another_noun_names_no_ally() -> None:
    assert pd.isna(entity_of("Spending reached 1.6% of GDP, the Danish minister said.", "1.6%"))
