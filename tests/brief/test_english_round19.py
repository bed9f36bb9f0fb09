"""English readings added in round 19 (brief E19): the forms news used for NATO's 2025 and 2026
figures. Each sentence is invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for, value_of

AFTER_AUGUST_2025 = date(2025, 9, 2)  # NATO's estimates of 28 Aug 2025 out


def test_a_decade_ago_after_a_starting_figure_in_words_is_that_figures(facts) -> None:
    share = value_of(facts, "us_share_of_nato_defence_expenditure", 2025, "NATO 2025-08")
    text = (f"The US share of NATO spending fell to {share:.0f} per cent, down from two-thirds "
            "a decade ago.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"{share:.0f} per cent")
    assert row["status"] == "consistent" and row["year"] == 2025


def test_half_that_a_decade_ago_is_the_starting_figures_time(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2025, "NATO 2025-08", "Poland")
    text = (f"Poland now spends {share:.2f}% of GDP on defence, compared with about half that a "
            "decade ago.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"{share:.2f}%")
    assert row["year"] == 2025 and row["status"] in ("consistent", "superseded")


def test_the_starting_figure_itself_stays_of_a_decade_ago(facts) -> None:
    # "three a decade ago" is about 2015, not the latest year: never compared with 2025's count
    count = value_of(facts, "allies_meeting_2pct_guideline", 2025, "NATO 2025-08")
    text = (f"The number of allies meeting the 2% target rose to {count:.0f} this year, from "
            "three a decade ago.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), "three")
    assert row["status"] == "unmatched"


def test_a_figure_of_a_decade_ago_is_of_that_year_only_to_agree(facts) -> None:
    # "a decade ago" in 2025 is about 2015: compared with 2015 only to agree, never with 2025
    share = value_of(facts, "ally_share_gdp", 2015, "NATO 2025-08", "Spain")
    text = (f"Spain spent {share:.1f}% of GDP on defence a decade ago, down from two-thirds of "
            "the target.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"{share:.1f}%")
    assert row["year"] == 2015 and row["status"] in ("consistent", "superseded")
    text = "Spain spent 1.6% of GDP on defence a decade ago, down from two-thirds of the target."
    assert row_for(checked(text, AFTER_AUGUST_2025, facts), "1.6%")["status"] == "unmatched"


AFTER_ANNUAL_REPORT_2025 = date(2025, 6, 2)  # NATO's annual report of April 2025 out: 2024's count


def test_a_bare_count_compared_with_last_year_counts_the_allies_named_before(facts) -> None:
    count = value_of(facts, "allies_meeting_2pct_guideline", 2024, "NATO SGAR 2025-04")
    text = (f"All allies are expected to hit the 2% mark this year, up from {count:.0f} last "
            "year, NATO officials said.")
    row = row_for(checked(text, AFTER_ANNUAL_REPORT_2025, facts), f"{count:.0f}")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["year"] == 2024
    assert row["status"] in ("consistent", "superseded")  # revised to 19 in August 2025


def test_a_bare_number_compared_with_last_year_without_allies_stays_a_count(facts) -> None:
    text = ("NATO's eastern flank will host more drills this year, up from 22 last year, "
            "officials said.")
    row = row_for(checked(text, AFTER_ANNUAL_REPORT_2025, facts), "22")
    assert row["status"] == "unmatched"


def test_economic_output_is_gdp(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2025, "NATO 2025-08", "Greece")
    text = (f"Greece, a longtime high spender, will devote an estimated {share:.2f}% of its "
            "economic output to defence this year, NATO said.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"an estimated {share:.2f}%")
    assert row["metric"] == "ally_share_gdp" and row["status"] in ("consistent", "superseded")


def test_a_pledge_of_economic_output_stays_a_goal(facts) -> None:
    text = ("Allies agreed to spend 5% of their economic output on defence by 2035, with Spain "
            "alone holding out.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), "5%")
    assert row["status"] == "unmatched"


JUNE_2024 = date(2024, 6, 20)  # NATO's estimates of 17 Jun 2024 out, with 2024's equipment shares


def test_a_level_after_equipment_named_as_a_share_of_spending_is_the_allys_equipment_share(
        facts) -> None:
    share = value_of(facts, "ally_equipment_share", 2024, "NATO 2024-06", "Belgium")
    text = ("NATO's tables also give equipment spending as a share of total defence spending, "
            f"with Belgium bringing up the rear at {share:.1f} percent.")
    row = row_for(checked(text, JUNE_2024, facts), f"{share:.1f} percent")
    assert row["metric"] == "ally_equipment_share" and row["entity"] == "Belgium"
    assert row["status"] == "consistent"


def test_a_level_of_another_whole_after_equipment_named_is_no_allys_share(facts) -> None:
    text = ("NATO's tables also give equipment spending as a share of total defence spending, "
            "with Belgium's figure up again and the alliance average at 30 percent.")
    row = row_for(checked(text, JUNE_2024, facts), "30 percent")
    assert row["metric"] != "ally_equipment_share" and row["status"] == "unmatched"


def test_a_budget_set_for_a_year_is_the_governments_plan_not_natos_share(facts) -> None:
    # NATO's 2025 estimate for Poland is 4.48%; a budget of 4.7% is Warsaw's plan, compared only
    # to agree (a budget of 4.48% would agree)
    text = "Poland's defence budget for 2025 amounts to 4.7% of GDP, the highest in the EU."
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), "4.7%")
    assert row["status"] == "unmatched" and "government" in row["note"]


def test_the_years_budget_written_before_the_noun_is_a_plan_too(facts) -> None:
    text = "Poland's 2025 defence budget of 4.7% of GDP was approved by parliament in January."
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), "4.7%")
    assert row["status"] == "unmatched"


def test_the_us_share_of_the_nato_total_is_its_share_of_allied_spending(facts) -> None:
    share = value_of(facts, "us_share_of_nato_defence_expenditure", 2025, "NATO 2025-08")
    text = (f"US defense spending accounts for {share:.1f}% of the NATO total, the alliance's "
            "estimates show.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"{share:.1f}%")
    assert row["metric"] == "us_share_of_nato_defence_expenditure"
    assert row["status"] == "consistent"


def test_a_share_of_the_alliances_total_gdp_is_no_share_of_its_spending(facts) -> None:
    text = "The US economy accounts for 26% of the alliance total GDP in 2025."
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), "26%")
    assert row["metric"] != "us_share_of_nato_defence_expenditure"
    assert row["status"] == "unmatched"


def test_a_share_for_european_allies_and_canada_named_after_it_is_theirs(facts) -> None:
    us = value_of(facts, "ally_share_gdp", 2025, "NATO 2025-08", "United States")
    theirs = value_of(facts, "europe_canada_defence_share_gdp", 2025, "NATO 2025-08",
                      "Europe and Canada")
    text = (f"The US spent {us:.1f} per cent of GDP on defence in 2025, compared with "
            f"{theirs:.2f} per cent for European allies and Canada, NATO said.")
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), f"{theirs:.2f} per cent")
    assert row["metric"] == "europe_canada_defence_share_gdp" and row["status"] == "consistent"
