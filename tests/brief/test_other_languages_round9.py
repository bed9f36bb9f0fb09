"""The brief on news in other languages (issue 9, round 9): allies' names as their languages
write them, a capital after a hyphen ("États-Unis", "Royaume-Uni") and a lower-case second word
("Česká republika", "République tchèque"). Sentences are written for the tests in news style."""

from __future__ import annotations

import pytest

from analysis.extract.extractor import extract_figures


def _entities(text: str) -> list[object]:
    figures = extract_figures(text)
    return list(figures.loc[figures["metric"] == "defence_spending_share_gdp", "entity"])


@pytest.mark.parametrize(("text", "ally"), [
    ("En 2024, les États-Unis ont consacré 3,4 % de leur PIB à la défense.", "United States"),
    ("Le Royaume-Uni a dépensé 2,3 % de son PIB en 2024.", "United Kingdom"),
    ("Les Pays-Bas ont atteint 2,1 % de leur PIB l'an dernier.", "Netherlands"),
    ("Česká republika loni vydala na obranu 2,1 % HDP.", "Czechia"),
    ("La République tchèque a dépensé 2,1 % de son PIB en 2024.", "Czechia"),
])
def test_ally_names_as_their_languages_write_them(text: str, ally: str) -> None:
    assert _entities(text) == [ally]
