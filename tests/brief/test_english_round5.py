"""English readings of the fifth round (issue 9): values of a year no bundled release gave at the
source's date, compared with the first release that bundles them; "that year"; a count's share
of the members in parentheses; per-cent lists with bare items; wire-copy wordings. Sentences are
written for the tests in news style; each is read right or left unmatched, never a false
alarm."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.match import written_rounding
from tests.brief.conftest import checked, row_for

ANNUAL_REPORT_2023 = date(2023, 3, 21)  # before any bundled release of 2022's shares and counts


def test_a_past_years_count_first_bundled_later_agrees_with_it(facts) -> None:
    text = "In 2022, only seven of NATO's 30 allies met the 2% target."
    row = row_for(checked(text, ANNUAL_REPORT_2023, facts), "seven")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["year"] == 2022
    assert row["status"] == "consistent" and row["reference_value"] == 7
    assert "first bundled in April 2024" in row["reason"] and "agrees" in row["reason"]


def test_a_past_years_count_that_differs_from_the_first_bundled_is_a_revision(facts) -> None:
    # AP, January 2023: NATO's estimate of 2022 then said nine; the first bundled count is 7.
    row = row_for(checked("Only nine allies met the target last year.", date(2023, 1, 15),
                          facts), "nine allies")
    assert row["year"] == 2022 and row["reference_value"] == 7
    assert row["status"] == "superseded"  # never differs: the source could not know the 7
    assert "not yet in a bundled release" in row["reason"]
    assert row["reason"].startswith("compared with")


def test_a_past_years_share_that_differs_is_a_revision(facts) -> None:
    text = "Greece spent 3.54% of GDP on defence in 2022, the most in the alliance."
    row = row_for(checked(text, ANNUAL_REPORT_2023, facts), "3.54%")
    assert (row["entity"], row["year"]) == ("Greece", 2022)
    assert row["status"] == "superseded" and row["reference_release"] == "NATO 2024-06"
    assert "first bundled in June 2024" in row["reason"]


def test_another_sources_past_share_first_bundled_later_only_agrees(facts) -> None:
    text = "According to SIPRI, Norway spent 1.6% of GDP on its military in 2022."
    row = row_for(checked(text, date(2023, 4, 24), facts), "1.6%")
    assert row["status"] == "unmatched"


def test_the_sources_own_year_before_natos_estimate_is_not_compared(facts) -> None:
    text = "Hungary will spend 2% of GDP on defence in 2023, the minister said."
    row = row_for(checked(text, date(2023, 4, 5), facts), "2%")
    assert row["status"] == "unmatched"


@pytest.mark.parametrize("text, figure", [
    ("Poland had 164,100 military personnel in 2023.", "164,100 military personnel"),
    ("France spent $56.6 billion on defence in 2023.", "$56.6 billion"),
])
def test_personnel_and_money_first_bundled_later_are_no_revision(facts, text, figure) -> None:
    # A national count or another price basis may differ without NATO ever having said it.
    row = row_for(checked(text, date(2024, 3, 1), facts), figure)
    assert row["status"] == "unmatched"
    assert "only after the source" in row["note"]


def test_an_unstated_year_before_any_bundled_release_is_not_assumed(facts) -> None:
    text = ("Canada and Germany have also been reluctant to establish a defence spending of 2%, "
            "though Germany said it would ramp up spending to get to the target.")
    for published in (ANNUAL_REPORT_2023, date(2023, 6, 1)):
        row = row_for(checked(text, published, facts), "2%")
        assert row["status"] == "unmatched", published


def test_that_year_is_the_year_the_sentence_before_names(facts) -> None:
    text = ("The estimate marks a nearly fourfold increase from 2021 in the ranks of NATO members "
            "meeting the alliance's defense spending guideline. Only six nations were meeting "
            "the goal that year.")
    row = row_for(checked(text, date(2024, 6, 17), facts), "six nations")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["year"] == 2021
    assert row["status"] == "consistent" and row["reference_value"] == 6


def test_a_counts_share_of_the_members_in_parentheses_is_no_level(facts) -> None:
    text = "In 2014, only three out of 28 members (11 per cent) met the target."
    row = row_for(checked(text, date(2025, 6, 8), facts), "three")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["year"] == 2014
    assert row["status"] == "consistent" and row["reference_value"] == 3


def test_bare_items_of_a_per_cent_list_of_spending_are_shares(facts) -> None:
    text = ("The nations closest to Russia have the highest expenditure. According to 2023 data, "
            "Poland (3.9 percent) leads the way from Greece (3.01), Estonia (2.73), Lithuania "
            "(2.54), and Finland (2.45).")
    table = checked(text, date(2024, 2, 19), facts)
    for figure, ally in (("3.01", "Greece"), ("2.73", "Estonia"), ("2.45", "Finland")):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", ally, 2023)
    estonia = row_for(table, "2.73")  # July 2023's estimate, quoted after February's revision
    assert estonia["status"] == "differs" and "matches an older release" in estonia["note"]


def test_a_list_of_inflation_rates_is_not_read_as_shares(facts) -> None:
    text = ("Inflation stayed high last year: Poland (3.9 percent), Greece (3.01), Estonia "
            "(2.73), Lithuania (2.54).")
    table = checked(text, date(2024, 2, 19), facts)
    assert row_for(table, "2.73")["metric"] != "ally_share_gdp"


# Wire copy (AP, Reuters) wordings of NATO's figures: read right, never a false alarm.
@pytest.mark.parametrize("published, text, figure, year, statuses", [
    (date(2025, 3, 10), "Poland spent an estimated 4.12% of GDP on defence last year, according "
     "to NATO figures.", "an estimated 4.12%", 2024, ("superseded",)),
    (date(2024, 6, 20), "Only 10 of NATO's 32 members met the target in 2023, NATO said.", "10",
     2023, ("consistent",)),
    (date(2024, 6, 20), "Twenty-three of NATO's 32 members will meet the 2% target this year, up "
     "from just three in 2014.", "three", 2014, ("consistent",)),
    (date(2024, 6, 20), "The United States spent 3.38% of its GDP on defence this year, NATO "
     "estimates show, while Canada spent 1.37%.", "1.37%", 2024, ("superseded",)),
    (date(2023, 5, 10), "Britain spent 2.16% of GDP on defence in 2022, according to NATO.",
     "2.16%", 2022, ("consistent",)),
])
def test_wire_copy_is_read_right(facts, published, text, figure, year, statuses) -> None:
    row = row_for(checked(text, published, facts), figure)
    assert row["year"] == year and row["status"] in statuses


@pytest.mark.parametrize("published, text, figure", [
    (date(2024, 7, 1), "The U.S. accounted for about two-thirds of all NATO defence spending last "
     "year.", "about two-thirds"),
    (date(2023, 5, 10), "Britain spent 2.5% of GDP on defence in 2022, according to the Ministry "
     "of Defence.", "2.5%"),
    (date(2023, 5, 10), "Poland's army has about 150,000 soldiers.", "about 150,000 soldiers"),
    (date(2023, 5, 2), "According to SIPRI, Norway spent around $8.4 billion on the military "
     "last year.", "around $8.4 billion"),
])
def test_wire_copy_nato_does_not_cover_is_left_unmatched(facts, published, text, figure) -> None:
    assert row_for(checked(text, published, facts), figure)["status"] == "unmatched"


@pytest.mark.parametrize("value, written, rounding", [
    (1.3, "1,30 %", 0.005), (2.0, "2.0%", 0.05), (2.5, "2.50 per cent", 0.005),
    (1.3, "1.3%", None), (1100, "1,100 vehicles", None), (90000, "90.000 soldiers", None),
    (100000, "100,000 troops", None),
])
def test_the_decimals_a_figure_writes_are_its_rounding(value, written, rounding) -> None:
    assert written_rounding(value, written) == rounding


def test_a_share_written_to_two_decimals_is_not_the_next_releases_neighbour(facts) -> None:
    # A July 2025 ranking quoting June 2024's 1.2997 for Belgium after April 2025 said 1.29:
    # "1,30" is 1.295-1.305 as written, not 1.25-1.35; an older estimate, revised since.
    text = "Belgien wird 2024 voraussichtlich 1,30 % seines BIP für Verteidigung investieren."
    row = row_for(checked(text, date(2025, 7, 15), facts), "1,30 %")
    assert (row["entity"], row["year"]) == ("Belgium", 2024)
    assert row["status"] == "superseded" and row["reference_value"] == pytest.approx(1.29)


def test_an_allys_forces_named_by_their_adjective_with_a_total(facts) -> None:
    text = ("According to NATO's latest estimates for this year, the Polish military has now "
            "become the third-largest military force within the alliance, with a total of "
            "216,100 personnel. Following Poland are the French armed forces with 204,700 "
            "personnel.")
    table = checked(text, date(2024, 7, 17), facts)
    poland = row_for(table, "216,100 personnel")
    assert (poland["metric"], poland["entity"]) == ("ally_personnel", "Poland")
    assert poland["year"] == 2024 and poland["status"] == "consistent"
    france = row_for(table, "204,700 personnel")  # the force named right before, not Poland
    assert (france["entity"], france["status"]) == ("France", "consistent")
