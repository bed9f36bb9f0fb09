"""Readings added after the thirty-second unseen set was scored (issue 9).
Each sentence is invented in the form the news used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

LAUNCH_2024 = date(2024, 2, 1)  # Steadfast Defender 2024 under way (NATO's figures of 18 Jan)
MARCH_2024 = date(2024, 3, 11)  # after NATO's figures of 14 February 2024
JUNE_2024 = date(2024, 6, 20)  # after NATO's estimates of 17 June 2024
SEPTEMBER_2025 = date(2025, 9, 10)  # after NATO's estimates of 28 August 2025


def test_now_set_off_by_a_comma_still_dates_the_share_to_the_sources_year(facts) -> None:
    # "currently, Hungary spends": the comma does not make it NATO's last published year
    text = ("As the new figures show, currently, Hungary spends more than 2 percent of its GDP on "
            "its armed forces.")
    row = row_for(checked(text, date(2024, 3, 20), facts), "more than 2 percent")
    assert row["year"] == 2024


def test_an_initiative_for_a_share_is_a_plan(facts) -> None:
    # "the initiative to have every member allocate 3 percent": a proposal, not the US's share
    text = ("In the United States next week, Nowak will discuss with his counterparts the "
            "initiative to have every member allocate 3 percent of GDP to defence.")
    row = row_for(checked(text, MARCH_2024, facts), "3 percent")
    assert row["status"] == "unmatched" and "plan" in row["note"]


def test_equipment_that_will_be_involved_after_an_exercise_sentence_is_its_equipment(facts):
    text = ("NATO opened its biggest drill in decades on Monday. More than 50 warships, 80 "
            "fighter jets and 1,100 armoured vehicles will also be involved.")
    rows = checked(text, LAUNCH_2024, facts)
    assert row_for(rows, "More than 50 warships")["metric"] == "exercise_ships"
    assert row_for(rows, "80 fighter jets")["metric"] == "exercise_aircraft"


def test_french_equipment_impliques_after_an_exercise_sentence_is_its_equipment(facts) -> None:
    text = ("L'Alliance a lancé lundi son plus vaste exercice depuis des décennies. Plus de 50 "
            "navires, 80 avions et 1 100 blindés seront impliqués.")
    rows = checked(text, LAUNCH_2024, facts)
    assert row_for(rows, "Plus de 50")["metric"] == "exercise_ships"
    assert row_for(rows, "80")["metric"] == "exercise_aircraft"


def test_one_nation_joined_to_europe_is_the_exercises_many_nations(facts) -> None:
    text = ("The alliance's largest exercise in decades begins this week, with 90,000 European "
            "and American soldiers training across the continent.")
    row = row_for(checked(text, LAUNCH_2024, facts), "90,000 European and American soldiers")
    assert row["status"] == "consistent" and row["metric"] == "exercise_personnel"


def test_one_nations_soldiers_alone_stay_its_contribution(facts) -> None:
    # the guard the reading above must keep: one nation is a part of the exercise
    text = ("The alliance's largest exercise in decades begins this week, with 16,000 American "
            "soldiers training across the continent.")
    row = row_for(checked(text, LAUNCH_2024, facts), "16,000 American soldiers")
    assert row["status"] == "unmatched" and "one country" in row["note"]


def test_a_troop_count_counts_the_allys_personnel(facts) -> None:
    text = "Greece lifted its troop count from 105,000 in 2022 to 111,000 in 2023."
    rows = checked(text, SEPTEMBER_2025, facts)
    for figure in ("105,000", "111,000"):
        row = row_for(rows, figure)
        assert row["metric"] == "ally_personnel" and row["entity"] == "Greece"


def test_an_ally_ranked_after_in_an_aside_does_not_own_the_figure(facts) -> None:
    text = ("Poland, with the third largest army after the United States and Türkiye, raised its "
            "troop count to 200,000 in 2024.")
    row = row_for(checked(text, SEPTEMBER_2025, facts), "200,000")
    assert row["entity"] == "Poland"


def test_since_the_investment_pledge_is_the_sum_added_since_2014(facts) -> None:
    text = ("Since the Investment Pledge was agreed in 2014, Canada and the European allies have "
            "added over 600 billion dollars to defence.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "over 600 billion dollars")
    assert row["metric"] == "europe_canada_cumulative_additional_spending_since_2014"
    assert row["status"] == "consistent"


def test_forces_from_all_the_allies_are_the_exercises_not_one_allys(facts) -> None:
    text = ("Steadfast Defender is the largest NATO exercise in decades. It brings together "
            "roughly 90,000 personnel from all 31 Allies and Sweden.")
    row = row_for(checked(text, LAUNCH_2024, facts), "roughly 90,000 personnel")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


def test_a_persons_aside_does_not_date_the_figures_around_it(facts) -> None:
    text = ("Rutte, the former Dutch prime minister who has led four governments since 2010, "
            "told reporters that 23 of the 32 allies had reached 2% of GDP.")
    row = row_for(checked(text, JUNE_2024, facts), "23")
    assert row["year"] == 2024 and row["status"] in ("consistent", "superseded")


def test_a_who_aside_in_the_past_does_not_date_the_figures_around_it(facts) -> None:
    text = ("The secretary general, who has been in office since 2014, said 23 of the 32 allies "
            "had reached 2% of GDP.")
    row = row_for(checked(text, JUNE_2024, facts), "23")
    assert row["year"] == 2024


def test_at_the_time_is_the_one_year_the_sentence_before_names(facts) -> None:
    # not NATO's latest year: "at the time" points back to 2014
    text = ("After Russia seized Crimea in 2014, the allies agreed to stop cutting their budgets. "
            "Denmark was barely spending 1.2 per cent at the time.")
    row = row_for(checked(text, date(2024, 6, 14), facts), "1.2 per cent")
    assert row["year"] == 2014


def test_a_membership_before_a_hungarian_out_of_is_no_count_at_the_target(facts) -> None:
    # "a 32 tagállam közül 23": 23 of the 32 member states; the 32 never differs from the 23
    text = "Tavaly a 32 tagállam közül 21 érte el a GDP két százalékát kitevő célt."
    row = row_for(checked(text, date(2025, 3, 1), facts), "32 tagállam")
    assert row["status"] != "differs" and row["metric"] == "allies_total"
