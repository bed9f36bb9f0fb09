"""An exercise's counts written in Greek (issue 9): thousands grouped by a dot before a Greek
word, and the Greek nouns for soldiers, aircraft and countries."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for

# Kathimerini, June 2023 ("NATO's Air Defender 23 exercise starts next week in Germany ...").
SENTENCE = ("Η νατοϊκή άσκηση Air Defender 23 ξεκινά την επόμενη εβδομάδα στη Γερμανία και σε "
            "αυτήν πρόκειται να πάρουν μέρος {troops} στρατιώτες και 250 αεροσκάφη από συνολικά "
            "25 χώρες.")


def test_a_dot_groups_thousands_before_a_greek_word() -> None:
    frame = extract_figures(SENTENCE.format(troops="10.000"))
    troops = frame[frame["text"].str.startswith("10.000")]
    assert len(troops) == 1 and troops.iloc[0]["value"] == pytest.approx(10000)


@pytest.mark.parametrize("figure", ["10.000 στρατιώτες", "25 χώρες"])
def test_greek_counts_are_the_exercise_s(facts, figure) -> None:
    row = row_for(checked(SENTENCE.format(troops="10.000"), date(2023, 6, 8), facts), figure)
    assert row["entity"] == "Air Defender" and row["status"] == "consistent"


def test_greek_aircraft_are_the_exercise_s(facts) -> None:
    table = checked(SENTENCE.format(troops="10.000"), date(2023, 6, 8), facts)
    row = table[table["figure"].str.startswith("250")].iloc[0]
    assert row["entity"] == "Air Defender" and row["status"] == "consistent"


def test_a_wrong_greek_count_is_not_consistent(facts) -> None:
    row = row_for(checked(SENTENCE.format(troops="40.000"), date(2023, 6, 8), facts),
                  "40.000 στρατιώτες")
    assert row["status"] != "consistent"
