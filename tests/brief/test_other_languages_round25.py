"""The brief on news in other languages (issue 9, round 25): the allies' names in Estonian,
Finnish (with the genitive) and Indonesian. Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.data.allies import ally_named
from analysis.extract.extractor import extract_figures

JULY_2024 = date(2024, 7, 1)
JULY_2025 = date(2025, 7, 1)
SHARE = "ally_share_gdp"


def _rows(text: str, published: date = JULY_2024):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize(("spelling", "ally"), [
    ("Poola", "Poland"), ("Saksamaa", "Germany"), ("Rootsi", "Sweden"), ("Läti", "Latvia"),
    ("Ameerika Ühendriigid", "United States"),
    ("Puola", "Poland"), ("Puolan", "Poland"), ("Viro", "Estonia"), ("Yhdysvaltojen",
                                                                      "United States"),
    ("Alankomaiden", "Netherlands"),
    ("Polandia", "Poland"), ("Jerman", "Germany"), ("Amerika Serikat", "United States"),
    ("Britania Raya", "United Kingdom"),
])
def test_estonian_finnish_and_indonesian_names(spelling: str, ally: str) -> None:
    assert ally_named(spelling) == ally


@pytest.mark.parametrize("adjective", ["Latvian", "Belgian", "Italian", "Romanian", "Island",
                                       "Holland", "Norra", "AS"])
def test_genitives_that_are_english_words_stay_no_names(adjective: str) -> None:
    assert ally_named(adjective) is None
