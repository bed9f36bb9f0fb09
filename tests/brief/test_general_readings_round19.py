"""Readings added after the twenty-eighth unseen set was scored (issue 9).
Each sentence is invented in the form the news and official statements used, not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 20)  # after NATO's estimates of 17 June 2024
JULY_2023 = date(2023, 7, 20)  # after NATO's estimates of 7 July 2023


def test_now_in_the_figures_own_clause_keeps_a_later_clauses_year_away(facts) -> None:
    # the 2014 dates the pledge the comparison recalls, not the allies spending 2% "now"
    text = ("Twenty-three allies are now spending at least 2% of GDP on defence, up from only "
            "three when leaders signed the pledge in 2014.")
    row = row_for(checked(text, JULY_2024, facts), "Twenty-three allies")
    assert row["year"] == 2024 and row["status"] in ("consistent", "superseded")


def test_an_ally_included_in_a_group_owns_the_figure_it_is_given_with(facts) -> None:
    # "including Spain, with 1.28%": the share is Spain's, not the group's
    text = ("A third of the allies still fall short in 2024, including Spain, with 1.28% of GDP.")
    row = row_for(checked(text, JULY_2024, facts), "1.28%")
    assert row["entity"] == "Spain" and row["status"] in ("consistent", "superseded")


def test_an_inclusion_that_closes_before_the_verb_still_adds_the_ally_to_the_whole(facts) -> None:
    text = "Total NATO spending in 2024, including the United States, reaches 2.71% of GDP."
    row = row_for(checked(text, JULY_2024, facts), "2.71%")
    assert row["entity"] != "United States"


def test_a_definite_share_an_ally_spends_after_it_is_that_allys(facts) -> None:
    # "compared with the 3.49% ... the U.S. is estimated to spend": the relative clause's subject
    # owns the share, not the ally of the sentence's main clause
    text = ("France is projected to spend 1.9% of its GDP on defense this year, compared with "
            "the 3.49%, and roughly $743.3 billion, the U.S. is estimated to spend.")
    row = row_for(checked(text, JULY_2023, facts), "3.49%")
    assert row["entity"] == "United States" and row["status"] in ("consistent", "superseded")


JUNE_2025 = date(2025, 6, 10)  # after NATO's annual report of April 2025, before the Hague summit


def test_an_amount_of_spending_to_a_guidelines_level_makes_the_level_a_goal(facts) -> None:
    # the extra money it would take to reach 3.5% is no measure of the ally's share
    text = ("United States: $968bn defence spending in 2024, $90bn extra defence spending to "
            "3.5% of GDP, and $420bn related spending to 5% of GDP.")
    table = checked(text, JUNE_2025, facts)
    assert row_for(table, "3.5%")["status"] == "unmatched"
    assert row_for(table, "5%")["status"] == "unmatched"


def test_spending_raised_to_a_share_is_still_the_allys_share(facts) -> None:
    text = "In 2024 Germany raised its defence spending to 2.12% of GDP."
    row = row_for(checked(text, JULY_2024, facts), "2.12%")
    assert row["entity"] == "Germany" and row["status"] in ("consistent", "superseded")


def test_years_ago_that_dates_the_goal_leaves_the_count_of_the_present(facts) -> None:
    text = ("He noted that 23 of the 32 allies have now reached the target agreed by leaders ten "
            "years ago of spending 2% of GDP.")
    row = row_for(checked(text, JULY_2024, facts), "23")
    assert row["year"] == 2024 and row["status"] in ("consistent", "superseded")


def test_a_count_years_ago_is_compared_with_that_year_only_to_agree(facts) -> None:
    text = ("This year 18 allies will meet the target, up from just three countries ten years "
            "ago.")
    table = checked(text, date(2024, 3, 1), facts)
    three = row_for(table, "three countries")
    assert three["year"] == 2014 and three["status"] == "consistent"
    wrong = checked("This year 18 allies will meet the target, up from nine countries ten years "
                    "ago.", date(2024, 3, 1), facts)
    assert row_for(wrong, "nine countries")["status"] == "unmatched"


def test_at_the_time_after_a_sentence_that_counts_back_is_of_that_year_only_to_agree(facts) -> None:
    before = "Ten years ago, the allies agreed to spend 2% of GDP on defence. "
    right = checked(before + "At the time, European allies and Canada spent 1.43% of their GDP.",
                    JULY_2024, facts)
    row = row_for(right, "1.43%")
    assert row["year"] == 2014 and row["status"] in ("consistent", "superseded")
    # a year later "ten years ago" is 2015: 1.43% no longer agrees, and is not called wrong
    later = checked(before + "At the time, European allies and Canada spent 1.43% of their GDP.",
                    date(2025, 7, 20), facts)
    assert row_for(later, "1.43%")["status"] == "unmatched"
