"""``--jobs N`` and the Dask executor, with real kernels on the tiny fixture notebooks.

Each report gets its own kernel; results are published in the order asked, one progress line
each; a failing report stops no other; the Dask path (a 2-worker LocalCluster, in-process) makes
the same executed notebooks as the local path.
"""

from __future__ import annotations

import io
import json
import re
from concurrent.futures import Future
from pathlib import Path

import nbformat
import pytest

from analysis.pipeline.build import Builder
from analysis.pipeline.config import load_config
from analysis.pipeline.distributed import DaskBackend
from analysis.pipeline.plan import plan
from analysis.pipeline.produce import Outcome
from analysis.pipeline.progress import Progress
from tests.pipeline.conftest import builds_on_disk, index_links, leftovers


def requests(*names: str):
    config = load_config()
    return [request for name in names for request in plan(config, [name], {})]


def build(out: Path, names: tuple[str, ...], **options):
    lines = io.StringIO()
    progress = Progress(len(names), out=lines, interactive=False)
    results = Builder(out, ("html",), progress=progress, **options).build_all(requests(*names))
    return results, lines.getvalue().splitlines()


def outputs(notebook: Path) -> list[tuple[str, str]]:
    """Each cell's source and outputs, without the cells' timings; a warning names the file of
    its cell after the kernel's process id (/tmp/ipykernel_16305/...), which differs per run."""
    nb = nbformat.read(notebook, as_version=4)
    return [(cell.source, re.sub(r"ipykernel_\d+", "ipykernel_N",
                                 json.dumps(cell.get("outputs", []), sort_keys=True)))
            for cell in nb.cells]


def test_parallel_build_publishes_in_order_and_a_failure_stops_no_other(project):
    root, out = project
    names = ("chart", "broken", "reader", "source")
    results, lines = build(out, names, jobs=2)
    assert [r.request.spec.name for r in results] == list(names)
    assert [r.status for r in results] == ["ok", "failed", "ok", "ok"]
    assert [re.search(r"\[(\d)/4\] (\w+)", line).groups() for line in lines] == [
        ("1", "ok"), ("2", "failed"), ("3", "ok"), ("4", "ok")]
    assert "fixture failure with n=1" in results[1].error
    assert leftovers(out) == []
    assert index_links(out) == builds_on_disk(out)
    # Each report had a fresh kernel: In [n] counts from 1 in every executed notebook.
    for result in (results[0], results[2], results[3]):
        nb = nbformat.read(result.directory / f"{result.request.spec.name}.ipynb", as_version=4)
        counts = [c.execution_count for c in nb.cells if c.cell_type == "code"]
        assert counts == list(range(1, len(counts) + 1)), counts
    chart = json.loads((results[0].directory / "manifest.json").read_text())
    assert chart["status"] == "ok" and "extra.csv" in {o["file"] for o in chart["outputs"]}


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_dask_local_cluster_makes_the_same_notebooks_as_the_local_path(project, tmp_path):
    root, out = project
    names = ("chart", "reader", "source")
    local, _ = build(tmp_path / "local", names, jobs=1)
    backend = DaskBackend(None, jobs=2, processes=False)
    try:
        assert backend.width == 2
        remote, lines = build(out, names, backend=backend)
    finally:
        backend.close()
    assert [r.status for r in remote] == ["ok"] * 3, [r.error for r in remote]
    assert len(lines) == 3
    for mine, theirs in zip(local, remote, strict=True):
        name = mine.request.spec.name
        assert theirs.directory == out / name / mine.request.slot
        assert outputs(theirs.directory / f"{name}.ipynb") == outputs(
            mine.directory / f"{name}.ipynb")
        made = {p.name for p in theirs.directory.iterdir()}
        assert made == {p.name for p in mine.directory.iterdir()}
        manifest = json.loads((theirs.directory / "manifest.json").read_text())
        assert manifest["inputs"] == json.loads((mine.directory / "manifest.json").read_text())[
            "inputs"]
    assert leftovers(out) == []


class ScriptedBackend:
    """A backend whose outcomes the test decides: what the scheduler does with them is tested."""

    width = 2

    def __init__(self, outcomes):
        self.outcomes = outcomes  # report name -> Outcome, or an exception to raise
        self.closed = []

    def submit(self, job):
        future = Future()
        outcome = self.outcomes[job.request.spec.name]
        if isinstance(outcome, BaseException):
            future.set_exception(outcome)
        else:
            future.set_result(outcome)
        return future

    def close(self, interrupted=False):
        self.closed.append(interrupted)


def test_an_interrupted_parallel_build_leaves_every_previous_report(project, fake_kernel):
    root, out = project
    Builder(out, ("html",)).build_all(requests("chart", "broken"))
    before = {name: json.loads((out / name / "default" / "manifest.json").read_text())["run_id"]
              for name in ("chart", "broken")}
    # broken is made (not yet published: chart comes first) when Ctrl-C reaches chart's wait.
    backend = ScriptedBackend({"chart": KeyboardInterrupt(),
                               "broken": Outcome(files={"broken.ipynb": b"{}"})})
    with pytest.raises(KeyboardInterrupt):
        Builder(out, ("html",), force=True, backend=backend).build_all(
            requests("chart", "broken"))
    assert backend.closed == [True]
    for name, run_id in before.items():
        manifest = json.loads((out / name / "default" / "manifest.json").read_text())
        assert manifest["run_id"] == run_id and manifest["status"] == "ok"
        (failed,) = (out / name / "_failed").iterdir()
        assert json.loads((failed / "manifest.json").read_text())["error"] == "interrupted"
    assert leftovers(out) == []
    assert index_links(out) == builds_on_disk(out)


def test_a_worker_that_dies_fails_its_report_only(project, fake_kernel):
    root, out = project
    backend = ScriptedBackend({"chart": RuntimeError("worker lost"),
                               "broken": Outcome(files={"broken.ipynb": b"{}"})})
    results = Builder(out, ("html",), backend=backend).build_all(requests("chart", "broken"))
    assert [r.status for r in results] == ["failed", "ok"]
    assert "report chart: unexpected RuntimeError: worker lost" in results[0].error
    assert (out / "broken" / "default" / "broken.ipynb").read_bytes() == b"{}"
