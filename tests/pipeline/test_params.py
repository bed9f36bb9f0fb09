"""Report parameters: declared types and allowed values, checked against the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis.data import load
from analysis.errors import ParameterError
from analysis.pipeline.config import SYMBOLIC_SETS, TYPES, load_config
from analysis.pipeline.params import parse_assignments, resolve_params

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def config():
    return load_config(ROOT / "notebooks" / "reports.yml")


@pytest.fixture(scope="module")
def spending(config):
    return config.report("spending_trends")


def test_every_report_resolves_its_defaults_on_the_bundled_data(config):
    for name, spec in config.reports.items():
        params = resolve_params(spec, {})
        assert list(params) == list(spec.parameter_names), name


def test_spending_trends_defaults(spending):
    params = resolve_params(spending, {})
    assert params == {
        "allies": "all", "start_year": 2014, "end_year": max(load.years(load.latest_release())),
        "release": load.latest_release(), "guideline_pct": 2.0, "highlight": [],
    }


def test_end_year_latest_follows_the_chosen_release(spending):
    """The default end year is the last year of the release read: 2025e for 2025-08, while
    release=2024-06 stays valid and ends in 2024."""
    assert resolve_params(spending, {"release": "2025-08"})["end_year"] == 2025
    assert resolve_params(spending, {"release": "2024-06"})["end_year"] == 2024
    assert resolve_params(spending, {"release": "2024-06", "end_year": "LATEST"})["end_year"] \
        == 2024
    assert resolve_params(spending, {"end_year": "2020"})["end_year"] == 2020
    with pytest.raises(ParameterError, match="end_year: 2025 is outside the data of release "
                                             "2024-06"):
        resolve_params(spending, {"release": "2024-06", "end_year": "2025"})


def test_command_line_strings_are_coerced_to_the_declared_types(spending):
    raw = parse_assignments([
        "allies=poland, Germany,United States", "start_year=2019", "guideline_pct=2.5",
        "highlight=Türkiye", "release=latest",
    ])
    params = resolve_params(spending, raw)
    assert params["allies"] == ["Poland", "Germany", "United States"]
    assert params["start_year"] == 2019 and isinstance(params["start_year"], int)
    assert params["guideline_pct"] == 2.5
    assert params["highlight"] == ["Türkiye"]
    assert params["release"] == load.latest_release() == "2025-08"


def test_all_is_kept_and_lists_accept_brackets(spending):
    assert resolve_params(spending, {"allies": "ALL"})["allies"] == "all"
    params = resolve_params(spending, {"allies": '["Poland", "Norway"]', "highlight": ""})
    assert params["allies"] == ["Poland", "Norway"]
    assert params["highlight"] == []


def test_ally_names_come_back_in_nato_spelling(config):
    assert resolve_params(config.report("ally_profile"), {"ally": "north macedonia"}) == {
        "ally": "North Macedonia"
    }


@pytest.mark.parametrize(
    ("raw", "names"),
    [
        ({"colour": "red"}, ["colour", "unknown parameter"]),
        ({"start_year": "twenty"}, ["start_year", "expected an integer"]),
        ({"start_year": "2019.5"}, ["start_year", "expected an integer"]),
        ({"guideline_pct": "two"}, ["guideline_pct", "expected a number"]),
        ({"guideline_pct": "nan"}, ["guideline_pct", "finite"]),
        ({"guideline_pct": "50"}, ["guideline_pct", "maximum"]),
        ({"allies": "Poland,Atlantis"}, ["allies", "unknown ally", "Atlantis"]),
        ({"allies": ""}, ["allies", "empty list"]),
        ({"highlight": "Polnd"}, ["highlight", "did you mean 'Poland'"]),
        ({"start_year": "2009"}, ["start_year", "2009", "outside the data", "(2014-"]),
        ({"end_year": "2031"}, ["end_year", "2031", "outside"]),
        ({"start_year": "2024", "end_year": "2020"}, ["start_year=2024", "<=", "end_year=2020"]),
        ({"release": "1999-01"}, ["release", "unknown release", "1999-01"]),
    ],
)
def test_bad_values_name_the_parameter_in_one_line(spending, raw, names):
    with pytest.raises(ParameterError) as caught:
        resolve_params(spending, raw)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("report spending_trends: ")
    for name in names:
        assert name in message


def test_python_values_are_type_checked_too(spending, config):
    with pytest.raises(ParameterError, match="start_year: expected an integer, got True"):
        resolve_params(spending, {"start_year": True})
    with pytest.raises(ParameterError, match="ally: expected text, got 3"):
        resolve_params(config.report("ally_profile"), {"ally": 3})
    assert resolve_params(spending, {"start_year": 2016})["start_year"] == 2016


def test_unknown_source_and_the_seed_source(config):
    spec = config.report("source_brief")
    assert resolve_params(spec, {}) == {"source": "nato-bydgoszcz-2024-02"}
    with pytest.raises(ParameterError, match="source: unknown source 'nato-nowhere'"):
        resolve_params(spec, {"source": "nato-nowhere"})


def test_force_numbers_years_checked_against_the_latest_release(config):
    spec = config.report("force_numbers")
    assert resolve_params(spec, {"year": "2015"})["year"] == 2015
    latest = load.latest_release()
    with pytest.raises(ParameterError, match=f"year: 2013 is outside the data of release {latest}"):
        resolve_params(spec, {"year": "2013"})


def test_bools_and_literal_allowed_values(tmp_path):
    path = tmp_path / "reports.yml"
    path.write_text(
        "reports:\n"
        "  demo:\n"
        "    notebook: demo.ipynb\n"
        "    parameters:\n"
        "      detailed: {type: bool, default: false}\n"
        "      style: {type: str, default: bars, allowed: [bars, lines]}\n"
        "      tags: {type: 'list[str]', default: [a], allowed: [a, b, c]}\n",
        encoding="utf-8",
    )
    spec = load_config(path).report("demo")
    assert resolve_params(spec, {"detailed": "yes", "tags": "b,a,b"}) == {
        "detailed": True, "style": "bars", "tags": ["b", "a"],
    }
    assert resolve_params(spec, {"detailed": "OFF"})["detailed"] is False
    with pytest.raises(ParameterError, match="detailed: expected true or false, got 'maybe'"):
        resolve_params(spec, {"detailed": "maybe"})
    with pytest.raises(ParameterError, match="style: 'pie' is not allowed; choose from bars"):
        resolve_params(spec, {"style": "pie"})
    with pytest.raises(ParameterError, match="tags: 'd' is not allowed"):
        resolve_params(spec, {"tags": "a,d"})


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["start_year"], "expected NAME=VALUE"),
        (["=2020"], "expected NAME=VALUE"),
        (["start year=2020"], "expected NAME=VALUE"),
        (["a=1", "a=2"], "parameter a: given twice"),
    ],
)
def test_bad_assignments(items, message):
    with pytest.raises(ParameterError, match=message):
        parse_assignments(items)


def test_assignment_splits_at_the_first_equals_sign():
    assert parse_assignments(["title=a=b", "x= 1 "]) == {"title": "a=b", "x": "1"}


HEAD = "reports:\n  r:\n    notebook: r.ipynb\n    parameters:\n"
PARAM_FIELDS = "allowed, default, help, max, min, type"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        # structure: jsonschema, turned into file, report, parameter and field
        ("reports:\n  r: {title: x}\n", "report r: missing 'notebook'"),
        ("reports:\n  r: {notebook: r.txt}\n", "report r: notebook: 'r.txt' is not a .ipynb file"),
        (HEAD + "      p: {type: date, default: 1}\n",
         "report r: parameter p: type: 'date' is not one of str, int, float, bool, list[str], "
         "ally, allies, year, release, source"),
        (HEAD + "      p: {type: int}\n", "report r: parameter p: missing 'default'"),
        (HEAD + "      p: {type: int, default: 1, help: one, two}\n",
         f"report r: parameter p: unknown field 'two'; known: {PARAM_FIELDS}"),
        (HEAD + "      p: {type: int, default: 1, allowed: everything}\n",
         "report r: parameter p: allowed: 'everything' is not a list of values or one of "
         "allies, years, releases, sources"),
        ("reports:\n  r: {notebook: r.ipynb, timeout: soon}\n",
         "report r: timeout: expected number, got 'soon'"),
        ("reports:\n  r: {notebook: r.ipynb, artifacts: write_csv}\n",
         "report r: artifacts: 'write_csv' is not 'module:function'"),
        ("reports:\n  r: {notebook: r.ipynb}\nextra: 1\n",
         "unknown field 'extra'; known: default_set, defaults, reports"),
        ("reports: {}\n", "reports: {} should be non-empty"),
        # what a schema cannot say: names that must be the report's own
        (HEAD + "      p: {type: int, default: 1}\n    rules: [p <= q]\n",
         "report r: rule 'p <= q' is not 'param OP param' over its parameters"),
        (HEAD + "      p: {type: int, default: 1}\n    rules: [p less q]\n",
         "report r: rules.0: 'p less q' is not 'param OP param'"),
        (HEAD + "      p: {type: int, default: 1}\n      q: {type: str, default: a}\n"
         "    rules: [p <= q]\n", "report r: rule 'p <= q' compares a int with a str"),
        (HEAD + "      p: {type: str, default: a, min: 1}\n",
         "report r: parameter p: min and max need a type of int, float, year, not str"),
        (HEAD + "      p: {type: int, default: 1}\n    slot: [q]\n",
         "report r: slot names unknown parameter 'q'"),
        ("reports:\n  r:\n    notebook: r.ipynb\ndefault_set: [s]\n",
         "default_set names unknown report 's'"),
        ("reports:\n  r:\n    notebook: r.ipynb\ndefault_set: [{report: r, for_each: {a: "
         "allies}}]\n", "default_set entry r: for_each a: allies names no parameter of r"),
        ("reports: [1, 2\n", "line 2 column 1: not valid YAML"),
    ],
)
def test_config_mistakes_are_one_line_errors(tmp_path, body, message):
    path = tmp_path / "reports.yml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ParameterError) as caught:
        load_config(path)
    text = str(caught.value)
    assert "\n" not in text
    assert text.startswith(("reports.yml: ", f"{path} line")), text
    assert message in text


def test_the_schema_is_the_one_list_of_types_and_sets():
    assert "release" in TYPES and "list[str]" in TYPES
    assert SYMBOLIC_SETS == ("allies", "years", "releases", "sources")
    for name, spec in load_config(ROOT / "notebooks" / "reports.yml").reports.items():
        assert all(p.type in TYPES for p in spec.parameters), name


def test_a_rule_over_values_that_cannot_be_compared_is_a_parameter_error(tmp_path):
    path = tmp_path / "reports.yml"
    path.write_text(HEAD + "      a: {type: allies, default: all}\n"
                    "      b: {type: allies, default: all}\n    rules: [a < b]\n",
                    encoding="utf-8")
    spec = load_config(path).report("r")
    with pytest.raises(ParameterError, match="rule 'a < b' cannot compare a=.* with b='all'"):
        resolve_params(spec, {"a": "Poland"})


def test_unknown_report_lists_the_known_ones(config):
    with pytest.raises(ParameterError, match="unknown report 'spending'; choose from spending_"):
        config.report("spending")
