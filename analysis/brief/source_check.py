"""Check one bundled source: :func:`check_source` loads it, checks its figures with
:func:`analysis.brief.check.check_figures` and compares it with its primary source;
:func:`write_checks_csv` writes ``checks.csv`` beside a built report (the build's artifacts hook,
named in ``notebooks/reports.yml``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.brief.check import STATUSES, check_figures
from analysis.brief.present import summary_paragraph
from analysis.brief.primary import compare_with_primary, same_days_statements
from analysis.brief.reference_facts import reference_facts
from analysis.data.figure_tables import load_figures
from analysis.data.sources import load_source
from analysis.errors import ParameterError
from analysis.extract.extractor import extract_figures
from analysis.paths import figures_dir


@dataclass(frozen=True, eq=False)
class CheckResult:
    """The checks of one source: table, summary paragraph, primary-source comparison."""

    source_id: str
    title: str
    published: date | None
    primary_source: str | None
    checks: pd.DataFrame
    summary: str
    primary: pd.DataFrame
    same_days: pd.DataFrame  # other NATO statements of the source's days it does not carry

    def counts(self) -> dict[str, int]:
        return {s: int((self.checks["status"] == s).sum()) for s in STATUSES}


def source_figures(source: Any) -> pd.DataFrame:
    """The reviewed figure table of a source if there is one, else the extractor's figures."""
    if (figures_dir() / f"{source.id}.csv").exists():
        reviewed = load_figures()
        mine = reviewed[reviewed["source_id"] == source.id]
        if len(mine):
            return mine.reset_index(drop=True)
    return extract_figures(source.text, source.published)


def check_source(source_id: str) -> CheckResult:
    """Load a bundled source, check its figures and compare it with its primary source."""
    if not isinstance(source_id, str) or not source_id.strip():
        raise ParameterError(f"parameter 'source': expected a source id, got {source_id!r}")
    source = load_source(source_id)
    facts = reference_facts()
    figures = source_figures(source)
    title = str(source.meta.get("title", source.id))
    checks = check_figures(figures, source.published, source.primary_source, text=source.text,
                           facts=facts, title=title)
    primary = compare_with_primary(checks, source.primary_source, facts)
    same_days = same_days_statements(checks, source.published, facts, source.primary_source)
    summary = summary_paragraph(checks, title=title, outlet=source.meta.get("outlet"),
                                published=source.published, primary=primary,
                                primary_source=source.primary_source)
    return CheckResult(source_id=source.id, title=title, published=source.published,
                       primary_source=source.primary_source, checks=checks, summary=summary,
                       primary=primary, same_days=same_days)


CSV_COLUMNS = ["figure", "value", "unit", "metric", "entity", "year", "status",
               "reference_value", "reference_unit", "reference_release", "reference_date",
               "reference_source", "gap", "gap_pct", "revisions", "note", "reason", "quote"]


def write_checks_csv(params: dict[str, Any], out_dir: Path) -> list[Path]:
    """Write ``out_dir/checks.csv`` for ``params['source']`` (the build's artifacts hook)."""
    if "source" not in params:
        raise ParameterError("parameter 'source': missing; checks.csv needs the source id")
    result = check_source(str(params["source"]))
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "checks.csv"
    partial = path.with_name(path.name + ".partial")
    result.checks.loc[:, CSV_COLUMNS].to_csv(partial, index=False)
    partial.replace(path)
    return [path]
