"""Edges of the fourth round's readings found in review (issue 9): sentences written for the
tests in news style, each read right or left unmatched, never a false alarm."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 18)


def test_the_countrys_allies_are_not_the_country(facts) -> None:
    # "The country's NATO allies" own the share: the allies', never the ally named before
    for gap in (" ", "\n\n"):
        text = (f"Italy joined the statement.{gap}The country's NATO allies spent 2.71% of GDP "
                "on average in 2024.")
        row = row_for(checked(text, JUNE_2024, facts), "2.71%")
        assert row["entity"] != "Italy", text
        assert row["status"] != "differs", text


def test_the_country_is_not_the_ally_when_a_non_member_was_named_since(facts) -> None:
    text = ("Poland sent tanks to Ukraine.\n\nThe country has spent about 3% of its GDP a year "
            "defending itself.")
    assert row_for(checked(text, JUNE_2024, facts), "about 3%")["entity"] != "Poland"
    # control: with no non-member named, the one ally named before is still the country
    text = ("Estonia hosted the meeting in Tallinn.\n\nThe country now spends 3.4 percent of GDP "
            "on defence.")
    assert row_for(checked(text, JUNE_2024, facts), "3.4 percent")["entity"] == "Estonia"


AUGUST_2025 = date(2025, 8, 29)


def test_a_growth_rate_raised_to_is_no_level_of_spending(facts) -> None:
    text = "Germany's defence spending growth increased to 8% this year."
    assert row_for(checked(text, AUGUST_2025, facts), "8%")["metric"] != "ally_share_gdp"
    # control: the level spending itself rose to is the ally's share of GDP
    text = "Germany's defence spending increased to 2.4% this year."
    assert row_for(checked(text, AUGUST_2025, facts), "2.4%")["metric"] == "ally_share_gdp"


def test_a_hague_share_named_by_its_purpose_restates_the_guideline(facts) -> None:
    # nothing but the purpose after each value ("on core defence") says these are the guideline
    text = "The split is 3.5% on core defence and 1.5% on defence and security-related spending."
    table = checked(text, AUGUST_2025, facts)
    for figure in ("3.5%", "1.5%"):
        assert "guideline" in row_for(table, figure)["note"], figure


def test_an_edition_number_after_the_sources_year_is_no_year() -> None:
    from analysis.brief.exercise_dates import year_in_exercise_name
    text = "BALTOPS 50 brought together 40 ships."
    assert year_in_exercise_name("BALTOPS", text, text.index("40"), latest=2021) is None
    text = "BALTOPS 24 brought together 50 ships."
    assert year_in_exercise_name("BALTOPS", text, text.index("50"), latest=2024) == 2024


def test_a_plan_named_before_a_colon_heads_its_share(facts) -> None:
    for text in ("Poland's target for this year: 4.7 percent of GDP.",
                 "Poland's commitment: 4.7 percent of GDP this year."):
        row = row_for(checked(text, AUGUST_2025, facts), "4.7 percent")
        assert row["status"] == "unmatched", text
        assert "plan or goal" in row["note"], text
    # control: a heading that names no plan leaves the share compared
    text = "The figure for Poland this year: 4.48 percent of GDP."
    assert row_for(checked(text, AUGUST_2025, facts), "4.48 percent")["status"] in (
        "consistent", "superseded")
