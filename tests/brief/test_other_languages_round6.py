"""The brief on news in other languages (issue 9, round 6): counts of allies at the newer, higher
guideline than 2% ("Trei state ... obiectivul mai ambiţios de 3,5%", "tylko trzy z nich
realizują wyższy cel") and exactly at the 2% floor ("Zeven landen zullen uitkomen op de
ondergrens van 2 procent"); dollars in other languages ("968 Milliarden US-Dollar", "35 mld
dolarów"). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.foreign_level_counts import (
    EXACTLY_AT,
    EXACTLY_AT_RULES,
    NEWER_TARGET,
    NEWER_TARGET_RULES,
)
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for

AFTER_AUGUST_2025 = date(2025, 8, 29)


@pytest.mark.parametrize(("pattern", "example"), NEWER_TARGET_RULES,
                         ids=[row[0] for row in NEWER_TARGET_RULES])
def test_each_newer_target_word_reads_its_example(pattern, example) -> None:
    assert NEWER_TARGET.search(example), example


@pytest.mark.parametrize(("text", "figure"), [
    # Romanian: the allies' own shares in parentheses are no other level
    ("Toate ţările NATO vor atinge în acest an ţinta de 2% din PIB. Trei state (Polonia - "
     "4,48%, Lituania - 4% și Letonia - 3,73%) îndeplinesc obiectivul mai ambiţios de 3,5% "
     "stabilit de Alianţă la summitul din iunie.", "Trei"),
    # Polish: a bare number "of them", the higher target named without its level
    ("W 2025 roku wszystkie państwa członkowskie NATO osiągną cel 2% PKB, jednak tylko trzy z "
     "nich realizują wyższy cel ustalony w czerwcu.", "trzy"),
    # French: "le nouveau seuil plus ambitieux"
    ("L'ensemble des 32 pays de l'OTAN consacreront cette année au moins 2 % de leur PIB à la "
     "défense. Mais seuls trois membres atteignent déjà le nouveau seuil plus ambitieux fixé "
     "en juin.", "trois membres"),
])
def test_a_count_at_the_newer_guideline_in_another_language(text, figure, facts) -> None:
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), figure)
    assert row["metric"] == "allies_above_3.5pct", row["note"]
    assert row["status"] == "consistent", row["note"]


@pytest.mark.parametrize(("text", "figure"), [
    # a new target of another level than the one NATO counts at: no count of it
    ("Toți membrii NATO vor atinge obiectivul de 2%. Doar trei țări membre sunt aproape de "
     "noua țintă de 5%.", "trei țări"),
    # below the newer target: the others
    ("Alle NATO-Staaten erreichen 2 Prozent. Drei Staaten liegen nicht über dem neuen Ziel "
     "von 3,5 Prozent.", "Drei Staaten"),
])
def test_no_count_at_the_newer_guideline_when_another_level_or_below(text, figure,
                                                                     facts) -> None:
    table = checked(text, AFTER_AUGUST_2025, facts)
    rows = table[table["figure"].str.contains(figure.split()[0], case=False)]
    assert not (rows["metric"] == "allies_above_3.5pct").any(), rows[["figure", "metric"]]


@pytest.mark.parametrize(("text", "figure"), [
    ("Die USA geben 968 Milliarden US-Dollar aus.", "968 Milliarden US-Dollar"),
    ("Stany Zjednoczone wydają 967 mld dol. na obronę.", "967 mld dol"),
    ("Polska wyda 35 mld dolarów na obronność.", "35 mld dolarów"),
    ("Gli Stati Uniti spendono 968 miliardi di dollari.", "968 miliardi di dollari"),
    ("Estados Unidos gasta 968.000 millones de dólares.", "968.000 millones de dólares"),
])
def test_dollars_in_another_language_are_money(text, figure) -> None:
    figures = extract_figures(text, AFTER_AUGUST_2025)
    row = figures[figures["text"] == figure]
    assert len(row) == 1, figures[["text", "unit"]]
    assert row.iloc[0]["unit"] == "USD"


def test_an_allys_dollars_in_another_language_are_checked(facts) -> None:
    text = ("In absoluten Zahlen bleiben die USA Spitzenreiter mit Militärausgaben von 968 "
            "Milliarden US-Dollar im Jahr 2024.")
    row = row_for(checked(text, date(2024, 9, 2), facts), "968 Milliarden US-Dollar")
    assert (row["metric"], row["entity"]) == ("ally_defence_spending", "United States")
    assert row["status"] == "consistent", row["note"]


@pytest.mark.parametrize(("pattern", "example"), EXACTLY_AT_RULES,
                         ids=[row[0] for row in EXACTLY_AT_RULES])
def test_each_exactly_at_rule_reads_its_example(pattern, example) -> None:
    before_level = example[:example.rindex("2")]
    assert EXACTLY_AT.search(before_level), example


@pytest.mark.parametrize(("text", "figure", "key"), [
    ("NATO meldt dat alle lidstaten de norm halen. Zeven landen zullen uitkomen op de "
     "ondergrens van 2 procent, aldus de NAVO.", "Zeven landen", "allies_at_exactly_2.0pct"),
    # a bare number after the allies the sentence named
    ("Toate ţările NATO vor atinge în acest an ţinta de 2% din PIB, şapte fiind la nivelul de "
     "2%, iar majoritatea puţin peste această limită.", "şapte", "allies_at_exactly_2.0pct"),
])
def test_a_count_exactly_at_two_percent_in_another_language(text, figure, key, facts) -> None:
    row = row_for(checked(text, AFTER_AUGUST_2025, facts), figure)
    assert row["metric"] == key, row["note"]
    assert row["status"] == "consistent", row["note"]


def test_at_least_two_percent_is_no_count_exactly_at_it(facts) -> None:
    # Polish "minimum 2%" is "at least 2%": the allies at or above it
    text = "Wszystkie państwa NATO osiągną cel. Siedem państw wyda minimum 2% PKB na obronność."
    table = checked(text, AFTER_AUGUST_2025, facts)
    assert not table["metric"].astype(str).str.startswith("allies_at_exactly").any(), \
        table[["figure", "metric"]]
