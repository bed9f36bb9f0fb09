"""Issue 13, parts 2, 4, 6 and 7 (pipeline): bad timeouts, empty formats, ``extract --out`` over
the raw sources, configuration errors, long values, ``--list`` and the exit codes of the README.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import cli, errors
from analysis.pipeline.config import load_config
from tests.pipeline.conftest import REPO

BIG = "x" * 100_000


def run(args: list[str], capsys) -> tuple[int, str, str]:
    code = cli.main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_one_line(err: str, limit: int = 400) -> None:
    assert err.count("\n") == 1 and err.startswith("nato-report: error: "), err[:500]
    assert len(err) < limit, f"{len(err)} characters"


def edit_config(root: Path, old: str, new: str) -> None:
    path = root / "notebooks" / "reports.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- reports.yml timeouts (parts 2 and 6) -------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("  timeout: 120\n", "  timeout: soon\n", ["timeout", "expected number, got 'soon'"]),
        ("  timeout: 120\n", "  timeout: [1]\n", ["timeout", "expected number, got [1]"]),
        ("  timeout: 120\n", "  timeout: -5\n", ["timeout", "greater than 0, got -5"]),
        ("  timeout: 120\n", "  timeout: 0\n", ["timeout", "greater than 0, got 0"]),
        ("  timeout: 120\n", "  timeout: true\n", ["timeout", "got True"]),
        ("    timeout: 3\n", "    timeout: soon\n", ["report slow", "timeout", "'soon'"]),
        ("  cell_timeout: 60\n", "  cell_timeout: -1\n", ["cell_timeout", "-1"]),
        ("  cell_timeout: 60\n", "  cell_timeout: 60\n  render_timeout: [2]\n",
         ["render_timeout", "[2]"]),
    ],
)
def test_bad_timeouts_exit_2_in_one_line(project, fake_kernel, capsys, old, new, words):
    root, out = project
    edit_config(root, old, new)
    code, _, err = run(["build", "broken"], capsys)
    assert code == 2 and fake_kernel.calls == []
    assert_one_line(err)
    assert "reports.yml" in err
    for word in words:
        assert word in err
    assert not out.exists()


def test_a_100kb_timeout_is_quoted_cut(project, capsys):
    root, out = project
    edit_config(root, "  timeout: 120\n", f"  timeout: '{BIG}'\n")
    code, _, err = run(["build", "broken"], capsys)
    assert code == 2
    assert_one_line(err)
    assert "timeout: expected number, got 'xxx" in err and "..." in err


def test_render_timeout_is_read_and_defaults_to_300(tmp_path):
    path = tmp_path / "reports.yml"
    path.write_text("defaults: {render_timeout: 12}\nreports:\n  a: {notebook: a.ipynb}\n"
                    "  b: {notebook: b.ipynb, render_timeout: 4.5}\n")
    config = load_config(path)
    assert config.report("a").render_timeout == 12 and config.report("b").render_timeout == 4.5
    path.write_text("reports:\n  a: {notebook: a.ipynb}\n")
    assert load_config(path).report("a").render_timeout == 300


# -- formats (part 4) ---------------------------------------------------------------------------


@pytest.mark.parametrize("formats", ["", " ", ",", "html,,pdf", "html,", "docx", "html,docx"])
def test_empty_or_invalid_formats_exit_2_and_move_nothing(project, fake_kernel, capsys, formats):
    root, out = project
    assert cli.main(["build", "broken"]) == 0  # a good report in its slot
    fake_kernel.calls.clear()
    before = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    capsys.readouterr()

    code, _, err = run(["build", "broken", "--format", formats], capsys)

    assert code == 2 and fake_kernel.calls == []
    assert_one_line(err)
    assert "--format" in err
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == before
    assert not (out / "broken" / "_history").exists()


# -- extract --out (part 4) ---------------------------------------------------------------------


def source_copy(data_root: Path) -> Path:
    sources = data_root / "data" / "raw" / "sources"
    return next(p for p in sorted(sources.glob("*.txt")))


def test_extract_out_over_its_input_is_refused(data_root, tmp_path, capsys):
    text = tmp_path / "note.txt"
    text.write_text("Poland spends 4.1% of GDP on defence in 2024.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(text)
    for out in (text, link, tmp_path / "." / "note.txt"):
        code, _, err = run(["extract", str(text), "--out", str(out)], capsys)
        assert code == 2
        assert_one_line(err)
        assert "is the input file" in err
        assert text.read_text(encoding="utf-8").startswith("Poland spends")


def test_extract_out_under_data_raw_is_refused(data_root, tmp_path, capsys):
    source = source_copy(data_root)
    before = source.read_bytes()
    raw = data_root / "data" / "raw"
    for out in (source, raw / "sources" / "figures.csv", raw / "new" / "x.csv", raw):
        code, _, err = run(["extract", str(source), "--out", str(out)], capsys)
        assert code == 2
        assert_one_line(err)
        assert "refusing to write under" in err or "is the input file" in err
    assert source.read_bytes() == before
    assert not (raw / "sources" / "figures.csv").exists()


def test_extract_out_elsewhere_still_writes(data_root, tmp_path, capsys):
    source = source_copy(data_root)
    target = tmp_path / "figures.csv"
    code, _, _ = run(["extract", str(source), "--format", "csv", "--out", str(target)], capsys)
    assert code == 0
    header = target.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert "text" in header and "start" in header


# -- configuration errors exit 2 (part 7) -------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("notebook: broken.ipynb\n    title: Broken fixture",
         "notebook: gone.ipynb\n    title: Broken fixture", ["gone.ipynb not found"]),
        ("  broken:\n    notebook: broken.ipynb\n",
         "  broken:\n    notebook: broken.ipynb\n    kernel: cobol\n",
         ["report broken: unknown kernel 'cobol'", "installed kernels: python3"]),
        ("  broken:\n    notebook: broken.ipynb\n",
         "  broken:\n    notebook: broken.ipynb\n    artifacts: fixture_hooks:no_such_function\n",
         ["fixture_hooks has no function no_such_function"]),
        ("  broken:\n    notebook: broken.ipynb\n",
         "  broken:\n    notebook: broken.ipynb\n    artifacts: os.nosuchmodule:write\n",
         ["module os.nosuchmodule cannot be imported"]),
    ],
)
def test_configuration_errors_exit_2_before_any_kernel(project, fake_kernel, capsys, old, new,
                                                       words):
    root, out = project
    edit_config(root, old, new)
    code, _, err = run(["build", "broken"], capsys)
    assert code == 2 and fake_kernel.calls == []
    assert_one_line(err)
    for word in words:
        assert word in err
    assert not out.exists()


def test_notebook_without_parameters_tag_exits_2(project, fake_kernel, capsys):
    root, out = project
    notebook = root / "notebooks" / "broken.ipynb"
    notebook.write_text(notebook.read_text().replace('"parameters"', '"other"'))
    code, _, err = run(["build", "broken"], capsys)
    assert code == 2 and fake_kernel.calls == []
    assert_one_line(err)
    assert "broken.ipynb has no cell tagged 'parameters'" in err


def test_a_hook_module_that_raises_on_import_exits_2(project, fake_kernel, capsys):
    root, out = project
    (root / "notebooks" / "exploding_hook.py").write_text("raise RuntimeError('boom')\n")
    edit_config(root, "  broken:\n    notebook: broken.ipynb\n",
                "  broken:\n    notebook: broken.ipynb\n    artifacts: exploding_hook:write\n")
    code, _, err = run(["build", "broken"], capsys)
    assert code == 2 and fake_kernel.calls == []
    assert_one_line(err)
    assert "importing exploding_hook raised RuntimeError: boom" in err


# -- long values are cut (part 7) ---------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["build", "broken", "-p", f"n={BIG}"],
        ["build", "broken", "-p", BIG],
        ["build", "broken", "-p", f"{BIG}=1"],
        ["build", "broken", "-p", "n=1", "-p", "n=2" + BIG],
        ["build", "broken", "--format", BIG],
        ["build", BIG],
        ["build", "--list", BIG],
        ["build", "chart", "-p", f"ally={BIG}"],
        ["build", "chart", "-p", f"year={BIG}"],
    ],
)
def test_a_100kb_value_is_cut_in_the_message(project, fake_kernel, capsys, args):
    code, _, err = run(args, capsys)
    assert code == 2 and fake_kernel.calls == []
    assert_one_line(err, limit=600)
    assert "..." in err or BIG not in err


# -- --list, --help and exit codes (part 7) -----------------------------------------------------


def test_help_advertises_list_and_list_shows_every_parameter(project, capsys):
    with pytest.raises(SystemExit):
        cli.main(["build", "--help"])
    assert "--list" in capsys.readouterr().out
    code, out, err = run(["build", "--list"], capsys)
    assert code == 0 and err == ""
    config = load_config(Path(project[0]) / "notebooks" / "reports.yml")
    for name, spec in config.reports.items():
        assert re.search(rf"^{name}: {re.escape(spec.title)}$", out, re.MULTILINE)
        for param in spec.parameters:
            assert re.search(rf"^  {param.name}\s+{re.escape(param.type)}\s+default=", out,
                             re.MULTILINE), param.name
    assert not project[1].exists()  # nothing built, not even the folder


def test_list_of_the_real_reports_shows_type_default_and_help(capsys, monkeypatch):
    monkeypatch.delenv("NATO_REPORTS_ROOT", raising=False)
    code, out, _ = run(["build", "--list", "spending_trends"], capsys)
    assert code == 0
    assert out.splitlines()[0] == "spending_trends: Defence spending trends"
    assert re.search(r"^  start_year\s+year\s+default=2014\s+first year of trends and changes$",
                     out, re.MULTILINE)
    assert re.search(r"guideline_pct\s+float\s+default=2.0\s+.*\[min 0, max 10\]", out)


def test_readme_exit_code_table_matches_the_code():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text.split("### Scheduled rebuilds", 1)[1].split("\n## ", 1)[0]
    table = dict(re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.MULTILINE))
    assert set(table) == {"0", "1", "2", "3", "130", "143"}
    assert str(errors.AnalysisError.exit_code) == "2" and "configuration" in table["2"]
    assert str(errors.BuildLockedError.exit_code) == "3" and "lock" in table["3"]
    assert str(errors.OutputError.exit_code) == "1" and "failed" in table["1"]
    assert str(cli.EXIT_INTERRUPTED) == "130" and "Ctrl-C" in table["130"]
    assert str(cli.EXIT_TERMINATED) == "143" and "SIGTERM" in table["143"]


def test_any_error_line_is_bounded(project, fake_kernel, capsys, monkeypatch):
    # A lower layer quoting a huge value whole still prints a bounded line.
    def check_all():
        raise errors.DataError(f"data/raw/x.yml: bad value {BIG}")

    monkeypatch.setattr("analysis.data.validate.check_all", check_all)
    code, _, err = run(["build", "broken"], capsys)
    assert code == 2
    assert_one_line(err, limit=cli.MESSAGE_LIMIT + 40)
    assert err.rstrip().endswith("...")


def test_decomposed_ally_parameter_is_the_ally() -> None:
    """'Türkiye' typed with a combining diaeresis (NFD) is the same ally as NATO's spelling."""
    from analysis.pipeline.params import (
        DataUniverse,
        load_config,
        parse_assignments,
        resolve_params,
    )

    report = load_config().reports["ally_profile"]
    resolved = resolve_params(report, parse_assignments(["ally=Tu\u0308rkiye"]), DataUniverse())
    assert resolved["ally"] == "Türkiye"
