"""The brief on news in other languages (issue 9, round 9): allies' names as their languages
write them, a capital after a hyphen ("États-Unis", "Royaume-Uni") and a lower-case second word
("Česká republika", "République tchèque"); the time after the figure a Spanish or French plan
moves to is the plan's ("y planea elevarlo al 4,8% este año"). Sentences are written for the
tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for


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


@pytest.mark.parametrize("text", [
    "Solo Polonia gasta un 4,12% de su PIB y planea elevarlo al 4,8% este año.",
    "La Pologne consacre 4,12 % de son PIB à la défense et prévoit de le porter à 4,8 % en 2026.",
])
def test_a_plans_time_is_not_the_share_before_it(text: str) -> None:
    """The time after the figure a plan moves to is the plan's, not the share's before it."""
    figures = extract_figures(text)
    rows = check_figures(figures, date(2025, 4, 30), text=text)
    share = row_for(rows, "4,12%" if "4,12%" in text else "4,12 %")
    assert share["entity"] == "Poland"
    assert share["year"] != 2025 and share["year"] != 2026
