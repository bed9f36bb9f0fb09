"""``nato-report data add``: take in NATO's next TABLES workbook on the day it appears.

The workbook is parsed before anything is written, so a file that is unreadable, in an unknown
layout or of a release already bundled leaves ``data/raw/nato/`` untouched. Then the workbook and
its provenance sidecar (sha256, release and cut-off dates, estimate years, the tables it holds,
price base, measure) are written beside the others, each under a temporary name first and
renamed into place, so the next build (:func:`analysis.data.load.load_nato`) reads it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import yaml

from analysis import paths
from analysis.data.provenance import sha256_of, sidecar_path
from analysis.data.workbook import read_workbook
from analysis.data.workbook_file import open_sheets, vintage_of
from analysis.data.workbook_layout import REQUIRED_TABLES, TABLES
from analysis.errors import DataError, ParameterError, WorkbookError

PUBLISHER = "NATO Public Diplomacy Division"
_TITLE = re.compile(r"(defence\s+(?:expenditure|investment)\s+of\s+nato\s+countries\b.*)",
                    re.IGNORECASE)
_TITLE_ROWS = 10
_FILE_DATE = re.compile(r"^\d{6}-")


@dataclass(frozen=True)
class WorkbookSummary:
    """What a workbook holds, as ``data add`` prints it and the sidecar records it."""

    vintage: str
    title: str
    title_from_file: bool
    tables: tuple[str, ...]
    years: tuple[int, ...]
    estimate_years: tuple[int, ...]
    allies: tuple[str, ...]
    aggregates: tuple[str, ...]
    base_year: int | None
    measure: str


def parse_date_option(text: str | None, option: str) -> dt.date | None:
    """``--release-date 2025-08-28`` as a date; ParameterError naming the option otherwise."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ParameterError(f"{option} {text!r} is not a date YYYY-MM-DD") from None


def _title(path: Path, measure: str, years: tuple[int, ...]) -> tuple[str, bool]:
    """The release title a sheet states (``Defence Expenditure of NATO Countries (2014-2025)``),
    else one composed from the tables' measure and years (flagged as composed)."""
    for sheet in open_sheets(path).values():
        for row in sheet.rows[:_TITLE_ROWS]:
            for value in row:
                match = _TITLE.search(value) if isinstance(value, str) else None
                if match:
                    return " ".join(match.group(1).split()), True
    return f"{measure} of NATO Countries ({years[0]}-{years[-1]}) - tables", False


def summarise(frame: pd.DataFrame, path: Path) -> WorkbookSummary:
    """Tables, years, estimate years, allies, price base and measure of a parsed workbook."""
    numbers = {spec.table: spec.number for spec in TABLES}
    tables = tuple(numbers[t] for t in dict.fromkeys(frame["table"]))
    bases = sorted(set(frame.loc[frame["indicator"].str.contains("constant_"), "price_base"]
                       .dropna().astype(int)) or set(frame["price_base"].dropna().astype(int)))
    if len(bases) > 1:
        raise WorkbookError(f"{path.name}: tables state different price bases "
                            f"({', '.join(map(str, bases))})")
    years = tuple(sorted(int(y) for y in frame["year"].unique()))
    measure = str(frame["measure"].iloc[0])
    title, from_file = _title(path, measure, years)
    return WorkbookSummary(
        vintage=str(frame["vintage"].iloc[0]), title=title, title_from_file=from_file,
        tables=tables, years=years,
        estimate_years=tuple(sorted(int(y) for y in frame.loc[frame["estimate"], "year"].unique())),
        allies=tuple(dict.fromkeys(frame.loc[~frame["is_aggregate"], "ally"])),
        aggregates=tuple(dict.fromkeys(frame.loc[frame["is_aggregate"], "ally"])),
        base_year=bases[0] if bases else None, measure=measure,
    )


def format_summary(summary: WorkbookSummary, target: Path) -> str:
    years = summary.years
    lines = [
        f"added NATO release {summary.vintage}: {target}",
        f"  title:          {summary.title}"
        + ("" if summary.title_from_file else " (composed: the workbook states no release title)"),
        f"  measure:        {summary.measure}",
        f"  tables:         {', '.join(summary.tables)}",
        f"  years:          {years[0]}-{years[-1]}",
        f"  estimate years: {', '.join(map(str, summary.estimate_years)) or 'none'}",
        f"  price base:     {summary.base_year or 'not stated'}",
        f"  allies:         {len(summary.allies)} ({', '.join(summary.allies)})",
        f"  aggregates:     {', '.join(summary.aggregates) or 'none'}",
    ]
    return "\n".join(lines)


def _vintage(source: Path, release_date: dt.date | None) -> str:
    if release_date is not None:
        return release_date.strftime("%Y-%m")
    if _FILE_DATE.match(source.name):
        return vintage_of(source)
    raise ParameterError(f"{source.name}: cannot tell which release this is; give "
                         "--release-date YYYY-MM-DD (the file name has no YYMMDD- date)")


def _refuse_duplicate(folder: Path, vintage: str, target: Path) -> None:
    for existing in sorted(folder.glob("*.xlsx")):
        if vintage_of(existing) == vintage:
            raise DataError(f"{existing.name} already holds release {vintage}; "
                            "raw files are never replaced")
    if target.exists() or sidecar_path(target).exists():
        raise DataError(f"{target}: a file of that name is already in {folder}")


def _sidecar_fields(summary: WorkbookSummary, source: Path, sha256: str,
                    release_date: dt.date | None, cutoff: dt.date | None) -> dict[str, object]:
    return {
        "publisher": PUBLISHER,
        "title": summary.title,
        "file": source.name,
        "release_date": release_date.isoformat() if release_date else None,
        "vintage": summary.vintage,
        "data_cutoff": cutoff.isoformat() if cutoff else None,
        "estimates": list(summary.estimate_years),
        "tables": list(summary.tables),
        "price_base": summary.base_year,
        "measure": summary.measure,
        "origin": f"added with `nato-report data add` from {source.name} on "
                  f"{dt.date.today().isoformat()}",
        "sha256": sha256,
    }


def _write_atomically(source: Path, target: Path, fields: dict[str, object]) -> None:
    """Sidecar first, then the workbook, each renamed from a temporary name (not ``*.xlsx``, so
    a half-written file is never read); any failure removes both."""
    side = sidecar_path(target)
    partial_side = target.with_name(f".{side.name}.partial")
    partial_book = target.with_name(f".{target.name}.partial")
    try:
        partial_side.write_text(yaml.safe_dump(fields, sort_keys=False, allow_unicode=True),
                                encoding="utf-8")
        shutil.copyfile(source, partial_book)
        os.replace(partial_side, side)
        os.replace(partial_book, target)
    except OSError as error:
        for path in (partial_side, partial_book, side):
            path.unlink(missing_ok=True)
        raise DataError(f"{target}: cannot write ({error.strerror or error})") from None


def add_workbook(source: str | Path, release_date: dt.date | None = None,
                 cutoff: dt.date | None = None) -> tuple[WorkbookSummary, Path]:
    """Parse ``source`` and, when it is a new release, copy it with its sidecar into
    ``data/raw/nato/``. Returns what was found and where it went."""
    source = Path(source)
    folder = paths.nato_raw_dir()
    if cutoff and release_date and cutoff > release_date:
        raise ParameterError(f"--cut-off {cutoff} is after --release-date {release_date}")
    vintage = _vintage(source, release_date)
    frame = read_workbook(source, vintage=vintage, tables=REQUIRED_TABLES)
    summary = summarise(frame, source)
    target = folder / source.name
    _refuse_duplicate(folder, vintage, target)
    sha256 = sha256_of(source)
    _write_atomically(source, target, _sidecar_fields(summary, source, sha256, release_date,
                                                      cutoff))
    return summary, target
