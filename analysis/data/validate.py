"""``nato-report data check``: validate every data file and summarise what the data holds.

:func:`check_all` loads each bundled file through the same loaders the reports use (so the sha256
of every raw file is checked against its sidecar), adds cross-checks the parsers cannot do alone,
and returns a :class:`Summary`; the first problem raises an :class:`~analysis.errors.AnalysisError`
naming the file and place. :func:`format_summary` prints rows per release and indicator, years
and allies.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.data import load, sources
from analysis.data.announcements import STATEMENT_DATES_FILE
from analysis.data.citations import CITATIONS_FILE
from analysis.data.figure_tables import load_figures
from analysis.data.guidelines import GUIDELINE_FILE
from analysis.data.normalised import check_normalised
from analysis.data.provenance import verify
from analysis.data.reference import HEADLINE_FILE
from analysis.data.releases import CROSSCHECK, RELEASE_TABLE, STATEMENTS
from analysis.data.workbook import AGGREGATES
from analysis.errors import DataError, SourceError, WorkbookError

# Tables expected to cover exactly the allies of TABLE3 (defence spending); TABLE5 and TABLE6
# also list Iceland (GDP only), TABLE1 and TABLE8a/b have no aggregates.
_PERCENT_INDICATORS = ("share_gdp_pct", "equipment_share_pct", "personnel_share_pct",
                       "infrastructure_share_pct", "other_share_pct", "summary_share_gdp_pct")


@dataclass(frozen=True)
class IndicatorSummary:
    vintage: str
    table: str
    indicator: str
    unit: str
    rows: int
    missing: int
    allies: int
    aggregates: int
    years: tuple[int, ...]


@dataclass(frozen=True)
class ReleaseSummary:
    vintage: str
    file: str
    sha256: str
    rows: int
    years: tuple[int, ...]
    estimate_years: tuple[int, ...]
    allies: tuple[str, ...]
    committed_2pct: tuple[str, ...]
    indicators: tuple[IndicatorSummary, ...]


@dataclass(frozen=True)
class OtherReleaseSummary:
    indicator: str
    vintage: str
    rows: int
    allies: int
    years: tuple[int, ...]


@dataclass(frozen=True)
class Summary:
    releases: tuple[ReleaseSummary, ...]
    other_releases: tuple[OtherReleaseSummary, ...]
    headline_rows: int
    headline_metrics: int
    headline_vintages: tuple[str, ...]
    extra: tuple[tuple[str, str], ...] = ()  # (what, outcome) for figures, sources
    warnings: tuple[str, ...] = field(default_factory=tuple)


# --------------------------------------------------------------------------------------------
# Checks


def _check_workbook(frame: pd.DataFrame, expected_estimates: list[int] | None,
                    warnings: list[str]) -> None:
    file = frame["file"].iloc[0]
    core = frame[frame["table"] == "TABLE3"]
    allies = set(core.loc[~core["is_aggregate"], "ally"])
    years = set(core["year"])
    for (table, indicator), rows in frame.groupby(["table", "indicator"], sort=False):
        members = set(rows.loc[~rows["is_aggregate"], "ally"])
        extra = members - allies - ({"Iceland"} if table in ("TABLE5", "TABLE6") else set())
        lacking = allies - members
        if extra or lacking:
            name = sorted(extra or lacking)[0]
            raise WorkbookError(f"{file}: sheet {rows['sheet'].iloc[0]}: {indicator} "
                                f"{'lists' if extra else 'lacks'} ally {name!r}, unlike TABLE3")
        if table != "TABLE4" and set(rows["year"]) != years:
            raise WorkbookError(f"{file}: sheet {rows['sheet'].iloc[0]}: years "
                                f"{sorted(set(rows['year']))} differ from TABLE3's {sorted(years)}")
        if indicator in _PERCENT_INDICATORS:
            bad = rows[(rows["value"] < 0) | (rows["value"] > 100)]
            if not bad.empty:
                first = bad.iloc[0]
                raise WorkbookError(f"{file}: sheet {first['sheet']}, cell {first['cell']}: "
                                    f"{indicator} {first['value']} is outside 0-100%")
        missing = rows[rows["value"].isna()]
        for row in missing.head(3).itertuples():
            warnings.append(f"{row.file}: sheet {row.sheet}, cell {row.cell}: {row.ally} "
                            f"{row.year} {indicator} is blank (kept as missing)")
    estimates = sorted(int(y) for y in core.loc[core["estimate"], "year"].unique())
    if expected_estimates is not None and estimates != sorted(expected_estimates):
        raise WorkbookError(f"{file}: header years marked 'e' {estimates} differ from the "
                            f"sidecar's estimates {sorted(expected_estimates)}")
    _check_summary_table(frame, warnings)


def _check_summary_table(frame: pd.DataFrame, warnings: list[str]) -> None:
    """TABLE4 repeats TABLE2/TABLE3 values; a difference means one of them is wrong."""
    pairs = {"summary_share_gdp_pct": "share_gdp_pct"}
    pairs.update({ind: ind.removeprefix("summary_") for ind in frame["indicator"].unique()
                  if ind.startswith("summary_usd_million_constant_")})
    for summary_name, source_name in pairs.items():
        left = frame[frame["indicator"] == summary_name]
        right = frame[frame["indicator"] == source_name]
        if left.empty or right.empty:
            continue
        merged = left.merge(right, on=["ally", "year"], suffixes=("", "_src"))
        differ = merged[~_same(merged["value"], merged["value_src"])]
        for row in differ.head(3).itertuples():
            warnings.append(f"{row.file}: sheet {row.sheet}, cell {row.cell}: {row.ally} "
                            f"{row.year} {row.value} differs from {row.sheet_src} "
                            f"{row.cell_src} {row.value_src}")


def _same(a: pd.Series, b: pd.Series) -> pd.Series:
    return pd.Series([(x == y) or (math.isnan(x) and math.isnan(y)) or
                      math.isclose(x, y, rel_tol=1e-12) for x, y in zip(a, b, strict=True)],
                     index=a.index)


def _check_other_releases(frame: pd.DataFrame, nato_vintages: set[str],
                          warnings: list[str]) -> None:
    for row in frame.itertuples():
        if row.indicator.endswith("_pct") and not (0 <= row.value <= 100):
            raise DataError(f"{row.file}: row {row.line}, column {row.indicator!r}: "
                            f"{row.value} is outside 0-100%")
    for vintage in sorted(set(frame["vintage"]) & nato_vintages):
        warnings.append(f"{frame['file'].iloc[0]}: release {vintage} is also bundled as a NATO "
                        "workbook or extract; analysis.data.load.all_releases uses those values")


def _check_raw_tree(consumed: set[Path]) -> tuple[int, list[str]]:
    """Every raw file in data/raw/nato and data/raw/reference has a sidecar whose sha256 holds.

    Source documents (data/raw/sources) carry ``.meta.yml`` files and are checked by
    :mod:`analysis.data.sources`. Returns the number of files verified and warnings for files no
    loader reads.
    """
    warnings = []
    count = 0
    for folder in (paths.nato_raw_dir(), paths.raw_dir() / "reference", load.releases_raw_dir()):
        if folder == load.releases_raw_dir() and not folder.is_dir():
            continue
        if not folder.is_dir():
            raise DataError(f"{folder}: folder not found")
        for path in sorted(folder.iterdir()):
            if path.name.endswith(".source.yml") or path.name.startswith(".") or path.is_dir():
                continue
            verify(path)
            count += 1
            if path.resolve() not in consumed:
                warnings.append(f"{path}: verified but read by no loader")
        for side in sorted(folder.glob("*.source.yml")):
            if not side.with_name(side.name.removesuffix(".source.yml")).exists():
                raise DataError(f"{side}: sidecar of a file that does not exist")
    return count, warnings


def _check_crosscheck() -> tuple[str, str]:
    """The extract releases' cross-checks: each comparison agrees or names its difference."""
    files = load.release_files(CROSSCHECK)
    results = pd.concat([pd.read_csv(p, dtype=str) for p in files]) if files else pd.DataFrame(
        {"result": []})
    unexplained = results[~results["result"].str.match(r"^(agree|differ by [-+]?[\d.]+)$")]
    if not unexplained.empty:
        raise DataError(f"{files[0]}: result {unexplained['result'].iloc[0]!r} is neither "
                        "'agree' nor 'differ by X'")
    agree = int((results["result"] == "agree").sum())
    return ("release extracts cross-checked (data/raw/releases)",
            f"{len(results)} comparisons with independent sources, {agree} agree exactly")


def _check_sources() -> tuple[str, str]:
    """Every document in data/raw/sources has its metadata, and every source loads."""
    orphans = sources.documents_without_metadata()
    if orphans:
        names = ", ".join(p.name for p in orphans[1:])
        others = f" (also: {names})" if names else ""
        raise SourceError(f"{orphans[0]}: source document without metadata; add "
                          f"{sources.meta_path(orphans[0]).name} beside it or remove the "
                          f"file{others}")
    ids = sources.list_sources()
    for source_id in ids:
        sources.load_source(source_id)
    return "sources (data/raw/sources)", f"{len(ids)} documents with metadata: {', '.join(ids)}"


def _guidelines_line(guidelines: pd.DataFrame) -> tuple[str, str]:
    shown = "; ".join(f"{r.guideline} {r.value:g} {r.unit} ({r.summit}, by {r.target_year})"
                      for r in guidelines.itertuples())
    return f"guidelines (data/raw/reference/{GUIDELINE_FILE})", shown


def _check_figures() -> tuple[str, str]:
    """Every reviewed figure table is well formed and quotes its source text at its offsets."""
    figures = load_figures()
    tables = figures["source_id"].nunique() if len(figures) else 0
    return "figures (data/figures)", f"{len(figures)} reviewed figures in {tables} tables"


# --------------------------------------------------------------------------------------------
# Entry points


def check_all() -> Summary:
    """Validate every bundled data file; raise on the first problem, else summarise."""
    warnings: list[str] = []
    nato = load.load_nato()
    releases = []
    for vintage, frame in nato.groupby("vintage", sort=True):
        info = load.release_info(str(vintage))
        _check_workbook(frame, list(info.estimate_years) or None, warnings)
        core = frame[frame["table"] == "TABLE3"]
        indicators = tuple(
            IndicatorSummary(
                vintage=str(vintage), table=table, indicator=indicator,
                unit=str(rows["unit"].iloc[0]) if rows["unit"].nunique() == 1 else "various",
                rows=len(rows), missing=int(rows["value"].isna().sum()),
                allies=int(rows.loc[~rows["is_aggregate"], "ally"].nunique()),
                aggregates=int(rows.loc[rows["is_aggregate"], "ally"].nunique()),
                years=tuple(sorted(int(y) for y in rows["year"].unique())),
            )
            for (table, indicator), rows in frame.groupby(["table", "indicator"], sort=False)
        )
        releases.append(ReleaseSummary(
            vintage=str(vintage), file=info.file.name, sha256=info.sha256, rows=len(frame),
            years=tuple(sorted(int(y) for y in core["year"].unique())),
            estimate_years=tuple(sorted(int(y) for y in core.loc[core["estimate"], "year"]
                                        .unique())),
            allies=tuple(dict.fromkeys(core.loc[~core["is_aggregate"], "ally"])),
            committed_2pct=tuple(sorted(frame.loc[frame["national_2pct_commitment"], "ally"]
                                        .unique())),
            indicators=indicators,
        ))
    others = load.load_other_releases()
    for _, frame in others.groupby("file", sort=False):
        _check_other_releases(frame, set(nato["vintage"]), warnings)
    other_summaries = tuple(
        OtherReleaseSummary(
            indicator=str(indicator), vintage=str(vintage), rows=len(rows),
            allies=int(rows.loc[~rows["ally"].isin(AGGREGATES), "ally"].nunique()),
            years=tuple(sorted(int(y) for y in rows["year"].unique())),
        )
        for (indicator, vintage), rows in sorted(
            others.groupby(["indicator", "vintage"], sort=False),
            key=lambda item: (item[0][0], load.release_sort_key(item[0][1])))
    )
    headlines = load.load_headlines()
    guidelines = load.load_guidelines()
    consumed = {p.resolve() for p in load.workbook_files()}
    consumed |= {p.resolve() for role in (RELEASE_TABLE, STATEMENTS, CROSSCHECK)
                 for p in load.release_files(role)}
    consumed |= {(load.reference_raw_dir() / name).resolve()
                 for name in set(others["file"]) | {HEADLINE_FILE, GUIDELINE_FILE,
                                                    CITATIONS_FILE, STATEMENT_DATES_FILE}}
    load.load_citations()  # its rules hold (nato.int pages, known statuses)
    load.load_statement_dates()  # each row names an address and a YYYY-MM-DD day
    verified, unread = _check_raw_tree(consumed)
    warnings.extend(unread)
    extra = [("raw files", f"{verified} files in data/raw/nato, data/raw/reference and "
                           "data/raw/releases match the sha256 of their sidecars"),
             _check_crosscheck()]
    normalised = check_normalised()
    extra.append(("normalised tables (data/reference)",
                  f"{', '.join(p.name for p in normalised)} up to date with data/raw"))
    extra.append(_guidelines_line(guidelines))
    extra.append(_check_sources())
    extra.append(_check_figures())
    return Summary(
        releases=tuple(releases),
        other_releases=other_summaries,
        headline_rows=len(headlines),
        headline_metrics=int(headlines["metric"].nunique()),
        headline_vintages=tuple(sorted(headlines["vintage"].dropna().unique(),
                                       key=load.release_sort_key)),
        extra=tuple(extra),
        warnings=tuple(warnings),
    )


def _years(years: tuple[int, ...] | list[int]) -> str:
    if not years:
        return "none"
    years = sorted(years)
    if years == list(range(years[0], years[-1] + 1)) and len(years) > 2:
        return f"{years[0]}-{years[-1]}"
    return ", ".join(str(y) for y in years)


def format_summary(summary: Summary) -> str:
    """A plain-text report of the checked data: releases, indicators, years and allies."""
    out = [f"Data check passed (root {paths.project_root()})", ""]
    out.append("NATO TABLES workbooks (data/raw/nato):")
    for rel in summary.releases:
        out.append(f"  release {rel.vintage}: {rel.file} (sha256 {rel.sha256[:12]}... verified)")
        out.append(f"    {rel.rows} values; years {_years(rel.years)}, estimates "
                   f"{_years(rel.estimate_years)}; {len(rel.allies)} allies + aggregates")
        out.append(f"    national 2% commitment (*): {', '.join(rel.committed_2pct) or 'none'}")
        width = max(len(i.indicator) for i in rel.indicators)
        out.append(f"    {'table':<8} {'indicator':<{width}} {'rows':>5} {'missing':>7} "
                   f"{'allies':>6} {'aggr':>4}  years")
        for ind in rel.indicators:
            out.append(f"    {ind.table:<8} {ind.indicator:<{width}} {ind.rows:>5} "
                       f"{ind.missing:>7} {ind.allies:>6} {ind.aggregates:>4}  "
                       f"{_years(ind.years)}")
        out.append(f"    allies: {', '.join(rel.allies)}")
    out.append("")
    out.append("Other releases (data/raw/reference/*_other_releases.csv):")
    for other in summary.other_releases:
        out.append(f"  {other.indicator:<20} {other.vintage:<13} {other.rows:>4} rows, "
                   f"{other.allies:>2} allies, years {_years(other.years)}")
    out.append("")
    out.append(f"Headline statements (data/raw/reference/headline_figures.csv): "
               f"{summary.headline_rows} rows, {summary.headline_metrics} metrics; releases "
               f"{', '.join(summary.headline_vintages)}")
    for what, outcome in summary.extra:
        out.append(f"{what}: {outcome}")
    if summary.warnings:
        out.append("")
        out.append(f"Warnings ({len(summary.warnings)}):")
        out.extend(f"  {w}" for w in summary.warnings)
    return "\n".join(out)
