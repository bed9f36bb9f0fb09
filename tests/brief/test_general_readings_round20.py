"""Readings added after the thirtieth and thirty-first unseen sets were scored (issue 9).
Each sentence is invented in the form the news used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

MARCH_2024 = date(2024, 3, 1)  # after NATO's figures of 14 February 2024
FEBRUARY_2025 = date(2025, 2, 1)  # after NATO's estimates of 17 June 2024


@pytest.mark.parametrize(("text", "membership"), [
    ("Vingt pays parmi les 31 membres de l'Otan consacrent cette année 2 % de leur PIB à la "
     "défense.", "31 membres"),
    ("Veinte países entre los 31 miembros de la OTAN dedican este año el 2 % del PIB a la "
     "defensa.", "31 miembros"),
    ("Venti paesi tra i 31 alleati della Nato spendono quest'anno il 2% del Pil per la difesa.",
     "31 alleati"),
])
def test_the_members_a_count_is_among_are_the_membership(facts, text, membership) -> None:
    # "N among the 31 members": the 31 are all the allies, never the allies at 2%
    row = row_for(checked(text, MARCH_2024, facts), membership)
    assert row["status"] != "differs" and row["metric"] == "allies_total"


def test_a_romanian_plan_written_with_a_cedilla_is_a_plan(facts) -> None:
    # "îşi propune" (aims to), with the cedilla s the Romanian press often types for the comma s
    text = ("Lituania cheltuie 2,85% din PIB pentru apărare şi îşi propune să ajungă la 3,5% în "
            "acest an.")
    row = row_for(checked(text, FEBRUARY_2025, facts), "3,5%")
    assert row["status"] == "unmatched" and "plan" in row["note"]


def test_romanian_din_before_gdp_is_of_not_since(facts) -> None:
    # "din PIB" is "of GDP": the year after it dates the share, it does not start a period
    text = "Estonia a cheltuit 3,43% din PIB pentru apărare în 2024, potrivit NATO."
    row = row_for(checked(text, FEBRUARY_2025, facts), "3,43%")
    assert row["year"] == 2024 and "no year stated" not in row["note"]


APRIL_2024 = date(2024, 4, 10)  # after NATO's figures of 14 February 2024
NOVEMBER_2024 = date(2024, 11, 12)  # after NATO's estimates of 17 June 2024


def test_a_span_of_recent_years_keeps_another_segments_year_away(facts) -> None:
    # "in recent years" is the figure's time: the 2021 of the clause on Norway is not its year
    text = ("With UK defence spending stuck near 2.2% of GDP over the past few years, it "
            "still spends more than, say, Norway at 1.7% of GDP as of 2021.")
    row = row_for(checked(text, APRIL_2024, facts), "near 2.2%")
    assert row["year"] != 2021 and row["status"] != "differs"


def test_a_country_an_ally_shares_a_border_with_does_not_own_its_share(facts) -> None:
    # the ally's neighbour named in a relative clause is not the subject that spends
    text = ("Lithuania, which shares a border with Belarus and Russia, spends 2.85% of GDP on "
            "defence this year.")
    row = row_for(checked(text, NOVEMBER_2024, facts), "2.85%")
    assert row["entity"] == "Lithuania" and row["status"] in ("consistent", "superseded")


def test_allies_doing_so_are_the_allies_meeting_the_guideline_named_before(facts) -> None:
    # "are doing so" takes up "meeting the pledge level of 2%" of the clause before
    text = ("In 2016 only five NATO nations were meeting the pledged level of two percent, but "
            "this year 21 nations are doing so.")
    row = row_for(checked(text, NOVEMBER_2024, facts), "21 nations")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["year"] == 2024


def test_new_pledges_after_a_count_are_no_newer_guideline(facts) -> None:
    # "despite new pledges": promises, not a higher level the seven are counted at
    text = "Last year seven NATO countries were reaching the commitment despite new pledges."
    row = row_for(checked(text, date(2023, 3, 21), facts), "seven NATO countries")
    assert row["metric"] == "allies_meeting_2pct_guideline"


@pytest.mark.parametrize(("text", "count"), [
    ("Dix-neuf pays de l'Otan consacrent cette année 2 % de leur PIB à la défense.",
     "Dix-neuf pays"),
    ("Dezanove países da NATO gastam este ano 2% do PIB em defesa.", "Dezanove países"),
])
def test_french_and_portuguese_teens_count_allies(facts, text, count) -> None:
    # the counts of allies at 2% are teens and twenties, written out in the news
    row = row_for(checked(text, MARCH_2024, facts), count)
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["year"] == 2024
