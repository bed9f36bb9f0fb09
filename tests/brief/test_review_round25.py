"""Readings of round 25 (issue 9): false alarms found BEFORE unseen articles find them, with the
invented sentences of :mod:`tests.brief.adversarial_sentences_round2` and its parts ``_round2b``,
``_round2c`` and ``_round2d`` (a guard over all of them) and a regression test per reading on
other invented sentences."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.extract.extractor import extract_figures
from tests.brief.adversarial_sentences_round2 import OTHER_LANGUAGES_ROUND2, PROBES_ROUND2
from tests.brief.adversarial_sentences_round2b import OTHER_LANGUAGES_ROUND2B, PROBES_ROUND2B
from tests.brief.adversarial_sentences_round2c import OTHER_LANGUAGES_ROUND2C, PROBES_ROUND2C
from tests.brief.adversarial_sentences_round2d import OTHER_LANGUAGES_ROUND2D, PROBES_ROUND2D
from tests.brief.conftest import checked, cries_of_wolf, row_for

ROUND_TWO = PROBES_ROUND2 + PROBES_ROUND2B + PROBES_ROUND2C + PROBES_ROUND2D

SEPTEMBER_2025 = date(2025, 9, 4)  # NATO, August 2025: Norway 2.27% in 2024, 3.35% in 2025



def test_no_probe_of_round_two_cries_wolf_and_the_wrong_numbers_still_differ(
        placed_facts) -> None:
    alarms, missed = cries_of_wolf(ROUND_TWO, placed_facts)
    assert not alarms, alarms
    assert not missed, missed


def test_round_two_covers_its_kinds_and_languages() -> None:
    probes = ROUND_TWO
    assert len(probes) >= 500
    others = (OTHER_LANGUAGES_ROUND2 + OTHER_LANGUAGES_ROUND2B + OTHER_LANGUAGES_ROUND2C
              + OTHER_LANGUAGES_ROUND2D)
    assert len(others) >= 0.4 * len(probes)
    assert min(p.published for p in probes) <= date(2023, 7, 31)
    assert max(p.published for p in probes) >= date(2026, 7, 1)


@pytest.mark.parametrize("text", [
    # a list of bare shares written with a decimal comma, the items parted by semicolons
    "Ausgaben 2025 in Prozent des BIP: Estland 3,38; Lettland 3,73; Finnland 2,77.",
    # ... by a semicolon with the French space before it, the last one closing the sentence
    "Dépenses 2025 (% du PIB) : Estonie 3,38 ; Lettonie 3,73 ; Finlande 2,77.",
])
def test_a_bare_share_with_a_decimal_comma_before_a_semicolon_or_full_stop_is_whole(
        text, facts) -> None:
    # one or two digits after a comma never group thousands: "3,73" is 3.73, never "3"
    table = checked(text, SEPTEMBER_2025, facts)
    assert "differs" not in set(table["status"]), table[["figure", "status"]]
    assert {"3,38", "3,73", "2,77"} <= set(table["figure"])


def test_a_bare_share_with_a_decimal_comma_at_the_end_of_a_list_line_is_whole() -> None:
    text = "Utgifter 2025 i procent av BNP:\nEstland: 3,38\nLettland: 3,73\n\nSlut."
    figures = extract_figures(text, SEPTEMBER_2025)
    assert {"3,38", "3,73"} <= set(figures["text"])


@pytest.mark.parametrize("text, this_year, last_year", [
    ("Norge bruker 3,35 prosent av BNP på forsvar i år, mot 2,27 prosent i fjor.",
     "3,35 prosent", "2,27 prosent"),
    ("Norge brukte 2,27 prosent i fjor og bruker 3,35 prosent av BNP i år.",
     "3,35 prosent", "2,27 prosent"),
])
def test_the_nordic_in_of_this_year_and_last_year_is_not_polish_and(
        text, this_year, last_year, facts) -> None:
    # "i år" (this year), "i fjor" (last year): the time right after each figure is its own
    table = checked(text, SEPTEMBER_2025, facts)
    assert row_for(table, this_year)["year"] == 2025
    assert row_for(table, last_year)["year"] == 2024
    assert "differs" not in set(table["status"])


def test_swedish_last_year_and_this_year_date_their_figures() -> None:
    text = "Sverige lade 2,31 procent av BNP på försvaret i fjol och 2,51 procent i år."
    years = dict(extract_figures(text, SEPTEMBER_2025)[["text", "year"]].values.tolist())
    assert years == {"2,31 procent": 2024, "2,51 procent": 2025}


def test_polish_and_before_a_year_still_closes_the_conjunct() -> None:
    text = "Wydatki wyniosły 3,3 proc. PKB w 2023 r. i 4,1 proc. w 2024 r."
    years = dict(extract_figures(text, SEPTEMBER_2025)[["text", "year"]].values.tolist())
    assert years["3,3 proc."] == 2023 and years["4,1 proc."] == 2024


@pytest.mark.parametrize("text, national", [
    ("NATO puts Italy at 1.5% of GDP in 2024; by Rome's calculations it is 1.6%.", "1.6%"),
    ("Italy's spending reached 1.6% of GDP in 2024 by Rome's reckoning and 1.5% by NATO's.",
     "1.6%"),
])
def test_a_capitals_count_beside_nato_is_the_governments_own_figure(
        text, national, facts) -> None:
    # NATO, August 2025: Italy 1.50% in 2024. A capital's count is its government's, whether
    # or not NATO is named in another piece of the sentence.
    row = row_for(checked(text, SEPTEMBER_2025, facts), national)
    assert row["status"] != "differs" and "government's own figure" in row["note"]


JUNE_2024 = date(2024, 6, 21)  # NATO, June 2024: Spain 1.16% in 2022, 1.28% in 2024; Italy 1.49%


def test_a_when_clause_after_a_compared_year_is_an_aside_the_main_clause_is_of_now(
        facts) -> None:
    text = "Compared with 2022, when it spent 1.16%, Spain's share climbed to 1.28%."
    table = checked(text, JUNE_2024, facts)
    assert row_for(table, "1.16%")["year"] == 2022
    assert row_for(table, "1.28%")["year"] != 2022
    assert "differs" not in set(table["status"])


def test_what_a_share_has_since_risen_to_is_of_the_present(facts) -> None:
    text = ("Italy devoted 1.14% of GDP to defence in 2014, a share that has since climbed to "
            "1.49%.")
    table = checked(text, JUNE_2024, facts)
    assert row_for(table, "1.49%")["year"] != 2014
    assert row_for(table, "1.49%")["status"] != "differs"


def test_a_when_clause_after_a_plain_year_still_dates_the_main_clause() -> None:
    text = "In 2016, when the pledge was two years old, only five allies met the target."
    years = dict(extract_figures(text, JUNE_2024)[["text", "year"]].values.tolist())
    assert years["five allies"] == 2016


@pytest.mark.parametrize("text, next_year", [
    ("Finland bruker 2,77 prosent av BNP i år og 3,1 prosent neste år.", "3,1 prosent"),
    ("Finland lägger 2,77 procent av BNP i år och 3,1 procent nästa år.", "3,1 procent"),
    ("La Finlande consacre 2,77 % de son PIB cette année et 3,1 % l'année prochaine.", "3,1 %"),
    ("Finlandia destina el 2,77% del PIB este año y el 3,1% el año que viene.", "3,1%"),
    ("La Finlandia spende il 2,77% del Pil quest'anno e il 3,1% il prossimo anno.", "3,1%"),
    ("Finlandia wydaje w tym roku 2,77 proc. PKB, a w przyszłym roku 3,1 proc.", "3,1 proc."),
    ("Finland geeft dit jaar 2,77 procent uit en volgend jaar 3,1 procent.", "3,1 procent"),
])
def test_next_year_in_other_languages_dates_its_figure(text, next_year, facts) -> None:
    # NATO, August 2025: Finland 2.77% in 2025; a plan for next year is of 2026
    table = checked(text, SEPTEMBER_2025, facts)
    assert row_for(table, next_year)["year"] == 2026
    assert "differs" not in set(table["status"])


@pytest.mark.parametrize("text, last_year", [
    ("Finland lade 2,4 procent av BNP på försvaret förra året.", "2,4 procent"),
    ("Finland brugte 2,4 procent af BNP på forsvar sidste år.", "2,4 procent"),
])
def test_swedish_and_danish_last_year_date_their_figure(text, last_year) -> None:
    years = dict(extract_figures(text, SEPTEMBER_2025)[["text", "year"]].values.tolist())
    assert years[last_year] == 2024


@pytest.mark.parametrize("text, now", [
    ("Belgium spent 0.97% of GDP in 2014 and has since pushed that to 1.3%.", "1.3%"),
    ("Portugal spent 1.31% of GDP in 2015, a share it has since taken to 1.55%.", "1.55%"),
])
def test_what_a_share_has_since_been_raised_to_is_of_the_present(text, now, facts) -> None:
    # NATO, June 2024: Belgium 1.30%, Portugal 1.55% in 2024
    row = row_for(checked(text, JUNE_2024, facts), now)
    assert pd.isna(row["year"]) or row["year"] == 2024
    assert row["status"] != "differs"


def test_a_year_right_after_what_a_share_has_since_risen_to_is_its_own() -> None:
    text = "The share has since climbed to 1.9% in 2023, from 1.2% in 2019."
    years = dict(extract_figures(text, JUNE_2024)[["text", "year"]].values.tolist())
    assert years["1.9%"] == 2023 and years["1.2%"] == 2019


def test_a_time_after_a_comparison_word_is_the_compared_figures(facts) -> None:
    # NATO, June 2024: 23 allies at 2% in 2024, 10 in 2023
    text = "Today's 23 allies at the target compare with 10 last year and three in 2014."
    row = row_for(checked(text, JUNE_2024, facts), "23 allies")
    assert pd.isna(row["year"]) or row["year"] == 2024
    assert row["status"] != "differs"


def test_a_share_its_sentence_says_was_revised_since_is_an_earlier_statement(facts) -> None:
    # NATO, April 2025 (annual report): Spain 1.24% in 2024; August 2025: 1.43%
    text = "Spain spent 1.24% of GDP in 2024 by the spring estimate, later revised to 1.43%."
    table = checked(text, SEPTEMBER_2025, facts)
    assert row_for(table, "1.24%")["status"] == "superseded"
    assert row_for(table, "1.43%")["status"] == "consistent"
