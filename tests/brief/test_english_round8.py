"""English readings of the eighth round (issue 9): a level several allies fall short of, an ally's
share in parentheses after a count, a share of a government's budget year, and a figure with
no year read as NATO's latest year only when that year is recent. Sentences are invented
in news style; each is read right or left unmatched, never a false alarm."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 1)


def test_a_level_several_allies_fall_short_of_is_no_allys_share(facts) -> None:
    text = ("Among the members whose military spending is below 2% of GDP are Spain, Belgium "
            "and Slovenia.")
    row = row_for(checked(text, JULY_2024, facts), "below 2%")
    assert row["status"] == "unmatched" and "several allies" in row["reason"]


def test_one_allys_share_below_a_level_is_still_its_own(facts) -> None:
    # control: one ally under a level, no group named
    row = row_for(checked("Spain spends less than 1.3% of its GDP on defence.", JULY_2024,
                          facts), "less than 1.3%")
    assert row["entity"] == "Spain" and row["status"] in ("consistent", "superseded")


def test_a_contrast_clause_about_other_members_leaves_the_share_the_allys(facts) -> None:
    text = ("Norway is a dependable ally, spending more than 2% of its GDP on defence, while a "
            "third of member states have not yet done so.")
    row = row_for(checked(text, date(2024, 12, 4), facts), "more than 2%")
    assert (row["entity"], row["status"]) == ("Norway", "consistent")


def test_an_allys_share_in_parentheses_after_a_count_is_its_own(facts) -> None:
    text = ("Allies pledged in 2014 to spend at least 2% of their GDP on defence. Among the "
            "eight nations still below the threshold, Belgium (1.30%) but also Spain (1.28%).")
    row = row_for(checked(text, date(2025, 1, 20), facts), "1.30%")
    assert row["entity"] == "Belgium" and row["status"] in ("consistent", "superseded")
    assert row["reference_value"] is not None and abs(row["reference_value"] - 1.30) < 0.01


def test_a_share_of_a_budget_year_is_the_governments_own(facts) -> None:
    text = ("U.S. military spending in fiscal 2023 came to about $820 billion, equivalent to "
            "about 3% of GDP.")
    row = row_for(checked(text, date(2024, 12, 10), facts), "about 3%")
    assert row["status"] == "unmatched" and "budget year" in row["reason"]


def test_a_calendar_years_share_beside_a_later_budget_year_is_compared(facts) -> None:
    text = ("Britain spent 2.3 per cent of GDP on defence in 2023 and will raise it to 2.5 per "
            "cent in the 2026-27 financial year.")
    row = row_for(checked(text, JULY_2024, facts), "2.3 per cent")
    assert row["status"] in ("consistent", "superseded") and row["year"] == 2023


def test_a_count_of_now_is_not_held_against_a_count_years_old(facts) -> None:
    # the bundle's latest count before January 2023 is of 2018: not what "currently" means
    row = row_for(checked("Currently, only nine allies meet the 2% target.", date(2023, 1, 20),
                          facts), "nine allies")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["status"] == "unmatched"


def test_a_count_out_of_the_alliance_described_counts_allies(facts) -> None:
    text = ("Allies agreed in 2014 to move towards the 2% spending target. Currently, only nine "
            "of the transatlantic military alliance's 30 members meet or surpass that goal.")
    row = row_for(checked(text, date(2023, 1, 20), facts), "nine")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] != "differs"


def test_the_amount_a_spending_reaches_is_spending(facts) -> None:
    text = ("The combined military budget of all NATO members at current prices will reach a "
            "record high of nearly $1.5 trillion in 2024.")
    row = row_for(checked(text, date(2024, 6, 20), facts), "nearly $1.5 trillion")
    assert row["metric"] == "nato_total_defence_spending"
    assert row["status"] in ("consistent", "superseded") and row["year"] == 2024


def test_the_part_an_aggregate_accounts_for_after_spending_is_its_spending(facts) -> None:
    text = ("The report shows the United States leading spending at $968 billion, while "
            "European allies and Canada together account for $507 billion.")
    row = row_for(checked(text, date(2024, 6, 20), facts), "$507 billion")
    assert (row["metric"], row["entity"]) == ("europe_canada_defence_spending",
                                              "Europe and Canada")
    assert row["status"] in ("consistent", "superseded")


def test_an_amount_reached_with_no_spending_named_is_not_compared(facts) -> None:
    # control: nothing says the money is defence spending
    text = "Trade between the allies will reach a record high of nearly $1.5 trillion in 2024."
    row = row_for(checked(text, date(2024, 6, 20), facts), "nearly $1.5 trillion")
    assert row["status"] == "unmatched"


def test_a_definite_count_opening_its_sentence_refers_to_allies_named_before(facts) -> None:
    text = ("Poland, Lithuania and Latvia lead the table. The three countries are already "
            "meeting the new higher goal of 3.5%, which allies must reach by 2035.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "three countries")
    assert row["metric"] == "allies_subset" and row["status"] == "unmatched"


def test_a_count_without_the_article_is_still_the_count_at_the_level(facts) -> None:
    # control: "Three countries are ..." counts the allies at the level
    text = ("Poland, Lithuania and Latvia lead the table. Three countries are already meeting "
            "the new higher goal of 3.5%, which allies must reach by 2035.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "Three countries")
    assert row["metric"] == "allies_above_3.5pct" and row["status"] == "consistent"


def test_the_collective_outlay_after_a_sentence_about_all_allies_is_natos_total(facts) -> None:
    text = ("NATO published new figures showing that all 32 allies are on course to hit the 2% "
            "target this year. The collective outlay is projected to top $1.5 trillion in 2025.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "$1.5 trillion")
    assert row["metric"] == "nato_total_defence_spending" and row["status"] == "consistent"


def test_the_collective_outlay_after_a_group_of_allies_is_not_natos_total(facts) -> None:
    # control: the sentence before names European allies only
    text = ("European allies are on course to hit the 2% target this year. The collective outlay "
            "is projected to top $1.5 trillion in 2025.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "$1.5 trillion")
    assert row["status"] == "unmatched"


def test_allies_items_of_a_list_of_personnel_are_their_personnel(facts) -> None:
    text = ("Among the allies whose armed forces exceed 100 thousand personnel are Italy (171.4 "
            "thousand) and Greece (110.8 thousand).")
    row = row_for(checked(text, date(2024, 6, 20), facts), "171.4 thousand")
    assert (row["metric"], row["entity"]) == ("ally_personnel", "Italy")
    assert row["status"] == "consistent"


def test_a_list_of_personnel_cut_in_two_keeps_its_heading(facts) -> None:
    text = ("Among the allies whose armies exceed 100 thousand troops are France (204.7 "
            "thousand), Poland (216 ,1 thousand ). thousand) Spain (117.4 thousand).")
    row = row_for(checked(text, date(2024, 6, 20), facts), "117.4 thousand")
    assert (row["metric"], row["entity"], row["status"]) == ("ally_personnel", "Spain",
                                                             "consistent")


def test_allies_items_of_a_list_of_money_are_not_personnel(facts) -> None:
    # control: the heading names no troops
    text = ("Among the allies that spent more than 100 thousand euros are Italy (171.4 "
            "thousand) and Greece (110.8 thousand).")
    row = row_for(checked(text, date(2024, 6, 20), facts), "171.4 thousand")
    assert row["metric"] != "ally_personnel" and row["status"] == "unmatched"


def test_a_share_beside_a_budget_in_an_allys_currency_is_that_allys(facts) -> None:
    text = ("The defence budget will exceed 9bn Canadian dollars next year, up from 1.45 percent "
            "of GDP last year, according to NATO's report.")
    row = row_for(checked(text, date(2025, 6, 12), facts), "1.45 percent")
    assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", "Canada", 2024)
    assert row["status"] in ("consistent", "superseded")


def test_money_beside_an_allys_currency_is_not_given_that_ally(facts) -> None:
    # control: a conversion into another currency is no ally's total
    text = "The budget will rise by 9bn Danish kroner (US$1.3bn) in 2025."
    row = row_for(checked(text, date(2025, 6, 12), facts), "US$1.3bn")
    assert row["entity"] != "Denmark" and row["status"] != "differs"


def test_a_count_of_the_members_of_nato_counts_allies(facts) -> None:
    text = ("Last year, ten allies spent at least 2% of GDP on defence, while in 2014, when that "
            "pledge was made in Wales, there were only three of the members of NATO.")
    row = row_for(checked(text, date(2024, 6, 20), facts), "three")
    assert (row["metric"], row["year"]) == ("allies_meeting_2pct_guideline", 2014)
    assert row["status"] == "consistent" and row["reference_value"] == 3


def test_the_allies_an_exercises_troops_come_from_are_its_participants(facts) -> None:
    text = ("NATO has begun Steadfast Defender 2024, its largest drill in decades. It involves "
            "90,000 troops from 31 member countries and partner Sweden, moving across the "
            "continent.")
    row = row_for(checked(text, date(2024, 1, 25), facts), "31 member countries")
    assert (row["metric"], row["entity"]) == ("exercise_participating_allies",
                                              "Steadfast Defender")
    assert row["status"] == "consistent" and "come from" in row["matched_by"]


def test_allies_part_of_the_club_of_the_level_before_meet_it(facts) -> None:
    text = ("NATO expects 18 of its 31 members to reach the 2% spending mark this year. Last "
            "year, only 11 countries were part of this club.")
    row = row_for(checked(text, date(2024, 2, 20), facts), "11 countries")
    assert (row["metric"], row["year"]) == ("allies_meeting_2pct_guideline", 2023)
    assert row["reference_value"] == 11 and row["status"] in ("consistent", "superseded")


def test_a_club_with_no_level_named_is_no_count_at_a_level(facts) -> None:
    # control: no level named before "this club"
    text = "Sweden wants to join NATO soon. Last year, only 11 countries were part of this club."
    row = row_for(checked(text, date(2024, 2, 20), facts), "11 countries")
    assert row["status"] == "unmatched"


def test_the_time_of_a_plan_later_in_the_sentence_is_not_the_shares_before(facts) -> None:
    text = ("Poland, already the alliance's biggest spender relative to its economy at 4.48% of "
            "GDP, said it will lift the ratio to 4.8% next year.")
    row = row_for(checked(text, date(2025, 8, 28), facts), "4.48%")
    assert (row["entity"], row["year"]) == ("Poland", 2025)
    assert row["status"] in ("consistent", "superseded")


def test_a_year_before_the_share_still_dates_it_beside_a_plan(facts) -> None:
    # control: "In 2024" stands before the share
    text = "In 2024 Poland spent 4.1% of GDP and it will lift the ratio to 4.7% in 2025."
    assert row_for(checked(text, date(2025, 8, 28), facts), "4.1%")["year"] == 2024


def test_a_counts_own_plan_keeps_its_deadline_year(facts) -> None:
    # control: no figure a plan moves "to"; the deadline is the count's own
    text = "Only four allies will spend more than 3.5% of GDP by 2030."
    assert row_for(checked(text, date(2025, 8, 28), facts), "four allies")["year"] == 2030
