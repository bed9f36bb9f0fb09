"""Readings added in the fourth review of other things counted in an exercise's sentence (task
V5): the countries that send one kind of equipment or one service, and a capitalised "Länder".
Each sentence is invented in a form the news uses."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

AIR_DEFENDER_DAY = date(2023, 6, 9)  # NATO's figures of 1 June 2023: 25 nations, 250 aircraft
STEADFAST_DAY = date(2024, 2, 20)  # NATO's figures: 31 allies (and Sweden)

PART_SENDERS = [
    (STEADFAST_DAY, "Steadfast Defender 2024 involves 90,000 troops; ships from 14 allies will "
                    "sail in the Atlantic.", "14 allies"),
    (STEADFAST_DAY, "Steadfast Defender 2024 involves 90,000 troops from 31 allies and Sweden, "
                    "with 20 allies sending ships.", "20 allies"),
    (AIR_DEFENDER_DAY, "Air Defender 2023 involves 250 aircraft, and pilots from 18 countries "
                       "train at Ramstein.", "18 countries"),
    (AIR_DEFENDER_DAY, "Air Defender 2023 involves 10,000 troops from 25 nations; 14 countries "
                       "contribute aircraft.", "14 countries"),
    (AIR_DEFENDER_DAY, "Air Defender 2023 involves 10,000 troops from 25 nations, while aircraft "
                       "of 14 nations fly.", "14 nations"),
    (AIR_DEFENDER_DAY, "Air Defender 2023: 10.000 Soldaten aus 25 Nationen, Kampfjets aus 14 "
                       "Ländern.", "14 Ländern"),
    (AIR_DEFENDER_DAY, "Air Defender 2023 : 10 000 militaires de 25 pays, dont des avions de "
                       "chasse de 14 pays.", "14 pays"),
    (AIR_DEFENDER_DAY, "Air Defender 2023: 10.000 militares de 25 países, con aviones de 14 "
                       "países.", "14 países"),
    (AIR_DEFENDER_DAY, "Air Defender 2023: 10.000 militari da 25 paesi, con aerei da 14 paesi.",
     "14 paesi"),
    (AIR_DEFENDER_DAY, "Air Defender 2023: 10 tys. żołnierzy z 25 państw, samoloty z 14 państw.",
     "14 państw"),
    (AIR_DEFENDER_DAY, "Air Defender 2023: 10.000 militairen uit 25 landen, vliegtuigen uit 14 "
                       "landen.", "14 landen"),
    (AIR_DEFENDER_DAY, "Air Defender 2023: 10 000 soldater från 25 länder, flygplan från 14 "
                       "länder.", "14 länder"),
]


@pytest.mark.parametrize(("published", "text", "figure"), PART_SENDERS)
def test_the_countries_sending_one_kind_of_equipment_are_compared_only_to_agree(
        facts, published, text, figure) -> None:
    # the part of the participants that sends it, never the exercise's count of its nations
    row = row_for(checked(text, published, facts), figure)
    assert row["status"] != "differs"
    assert "one kind of equipment" in row["note"]


def test_the_countries_the_troops_come_from_still_differ(facts) -> None:
    text = "Air Defender 2023 involves 10,000 troops from 30 nations."
    assert row_for(checked(text, AIR_DEFENDER_DAY, facts), "30 nations")["status"] == "differs"


def test_the_aircraft_the_exercise_gathers_from_other_countries_still_differ(facts) -> None:
    text = "Air Defender 2023 brings together 250 aircraft from 30 nations."
    assert row_for(checked(text, AIR_DEFENDER_DAY, facts), "30 nations")["status"] == "differs"


def test_the_countries_sending_aircraft_still_agree(facts) -> None:
    text = "Air Defender 2023 involves 250 aircraft from 25 nations."
    assert row_for(checked(text, AIR_DEFENDER_DAY, facts), "25 nations")["status"] == "consistent"


def test_a_capitalised_laender_is_compared_only_to_agree(facts) -> None:
    # the German federal states the jets fly over, not the exercise's 25 nations
    text = "Air Defender 2023, with 250 aircraft from 25 nations, will fly across 16 Länder."
    row = row_for(checked(text, AIR_DEFENDER_DAY, facts), "16 Länder")
    assert row["status"] != "differs"
    assert "federation" in row["note"]


SUMMER_2024 = date(2024, 7, 1)  # NATO's June 2024 figures: 23 allies at 2% in 2024


def test_countries_that_signed_a_pledge_are_not_those_meeting_the_target(facts) -> None:
    text = "This year 23 allies meet the 2% target; 20 countries signed the drone coalition pledge."
    row = row_for(checked(text, SUMMER_2024, facts), "20 countries")
    assert row["status"] != "differs"
    assert "promise" in row["note"]


def test_a_part_of_the_count_before_it_in_the_sentence_is_a_subset(facts) -> None:
    text = "NATO estimates 23 allies will meet the target in 2024; 17 of them are in the EU."
    row = row_for(checked(text, SUMMER_2024, facts), "17")
    assert row["status"] != "differs"
    assert "some allies" in row["note"]


def test_a_count_meeting_the_target_still_differs(facts) -> None:
    text = "NATO estimates 20 allies will meet the 2% target in 2024."
    assert row_for(checked(text, SUMMER_2024, facts), "20 allies")["status"] == "differs"


@pytest.mark.parametrize(("published", "text", "figure", "why"), [
    (STEADFAST_DAY, "Steadfast Defender 2024 involves 90,000 troops, with exercises held in 20 "
                    "countries.", "20 countries", "held in"),
    (STEADFAST_DAY, "Steadfast Defender 2024 involves 90,000 troops, deploying across 20 "
                    "countries.", "20 countries", "held in"),
    (AIR_DEFENDER_DAY, "Air Defender 2023 gathers 250 aircraft; 23 of the 25 nations are NATO "
                       "members.", "23", "some of the participants"),
])
def test_host_countries_and_a_part_of_the_participants_are_compared_only_to_agree(
        facts, published, text, figure, why) -> None:
    row = row_for(checked(text, published, facts), figure)
    assert row["status"] != "differs"
    assert why in row["note"]
