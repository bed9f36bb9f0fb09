"""The brief on news in other languages (issue 9, round 11): allies ranked by one share each in
parentheses, written as the other languages write a share ("Polonya (yüzde 4,48)", "Polen
(4,48 %)"), are ranked by their share of GDP, as the English "Poland (4.48%)" is; Turkish names
a figure's ally after it past "ile" (with). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for


def _shares_of_gdp(text: str) -> dict[str, float]:
    figures = extract_figures(text)
    shares = figures[figures["metric"] == "defence_spending_share_gdp"]
    return dict(zip(shares["entity"], shares["value"], strict=True))


@pytest.mark.parametrize("text", [
    "Listenin başında Yunanistan (yüzde 3,08), Estonya (yüzde 3,4) ve Letonya (yüzde 3) var.",
    "An der Spitze stehen Griechenland (3,08 %), Estland (3,4 %) und Lettland (3 %).",
])
def test_allies_ranked_in_parentheses_in_other_languages(text: str) -> None:
    assert _shares_of_gdp(text) == {"Greece": 3.08, "Estonia": 3.4, "Latvia": 3.0}


def test_two_allies_in_parentheses_are_not_a_ranking() -> None:
    """Two shares are a comparison that may measure anything: three make NATO's ranking."""
    text = "Yunanistan (yüzde 3,08) ve Estonya (yüzde 3,4) öne çıkıyor."
    assert _shares_of_gdp(text) == {}


def test_turkish_owner_after_with() -> None:
    """Turkish names the ally after its figure past "ile" (with): "yüzde 3,4 ile Estonya"."""
    text = ("GSYH'ye oranla savunma harcamalarında Norveç öne çıkıyor, onu yüzde 3,4 ile Estonya "
            "ve yüzde 3,08 ile Yunanistan izliyor.")
    rows = check_figures(extract_figures(text), date(2025, 9, 1), text=text)
    assert row_for(rows, "yüzde 3,4")["entity"] == "Estonia"
    assert row_for(rows, "yüzde 3,08")["entity"] == "Greece"


def test_an_ally_with_a_case_ending_after_with_is_not_the_owner() -> None:
    """"Estonya'yı geçti" (passed Estonia): the ally after "ile" with a case ending is the
    object; the share is the subject's, named before."""
    text = "GSYH'ye oranla savunma harcamalarında Norveç yüzde 3,5 ile Estonya'yı geçti."
    rows = check_figures(extract_figures(text), date(2025, 9, 1), text=text)
    assert row_for(rows, "yüzde 3,5")["entity"] == "Norway"


def test_turkish_decimals_before_a_clause_comma() -> None:
    """"yüzde 1,91, 2024’te ise ...": the comma after the decimals ends the clause."""
    figures = extract_figures("Oran 2023’te yüzde 1,91, 2024’te ise yüzde 2,05 oldu.")
    shares = figures[figures["unit"].isin(["percent", "percent_gdp"])]
    assert list(shares["value"]) == [1.91, 2.05]


def test_turkish_defence_share_is_of_gdp() -> None:
    """"savunma payı yüzde 1,91 olan Norveç": an ally's defence share is its share of GDP."""
    text = "2023’te savunma payı yüzde 1,91 olan Norveç, 2024’te yüzde 2,05’e çıktı."
    figures = extract_figures(text)
    shares = figures[figures["metric"] == "defence_spending_share_gdp"]
    assert list(shares["value"]) == [1.91, 2.05]
    assert set(shares["entity"]) == {"Norway"}


def test_a_defence_share_of_the_budget_is_not_of_gdp() -> None:
    text = "Bütçede savunma payı yüzde 9,5 olan Norveç, bu yıl yüzde 10’a çıkardı."
    assert _shares_of_gdp(text) == {}


def test_a_number_after_gdp_abbreviation_is_no_name() -> None:
    """"dve percentá HDP 9 z 31 členov": GDP's abbreviation ends the share; the 9 after it is a
    count, not a name with a number ("BALTOPS 24")."""
    figures = extract_figures("Vlani dosiahlo dve percentá HDP 9 z 31 členov aliancie.")
    nine = figures[figures["value"] == 9.0]
    assert list(nine["unit"]) == ["count"]
