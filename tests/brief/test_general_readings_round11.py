"""General readings added after the eleventh unseen set was scored once (issue 9): each on a
sentence written for the test in news style, each failing without its reading.
- a year that "and" alone parts from a figure closes the conjunct before it, when a year follows
  the figure in its own ("10 allies met it in 2023 and three allies in 2014");
- the foreign part of an exercise, or the part at one place ("32 foreign jets", "jets stationed
  there"), is not its total;
- an aside set off by a pair of dashes names no owner of the figures outside it;
- a count of the size of the alliance after an accession ("now 32 with Sweden's entry") is the
  membership."""

from __future__ import annotations

from datetime import date

from analysis.extract import extract_figures
from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 10)
JUNE_2023 = date(2023, 6, 14)


def test_a_year_parted_by_and_closes_the_conjunct_before() -> None:
    text = ("The number is up from 10 allies meeting the guideline in 2023 and three allies "
            "meeting it in 2014.")
    figures = extract_figures(text, JULY_2024)
    years = dict(zip(figures["text"], figures["year"], strict=True))
    assert years["three allies"] == 2014
    assert years["10 allies"] == 2023


def test_the_count_of_the_second_conjunct_is_checked_against_its_own_year(facts) -> None:
    text = ("The number is up from 10 allies meeting the guideline in 2023 and three allies "
            "meeting it in 2014.")
    row = row_for(checked(text, JULY_2024, facts), "three allies")
    assert row["year"] == 2014 and row["status"] == "consistent"


def test_a_year_before_and_still_dates_a_figure_with_no_year_of_its_own() -> None:
    figures = extract_figures("Spending rose in 2023 and 11 allies met the target.", JULY_2024)
    assert figures.loc[figures["text"] == "11 allies", "year"].iloc[0] == 2023


def test_the_foreign_part_of_an_exercise_is_not_its_total(facts) -> None:
    text = ("The Air Defender 2023 exercise began on Monday. At the Jagel air base there are 40 "
            "foreign fighter jets.")
    row = row_for(checked(text, JUNE_2023, facts), "40 foreign fighter jets")
    assert row["status"] != "differs"
    assert "abroad or at one place" in row["note"]


def test_the_jets_stationed_at_one_place_are_not_the_exercise_total(facts) -> None:
    text = ("The Air Defender 2023 exercise began on Monday. Most of the 120 participating jets "
            "are stationed at two bases in the north.")
    row = row_for(checked(text, JUNE_2023, facts), "120 participating jets")
    assert row["status"] != "differs"


def test_the_whole_exercise_is_still_compared(facts) -> None:
    text = "The Air Defender 2023 exercise involves 250 aircraft from 25 nations."
    assert row_for(checked(text, JUNE_2023, facts), "250 aircraft")["status"] == "consistent"


def test_an_ally_named_in_a_dash_aside_owns_no_figure_outside_it(facts) -> None:
    text = ("Only nine allies \u2014 Germany among the laggards \u2014 spent 2% of GDP on "
            "defence last year, the report says.")
    row = row_for(checked(text, JULY_2024, facts), "2%")
    assert row["entity"] != "Germany"
    assert row["status"] != "differs"


def test_the_size_of_the_alliance_after_an_accession_is_its_membership(facts) -> None:
    text = ("Only 11 allies \u2014 now 32 after Sweden\u2019s accession \u2014 met the 2% "
            "guideline in 2023.")
    row = row_for(checked(text, JULY_2024, facts), "32")
    assert row["status"] != "differs"
    assert row["metric"] == "allies_total"


def test_allies_expected_to_meet_the_criteria_are_a_count_at_the_target(facts) -> None:
    text = ("Allies renewed their pledge to spend 2 percent of GDP on defence. The Secretary "
            "General expects 18 of the 31 countries in Nato to now meet the criteria this year.")
    row = row_for(checked(text, date(2024, 2, 15), facts), "18")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_people_taking_part_in_an_exercise_are_its_personnel_to_agree_only(facts) -> None:
    agreeing = checked("The Air Defender 2023 exercise began on Monday. Up to 10,000 people "
                       "will take part in the exercise.", JUNE_2023, facts)
    assert row_for(agreeing, "Up to 10,000 people")["status"] == "consistent"
    fewer = checked("The Air Defender 2023 exercise began on Monday. About 4,000 people will "
                    "take part in the exercise.", JUNE_2023, facts)
    assert row_for(fewer, "About 4,000 people")["status"] == "unmatched"


def test_dutch_members_out_of_the_membership_are_a_count_at_the_target(facts) -> None:
    text = ("Volgens de NAVO zullen 23 van de 32 leden van het bondgenootschap dit jaar de 2 "
            "procent halen.")
    row = row_for(checked(text, date(2024, 6, 20), facts), "23")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_the_month_a_quote_was_said_in_dates_its_figures(facts) -> None:
    text = ("In February, the Secretary General said: \u201cThis year European allies will "
            "spend $380 billion on defence.\u201d")
    row = row_for(checked(text, date(2024, 7, 10), facts), "$380 billion")
    assert row["status"] == "superseded"
    assert row["reference_value"] == 380e9


def test_german_maschinen_of_an_air_exercise_are_its_aircraft(facts) -> None:
    text = ("Die Luftwaffenübung Air Defender 2023 beginnt am Montag mit rund 250 Maschinen aus "
            "25 Nationen.")
    row = row_for(checked(text, JUNE_2023, facts), "rund 250")
    assert row["metric"] == "exercise_aircraft" and row["status"] == "consistent"


def test_member_and_partner_countries_of_an_exercise_are_its_nations(facts) -> None:
    text = ("The Air Defender 2023 exercise brings together 250 aircraft from 25 NATO member and "
            "partner countries.")
    row = row_for(checked(text, JUNE_2023, facts), "25")
    assert row["metric"] == "exercise_participating_nations" and row["status"] == "consistent"
