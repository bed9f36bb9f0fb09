"""The brief on news in other languages (issue 9, round 13): a year after a figure that follows
"since <an event> in" ("depuis Reforger en 1988", "seit Reforger im Jahr 1988") dates the event
a comparison runs from, not the figure. Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

LAUNCH_DAY = date(2024, 1, 20)


def _rows(text: str, published: date = LAUNCH_DAY):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize("text, figure", [
    ("Steadfast Defender 2024 rassemblera 90.000 soldats. Environ 80 avions participeront à ce "
     "plus grand exercice depuis celui de Reforger en 1988.", "Environ 80"),
    ("Steadfast Defender 2024 bringt 90.000 Soldaten zusammen. Rund 50 Kriegsschiffe nehmen an "
     "dem größten Manöver seit dem Manöver Reforger im Jahr 1988 teil.", "Rund 50"),
    ("Steadfast Defender 2024 will gather 90,000 troops. About 80 aircraft will join the largest "
     "drill since Reforger in 1988.", "About 80 aircraft"),
])
def test_a_year_since_an_event_after_the_figure_is_not_its_year(text: str, figure: str) -> None:
    """The exercise's count is compared with the exercise's figures, not looked for in 1988."""
    row = row_for(_rows(text), figure)
    assert row["status"] == "consistent"


def test_a_year_right_after_the_figure_stays_its_year() -> None:
    """Without "since", the year after the figure is its own: a share of 2014 stays of 2014."""
    text = "La Pologne a consacré 1,85 % de son PIB à la défense en 2014."
    row = row_for(_rows(text), "1,85 %")
    assert str(row["year"]).startswith("2014")
