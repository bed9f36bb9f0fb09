"""What ``reports/index.html`` shows readers: the current reports grouped by type.

The overview first, then force numbers, source briefs, ally profiles and the comparisons; a
report not named in :data:`REPORT_GROUPS` gets a section of its own under its title. The header
names the data release (the newest release the reports read) and when they were last built; how
each was built is on the build log.

Ally profiles are a grid of small multiples: each ally's share of GDP over the years of its
release, as a tiny inline SVG drawn from the chart CSV the build wrote beside its report, on one
scale for every ally, with NATO's 2% line. Only numbers reach the drawing; the template draws it
and escapes every text. This module reads CSVs with the standard library only (no pandas, no
matplotlib), so writing the index stays fast.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from analysis import paths
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
# The small multiple of an ally profile: its share of GDP, against NATO's guideline of that name
# in data/raw/reference/guidelines.csv (read with csv: loading it through analysis.data would
# import pandas).
SPARK_REPORTS = frozenset({"ally_profile"})
SPARK_INDICATOR = "share_gdp_pct"
SPARK_GUIDELINE = "share_gdp"
GUIDELINES_CSV = ("reference", "guidelines.csv")  # under data/raw/
SPARK_WIDTH, SPARK_HEIGHT, SPARK_PAD = 160, 48, 3


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
        entries = [landing_item(out_root, b, grid) for b in builds]
        sparks = small_multiples(builds) if report in SPARK_REPORTS else None
        if sparks:
            for entry, spark in zip(entries, sparks["lines"], strict=True):
                entry["spark"] = spark
        groups.append({"anchor": report, "heading": heading, "note": note, "grid": grid,
                       "entries": entries, "sparks": sparks})
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
            "started": when(str(build.get("started") or "")), "spark": None}


# ---------------------------------------------------------------------------------------------
# Small multiples of the ally profiles
# ---------------------------------------------------------------------------------------------


def chart_series(build: dict[str, Any], indicator: str = SPARK_INDICATOR
                 ) -> list[tuple[int, float, bool]]:
    """(year, value, estimate) of the report's own ally for ``indicator``, from the first chart
    CSV beside the report that has them, in the report's release; [] when there is none (a report
    built before its charts had CSVs, a file removed or unreadable)."""
    folder: Path = build["_dir"]
    ally = str((build.get("parameters") or {}).get("ally") or build.get("subtitle") or "")
    vintage = str((build.get("release") or {}).get("vintage") or "")
    names = sorted(str(o.get("file")) for o in build.get("outputs") or []
                   if CHART_FILE_NAME.match(str(o.get("file"))))
    for name in names:
        try:
            with (folder / name).open(encoding="utf-8", newline="") as stream:
                rows = [row for row in csv.DictReader(stream)
                        if row.get("indicator") == indicator and row.get("ally") == ally
                        and (not vintage or row.get("release") in (vintage, None))]
        except (OSError, UnicodeError, csv.Error):
            continue
        points = dict(filter(None, map(_point, rows)))
        if points:
            return [(year, value, estimate) for year, (value, estimate) in sorted(points.items())]
    return []


def _point(row: dict[str, str]) -> tuple[int, tuple[float, bool]] | None:
    """year -> (value, estimate) of one CSV row; None for a blank or unreadable value (a year
    the release leaves empty, as 2025-08 does for Germany's 2025e)."""
    try:
        year, value = int(row["year"]), float(row["value"])
    except (KeyError, TypeError, ValueError):
        return None
    return (year, (value, row.get("estimate") == "True")) if math.isfinite(value) else None


def guideline_value(name: str = SPARK_GUIDELINE) -> float | None:
    """The value of a guideline in data/raw/reference/guidelines.csv; None when unreadable."""
    try:
        with paths.raw_dir().joinpath(*GUIDELINES_CSV).open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row.get("guideline") == name:
                    return float(row["value"])
    except (OSError, ValueError, KeyError, TypeError, csv.Error):
        return None
    return None


def small_multiples(builds: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """One sparkline per build (None for a build without data), all on one scale: the years from
    the earliest to the latest any ally has, the values from 0 to the next whole percent above
    the highest value and the guideline. None when no build has data."""
    series = [chart_series(b) for b in builds]
    drawn = [s for s in series if s]
    if not drawn:
        return None
    guideline = guideline_value()
    first = min(s[0][0] for s in drawn)
    last = max(s[-1][0] for s in drawn)
    top = math.ceil(max([v for s in drawn for _, v, _ in s] + [guideline or 0.0]) + 1e-9)
    scale = (first, last, float(top))
    names = [str(b.get("subtitle") or (b.get("parameters") or {}).get("ally") or "")
             for b in builds]
    return {
        "width": SPARK_WIDTH, "height": SPARK_HEIGHT, "first": first, "last": last, "top": top,
        "guideline": guideline,
        "guideline_y": _y(guideline, scale) if guideline is not None else None,
        "lines": [sparkline(name, s, scale, guideline) if s else None
                  for name, s in zip(names, series, strict=True)],
    }


def _x(year: int, scale: tuple[int, int, float]) -> float:
    first, last, _ = scale
    span = max(last - first, 1)
    return round(SPARK_PAD + (year - first) / span * (SPARK_WIDTH - 2 * SPARK_PAD), 1)


def _y(value: float, scale: tuple[int, int, float]) -> float:
    top = scale[2] or 1.0
    inner = SPARK_HEIGHT - 2 * SPARK_PAD
    return round(SPARK_PAD + inner - min(max(value, 0.0), top) / top * inner, 1)


def sparkline(name: str, series: Sequence[tuple[int, float, bool]],
              scale: tuple[int, int, float], guideline: float | None) -> dict[str, Any]:
    """Coordinates (numbers only) and words of one ally's sparkline: the published years as one
    line, the estimates dashed on from the last published year, a dot on the last value."""
    published = [p for p in series if not p[2]]
    estimated = [p for p in series if p[2]]
    tail = published[-1:] + estimated if estimated else []

    def points(part: Sequence[tuple[int, float, bool]]) -> str:
        return " ".join(f"{_x(year, scale)},{_y(value, scale)}" for year, value, _ in part)

    year, value, estimate = series[-1]
    when = f"{year}{'e' if estimate else ''}"
    met = guideline is not None and value >= guideline
    start = series[0]
    return {
        "points": points(published or series[:1]), "estimates": points(tail),
        "dot_x": _x(year, scale), "dot_y": _y(value, scale), "met": met,
        "value": f"{value:.2f}% in {when}",
        "label": (f"{name}: share of GDP on defence, {start[1]:.2f}% in {start[0]} to "
                  f"{value:.2f}% in {when}"
                  + (f" ({'at or above' if met else 'below'} {guideline:g}%)"
                     if guideline is not None else "")),
    }


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
