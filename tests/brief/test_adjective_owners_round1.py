"""An ally's spending named by its adjective in more languages (issue 9, adjective owners round
one): Dutch, Spanish, Portuguese, Italian, Polish, Danish, Norwegian, Swedish, Czech, Greek,
Romanian and Hungarian, read by :mod:`analysis.brief.adjective_owners` from the stems of
:mod:`analysis.data.ally_adjectives`. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 3)  # NATO, June 2024: Denmark 2.37%, Poland 4.12%, Norway 2.20% in 2024


@pytest.mark.parametrize("text, figure, ally", [
    ("Volgens de jongste ramingen klimmen de Deense defensie-uitgaven in 2024 tot 3,1 procent "
     "van het bbp.", "3,1 procent", "Denmark"),
    ("El gasto militar noruego llegará en 2024 al 2,9% del PIB.", "2,9%", "Norway"),
    ("Os gastos militares belgas sobem em 2024 para 1,9% do PIB.", "1,9%", "Belgium"),
    ("La spesa militare olandese salirà nel 2024 al 2,6% del Pil.", "2,6%", "Netherlands"),
    ("Duńskie wydatki obronne wzrosną w 2024 roku do 3,3 proc. PKB.", "3,3 proc.", "Denmark"),
    ("De finske forsvarsudgifter stiger i 2024 til 2,9 procent af BNP.", "2,9 procent",
     "Finland"),
    ("De svenske forsvarsutgiftene øker i 2024 til 2,8 prosent av BNP.", "2,8 prosent",
     "Sweden"),
    ("De tyska försvarsutgifterna ökar 2024 till 2,9 procent av BNP.", "2,9 procent",
     "Germany"),
    ("Οι ρουμανικές αμυντικές δαπάνες το 2024 θα φθάσουν το 1,6% του ΑΕΠ.", "1,6%", "Romania"),
    ("Cheltuielile militare poloneze vor ajunge în 2024 la 3,1% din PIB.", "3,1%", "Poland"),
])
def test_a_wrong_share_of_an_ally_named_by_its_adjective_differs_from_its_own(
        text, figure, ally, facts) -> None:
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert (row["entity"], row["status"]) == (ally, "differs"), row.to_dict()


@pytest.mark.parametrize("text, figure, ally", [
    ("El gasto militar polaco alcanza en 2024 el 4,12% del PIB.", "4,12%", "Poland"),
    ("De Noorse defensie-uitgaven bedragen in 2024 2,2 procent van het bbp.", "2,2 procent",
     "Norway"),
])
def test_a_right_share_of_an_ally_named_by_its_adjective_agrees(
        text, figure, ally, facts) -> None:
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert row["entity"] == ally and row["status"] in {"consistent", "superseded"}, \
        row.to_dict()


@pytest.mark.parametrize("text, figure, ally", [
    # Czech and Hungarian: the owner is read (the check still wants a year or a metric)
    ("Maďarské výdaje na obranu v roce 2024 dosáhnou 1,4 % HDP.", "1,4 %", "Hungary"),
    ("A dán védelmi kiadások 2024-ben a GDP 3,2%-át érik el.", "3,2%", "Denmark"),
])
def test_the_ally_named_by_its_adjective_owns_the_share(text, figure, ally, facts) -> None:
    assert row_for(checked(text, JULY_2024, facts), figure)["entity"] == ally


@pytest.mark.parametrize("text, figure", [
    # the adjective of a person names no owner (guards: pass without the reading too)
    ("El ministro español dijo en 2024 que la OTAN gasta el 2,7% del PIB.", "2,7%"),
    ("Il ministro tedesco ha detto che nel 2024 l'Alleanza spende il 2,7% del Pil.", "2,7%"),
    ("Den danske forsvarsminister sagde i 2024, at alliancen bruger 2,7 procent af BNP.",
     "2,7 procent"),
    # a comparison with another whole keeps its guard
    ("De Zweedse defensie-uitgaven liggen in 2024 lager dan het gemiddelde van 2,7 procent.",
     "2,7 procent"),
    ("Los gastos militares checos siguen en 2024 por debajo de la media de 2,7%.", "2,7%"),
])
def test_an_adjective_of_a_person_or_a_comparison_names_no_owner(text, figure, facts) -> None:
    row = row_for(checked(text, JULY_2024, facts), figure)
    assert not row["entity"] and row["status"] != "differs", row.to_dict()
