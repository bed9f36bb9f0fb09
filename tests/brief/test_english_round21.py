"""English readings added in round 21 (brief E21): the forms left missed on every spent set. Each
sentence is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for, value_of

AUTUMN_2024 = date(2024, 9, 10)  # NATO's estimates of 17 Jun 2024 out, 2023's still quoted
SPRING_2023 = date(2023, 3, 22)  # no bundled release counts 2022 yet (first: April 2024)


# --- an undated figure of the year before NATO's latest ----------------------------------------

def test_an_undated_share_of_the_year_before_the_latest_agrees(facts) -> None:
    # September 2024: the last full year's share, though June's 2024 estimate is out
    last_year = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Canada")
    latest = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Canada")
    assert round(last_year, 2) != round(latest, 2)
    text = f"Canada spent {last_year:.2f}% of its GDP on defence, short of the goal."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{last_year:.2f}%")
    assert row["status"] in ("consistent", "superseded") and row["year"] == 2023


def test_an_undated_share_agreeing_with_neither_year_is_not_compared(facts) -> None:
    # the year before is read only to agree: a figure off both years stays unmatched
    last_year = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Canada")
    latest = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Canada")
    figure = min(last_year, latest) - 0.15
    text = f"Canada spent {figure:.2f}% of its GDP on defence, short of the goal."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{figure:.2f}%")
    assert row["status"] == "unmatched"


def test_an_undated_share_of_the_latest_year_stays_the_latest(facts) -> None:
    latest = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Canada")
    text = f"Canada currently spends {latest:.2f}% of its GDP on defence, short of the goal."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{latest:.2f}%")
    assert row["status"] in ("consistent", "superseded") and row["year"] == 2024


# --- an undated count of allies when no bundled release counts a recent year -------------------

def test_an_undated_count_is_the_last_full_years_first_bundled(facts) -> None:
    # March 2023: NATO's annual report counted 2022, a count only a later release bundles
    count = int(value_of(facts, "allies_meeting_2pct_guideline", 2022, "NATO 2024-06"))
    text = (f"Only {count} of the 30 member states currently meet the 2% target, the "
            "alliance's chief told reporters.")
    row = row_for(checked(text, SPRING_2023, facts), str(count))
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] == "consistent" and row["year"] == 2022


def test_an_undated_count_off_the_last_full_year_never_differs(facts) -> None:
    count = int(value_of(facts, "allies_meeting_2pct_guideline", 2022, "NATO 2024-06"))
    text = (f"Only {count + 3} of the 30 member states currently meet the 2% target, the "
            "alliance's chief told reporters.")
    row = row_for(checked(text, SPRING_2023, facts), str(count + 3))
    assert row["status"] == "unmatched"


def test_a_share_of_the_current_year_is_never_the_year_before(facts) -> None:
    # "for the current year" names the source's own year, in words no year reading takes
    last_year = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Canada")
    text = (f"Canada's defence spending for the current year is estimated at {last_year:.2f}% "
            "of its GDP.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{last_year:.2f}%")
    assert row["status"] == "unmatched"


def test_two_years_back_is_no_longer_now(facts) -> None:
    # May 2025: NATO's latest year is 2024, the last full year; 2023's share is not "currently"
    before_last = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Canada")
    text = f"Canada spent {before_last:.2f}% of its GDP on defence, short of the goal."
    row = row_for(checked(text, date(2025, 5, 20), facts), f"{before_last:.2f}%")
    assert row["status"] == "unmatched"


def test_a_share_said_of_now_is_never_the_last_full_year(facts) -> None:
    # "currently" is NATO's latest estimate, the source's own year, as a reader takes it
    last_year = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Canada")
    text = f"Canada currently spends {last_year:.2f}% of its GDP on defence, short of the goal."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{last_year:.2f}%")
    assert row["status"] == "unmatched"


def test_the_count_restated_with_the_definite_article_is_not_read_again(facts) -> None:
    count = int(value_of(facts, "allies_meeting_2pct_guideline", 2022, "NATO 2024-06"))
    text = (f"Only {count} of the 30 allies meet the 2% target, the report found. The {count} "
            "countries that meet it are mostly on the eastern flank.")
    rows = checked(text, SPRING_2023, facts)
    restated = rows[rows["quote"].str.startswith("The ")]
    assert len(restated) == 1 and restated.iloc[0]["status"] == "unmatched"


def test_a_share_in_the_present_tense_is_never_the_last_full_year(facts) -> None:
    # "spends" is now, NATO's latest estimate; only the past tense tells a year that is over
    last_year = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Canada")
    text = f"Canada spends {last_year:.2f}% of its GDP on defence, short of the goal."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{last_year:.2f}%")
    assert row["status"] == "unmatched"
