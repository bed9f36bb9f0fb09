"""English readings of round 15 (issue 9), each on invented sentences in news style.

- "The average of all nations combined is 2.6 percent": all the allies' share of GDP together
  (NATO's total), not a count of nations at a level.
- "the military alliance of 31 countries" names the alliance by its size: its membership, also
  in a sentence about an exercise, not the allies taking part.
- "nine allies met the guideline, up from six in the previous year": the earlier figure is of
  the year before the one the sentence names (none named: no year), not before the source's date.
- "has risen to 18 from 11, though Canada is not among them": "though" opens another clause, so
  its "not" is no count below the guideline; the count a rise starts from is of an earlier year
  the sentence does not give, not of the year it names for the later count.
- "eleven of the allies invested 2% of their GDP": a bare number before "of the allies" counts
  allies.
- "120 aircraft from 20 nations, including 30 Polish jets": what follows "including" is a part
  of the exercise's count, not the country that owns it.
- "31 allied militaries" counts nations (here allies) as "31 allied nations" does.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.brief.exercise_contribution import part_of_exercise
from tests.brief.conftest import checked, row_for


def test_the_average_of_all_nations_is_the_total_share(facts) -> None:
    text = ("Eight allies still spend less than 2 percent of GDP on defence. The average of all "
            "nations combined is 2.71 percent, according to the alliance's June estimates.")
    row = row_for(checked(text, date(2024, 9, 1), facts), "2.71 percent")
    assert row["metric"] == "nato_total_defence_share_gdp"
    assert row["status"] in ("consistent", "superseded")
    other = "The average of 38 European countries is 2.0% of GDP, the IISS says."
    assert row_for(checked(other, date(2024, 9, 1), facts), "2.0%")["status"] == "unmatched"


def test_the_alliance_of_31_countries_is_its_membership_not_the_exercise(facts) -> None:
    text = ("NATO, the defence alliance of 31 countries, is holding Steadfast Defender, its "
            "largest exercise in decades, with about 90,000 troops.")
    row = row_for(checked(text, date(2024, 2, 1), facts), "31 countries")
    assert row["metric"] == "allies_total"
    assert row["status"] == "unmatched"


def test_the_previous_year_of_a_comparison_counts_from_the_sentence_not_the_date(facts) -> None:
    text = ("The alliance's new annual report showed that nine allies met the 2% guideline, up "
            "from six in the previous year.")
    row = row_for(checked(text, date(2024, 3, 20), facts), "six")
    assert pd.isna(row["year"])
    assert row["status"] == "unmatched"


def test_the_previous_year_of_a_comparison_is_before_the_year_named(facts) -> None:
    text = ("In 2022, seven allies met the 2% guideline, down from eight allies in the previous "
            "year.")
    row = row_for(checked(text, date(2024, 3, 20), facts), "eight allies")
    assert int(row["year"]) == 2021


def test_a_negation_after_though_is_another_clauses(facts) -> None:
    text = ("By 2024, the number of allies expected to reach the 2% goal has risen to 18 from "
            "11, though Portugal is not among them.")
    rows = checked(text, date(2024, 3, 1), facts)
    assert row_for(rows, "18")["metric"] == "allies_meeting_2pct_guideline"
    assert row_for(rows, "18")["status"] in ("consistent", "superseded")


def test_the_count_a_rise_starts_from_is_not_of_the_year_named(facts) -> None:
    text = "In 2024, the number of allies at the 2% guideline rose to 23 from 10, NATO said."
    row = row_for(checked(text, date(2024, 7, 1), facts), "10")
    assert pd.isna(row["year"]) or row["year"] < 2024  # the year before (round 18), agree-only
    assert row["status"] != "differs"


def test_a_bare_number_of_the_allies_counts_allies(facts) -> None:
    text = ("According to NATO figures, seven of the allies spent two percent of their GDP or "
            "more on defence in 2022.")
    row = row_for(checked(text, date(2024, 7, 1), facts), "seven")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_a_nation_in_an_including_aside_does_not_own_the_count() -> None:
    sentence = ("The drill will bring together 9,000 troops and 120 aircraft from 20 nations—"
                "including 30 Polish jets.")
    at = sentence.index("120 aircraft")
    assert part_of_exercise(sentence, at, "120 aircraft", None) == ""
    own = "Poland will send 30 Polish jets, including two tankers."
    assert part_of_exercise(own, own.index("30 Polish jets"), "30 Polish jets", None) != ""


def test_allied_militaries_are_counted_as_nations(facts) -> None:
    text = ("Steadfast Defender 2024 brings together some 90,000 troops from 31 allied militaries "
            "and Sweden, the alliance said.")
    row = row_for(checked(text, date(2024, 1, 30), facts), "31 allied militaries")
    assert row["metric"] == "exercise_participating_allies"
    assert row["status"] == "consistent"
