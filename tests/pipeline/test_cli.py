"""The command line: light start, one-line errors, exit 2."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import cli
from analysis.cli import make_parser


def test_help_lists_the_commands() -> None:
    text = make_parser().format_help()
    for command in ("data", "extract", "build"):
        assert command in text


def test_console_script_starts_without_heavy_imports() -> None:
    # The CLI must answer --help without importing pandas or matplotlib.
    code = (
        "import sys\n"
        "from analysis import cli\n"
        "try:\n    cli.main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pandas', 'matplotlib', 'papermill') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_load_figures_is_exported_lazily() -> None:
    code = (
        "import sys, analysis\n"
        "assert 'pandas' not in sys.modules\n"
        "frame = analysis.load_figures()\n"
        "print(len(frame), sorted(set(frame['source_id'])))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, _, ids = out.stdout.strip().partition(" ")
    assert int(count) >= 10
    assert "nato-bydgoszcz-2024-02" in ids


def test_only_the_command_configures_logging() -> None:
    """Library modules get loggers; levels and handlers are the command's choice (analysis.cli)."""
    package = Path(__file__).resolve().parents[2] / "analysis"
    configuring = {"basicConfig", "setLevel", "addHandler", "dictConfig", "fileConfig",
                   "disable", "captureWarnings"}
    wrong = []
    for path in sorted(package.rglob("*.py")):
        if path == package / "cli.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in configuring and "log" in ast.unparse(node.func).lower()):
                wrong.append(f"{path.relative_to(package)}:{node.lineno} {ast.unparse(node)}")
    assert wrong == []


def test_the_command_quiets_the_libraries_it_reports_for() -> None:
    code = (
        "import logging\n"
        "from analysis import cli\n"
        "assert not logging.getLogger().handlers\n"
        "cli.configure_logging()\n"
        "print([logging.getLogger(n).level for n in ('papermill', 'weasyprint', 'fontTools')],"
        " bool(logging.getLogger().handlers))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[50,", "40,", "40]", "True"]


@pytest.mark.parametrize(
    ("param", "words"),
    [
        ("guideline_pct=abc", "parameter guideline_pct: expected a number, got 'abc'"),
        ("guideline_pct=nan", "parameter guideline_pct: expected a finite number"),
        ("guideline_pct=11", "parameter guideline_pct: 11.0 is above the maximum 10.0"),
        ("highlight=[Poland", "parameter highlight: cannot read '[Poland' as a list"),
        ("end_year=2013", "parameter end_year: 2013 is outside the data of release"),
        ("start_year=2020", "parameter start_year=2020 must be <= end_year"),
        ("release=1999-01", "parameter release: unknown release '1999-01'"),
    ],
)
def test_bad_values_for_the_real_reports_exit_2_in_one_line(param, words, monkeypatch, capsys):
    import papermill

    monkeypatch.setattr(papermill, "execute_notebook", _no_kernel)
    monkeypatch.setenv("NATO_REPORTS_OUT", "/nonexistent/never-created")
    extra = ["-p", "end_year=2019"] if param.startswith("start_year") else []
    code = cli.main(["build", "spending_trends", "-p", param, *extra])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1, err
    assert err.startswith("nato-report: error: report spending_trends: ")
    assert words in err


def _no_kernel(*args, **kwargs):
    raise AssertionError("a notebook was executed")
