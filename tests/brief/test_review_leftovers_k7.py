"""The last review's leftovers (helper K7): readings made general or written once. Each sentence
is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for, value_of

SUMMER_2024 = date(2024, 6, 20)  # NATO's figures of 17 June 2024 out


def metric_read(text: str, figure: str) -> str:
    figures = extract_figures(text, SUMMER_2024)
    rows = figures[figures["text"] == figure]
    assert len(rows) == 1, f"{figure!r} not once in {figures['text'].tolist()}"
    return str(rows["metric"].iloc[0])


# --- a named share's level after a change verb and "to" is a share of GDP, not growth ------------

@pytest.mark.parametrize("template", [
    "Estonia's defence share climbed to {share} in 2023.",
    "Estonia boosted military outlays again, and its share of GDP climbed to {share} in 2023.",
])
def test_a_share_changed_to_a_level_is_the_share_of_that_year(facts, template) -> None:
    share = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Estonia")
    figure = f"{share:.2f}%"
    row = row_for(checked(template.format(share=figure), SUMMER_2024, facts), figure)
    assert row["metric"] == "ally_share_gdp"
    assert row["entity"] == "Estonia"
    assert row["status"] in ("consistent", "superseded")  # (NATO revised it later)


@pytest.mark.parametrize("text", [
    "Slovakia's military share has climbed to 2.1% this year.",
    "Slovakia lifted its military spending, and its share of GDP rose to 2.1% in 2023.",
])
def test_the_extractor_reads_a_share_changed_to_a_level_as_a_share_of_gdp(text) -> None:
    assert metric_read(text, "2.1%") == "defence_spending_share_gdp"


@pytest.mark.parametrize("text, figure", [
    ("Slovakia's defence spending rose 6.3% in 2023.", "6.3%"),
    ("Slovakia's defence share rose by 1.4% in 2023.", "1.4%"),
])
def test_a_rise_by_or_without_a_named_share_stays_growth(text, figure) -> None:
    assert metric_read(text, figure) == "defence_spending_change"


@pytest.mark.parametrize("text, figure", [
    ("Slovakia's tourism share fell to 2.6% in 2023.", "2.6%"),
    # a sector's share of GDP beside defence
    ("Slovakia's defence outlays grew while its farming's share of GDP fell to 2.6% in 2023.",
     "2.6%"),
])
def test_a_share_of_another_thing_changed_to_a_level_is_no_defence_share(text, figure) -> None:
    assert metric_read(text, figure) not in ("defence_spending_share_gdp", "ally_share_gdp")
