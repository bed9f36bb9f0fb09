"""Exercise figures in the other languages (Steadfast Defender 2024, Air Defender 2023): who is
sent, the nouns of who takes part and of what flies, and counts written with dots. Each sentence
is invented in the form the news used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from analysis.brief.check import check_figures
from analysis.brief.exercise_dates import whole_count
from analysis.extract.extractor import extract_figures
from analysis.vocabulary import talks_of_exercise
from tests.brief.conftest import checked, row_for

FEBRUARY_2024 = date(2024, 2, 5)  # Steadfast Defender 2024 under way: about 90,000 troops
JUNE_2023 = date(2023, 6, 14)  # Air Defender 23: up to 10,000 people, 250 aircraft, 25 nations


def test_a_sentence_saying_who_is_sent_under_a_headline_naming_the_exercise(facts) -> None:
    # "Deployed: more than 90,000 people across land, air and sea" under the exercise's name
    text = "Schierate circa 90.000 persone tra mare e terra."
    table = check_figures(extract_figures(text, FEBRUARY_2024), FEBRUARY_2024, text=text,
                          facts=facts, title="In corso la Steadfast Defender 2024")
    row = row_for(table, "circa 90.000")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


def test_who_is_sent_counts_only_under_a_sentence_about_an_exercise() -> None:
    assert talks_of_exercise("Foram mobilizados 90 mil soldados.", "Começou o Steadfast Defender.")
    assert talks_of_exercise("Foram mobilizados 90 mil soldados.", "Começou o grande exercício.")
    assert not talks_of_exercise("Foram mobilizados 90 mil soldados.", "O governo caiu ontem.")


def test_german_participants_and_air_vehicles_after_bare_numbers(facts) -> None:
    # "up to 10,000 exercise participants from 25 nations with 250 air vehicles"
    text = ("Die Luftwaffenübung läuft: Es trainieren bis zu 10.000 Übungsteilnehmer aus "
            "25 Nationen mit 250 Luftfahrzeugen.")
    table = checked(text, JUNE_2023, facts)
    people, aircraft = row_for(table, "10.000"), row_for(table, "250")
    assert people["metric"] == "exercise_personnel" and people["status"] == "consistent"
    assert aircraft["metric"] == "exercise_aircraft" and aircraft["status"] == "consistent"


def test_german_forces_after_a_bare_number_are_the_exercise_people(facts) -> None:
    text = "An der Übung nehmen nach Angaben der Armee rund 90.000 Kräfte teil."
    row = row_for(checked(text, FEBRUARY_2024, facts), "rund 90.000")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


def test_filipino_soldiers_after_a_bare_number(facts) -> None:
    text = "Mga 90,000 na mga sundalo ang lalahok sa Steadfast Defender 2024 exercises."
    row = row_for(checked(text, FEBRUARY_2024, facts), "90,000")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


def test_a_count_with_dots_grouping_thousands_is_whole() -> None:
    assert whole_count("exercise_personnel", "bis zu 10.000", 10.0) == 10000
    assert whole_count("exercise_vehicles", "1.100", 1.1) == 1100
    assert whole_count("exercise_personnel", "10.000", 10000.0) == 10000  # read right already
    assert whole_count("ally_share_gdp", "2.000", 2.0) == 2.0  # not an exercise count


def test_portuguese_mil_is_a_thousand_for_an_exercise_count(facts) -> None:
    text = "O exercício da Otan envolverá cerca de 90 mil soldados de vários países."
    row = row_for(checked(text, FEBRUARY_2024, facts), "90 mil soldados")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"
    assert whole_count("exercise_personnel", "90 mil", 90.0) == 90.0  # no noun: may be English


def test_serbian_and_croatian_thousands_in_an_exercise_in_latin_script(facts) -> None:
    serbian = "U vojnoj vežbi NATO-a učestvuje oko 90 hiljada vojnika."
    row = row_for(checked(serbian, FEBRUARY_2024, facts), "90 hiljada vojnika")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"
    croatian = extract_figures("Na vježbi sudjeluje 90 tisuća vojnika.")
    assert croatian["value"].tolist() == [90000]
