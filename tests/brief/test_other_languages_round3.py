"""The brief on news in Dutch, Czech, Hungarian, Latvian, Portuguese and more German (issue 9,
round 3): the vocabularies of ``analysis.extract.other_languages`` and the allies' names reach the
brief's checks."""

from __future__ import annotations

from datetime import date

import pytest

from tests.brief.conftest import checked, row_for


@pytest.mark.parametrize(("text", "published", "figure", "ally", "year"), [
    # Czech: "Česko" (Czechia), "loni" (last year), "procenta HDP" (per cent of GDP)
    ("NATO odhadovalo, že Česko loni vydalo na obranu 1,5 procenta HDP.", date(2024, 5, 2),
     "1,5 procenta", "Czechia", 2023),
    # German: "Im Jahr 2023" is a year, not a name; "Polens" is Poland's
    ("Im Jahr 2023 betrugen Polens Verteidigungsausgaben bereits 3,26 Prozent des BIP.",
     date(2024, 9, 2), "3,26 Prozent", "Poland", 2023),
    # Dutch: "van het bbp" (of GDP), "dit jaar" (this year)
    ("Polen geeft dit jaar het meest uit aan defensie, namelijk 4,5 procent van het bbp.",
     date(2025, 8, 29), "4,5 procent", "Poland", 2025),
    # Latvian: "Pagājušajā gadā" (last year), "sava iekšzemes kopprodukta" (of its GDP)
    ("Pagājušajā gadā Kanāda aizsardzības izdevumiem veltījusi 1,37% sava iekšzemes "
     "kopprodukta.", date(2025, 1, 7), "1,37%", "Canada", 2024),
])
def test_an_allys_share_of_gdp_in_another_language_is_checked(text, published, figure, ally,
                                                               year, facts):
    row = row_for(checked(text, published, facts), figure)
    assert row["status"] in ("consistent", "superseded")
    assert (row["entity"], int(row["year"])) == (ally, year)

