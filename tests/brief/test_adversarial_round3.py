"""Readings of round three of the invented sentences (issue 9): false alarms found BEFORE unseen
articles find them, with the sentences of :mod:`tests.brief.adversarial_sentences_round3` (a
guard over all of them) and a regression test per reading on other invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.adversarial_sentences_round3 import (
    ENGLISH_ROUND3,
    OTHER_LANGUAGES_ROUND3,
    PROBES_ROUND3,
)
from tests.brief.conftest import checked, cries_of_wolf, row_for

SEPTEMBER_2025 = date(2025, 9, 4)  # NATO, August 2025: Germany 2.0% in 2024, Latvia 3.36%


def test_no_probe_of_round_three_cries_wolf_and_the_wrong_numbers_still_differ(
        placed_facts) -> None:
    alarms, missed = cries_of_wolf(PROBES_ROUND3, placed_facts)
    assert not alarms, alarms
    assert not missed, missed


def test_round_three_covers_its_kinds_and_languages() -> None:
    assert len(PROBES_ROUND3) >= 400
    assert len(OTHER_LANGUAGES_ROUND3) >= 0.4 * len(PROBES_ROUND3)
    assert len(ENGLISH_ROUND3) >= 150
    assert any(p.wrong for p in PROBES_ROUND3)


@pytest.mark.parametrize("published, text, figure", [
    # Trident Juncture's bundled editions are 2015 and 2018; a text of 2026 may speak of a later one
    (date(2026, 3, 10), "This year's Trident Juncture brings 35,000 soldiers to central Norway.",
     "35,000 soldiers"),
    (date(2026, 2, 24), "Cold Response returns to Finnmark with 24,000 troops this spring.",
     "24,000 troops"),
])
def test_an_exercise_named_without_its_year_after_its_bundled_editions_never_differs(
        published, text, figure, facts) -> None:
    row = row_for(checked(text, published, facts), figure)
    assert row["status"] != "differs", row.to_dict()


def test_an_exercise_named_without_its_year_after_its_edition_still_agrees(facts) -> None:
    text = "Steadfast Defender, the biggest drill since the Cold War, had 90,000 troops."
    row = row_for(checked(text, date(2025, 4, 20), facts), "90,000 troops")
    assert row["status"] == "consistent", row.to_dict()


@pytest.mark.parametrize("text, figure", [
    # another source than NATO named in Russian, Ukrainian, Lithuanian, Finnish, Slovak,
    # Slovenian and Bulgarian: "according to" before or after it
    ("По данным IISS, Германия в 2024 году потратила на оборону 1,6% ВВП.", "1,6%"),
    ("За оцінкою IISS, Німеччина у 2024 році витратила на оборону 1,6% ВВП.", "1,6%"),
    ("Pasak IISS, Vokietija 2024 m. gynybai skyrė 1,6 proc. BVP.", "1,6 proc."),
    ("IISS:n mukaan Saksa käytti vuonna 2024 puolustukseen 1,6 prosenttia BKT:sta.",
     "1,6 prosenttia"),
    ("Podľa IISS Nemecko v roku 2024 vynaložilo na obranu 1,6 % HDP.", "1,6 %"),
    ("Po podatkih IISS je Nemčija leta 2024 za obrambo namenila 1,6 odstotka BDP.",
     "1,6 odstotka"),
    ("Според IISS Германия е похарчила 1,6% от БВП за отбрана през 2024 г.", "1,6%"),
    # the source as the subject of a verb of showing or estimating, and Eurostat in Russian
    ("Dane IISS wskazują, że Niemcy wydały w 2024 r. 1,6 proc. PKB.", "1,6 proc."),
    ("Институт IISS оценивает расходы Германии в 2024 году в 1,6% ВВП.", "1,6%"),
    ("По данным Евростата, Германия в 2024 году потратила на оборону 1,6% ВВП.", "1,6%"),
    # a government named as the source in Ukrainian, Lithuanian, Finnish and Bulgarian
    ("За даними уряду, Латвія у 2024 році витратила 3,1% ВВП.", "3,1%"),
    ("Pasak vyriausybės, Latvija 2024 m. gynybai skyrė 3,1 proc. BVP.", "3,1 proc."),
    ("Ministeriön mukaan Latvia käytti vuonna 2024 puolustukseen 3,1 prosenttia BKT:sta.",
     "3,1 prosenttia"),
    ("Според министерството Латвия е похарчила 3,1% от БВП през 2024 г.", "3,1%"),
])
def test_another_source_or_a_government_named_in_more_languages_never_differs(
        text, figure, facts) -> None:
    row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
    assert row["status"] != "differs", row.to_dict()


@pytest.mark.parametrize("text", [
    # a source before a colon, as headlines and captions quote it
    "IISS: Germany spent 1.6% of GDP on defence in 2024.",
    "Eurostat data: Germany spent 1.6% of GDP on defence in 2024.",
    # the source's data named first; a statistical bureau
    "In SIPRI's figures, Germany spent 1.6% of GDP on defence in 2024.",
    "Germany's federal statistical bureau put 2024 defence outlays at 1.6% of GDP.",
])
def test_another_source_named_before_a_colon_or_as_its_data_never_differs(text, facts) -> None:
    row = row_for(checked(text, SEPTEMBER_2025, facts), "1.6%")
    assert row["status"] != "differs", row.to_dict()


def test_a_kind_of_article_before_a_colon_names_no_source(facts) -> None:
    # "Analysis:" is what the piece is, not who gives the figure: NATO's 2.0% still holds it
    text = "Analysis: Germany spent 1.6% of GDP on defence in 2024."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "1.6%")["status"] == "differs"


def test_the_time_before_from_is_the_later_levels_not_the_earlier_ones(facts) -> None:
    # "rose to 35.5% this year from 25.3%": this year is 35.5%'s; 25.3% has no year given
    text = "Latvia's equipment share rose to 35.5% this year from 25.3%."
    table = checked(text, SEPTEMBER_2025, facts)
    assert row_for(table, "35.5%")["year"] == 2025
    assert row_for(table, "25.3%")["status"] != "differs", table.to_dict("records")


def test_the_earlier_level_with_its_own_year_after_from_keeps_it(facts) -> None:
    text = "Latvia's equipment share rose to 35.5% this year from 25.3% in 2024."
    row = row_for(checked(text, SEPTEMBER_2025, facts), "25.3%")
    assert row["year"] == 2024 and row["status"] == "consistent", row.to_dict()


@pytest.mark.parametrize("text", [
    # another source named after the figure: in brackets, after "per", "as compiled by" or a
    # dash, as its figure or estimate, its report after a comma, its long name, its speaker
    "Italy spent 1.2% of GDP on defence in 2024 (IISS).",
    "Italy spent 1.2% of GDP on defence in 2024, per the IISS.",
    "Italy spent 1.2% of GDP on defence in 2024, as compiled by Eurostat.",
    "Italy's defence spending stood at 1.2% of GDP in 2024 — Eurostat",
    "Eurostat's Italy estimate for 2024 is 1.2% of GDP.",
    "Italy spent 1.2% of GDP in 2024, the IISS's yearly report found.",
    "Italy spent 1.2% of GDP in 2024, the Institute for Fiscal Policy calculates.",
    "Italy spent 1.2% of GDP in 2024, said Marta Rossi of the Milan think tank.",
    "Italy spent 1.2% of GDP in 2024, Italian analysts say.",
])
def test_another_source_named_after_the_figure_never_differs(text, facts) -> None:
    row = row_for(checked(text, SEPTEMBER_2025, facts), "1.2%")
    assert row["status"] != "differs", row.to_dict()


def test_nato_named_after_per_is_no_other_source(facts) -> None:
    text = "Italy spent 1.2% of GDP on defence in 2024, per NATO's estimate."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "1.2%")["status"] == "differs"


@pytest.mark.parametrize("text", [
    # a budget year written by its form: a year with a slash, "the year ending March"
    "In the year ending March 2026 Britain spent 2.2% of GDP on defence.",
    "Britain's defence spending in 2025/26 came to 2.2% of GDP.",
])
def test_a_budget_year_by_its_form_is_the_governments_not_natos(text, facts) -> None:
    row = row_for(checked(text, date(2026, 7, 10), facts), "2.2%")
    assert row["status"] != "differs", row.to_dict()


def test_a_calendar_year_is_still_natos(facts) -> None:
    text = "Britain spent 2.2% of GDP on defence in 2025."
    assert row_for(checked(text, date(2026, 7, 10), facts), "2.2%")["status"] == "differs"


@pytest.mark.parametrize("text", [
    # the budget year with its closing day, a year and the next one's last two digits
    "Canada spent 1.1% of GDP on defence in the year ending March 31, 2024.",
    "For 2023-24, Canada's defence spending came to 1.1% of GDP.",
    # defence ministries by their abbreviations, the US Congressional Budget Office
    "Britain spent 2.1% in 2023, the MoD says.",
    "Canada spent 1.1% in 2023, according to DND.",
    "The US spent 2.9% of GDP on defense in 2023, per the CBO.",
])
def test_a_budget_year_or_a_ministry_by_its_abbreviation_never_differs(text, facts) -> None:
    table = checked(text, date(2024, 7, 1), facts)
    assert "differs" not in set(table["status"]), table.to_dict("records")


def test_an_exercise_named_with_its_edition_year_recalled_later_still_differs(facts) -> None:
    # the sentence names the edition, though a date stands between it and the figure
    text = ("The exercise Trident Juncture 2018 opened on 25 Oct. with 40,000 troops, 90 ships "
            "and 250 aircraft.")
    assert row_for(checked(text, date(2024, 6, 10), facts), "90 ships")["status"] == "differs"
