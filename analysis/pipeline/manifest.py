"""``manifest.json`` of a build: what it used and made, so that a report can be traced and redone.

Parameters, the notebook's sha256, the NATO release, every data file with its sha256, package
versions, Python, the git commit (and whether the tree was dirty), timeouts, timings and the
outputs with their sha256.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from analysis import paths
from analysis.data import load
from analysis.data.provenance import sha256_of
from analysis.errors import AnalysisError
from analysis.pipeline.cache import package_versions
from analysis.pipeline.index_page import MANIFEST, short_value
from analysis.pipeline.plan import BuildRequest


@dataclass
class BuildRun:
    """One run of a request: its id, start, staging folder and the seconds of each stage.

    ``ended`` is set when a worker finished the run, so that waiting to be published in order
    does not count as the run's time.
    """

    request: BuildRequest
    run_id: str
    started: dt.datetime
    staging: Path
    clock: float = field(default_factory=time.monotonic)
    timings: dict[str, float] = field(default_factory=dict)
    ended: float | None = None

    @property
    def seconds(self) -> float:
        return (self.ended if self.ended is not None else time.monotonic()) - self.clock


class Environment:
    """What every manifest of one ``nato-report build`` shares, computed once when first asked."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else paths.project_root()

    @cached_property
    def shared(self) -> dict[str, Any]:
        return {
            "data_files": data_files(self.root),
            "packages": dict(package_versions()),
            "python": sys.version.split()[0],
            "git": git_state(self.root),
        }

    @property
    def commit(self) -> str:
        return self.shared["git"].get("commit") or ""


def write_manifest(
    run: BuildRun, environment: Environment, settings: Mapping[str, Any], status: str,
    error: str = "", extra: Mapping[str, Any] | None = None,
) -> None:
    """``manifest.json`` in the run's staging folder; ``settings`` holds formats and show_code;
    ``extra`` the build cache's key and the inputs read (:mod:`~analysis.pipeline.cache`)."""
    spec, request = run.request.spec, run.request
    outputs = [
        {"file": p.name, "bytes": p.stat().st_size, "sha256": sha256_of(p)}
        for p in sorted(run.staging.iterdir()) if p.is_file() and p.name != MANIFEST
    ]
    manifest = {
        "report": spec.name,
        "title": spec.title,
        "subtitle": ", ".join(short_value(request.params[k], 80) for k in spec.slot),
        "run_id": run.run_id,
        "slot": request.slot,
        "status": status,
        "error": error or None,
        "parameters": request.params,
        "notebook": {
            "path": relative_path(spec.notebook, environment.root),
            "sha256": sha256_of(spec.notebook) if spec.notebook.exists() else None,
        },
        "release": release_info(request.params, environment.root),
        **environment.shared,
        "kernel": spec.kernel,
        "timeouts": {"cell_seconds": spec.cell_timeout, "run_seconds": spec.timeout,
                     "render_seconds": spec.render_timeout},
        **settings,
        "started": run.started.isoformat(timespec="seconds"),
        "duration_seconds": round(run.seconds, 2),
        "timings_seconds": {k: round(v, 2) for k, v in run.timings.items()},
        "outputs": outputs,
        **(extra or {}),
    }
    text = json.dumps(manifest, indent=2, ensure_ascii=False, default=str)
    (run.staging / MANIFEST).write_text(text + "\n", encoding="utf-8")


def release_info(params: Mapping[str, Any], root: Path) -> dict[str, Any] | None:
    """The NATO release a build read (its ``release`` parameter, else the latest), as a dict."""
    vintage = params.get("release")
    try:
        info = load.release_info(str(vintage) if vintage else None)
    except AnalysisError:
        return None
    if dataclasses.is_dataclass(info) and not isinstance(info, type):
        fields = dataclasses.asdict(info)
    elif isinstance(info, Mapping):
        fields = dict(info)
    else:
        return None
    return {k: relative_path(v, root) if isinstance(v, Path) else v for k, v in fields.items()}


def data_files(root: Path) -> list[dict[str, Any]]:
    """Every file under ``data/`` with its sha256: what the notebooks could have read."""
    base = root / "data"
    if not base.is_dir():
        return []
    return [
        {"path": relative_path(p, root), "bytes": p.stat().st_size, "sha256": sha256_of(p)}
        for p in sorted(base.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(base).parts)
    ]


def git_state(root: Path) -> dict[str, Any]:
    """The commit of ``root`` and whether tracked files differ from it (None outside git)."""
    commit = run_git(root, "rev-parse", "HEAD")
    status = run_git(root, "status", "--porcelain", "--untracked-files=no") if commit else None
    return {"commit": commit, "dirty": bool(status) if status is not None else None}


def run_git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args], capture_output=True, text=True, timeout=20
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def relative_path(path: Path, root: Path) -> str:
    """``path`` relative to ``root`` (as given or resolved) in POSIX form, else whole."""
    for candidate, base in ((path, root), (path.resolve(), root.resolve())):
        try:
            return Path(candidate).relative_to(base).as_posix()
        except ValueError:
            continue
    return str(path)
