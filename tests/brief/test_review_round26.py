"""Readings of round 26 (issue 9): two year readings left by round 25, each with regression
tests on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.extractor import extract_figures

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
