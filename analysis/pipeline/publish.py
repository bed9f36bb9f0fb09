"""Publishing a build atomically: staging, the swap into the slot, _history, _failed, the lock.

A build runs in ``<report>/.staging/<run-id>/`` and moves into its slot only when it succeeded;
the report it replaces goes to ``_history``, a failed build to ``_failed``. Each step is a rename,
so at every moment the slot (or ``.replaced/<slot>`` while the new build moves in) holds a complete
report; a crash between renames is finished or undone by the next build (:func:`recover_replaced`).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from analysis.errors import BuildError, BuildLockedError, OutputError
from analysis.paths import display_path
from analysis.pipeline.index_page import read_manifest

HISTORY_KEEP = 3  # replaced good builds kept per slot
FAILED_KEEP = 3  # failed builds kept per slot
REPLACED = ".replaced"  # <report>/.replaced/<slot>: the previous report while a new one moves in
STAGING = ".staging"
HISTORY = "_history"
FAILED = "_failed"


def make_reports_folder(out_root: Path) -> None:
    try:
        out_root.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BuildError(
            f"{out_root}: cannot create the reports folder ({error.strerror or error}); "
            "set NATO_REPORTS_OUT to a folder you can write"
        ) from None


@contextmanager
def build_lock(out_root: Path) -> Iterator[None]:
    """One build at a time per output folder: overlapping cron runs would race on the slots."""
    lock_path = out_root / ".build.lock"
    try:
        handle = open(lock_path, "w")  # noqa: SIM115 - closed below, after the OSError check
    except OSError as error:
        raise BuildError(
            f"{lock_path}: cannot create the lock file of the reports folder "
            f"({error.strerror or error})"
        ) from None
    with handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLockedError(
                f"{display_path(lock_path)}: another nato-report build is running on this folder"
            ) from None
        except OSError as error:
            raise BuildError(
                f"{lock_path}: cannot lock the reports folder ({error.strerror or error})"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def report_folders(out_root: Path) -> list[Path]:
    """Every report folder under ``out_root`` (not the hidden or ``_`` ones)."""
    try:
        return sorted(p for p in out_root.iterdir()
                      if p.is_dir() and not p.name.startswith((".", "_")))
    except OSError:
        return []


def recover_all(report_dirs: Iterable[Path]) -> None:
    """:func:`recover_replaced` for each report folder; BuildError when a rename fails."""
    for report_dir in sorted(set(report_dirs)):
        try:
            recover_replaced(report_dir)
        except OSError as error:
            raise OutputError(
                f"{report_dir / REPLACED}: cannot restore a report an interrupted build "
                f"left aside ({error.strerror or error})"
            ) from None


def clear_stale_staging(report_dirs: Iterable[Path]) -> None:
    """Delete the ``.staging`` folders a killed build left (SIGKILL, power loss: nothing of it
    ran to file them in ``_failed``). Called only with the build lock held, so no build is
    using them; a slot never held them, so no report is lost."""
    for report_dir in sorted(set(report_dirs)):
        shutil.rmtree(report_dir / STAGING, ignore_errors=True)


def unique_run_id(report_dir: Path, started: dt.datetime, slot: str) -> str:
    """``<UTC start, 20261125T081500Z>-<slot>``, numbered when that folder exists already."""
    base = f"{started.strftime('%Y%m%dT%H%M%SZ')}-{slot}"
    run_id, n = base, 1
    while any((report_dir / sub / run_id).exists() for sub in (STAGING, FAILED, HISTORY)):
        n += 1
        run_id = f"{base}-{n}"
    return run_id


def promote(report_dir: Path, slot: str, staging: Path) -> Path:
    """Move the finished build from ``staging`` into its slot; the replaced one to _history.

    Three renames, so that at every moment the slot or ``.replaced/<slot>`` holds a complete
    report: slot -> .replaced/<slot>, staging -> slot, .replaced/<slot> -> _history/<run-id>.
    A failed second rename is undone at once (BuildError: the build is kept in _failed); a
    crash between the renames is finished or undone by the next build (recover_replaced).
    """
    slot_dir = report_dir / slot
    recover_replaced(report_dir)
    aside = report_dir / REPLACED / slot
    if slot_dir.exists():
        aside.parent.mkdir(exist_ok=True)
        os.rename(slot_dir, aside)
    try:
        os.rename(staging, slot_dir)
    except BaseException as error:
        if aside.exists():
            os.rename(aside, slot_dir)
            remove_empty(aside.parent)
        if isinstance(error, OSError):
            raise BuildError(
                f"report {report_dir.name}: cannot move the new build into "
                f"{display_path(slot_dir)} ({error.strerror or error}); the previous "
                "report stays in place"
            ) from None
        raise
    try:
        retire(aside, report_dir)
    except OSError:
        pass  # the new report is in place; the next build files the old one (recover_replaced)
    prune(report_dir / HISTORY, slot, HISTORY_KEEP)
    remove_empty(staging.parent)
    remove_empty(aside.parent)
    return slot_dir


def drop_pages(staging: Path, report: str) -> None:
    """Delete the HTML and PDF of a failed run: a half-written page must not look like a report."""
    for suffix in (".html", ".pdf"):
        (staging / f"{report}{suffix}").unlink(missing_ok=True)


def file_failed(report_dir: Path, slot: str, staging: Path, run_id: str) -> Path:
    """Move a failed build from ``staging`` to ``_failed/<run-id>``; keep the last few per slot."""
    failed = report_dir / FAILED / run_id
    failed.parent.mkdir(parents=True, exist_ok=True)
    staging.rename(failed)
    prune(failed.parent, slot, FAILED_KEEP)
    remove_empty(staging.parent)
    return failed


def recover_replaced(report_dir: Path) -> None:
    """Finish or undo a swap of :func:`promote` that a crash interrupted.

    A folder left in ``.replaced/`` is the previous report of its slot: filed in ``_history``
    when the slot holds the new build, else moved back into the slot.
    """
    aside_root = report_dir / REPLACED
    if not aside_root.is_dir():
        return
    for aside in sorted(p for p in aside_root.iterdir() if p.is_dir()):
        slot_dir = report_dir / aside.name
        if slot_dir.exists():
            retire(aside, report_dir)
        else:
            os.rename(aside, slot_dir)
    remove_empty(aside_root)


def retire(previous: Path, report_dir: Path) -> None:
    """File a replaced build under ``_history/<its run id>``."""
    if not previous.exists():
        return
    run_id = read_manifest(previous).get("run_id") or stamp(previous)
    history = report_dir / HISTORY / str(run_id)
    history.parent.mkdir(exist_ok=True)
    if history.exists():
        shutil.rmtree(history)
    os.rename(previous, history)


def prune(folder: Path, slot: str, keep: int) -> None:
    """Keep the newest ``keep`` run folders of ``slot`` (run ids start with the UTC time)."""
    if not folder.is_dir():
        return
    runs = sorted(p for p in folder.iterdir() if p.is_dir() and run_slot(p) == slot)
    for old in runs[: max(len(runs) - keep, 0)]:
        shutil.rmtree(old, ignore_errors=True)


def run_slot(folder: Path) -> str:
    """The slot of a run folder: from its manifest, else after the 16-character time stamp."""
    return str(read_manifest(folder).get("slot") or folder.name[17:])


def remove_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:
        pass


def stamp(folder: Path) -> str:
    """A run id for a folder without a manifest, from its modification time."""
    moment = dt.datetime.fromtimestamp(folder.stat().st_mtime, dt.UTC)
    return f"{moment.strftime('%Y%m%dT%H%M%SZ')}-{folder.name}"
