"""The loading step: bundled data as dataframes, sha256-checked and cached.

Every raw file is checked against its provenance sidecar
(:func:`analysis.data.provenance.verify`) on each call, so an edited file is caught even after
the parse was cached; the parse itself is cached
per file path and hash. Callers get a fresh copy each time and may modify it freely.

Vintage labels are one form across all loaders (see :mod:`analysis.data.reference`): ``YYYY-MM`` for
NATO's defence-expenditure releases (the bundled workbook is ``2024-06``; other releases
``2023-07``, ``2024-02``, ``2025-08``), ``SGAR YYYY-MM`` for the Secretary General's Annual Report,
missing for statements not tied to a release. The label as written in a file is kept in
``vintage_label``.

Releases are vintages: NATO revises past years, so never splice releases into one series;
:func:`compare_releases` lines a value up across releases instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.data.guidelines import GUIDELINE_FILE, read_guidelines
from analysis.data.provenance import Provenance, parse_date, sidecar_path, verify
from analysis.data.reference import (
    HEADLINE_FILE,
    OTHER_RELEASE_FILES,
    read_headlines,
    read_other_releases,
)
from analysis.data.workbook import canonical_name, read_workbook
from analysis.errors import DataError, ProvenanceError

# --------------------------------------------------------------------------------------------
# NATO workbooks


def workbook_files() -> list[Path]:
    """The TABLES workbooks bundled in ``data/raw/nato/`` (sorted by name, i.e. by date)."""
    folder = paths.nato_raw_dir()
    if not folder.is_dir():
        raise DataError(f"{folder}: folder of NATO workbooks not found")
    files = sorted(p for p in folder.glob("*.xlsx") if not p.name.startswith("~$"))
    if not files:
        raise DataError(f"{folder}: no NATO TABLES workbook (*.xlsx) found")
    return files


@lru_cache(maxsize=16)
def _read_workbook_cached(path: str, sha256: str, vintage: str | None) -> pd.DataFrame:

    return read_workbook(Path(path), vintage=vintage)


def _workbook(path: Path) -> tuple[pd.DataFrame, Provenance]:
    provenance = verify(path)
    vintage = provenance.get("vintage")
    frame = _read_workbook_cached(str(path), provenance.sha256, str(vintage) if vintage else None)
    return frame, provenance


def load_nato() -> pd.DataFrame:
    """Every bundled NATO workbook as one long dataframe; each row keeps its ``vintage``.

    Columns: see :mod:`analysis.data.workbook`. Raises ProvenanceError when a file's sha256 differs
    from its sidecar, WorkbookError when a workbook cannot be parsed.
    """
    frames = [_workbook(path)[0] for path in workbook_files()]
    data = pd.concat(frames, ignore_index=True)
    duplicated = data["vintage"].duplicated() & ~data["file"].duplicated()
    if duplicated.any():
        raise DataError(f"{paths.nato_raw_dir()}: two workbooks claim vintage "
                        f"{data.loc[duplicated, 'vintage'].iloc[0]!r}")
    return data.copy()


def load_indicator(indicator: str, vintage: str | None = None,
                   include_aggregates: bool = True) -> pd.DataFrame:
    """One indicator of one release (default: the latest).

    E.g. ``load_indicator('share_gdp_pct')``: the TABLE3 rows of the newest workbook.
    """
    data = load_nato()
    vintage = vintage or latest_release()
    _check_vintage(vintage)
    known = sorted(data.loc[data["vintage"] == vintage, "indicator"].unique())
    if indicator not in known:
        raise DataError(f"indicator {indicator!r} not in NATO release {vintage} "
                        f"(known: {', '.join(known)})")
    rows = data[(data["vintage"] == vintage) & (data["indicator"] == indicator)]
    if not include_aggregates:
        rows = rows[~rows["is_aggregate"]]
    return rows.reset_index(drop=True)


# --------------------------------------------------------------------------------------------
# Releases


@dataclass(frozen=True)
class ReleaseInfo:
    """What a chart's source line needs to say about a release."""

    vintage: str
    title: str
    publisher: str
    release_date: dt.date | None
    data_cutoff: dt.date | None
    estimate_years: tuple[int, ...]
    file: Path
    sha256: str

    def source_line(self) -> str:
        """A chart's source line, e.g. 'Source: NATO Public Diplomacy Division, Defence
        Expenditure of NATO Countries (2014-2024) - tables, released 2024-06-17 (data cut-off
        2024-06-12); 2023-2024 estimates.'"""
        parts = [f"Source: {self.publisher}, {self.title}"]
        if self.release_date:
            parts.append(f", released {self.release_date.isoformat()}")
        else:
            parts.append(f", release {self.vintage}")
        if self.data_cutoff:
            parts.append(f" (data cut-off {self.data_cutoff.isoformat()})")
        if self.estimate_years:
            years = self.estimate_years
            span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
            parts.append(f"; {span} estimates")
        return "".join(parts) + "."


# Releases known only through the reference CSVs; described from shared/reference/SOURCES.md.
_OTHER_RELEASES: dict[str, tuple[str, dt.date | None, dt.date | None]] = {
    "2023-07": ("Defence Expenditure of NATO Countries (2014-2023)", dt.date(2023, 7, 7), None),
    "2024-02": ("defence expenditure figures announced 14-15 February 2024",
                dt.date(2024, 2, 14), dt.date(2024, 2, 7)),
    "SGAR 2025-04": ("The Secretary General's Annual Report 2024", None, None),
    "2025-08": ("Defence Expenditure of NATO Countries (2014-2025)", dt.date(2025, 8, 28), None),
}


def available_releases() -> list[str]:
    """Vintages of the bundled NATO workbooks, oldest first (e.g. ``['2024-06']``)."""
    return sorted({_workbook(path)[0]["vintage"].iloc[0] for path in workbook_files()})


def latest_release() -> str:
    """The newest bundled workbook's vintage, the default of every report."""
    return available_releases()[-1]


def _check_vintage(vintage: str) -> None:
    known = available_releases()
    if vintage not in known:
        raise DataError(f"no NATO workbook of release {vintage!r} in {paths.nato_raw_dir()} "
                        f"(available: {', '.join(known)})")


def _estimate_years(estimates: object, path: Path) -> tuple[int, ...]:
    years = estimates if isinstance(estimates, list) else [estimates]
    if not all(isinstance(y, int) or (isinstance(y, str) and y.strip().isdigit())
               for y in years):
        raise ProvenanceError(f"{sidecar_path(path)}: field estimates is {estimates!r}, "
                              "expected a list of years such as [2023, 2024]")
    return tuple(sorted(int(y) for y in years))


def release_info(vintage: str | None = None) -> ReleaseInfo:
    """Title, publisher, dates, estimate years, file and sha256 of a release (default latest).

    Works for the bundled workbooks and for the vintages of the other-releases CSVs.
    """
    vintage = vintage or latest_release()
    for path in workbook_files():
        frame, provenance = _workbook(path)
        if frame["vintage"].iloc[0] != vintage:
            continue
        estimates = provenance.get("estimates")
        if estimates:
            years = _estimate_years(estimates, path)
        else:
            years = tuple(sorted(frame.loc[frame["estimate"], "year"].unique().tolist()))
        return ReleaseInfo(
            vintage=vintage,
            title=str(provenance.get("title", path.name)),
            publisher=str(provenance.get("publisher", "NATO")),
            release_date=parse_date(provenance.get("release_date"),
                                    f"{sidecar_path(path)}: field release_date", ProvenanceError),
            data_cutoff=parse_date(provenance.get("data_cutoff"),
                                   f"{sidecar_path(path)}: field data_cutoff", ProvenanceError),
            estimate_years=years,
            file=path,
            sha256=provenance.sha256,
        )
    others = load_other_releases()
    rows = others[others["vintage"] == vintage]
    if rows.empty:
        known = available_releases() + sorted(others["vintage"].unique())
        raise DataError(f"unknown release {vintage!r} (known: {', '.join(known)})")
    title, released, cutoff = _OTHER_RELEASES.get(vintage, (f"NATO release {vintage}", None, None))
    first_file = paths.raw_dir() / "reference" / rows["file"].iloc[0]
    return ReleaseInfo(
        vintage=vintage,
        title=title,
        publisher="NATO",
        release_date=released,
        data_cutoff=cutoff,
        estimate_years=tuple(sorted(rows.loc[rows["estimate"].fillna(False).astype(bool),
                                             "year"].unique().tolist())),
        file=first_file,
        sha256=verify(first_file).sha256,
    )


def allies(vintage: str | None = None) -> list[str]:
    """Member allies in a release (default latest), NATO spelling and order, no aggregates.

    Taken from the defence-expenditure tables (TABLE3), so Iceland (no armed forces) is absent.
    """
    rows = load_indicator("share_gdp_pct", vintage, include_aggregates=False)
    return list(dict.fromkeys(rows["ally"]))


def years(vintage: str | None = None) -> list[int]:
    """The years a release covers (default latest), e.g. 2014..2024 for ``2024-06``."""
    rows = load_indicator("share_gdp_pct", vintage)
    return sorted(int(y) for y in rows["year"].unique())


def estimate_years(vintage: str | None = None) -> list[int]:
    """Years marked as estimates ('2023e') in a release."""
    rows = load_indicator("share_gdp_pct", vintage)
    return sorted(int(y) for y in rows.loc[rows["estimate"], "year"].unique())


# --------------------------------------------------------------------------------------------
# Other releases and headline statements


def reference_raw_dir() -> Path:
    return paths.raw_dir() / "reference"


@lru_cache(maxsize=16)
def _other_releases_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_other_releases(Path(path))


@lru_cache(maxsize=16)
def _headlines_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_headlines(Path(path))


def load_other_releases() -> pd.DataFrame:
    """Both ``*_other_releases.csv`` long form.

    Columns: ally, year, indicator, value, estimate (boolean, <NA> when the file leaves it
    blank), vintage, vintage_label, source, is_aggregate, file, line.
    """

    frames = []
    for name in OTHER_RELEASE_FILES:
        path = reference_raw_dir() / name
        frames.append(_other_releases_cached(str(path), verify(path).sha256))
    return pd.concat(frames, ignore_index=True)


def load_headlines() -> pd.DataFrame:
    """``headline_figures.csv`` normalised: metric, entity, event, value, unit, scale,
    value_in_units, qualifier, status, basis, note, year, year_start, vintage, vintage_label,
    source, quote, ... (see :mod:`analysis.data.reference`)."""

    path = reference_raw_dir() / HEADLINE_FILE
    return _headlines_cached(str(path), verify(path).sha256).copy()


@lru_cache(maxsize=4)
def _guidelines_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_guidelines(Path(path))


def load_guidelines() -> pd.DataFrame:
    """NATO's spending guidelines with their sources (:mod:`analysis.data.guidelines`): guideline,
    value, unit, qualifier, agreed, target_year, summit, source, url, quote."""
    path = reference_raw_dir() / GUIDELINE_FILE
    return _guidelines_cached(str(path), verify(path).sha256).copy()


def all_releases(indicator: str) -> pd.DataFrame:
    """One indicator from every source of releases: the workbook(s) and the other-releases CSVs.

    Columns: ally, year, indicator, value, estimate, vintage, source, is_aggregate. Rows of
    different vintages are kept apart (one row per vintage), never merged into one series. When
    a release is bundled as a workbook, the CSV rows of that release are left out: the workbook
    holds the unrounded values.
    """
    nato = load_nato()
    workbook_vintages = set(nato["vintage"])
    nato = nato[nato["indicator"] == indicator]
    nato_part = pd.DataFrame({
        "ally": nato["ally"],
        "year": nato["year"],
        "indicator": nato["indicator"],
        "value": nato["value"],
        "estimate": nato["estimate"].astype("boolean"),
        "vintage": nato["vintage"],
        "source": nato["file"] + " " + nato["sheet"] + "!" + nato["cell"],
        "is_aggregate": nato["is_aggregate"],
    })
    others = load_other_releases()
    others = others.loc[(others["indicator"] == indicator)
                        & ~others["vintage"].isin(workbook_vintages), list(nato_part.columns)]
    frames = [f for f in (nato_part, others) if not f.empty]
    if not frames:
        raise DataError(f"indicator {indicator!r} is in no release")
    return pd.concat(frames, ignore_index=True)


def compare_releases(ally: str, year: int, indicator: str = "share_gdp_pct") -> pd.DataFrame:
    """A value as each release published it, oldest release first.

    Columns: vintage, value, estimate, source, change_from_previous (value minus the previous
    release's value). E.g. Poland 2024 share of GDP: 4.12 (2024-06), 4.07 (SGAR 2025-04), 3.79
    (2025-08).
    """

    name = canonical_name(ally)
    if name is None:
        raise DataError(f"unknown ally {ally!r} (expected NATO spelling, e.g. 'Türkiye')")
    rows = all_releases(indicator)
    rows = rows[(rows["ally"] == name) & (rows["year"] == int(year))]
    rows = rows.assign(_order=rows["vintage"].map(release_sort_key))
    rows = rows.sort_values(["_order", "source"], kind="stable").drop(columns="_order")
    rows = rows.loc[:, ["vintage", "value", "estimate", "source"]].reset_index(drop=True)
    rows["change_from_previous"] = rows["value"].diff()
    return rows


def release_sort_key(vintage: str) -> str:
    """Order vintages by date whatever their prefix ('SGAR 2025-04' sorts as 2025-04)."""
    return str(vintage).split()[-1]
