"""Readings added after the thirty-fourth unseen set was scored (issue 9). Each sentence is
invented in the form the news used (its own frame, names and numbers), not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 3)  # after NATO's estimates of 17 June 2024 (2024 its latest year)
OCTOBER_2025 = date(2025, 10, 14)  # after NATO's figures of 28 August 2025 (2025 its latest)

ADJECTIVE_OWNERS = [
    ("Poland", "Figures released at NATO headquarters on Monday put Polish defence spending for "
     "2024 at 4.1 percent of GDP.", "4.1 percent"),
    ("Poland", "Ein am Dienstag im NATO-Hauptquartier vorgestelltes Papier schätzt die polnischen "
     "Verteidigungsausgaben für 2024 auf 4,1 Prozent des BIP.", "4,1 Prozent"),
    ("Spain", "Selon un rapport de l'OTAN, les dépenses militaires espagnoles atteindront 1,3 % du "
     "PIB en 2024.", "1,3 %"),
    ("Italy", "A NATO paper estimates the Italian military budget in 2024 at 1.5 per cent of GDP.",
     "1.5 per cent"),
]


@pytest.mark.parametrize(("ally", "text", "figure"), ADJECTIVE_OWNERS)
def test_an_allys_adjective_before_its_spending_names_the_owner(facts, ally, text, figure):
    # the ally's own share, compared with its own value, never with NATO's aggregate 2.71%
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert row["entity"] == ally and row["metric"] == "ally_share_gdp"
    assert row["status"] in ("consistent", "superseded")


def test_an_adjective_of_another_thing_names_no_owner(facts) -> None:
    # the guard: "Polish" of a person is not the spending's owner
    text = "The Polish minister said the alliance spent 2.7 percent of GDP in 2024."
    row = row_for(checked(text, JULY_2024, facts), "2.7 percent")
    assert row["entity"] != "Poland"


NATO_AS_PUBLISHER = [
    "A communique issued on Monday at NATO headquarters estimates spending in 2024 at 2.2% of GDP.",
    "Figures released by NATO this week put spending at 2.2% of GDP in 2024.",
    "A NATO report shows spending at 2.2% of GDP in 2024.",
]


@pytest.mark.parametrize("text", NATO_AS_PUBLISHER)
def test_nato_named_as_the_publisher_does_not_own_the_share(facts, text) -> None:
    # whose share it is stays unsaid: never set against NATO's aggregate to differ
    row = row_for(checked(text, JULY_2024, facts), "2.2%")
    assert row["status"] != "differs"


def test_nato_owning_the_spending_beside_the_publisher_is_still_compared(facts) -> None:
    # the guard: the alliance's own share, named as such, still differs when it is wrong
    text = "Figures released by NATO this week put the alliance's spending at 2.2% of GDP in 2024."
    row = row_for(checked(text, JULY_2024, facts), "2.2%")
    assert row["status"] == "differs"


def test_a_dollar_sum_converted_from_euros_is_compared_only_to_agree(facts) -> None:
    text = "In 2024, European allies spent around €391 billion ($431 billion) on defence."
    row = row_for(checked(text, OCTOBER_2025, facts), "$431 billion")
    assert row["status"] != "differs"


def test_a_dollar_sum_of_its_own_is_still_compared(facts) -> None:
    # the guard: no other currency before it
    text = "In 2024, European allies spent $431 billion on defence."
    row = row_for(checked(text, OCTOBER_2025, facts), "$431 billion")
    assert row["status"] == "differs"


def test_a_share_that_should_be_allocated_is_a_goal(facts) -> None:
    text = ("Estonia spends 3.4% of GDP on defence. Under the new deal at least 3.5% of GDP "
            "should be allocated to core military needs.")
    row = row_for(checked(text, OCTOBER_2025, facts), "at least 3.5%")
    assert row["status"] == "unmatched" and "goal" in row["note"]


def test_a_level_potentially_reached_is_a_goal(facts) -> None:
    text = ("The premier spoke of allied budgets going beyond today's 2 percent of GDP, possibly "
            "to 3 percent, within a decade.")
    row = row_for(checked(text, JULY_2024, facts), "3 percent")
    assert row["status"] == "unmatched"


def test_figures_of_a_part_named_as_its_own_exercise_are_not_the_wholes(facts) -> None:
    # "exercise Dragon 24, part of the Steadfast Defender series": the later sentences are about
    # the part, whose figures NATO's data does not hold
    text = ("Soldiers from nine allies are gathering for exercise Dragon 24, part of the Steadfast "
            "Defender series, in Poland. The drills will be spread over several ranges. Around "
            "90,000 troops will take part.")
    rows = checked(text, date(2024, 2, 20), facts)
    row = row_for(rows, "Around 90,000 troops")
    assert row["status"] == "unmatched"


def test_the_whole_named_on_its_own_keeps_its_figures(facts) -> None:
    # the guard: with no part named as an exercise, the whole is what the text goes on about
    text = ("Soldiers from nine allies are gathering in Poland for Steadfast Defender 24. "
            "The drills will be spread over several ranges. Around 90,000 troops will take part.")
    rows = checked(text, date(2024, 2, 20), facts)
    row = row_for(rows, "Around 90,000 troops")
    assert row["status"] == "consistent"


def test_the_us_share_that_amounts_to_a_part_of_the_total(facts) -> None:
    text = ("Washington still pays the most: its share of $820 billion will amount to 60.2% of "
            "the total defence budget of the allies this year.")
    row = row_for(checked(text, OCTOBER_2025, facts), "60.2%")
    assert row["metric"] == "us_share_of_nato_defence_expenditure"
    assert row["status"] == "consistent"


# R18's review: the adjective's spending compared with another whole or another's figure does
# not own the figure after the comparison
COMPARED_AFTER_THE_ADJECTIVE = [
    ("In 2024 Dutch defence spending was higher than the European average of 2.02% of GDP.",
     "2.02%"),
    ("Die belgischen Verteidigungsausgaben lagen 2024 unter dem europäischen Durchschnitt von "
     "2,02 Prozent des BIP.", "2,02 Prozent"),
    ("Les dépenses militaires italiennes restent en 2024 inférieures à la moyenne européenne de "
     "2,02 % du PIB.", "2,02 %"),
    ("Latvian defence spending in 2024 trailed only its neighbour's 3.4% of GDP.", "3.4%"),
    ("In 2024, Norwegian defence spending stayed just below Russia's 5.9% of GDP.", "5.9%"),
]


@pytest.mark.parametrize(("text", "figure"), COMPARED_AFTER_THE_ADJECTIVE)
def test_a_figure_compared_with_the_adjectives_spending_is_not_the_allys(facts, text, figure):
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert row["status"] != "differs"


def test_a_sectors_share_of_an_allys_economy_is_no_share_of_gdp(facts) -> None:
    text = "Arms makers account for 2.9% of the Danish economy in 2024."
    row = row_for(checked(text, JULY_2024, facts), "2.9%")
    assert row["status"] != "differs"


def test_the_whole_series_named_again_after_a_part_owns_its_figures(facts) -> None:
    # R18: after a part named as its own exercise, "the whole series" is the whole again
    text = ("Soldiers from nine allies are gathering for exercise Dragon 24, part of the Steadfast "
            "Defender series, in Poland. Over the entire series, around 90,000 troops take part.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "around 90,000 troops")
    assert row["status"] == "consistent"


def test_money_a_pronoun_points_back_to_natos_spending_with(facts) -> None:
    text = ("NATO's new figures for the allies' expenditures came out on Thursday. This year, "
            "they are approaching $1.4 trillion.")
    row = row_for(checked(text, OCTOBER_2025, facts), "$1.4 trillion")
    assert row["metric"] == "nato_total_defence_spending" and row["status"] == "consistent"


def test_a_pronoun_after_a_sentence_on_aid_names_no_spending(facts) -> None:
    # the guard: the sentence before names help, not spending
    text = "NATO allies pledged more help for Kyiv. This year, it is approaching $40 billion."
    row = row_for(checked(text, OCTOBER_2025, facts), "$40 billion")
    assert row["status"] == "unmatched"
