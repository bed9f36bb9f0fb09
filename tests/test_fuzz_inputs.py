"""Fuzz tests (hypothesis): the extractor and the report parameter parser on arbitrary input.

``extract_figures`` never crashes, every row's offsets lie inside the text and hold the row's
text, and every value is finite. The parameter parser (``parse_assignments`` then
``resolve_params`` against the reports of ``notebooks/reports.yml``) raises nothing but
ParameterError (an AnalysisError, one line) whatever the command line holds.

Kept fast (a few hundred examples, no deadline: the shared test machine is slow and uneven).
"""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from analysis.errors import AnalysisError, ParameterError
from analysis.extract import extract_figures
from analysis.pipeline.params import load_config, parse_assignments, resolve_params

FUZZ = settings(max_examples=200, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])

# --- extract_figures -------------------------------------------------------------------------

# What numbers in news text are made of, so that the fuzzer reaches the number grammar rather
# than only the "no figure here" path.
FRAGMENTS = [
    "0", "1", "2", "3.5", "18", "2,000", "1.000.000", "4 500", "12,5", "1e9", "07", "-", "–", "+",
    ".", ",", " ", "\n", "\u00a0", "$", "€", "£", "US$", "USD", "EUR", "%", " per cent", "percent",
    " bn", "bn", " billion", " million", "m", "k", "trillion", "thousand", "a", "one", "two",
    "three", "twenty", "hundred", "dozen", "half", "about", "around", "nearly", "more than",
    "up to", "at least", "roughly", "some", "over", "between", " and ", " to ", "of GDP",
    "troops", "soldiers", "ships", "allies", "Allies", "NATO", "Poland", "Türkiye", "US", "UK",
    "in 2024", "2014", "2035", "this year", "last year", "by", "from", "(", ")", "'", '"', "x",
    "1/2", "½", "°", "km", "GDP", "defence spending", "rose", "fell", ";", ":", "?", "!",
]
NUMBERISH = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)
ANY_TEXT = st.text(max_size=400)


def _check_rows(text: str) -> None:
    frame = extract_figures(text)
    for row in frame.to_dict("records"):
        start, end = int(row["start"]), int(row["end"])
        assert 0 <= start < end <= len(text), (start, end, len(text))
        assert text[start:end] == row["text"]
        for column in ("value", "low", "high"):
            value = row[column]
            if value is not None and not (isinstance(value, float) and math.isnan(value)
                                          and column != "value"):
                assert math.isfinite(float(value)), (column, value, row["text"])


@FUZZ
@given(ANY_TEXT)
@example("")
@example("1e999 troops and 10^400 dollars")
@example("9" * 400 + "% of GDP")
def test_extract_figures_on_arbitrary_text(text: str) -> None:
    _check_rows(text)


@FUZZ
@given(NUMBERISH)
@example("between $1bn and $2bn")
@example("about 2% of GDP, up from 1.5 per cent in 2014")
@example("1,000,000,000,000,000,000,000,000,000,000 billion euros")
def test_extract_figures_on_number_fragments(text: str) -> None:
    _check_rows(text)


# --- report parameters -----------------------------------------------------------------------

class FakeUniverse:
    """The data-backed sets, fixed: the fuzz is about parsing, not about loading the workbook."""

    def allies(self, release: str | None) -> list[str]:
        # and the Nordic-Baltic allies, the default of compare
        return ["Poland", "Germany", "Türkiye", "United States", "Denmark", "Estonia",
                "Finland", "Latvia", "Lithuania", "Norway", "Sweden"]

    def years(self, release: str | None) -> list[int]:
        return list(range(2014, 2025))

    def releases(self) -> list[str]:
        return ["2023-07", "2024-06"]

    def latest_release(self) -> str:
        return "2024-06"

    def sources(self) -> list[str]:
        return ["nato-bydgoszcz-2024-02"]


REPORTS = load_config().reports
NAMES = sorted({name for spec in REPORTS.values() for name in spec.parameter_names})
VALUE_PIECES = st.sampled_from([
    "", " ", ",", "[", "]", "{", "}", "'", '"', ":", "-", "+", ".", "e", "inf", "nan", "NaN",
    "0", "1", "2014", "2024", "2999", "-5", "1e400", "all", "ALL", "latest", "true", "no",
    "Poland", "poland", "Türkiye", "T\u0308", "Narnia", "2024-06", "2024-02-30", "!!python/",
    "&a", "*a", "|", ">", "#", "%", "\x00", "\n", "\t",
])
VALUES = st.one_of(st.text(max_size=60), st.lists(VALUE_PIECES, max_size=12).map("".join))
ASSIGNMENT = st.one_of(
    st.text(max_size=40),
    st.tuples(st.sampled_from([*NAMES, "x", "", " ", "1a", "a-b"]), VALUES).map("=".join),
)


def test_list_with_an_impossible_date_is_a_parameter_error() -> None:
    raw = parse_assignments(["allies=[2024-02-30]"])
    with pytest.raises(ParameterError, match="allies"):
        resolve_params(REPORTS["spending_trends"], raw, FakeUniverse())


@FUZZ
@given(st.lists(ASSIGNMENT, max_size=6))
@example(["highlight=[Poland, [Germany]]"])
@example(["guideline_pct=1e400", "start_year=99999999999999999999"])
@example(["allies=T\u0308rkiye,Poland"])
@example(["allies=[2024-02-30]"])
def test_parameter_parsing_raises_only_parameter_errors(items: list[str]) -> None:
    universe = FakeUniverse()
    try:
        raw = parse_assignments(items)
    except ParameterError as error:
        assert "\n" not in str(error)
        return
    for report in REPORTS.values():
        try:
            resolve_params(report, raw, universe)
        except AnalysisError as error:
            assert isinstance(error, ParameterError), type(error)
            assert "\n" not in str(error)


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_the_default_parameters_resolve(name: str) -> None:
    # The fuzz above would pass if every call failed; the defaults must resolve.
    values = resolve_params(REPORTS[name], {}, FakeUniverse())
    assert set(values) == set(REPORTS[name].parameter_names)
