"""English readings of round 13 (issue 9), each on invented sentences in news style.

- An ally's share stated as what it spends "now", in the source's own year that NATO published
  only later, is compared with the first release that gives that year, only to agree.
- "2% of their combined GDP" is the group the sentence before names ("NATO Allies in Europe"),
  when the figure's own sentence names none; "Allies in Europe" names the European allies.
- A bare number compared with in another year ("most allies ..., compared with just three in
  2014") counts the allies its sentence named.
- "The Polish army now exceeds 200,000 soldiers" sizes the ally's armed forces, the verb being
  the figure's hedge.
- A change "compared to the previous year" is of the year its sentence names before it ("In
  2024, ... by 17.9 percent compared to the previous year"), the previous year being its base.
"""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief import aggregates
from analysis.brief.figure_year import share_of_the_sources_day
from tests.brief.conftest import checked, row_for


def test_a_share_spent_now_agrees_with_the_first_release_of_its_year(facts) -> None:
    text = "Norway now spends at least 2 percent of its GDP on its armed forces."
    row = row_for(checked(text, date(2024, 3, 2), facts), "at least 2 percent")
    assert row["status"] == "consistent"
    assert int(row["year"]) == 2024
    assert row["reference_release"] == "NATO 2024-06"


def test_a_share_spent_now_that_differs_from_the_later_release_is_not_compared(facts) -> None:
    # Norway's 2024 share, first bundled in June 2024, is 2.2: a reader cannot fault a figure
    # NATO had not yet estimated
    text = "Norway now spends 4% of its GDP on its armed forces."
    row = row_for(checked(text, date(2024, 3, 2), facts), "4%")
    assert row["status"] == "unmatched"


def test_a_plan_or_a_forecast_is_no_share_of_now() -> None:
    text = "Norway is expected to spend 2% of its GDP on defence this year."
    assert not share_of_the_sources_day("ally_share_gdp", 2024, text, text.index("2%"),
                                        date(2024, 3, 2))
    text = "Norway now spends 2% of its GDP on defence."
    assert share_of_the_sources_day("ally_share_gdp", 2024, text, text.index("2%"),
                                    date(2024, 3, 2))


@pytest.mark.parametrize(("name", "sentences", "figure"),
                         [(name, text, figure)
                          for name, _, text, figure in aggregates.GROUPS_REFERRED_BACK])
def test_their_combined_gdp_is_the_group_of_the_sentence_before(name, sentences, figure) -> None:
    previous, sentence = sentences.split(". ", 1)
    rule = next(rule for rule in aggregates.AGGREGATE_RULES if rule.name == name)
    found = aggregates.aggregate_subject("percent_gdp", float(figure.rstrip("%")), sentence,
                                         sentence.index(figure), figure, previous + ".")
    assert found is not None and found[:2] == (rule.key, rule.entity)


def test_their_combined_gdp_after_european_allies_agrees_with_nato(facts) -> None:
    text = ("In 2024, NATO members in Europe are set to spend $380 billion on defence. For the "
            "first time, that is 2% of their combined GDP.")
    row = row_for(checked(text, date(2024, 3, 1), facts), "2%")
    assert row["status"] == "consistent"
    assert row["metric"] == "nato_europe_defence_share_gdp"


def test_a_group_named_in_the_figures_own_sentence_is_not_replaced() -> None:
    previous = "European allies will spend $380 billion this year."
    sentence = "All allies together reach 2.7% of their combined GDP."
    assert aggregates.aggregate_subject("percent_gdp", 2.7, sentence, sentence.index("2.7%"),
                                        "2.7%", previous) is None


def test_a_bare_count_compared_with_in_another_year_counts_the_same_allies(facts) -> None:
    text = ("This year, most allies will spend 2% of their GDP on defence, compared with just "
            "three in 2014, the alliance said.")
    row = row_for(checked(text, date(2024, 3, 1), facts), "three")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] == "consistent"


def test_a_bare_count_reached_in_another_year_is_left_alone(facts) -> None:
    # no comparison: the count moved to, which news tells as history
    text = ("By 2020, nine NATO members had met the goal, though that fell to six the next "
            "year before rebounding to seven in 2022.")
    assert row_for(checked(text, date(2024, 3, 1), facts), "seven")["status"] == "unmatched"


def test_an_army_named_by_its_adjective_that_now_exceeds_a_size_is_the_allys(facts) -> None:
    text = "The minister said that the Polish army now exceeds 200,000 soldiers."
    row = row_for(checked(text, date(2024, 7, 1), facts), "exceeds 200,000 soldiers")
    assert row["metric"] == "ally_personnel" and row["entity"] == "Poland"
    assert row["status"] == "consistent"


def test_a_change_on_the_previous_year_is_of_the_year_its_sentence_names(facts) -> None:
    text = ("In 2024, European allies and Canada will raise their defence spending by 18 percent "
            "compared with the previous year, the alliance said.")
    row = row_for(checked(text, date(2024, 7, 1), facts), "18 percent")
    assert int(row["year"]) == 2024
    assert row["status"] in ("consistent", "superseded")
