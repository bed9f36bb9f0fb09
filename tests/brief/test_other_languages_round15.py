"""Other-language readings added after the sixteenth unseen set was scored (issue 9, round 15).
Each sentence is invented in the language, in the form the news used, not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for

AFTER_AUGUST_2025 = date(2025, 9, 1)  # NATO's estimates of 28 Aug 2025 current
AFTER_APRIL_2025 = date(2025, 5, 1)  # the annual report of 24 Apr 2025 current


@pytest.mark.parametrize("text", [
    "Según la OTAN, Polonia llega en 2025 a un 4,48% del producto interno bruto.",
    "Polonia alcanza en 2025 un 4,48% de su Producto Interior Bruto, según la Alianza.",
    "En 2025 la part de la Pologne atteint 4,48% du produit intérieur brut.",
])
def test_gdp_written_out_in_spanish_and_french_makes_a_share_of_gdp(text, facts) -> None:
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), "4,48%")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Poland"
    assert row["status"] in ("consistent", "superseded")


@pytest.mark.parametrize("text", [
    "Lani je 22 od 32 članic zavezništva doseglo cilj dveh odstotkov BDP.",
    "V letu 2024 je dva odstotka BDP za obrambo namenilo 22 od 32 članic zavezništva.",
])
def test_a_slovenian_count_out_of_the_members_at_two_per_cent(text, facts) -> None:
    row = row_for(checked(text, AFTER_APRIL_2025, facts), "22")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


@pytest.mark.parametrize("text", [
    "Lani 10 od 32 članic zavezništva ni doseglo cilja dveh odstotkov BDP.",
    "Cilja dveh odstotkov BDP lani ni doseglo 10 od 32 članic zavezništva.",
    "Lani 10 od 32 članica saveza nije dostiglo cilj od dva posto BDP-a.",
])
def test_a_negated_south_slavic_count_is_not_of_those_at_the_target(text, facts) -> None:
    row = row_for(checked(text, AFTER_APRIL_2025, facts), "10")
    assert row["metric"] != "allies_meeting_2pct_guideline"
    assert row["status"] != "differs"


EXERCISE_TIME = date(2024, 2, 1)  # Steadfast Defender 2024 announced on 18 Jan 2024


@pytest.mark.parametrize("text, figure", [
    ("Alla Steadfast Defender 2024 della Nato partecipano 90.000 uomini.", "90.000 uomini"),
    ("Alla Steadfast Defender 2024 della Nato partecipano 90 mila uomini.", "90 mila uomini"),
    ("En la Steadfast Defender 2024 de la OTAN participan 90.000 hombres.", "90.000 hombres"),
])
def test_a_forces_men_are_its_troops(text, figure, facts) -> None:
    row = row_for(checked(text, EXERCISE_TIME, facts), figure)
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


@pytest.mark.parametrize("text, figure, metric", [
    ("Alla Steadfast Defender 2024 della Nato partecipano più di cinquanta navi.", "cinquanta",
     "exercise_ships"),
    ("Nella Steadfast Defender 2024 della Nato volano più di ottanta aerei.", "ottanta",
     "exercise_aircraft"),
    ("En la Steadfast Defender 2024 de la OTAN navegan más de cincuenta buques.",
     "más de cincuenta", "exercise_ships"),
])
def test_tens_as_words_count_an_exercises_equipment(text, figure, metric, facts) -> None:
    row = row_for(checked(text, EXERCISE_TIME, facts), figure)
    assert row["metric"] == metric and row["status"] == "consistent"


def test_bare_shares_in_parentheses_after_a_slovenian_share_of_gdp(facts) -> None:
    text = ("Hrvaška letos za obrambo namenja 1,81 odstotka BDP. Več namenjajo Poljska (4,12), "
            "Estonija (3,43) in Latvija (3,15).")
    row = row_for(checked(text, date(2024, 7, 1), facts), "3,43")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Estonia"
    assert row["status"] in ("consistent", "superseded")


def test_the_greek_trillion_abbreviation_scales_its_number() -> None:
    text = "Τα κράτη μέλη του NATO θα ξοδέψουν 1,47 τρισ. δολάρια το 2024."
    figures = extract_figures(text, date(2024, 7, 1))
    assert (figures["value"] == 1.47e12).sum() == 1
