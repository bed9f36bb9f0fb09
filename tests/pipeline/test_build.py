"""``nato-report build`` end to end on tiny fixture notebooks, against the bundled data.

A temporary project root holds a copy of tests/fixtures/notebooks (with their reports.yml), a link
to the real data/ and its own git repository; NATO_REPORTS_ROOT and NATO_REPORTS_OUT point there.
Kernel runs cost seconds each, so one successful build is shared by the checks of its output.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
from html.parser import HTMLParser
from importlib import metadata
from pathlib import Path

import nbformat
import pytest
from pypdf import PdfReader

from analysis import cli
from analysis.errors import BuildError, ParameterError
from analysis.pipeline.build import Builder
from analysis.pipeline.config import load_config
from analysis.pipeline.execute import execute_notebook, failing_line
from analysis.pipeline.index_page import write_index
from analysis.pipeline.params import resolve_params
from analysis.pipeline.plan import BuildRequest, plan, slot_name
from analysis.pipeline.progress import Progress
from analysis.pipeline.publish import recover_replaced

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "fixtures" / "notebooks"
NATO_REPORT = Path(sys.executable).with_name("nato-report")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_project(root: Path) -> Path:
    root.mkdir(parents=True)
    shutil.copytree(FIXTURES, root / "notebooks", ignore=shutil.ignore_patterns("__pycache__"))
    (root / "data").symlink_to(REPO / "data", target_is_directory=True)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "notebooks"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "fixture"], check=True)
    return root


def project_env(root: Path, out: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(NATO_REPORTS_ROOT=str(root), NATO_REPORTS_OUT=str(out),
               PYTHONPATH=str(root / "notebooks"))
    return env


@pytest.fixture
def in_project(tmp_path, monkeypatch):
    """An in-process project: env vars set, the fixture hook module importable."""
    root = make_project(tmp_path / "project")
    out = tmp_path / "reports"
    monkeypatch.setenv("NATO_REPORTS_ROOT", str(root))
    monkeypatch.setenv("NATO_REPORTS_OUT", str(out))
    monkeypatch.syspath_prepend(str(root / "notebooks"))
    return root, out


@pytest.fixture
def own_data(in_project):
    """``in_project`` with its own copy of data/ (instead of the link) that a test may break."""
    root, out = in_project
    (root / "data").unlink()
    shutil.copytree(REPO / "data", root / "data")
    return root, out


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): _sha256(p)
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def no_kernel(monkeypatch):
    """Fail the test if anything tries to execute a notebook."""
    import papermill

    calls = []

    def refuse(*args, **kwargs):
        calls.append(args)
        raise AssertionError("a notebook was executed")

    monkeypatch.setattr(papermill, "execute_notebook", refuse)
    return calls


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One real build of the fixture report `chart` through the installed command."""
    base = tmp_path_factory.mktemp("built")
    root = make_project(base / "project")
    out = base / "reports"
    done = subprocess.run(
        [str(NATO_REPORT), "build", "chart"], capture_output=True, text=True, timeout=300,
        env=project_env(root, out), cwd=base,
    )
    return {"root": root, "out": out, "run": done, "slot": out / "chart" / "default"}


# -- a good build -------------------------------------------------------------------------------


def test_build_exits_0_with_one_plain_progress_line(built):
    run = built["run"]
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert re.fullmatch(
        r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \[1/1\] ok +\d+\.\ds  chart ally=Poland, year=2024, "
        r"start_year=2014, release=2025-08", lines[0]
    ), lines[0]
    assert lines[1].startswith("built 1 of 1 reports in ")
    assert run.stderr == ""  # no kernel chatter in unattended logs
    assert "\r" not in run.stdout


def test_slot_holds_notebook_html_pdf_artifact_and_manifest(built):
    slot = built["slot"]
    names = sorted(p.name for p in slot.iterdir())
    assert names == ["chart.html", "chart.ipynb", "chart.pdf", "extra.csv", "manifest.json"]
    assert not (built["out"] / "chart" / ".staging").exists()
    # the artifacts hook got the resolved parameters
    assert "ally,Poland" in (slot / "extra.csv").read_text()


def test_executed_notebook_has_outputs_parameters_and_title_block(built):
    nb = nbformat.read(built["slot"] / "chart.ipynb", as_version=4)
    injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert injected and 'release = "2025-08"' in injected[0].source
    outputs = [o for c in nb.cells for o in c.get("outputs", [])]
    assert any(o.get("output_type") == "display_data" for o in outputs)
    meta = nb.metadata["nato_report"]
    assert meta["title"] == "Fixture chart report"
    assert meta["parameters"]["ally"] == "Poland"
    assert "2025-08" in meta["release"]


def test_manifest_records_what_the_build_used(built):
    root, slot = built["root"], built["slot"]
    manifest = json.loads((slot / "manifest.json").read_text())
    assert manifest["report"] == "chart" and manifest["status"] == "ok"
    assert manifest["error"] is None
    assert manifest["run_id"].endswith("-default") and manifest["slot"] == "default"
    assert manifest["parameters"] == {
        "ally": "Poland", "year": 2024, "start_year": 2014, "release": "2025-08",
    }
    assert manifest["notebook"] == {
        "path": "notebooks/chart.ipynb", "sha256": _sha256(root / "notebooks" / "chart.ipynb"),
    }
    data = {entry["path"]: entry["sha256"] for entry in manifest["data_files"]}
    workbook = "data/raw/nato/240617-def-exp-2024-TABLES-en.xlsx"
    assert data[workbook] == _sha256(REPO / workbook)
    assert len(data) >= 5
    assert manifest["release"]["vintage"] == "2025-08"
    assert manifest["packages"]["papermill"] == metadata.version("papermill")
    assert manifest["packages"]["weasyprint"] == metadata.version("weasyprint")
    head = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"],
                          capture_output=True, text=True, check=True).stdout.strip()
    assert manifest["git"]["commit"] == head
    assert manifest["started"].endswith("+00:00")
    assert 0 < manifest["timings_seconds"]["execute"] < manifest["duration_seconds"]
    outputs = {o["file"]: o["sha256"] for o in manifest["outputs"]}
    assert set(outputs) == {"chart.html", "chart.ipynb", "chart.pdf", "extra.csv"}
    for name, digest in outputs.items():
        assert _sha256(slot / name) == digest


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.external: list[str] = []
        self.images: list[str] = []
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        if tag in ("script", "link"):
            for key in ("src", "href"):
                if re.match(r"\s*(https?:)?//", values.get(key) or ""):
                    self.external.append(f"{tag} {values[key]}")
        if tag == "img":
            self.images.append(values.get("src") or "")
        if tag == "a":
            self.links.append(values.get("href") or "")


def test_html_is_offline_with_the_chart_embedded(built):
    page = (built["slot"] / "chart.html").read_text(encoding="utf-8")
    tags = _Tags()
    tags.feed(page)
    assert tags.external == []
    # A chart shown through pyplot is SVG too (the kernel's inline backend makes SVG), which
    # nbconvert embeds as a data URL: vectors in the PDF all the same.
    assert tags.images and all(src.startswith("data:image/svg+xml") for src in tags.images)
    assert "plt.subplots" not in page  # code hidden by default
    assert "fixture stderr noise" not in page
    assert "release 2025-08" in page  # the stdout of the last cell


def test_pdf_pages_carry_title_and_release(built):
    reader = PdfReader(io.BytesIO((built["slot"] / "chart.pdf").read_bytes()))
    first = reader.pages[0].extract_text()
    assert "Fixture chart report" in first
    assert "NATO release 2025-08" in first
    assert "Page 1 of" in first
    assert len(reader.pages[0].images) == 0  # the chart is drawn as vectors


def test_index_links_every_file_of_the_build(built):
    out = built["out"]
    tags = _Tags()
    tags.feed((out / "build-log.html").read_text(encoding="utf-8"))
    targets = {link for link in tags.links}
    for name in ("chart.html", "chart.pdf", "chart.ipynb", "manifest.json", "extra.csv"):
        assert f"chart/default/{name}" in targets
    for link in targets:
        assert (out / link).is_file(), link
    tags.external.clear()
    assert tags.external == []


# -- a failed build -----------------------------------------------------------------------------


def test_failing_notebook_leaves_the_previous_report_untouched(built, tmp_path, monkeypatch,
                                                               capsys):
    root = tmp_path / "project"
    shutil.copytree(built["root"], root, symlinks=True)
    out = tmp_path / "reports"
    shutil.copytree(built["out"], out)
    slot = out / "chart" / "default"
    before = {p.name: _sha256(p) for p in slot.iterdir()}
    # An edit broke the notebook: same report, same parameters, same slot.
    shutil.copy(root / "notebooks" / "broken.ipynb", root / "notebooks" / "chart.ipynb")
    monkeypatch.setenv("NATO_REPORTS_ROOT", str(root))
    monkeypatch.setenv("NATO_REPORTS_OUT", str(out))
    monkeypatch.syspath_prepend(str(root / "notebooks"))

    code = cli.main(["build", "chart"])

    captured = capsys.readouterr()
    assert code == 1
    assert "1 report(s) failed: chart ally=Poland" in captured.err
    # The line that failed, from the traceback: not the cell's first line (a comment), nor the
    # helper's `raise` the error came from.
    assert re.search(r"cell 4 of chart\.ipynb \(In \[\d+\]\) `fail\(n\)` raised "
                     r"ValueError: fixture failure with n=1", captured.err), captured.err
    assert " failed " in captured.out
    assert {p.name: _sha256(p) for p in slot.iterdir()} == before
    failed_runs = list((out / "chart" / "_failed").iterdir())
    assert len(failed_runs) == 1
    kept = nbformat.read(failed_runs[0] / "chart.ipynb", as_version=4)
    errors = [o for c in kept.cells for o in c.get("outputs", []) if o.output_type == "error"]
    assert errors and errors[0].ename == "ValueError"
    manifest = json.loads((failed_runs[0] / "manifest.json").read_text())
    assert manifest["status"] == "failed" and "ValueError" in manifest["error"]
    assert not (failed_runs[0] / "chart.html").exists()
    assert not (out / "chart" / ".staging").exists()
    index = (out / "build-log.html").read_text(encoding="utf-8")
    assert f"chart/_failed/{failed_runs[0].name}/chart.ipynb" in index
    assert "chart/default/chart.html" in index


def test_a_newer_good_build_replaces_the_slot_and_keeps_the_previous_in_history(
    built, tmp_path, monkeypatch, capsys
):
    root = tmp_path / "project"
    shutil.copytree(built["root"], root, symlinks=True)
    out = tmp_path / "reports"
    shutil.copytree(built["out"], out)
    slot = out / "chart" / "default"
    previous = json.loads((slot / "manifest.json").read_text())["run_id"]
    monkeypatch.setenv("NATO_REPORTS_ROOT", str(root))
    monkeypatch.setenv("NATO_REPORTS_OUT", str(out))
    monkeypatch.syspath_prepend(str(root / "notebooks"))

    assert cli.main(["build", "chart", "--format", "html"]) == 0

    current = json.loads((slot / "manifest.json").read_text())
    assert current["run_id"] != previous and current["formats"] == ["html"]
    assert not (slot / "chart.pdf").exists()  # nothing of the old build is mixed in
    history = out / "chart" / "_history" / previous
    assert json.loads((history / "manifest.json").read_text())["run_id"] == previous
    assert (history / "chart.pdf").exists()
    index = (out / "build-log.html").read_text(encoding="utf-8")
    assert f"chart/_history/{previous}/chart.pdf" in index
    capsys.readouterr()


def test_a_second_build_on_the_same_folder_is_refused(in_project, no_kernel, capsys):
    import fcntl

    root, out = in_project
    out.mkdir()
    with open(out / ".build.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        code = cli.main(["build", "chart"])
    err = capsys.readouterr().err
    assert code == 3 and no_kernel == []  # its own exit code (README, Scheduled rebuilds)
    assert err.count("\n") == 1
    assert "another nato-report build is running on this folder" in err


def test_whole_run_timeout(in_project, capsys):
    # The first cell after the parameters sleeps 60s against a 3s budget for the whole run.
    clock = time.monotonic()
    code = cli.main(["build", "slow", "--format", "html"])
    seconds = time.monotonic() - clock
    err = capsys.readouterr().err
    assert code == 1
    assert "report slow: cell 2 of slow.ipynb `import time` still running when the whole-run " \
           "limit of 3s was reached" in err
    assert seconds < 45  # cut, not waited out


def test_per_cell_timeout(in_project, capsys):
    clock = time.monotonic()
    code = cli.main(["build", "slow_cell", "--format", "html"])
    seconds = time.monotonic() - clock
    err = capsys.readouterr().err
    assert code == 1
    assert "report slow_cell: cell 2 of slow.ipynb `import time` timed out after 1s " \
           "(per-cell limit)" in err
    assert seconds < 45


def test_missing_artifacts_module_exits_2_without_a_kernel(in_project, no_kernel, capsys):
    root, out = in_project
    code = cli.main(["build", "missing_hook"])
    err = capsys.readouterr().err
    assert code == 2 and no_kernel == []  # a configuration error, found before any build
    assert err.count("\n") == 1 and err.startswith("nato-report: error: ")
    assert ("report missing_hook: artifacts hook fixture_no_such_module:write: module "
            "fixture_no_such_module cannot be imported") in err
    assert not (out / "missing_hook" / "default").exists()


# -- mistakes caught before any kernel starts ---------------------------------------------------


def test_bad_figure_table_exits_2_before_any_kernel_and_keeps_the_report(
    built, own_data, no_kernel, capsys
):
    root, out = own_data
    shutil.copytree(built["out"], out)
    before = _tree(out)
    table = root / "data" / "figures" / "nato-bydgoszcz-2024-02.csv"
    with table.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    rows[1]["start"] = str(int(rows[1]["start"]) + 1)  # the quote no longer at its offsets
    with table.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    code = cli.main(["build", "chart"])

    err = capsys.readouterr().err
    assert code == 2 and no_kernel == []
    assert err.count("\n") == 1 and err.startswith("nato-report: error: ")
    assert "nato-bydgoszcz-2024-02.csv" in err and "row 2" in err
    assert _tree(out) == before  # the previous report, its index and history untouched


def test_source_without_metadata_is_refused_before_any_kernel(own_data, no_kernel, capsys):
    root, out = own_data
    (root / "data" / "raw" / "sources" / "stray-note.txt").write_text(
        "Allies spend 2% of GDP on defence.\n", encoding="utf-8"
    )
    code = cli.main(["build", "source", "-p", "source=stray-note"])
    err = capsys.readouterr().err
    assert code == 2 and no_kernel == []
    assert err.count("\n") == 1 and err.startswith("nato-report: error: ")
    assert "stray-note" in err
    assert not out.exists()


def test_reports_folder_that_cannot_be_created_exits_2(in_project, no_kernel, monkeypatch,
                                                       capsys):
    monkeypatch.setenv("NATO_REPORTS_OUT", "/dev/null/reports")
    code = cli.main(["build", "chart"])
    err = capsys.readouterr().err
    assert code == 2 and no_kernel == []
    assert err == ("nato-report: error: /dev/null/reports: cannot create the reports folder "
                   "(Not a directory); set NATO_REPORTS_OUT to a folder you can write\n")


def test_lock_file_that_cannot_be_created_exits_2(in_project, no_kernel, capsys):
    root, out = in_project
    (out / ".build.lock").mkdir(parents=True)  # open() of the lock file fails
    code = cli.main(["build", "chart"])
    err = capsys.readouterr().err
    assert code == 2 and no_kernel == []
    assert err.count("\n") == 1
    assert f"{out / '.build.lock'}: cannot create the lock file" in err
    assert "Is a directory" in err


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["chart", "-p", "colour=red"], ["unknown parameter 'colour'"]),
        (["chart", "-p", "year=soon"], ["parameter year", "expected an integer"]),
        (["chart", "-p", "ally=Atlantis"], ["parameter ally", "unknown ally 'Atlantis'"]),
        (["chart", "-p", "year=2031"], ["parameter year", "2031 is outside the data"]),
        (["chart", "-p", "start_year=2024", "-p", "year=2020"], ["start_year=2024", "year=2020"]),
        (["chart", "-p", "year"], ["expected NAME=VALUE"]),
        (["nosuch"], ["unknown report 'nosuch'"]),
        (["chart", "--format", "docx"], ["unknown format 'docx'"]),
        (["--all", "-p", "year=2020"], ["-p cannot be combined with --all"]),
        (["--default", "-p", "year=2020"], ["-p cannot be combined with --all"]),  # make report
        ([], ["name a report"]),
    ],
)
def test_bad_input_exits_2_before_any_kernel(in_project, no_kernel, capsys, args, words):
    root, out = in_project
    code = cli.main(["build", *args])
    err = capsys.readouterr().err
    assert code == 2
    assert no_kernel == []
    assert not out.exists()  # not even the output folder was created
    assert err.count("\n") == 1 and err.startswith("nato-report: error: ")
    for word in words:
        assert word in err


def test_bad_parameter_through_the_installed_command(tmp_path):
    root = make_project(tmp_path / "project")
    out = tmp_path / "reports"
    done = subprocess.run(
        [str(NATO_REPORT), "build", "chart", "-p", "ally=Polen"], capture_output=True, text=True,
        timeout=120, env=project_env(root, out),
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "nato-report: error: report chart: parameter ally: unknown ally 'Polen' "
        "(release 2025-08); did you mean 'Poland'?"
    )
    assert not out.exists()


# -- publishing: the slot always holds a complete report ---------------------------------------


def _fixture_request(name: str = "broken") -> BuildRequest:
    spec = load_config(FIXTURES / "reports.yml").report(name)
    return BuildRequest(spec, {"n": 1}, "default")


def _fake_build(folder: Path, run_id: str, text: str) -> None:
    folder.mkdir(parents=True)
    (folder / "broken.ipynb").write_text(text)
    (folder / "manifest.json").write_text(json.dumps({"run_id": run_id, "slot": "default"}))


def test_a_failed_move_into_the_slot_keeps_the_previous_report(tmp_path, monkeypatch):
    out = tmp_path / "reports"
    slot = out / "broken" / "default"
    _fake_build(slot, "20260101T000000Z-default", "old report")

    def build_into(self, run):
        (run.staging / "broken.ipynb").write_text("new report")

    real_rename = os.rename

    def rename(src, dst, *args, **kwargs):
        # The second step of the swap: the finished staging folder into the slot.
        if Path(dst) == slot and ".staging" in Path(src).parts:
            raise OSError(errno.EIO, "Input/output error")
        return real_rename(src, dst, *args, **kwargs)

    monkeypatch.setattr(Builder, "build_into", build_into)
    monkeypatch.setattr(os, "rename", rename)
    result = Builder(out, formats=()).build(_fixture_request())

    assert result.status == "failed"
    assert "cannot move the new build into" in result.error
    assert "Input/output error" in result.error and "previous report stays" in result.error
    assert (slot / "broken.ipynb").read_text() == "old report"
    assert json.loads((slot / "manifest.json").read_text())["run_id"] == "20260101T000000Z-default"
    assert (result.directory / "broken.ipynb").read_text() == "new report"  # kept in _failed
    assert result.directory.parent.name == "_failed"
    assert not (out / "broken" / "_history").exists()
    assert not (out / "broken" / ".replaced").exists()


def test_a_good_build_files_the_previous_one_in_history(tmp_path, monkeypatch):
    out = tmp_path / "reports"
    slot = out / "broken" / "default"
    _fake_build(slot, "20260101T000000Z-default", "old report")

    def build_into(self, run):
        (run.staging / "broken.ipynb").write_text("new report")

    monkeypatch.setattr(Builder, "build_into", build_into)
    result = Builder(out, formats=()).build(_fixture_request())

    assert result.ok and result.directory == slot
    assert (slot / "broken.ipynb").read_text() == "new report"
    history = out / "broken" / "_history" / "20260101T000000Z-default"
    assert (history / "broken.ipynb").read_text() == "old report"
    assert sorted(p.name for p in (out / "broken").iterdir()) == ["_history", "default"]


def test_a_swap_cut_by_a_crash_is_undone_by_the_next_build(tmp_path):
    # Crash after the old report was set aside, before the new one moved in: restored.
    report_dir = tmp_path / "broken"
    _fake_build(report_dir / ".replaced" / "default", "20260101T000000Z-default", "old report")
    recover_replaced(report_dir)
    assert (report_dir / "default" / "broken.ipynb").read_text() == "old report"
    assert not (report_dir / ".replaced").exists()


def test_a_swap_cut_after_the_new_report_moved_in_is_finished(tmp_path):
    report_dir = tmp_path / "broken"
    _fake_build(report_dir / "default", "20261125T000000Z-default", "new report")
    _fake_build(report_dir / ".replaced" / "default", "20260101T000000Z-default", "old report")
    recover_replaced(report_dir)
    assert (report_dir / "default" / "broken.ipynb").read_text() == "new report"
    history = report_dir / "_history" / "20260101T000000Z-default"
    assert (history / "broken.ipynb").read_text() == "old report"
    assert not (report_dir / ".replaced").exists()


# -- a failed cell as data ----------------------------------------------------------------------


def test_a_failed_cell_is_described_by_the_errors_attributes(tmp_path):
    spec = load_config(FIXTURES / "reports.yml").report("broken")
    with pytest.raises(BuildError) as caught:
        execute_notebook(spec, {"n": 3}, tmp_path / "out.ipynb")
    error = caught.value
    source = nbformat.read(spec.notebook, as_version=4)
    assert (error.notebook, error.ename) == ("broken.ipynb", "ValueError")
    assert error.evalue == "fixture failure with n=3"
    assert "fail(n)" in source.cells[error.cell_index].source  # the cell that raised
    assert str(error).count("\n") == 0
    assert f"cell {error.cell_index + 1} of broken.ipynb" in str(error)


# -- the failing line of a cell -----------------------------------------------------------------

# As IPython 9 formats it (colours included): the cell's frame, then the helper's.
_IPYTHON_TRACEBACK = [
    "\x1b[31m---------------------------------------------------------------------------\x1b[39m",
    "\x1b[31mValueError\x1b[39m                                Traceback (most recent call last)",
    "\x1b[36mCell\x1b[39m\x1b[36m \x1b[39m\x1b[32mIn[2]\x1b[39m\x1b[32m, line 8\x1b[39m\n"
    "\x1b[32m      7\x1b[39m checked = math.sqrt(n)\n"
    "\x1b[32m----> \x1b[39m\x1b[32m8\x1b[39m fail(n)\n",
    "\x1b[36mCell\x1b[39m\x1b[36m \x1b[39m\x1b[32mIn[2]\x1b[39m\x1b[32m, line 5\x1b[39m, in "
    "\x1b[36mfail\x1b[39m\x1b[34m(n)\x1b[39m\n"
    "\x1b[32m----> \x1b[39m\x1b[32m5\x1b[39m     \x1b[38;5;28;01mraise\x1b[39;00m ValueError()\n",
    "\x1b[31mValueError\x1b[39m: x 1",
]
_CELL = ("# comment\nimport math\n\ndef fail(n):\n    raise ValueError()\n\n"
         "checked = math.sqrt(n)\nfail(n)  # the call")


def test_failing_line_is_the_cells_own_frame():
    assert failing_line(_IPYTHON_TRACEBACK, _CELL) == "fail(n)  # the call"


def test_failing_line_falls_back_to_the_arrow_of_other_formats():
    old_format = ["<ipython-input-2-abc> in <module>\n      7 checked = 1\n----> 8 fail(n)\n"]
    assert failing_line(old_format, _CELL) == "fail(n)"
    assert failing_line([], _CELL) == ""


# -- planning and layout ------------------------------------------------------------------------


def test_default_set_of_the_real_config():
    config = load_config(REPO / "notebooks" / "reports.yml")
    requests = plan(config, [], {}, build_all=True)
    from analysis.data import load, sources
    allies, source_ids = load.allies(), sources.list_sources()
    assert len(requests) == 3 + len(source_ids) + len(allies)
    names = [r.spec.name for r in requests]
    assert names[:3] == ["spending_trends", "force_numbers", "compare"]
    profiles = {r.params["ally"]: r.slot for r in requests if r.spec.name == "ally_profile"}
    assert set(profiles) == set(allies)
    assert profiles["Poland"] == "poland" and profiles["Türkiye"] == "turkiye"
    assert profiles["United States"] == "united-states"
    briefs = [r.slot for r in requests if r.spec.name == "source_brief"]
    assert "nato-bydgoszcz-2024-02" in briefs
    assert all(r.slot == "default" for r in requests[:3])
    assert requests[2].params["allies"] == ["Denmark", "Estonia", "Finland", "Latvia",
                                            "Lithuania", "Norway", "Sweden"]


def test_slot_names():
    config = load_config(REPO / "notebooks" / "reports.yml")
    spec = config.report("spending_trends")
    defaults = resolve_params(spec, {})
    assert slot_name(spec, defaults, defaults) == "default"
    changed = resolve_params(spec, {"start_year": "2020", "highlight": "Poland,Norway"})
    assert slot_name(spec, changed, defaults) == "start_year-2020_highlight-poland-norway"
    many = resolve_params(
        spec, {"allies": "Albania,Belgium,Bulgaria,Canada,Croatia,Czechia,Denmark,Estonia"}
    )
    long_slot = slot_name(spec, many, defaults)
    assert len(long_slot) <= 60 and long_slot.startswith("allies-albania-belgium")
    assert long_slot != slot_name(spec, {**many, "allies": many["allies"][:-1]}, defaults)


def test_names_and_all_together_are_rejected():
    config = load_config(REPO / "notebooks" / "reports.yml")
    with pytest.raises(ParameterError, match="not both"):
        plan(config, ["spending_trends"], {}, build_all=True)


def test_index_of_an_empty_folder(tmp_path):
    page = write_index(tmp_path).read_text(encoding="utf-8")
    assert "No report built yet" in page


def test_progress_plain_lines_for_logs_and_a_bar_for_terminals():
    out, err = io.StringIO(), io.StringIO()
    progress = Progress(2, out=out, err=err, interactive=False)
    progress.start("chart ally=Poland")
    progress.cell(0, 5)
    progress.finish("chart ally=Poland", 4.25, "ok")
    assert err.getvalue() == ""
    assert re.fullmatch(r"\S+Z \[1/2\] ok        4\.2s  chart ally=Poland\n", out.getvalue())

    out, err = io.StringIO(), io.StringIO()
    progress = Progress(2, out=out, err=err, interactive=True)
    progress.start("chart ally=Poland")
    progress.cell(2, 5)
    progress.finish("chart ally=Poland", 4.25, "failed", "cell 3 raised")
    bar = err.getvalue()
    assert "\r" in bar and "0/2 |" in bar and "chart ally=Poland, cell 3/5" in bar
    assert out.getvalue() == "[1/2] failed    4.2s  chart ally=Poland  (cell 3 raised)\n"
    progress.start("chart ally=Norway")
    assert "1/2 |" in err.getvalue().rsplit("\r", 1)[-1]  # the bar counts the finished report
    progress.close()
    assert err.getvalue().endswith("\r")  # the bar is cleared, not left in the terminal
