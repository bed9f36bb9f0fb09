"""The brief on news in other languages (issue 9, round 27): Croatian, Serbian and Bosnian
"posto" (per cent) read as a per cent where no rank can be meant: after a number in their words
("dva posto", "tri posto") or after a whole number before GDP's abbreviation ("2 posto BDP-a");
Italian "al 2 posto" (second place) stays a rank. Sentences are written for the tests in news
style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

JUNE_2024 = date(2024, 6, 20)


def _rows(text: str, published: date = JUNE_2024):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize(("text", "figure", "ally"), [
    # Bosnian: the number in words, "two per cent of GDP"
    ("Prema novom budžetu, Albanija će ove godine za odbranu izdvojiti dva posto "
     "BDP-a.", "dva posto", "Albania"),
    # Croatian: a whole number before "BDP-a"
    ("Sjeverna Makedonija ove godine za vojsku planira potrošiti 2 posto BDP-a, tvrde u "
     "Skoplju.", "2 posto", "North Macedonia"),
])
def test_serbo_croatian_posto_is_a_share_of_gdp(text: str, figure: str, ally: str) -> None:
    row = row_for(_rows(text), figure)
    assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", ally, 2024)
    assert row["status"] == "consistent"


def test_italian_rank_with_posto_stays_no_share() -> None:
    """Italian "al 2 posto" is second place: no per cent, whatever follows."""
    text = "Nella classifica dei bilanci la Spagna è scesa al 2 posto dopo il voto di giugno."
    rows = _rows(text)
    assert not any(str(figure).endswith("posto") for figure in rows["figure"])
    assert "ally_share_gdp" not in set(rows["metric"])
