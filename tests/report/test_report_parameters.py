"""Report parameters as a notebook receives them (analysis.report.parameters)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.data import load
from analysis.errors import ParameterError
from analysis.pipeline.params import load_config, resolve_params
from analysis.report import parameters


def test_resolve_release_defaults_to_the_newest():
    assert parameters.resolve_release(None, ["2023-07", "2024-06"]) == "2024-06"
    assert parameters.resolve_release("latest", ["2023-07", "2024-06"]) == "2024-06"
    assert parameters.resolve_release("2023-07", ["2023-07", "2024-06"]) == "2023-07"
    with pytest.raises(ParameterError, match="release='1999-01'"):
        parameters.resolve_release("1999-01", ["2024-06"])


def test_resolve_year_latest_is_the_last_year_of_the_release():
    years = [2014, 2015, 2024]
    assert parameters.resolve_year("latest", years) == 2024
    assert parameters.resolve_year(None, years) == 2024
    assert parameters.resolve_year("2015", years) == 2015
    assert parameters.resolve_year(2014, years) == 2014
    with pytest.raises(ParameterError, match="end_year=2030: outside"):
        parameters.resolve_year(2030, years, "end_year")
    with pytest.raises(ParameterError, match="expected a year or 'latest'"):
        parameters.resolve_year("soon", years)


def test_resolve_allies_accepts_all_lists_and_comma_text():
    known = ["Albania", "Belgium", "Poland"]
    assert parameters.resolve_allies("all", known) == known
    assert parameters.resolve_allies(["Poland", "Albania"], known) == ["Albania", "Poland"]
    assert parameters.resolve_allies("Poland, Belgium", known) == ["Belgium", "Poland"]
    with pytest.raises(ParameterError, match="unknown ally 'Narnia'"):
        parameters.resolve_allies(["Narnia"], known)
    with pytest.raises(ParameterError, match="empty"):
        parameters.resolve_allies([], known)


def test_allies_typed_in_a_notebook_are_read_as_the_build_reads_them():
    known = ["Albania", "Belgium", "Poland"]
    assert parameters.resolve_allies("poland, BELGIUM", known) == ["Belgium", "Poland"]
    assert parameters.resolve_allies(" All ", known) == known
    # The same words as the build's check of the report parameter.
    with pytest.raises(ParameterError) as build:
        resolve_params(load_config().report("spending_trends"), {"allies": "Polan"})
    vintage = load.latest_release()
    with pytest.raises(ParameterError) as notebook:
        parameters.resolve_allies("Polan", load.allies(vintage), release=vintage)
    said = str(notebook.value).split("parameter allies: ")[1]
    assert said == str(build.value).split("parameter allies: ")[1]
    assert said.startswith(f"unknown ally 'Polan' (release {vintage}); did you mean 'Poland'?")


def test_list_parameters_as_papermill_passes_them():
    assert parameters.as_list('["Poland", "Estonia"]') == ["Poland", "Estonia"]
    assert parameters.as_list("Poland, Estonia") == ["Poland", "Estonia"]
    assert parameters.as_list(("Poland",)) == ["Poland"] and parameters.as_list(None) == []
    assert parameters.resolve_allies('["Poland"]', ["Estonia", "Poland"]) == ["Poland"]
    with pytest.raises(ParameterError, match="highlight"):
        parameters.as_list("[unclosed", "highlight")


def test_an_ally_far_from_every_name_gets_the_list_of_allies():
    with pytest.raises(ParameterError, match="known: Albania, Poland") as error:
        parameters.known_ally("Xyzzy", ["Albania", "Poland"], "ally", "2024-06")
    assert str(error.value).startswith("parameter ally: unknown ally 'Xyzzy' (release 2024-06)")
    assert parameters.known_ally("ALBANIA", ["Albania", "Poland"]) == "Albania"


def test_repeated_allies_are_listed_once_in_nato_order():
    known = ["Albania", "Belgium", "Poland"]
    assert parameters.resolve_allies("Poland, poland, Albania", known) == ["Albania", "Poland"]


def test_the_report_layer_runs_without_the_pipeline():
    """A notebook imports charts and tables; neither may pull in the build (a higher layer)."""
    code = ("import sys; from analysis.report import charts, tables; "
            "print(sorted(m for m in sys.modules if m.startswith('analysis.pipeline')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "[]"
