"""Readings of round 26 (issue 9): two year readings left by round 25, each with regression
tests on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for

AUGUST_2025 = date(2025, 8, 29)  # NATO, August 2025: Netherlands 2.49%, Belgium 2.00% in 2025


def _years(text: str, published: date) -> dict[str, int]:
    return dict(extract_figures(text, published)[["text", "year"]].values.tolist())


@pytest.mark.parametrize("text, this_year, next_year", [
    ("Die Niederlande wenden dieses Jahr 2,49 Prozent auf und nächstes Jahr 3,2 Prozent.",
     "2,49 Prozent", "3,2 Prozent"),
    ("Belgien gibt dieses Jahr 2,0 Prozent aus und nächstes Jahr 2,6 Prozent.",
     "2,0 Prozent", "2,6 Prozent"),
    ("Belgien stockt dieses Jahr um 1,5 Milliarden Euro auf und nächstes Jahr um 2,5 "
     "Milliarden Euro.", "1,5 Milliarden Euro", "2,5 Milliarden Euro"),
])
def test_a_german_verb_particle_before_und_ends_the_figures_conjunct(
        text, this_year, next_year) -> None:
    # "aus", "auf" close the separable verb of the first conjunct: "nächstes Jahr" after "und"
    # is the next conjunct's time, not the first figure's
    years = _years(text, AUGUST_2025)
    assert years[this_year] == 2025 and years[next_year] == 2026


@pytest.mark.parametrize("text, outside, inside", [
    ("Share of GDP for defence, 2025 (2024 figures in parentheses): Netherlands 2.49% "
     "(2.00%), Portugal 2.0% (1.58%), Slovenia 2.02% (1.37%).",
     ["2.49%", "2.0%", "2.02%"], ["2.00%", "1.58%", "1.37%"]),
    ("Verteidigungsausgaben 2025 in Prozent des BIP (2024 in Klammern): Niederlande 2,49 "
     "(2,00), Portugal 2,0 (1,58), Slowenien 2,02 (1,37).",
     ["2,49", "2,0", "2,02"], ["2,00", "1,58", "1,37"]),
    ("Dépenses de défense en 2025, en % du PIB (2024 entre parenthèses) : Pays-Bas 2,49 % "
     "(2,00 %), Portugal 2,0 % (1,58 %), Slovénie 2,02 % (1,37 %).",
     ["2,49 %", "2,0 %", "2,02 %"], ["2,00 %", "1,58 %", "1,37 %"]),
])
def test_a_year_a_heading_keys_to_its_parentheses_dates_only_the_figures_in_them(
        text, outside, inside, facts) -> None:
    # NATO, August 2025: Netherlands 2.00% in 2024, 2.49% in 2025; Portugal 1.58%, 2.00%;
    # Slovenia 1.37%, 2.02%. The nearer 2024 is the parentheses' year only.
    table = checked(text, AUGUST_2025, facts)
    assert [row_for(table, figure)["year"] for figure in outside] == [2025] * 3
    assert [row_for(table, figure)["year"] for figure in inside] == [2024] * 3
    assert "differs" not in set(table["status"]), table[["figure", "year", "status"]]


def test_a_year_in_parentheses_that_keys_nothing_still_dates_as_before() -> None:
    text = "Portugal spent 1.58% of GDP on defence (2024), and 2.0% this year."
    years = _years(text, AUGUST_2025)
    assert years["1.58%"] == 2024 and years["2.0%"] == 2025


def test_a_lists_heading_keys_its_year_to_the_items_parentheses(facts) -> None:
    text = ("Defence budgets as a share of GDP in 2025 (2024 figures in brackets):\n"
            "Netherlands 2.49% (2.00%)\nPortugal 2.0% (1.58%)\nSlovenia 2.02% (1.37%)\n\n"
            "The alliance meets again in the spring.")
    table = checked(text, AUGUST_2025, facts)
    assert [row_for(table, figure)["year"] for figure in ("2.49%", "2.0%", "2.02%")] == [2025] * 3
    assert [row_for(table, figure)["year"] for figure in ("2.00%", "1.58%", "1.37%")] == [2024] * 3
    assert "differs" not in set(table["status"]), table[["figure", "year", "status"]]
