"""What every report shares as a publication: the key findings it opens with, how to cite it,
NATO's terms for reuse, and the changelog of the NATO releases the package knows.

A notebook computes its findings (each a sentence with its numbers) and passes them here; this
module only checks there are 3-5, adds the release and its dates, and writes the Markdown. The
changelog is computed from the data (every release's values, as
:func:`analysis.data.load.all_releases` returns them), so the index page can show the same table.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from analysis.data import indicators, load
from analysis.markup import escape_markdown

MIN_FINDINGS, MAX_FINDINGS = 3, 5
PACKAGE_NAME = "NATO readiness reports"
# NATO publishes no licence with its expenditure tables; its published reproduction policies ask
# for the source to be acknowledged. The NATO Review policy is the one found on nato.int.
REUSE_POLICY_URL = "https://www.nato.int/docu/review/2010/COPYRIGHT/EN/index.htm"
REUSE_TERMS = (
    "NATO publishes its defence-expenditure tables for public information; the workbook carries "
    "no licence of its own. NATO's published reproduction policy (for example NATO Review's: "
    "reproduction authorised for non-commercial purposes, provided the source is acknowledged, "
    f"<{REUSE_POLICY_URL}>) asks that NATO be named as the source. Quote NATO's values as "
    "published, name the release, and ask NATO before commercial reuse. This report is not a NATO "
    "publication and NATO does not endorse it; its charts and text may be reused with the "
    "citation below."
)


def _date_text(value: Any) -> str:
    if value is None or value != value:  # None or NaN
        return "not given"
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def release_phrase(info: Any) -> str:
    """'NATO release 2025-08 (released 2025-08-28, data cut-off 2025-08-20)' of a ReleaseInfo."""
    dates = [f"released {_date_text(info.release_date)}"]
    if getattr(info, "data_cutoff", None):
        dates.append(f"data cut-off {_date_text(info.data_cutoff)}")
    return f"NATO release {info.vintage} ({', '.join(dates)})"


def key_findings(findings: Sequence[str], info: Any, *, built: dt.date | None = None) -> str:
    """The executive summary: 3-5 findings (Markdown sentences with their numbers) as a list,
    under a line naming the release, its dates and the build date.

    Raises ValueError outside 3-5 findings or when a finding is blank: a summary of one line or
    of ten is not a summary.
    """
    shown = [f.strip() for f in findings]
    if not MIN_FINDINGS <= len(shown) <= MAX_FINDINGS or not all(shown):
        raise ValueError(f"key findings: expected {MIN_FINDINGS}-{MAX_FINDINGS} non-empty "
                         f"findings, got {len(shown)}")
    built = built or dt.date.today()
    head = (f"**Key findings** from {release_phrase(info)}"
            + (" - a third-party extract of NATO's tables" if info.secondary else "")
            + f"; report of {built.isoformat()}.")
    return head + "\n\n" + "\n".join(f"- {finding}" for finding in shown)


def brief_summary(summary: str, info: Any, *, published: Any,
                  built: dt.date | None = None) -> str:
    """A source brief's opening: its summary paragraph (Markdown, already escaped; the brief's
    own key findings, with their numbers) under a line naming what it was checked against - NATO's
    publications up to the source's date, later releases up to ``info`` - and the build date."""
    built = built or dt.date.today()
    head = (f"Each figure checked against what NATO had published by "
            f"{_date_text(published)}, and against later releases up to {release_phrase(info)}; "
            f"report of {built.isoformat()}.")
    return head + "\n\n" + summary.strip()


def citation(title: str, info: Any, *, built: dt.date | None = None,
             parameters: str = "") -> str:
    """How to cite a report: package, title (and its parameters), release and dates.

    'NATO readiness reports, *Defence spending trends* (end_year=2025), built 2026-11-28.
    Data: NATO, Defence Expenditure of NATO Countries (2014-2025), release 2025-08, released
    2025-08-28.'
    """
    built = built or dt.date.today()
    about = f" ({escape_markdown(parameters)})" if parameters else ""
    publisher = "NATO" if str(info.publisher).upper().startswith("NATO") else info.publisher
    return (f"{PACKAGE_NAME}, *{escape_markdown(title)}*{about}, built {built.isoformat()}. "
            f"Data: {escape_markdown(publisher)}, "
            f"{escape_markdown(str(info.title).removesuffix(' - tables'))}, release "
            f"{info.vintage}, released {_date_text(info.release_date)}.")


def cover_note(title: str, info: Any, *, built: dt.date | None = None,
               parameters: str = "") -> str:
    """The line under the key findings that suits sharing: how to cite, reuse in the appendix."""
    return (f"*How to cite:* {citation(title, info, built=built, parameters=parameters)} "
            "NATO's terms for reuse and the releases compared are in the appendix.")


# ---------------------------------------------------------------------------------------------
# Changelog of the releases
# ---------------------------------------------------------------------------------------------


def release_changelog(history: pd.DataFrame, threshold: float,
                      released: Mapping[str, Any], *, indicator: str = "share_gdp_pct",
                      years_shown: int = 3) -> pd.DataFrame:
    """One row per release, oldest first: what it covers, how many allies it has at or above
    ``threshold`` in each of the last ``years_shown`` years, and what changed from the release
    before it.

    ``history``: every release's values (ally, year, indicator, value, estimate, vintage,
    is_aggregate), as :func:`analysis.data.load.all_releases` returns them. ``released``:
    vintage -> release date (or None). Counts are "N of R": R the allies of that year with a
    published value in the release, so a statement that gives a handful of allies reads as such.
    """
    vintages = sorted(history["vintage"].astype(str).unique(), key=load.release_sort_key)
    counts = {v: indicators.threshold_count(history, threshold, indicator, v)
              for v in vintages}
    last_year = max(int(c["year"].max()) for c in counts.values())
    shown_years = list(range(last_year - years_shown + 1, last_year + 1))
    sizes = {v: int(indicators.select(history, indicator, v)["value"].notna().sum())
             for v in vintages}
    rows = []
    for position, vintage in enumerate(vintages):
        previous = _compared_with(vintages[:position], sizes, sizes[vintage])
        by_year = counts[vintage].set_index("year")
        row: dict[str, Any] = {
            "release": vintage,
            "released": _date_text(released.get(vintage)),
            "years": f"{int(by_year.index.min())}-{int(by_year.index.max())}",
        }
        for year in shown_years:
            row[f"{year}"] = (_count_text(by_year.loc[year]) if year in by_year.index else "")
        row["changes"] = (f"against {previous}: "
                          + _changes(history, indicator, previous, vintage, counts, threshold)
                          if previous else "first release bundled")
        rows.append(row)
    return pd.DataFrame(rows)


def _compared_with(earlier: Sequence[str], sizes: Mapping[str, int], size: int) -> str | None:
    """The release a release is compared with: the newest earlier one that is about as complete
    (a full edition is compared with the last full edition, not with a statement of a few
    allies), else simply the one before it."""
    comparable = [v for v in earlier if sizes[v] * 2 >= size]
    if comparable:
        return comparable[-1]
    return earlier[-1] if earlier else None


def _count_text(row: pd.Series) -> str:
    estimate = " (e)" if bool(row["estimate"]) else ""
    return f"{int(row['count'])} of {int(row['reporting'])}{estimate}"


def _changes(history: pd.DataFrame, indicator: str, before: str, after: str,
             counts: Mapping[str, pd.DataFrame], threshold: float) -> str:
    """'adds 2025; 2024: 23 → 18 at or above 2%; 245 values revised' between two releases."""
    old = indicators.select(history, indicator, before)
    new = indicators.select(history, indicator, after)
    parts = []
    added = sorted(y for y in set(new["year"].astype(int)) if y > int(old["year"].max()))
    if added:
        parts.append("adds " + ", ".join(map(str, added)))
    old_counts = counts[before].set_index("year")
    new_counts = counts[after].set_index("year")
    for year in sorted(set(old_counts.index) & set(new_counts.index))[-2:]:
        a, b = old_counts.loc[year], new_counts.loc[year]
        if int(a["reporting"]) == int(b["reporting"]) and int(a["count"]) != int(b["count"]):
            parts.append(f"{year}: {int(a['count'])} → {int(b['count'])} at or above "
                         f"{threshold:g}%")
    both = old.merge(new, on=["ally", "year"], suffixes=("_old", "_new")).dropna(
        subset=["value_old", "value_new"])
    revised = int(((both["value_new"] - both["value_old"]).abs() >= 0.005).sum())
    if len(both):
        parts.append(f"{revised} of {len(both)} shared values revised")
    return "; ".join(parts) or "no change in the shared values"


def changelog_markdown(changelog: pd.DataFrame, threshold: float) -> str:
    """The changelog as Markdown for a report's appendix or the index page: a table of the
    counts per release, then what changed, one line per release (long text reads badly in a
    table of numbers)."""
    columns = [c for c in changelog.columns if c != "changes"]
    header = [(f"at or above {threshold:g}% in {c}") if c.isdigit() else c for c in columns]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(columns)]
    for row in changelog[columns].itertuples(index=False):
        lines.append("| " + " | ".join(escape_markdown(str(v)) for v in row) + " |")
    lines.append("")
    lines += [f"- **{escape_markdown(str(row.release))}**: {escape_markdown(str(row.changes))}"
              for row in changelog.itertuples(index=False)]
    return "\n".join(lines)


def bundled_changelog(threshold: float, indicator: str = "share_gdp_pct") -> pd.DataFrame:
    """:func:`release_changelog` of every release bundled with the package (the workbooks, the
    extracts and the other releases' CSVs), each with its release date."""
    history = load.all_releases(indicator)
    released = {v: load.release_info(v).release_date for v in history["vintage"].unique()}
    return release_changelog(history, threshold, released, indicator=indicator)


def appendix(title: str, info: Any, threshold: float, *, changelog: pd.DataFrame | None = None,
             built: dt.date | None = None, parameters: str = "", loaded: str = "",
             checked: str = "") -> str:
    """The shared appendix of a report: how to cite it, NATO's terms for reuse, the releases
    compared (``changelog``, by default :func:`bundled_changelog` at ``threshold``) and, when the
    report says them, how its data was ``loaded`` and ``checked``; Markdown with one ### heading
    each."""
    if changelog is None:
        changelog = bundled_changelog(threshold)
    loading = ["### How the data was loaded and checked", loaded, checked] if (
        loaded or checked) else []
    return "\n\n".join([
        "### How to cite",
        citation(title, info, built=built, parameters=parameters),
        "### NATO's terms for reuse",
        REUSE_TERMS,
        "### The releases compared",
        (f"Allies at or above {threshold:g}% of GDP as each release published it (\"N of R\": R "
         "the allies with a value in that release and year; (e): estimates then), and what "
         "changed against the last comparable release."),
        changelog_markdown(changelog, threshold),
        *loading,
    ])
