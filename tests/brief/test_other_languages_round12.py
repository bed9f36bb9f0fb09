"""The brief on news in other languages (issue 9, round 12): German's dative "aus 25 Ländern"
counts nations; the people an exercise gathers ("10 000 personer") are its personnel; a count
that gathers many nations ("från 25 länder", "from 25 countries") is the exercise's whole, not
the part of the ally that leads it. Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

EXERCISE_DAY = date(2023, 6, 12)


def _rows(text: str, published: date = EXERCISE_DAY):
    return check_figures(extract_figures(text, published), published, text=text)


def test_german_dative_counts_nations() -> None:
    """"aus 25 Ländern" (from 25 countries): the dative plural is the same noun."""
    text = "An der Luftwaffenübung Air Defender 23 nehmen Soldaten aus 25 Ländern teil."
    row = row_for(_rows(text), "25 Ländern")
    assert row["status"] == "consistent"
    assert row["metric"] == "exercise_participating_nations"


@pytest.mark.parametrize("text, figure", [
    ("Övningen Air Defender 23 leds av Tyskland och samlar 10 000 personer från 25 länder.",
     "10 000"),
    ("Air Defender 23 is led by Germany, and 10,000 people from 25 countries take part.",
     "10,000 people"),
])
def test_people_from_many_nations_are_the_exercise_whole(text: str, figure: str) -> None:
    """The ally leading the exercise, named before the count, owns no part of it: the count
    gathers 25 nations."""
    row = row_for(_rows(text), figure)
    assert row["metric"] == "exercise_personnel"
    assert row["status"] == "consistent"


def test_one_allys_people_stay_its_part() -> None:
    """Without the nations after it, the count after the ally is that ally's part."""
    text = "Övningen Air Defender 23 leds av Tyskland som skickar 2 000 personer."
    assert row_for(_rows(text), "2 000")["status"] == "unmatched"
