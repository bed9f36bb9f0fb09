"""Readings added after the seventeenth to twentieth unseen sets were scored (issue 9). Each
sentence is invented in the form the news used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

AIR_DEFENDER_DAY = date(2023, 6, 9)  # NATO's figures of 1 June 2023: 25 nations


def test_a_plain_states_count_of_an_exercise_is_compared_only_to_agree(facts) -> None:
    # US states (or German Länder) whose units fly in it, not the exercise's 25 nations
    text = ("The Air Defender 2023 exercise brings in jets from 40 Air National Guard units "
            "across 33 states.")
    row = row_for(checked(text, AIR_DEFENDER_DAY, facts), "33 states")
    assert row["status"] != "differs"
    assert "federation" in row["note"]


def test_a_plain_states_count_that_agrees_is_still_consistent(facts) -> None:
    text = "The Air Defender 2023 exercise brings together aircraft from 25 states."
    assert row_for(checked(text, AIR_DEFENDER_DAY, facts), "25 states")["status"] == "consistent"


def test_a_plain_countries_count_that_disagrees_still_differs(facts) -> None:
    text = "The Air Defender 2023 exercise brings together aircraft from 30 countries."
    assert row_for(checked(text, AIR_DEFENDER_DAY, facts), "30 countries")["status"] == "differs"


RISING_TOTALS = ("European allies and Canada will spend $507 billion on defence this year, up "
                 "from $419 billion in 2023 and $360 billion in 2022.")


def test_amounts_a_rise_starts_from_are_the_same_groups_in_earlier_years(facts) -> None:
    # June 2024: Europe and Canada 419.2 bn in 2023 at current prices; never Canada's own
    table = checked(RISING_TOTALS, date(2024, 7, 1), facts)
    earlier = row_for(table, "$419 billion")
    assert earlier["entity"] == "Europe and Canada" and earlier["status"] == "consistent"
    assert row_for(table, "$360 billion")["entity"] == "Europe and Canada"


def test_an_allys_earlier_amount_stays_the_allys(facts) -> None:
    text = "Germany will spend $97.7 billion on defence in 2024, up from $73.1 billion in 2023."
    row = row_for(checked(text, date(2024, 7, 1), facts), "$73.1 billion")
    assert row["entity"] == "Germany" and row["status"] == "consistent"



def test_the_nations_of_what_is_held_in_one_ally_are_compared_only_to_agree(facts) -> None:
    # Steadfast Defender 2024 (NATO, 15 Feb 2024: 32 nations); its phase in one ally has fewer
    text = ("Steadfast Defender 2024, held in Lithuania with the participation of 19 nations, "
            "ended on Friday, the ministry said.")
    row = row_for(checked(text, date(2024, 3, 8), facts), "19 nations")
    assert row["status"] != "differs"
    assert "held in one ally" in row["note"]


def test_an_exercise_held_in_one_ally_still_agrees_with_its_nations(facts) -> None:
    text = "Air Defender 2023, held in Germany, brings together 25 nations."
    assert row_for(checked(text, AIR_DEFENDER_DAY, facts), "25 nations")["status"] == \
        "consistent"


def test_other_countries_besides_one_are_not_the_exercises_nations(facts) -> None:
    text = "At Air Defender 2023 the German air force is joined by some 24 other nations."
    row = row_for(checked(text, AIR_DEFENDER_DAY, facts), "some 24 other nations")
    assert row["status"] == "unmatched" and "other than one" in row["note"]


def test_a_share_a_government_predicted_is_not_natos_estimate(facts) -> None:
    # NATO, February 2024: Portugal 1.48% in 2023
    text = ("NATO's report puts Portugal's spending at 1.48% of GDP in 2023, short of the 1.7% "
            "forecast by the former government.")
    table = checked(text, date(2024, 4, 20), facts)
    forecast = row_for(table, "1.7%")
    assert forecast["status"] == "unmatched" and "government's own" in forecast["note"]
    assert row_for(table, "1.48%")["status"] != "unmatched"


def test_catalan_names_own_the_shares_in_brackets_after_them(facts) -> None:
    # NATO, April 2025: Belgium 1.29%, Slovenia 1.37% in 2024
    text = ("Per sobre d'Espanya hi ha Bèlgica (1,29%) i Eslovènia (1,37%), segons l'OTAN, "
            "en percentatge del PIB el 2024.")
    table = checked(text, date(2025, 4, 25), facts)
    assert row_for(table, "1,29%")["entity"] == "Belgium"
    assert row_for(table, "1,37%")["entity"] == "Slovenia"


def test_a_count_compared_with_a_year_earlier_is_of_the_year_before(facts) -> None:
    # August 2025: 18 allies at 2% in 2024 (one table of the release says 19), 10 in 2023
    text = "In 2024, just 18 of the 32 allies reached the target, compared with ten a year earlier."
    row = row_for(checked(text, date(2025, 8, 29), facts), "ten")
    assert row["year"] == 2023 and row["status"] == "consistent"


def test_a_negation_in_brackets_does_not_make_a_count_of_allies_below(facts) -> None:
    # February 2024: 11 allies at 2% in 2023
    text = ("The report shows that in 2023 only 11 of the 31 members (Sweden had not yet joined) "
            "had reached the target of 2% of GDP.")
    row = row_for(checked(text, date(2024, 3, 1), facts), "11")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")  # June 2024 revised it to 10


def test_lithuanian_shares_listed_after_gdp_named_once_are_the_allies_shares(facts) -> None:
    # June 2024: Estonia 3.43%, Poland 4.12% in 2024
    text = ("Šiemet daugiau nei du procentus BVP gynybai skirs Lenkija (4,12 proc.), Estija "
            "(3,43 proc.), Latvija (3,15 proc.) ir kitos.")
    table = checked(text, date(2024, 7, 1), facts)
    poland, estonia = row_for(table, "4,12 proc."), row_for(table, "3,43 proc.")
    assert (poland["entity"], poland["metric"]) == ("Poland", "ally_share_gdp")
    assert (estonia["entity"], estonia["metric"]) == ("Estonia", "ally_share_gdp")
