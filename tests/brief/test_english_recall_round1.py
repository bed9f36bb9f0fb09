"""English forms of NATO's published figures the brief did not read (recall round 1, issue 9).
Each sentence is invented in a form news uses; NATO's values are read from the bundled facts."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 20)  # NATO's estimates of 17 June 2024
SEPTEMBER_2025 = date(2025, 9, 2)  # NATO's estimates of 28 August 2025


def nato_value(facts: pd.DataFrame, key: str, year: int, release: str, entity: str = "") -> float:
    """NATO's bundled value of ``key`` for ``entity`` and ``year`` in ``release``."""
    rows = facts[(facts["key"] == key) & (facts["entity"].fillna("") == entity)
                 & (facts["release"] == release)
                 & (facts["year"].astype(str).str[:4] == str(year))]
    assert not rows.empty, (key, entity, year, release)
    return float(rows["value"].iloc[0])


def test_a_growth_on_last_year_is_of_the_year_named_before_it(facts) -> None:
    # "up 15.9% on last year": 2025's growth over 2024, never 2024's (19.4% in April 2025)
    growth = nato_value(facts, "europe_canada_defence_spending_change", 2025, "NATO 2025-08",
                        "Europe and Canada")
    text = (f"European allies and Canada will spend more on defence in 2025, up {growth:.1f}% "
            "on last year.")
    row = row_for(checked(text, SEPTEMBER_2025, facts), f"{growth:.1f}%")
    assert row["status"] == "consistent" and int(row["year"]) == 2025
    undated = checked(f"Spending by European allies and Canada rose {growth:.1f}% over last "
                      "year, NATO said.", SEPTEMBER_2025, facts)
    assert int(row_for(undated, f"{growth:.1f}%")["year"]) == 2025


def test_the_united_states_share_named_with_a_bare_apostrophe(facts) -> None:
    # "The United States' share of ...": the plural possessive names the US share as "US's" does
    share = nato_value(facts, "us_share_of_nato_defence_expenditure", 2025, "NATO 2025-08")
    text = (f"The United States' share of total allied defence spending fell to {share:.0f}% in "
            "2025.")
    row = row_for(checked(text, SEPTEMBER_2025, facts), f"{share:.0f}%")
    assert row["metric"] == "us_share_of_nato_defence_expenditure"
    assert row["status"] == "consistent"


def test_a_share_set_to_reach_or_rising_to_as_nato_says_is_its_estimate(facts) -> None:
    # "is set to reach ..., NATO said", "will rise to ..., NATO estimates": the current year's
    # estimate, compared to agree; with no NATO word it may be the government's plan; a plan
    # named with it ("plans to reach") stays a plan
    germany = nato_value(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Germany")
    canada = nato_value(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Canada")
    set_to = f"Germany's defence spending is set to reach {germany:.1f}pc of GDP this year"
    by_nato = checked(f"{set_to}, NATO said.", JUNE_2024, facts)
    assert row_for(by_nato, f"{germany:.1f}pc")["status"] in ("consistent", "superseded")
    alone = checked(f"{set_to}.", JUNE_2024, facts)
    assert row_for(alone, f"{germany:.1f}pc")["status"] == "unmatched"
    rising = checked(f"Canada's defence spending will rise to {canada:.2f}% of GDP this year, "
                     "NATO estimates.", JUNE_2024, facts)
    assert row_for(rising, f"{canada:.2f}%")["status"] in ("consistent", "superseded")
    plan = checked(f"Canada plans to reach {canada:.2f}% of GDP this year, NATO said.",
                   JUNE_2024, facts)
    assert row_for(plan, f"{canada:.2f}%")["status"] == "unmatched"


def test_a_ranking_after_a_sentence_on_shares_of_gdp_ranks_by_that_share(facts) -> None:
    # the percentages of "Poland leads with ..., followed by Estonia (...)" are of GDP when the
    # sentence before speaks of defence spending as a share of GDP; not after any other sentence
    poland = nato_value(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Poland")
    estonia = nato_value(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Estonia")
    ranking = f"Poland leads with {poland:.2f}%, followed by Estonia ({estonia:.2f}%)."
    table = checked("NATO released its estimates of defence spending as a share of GDP. "
                    + ranking, JUNE_2024, facts)
    for share in (f"{poland:.2f}%", f"{estonia:.2f}%"):
        assert row_for(table, share)["metric"] == "ally_share_gdp"
        assert row_for(table, share)["status"] in ("consistent", "superseded")
    other = checked("Polls closed early in Poland and Estonia. " + ranking, JUNE_2024, facts)
    assert all(metric != "ally_share_gdp" for metric in other["metric"])
    canada = nato_value(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Canada")
    apposed = checked("Each ally's military spending is measured against the size of its economy. "
                      f"Canada, at {canada:.2f}%, remains among the laggards.", JUNE_2024, facts)
    assert row_for(apposed, f"{canada:.2f}%")["metric"] == "ally_share_gdp"
    opening = checked("NATO's estimates give each ally's defence spending relative to its economy. "
                      f"At {poland:.2f}%, Poland spends the most.", JUNE_2024, facts)
    assert row_for(opening, f"{poland:.2f}%")["metric"] == "ally_share_gdp"


def test_warplanes_are_the_exercise_aircraft(facts) -> None:
    aircraft = nato_value(facts, "exercise_aircraft", 2023, "n/a (exercise)", "Air Defender")
    text = f"Air Defender 2023 involves around {aircraft:.0f} warplanes from across the alliance."
    row = row_for(checked(text, date(2023, 6, 12), facts), f"around {aircraft:.0f} warplanes")
    assert row["metric"] == "exercise_aircraft" and row["status"] == "consistent"


def test_the_start_of_a_rise_named_last_year_is_of_last_year(facts) -> None:
    # "rose from 10 last year to 23 this year": "last year" right after the 10 is its own year
    before = nato_value(facts, "allies_meeting_2pct_guideline", 2023, "NATO 2024-06")
    after = nato_value(facts, "allies_meeting_2pct_guideline", 2024, "NATO 2024-06")
    text = (f"The number of allies meeting the target rose from {before:.0f} last year to "
            f"{after:.0f} this year.")
    row = row_for(checked(text, JUNE_2024, facts), f"{before:.0f}")
    assert int(row["year"]) == 2023 and row["status"] == "consistent"


def test_a_count_of_all_allies_spending_a_share_of_their_combined_gdp_is_their_aggregate(
        facts) -> None:
    # "Nato's 32 members will spend 2.71% of their combined GDP": no level 32 allies reach
    total = nato_value(facts, "nato_total_defence_share_gdp", 2024, "NATO 2024-06")
    text = f"Nato's 32 members will spend {total:.2f}% of their combined GDP on defence."
    row = row_for(checked(text, JUNE_2024, facts), f"{total:.2f}%")
    assert row["metric"] == "nato_total_defence_share_gdp"
    assert row["status"] in ("consistent", "superseded")
    level = checked("Five allies will spend more than 3% of their GDP on defence.", JUNE_2024,
                    facts)
    assert row_for(level, "more than 3%")["status"] == "unmatched"


def test_a_level_before_a_rise_on_last_year_is_of_the_sources_year(facts) -> None:
    # "$559bn, up 15.9% on last year": last year is the base of the rise; the $559bn is 2025's
    # (compared as 2024's, 507bn, it was a false alarm)
    spending = nato_value(facts, "europe_canada_defence_spending", 2025, "NATO 2025-08",
                          "Europe and Canada") / 1e9
    growth = nato_value(facts, "europe_canada_defence_spending_change", 2025, "NATO 2025-08",
                        "Europe and Canada")
    text = (f"European allies and Canada will spend ${spending:.0f}bn, up {growth:.1f}pc on last "
            "year.")
    row = row_for(checked(text, SEPTEMBER_2025, facts), f"${spending:.0f}bn")
    assert int(row["year"]) == 2025 and row["status"] == "consistent"


def test_the_whole_alliance_share_of_combined_gdp_after_another_group(facts) -> None:
    # Europe and Canada named first in the sentence; the share after "the alliance as a whole
    # ... or" is all allies'
    total = nato_value(facts, "nato_total_defence_share_gdp", 2024, "NATO 2024-06")
    text = ("European allies and Canada will spend $507bn this year, while the alliance as a "
            f"whole will spend $1.47tn, or {total:.2f}% of combined GDP.")
    row = row_for(checked(text, JUNE_2024, facts), f"{total:.2f}%")
    assert row["metric"] == "nato_total_defence_share_gdp"
    assert row["status"] in ("consistent", "superseded")


def test_shares_listed_below_the_target_are_measured_not_planned(facts) -> None:
    # "remain below the target, among them Canada (1.37%)": the target is what the shares fall
    # short of; "Canada's target is ..." stays a plan
    canada = nato_value(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Canada")
    below = checked("Allies agreed to spend 2% of GDP on defence. Eight allies remain below the "
                    f"target, among them Canada ({canada:.2f}%).", JUNE_2024, facts)
    assert row_for(below, f"{canada:.2f}%")["status"] in ("consistent", "superseded")
    plan = checked(f"Canada's target is {canada:.2f}% of GDP.", JUNE_2024, facts)
    assert row_for(plan, f"{canada:.2f}%")["status"] == "unmatched"
