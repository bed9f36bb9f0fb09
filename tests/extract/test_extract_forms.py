"""Each language form of issue 3, on sentences written for the tests, and the same sentences
through quantulum3: ours must get more of them right on every form."""

from __future__ import annotations

import importlib.util
import json
import math
import warnings
from pathlib import Path

import pytest

from analysis.extract.extractor import KINDS, UNITS, extract_figures

FORMS_PATH = Path(__file__).parents[1] / "fixtures" / "sources" / "forms.json"
FORMS = {k: v for k, v in json.loads(FORMS_PATH.read_text("utf-8")).items() if k[0] != "_"}
CASES = [
    pytest.param(sentence, expected, id=f"{form}-{index}")
    for form, cases in FORMS.items()
    for index, (sentence, expected) in enumerate(cases)
]
ISSUE_FORMS = {
    "thousands_separators", "decimals", "number_words", "scale_words", "currency_words",
    "percentages", "of_gdp", "counted_nouns", "ranges", "hedges", "parentheses",
    "years_and_counts", "names", "list_markers_and_ordinals",
}


def test_every_form_of_the_issue_has_several_sentences():
    assert set(FORMS) == ISSUE_FORMS
    assert all(len(cases) >= 3 for cases in FORMS.values())


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_form(sentence: str, expected: list[list]):
    frame = extract_figures(sentence)
    got = [[r.text, r.value, r.unit, r.kind, bool(r.approximate)] for r in frame.itertuples()]
    assert [g[0] for g in got] == [e[0] for e in expected]
    for figure, want in zip(got, expected, strict=True):
        assert math.isclose(figure[1], want[1], rel_tol=1e-6), (figure, want)
        assert figure[2:] == want[2:], (figure, want)
    for row in frame.itertuples():
        assert sentence[row.start:row.end] == row.text
        assert row.unit in UNITS and row.kind in KINDS


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Allies should spend 2-3% of GDP.", 2.0, 3.0),
        ("The goal is between 2 and 3 percent.", 2.0, 3.0),
        ("It will take four to five years.", 4.0, 5.0),
        ("They need $1-2 billion.", 1e9, 2e9),
    ],
)
def test_ranges_keep_both_ends(sentence: str, low: float, high: float):
    (row,) = extract_figures(sentence).itertuples()
    assert (row.low, row.high) == (low, high)
    assert row.value == low


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [
        ("about 5 ships", "about"), ("roughly 5 ships", "roughly"), ("nearly 5 ships", "nearly"),
        ("some 5 ships", "some"), ("around 5 ships", "around"), ("more than 5 ships", "more than"),
        ("over 5 ships", "over"), ("up to 5 ships", "up to"), ("at least 5 ships", "at least"),
        ("almost 5 ships", "almost"), ("just over 5 ships", "just over"),
        ("an estimated 5 ships", "an estimated"), ("above 5 ships", "above"),
        ("approximately 5 ships", "approximately"),
    ],
)
def test_every_hedge_of_the_guide_is_approximate_and_in_the_span(sentence, qualifier):
    (row,) = extract_figures(f"They sent {sentence}.").itertuples()
    assert row.approximate and row.qualifier == qualifier and row.text == sentence


@pytest.mark.parametrize(
    "sentence",
    ["First, allies must pay.", "Third, they must deliver.", "It was the second time.",
     "One of them left.", "No one came.", "A few allies objected.", "Several years passed.",
     "Decades of peace ended.", "A year ago it was different.", "Hundreds of troops left.",
     "A third country joined.", "In the first half of the year, spending rose.",
     "It was a one-time payment."],
)
def test_not_figures(sentence: str):
    assert extract_figures(sentence).empty


def _benchmark_module():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "extract.py"
    spec = importlib.util.spec_from_file_location("benchmark_extract", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ours_beats_quantulum3_on_every_form():
    pytest.importorskip("quantulum3")
    bench = _benchmark_module()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        rows = bench.compare_forms({"ours": bench.ours, "quantulum3": bench.quantulum})
    assert {row["form"] for row in rows} == ISSUE_FORMS
    for row in rows:
        assert row["ours"] == row["sentences"], row
        assert row["ours"] > row["quantulum3"], row


def test_the_judge_rejects_wrong_values_units_hedges_and_extras():
    bench = _benchmark_module()
    sentence = "about 5 ships"
    expected = [["about 5 ships", 5, "count", "count", True]]
    assert bench.judge(sentence, expected, [(0, 13, 5.0, "count", True)])
    assert not bench.judge(sentence, expected, [(0, 13, 6.0, "count", True)])
    assert not bench.judge(sentence, expected, [(0, 13, 5.0, "USD", True)])
    assert not bench.judge(sentence, expected, [(0, 13, 5.0, "count", False)])
    assert not bench.judge(sentence, expected, [(0, 13, 5.0, "count", True), (0, 1, 1.0, "", 0)])


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("NATO's 32 countries agreed.", "allies"),
        ("All 32 countries of the alliance signed.", "allies"),
        ("The alliance’s 31 nations met.", "allies"),
        ("Only 11 countries met NATO's guideline.", "allies"),
        ("Troops from 20 countries joined the NATO drill.", "countries"),
        ("The EU has 27 countries.", "countries"),
        ("The EU's 27 member states agreed.", "countries"),
        ("Some 50 countries back Ukraine.", "countries"),
    ],
)
def test_allies_whatever_the_noun_countries_otherwise(sentence: str, unit: str):
    (row,) = extract_figures(sentence).itertuples()
    assert row.unit == unit


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("A poll of 1,000 adults was taken.", "people"),
        ("It hosts 2 million Ukrainians.", "people"),
        ("It had 3 plans.", "count"),
        ("Some 400 civilians fled.", "people"),
    ],
)
def test_people(sentence: str, unit: str):
    (row,) = extract_figures(sentence).itertuples()
    assert row.unit == unit
