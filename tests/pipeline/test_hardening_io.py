"""Issue 13, parts 2, 3 and 5: a full disk, read-only folders, Ctrl-C, SIGTERM, a crash between
the renames and a render that never ends - each gives one line, the right exit code, no
``.staging`` left, and an index that lists exactly the builds on disk.
"""

from __future__ import annotations

import json
import os
import signal
import time
from dataclasses import replace
from pathlib import Path

import pytest

from analysis import cli
from analysis.errors import RenderTimeout
from analysis.pipeline import render
from analysis.pipeline.build import Builder
from analysis.pipeline.config import load_config
from analysis.pipeline.plan import BuildRequest
from tests.pipeline.conftest import builds_on_disk, index_links, leftovers


def good_build(out: Path, kernel) -> None:
    """One good build of ``broken`` (the fake kernel does not fail) in its slot, and the index."""
    assert cli.main(["build", "--force", "broken"]) == 0
    assert (out / "broken" / "default" / "broken.pdf").exists()
    kernel.calls.clear()


def one_line_errors(err: str) -> list[str]:
    lines = err.splitlines()
    assert "Traceback" not in err
    assert all(line.startswith("nato-report: ") for line in lines), err
    return lines


# -- a full disk --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kilobytes", "failing"),
    [(400, "broken.pdf"), (30, "broken.html"), (0, ".staging")],
)
def test_full_disk_fails_the_report_in_one_line_and_keeps_the_previous_one(
    project, fake_kernel, refuse_writes, capsys, kilobytes, failing
):
    root, out = project
    good_build(out, fake_kernel)
    slot_manifest = (out / "broken" / "default" / "manifest.json").read_text()
    capsys.readouterr()

    refuse_writes.free(kilobytes)
    code = cli.main(["build", "--force", "broken"])

    err = capsys.readouterr().err
    lines = one_line_errors(err)
    assert code == 1
    assert fake_kernel.calls == (["broken"] if kilobytes else [])  # 0 KB: no staging folder
    assert "No space left on device" in err and failing in err
    assert (out / "broken" / "default" / "manifest.json").read_text() == slot_manifest
    assert leftovers(out) == []
    assert index_links(out) == builds_on_disk(out)
    if kilobytes:  # room for the manifest once the pages are dropped: the run is kept
        assert len(list((out / "broken" / "_failed").iterdir())) == 1
        assert len(lines) == 2  # "1 report(s) failed: ..." and the report's error
    else:  # not even the index could be rewritten; the old one still matches the disk
        assert "cannot write the index" in err
        assert not (out / "broken" / "_failed").exists()


def test_full_disk_while_filing_the_failed_run_deletes_it(
    project, fake_kernel, refuse_writes, capsys, monkeypatch
):
    root, out = project
    fake_kernel.action = lambda name: refuse_writes.free(0)  # fills up during the run
    code = cli.main(["build", "--force", "broken"])
    err = capsys.readouterr().err
    one_line_errors(err)
    assert code == 1
    assert "the failed run could not be kept in" in err and "was deleted" in err
    assert leftovers(out) == []
    assert not (out / "broken" / "_failed").exists()


# -- read-only folders --------------------------------------------------------------------------


def test_failed_folder_not_writable(project, fake_kernel, refuse_writes, capsys):
    root, out = project
    (out / "broken" / "_failed").mkdir(parents=True)
    refuse_writes.make_read_only(out / "broken" / "_failed")

    def fail(name):
        raise ValueError("cell 3 went wrong")

    fake_kernel.action = fail
    code = cli.main(["build", "--force", "broken"])
    err = capsys.readouterr().err
    one_line_errors(err)
    assert code == 1
    assert "cell 3 went wrong" in err
    assert "could not be kept in" in err and "Permission denied" in err
    assert leftovers(out) == []
    assert list((out / "broken" / "_failed").iterdir()) == []
    assert index_links(out) == builds_on_disk(out) == set()


def test_reports_folder_read_only_for_the_index(project, fake_kernel, refuse_writes, capsys):
    root, out = project
    good_build(out, fake_kernel)
    before = (out / "index.html").read_text()
    refuse_writes.make_read_only(out)  # the report folders inside stay writable
    capsys.readouterr()

    code = cli.main(["build", "--force", "broken"])

    err = capsys.readouterr().err
    lines = one_line_errors(err)
    assert code == 1
    assert len(lines) == 1 and lines[0].startswith("nato-report: error: ")
    assert lines[0].endswith("index.html: cannot write the index (Permission denied)")
    assert (out / "index.html").read_text() == before
    assert leftovers(out) == []


# -- interruptions ------------------------------------------------------------------------------


def requests(*names: str) -> list[BuildRequest]:
    config = load_config(Path(os.environ["NATO_REPORTS_ROOT"]) / "notebooks" / "reports.yml")
    return [BuildRequest(config.report(name), {"n": 1}, "default") for name in names]


def test_ctrl_c_in_the_second_report_leaves_an_index_of_what_is_on_disk(project, fake_kernel):
    root, out = project

    def interrupt(name):
        if name == "slow":
            raise KeyboardInterrupt

    fake_kernel.action = interrupt
    builder = Builder(out, ("html",), force=True)
    with pytest.raises(KeyboardInterrupt):
        builder.build_all(requests("broken", "slow"))
    assert leftovers(out) == []
    on_disk = builds_on_disk(out)
    assert "broken/default" in on_disk
    failed = [p for p in on_disk if p.startswith("slow/_failed/")]
    assert len(failed) == 1
    manifest = json.loads((out / failed[0] / "manifest.json").read_text())
    assert manifest["error"] == "interrupted"
    assert index_links(out) == on_disk


def test_sigterm_stops_the_build_like_ctrl_c_in_one_line(project, fake_kernel, capsys):
    root, out = project
    fake_kernel.action = lambda name: os.kill(os.getpid(), signal.SIGTERM)
    before = signal.getsignal(signal.SIGTERM)

    code = cli.main(["build", "--force", "broken"])

    err = capsys.readouterr().err
    assert code == 143
    assert err.count("\n") == 1 and err.startswith("nato-report: terminated")
    assert signal.getsignal(signal.SIGTERM) is before  # the command's handler is gone
    assert leftovers(out) == []
    (failed,) = (out / "broken" / "_failed").iterdir()
    assert json.loads((failed / "manifest.json").read_text())["error"] == "terminated"
    assert index_links(out) == builds_on_disk(out)


def test_ctrl_c_between_the_two_renames_restores_the_slot(project, fake_kernel, monkeypatch):
    root, out = project
    good_build(out, fake_kernel)
    old = json.loads((out / "broken" / "default" / "manifest.json").read_text())["run_id"]
    real_rename = os.rename

    def rename(src, dst, *args, **kwargs):
        real_rename(src, dst, *args, **kwargs)
        if ".replaced" in Path(dst).parts:  # the old report set aside, the new not yet in
            raise KeyboardInterrupt

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(KeyboardInterrupt):
        Builder(out, ("html",), force=True).build_all(requests("broken"))

    slot = json.loads((out / "broken" / "default" / "manifest.json").read_text())
    assert slot["run_id"] == old and slot["status"] == "ok"
    assert leftovers(out) == []
    assert index_links(out) == builds_on_disk(out)
    assert any(p.startswith("broken/_failed/") for p in builds_on_disk(out))


def test_every_reports_replaced_folder_is_recovered_before_the_index(project, fake_kernel):
    root, out = project
    aside = out / "chart" / ".replaced" / "default"  # a crash of an earlier build of another report
    aside.mkdir(parents=True)
    (aside / "manifest.json").write_text(json.dumps(
        {"report": "chart", "run_id": "20260101T000000Z-default", "slot": "default",
         "status": "ok", "parameters": {}}
    ))
    Builder(out, ("html",), force=True).build_all(requests("broken"))
    assert (out / "chart" / "default" / "manifest.json").exists()
    assert leftovers(out) == []
    assert index_links(out) == builds_on_disk(out) == {"chart/default", "broken/default"}


# -- rendering has a time limit -----------------------------------------------------------------


def test_a_render_that_never_ends_is_cut(project, fake_kernel, monkeypatch):
    root, out = project
    monkeypatch.setattr(render, "html_to_pdf", lambda page, **kw: time.sleep(60))
    (request,) = requests("broken")
    request = replace(request, spec=replace(request.spec, render_timeout=1))
    clock = time.monotonic()
    (result,) = Builder(out, ("html", "pdf"), force=True).build_all([request])
    assert time.monotonic() - clock < 20
    assert result.status == "failed"
    assert "report broken: PDF took longer than 1s (render_timeout in reports.yml)" in result.error
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.default_int_handler, None)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert leftovers(out) == []
    assert not (out / "broken" / "default").exists()


def test_time_limit_passes_a_quick_block_and_restores_the_handler():
    before = signal.getsignal(signal.SIGALRM)
    with render.time_limit(5, "quick"):
        pass
    assert signal.getsignal(signal.SIGALRM) is before
    with pytest.raises(RenderTimeout, match="slow took longer than 0.2s"), \
            render.time_limit(0.2, "slow"):
        time.sleep(5)
