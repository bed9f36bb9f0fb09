"""The no-op rebuild in well under a second: the same command, nothing changed, nothing to do.

Planning a build (the config's JSON schema, the data universe) and checking the data
(``validate.check_all``) take seconds with pandas. When a command ran before and completed (every
report built or up to date), this module recorded in ``<reports>/.build-cache/`` what its plan
depended on: the config, every notebook and notebook module, the package's code, Python and the
key package versions, and every file under ``data/``. When all of that is unchanged, the plan
and the data check would come out the same and every slot is up to date as recorded, so the
command prints its skipped lines and rewrites the index without importing pandas, papermill or
nbconvert. Any difference (a changed data file, a deleted PDF) takes the full path, whose build
cache then rebuilds only what is affected.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.pipeline import publish
from analysis.pipeline.cache import SKIPPED, code_digest, package_versions
from analysis.pipeline.index_page import read_manifest, write_index

RECORDS = ".build-cache"


def command_id(command: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(command, sort_keys=True).encode()).hexdigest()[:16]


def fingerprint(command: Mapping[str, Any]) -> str:
    """sha256 over everything a build's plan and data check depend on."""
    root, digest = paths.project_root(), hashlib.sha256()
    digest.update(json.dumps([command, str(root), sys.version, package_versions()],
                             sort_keys=True).encode())
    notebooks = paths.notebooks_dir()
    digest.update(code_digest(notebooks).encode())
    files = [p for p in notebooks.iterdir() if p.is_file()] if notebooks.is_dir() else []
    data = paths.data_dir()
    files += [p for p in data.rglob("*") if p.is_file()] if data.is_dir() else []
    for path in sorted(files):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def try_noop(command: Mapping[str, Any]) -> tuple[int | None, str]:
    """(0, fingerprint) when the command had nothing to do and said so; (None, fingerprint) when
    it must build. Holds the build lock while it reads the slots and writes the index."""
    clock = time.monotonic()
    print_ = fingerprint(command)
    out_root = paths.reports_dir()
    if not (out_root / RECORDS).is_dir():
        return None, print_
    with publish.build_lock(out_root):
        saved = nothing_to_do(out_root, command, print_)
        if saved is None:
            return None, print_
        report_skipped(out_root, saved, clock)
    return 0, print_


def record(out_root: Path, command: Mapping[str, Any], print_: str, results: Sequence[Any],
           order: Sequence[str]) -> None:
    """After a complete build: what the next identical command needs to know it has nothing to
    do (``print_`` is the fingerprint computed before the build started; ``order`` the config's
    order of reports, for the index)."""
    slots = [{"folder": f"{r.request.spec.name}/{r.request.slot}", "label": r.request.label,
              "run_id": r.run_id} for r in results]
    folder = out_root / RECORDS
    try:
        folder.mkdir(exist_ok=True)
        target = folder / f"{command_id(command)}.json"
        temporary = target.with_suffix(f".{os.getpid()}.tmp")
        temporary.write_text(json.dumps({"fingerprint": print_, "slots": slots,
                                         "order": list(order)}))
        os.replace(temporary, target)
    except OSError:
        pass  # no record: the next build takes the full path, nothing worse


def forget(out_root: Path, command: Mapping[str, Any]) -> None:
    (out_root / RECORDS / f"{command_id(command)}.json").unlink(missing_ok=True)


def nothing_to_do(out_root: Path, command: Mapping[str, Any], print_: str) -> dict | None:
    """The record when the command's inputs and every slot are as recorded, else None."""
    try:
        saved = json.loads((out_root / RECORDS / f"{command_id(command)}.json").read_text())
    except (OSError, ValueError):
        return None
    if not isinstance(saved, dict) or saved.get("fingerprint") != print_:
        return None
    slots = saved.get("slots") or []
    for slot in slots:
        folder = out_root / str(slot.get("folder"))
        if (folder.parent / publish.STAGING).exists():  # a killed build's: the full path clears it
            return None
        manifest = read_manifest(folder)
        if manifest.get("status") != "ok" or manifest.get("run_id") != slot.get("run_id"):
            return None
        if not all((folder / str(item.get("file"))).is_file()
                   for item in manifest.get("outputs") or []):
            return None
    return saved


def report_skipped(out_root: Path, saved: dict, clock: float) -> None:
    """The command's lines for a build where every report was up to date; the index says so."""
    slots = saved["slots"]
    # Late: tqdm only now that the lines are printed.
    from analysis.pipeline.progress import Progress

    progress = Progress(len(slots))
    for slot in slots:
        progress.finish(str(slot["label"]), 0.0, "skipped", "up to date")
    progress.close()
    try:
        statuses = {str(slot["folder"]): SKIPPED for slot in slots}
        write_index(out_root, saved.get("order") or (), statuses)
    except OSError:
        pass  # the index of the previous build still lists these very reports
    print(f"built 0 of {len(slots)} reports ({len(slots)} skipped, up to date) in "
          f"{time.monotonic() - clock:.1f}s into {paths.display_path(out_root)}; "
          f"index: {paths.display_path(out_root / 'index.html')}", flush=True)
