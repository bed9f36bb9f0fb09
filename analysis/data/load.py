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
from functools import lru_cache
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.data.parse_cache import cached_frame
from analysis.data.provenance import Provenance, sidecar_path, verify
from analysis.data.reference_load import (
    load_citations,
    load_guidelines,
    load_headlines,
    load_other_releases,
    load_statement_dates,
    load_statements,
    reference_raw_dir,
)
from analysis.data.releases import (
    RELEASE_TABLE,
    TABLE_TOPICS,
    ReleaseChoice,
    ReleaseInfo,
    info_from_sidecar,
    read_release_table,
    release_files,
    releases_raw_dir,
)
from analysis.data.workbook import canonical_name, read_workbook
from analysis.errors import DataError

# Defined in analysis.data.releases and analysis.data.reference_load; callers use them as load.X.
__all__ = [
    "ReleaseChoice", "ReleaseInfo", "release_files", "releases_raw_dir",
    "load_citations", "load_guidelines", "load_headlines", "load_other_releases",
    "load_statement_dates", "load_statements", "reference_raw_dir",
]

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
    # The sidecar can name the tables to require, so its bytes are part of the key too.
    sidecar = sidecar_path(Path(path)).read_bytes()
    return cached_frame("workbook", (sha256, sidecar, vintage),
                        lambda: read_workbook(Path(path), vintage=vintage))


def _workbook(path: Path) -> tuple[pd.DataFrame, Provenance]:
    provenance = verify(path)
    vintage = provenance.get("vintage")
    frame = _read_workbook_cached(str(path), provenance.sha256, str(vintage) if vintage else None)
    return frame, provenance


@lru_cache(maxsize=32)
def _release_table_cached(path: str, sha256: str) -> pd.DataFrame:
    return read_release_table(Path(path), verify(Path(path)))


def _release_tables(skip: set[str]) -> list[pd.DataFrame]:
    """The extract releases' tables, except releases bundled as NATO's own workbook (``skip``):
    NATO's file is the better copy of the same release."""
    frames = []
    for path in release_files(RELEASE_TABLE):
        provenance = verify(path)
        if str(provenance.get("vintage")) not in skip:
            frames.append(_release_table_cached(str(path), provenance.sha256))
    return frames


def load_nato() -> pd.DataFrame:
    """Every bundled NATO release as one long dataframe; each row keeps its ``vintage``.

    The workbooks of ``data/raw/nato`` and the releases known from extracts of NATO's tables
    (``data/raw/releases``, e.g. ``2025-08``), in the same columns (see
    :mod:`analysis.data.workbook`). Raises ProvenanceError when a file's sha256 differs from its
    sidecar, WorkbookError when a workbook cannot be parsed.
    """
    # Every file is checked (and so read) on each call; the frames are put together once per set
    # of files and hashes (a report calls this dozens of times).
    files = tuple((str(path), verify(path).sha256)
                  for path in workbook_files() + release_files(RELEASE_TABLE))
    return _nato_frame(files).copy()


@lru_cache(maxsize=4)
def _nato_frame(files: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    frames = [_workbook(path)[0] for path in workbook_files()]
    data = pd.concat(frames, ignore_index=True)
    duplicated = data["vintage"].duplicated() & ~data["file"].duplicated()
    if duplicated.any():
        raise DataError(f"{paths.nato_raw_dir()}: two workbooks claim vintage "
                        f"{data.loc[duplicated, 'vintage'].iloc[0]!r}")
    return pd.concat([data, *_release_tables(set(data["vintage"].unique()))], ignore_index=True)


def load_indicator(indicator: str, vintage: str | None = None,
                   include_aggregates: bool = True) -> pd.DataFrame:
    """One indicator of one release (default: the newest release that has it).

    E.g. ``load_indicator('share_gdp_pct')``: the TABLE3 rows of the newest release.
    """
    data = load_nato()
    vintage = vintage or latest_release(indicator)
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


# Releases known only through the reference CSVs; described from shared/reference/SOURCES.md.
_OTHER_RELEASES: dict[str, tuple[str, dt.date | None, dt.date | None]] = {
    "2023-07": ("Defence Expenditure of NATO Countries (2014-2023)", dt.date(2023, 7, 7), None),
    "2024-02": ("defence expenditure figures announced 14-15 February 2024",
                dt.date(2024, 2, 14), dt.date(2024, 2, 7)),
    "SGAR 2025-04": ("The Secretary General's Annual Report 2024", None, None),
}


def available_releases(indicator: str | None = None) -> list[str]:
    """Vintages of the bundled releases, oldest first (e.g. ``['2024-06', '2025-08']``); with
    ``indicator``, only the releases that publish it."""
    data = load_nato()
    if indicator is not None:
        data = data[(data["indicator"] == indicator) & data["value"].notna()]
    return sorted({str(v) for v in data["vintage"].unique()}, key=release_sort_key)


def latest_release(indicator: str | None = None) -> str:
    """The newest bundled release, the default of every report; with ``indicator``, the newest
    release that has it (``latest_release('usd_million_constant_2015')`` is ``2024-06``)."""
    known = available_releases(indicator)
    if not known:
        raise DataError(f"indicator {indicator!r} is in no bundled NATO release "
                        f"({', '.join(available_releases())})")
    return known[-1]


def release_for(indicator: str, release: str | None = None) -> ReleaseChoice:
    """The release to show ``indicator`` from: ``release`` ('latest' or None: the newest) when it
    has the indicator, else the newest release that has it, with a note saying so, e.g.
    "Release 2025-08 has no dollar tables (usd_million_constant_2015); shown: Defence
    Expenditure of NATO Countries (2014-2024), release 2024-06."."""
    requested = latest_release() if release in (None, "", "latest") else str(release)
    _check_vintage(requested)
    if requested in available_releases(indicator):
        return ReleaseChoice(indicator, requested, requested)
    shown = latest_release(indicator)
    data = load_nato()
    table = str(data.loc[(data["vintage"] == shown) & (data["indicator"] == indicator),
                         "table"].iloc[0])
    info = release_info(shown)
    note = (f"Release {requested} has no {TABLE_TOPICS.get(table, table)} ({indicator}); "
            f"shown: {info.title.removesuffix(' - tables')}, release {shown}.")
    return ReleaseChoice(indicator, requested, shown, note)


def _check_vintage(vintage: str) -> None:
    known = available_releases()
    if vintage not in known:
        raise DataError(f"no NATO release {vintage!r} in {paths.nato_raw_dir()} or "
                        f"{releases_raw_dir()} (available: {', '.join(known)})")


def release_info(vintage: str | None = None) -> ReleaseInfo:
    """Title, publisher, dates, estimate years, files, sha256 and provenance of a release
    (default latest): the bundled workbooks, the extract releases (whose ``secondary`` and
    ``provenance_note`` say they are third-party copies) and the other-releases CSVs' vintages.
    """
    vintage = vintage or latest_release()
    nato = load_nato()
    frame = nato[nato["vintage"] == vintage]
    if not frame.empty:
        # The file of the share of GDP first: it is the one a chart's source line stands for.
        main = set(frame.loc[frame["indicator"] == "share_gdp_pct", "file"])
        names = set(frame["file"].unique())
        files = sorted((p for p in workbook_files() + release_files(RELEASE_TABLE)
                        if p.name in names), key=lambda p: p.name not in main)
        return info_from_sidecar(vintage, frame, files)
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
        secondary=True,
        provenance_note="Values from public copies of NATO's release; each row of "
                        f"{first_file.name} names its source.",
        files=(first_file,),
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
