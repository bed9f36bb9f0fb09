"""Readings added in the round of the thirty-fifth unseen set (issue 9). Each sentence is
invented in the form the news used (its own frame, names and numbers), not copied from the
fixtures."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.brief.conftest import checked, row_for

MARCH_2023 = date(2023, 3, 22)  # NATO's 2022 estimates not yet bundled (first in June 2024)


def year_of(row) -> int | None:
    return None if pd.isna(row["year"]) else int(row["year"])

A_CHANGE_NAMED_AS_A_NOUN = [
    "Croatia's defence spending accounts for 1.83% of GDP, which is a slight rise from 1.91% of "
    "GDP in 2021.",
    "Croatia's defence spending accounts for 1.83% of GDP but it marks only a modest increase "
    "from 1.91% of GDP in 2021.",
    "Croatia's defence spending accounts for 1.83% of GDP, an improvement from 1.91% in 2021.",
]


@pytest.mark.parametrize("text", A_CHANGE_NAMED_AS_A_NOUN)
def test_the_year_after_a_starting_point_is_that_points_own(facts, text) -> None:
    # "a rise from X in 2021": 2021 dates X, never the level the sentence opens with
    rows = checked(text, MARCH_2023, facts)
    assert year_of(row_for(rows, "1.83%")) != 2021
    assert year_of(row_for(rows, "1.91%")) == 2021


def test_a_change_from_a_year_leaves_the_figure_undated(facts) -> None:
    text = "Croatia spent 1.83% of GDP on defence, a rise from 2021."
    assert year_of(row_for(checked(text, MARCH_2023, facts), "1.83%")) != 2021


def test_the_figures_own_year_still_dates_it(facts) -> None:
    # the guard: its own "in 2022" stays its year
    text = "Croatia spent 1.83% of GDP on defence in 2022, a rise from 1.91% in 2021."
    assert year_of(row_for(checked(text, MARCH_2023, facts), "1.83%")) == 2022


JUNE_2024 = date(2024, 6, 20)  # after NATO's estimates of 17 June 2024 (2024 its latest year)
FEBRUARY_2024 = date(2024, 2, 20)  # after NATO's estimates of 14 February 2024
MARCH_2024 = date(2024, 3, 14)


@pytest.mark.parametrize("text", [
    "Italia es superada por otros que, aunque no alcanzan la meta marcada por la OTAN en 2014, "
    "gastan más: Eslovenia (1,29%) y Croacia (1,81%).",
    "A Itália é ultrapassada por outros que, embora não cumpram a meta definida pela Aliança em "
    "2014, gastam mais: Eslovénia (1,29%) e Croácia (1,81%).",
])
def test_the_year_a_target_was_marked_or_defined_names_the_target(facts, text) -> None:
    # "la meta marcada por la OTAN en 2014": 2014 dates the goal, not the allies' shares
    rows = checked(text, JUNE_2024, facts)
    for figure in ("1,29%", "1,81%"):
        assert year_of(row_for(rows, figure)) != 2014
        assert row_for(rows, figure)["status"] != "differs"


@pytest.mark.parametrize(("text", "figure"), [
    ("Last year Finland spent some 1.7 percent of GDP on its armed forces, while some 0.3 "
     "percent went to Ukraine.", "some 1.7 percent"),
    ("Im vergangenen Jahr gab Finnland etwa 1,7 Prozent des BIP für seine Streitkräfte aus, "
     "während etwa 0,3 Prozent an die Ukraine gingen.", "etwa 1,7 Prozent"),
])
def test_spending_beside_aid_split_out_of_it_is_a_part(facts, text, figure) -> None:
    # the forces' share without the aid NATO's figure holds: never a differing total
    row = row_for(checked(text, MARCH_2024, facts), figure)
    assert row["status"] == "unmatched" and "aid split out" in row["note"]


def test_a_share_without_aid_split_out_is_still_compared(facts) -> None:
    # the guard: the same share with no aid beside it differs from NATO's 2.4% (2023)
    text = "Last year Finland spent some 1.7 percent of GDP on its armed forces."
    assert row_for(checked(text, MARCH_2024, facts), "some 1.7 percent")["status"] == "differs"


def test_at_least_a_level_several_allies_reach_is_no_share_of_one(facts) -> None:
    text = "In 2015, only the United States, Poland and Greece were spending at least 2%."
    row = row_for(checked(text, JUNE_2024, facts), "at least 2%")
    assert row["status"] == "unmatched" and "several allies" in row["note"]


def test_at_least_after_one_ally_is_still_its_share(facts) -> None:
    # the guard: one ally's "at least" is its hedged share
    text = "Poland spent at least 4% of GDP on defence in 2024."
    assert row_for(checked(text, JUNE_2024, facts), "at least 4%")["status"] == "consistent"


def test_a_level_a_minister_advocates_is_a_goal(facts) -> None:
    text = ('"At the next summit we will advocate that four percent of GDP is the floor," the '
            "Estonian defence minister said.")
    row = row_for(checked(text, date(2025, 3, 3), facts), "four percent")
    assert row["status"] == "unmatched" and "plan or goal" in row["note"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Italy's defence spending stood at 1.46% of GDP in 2023 (1.51% in 2022), NATO said.",
     "1.51%"),
    ("Les dépenses de défense de l'Italie s'élevaient à 1,46 % du PIB en 2023 (1,51 % en "
     "2022), selon l'OTAN.", "1,51 %"),
])
def test_a_parenthesis_giving_its_own_year_keeps_it(facts, text, figure) -> None:
    # "in 2023 (1.51% in 2022)": 2022 is the bracketed figure's own year, not 2023
    assert year_of(row_for(checked(text, FEBRUARY_2024, facts), figure)) == 2022


def test_a_leader_set_off_by_commas_does_not_make_the_whole_one_allys_part(facts) -> None:
    # ", led by the German Air Force," leads the whole exercise; its aircraft are the whole's
    text = ("The Air Defender 23 drills, led by the German Air Force, bring together around 250 "
            "aircraft from 25 NATO and partner nations.")
    row = row_for(checked(text, date(2023, 6, 8), facts), "around 250 aircraft")
    assert row["status"] == "consistent" and row["reference_value"] == 250


def test_one_nations_aircraft_stay_its_part(facts) -> None:
    # the guard: a nationality on the figure itself is still one ally's contribution
    text = "The Air Defender 23 drills, led by the German Air Force, include 60 German aircraft."
    row = row_for(checked(text, date(2023, 6, 8), facts), "60 German aircraft")
    assert row["status"] == "unmatched" and "one country's contribution" in row["note"]


def test_at_that_time_takes_the_year_before_past_a_since_year(facts) -> None:
    text = ("Allies spend far more than when Macron first took office in 2017. At that time, "
            "only four allies spent 2 per cent of GDP on defence, a minimum agreed since 2006.")
    row = row_for(checked(text, date(2024, 12, 2), facts), "four allies")
    assert year_of(row) == 2017 and row["status"] in ("consistent", "superseded")


# R19's review of this round's readings: each case gave a false alarm or lost a check on int
@pytest.mark.parametrize("text", [
    "Only three allies reached 2% of GDP in 2014. At the time, Portugal had stayed below 2% since "
    "2008, and it now spends 1.55%.",
    "Only three allies reached 2% of GDP in 2014. At the time, Portugal spent 1.3%; it now spends "
    "1.55%.",
])
def test_at_the_time_does_not_date_the_clause_now_marks(facts, text) -> None:
    row = row_for(checked(text, date(2024, 7, 1), facts), "1.55%")
    assert year_of(row) != 2014 and row["status"] != "differs"


def test_at_least_after_one_ally_beside_a_plural_is_its_share(facts) -> None:
    text = "Like other frontline countries, Lithuania spends at least 2.8% of GDP on defence."
    row = row_for(checked(text, date(2024, 7, 1), facts), "at least 2.8%")
    assert row["entity"] == "Lithuania" and row["status"] in ("consistent", "superseded")


def test_another_allys_aid_leaves_the_share_before_it_whole(facts) -> None:
    text = ("Estonia spends 3.43% of GDP on defence, while Denmark gives about 0.6% of its GDP to "
            "Ukraine.")
    row = row_for(checked(text, date(2024, 7, 1), facts), "3.43%")
    assert row["status"] in ("consistent", "superseded")


@pytest.mark.parametrize(("text", "figure"), [
    ("In 2024, Ankara spent 2.09% of GDP on defence, and Athens 3.08%.", "3.08%"),
    ("In 2024, Ankara spent 2.09% of GDP on defence, ahead of Rome with 1.49%.", "1.49%"),
    ("The Dutch government has been pressing Lisbon, which spent 1.55% of GDP in 2024, to do more.",
     "1.55%"),
])
def test_a_spending_capital_or_government_owns_no_other_owners_figure(facts, text, figure) -> None:
    # another capital, or a relative clause of another ally, owns the figure after it: never the
    # first capital's or government's share to differ from
    row = row_for(checked(text, date(2024, 7, 1), facts), figure)
    assert row["entity"] not in ("Türkiye", "Turkey", "Netherlands") and row["status"] != "differs"


def test_a_defence_share_in_the_budget_is_no_share_of_gdp(facts) -> None:
    text = "Latvia's defence share in the state budget rose to 11% in 2024."
    row = row_for(checked(text, date(2024, 7, 1), facts), "11%")
    assert row["metric"] != "ally_share_gdp"


def test_a_pronoun_calculating_after_nato_is_nato(facts) -> None:
    # "It calculated ..." after a sentence naming NATO names no other source (R19)
    text = ("NATO released its estimates on Monday. It calculated that Latvia spent 3.15% of GDP "
            "on defence in 2024.")
    row = row_for(checked(text, date(2024, 7, 1), facts), "3.15%")
    assert "another source" not in row["note"] and row["status"] in ("consistent", "superseded")


@pytest.mark.parametrize("text", [
    "Europeiske land og Canada økte utgiftene med 18% i år, sa generalsekretæren.",
    "De europæiske lande og Canada øgede udgifterne med 18% i år.",
])
def test_nordic_expenditure_words_name_spending(facts, text) -> None:
    # "økte utgiftene med 18%": Europe and Canada's growth of spending (June 2024: 18%)
    row = row_for(checked(text, JUNE_2024, facts), "18%")
    assert row["metric"] == "europe_canada_defence_spending_change"
    assert row["status"] in ("consistent", "superseded")


@pytest.mark.parametrize(("text", "figure"), [
    ("El gasto italiano en investigación fue del 1,3% del PIB en 2024.", "1,3%"),
    ("La spesa italiana per la ricerca è stata pari all'1,3% del Pil nel 2024.", "1,3%"),
    ("De Nederlandse uitgaven aan onderwijs bedroegen in 2024 1,5% van het bbp.", "1,5%"),
])
def test_an_allys_adjective_on_other_spending_names_no_defence_share(facts, text, figure) -> None:
    # A1's adjectives in more languages need a defence word: research or schooling is not the
    # ally's defence share (the lead's review of A1's reading)
    row = row_for(checked(text, date(2024, 9, 1), facts), figure)
    assert row["status"] != "differs"
