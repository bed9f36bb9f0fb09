"""What ``reports/index.html`` shows readers: the current reports grouped by type.

The overview first, then force numbers, source briefs, ally profiles (a grid of names) and the
comparisons; a report not named in :data:`REPORT_GROUPS` gets a section of its own under its
title. The header names the data release (the newest release the reports read) and when they
were last built; how each was built is on the build log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis.pipeline.chart_files import CHART_FILE_NAME

# report -> (section heading, note under it), in the order of the page.
REPORT_GROUPS: dict[str, tuple[str, str]] = {
    "spending_trends": ("Overview: defence spending", "Every ally against NATO's guidelines: "
                        "shares of GDP, trends, the way to 3.5%."),
    "force_numbers": ("Force numbers", "Military personnel and NATO's large exercises."),
    "source_brief": ("Source briefs", "One source document each, its figures checked against "
                     "what NATO published."),
    "ally_profile": ("Ally profiles", "One ally each: spending, personnel, equipment, the gap "
                     "to 3.5% and how NATO's releases revised its figures."),
    "compare": ("Allies compared", "A chosen set of allies side by side on every indicator."),
}
# Reports whose many slots read best as a grid of names.
GRID_REPORTS = frozenset({"ally_profile"})
GRID_FROM_ITEMS = 13


def landing_context(out_root: Path, current: Sequence[dict[str, Any]],
                    failed: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The template's context: header facts and the sections (current builds in page order)."""
    by_report: dict[str, list[dict[str, Any]]] = {}
    for build in current:
        by_report.setdefault(str(build["report"]), []).append(build)
    order = [r for r in REPORT_GROUPS if r in by_report]
    order += [r for r in by_report if r not in REPORT_GROUPS]
    groups = []
    for report in order:
        builds = by_report[report]
        heading, note = REPORT_GROUPS.get(report, (str(builds[0].get("title") or report), ""))
        grid = report in GRID_REPORTS or len(builds) >= GRID_FROM_ITEMS
        groups.append({"anchor": report, "heading": heading, "note": note, "grid": grid,
                       "entries": [landing_item(out_root, b, grid) for b in builds]})
    releases = [b.get("release") or {} for b in current]
    releases = [r for r in releases if r.get("vintage")]
    newest = max(releases, key=lambda r: (str(r.get("release_date") or ""),
                                          str(r.get("vintage"))), default=None)
    started = [str(b.get("started") or "") for b in current]
    fields = ("vintage", "title", "release_date", "data_cutoff")
    return {
        "groups": groups, "reports": len(current),
        "release": {k: str(newest.get(k) or "") for k in fields} if newest else None,
        "releases_shown": len({r["vintage"] for r in releases}),
        "built": when(max(started)) if started else "",
        "failed": unresolved_failures(current, failed),
    }


def landing_item(out_root: Path, build: dict[str, Any], grid: bool) -> dict[str, Any]:
    """One report on the landing page: its name, page, other files and how many chart CSVs."""
    folder: Path = build["_dir"]
    rel = folder.relative_to(out_root).as_posix()
    report = str(build["report"])
    pages = [(suffix, label) for suffix, label in ((".html", "HTML"), (".pdf", "PDF"))
             if (folder / f"{report}{suffix}").exists()]
    href = f"{rel}/{report}{pages[0][0]}" if pages else f"{rel}/manifest.json"
    links = [{"href": f"{rel}/{report}{suffix}", "label": label} for suffix, label in pages[1:]]
    outputs = [str(o.get("file")) for o in build.get("outputs") or []]
    tables = sum(1 for name in outputs if CHART_FILE_NAME.match(name))
    links += [{"href": f"{rel}/{name}", "label": name} for name in outputs
              if not name.startswith(report + ".") and not CHART_FILE_NAME.match(name)
              and name != "manifest.json" and (folder / name).exists()]
    title = str(build.get("title") or report)
    subtitle = str(build.get("subtitle") or "")
    name = subtitle if grid and subtitle else (f"{title}: {subtitle}" if subtitle else title)
    params = build.get("parameters") or {}
    details = "; ".join(f"{k}={_short(v)}" for k, v in params.items()) if not subtitle else ""
    return {"name": name, "href": href, "links": links, "tables": tables, "details": details,
            "release": str((build.get("release") or {}).get("vintage") or ""),
            "started": when(str(build.get("started") or ""))}


def unresolved_failures(current: Sequence[dict[str, Any]],
                        failed: Sequence[dict[str, Any]]) -> int:
    """Failed builds newer than the report in their slot (or of a slot with no report yet)."""
    latest = {(b["report"], str(b.get("slot"))): str(b.get("started") or "") for b in current}
    return sum(1 for b in failed
               if str(b.get("started") or "") > latest.get((b["report"], str(b.get("slot"))), ""))


def when(started: str) -> str:
    """'2026-11-25 08:15 UTC' from a manifest's ISO time; the text itself when not one."""
    try:
        return dt.datetime.fromisoformat(started).strftime("%Y-%m-%d %H:%M UTC")
    except ValueError:
        return started


def _short(value: Any, limit: int = 40) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    if isinstance(value, list | tuple) and not value:
        text = "none"
    return text if len(text) <= limit else text[: limit - 3] + "..."
