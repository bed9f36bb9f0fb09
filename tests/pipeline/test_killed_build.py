"""A real ``nato-report build --jobs 2``, killed from outside (SIGTERM, then SIGKILL) once its
first kernel runs, leaves every previous report byte for byte, no half-written report in a slot,
no process of its own behind (worker or kernel), and leftovers only under ``.staging``, which the
next build clears."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from tests.pipeline.conftest import leftovers

COMMAND = "import sys; from analysis import cli; sys.exit(cli.main(sys.argv[1:]))"
REPORTS = ("reader", "source")
FORKSERVER = "analysis.pipeline.forkserver"
WAIT = 120  # seconds for a kernel to appear or a build to end, on a loaded machine


def nato_report(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", COMMAND, "build", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ), start_new_session=True)


def published(out: Path) -> dict[str, bytes]:
    """Every file of every report's slots (not the hidden, _history or _failed folders)."""
    files = {}
    for path in out.rglob("*"):
        parts = path.relative_to(out).parts
        if len(parts) >= 3 and path.is_file() and not any(
                part.startswith((".", "_")) for part in parts):
            files[path.relative_to(out).as_posix()] = path.read_bytes()
    return files


def first_kernel(build: subprocess.Popen) -> list[psutil.Process]:
    """The build's processes once one of them is a kernel (the build still running)."""
    deadline = time.monotonic() + WAIT
    parent = psutil.Process(build.pid)
    while time.monotonic() < deadline:
        family = parent.children(recursive=True)
        if any(is_kernel(p) for p in family):
            return family
        assert build.poll() is None, "the build ended before a kernel started"
        time.sleep(0.05)
    raise AssertionError("no kernel started")


def is_kernel(process: psutil.Process) -> bool:
    """A kernel started as ``python -m ipykernel_launcher``, or one forked by the kernel
    template (:mod:`analysis.pipeline.forkserver`): the template's child, with its command line."""
    command = " ".join(safe_cmdline(process))
    if "ipykernel" in command:
        return True
    try:
        parent = process.parent()
    except psutil.Error:
        return False
    return FORKSERVER in command and parent is not None and FORKSERVER in " ".join(
        safe_cmdline(parent))


def safe_cmdline(process: psutil.Process) -> list[str]:
    try:
        return process.cmdline()
    except psutil.Error:
        return []


def still_running(processes: list[psutil.Process], seconds: float) -> list[str]:
    """The processes still alive after ``seconds`` (zombies count as gone)."""
    gone, alive = psutil.wait_procs(processes, timeout=seconds)
    return [" ".join(safe_cmdline(p))[:120] for p in alive
            if p.is_running() and p.status() != psutil.STATUS_ZOMBIE]


@pytest.mark.parametrize("kill", [signal.SIGTERM, signal.SIGKILL], ids=["SIGTERM", "SIGKILL"])
def test_a_killed_parallel_build_leaves_every_previous_report(project, tmp_path, monkeypatch,
                                                              kill):
    root, out = project
    monkeypatch.setenv("NATO_REPORTS_CACHE", str(tmp_path / "cache"))
    monkeypatch.chdir(root)
    first = nato_report(*REPORTS, "--format", "html", "--jobs", "2")
    assert first.wait(WAIT) == 0, first.stderr.read()
    before = published(out)
    assert {name.split("/")[0] for name in before} == set(REPORTS)

    build = nato_report(*REPORTS, "--format", "html", "--jobs", "2", "--force")
    family = first_kernel(build)
    os.kill(build.pid, kill)
    assert build.wait(WAIT) != 0
    assert still_running(family, 30) == [], "workers or kernels outlived the build"

    assert published(out) == before
    left = leftovers(out)
    if kill == signal.SIGTERM:  # the build filed its unfinished runs in _failed itself
        assert left == []
    else:
        assert left and all(name.split("/")[1] == ".staging" for name in left), left

    again = nato_report(*REPORTS, "--format", "html", "--jobs", "2")
    assert again.wait(WAIT) == 0, again.stderr.read()
    assert leftovers(out) == []
    assert published(out) == before  # up to date: skipped, not rebuilt
