"""The brief on English news after the tenth spent set (issue 9, round 10b): a NATO value whose
price basis is unknown, figures credited to another source (a list's introduction, SIPRI's
money), a level for whole decades, the allies whose officials meet, a share of a group's
combined GDP or of an economy an adjective names, a share restating an amount, and figures NATO
bundled only after the source (an ally's money, an exercise's plan). Sentences are invented in
news style."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 20)
MAY_2025 = date(2025, 5, 12)


@pytest.mark.parametrize("published", [JUNE_2024, MAY_2025])
def test_a_value_of_unknown_basis_neither_revises_nor_contradicts_a_current_price_total(
        published, facts) -> None:
    row = row_for(checked("The allies together will spend $1.47 trillion on defence in 2024, "
                          "NATO's estimates show.", published, facts), "$1.47 trillion")
    assert row["metric"] == "nato_total_defence_spending"
    assert row["status"] == "consistent"


def test_a_value_of_unknown_basis_still_confirms_a_figure_it_agrees_with(facts) -> None:
    row = row_for(checked("The allies together spent around $1.3 trillion on defence in 2024, "
                          "the alliance's annual report says.", MAY_2025, facts),
                  "around $1.3 trillion")
    assert row["status"] == "consistent"


LISTED_BY_ANOTHER_SOURCE = (
    "Defence spending across the bloc rose sharply last year.\n\n"
    "In its annual review, the European Defence Agency said budgets had grown in every country.\n"
    "The numbers, for 2023, show:\n"
    "Norway spends 1.6%;\n"
    "Lithuania spends 2.8% and Latvia 2.9%;\n")


@pytest.mark.parametrize("figure", ["2.8%", "2.9%"])
def test_figures_of_a_list_another_source_introduces_only_agree(figure, facts) -> None:
    row = row_for(checked(LISTED_BY_ANOTHER_SOURCE, date(2024, 12, 2), facts), figure)
    assert row["metric"] == "ally_share_gdp"
    assert row["status"] == "consistent"
    assert "another source" in row["note"]


def test_a_list_nato_introduces_keeps_its_revisions(facts) -> None:
    text = LISTED_BY_ANOTHER_SOURCE.replace("the European Defence Agency said", "NATO said")
    row = row_for(checked(text, date(2024, 12, 2), facts), "2.8%")
    assert row["status"] == "superseded"


@pytest.mark.parametrize("text", [
    "\"Britain will spend 2.5% of GDP on defence in the 2030s and beyond,\" the minister said.",
    "Germany keeps spending 2% of its GDP on defence through the 2030s, the chancellor said.",
])
def test_a_level_for_whole_decades_is_no_share_of_a_year(text, facts) -> None:
    table = checked(text, date(2024, 2, 17), facts)
    row = table[table["metric"] == "ally_share_gdp"].iloc[0]
    assert row["status"] == "unmatched" and "decades" in row["reason"]


@pytest.mark.parametrize("text", [
    "Army chiefs from 31 member states met in Brussels on Thursday to plan Steadfast Defender "
    "24, the largest NATO exercise in decades.",
    "Defence ministers of 23 allies gathered in Brussels to discuss the 2% spending target.",
])
def test_a_count_of_the_allies_whose_officials_meet_is_not_compared(text, facts) -> None:
    table = checked(text, date(2024, 6, 20), facts)
    row = table[table["figure"].str.match(r"(?:31|23)\b")].iloc[0]
    assert row["status"] == "unmatched" and "officials" in row["reason"]


def test_a_share_of_the_european_allies_combined_gdp_is_their_aggregate(facts) -> None:
    text = ("Europe's 29 Nato members will together meet the goal, spending $380 billion "
            "on their militaries, the alliance chief said, or more than 2 per cent of their "
            "combined GDP.")
    row = row_for(checked(text, date(2024, 2, 16), facts), "more than 2 per cent")
    assert row["metric"] == "nato_europe_defence_share_gdp" and row["entity"] == "Europe"
    assert row["status"] == "consistent"


def test_an_allys_money_first_bundled_later_may_agree(facts) -> None:
    row = row_for(checked("The US spent almost $900 billion on defence last year, more than "
                          "all its allies together.", date(2024, 2, 16), facts),
                  "almost $900 billion")
    assert row["entity"] == "United States" and row["status"] == "consistent"
    far = row_for(checked("The US spent almost $700 billion on defence last year, more than "
                          "all its allies together.", date(2024, 2, 16), facts),
                  "almost $700 billion")
    assert far["status"] == "unmatched"


def test_the_economy_an_allys_adjective_names_owns_the_share(facts) -> None:
    row = row_for(checked("Military spending is currently about 1.3% of Belgian GDP, well short "
                          "of the 2% level.", date(2025, 3, 10), facts), "about 1.3%")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Belgium"
    assert row["status"] == "consistent"


def test_an_exercises_plan_agreeing_with_natos_later_statement_is_consistent(facts) -> None:
    text = ("Steadfast Defender 24 will bring together forces from 31 NATO allies and Sweden, "
            "the British army said.")
    row = row_for(checked(text, date(2024, 1, 12), facts), "31 NATO allies")
    assert row["metric"] == "exercise_participating_allies" and row["status"] == "consistent"


def test_a_share_restating_an_allys_amount_is_no_level_of_a_count(facts) -> None:
    text = ("The report shows the U.S. remains the biggest spender, paying more for its forces "
            "than all other members together (the equivalent of 3.2 percent of GDP).")
    row = row_for(checked(text, date(2025, 8, 30), facts), "3.2 percent")
    assert row["entity"] == "United States" and row["status"] == "consistent"
    level = row_for(checked("Five allies spend the equivalent of more than 3% of GDP, the report "
                            "shows.", date(2025, 8, 30), facts), "more than 3%")
    assert level["status"] == "unmatched"


def test_another_sources_money_first_bundled_later_is_not_compared(facts) -> None:
    row = row_for(checked("According to SIPRI, the US spent almost $900 billion on defence last "
                          "year.", date(2024, 2, 16), facts), "almost $900 billion")
    assert row["status"] == "unmatched"
