"""Readings added after the thirty-second unseen set was scored (issue 9), and the guards a
read-only review of them asked for. Each sentence is invented in the form the news used (its own
frame, names and numbers), not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.brief.conftest import checked, row_for

LAUNCH_2024 = date(2024, 2, 1)  # Steadfast Defender 2024 under way (NATO's figures of 18 Jan)
MARCH_2024 = date(2024, 3, 11)  # after NATO's figures of 14 February 2024
JUNE_2024 = date(2024, 6, 20)  # after NATO's estimates of 17 June 2024
SEPTEMBER_2025 = date(2025, 9, 10)  # after NATO's estimates of 28 August 2025


def test_now_set_off_by_a_comma_still_dates_the_share_to_the_sources_year(facts) -> None:
    # "these days, Hungary devotes": the comma does not make it NATO's last published year
    text = ("Budapest has doubled its budget since 2019, and these days, Hungary devotes more than "
            "2 percent of economic output to its armed forces.")
    row = row_for(checked(text, date(2024, 3, 20), facts), "more than 2 percent")
    assert row["year"] == 2024


def test_an_initiative_for_a_share_is_a_plan(facts) -> None:
    # a proposal for every ally, not the share of the country named as the meeting's place
    text = ("In the United States next week, Nowak will table an initiative for each ally to "
            "devote 3.5 percent of GDP to its armed forces.")
    row = row_for(checked(text, MARCH_2024, facts), "3.5 percent")
    assert row["status"] == "unmatched" and "plan" in row["note"]


def test_equipment_that_will_be_involved_after_an_exercise_sentence_is_its_equipment(facts):
    text = ("The drill, the biggest the alliance has staged in decades, opened on Monday. "
            "Some 80 combat aircraft and over 50 vessels are also involved.")
    rows = checked(text, LAUNCH_2024, facts)
    assert row_for(rows, "over 50 vessels")["metric"] == "exercise_ships"
    assert row_for(rows, "Some 80 combat aircraft")["metric"] == "exercise_aircraft"


def test_french_equipment_impliques_after_an_exercise_sentence_is_its_equipment(facts) -> None:
    text = ("L'exercice de l'Otan, le plus vaste depuis des décennies, a débuté en Norvège. "
            "Plus de 50 navires et 80 avions de chasse y sont aussi impliqués.")
    rows = checked(text, LAUNCH_2024, facts)
    assert (rows["metric"] == "exercise_ships").any()


def test_one_nation_joined_to_europe_is_the_exercises_many_nations(facts) -> None:
    text = ("Nearly 90,000 British and European troops are rehearsing reinforcement plans in the "
            "alliance's biggest exercise in a generation.")
    row = row_for(checked(text, LAUNCH_2024, facts), "Nearly 90,000 British and European troops")
    assert row["status"] == "consistent" and row["metric"] == "exercise_personnel"


def test_one_nations_soldiers_alone_stay_its_contribution(facts) -> None:
    # the guard the reading above must keep: one nation is a part of the exercise
    text = ("Some 16,000 British personnel are rehearsing reinforcement plans in the alliance's "
            "biggest exercise in a generation.")
    row = row_for(checked(text, LAUNCH_2024, facts), "Some 16,000 British personnel")
    assert row["status"] == "unmatched" and "one country" in row["note"]


def test_a_troop_count_counts_the_allys_personnel(facts) -> None:
    text = "Greece's troop count went up to 111,000 in 2023, from 105,000 two years before."
    row = row_for(checked(text, SEPTEMBER_2025, facts), "up to 111,000")
    assert row["metric"] == "ally_personnel" and row["entity"] == "Greece"


def test_an_ally_ranked_after_in_an_aside_does_not_own_the_figure(facts) -> None:
    text = ("Poland, whose army is now the third biggest behind the United States and Türkiye, "
            "reported a troop count of 200,000 for 2024.")
    row = row_for(checked(text, SEPTEMBER_2025, facts), "200,000")
    assert row["entity"] == "Poland"


def test_since_the_investment_pledge_is_the_sum_added_since_2014(facts) -> None:
    text = ("Since the Investment Pledge, Canada and the European allies have put 600 billion "
            "dollars more into their forces.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "600 billion dollars")
    assert row["metric"] == "europe_canada_cumulative_additional_spending_since_2014"


def test_forces_from_all_the_allies_are_the_exercises_not_one_allys(facts) -> None:
    text = ("Steadfast Defender runs until May. Its organisers count on about 90,000 soldiers "
            "from all 31 Allies and Sweden.")
    row = row_for(checked(text, LAUNCH_2024, facts), "about 90,000 soldiers")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


def test_a_persons_aside_does_not_date_the_figures_around_it(facts) -> None:
    text = ("Rutte, a veteran premier who ran four Dutch cabinets from 2010, told the summit that "
            "23 of the 32 allies had reached 2% of GDP.")
    row = row_for(checked(text, JUNE_2024, facts), "23")
    assert row["year"] == 2024 and row["status"] in ("consistent", "superseded")


def test_a_who_aside_in_the_past_does_not_date_the_figures_around_it(facts) -> None:
    text = ("The secretary general, who has been in office since 2014, said 23 of the 32 allies "
            "had reached 2% of GDP.")
    row = row_for(checked(text, JUNE_2024, facts), "23")
    assert row["year"] == 2024


def test_at_the_time_ending_the_sentence_is_the_year_the_sentence_before_names(facts) -> None:
    text = ("Denmark promised a steep rise of its budget in 2014, after the Wales summit. Its "
            "spending stood at 1.2 per cent of GDP at the time.")
    row = row_for(checked(text, date(2024, 6, 14), facts), "1.2 per cent")
    assert row["year"] == 2014


def test_at_the_time_of_writing_is_now(facts) -> None:
    text = ("The allies set the 2% goal at the Wales summit in 2014. At the time of writing, "
            "Portugal devotes 1.6% of GDP to defence.")
    row = row_for(checked(text, date(2024, 6, 14), facts), "1.6%")
    assert pd.isna(row["year"]) or row["year"] != 2014


def test_nations_involved_in_something_else_after_an_exercise_sentence(facts) -> None:
    text = ("Steadfast Defender 2024 is under way. Separately, 48 countries were involved in "
            "talks on air defence for Ukraine.")
    row = row_for(checked(text, date(2024, 3, 1), facts), "48 countries")
    assert row["status"] != "differs" and not str(row["metric"]).startswith("exercise")


def test_a_membership_before_a_hungarian_out_of_is_no_count_at_the_target(facts) -> None:
    # "a 32 tagállam közül 21": 21 of the 32 member states; the 32 never differs from a count
    text = "Tavaly a 32 tagállam közül 21 érte el a GDP két százalékát kitevő célt."
    row = row_for(checked(text, date(2025, 3, 1), facts), "32 tagállam")
    assert row["status"] != "differs" and row["metric"] == "allies_total"


def test_a_count_out_of_thirty_of_another_bodys_target_is_no_count_of_allies(facts) -> None:
    # no NATO, no defence, no GDP: thirty members of something else
    text = ("Según la agencia sanitaria, 17 de los 30 países del espacio económico europeo "
            "alcanzaron el objetivo de vacunación en 2024.")
    rows = checked(text, JUNE_2024, facts)
    assert (rows["status"] != "differs").all()


def test_bulgarian_s_tsel_in_order_to_names_no_target(facts) -> None:
    # "с цел да" is "in order to", not "the target"
    text = "Тази година 14 държави от НАТО вдигнаха разходите си с цел да възпират Русия."
    rows = checked(text, JUNE_2024, facts)
    assert (rows["status"] != "differs").all()


def test_soldiers_in_one_country_alone_are_a_part_of_the_exercise(facts) -> None:
    # many nations' soldiers, but at one place: still a part, never the exercise's total
    text = ("Steadfast Defender 2024 is under way, with 65,000 American and European soldiers "
            "training in Poland alone.")
    row = row_for(checked(text, LAUNCH_2024, facts), "65,000 American and European soldiers")
    assert row["status"] != "differs"
