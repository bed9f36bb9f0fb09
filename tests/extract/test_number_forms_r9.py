"""Number forms read in round 9 (English recall): a unit an editor adds to a quotation in square
brackets ("an unprecedented 11 [percent]") is the figure's unit."""

from __future__ import annotations

import pytest

from analysis.extract.extractor import extract_figures


def readings(text: str) -> dict[str, tuple[float, str]]:
    figures = extract_figures(text)
    return {row.text: (row.value, row.unit) for row in figures.itertuples()}


@pytest.mark.parametrize(("sentence", "surface", "value", "unit"), [
    ("Outlays had grown by a \u201cstunning 14 [percent]\u201d, officials said.", "14 [percent]",
     14.0, "percent"),
    ("The minister said it was \u201c1.8 [per cent] of our GDP\u201d.", "1.8 [per cent]",
     1.8, "percent_gdp"),
    ("Growth reached 7 [%] last year.", "7 [%]", 7.0, "percent"),
])
def test_a_bracketed_unit_is_the_figures_unit(sentence, surface, value, unit) -> None:
    found = readings(sentence)
    assert found[surface] == (pytest.approx(value), unit)


def test_other_bracketed_words_leave_a_count() -> None:
    # control: an editor's "[sic]" is no unit
    found = readings("The unit bought 3 [sic] new trucks.")
    assert found.get("3 [sic]") is None and any(unit != "percent" for _, unit in found.values())
