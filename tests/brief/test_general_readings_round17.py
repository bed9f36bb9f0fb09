"""Readings added after the twenty-first and twenty-second unseen sets were scored (issue 9).
Each sentence is invented in the form the news used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pandas as pd

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 20)  # NATO's estimates of 17 June 2024: 23 allies at 2% in 2024


def test_a_south_slavic_count_of_allies_makes_the_share_after_it_the_guideline(facts) -> None:
    # "Slovenia is among the 23 allies that will exceed 2% of GDP": the 2% is the line the
    # allies pass, not Slovenia's own share (1.29 in June 2024)
    text = "Slovenija je med 23 zaveznicami, ki bodo presegle 2% BDP."
    table = checked(text, JUNE_2024, facts)
    assert row_for(table, "2%")["status"] == "unmatched"
    count = row_for(table, "23 zaveznicami")
    assert count["metric"] == "allies_meeting_2pct_guideline" and count["reference_value"] == 23


def test_serbian_allies_are_counted_but_a_federal_budget_is_not_allies(facts) -> None:
    allies = checked("Srbija nije među 23 saveznika koji troše 2% BDP-a.", JUNE_2024, facts)
    assert row_for(allies, "23 saveznika")["metric"] == "allies_meeting_2pct_guideline"
    federal = checked("Savezni budžet za 23 savezna ministarstva raste.", JUNE_2024, facts)
    assert all(metric != "allies_meeting_2pct_guideline" for metric in federal["metric"])


BEFORE_THAT = ("In 2014, NATO countries pledged to spend 2% of GDP on defence. {opening} only "
               "four allies spent more than 2%: the United States (4.4%), Britain (2.4%), "
               "Greece (2.3%) and Estonia (2%).")


def test_a_table_dated_back_from_the_sentence_before_does_not_take_its_year(facts) -> None:
    # 2013's shares, for which nothing is bundled: never compared as 2014's (US 3.72)
    table = checked(BEFORE_THAT.format(opening="A year before that,"), date(2023, 3, 21), facts)
    us = row_for(table, "4.4%")
    assert us["status"] == "unmatched" and us["reference_value"] is None


def test_a_table_after_a_year_still_takes_that_year_without_before_that(facts) -> None:
    table = checked(BEFORE_THAT.format(opening="Back then,"), date(2023, 3, 21), facts)
    assert int(row_for(table, "4.4%")["year"]) == 2014


def test_russian_ally_names_own_the_shares_after_them(facts) -> None:
    text = "В 2023 году Польша потратила на оборону 3,9% ВВП, Эстония — 2,7%, а Германия — 1,6%."
    table = checked(text, date(2023, 7, 10), facts)
    assert row_for(table, "3,9%")["entity"] == "Poland"
    assert row_for(table, "2,7%")["entity"] == "Estonia"
    assert row_for(table, "1,6%")["entity"] == "Germany"


def test_russian_case_forms_name_the_ally(facts) -> None:
    text = "По оценке НАТО, расходы на оборону в Польше в 2023 году составят 3,9% ВВП."
    assert row_for(checked(text, date(2023, 7, 10), facts), "3,9%")["entity"] == "Poland"


def test_a_dash_before_a_figure_links_it_to_the_ally_before_the_dash(facts) -> None:
    # "Estonia — 2.7%, Germany — 1.6%" is a list, not an aside "— 2.7%, Germany —"
    text = "In 2023 Poland spent 3.9% of GDP on defence, Estonia — 2.7%, Germany — 1.6%."
    row = row_for(checked(text, date(2023, 7, 10), facts), "1.6%")
    assert row["entity"] == "Germany" and row["status"] != "differs"


STEADFAST_DEFENDER_DAY = date(2024, 1, 25)  # NATO's figures of 18 Jan 2024: about 90,000 troops


def checked_under(title: str, text: str, published: date, facts) -> object:
    return check_figures(extract_figures(text, published), published, text=text, facts=facts,
                         title=title)


def test_the_headline_stands_above_the_first_sentence(facts) -> None:
    # the first sentence says who takes part; the headline says in what
    table = checked_under("Grootste NAVO-oefening in decennia begint",
                          "Er zullen ongeveer 90.000 militairen aan meedoen, zei de generaal.",
                          STEADFAST_DEFENDER_DAY, facts)
    row = row_for(table, "90.000 militairen")
    assert row["metric"] == "exercise_personnel" and row["status"] == "consistent"


def test_a_headline_about_something_else_makes_no_exercise_count(facts) -> None:
    table = checked_under("Regering verhoogt defensiebudget",
                          "Er zullen ongeveer 90.000 militairen aan meedoen, zei de generaal.",
                          STEADFAST_DEFENDER_DAY, facts)
    assert row_for(table, "90.000 militairen")["metric"] != "exercise_personnel"


def test_a_german_compound_names_an_exercise(facts) -> None:
    table = checked_under("Großmanöver der Nato beginnt",
                          "Die Teilnahme von insgesamt 90.000 Soldaten ist geplant.",
                          STEADFAST_DEFENDER_DAY, facts)
    assert row_for(table, "90.000 Soldaten")["status"] == "consistent"


def test_an_exercise_named_in_low_quotes_opens_the_next_sentence(facts) -> None:
    text = ("Mit 10.000 Soldaten aus 25 Nationen trainiert Deutschland ab Montag den Ernstfall. "
            "„Air Defender 23“ ist die größte Luftwaffenübung seit Bestehen der Nato.")
    table = checked(text, date(2023, 6, 10), facts)
    assert row_for(table, "10.000 Soldaten")["entity"] == "Air Defender"


def test_the_year_a_target_was_set_does_not_date_the_table_after_it(facts) -> None:
    # July 2023: the 2023 estimates (Canada 1.38), not 2014's (1.01), whatever "nel 2014" says
    text = ("Peggio dell'Italia, che fatica a raggiungere il target del 2%, fissato nel 2014 nel "
            "Galles, fanno solo Canada (1,38%), Slovenia (1,35%) e Belgio (1,13%).")
    row = row_for(checked(text, date(2023, 7, 7), facts), "1,38%")
    assert row["entity"] == "Canada" and row["status"] != "differs"
    assert pd.isna(row["year"]) or int(row["year"]) == 2023


def test_an_english_target_set_in_a_year_does_not_date_the_table_either(facts) -> None:
    text = ("Below the 2% target, set in 2014 in Wales, stand only Canada (1.38%), Slovenia "
            "(1.35%) and Belgium (1.13%).")
    row = row_for(checked(text, date(2023, 7, 7), facts), "1.38%")
    assert row["status"] != "differs"
    assert pd.isna(row["year"]) or int(row["year"]) == 2023


def test_a_when_clause_after_the_target_was_set_is_of_that_year(facts) -> None:
    text = "The 2% line was set in 2014, at a time when only 3 NATO allies met that objective."
    row = row_for(checked(text, date(2024, 2, 15), facts), "3 NATO allies")
    assert int(row["year"]) == 2014 and row["status"] == "consistent"
