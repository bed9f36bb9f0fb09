"""An ally an "excluding" word leaves out of a figure is never its owner, in any language the
brief reads (issue 9): "Neskaitot ASV, NATO valstis ... vidēji 1,8% no IKP" (Latvian, "Not
counting the US, NATO countries ... on average 1.8% of GDP") was read as the US's 3.49%.
Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.ally_names import find_ally
from analysis.brief.owner import without_allies_left_out
from tests.brief.conftest import checked, row_for


@pytest.mark.parametrize(("text", "figure"), [
    ("Excluding the US, NATO countries will spend on average 1.8% of GDP on defence.", "1.8%"),
    ("Neskaitot ASV, NATO valstis 2023.gadā aizsardzībai tērēs vidēji 1,8% no IKP.", "1,8%"),
    ("Ohne die USA geben die NATO-Staaten 2023 durchschnittlich 1,8% des BIP aus.", "1,8%"),
])
def test_an_ally_left_out_is_not_the_owner(facts, text, figure) -> None:
    row = row_for(checked(text, date(2024, 1, 15), facts), figure)
    assert row["entity"] != "United States"
    assert row["status"] != "differs"


def test_only_the_ally_after_the_word_is_left_out() -> None:
    sentence, left_out = without_allies_left_out(
        "Sin Estados Unidos, España gasta el 1,3% del PIB.", find_ally)
    assert left_out == {"United States"}
    assert find_ally(sentence) == "Spain"
    assert without_allies_left_out("Poland spends 4% of GDP.", find_ally)[1] == set()


def test_an_idiom_of_the_same_word_leaves_no_ally_out() -> None:
    # Spanish "sin embargo" is "however", not "without": the ally after it owns the figure.
    sentence = "Sin embargo, Estados Unidos gasta el 3,4% del PIB."
    assert without_allies_left_out(sentence, find_ally) == (sentence, set())
