"""The year a figure refers to and the metric it measures, read from the words that govern it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from analysis.data.sources import load_source
from analysis.extract.extractor import extract_figures

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"
JUNE_2024 = dt.date(2024, 6, 17)


def _years(sentence: str, published: dt.date | None = JUNE_2024) -> dict[str, int | None]:
    frame = extract_figures(sentence, published)
    return {row.text: (None if pd.isna(row.year) else int(row.year))
            for row in frame.itertuples() if row.kind != "year"}


def _metrics(sentence: str) -> dict[str, str | None]:
    frame = extract_figures(sentence)
    return {row.text: (None if pd.isna(row.metric) else row.metric)
            for row in frame.itertuples() if row.kind != "year"}


# --- year: the nearest governing time expression of the figure's clause ---------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "when" after a time expression opens a clause that happened at that time.
        ("This year 23 allies meet the target, a marked advance from 2014 when only 5 allies "
         "met the target.", {"23 allies": 2024, "5 allies": 2014}),
        ("Allies now spend $1.3 trillion, compared with 2014, when they spent $900 billion.",
         {"$1.3 trillion": None, "$900 billion": 2014}),
        ("The alliance had 28 members last year when 12 allies reached the guideline.",
         {"28 members": 2023, "12 allies": 2023}),
        # Each clause keeps its own time expression.
        ("Last year 11 allies met the guideline; by 2025 another 12 allies will join them.",
         {"11 allies": 2023, "12 allies": 2025}),
        ("In 2023, allies spent $1.2 trillion, and 11 of them met the guideline.",
         {"$1.2 trillion": 2023, "11": 2023}),
        ("By 2025, 25 allies will meet the guideline.", {"25 allies": 2025}),
        # A comparison's year belongs to the compared figure only.
        ("Poland spends 4.1% of GDP, up from 2.2% in 2022.", {"4.1%": None, "2.2%": 2022}),
        ("Spending hit $470 billion, up from $420 billion a year earlier.",
         {"$470 billion": None, "$420 billion": 2023}),
        ("Allies spent $1.3 trillion in 2023, up 11% from 2022.",
         {"$1.3 trillion": 2023, "11%": 2023}),
        ("The UK will spend 2.5% of GDP by 2027, up from 2.3% now.", {"2.5%": 2027, "2.3%": None}),
        ("This year 23 allies meet the target, compared with 11 allies.",
         {"23 allies": 2024, "11 allies": None}),
        ("In 2023, allies spent more than $1.2 trillion, while Russia spent $109 billion.",
         {"more than $1.2 trillion": 2023, "$109 billion": 2023}),
        ("Defence spending rose 11% in 2023 and 18% this year.", {"11%": 2023, "18%": 2024}),
        ("Allies will raise spending by 18 percent in 2024, officials said, with the total "
         "reaching some $470 billion.", {"18 percent": 2024, "some $470 billion": 2024}),
        # A deadline in another clause is not the year of the figure.
        ("Eight allies remain below the target, and about a third of them are not expected to "
         "reach it before 2027.", {"Eight allies": None, "about a third": None}),
        ("Allies must reach 2% of GDP before 2030, but only 10 allies have done so.",
         {"2%": 2030, "10 allies": None}),
        ("Canada spends about 1.3% of GDP and will not reach 2% of GDP until 2032.",
         {"about 1.3%": None, "2%": 2032}),
        ("Spain spends 1.3% of GDP and will reach the target by 2029 at the earliest.",
         {"1.3%": None}),
        ("Next year 20 ships will sail, while in 2023 only 12 ships did.",
         {"20 ships": 2025, "12 ships": 2023}),
    ],
)
def test_year_from_the_governing_time_expression(sentence: str, expected: dict):
    years = _years(sentence)
    assert {text: years.get(text, "missing") for text in expected} == expected


def test_a_share_of_them_takes_the_year_of_what_it_counts():
    years = _years("Last year 30 allies met, and after 2019 about half of them raised budgets.")
    assert years["30 allies"] == 2023
    # "after 2019" is a baseline of the clause, not its year; "of them" points back.
    assert years["about half"] == 2023


def test_wire_article_years():
    source = load_source(FIXTURES / "wire-spending-2024-06.txt")
    frame = extract_figures(source.text, source.published).set_index("text")
    year = frame["year"]
    assert pd.isna(year["Eight allies"]) and pd.isna(year["about a third"])
    assert year["three allies"] == 2014
    assert year["23 NATO countries"] == 2024 and year["11"] == 2023
    assert year["2.53 percent"] == 2023 and year["2.71 percent"] == 2024


# --- metric: the guideline, a country's actual share, the alliance's size -------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A record 23 NATO countries out of 32 are expected to hit the 2 percent target.",
         {"23 NATO countries": "allies_meeting_2pct_guideline", "32": "alliance_members"}),
        ("Only 11 of the 32 allies met the guideline in 2023.",
         {"11": "allies_meeting_2pct_guideline", "32 allies": "alliance_members"}),
        ("23 of 32 allies met the 2% target.",
         {"23": "allies_meeting_2pct_guideline", "32 allies": "alliance_members"}),
        ("Eight of the alliance's 32 members still miss the target.",
         {"32 members": "alliance_members"}),
        ("Eight allies remain below the target.", {"Eight allies": "allies_below_2pct_guideline"}),
        ("Five allies fall short of the 2% guideline.",
         {"Five allies": "allies_below_2pct_guideline"}),
        # "it" is the target named earlier in the sentence, beyond the figure's clause.
        ("The 2% guideline was agreed by defence ministers in 2006 after long talks; in 2014 "
         "just 7 allies met it.", {"7 allies": "allies_meeting_2pct_guideline"}),
        ("Twelve allies met in Brussels.", {"Twelve allies": "allies_count"}),
        ("Twelve allies signed it.", {"Twelve allies": "allies_count"}),
    ],
)
def test_counts_of_allies(sentence: str, expected: dict):
    metrics = _metrics(sentence)
    assert {text: metrics.get(text, "missing") for text in expected} == expected


def test_it_finds_the_target_in_the_previous_sentence():
    from analysis.extract.context import sentence_cues
    from analysis.extract.metric import classify_metric

    sentence = "In 2014 just 7 allies met it."
    cues = sentence_cues(sentence)
    args = ("allies", "count", cues, sentence, "7 allies", 7.0, "In 2014 just ", " met it.")
    assert classify_metric(*args) == "allies_count"
    assert classify_metric(*args, previous_sentence="Allies pledged to spend 2% of GDP.") == \
        "allies_meeting_2pct_guideline"
    assert classify_metric(*args, previous_sentence="Ministers met in Brussels.") == \
        "allies_count"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A country's actual share: attached to the ally, "spends", "reached", "at", "with".
        ("Poland already spends 4.12% of GDP, more than double the 2% guideline.",
         {"4.12%": "defence_spending_share_gdp", "2%": "guideline_share_gdp"}),
        ("Poland has reached 3% of GDP, above the NATO target.",
         {"3%": "defence_spending_share_gdp"}),
        ("Lithuania met the target with 3.5% of GDP last year.",
         {"3.5%": "defence_spending_share_gdp"}),
        ("Poland's 4.12% of GDP is the highest in the alliance, well over the 2% target.",
         {"4.12%": "defence_spending_share_gdp", "2%": "guideline_share_gdp"}),
        ("Greece, at 3% of GDP, is comfortably above the NATO guideline.",
         {"3%": "defence_spending_share_gdp"}),
        # The guideline itself: the target, or spending a share of GDP as an agreed goal.
        ("Allies agreed to spend 2% of GDP on defence by 2024.", {"2%": "guideline_share_gdp"}),
        ("In 2014 allies pledged to spend at least 2% of GDP within a decade.",
         {"at least 2%": "guideline_share_gdp"}),
        ("Leaders committed to invest 3.5% of GDP in core defence.",
         {"3.5%": "guideline_share_gdp"}),
        ("Germany reached the two-percent mark for the first time.",
         {"two-percent": "guideline_share_gdp"}),
        ("Canada will not reach 2% of GDP until 2032.", {"2%": "guideline_share_gdp"}),
        # A forecast of actual spending is not a goal.
        ("NATO members are expected to spend 2.71 percent of their GDP on defence.",
         {"2.71 percent": "defence_spending_share_gdp"}),
    ],
)
def test_share_of_gdp_is_the_guideline_only_when_it_is_the_target(sentence: str,
                                                                   expected: dict):
    metrics = _metrics(sentence)
    assert {text: metrics.get(text, "missing") for text in expected} == expected


def test_wire_article_metrics():
    source = load_source(FIXTURES / "wire-spending-2024-06.txt")
    frame = extract_figures(source.text, source.published)
    metric = dict(zip(frame["text"], frame["metric"], strict=True))
    assert metric["32"] == "alliance_members"
    assert metric["4.12%"] == metric["3.43%"] == "defence_spending_share_gdp"
    assert metric["2 percent"] == metric["two-percent"] == "guideline_share_gdp"
    assert metric["Eight allies"] == "allies_below_2pct_guideline"
    assert metric["three allies"] == "allies_meeting_2pct_guideline"


# --- entity: allies by any spelling of analysis.data.allies ---------------------------------------

@pytest.mark.parametrize(
    ("sentence", "entity"),
    [
        ("Britain spends 2.3% of GDP on defence.", "United Kingdom"),
        ("The U.S. spent $916 billion on defence.", "United States"),
        ("The Czech Republic spends 2.1% of GDP.", "Czechia"),
        ("The Pentagon asked for $850 billion.", "United States"),
        ("Macedonia spent 1.9% of GDP in 2024.", "North Macedonia"),
    ],
)
def test_ally_named_by_another_spelling(sentence: str, entity: str):
    frame = extract_figures(sentence)
    assert frame.loc[frame["kind"] != "year", "entity"].tolist() == [entity]


def test_every_ally_is_recognised_by_its_nato_spelling():
    from analysis.data.allies import ALLIES

    for ally in ALLIES:
        frame = extract_figures(f"{ally} spends 2.5% of GDP on defence.")
        assert frame["entity"].tolist() == [ally], ally


def test_allies_meeting_a_target_named_in_the_previous_sentence() -> None:
    text = ("Allies agreed to spend 2% of GDP on defence. In 2014 just 7 allies met it, "
            "while 24 allies did not.")
    frame = extract_figures(text, dt.date(2024, 2, 15))
    row = frame[frame["text"] == "7 allies"].iloc[0]
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["year"] == 2014
