"""English readings added after the eighteenth to twentieth sets' misses (brief E18). Each
sentence is invented in the form the news used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

EXERCISE_DAY = date(2024, 2, 1)  # Steadfast Defender 2024 under way: about 90,000 troops


def test_the_whole_after_out_of_is_not_the_part_the_ally_gives(facts) -> None:
    text = ("The Steadfast Defender exercise starts next week, and the Italian army is sending "
            "9,000 out of 90,000 allied troops taking part.")
    table = checked(text, EXERCISE_DAY, facts)
    assert row_for(table, "90,000 allied troops")["status"] == "consistent"
    assert row_for(table, "9,000")["status"] == "unmatched"  # the part stays Italy's


def test_a_count_marked_overall_is_the_whole_whatever_ally_came_before(facts) -> None:
    text = ("Tanks have been shipped to Lithuania for the Steadfast Defender exercise involving "
            "90,000 troops overall, with 5,000 Dutch troops on the move.")
    table = checked(text, EXERCISE_DAY, facts)
    assert row_for(table, "90,000 troops")["status"] == "consistent"
    assert row_for(table, "5,000 Dutch troops")["status"] == "unmatched"


def test_a_nationality_past_the_counts_phrase_belongs_to_another_phrase(facts) -> None:
    text = ("The Steadfast Defender exercise, which will draw about 90,000 troops, will show "
            "how German units could reach the eastern flank.")
    row = row_for(checked(text, EXERCISE_DAY, facts), "about 90,000 troops")
    assert row["status"] == "consistent"


def test_a_nationality_in_the_counts_own_phrase_still_makes_it_a_part(facts) -> None:
    text = ("The Steadfast Defender exercise, which will draw about 9,000 German troops, will "
            "show how units could reach the eastern flank.")
    row = row_for(checked(text, EXERCISE_DAY, facts), "about 9,000 German troops")
    assert row["status"] == "unmatched" and "contribution" in row["note"]


REPORT_DAY = date(2023, 3, 25)  # NATO's annual report out; its 2022 shares first bundled 2024


def test_an_estimate_at_natos_precision_quotes_natos_figure_exactly(facts) -> None:
    # Italy 2022, first bundled in June 2024 at 1.52: "an estimated 1.50%" is the report's
    # estimate NATO revised since, not the same figure read loosely
    text = "Italy spent an estimated 1.50% of its GDP on defence in 2022, the report showed."
    row = row_for(checked(text, REPORT_DAY, facts), "an estimated 1.50%")
    assert row["status"] == "superseded"


def test_an_estimate_written_round_stays_a_hedge(facts) -> None:
    text = "Italy spent an estimated 1.5% of its GDP on defence in 2022, the report showed."
    row = row_for(checked(text, REPORT_DAY, facts), "an estimated 1.5%")
    assert row["status"] == "consistent"


SUMMER_2024 = date(2024, 7, 1)  # NATO's June 2024 estimates: 23 allies at 2% in 2024, 10 in 2023


def test_the_number_of_countries_meeting_the_target_counts_allies(facts) -> None:
    text = ("Every ally is asked to spend 2% of its GDP on defence. The number of countries on "
            "track to reach that target this year has climbed to 23, officials said.")
    row = row_for(checked(text, SUMMER_2024, facts), "23")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")  # revised to 22 in April 2025


def test_the_number_of_eu_countries_meeting_a_target_is_no_count_of_allies(facts) -> None:
    text = ("Every ally is asked to spend 2% of its GDP on defence. The number of EU countries on "
            "track to reach that target this year has climbed to 20, officials said.")
    row = row_for(checked(text, SUMMER_2024, facts), "20")
    assert row["status"] == "unmatched"


def test_the_count_a_rise_starts_from_is_the_year_befores(facts) -> None:
    text = ("The number of allies set to meet the 2% target this year has climbed to 23 from 10, "
            "the alliance said.")
    row = row_for(checked(text, SUMMER_2024, facts), "10")
    assert row["year"] == 2023 and row["status"] == "consistent"


def test_a_starting_count_that_differs_may_be_an_earlier_estimate_not_compared(facts) -> None:
    # 18 was February's estimate for 2024: read as 2023's count (10) it is compared only to
    # agree; a guard (read as 2024's, it is a revision)
    text = ("The number of allies set to meet the 2% target this year has climbed to 23 from 18, "
            "the alliance said.")
    row = row_for(checked(text, SUMMER_2024, facts), "18")
    assert row["status"] in ("unmatched", "superseded")


def test_exercise_equipment_planned_before_natos_statement_is_a_revised_plan(facts) -> None:
    # NATO's statement of June 2023: Air Defender 23 with 250 aircraft
    text = "The Air Defender 23 exercise in June will bring together 230 aircraft, planners said."
    row = row_for(checked(text, date(2023, 4, 15), facts), "230 aircraft")
    assert row["status"] == "superseded"


def test_exercise_equipment_planned_before_natos_statement_is_not_held_to_agree(facts) -> None:
    # NATO's statement of January 2024: Steadfast Defender 2024 with more than 50 ships; a plan
    # of October 2023 need not be the one NATO announced (a guard)
    text = ("The Steadfast Defender 2024 exercise next year will involve more than 50 ships, "
            "alliance officials said.")
    row = row_for(checked(text, date(2023, 10, 2), facts), "more than 50 ships")
    assert row["status"] == "unmatched"
