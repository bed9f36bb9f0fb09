"""Figures NATO's data covers are found and checked (issue 9: recall on real news).

Every text here is from a published news article; the checks run on the bundled NATO data.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for


def test_nato_announced_steadfast_defender_on_18_january_2024(facts) -> None:
    # The AFP report of SACEUR's briefing (statement_dates.csv) is the statement's earliest
    # source, so an article of that day is compared.
    text = ("Approximately 90,000 military personnel are expected to participate in the "
            "Steadfast Defender 2024 exercises, which will run until May.")
    row = row_for(checked(text, date(2024, 1, 18), facts),
                  "Approximately 90,000 military personnel")
    assert (row["status"], row["reference_value"]) == ("consistent", 90000)


def test_items_of_a_list_belong_to_the_exercise_that_introduced_it(facts) -> None:
    text = ("Approximately 90,000 military personnel are expected to participate in the "
            "Steadfast Defender 2024 exercises, which will run until May.\n\n"
            "Cavoli mentioned that the exercises will involve:\n"
            "Over 50 ships, from aircraft carriers to destroyers;\n"
            "Over 80 fighter jets, helicopters, and drones;\n"
            "At least 1,100 combat vehicles (including 133 tanks and 533 infantry fighting "
            "vehicles).")
    table = checked(text, date(2024, 1, 18), facts)
    for figure, metric, value in (("Over 50 ships", "exercise_ships", 50),
                                  ("Over 80 fighter jets", "exercise_aircraft", 80),
                                  ("At least 1,100 combat vehicles", "exercise_vehicles", 1100)):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"], row["status"], row["reference_value"]) == (
            metric, "Steadfast Defender", "consistent", value)
    assert row_for(table, "133 tanks")["status"] == "unmatched"


def test_allies_and_partners_are_nations_not_allies(facts) -> None:
    # NATO: "Up to 10,000 participants from 25 NATO Allies and partners with 250 aircraft"
    air_defender = facts[facts["entity"] == "Air Defender"]
    assert "exercise_participating_allies" not in set(air_defender["key"])
    text = ("The two-week exercise, called Air Defender 23, includes nearly 10,000 personnel and "
            "250 aircraft from 25 countries.")
    row = row_for(checked(text, date(2023, 6, 12), facts), "25 countries")
    assert (row["metric"], row["status"], row["reference_value"]) == (
        "exercise_participating_nations", "consistent", 25)


def test_allies_totals_listed_in_parentheses_are_their_defence_spending(facts) -> None:
    text = ("In absolute terms, Poland’s estimated defence spend of $35 billion in 2024 is the "
            "fifth highest in NATO, behind the US ($968 billion), Germany ($98 billion), the "
            "United Kingdom ($82 billion) and France ($64 billion).")
    table = checked(text, date(2024, 6, 20), facts)
    for figure, ally, value in (("$968 billion", "United States", 967.7e9),
                                ("$98 billion", "Germany", 97.7e9),
                                ("$64 billion", "France", 64.3e9)):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"], row["status"]) == (
            "ally_defence_spending", ally, "consistent")
        assert row["reference_value"] == pytest.approx(value, rel=1e-3)


def test_money_in_a_relative_clause_is_what_the_clause_refers_to(facts) -> None:
    text = ("American defense expenditures in 2025 account for 60.18% of NATO's total defense "
            "budget, which exceeds $1.66 trillion.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "exceeds $1.66 trillion")
    assert (row["metric"], row["status"], row["reference_value"]) == (
        "nato_total_defence_spending", "consistent", 1.66e12)
    # Money in parentheses in a sentence about something else stays unmatched.
    other = checked("The new bridge ($2 billion) opened in May 2024.", date(2024, 6, 1), facts)
    assert set(other["status"]) == {"unmatched"}


def test_allies_counted_among_the_members_that_achieved_the_target(facts) -> None:
    text = ("The assessment concludes that all NATO members are now expected to meet the 2% goal. "
            "In 2024, only 19 of the 31 members achieved it.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "19")
    assert (row["metric"], row["status"], row["reference_value"]) == (
        "allies_meeting_2pct_guideline", "consistent", 19)


def test_money_in_a_with_clause_is_the_spending_the_sentence_names(facts) -> None:
    text = ("Combined allied outlays are nearing 1.6 trillion, with European members and Canada "
            "rising to an estimated $559 billion in 2025 as growth slows compared with last year.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "an estimated $559 billion")
    assert (row["metric"], row["status"], row["reference_value"]) == (
        "europe_canada_defence_spending", "consistent", 559e9)


def test_last_year_counts_from_the_article_date_when_read_without_it(facts) -> None:
    # The extractor ran without the date (as on a pasted text): the check resolves "last year".
    text = ("NATO's secretary general told journalists that the number of states reaching the "
            "target had increased sharply from 11 last year.")
    published = date(2024, 2, 15)
    rows = check_figures(extract_figures(text), published, text=text, facts=facts)
    row = row_for(rows, "11")
    assert (row["year"], row["reference_value"]) == (2023, 11)
    assert row["status"] in ("consistent", "superseded")


def test_the_members_of_the_alliance_are_its_membership(facts) -> None:
    text = ("The 32 members of the alliance agreed last year to spend at least the equivalent of "
            "two per cent of national gross domestic product on defence.")
    row = row_for(checked(text, date(2024, 7, 11), facts), "32 members")
    assert (row["metric"], row["status"]) == ("allies_total", "unmatched")


def test_allies_ranked_in_parentheses_are_checked_as_shares_of_gdp(facts) -> None:
    text = ("Those were the U.K. (2.3 percent), Romania (2.2 percent), North Macedonia "
            "(2.1 percent) and Montenegro (2.1 percent).")
    table = checked(text, date(2026, 3, 26), facts)
    for figure, ally in (("2.3 percent", "United Kingdom"), ("2.2 percent", "Romania")):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"], row["year"], row["status"]) == (
            "ally_share_gdp", ally, 2025, "consistent")


def test_the_same_figure_twice_in_a_sentence_is_checked_for_each_ally(facts) -> None:
    text = ("NATO estimates Spain has reached defence spending of 2% of gross domestic product in "
            "2025. The United States is shown reducing its share since 2014 to 3.22% this year, "
            "still above Denmark at 3.22%, Greece at 2.05%, Sweden at 2.51%.")
    table = checked(text, date(2025, 8, 28), facts)
    assert table.loc[table["figure"] == "3.22%", "entity"].tolist() == [
        "United States", "Denmark"]
    # Greece's 2.85% in NATO's August 2025 tables: the article's 2.05% differs.
    greece = row_for(table, "2.05%")
    assert (greece["entity"], greece["year"], greece["status"]) == ("Greece", 2025, "differs")
