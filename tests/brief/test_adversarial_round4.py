"""Readings of round four of the invented sentences (issue 9): false alarms found BEFORE unseen
articles find them, with the sentences of :mod:`tests.brief.adversarial_sentences_round4` (a
guard over all of them) and a regression test per reading on other invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.adversarial_sentences_round4 import (
    ENGLISH_ROUND4,
    LEFTOVERS_ROUND4,
    OTHER_LANGUAGES_ROUND4,
    PROBES_ROUND4,
)
from tests.brief.conftest import checked, cries_of_wolf, row_for

JULY_2024 = date(2024, 7, 3)  # NATO, June 2024: Germany 2.12% in 2024, NATO total 2.71%


def test_no_probe_of_round_four_cries_wolf_and_the_wrong_numbers_still_differ(
        placed_facts) -> None:
    alarms, missed = cries_of_wolf(PROBES_ROUND4, placed_facts)
    assert not alarms, alarms
    assert not missed, missed


@pytest.mark.xfail(reason="round four's leftovers: see LEFTOVERS_ROUND4", strict=True)
def test_round_four_leftovers_neither_cry_wolf_nor_miss(placed_facts) -> None:
    alarms, missed = cries_of_wolf(LEFTOVERS_ROUND4, placed_facts)
    assert not alarms and not missed, (alarms, missed)


def test_round_four_covers_its_kinds_and_languages() -> None:
    assert len(PROBES_ROUND4) >= 200
    assert len(OTHER_LANGUAGES_ROUND4) >= 0.4 * len(PROBES_ROUND4)
    assert len(ENGLISH_ROUND4) >= 100
    assert any(p.wrong for p in PROBES_ROUND4)


@pytest.mark.parametrize("text, figure", [
    # an ally's spending named by its adjective, NATO named as the source after the figure (a
    # verb before NATO, "according to" before or after it): never NATO's own total (a wrong
    # share may differ from the ally's own, read since tests/brief/test_adjective_owners_round1.py)
    ("De Belgische defensie-uitgaven stijgen dit jaar tot 2,3 procent van het bbp, schat de "
     "NAVO.", "2,3 procent"),
    ("Οι πορτογαλικές αμυντικές δαπάνες ανέβηκαν φέτος στο 2,4% του ΑΕΠ, σύμφωνα με το ΝΑΤΟ.",
     "2,4%"),
    ("Slovenské výdaje na obranu letos vzrostou na 1,9 % HDP, odhaduje NATO.", "1,9 %"),
    ("De finske forsvarsutgiftene stiger i år til 2,3 prosent av BNP, anslår NATO.",
     "2,3 prosent"),
    ("De svenske forsvarsudgifter er i år 2,4 procent af BNP, vurderer NATO.", "2,4 procent"),
    ("Bulgariska försvarsutgifter stiger i år till 2,2 procent av BNP, enligt Nato.",
     "2,2 procent"),
])
def test_nato_named_as_the_source_in_other_languages_is_not_the_owner(
        text, figure, facts) -> None:
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert row["status"] != "differs" or row["entity"], row.to_dict()


@pytest.mark.parametrize("text, figure", [
    # the writer's, an outlet's or a bank's own calculation, never NATO's estimate
    ("By my own arithmetic, Germany spends 2.6% of GDP on defence this year.", "2.6%"),
    ("On our count, Germany spends 2.6% of GDP on defence this year.", "2.6%"),
    ("The Guardian's tally puts German defence spending at 2.6% of GDP this year.", "2.6%"),
    ("A Der Spiegel review of budget lines shows Germany spending 2.6% of GDP this year.",
     "2.6%"),
    ("Calculations by the Financial Times put Germany at 2.6% of GDP this year.", "2.6%"),
    ("Germany spends 2.6% of GDP on defence this year, Agence France-Presse calculated.",
     "2.6%"),
    ("Berenberg economists estimate Germany spends 2.6% of GDP on defence this year.", "2.6%"),
    ("Oxford Economics reckons Germany spends 2.6% of GDP on defence this year.", "2.6%"),
    # in the other languages
    ("Nach unseren Berechnungen gibt Deutschland dieses Jahr 2,6 Prozent des BIP für "
     "Verteidigung aus.", "2,6 Prozent"),
    ("Selon nos calculs, l'Allemagne consacre cette année 2,6 % de son PIB à la défense.",
     "2,6 %"),
    ("Według naszych obliczeń Niemcy wydały w 2024 r. 2,6 proc. PKB na obronność.",
     "2,6 proc."),
    ("Ifølge vores beregninger bruger Tyskland i år 2,6 procent af BNP på forsvar.",
     "2,6 procent"),
])
def test_an_own_calculation_is_another_source(text, figure, facts) -> None:
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert row["status"] != "differs", row.to_dict()


@pytest.mark.parametrize("text", [
    # NATO's own count, and a capitalised review that is a government's programme, still differ
    "By NATO's own count, Germany spends 2.6% of GDP on defence this year.",
    "Germany spends 2.6% of GDP on defence this year, NATO calculated.",
])
def test_natos_own_calculation_still_differs(text, facts) -> None:
    assert row_for(checked(text, JULY_2024, facts), "2.6%")["status"] == "differs"


@pytest.mark.parametrize("text, figure", [
    # an outlet's calculation or analysis named after "according to" (before or after it) in the
    # other languages
    ("Potrivit calculelor Adevărul, Germania a cheltuit 2,6% din PIB în 2024.", "2,6%"),
    ("Podle propočtů Seznam Zpráv vydalo Německo v roce 2024 na obranu 2,6 % HDP.", "2,6 %"),
    ("Ifølge Aftenpostens beregninger brukte Tyskland 2,6 prosent av BNP på forsvar i 2024.",
     "2,6 prosent"),
    ("Secondo un'analisi di Repubblica, la Germania ha speso il 2,6% del Pil nel 2024.", "2,6%"),
    ("Le Figaro'nun hesaplamasına göre Almanya 2024'te GSYH'nin yüzde 2,6'sını harcadı.",
     "yüzde 2,6"),
    ("A HVG számításai szerint Németország 2024-ben a GDP 2,6 százalékát költötte védelemre.",
     "2,6 százalékát"),
    ("Enligt Expressens genomgång lade Tyskland 2,6 procent av BNP på försvaret 2024.",
     "2,6 procent"),
])
def test_an_outlets_calculation_in_other_languages_is_another_source(
        text, figure, facts) -> None:
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert row["status"] != "differs", row.to_dict()


@pytest.mark.parametrize("text", [
    "Secondo i calcoli della Nato, la Germania ha speso il 2,6% del Pil nel 2024.",
    "Según los cálculos de la OTAN, Alemania gastó el 2,6% del PIB en 2024.",
])
def test_natos_own_calculation_in_other_languages_still_differs(text, facts) -> None:
    assert row_for(checked(text, JULY_2024, facts), "2,6%")["status"] == "differs"
