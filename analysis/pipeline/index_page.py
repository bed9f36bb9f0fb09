"""``reports/index.html``: every build under the reports folder, read from its manifests.

Current reports (one per slot) first, in the config's order; then failed builds (their executed
notebooks kept for inspection) and the earlier builds newer ones replaced. The page is offline
like the reports and replaced atomically, so a browser never sees half of it.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MANIFEST = "manifest.json"


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


def write_index(out_root: Path, report_order: Sequence[str] = ()) -> Path:
    """``index.html``: every build with links, current reports first; replaced atomically.

    Current reports follow ``report_order`` (the config's order), then their slot.
    """
    out_root = Path(out_root)
    builds = collect_builds(out_root)
    rows: dict[str, list[str]] = {"current": [], "history": [], "failed": []}
    rank = {name: i for i, name in enumerate(report_order)}
    order = sorted(builds, key=lambda b: (rank.get(b["report"], len(rank)), b["report"],
                                          str(b.get("slot")), str(b.get("started"))))
    for build in order:
        if build["_kind"] != "current":
            continue
        rows["current"].append(_index_row(out_root, build))
    for kind in ("history", "failed"):
        for build in sorted((b for b in builds if b["_kind"] == kind),
                            key=lambda b: str(b.get("started")), reverse=True):
            rows[kind].append(_index_row(out_root, build))
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    head = ("<tr><th>Report</th><th>Parameters</th><th>Release</th><th>Built</th>"
            "<th>Seconds</th><th>Status</th><th>Files</th></tr>")

    def table(kind: str, empty: str) -> str:
        body = "\n".join(rows[kind]) or f'<tr><td colspan="7">{empty}</td></tr>'
        return f"<table>\n{head}\n{body}\n</table>"

    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>NATO readiness reports</title>
<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; margin: 2rem auto; max-width: 78rem;
       padding: 0 1rem; color: #1b1f24; }}
h1 {{ color: #0b4f8a; margin-bottom: 0.2rem; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.88rem; margin-bottom: 1.5rem; }}
th, td {{ text-align: left; padding: 0.3rem 0.5rem; border-bottom: 1px solid #d5dbe2;
          vertical-align: top; }}
th {{ background: #eef2f6; }}
.failed {{ color: #a4161a; font-weight: 600; }}
.ok {{ color: #1b7a3a; }}
.error {{ color: #a4161a; font-size: 0.8rem; }}
.muted {{ color: #5a6470; }}
</style>
</head>
<body>
<h1>NATO readiness reports</h1>
<p class="muted">{len(rows["current"])} current reports; index written {now}.</p>
<h2>Current reports</h2>
{table("current", "No report built yet: run <code>nato-report build --all</code>.")}
<h2>Failed builds</h2>
<p class="muted">The executed notebook of each failed build is kept; the report in its slot above
is the previous good build.</p>
{table("failed", "None.")}
<h2>Earlier builds</h2>
{table("history", "None.")}
</body>
</html>
"""
    target = out_root / "index.html"
    _atomic_write(target, page)
    return target


def _index_row(out_root: Path, build: dict[str, Any]) -> str:
    folder: Path = build["_dir"]
    rel = folder.relative_to(out_root).as_posix()
    e = html.escape
    params = "; ".join(
        f"{k}={short_value(v, 80)}" for k, v in (build.get("parameters") or {}).items()
    )
    links = []
    for suffix, label in ((".html", "HTML"), (".pdf", "PDF"), (".ipynb", "notebook")):
        name = f"{build['report']}{suffix}"
        if (folder / name).exists():
            links.append(f'<a href="{e(rel)}/{e(name)}">{label}</a>')
    for output in build.get("outputs") or []:
        name = str(output.get("file"))
        if not name.startswith(build["report"] + ".") and (folder / name).exists():
            links.append(f'<a href="{e(rel)}/{e(name)}">{e(name)}</a>')
    links.append(f'<a href="{e(rel)}/{MANIFEST}">manifest</a>')
    release = (build.get("release") or {}).get("vintage") or ""
    status = str(build.get("status"))
    error = (f'<div class="error">{e(str(build["error"]))}</div>'
             if build.get("error") else "")
    title = e(str(build.get("title") or build["report"]))
    if build.get("subtitle"):
        title += f": {e(str(build['subtitle']))}"
    started = str(build.get("started", ""))
    try:
        started = dt.datetime.fromisoformat(started).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        pass
    return (
        f"<tr><td><strong>{title}</strong><br><span class=\"muted\">{e(build['report'])}/"
        f"{e(str(build.get('slot')))}</span></td><td>{e(params)}</td><td>{e(str(release))}</td>"
        f"<td>{e(started)}</td><td>{build.get('duration_seconds', '')}</td>"
        f"<td class=\"{e(status)}\">{e(status)}{error}</td><td>{' &middot; '.join(links)}</td></tr>"
    )


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


def _atomic_write(target: Path, text: str) -> None:
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, target)
