"""``reports/index.html`` and ``reports/build-log.html``, read from the builds' manifests.

``index.html`` is for readers: the current reports grouped by type (:mod:`.landing`), the data
release and the build date. ``build-log.html`` is for whoever runs the builds: current reports
(one per slot) in the config's order, then failed builds (their executed notebooks kept for
inspection) and the earlier builds newer ones replaced, with durations and statuses. Both are
offline like the reports and replaced atomically, so a browser never sees half of one. They are
the Jinja2 templates in ``templates/index/``, autoescaped: a title, parameter or error message
from a manifest cannot inject markup.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from analysis.pipeline.landing import landing_context

MANIFEST = "manifest.json"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates" / "index"
TEMPLATE_NAME = "reports_index.html.j2"
LOG_TEMPLATE = "build_log.html.j2"
BUILD_LOG = "build-log.html"


def collect_builds(out_root: Path) -> list[dict[str, Any]]:
    """Manifests of every build under ``out_root``, each with its folder and kind."""
    builds = []
    if not out_root.is_dir():
        return builds
    for report_dir in sorted(p for p in out_root.iterdir() if p.is_dir()):
        if report_dir.name.startswith((".", "_")):
            continue
        for kind, pattern in (("current", "*/" + MANIFEST), ("history", "_history/*/" + MANIFEST),
                              ("failed", "_failed/*/" + MANIFEST)):
            for manifest_path in sorted(report_dir.glob(pattern)):
                if kind == "current" and manifest_path.parent.name.startswith(("_", ".")):
                    continue
                manifest = read_manifest(manifest_path.parent)
                if manifest:
                    builds.append({**manifest, "_dir": manifest_path.parent, "_kind": kind})
    return builds


def write_index(out_root: Path, report_order: Sequence[str] = (),
                statuses: Mapping[str, str] | None = None) -> Path:
    """``index.html`` (the current reports by type) and ``build-log.html`` (every build with its
    duration and status: current reports first, then failed and earlier builds, newest first);
    each replaced atomically. Returns the path of ``index.html``.

    Current reports follow ``report_order`` (the config's order), then their slot.
    ``statuses`` overrides the status shown for a build folder (relative to ``out_root``):
    "skipped (up to date)" for the slots the build cache kept.
    """
    out_root = Path(out_root)
    builds = collect_builds(out_root)
    for build in builds:
        shown = (statuses or {}).get(build["_dir"].relative_to(out_root).as_posix())
        if shown and build["_kind"] == "current":
            build["status"] = shown
    rank = {name: i for i, name in enumerate(report_order)}
    current = sorted((b for b in builds if b["_kind"] == "current"),
                     key=lambda b: (rank.get(b["report"], len(rank)), b["report"],
                                    str(b.get("slot")), str(b.get("started"))))

    def newest_first(kind: str) -> list[dict[str, Any]]:
        chosen = (b for b in builds if b["_kind"] == kind)
        return sorted(chosen, key=lambda b: str(b.get("started")), reverse=True)

    written = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    log_page = page_template(LOG_TEMPLATE).render(
        current=[index_row(out_root, b) for b in current],
        failed=[index_row(out_root, b) for b in newest_first("failed")],
        history=[index_row(out_root, b) for b in newest_first("history")],
        written=written,
    )
    landing = page_template(TEMPLATE_NAME).render(
        **landing_context(out_root, current, newest_first("failed")))
    target = out_root / "index.html"
    atomic_write(target, landing)
    atomic_write(out_root / BUILD_LOG, log_page)
    return target


@cache
def page_template(name: str) -> jinja2.Template:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATE_DIR), autoescape=True,
        undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
    )
    return environment.get_template(name)


def index_row(out_root: Path, build: dict[str, Any]) -> dict[str, Any]:
    """What the template shows of one build (plain text: the template escapes it)."""
    folder: Path = build["_dir"]
    rel = folder.relative_to(out_root).as_posix()
    params = "; ".join(
        f"{k}={short_value(v, 80)}" for k, v in (build.get("parameters") or {}).items()
    )
    links = []
    for suffix, label in ((".html", "HTML"), (".pdf", "PDF"), (".ipynb", "notebook")):
        name = f"{build['report']}{suffix}"
        if (folder / name).exists():
            links.append({"href": f"{rel}/{name}", "label": label})
    for output in build.get("outputs") or []:
        name = str(output.get("file"))
        if not name.startswith(build["report"] + ".") and (folder / name).exists():
            links.append({"href": f"{rel}/{name}", "label": name})
    links.append({"href": f"{rel}/{MANIFEST}", "label": "manifest"})
    title = str(build.get("title") or build["report"])
    if build.get("subtitle"):
        title += f": {build['subtitle']}"
    started = str(build.get("started", ""))
    try:
        started = dt.datetime.fromisoformat(started).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        pass
    return {
        "title": title, "report": str(build["report"]), "slot": str(build.get("slot")),
        "parameters": params, "release": str((build.get("release") or {}).get("vintage") or ""),
        "started": started, "seconds": build.get("duration_seconds", ""),
        "status": str(build.get("status")), "status_class": status_class(build.get("status")),
        "error": str(build.get("error") or ""),
        "links": links,
    }


def status_class(status: Any) -> str:
    """A CSS class for any status text ('ok', 'failed', 'skipped (up to date)' -> 'skipped')."""
    words = re.findall(r"[a-z0-9]+", str(status).casefold())
    return words[0] if words else "unknown"


def read_manifest(folder: Path) -> dict[str, Any]:
    """The ``manifest.json`` of a build folder; empty when missing or unreadable."""
    try:
        return json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def short_value(value: Any, limit: int = 40) -> str:
    """A parameter value for a label: lists comma-joined, cut to ``limit`` characters."""
    text = ",".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    if isinstance(value, list | tuple) and not value:
        text = "[]"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def atomic_write(target: Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``target``, then rename it over ``target``.

    A failed write (full disk) leaves ``target`` as it was and removes the partial temporary file.
    """
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, target)
    except BaseException:
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass  # a folder we cannot write: there is nothing of ours to remove either
        raise
