"""Readings of round 21 (issue 9): false alarms found BEFORE unseen articles find them, with the
invented sentences of :mod:`tests.brief.adversarial_sentences` (a guard over all of them) and a
regression test per reading on other invented sentences."""

from __future__ import annotations

from datetime import date

from analysis.brief.basis import with_statement_bases
from tests.brief.adversarial_sentences import ENGLISH, ENGLISH_HARDER, PROBES
from tests.brief.conftest import checked, cries_of_wolf, row_for

OCTOBER_2025 = date(2025, 10, 6)  # NATO, August 2025: France 2.03% in 2024, Poland 3.79%



def test_no_probe_cries_wolf_and_the_wrong_numbers_still_differ(placed_facts) -> None:
    alarms, missed = cries_of_wolf(PROBES, placed_facts)
    assert not alarms, alarms
    assert not missed, missed


def test_the_probes_cover_the_languages_and_releases() -> None:
    assert len(PROBES) >= 150
    english = len(ENGLISH) + len(ENGLISH_HARDER)
    assert 0.4 * len(PROBES) <= english <= 0.6 * len(PROBES)
    assert min(p.published for p in PROBES) <= date(2023, 4, 30)
    assert max(p.published for p in PROBES) >= date(2026, 7, 1)


def test_placed_facts_are_not_placed_again(placed_facts) -> None:
    assert with_statement_bases(placed_facts) is placed_facts


def test_a_statistics_office_named_statistics_and_its_country_is_another_source(facts) -> None:
    # NATO, June 2024: the Netherlands 1.66% in 2023
    text = "Statistics Netherlands reported that defence outlays came to 1.4% of GDP in 2023."
    row = row_for(checked(text, date(2024, 7, 1), facts), "1.4%")
    assert row["status"] != "differs" and "another source" in row["note"]


def test_nato_said_last_month_is_a_statement_before_the_source(facts) -> None:
    # NATO, April 2025 (annual report): Spain 1.24% in 2024; August 2025: 1.43%
    for text, figure in (
            ("Last April, NATO expected Spain to spend 1.24% of GDP in 2024.", "1.24%"),
            ("Last April, the alliance said Spain spent 1.24% of GDP in 2024.", "1.24%")):
        row = row_for(checked(text, OCTOBER_2025, facts), figure)
        assert row["status"] == "superseded", text


def test_a_count_expected_in_an_earlier_month_is_a_statement_before_the_source(facts) -> None:
    # NATO, April 2025: 22 allies at 2% in 2024; August 2025: 18 (19 stated)
    for text, figure in (
            ("Twenty-two allies were expected in April to meet the guideline in 2024.",
             "Twenty-two allies"),
            ("In 2024, 22 allies were predicted in April to reach the target.", "22 allies")):
        assert row_for(checked(text, OCTOBER_2025, facts), figure)["status"] == "superseded", \
            text


def test_a_count_expected_in_a_month_no_release_gave_still_differs(facts) -> None:
    text = "Twenty allies were expected in January to reach the target in 2024."
    assert row_for(checked(text, OCTOBER_2025, facts), "Twenty allies")["status"] == "differs"


def test_a_government_that_says_that_in_another_language_is_its_own_figure(facts) -> None:
    for text, figure in (
            ("Le ministère des Armées estime que la France a consacré 2,3 % de son PIB à la "
             "défense en 2024.", "2,3 %"),
            ("Ministerstwo Obrony Narodowej szacuje, że Polska wydała w 2024 r. na obronność "
             "4,3 proc. PKB.", "4,3 proc."),
            ("Het ministerie schat dat Frankrijk in 2024 2,3 procent van het bbp aan defensie "
             "uitgaf.", "2,3 procent"),
            ("Guvernul francez susține că Franța a cheltuit 2,3% din PIB pentru apărare în "
             "2024.", "2,3%"),
            ("Die Regierung in Paris erklärt, dass Frankreich 2024 2,3 Prozent des BIP für "
             "Verteidigung ausgab.", "2,3 Prozent")):
        row = row_for(checked(text, OCTOBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_nato_saying_that_is_still_compared(facts) -> None:
    text = "L'Otan estime que la France a consacré 2,3 % de son PIB à la défense en 2024."
    assert row_for(checked(text, OCTOBER_2025, facts), "2,3 %")["status"] == "differs"


def test_another_sources_count_change_or_share_of_the_total_is_only_to_agree(facts) -> None:
    # NATO, August 2025: 18 allies at 2% in 2024; April 2025: the US 64% of the allies' total
    for text, figure in (
            ("According to the Kiel Institute, 14 allies reached the 2% goal in 2024.",
             "14 allies"),
            ("According to the IISS, the United States accounted for 69% of NATO defence "
             "spending in 2024.", "69%")):
        row = row_for(checked(text, OCTOBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "another source" in row["note"], text


def test_natos_own_count_is_still_compared(facts) -> None:
    text = "According to NATO, 14 allies reached the 2% goal in 2024."
    assert row_for(checked(text, OCTOBER_2025, facts), "14 allies")["status"] == "differs"


def test_a_government_named_for_another_figure_leaves_a_count_compared(facts) -> None:
    # NATO, August 2025: 18 allies at 2% in 2024 (19 stated)
    for text, figure in (
            ("Fourteen allies reached the 2% goal in 2024, among them Slovakia, which spent 2.1% "
             "according to the defence ministry.", "Fourteen allies"),
            ("Im Jahr 2024 erreichten 14 Verbündete das Ziel, darunter die Slowakei, die laut "
             "Verteidigungsministerium 2,1 Prozent ausgab.", "14 Verbündete")):
        assert row_for(checked(text, OCTOBER_2025, facts), figure)["status"] == "differs", text
