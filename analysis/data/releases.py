"""Releases that reach the package as extracts of NATO's tables, not as NATO's own workbook.

``data/raw/releases/`` holds one CSV per table of a release (``role: release table`` in its
sidecar, e.g. the August 2025 edition, vintage ``2025-08``) and files of scattered statements
(``role: statements``: the Secretary General's Annual Report, ``SGAR 2026-03``, and the values of
the 2026 edition found so far, ``2026-07``). What a release is (title, dates, estimate years,
price base, and whether it is a third-party copy) is read from the sidecars; nothing about an
edition is written here.

:func:`read_release_table` turns a table CSV into the long form of
:func:`analysis.data.workbook.read_workbook`, so a release from an extract is used exactly like a
workbook release. The value is the extract's unrounded column where it has one: NATO publishes
unrounded values and counts at a guideline compare them unrounded. A blank stays a row with a
missing value: NATO left the cell blank (e.g. Germany 2025e, budget pending at the cut-off).

:func:`read_statements` reads a statements file into rows the brief checks figures against.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.data.provenance import Provenance, parse_date, sidecar_path, verify
from analysis.data.reference import normalise_vintage, read_reference_csv
from analysis.data.workbook import COLUMNS, canonical_name, is_aggregate
from analysis.data.workbook_layout import TABLES
from analysis.errors import DataError, ProvenanceError

RELEASE_TABLE = "release table"
STATEMENTS = "statements"
CROSSCHECK = "crosscheck"
ROLES = (RELEASE_TABLE, STATEMENTS, CROSSCHECK)

# The file with one category per row (Tables 8a/8b): category -> indicator '<category>_share_pct'.
_CATEGORY_COLUMNS = ("category", "pct_of_defence_expenditure", "pct_unrounded")
_UNROUNDED = "_unrounded"
# What the tables of a release are, for the note shown when a report falls back to another one.
TABLE_TOPICS = {
    "TABLE1": "national-currency tables", "TABLE2": "dollar tables",
    "TABLE3": "share of GDP and real change", "TABLE4": "summary table",
    "TABLE5": "GDP tables", "TABLE6": "per-capita tables", "TABLE7": "military personnel",
    "TABLE8a": "expenditure distribution", "TABLE8b": "expenditure distribution",
}


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
    constant_prices: int | None = None
    # True when the values come from a copy of NATO's tables by someone else (a third-party
    # extract, the press), not from NATO's own file; the reports then say so under every chart.
    secondary: bool = False
    provenance_note: str = ""
    files: tuple[Path, ...] = field(default_factory=tuple)

    def source_line(self) -> str:
        """A chart's source line, e.g. 'Source: NATO Public Diplomacy Division, Defence
        Expenditure of NATO Countries (2014-2024) - tables, release 2024-06, released
        2024-06-17 (data cut-off 2024-06-12); 2023-2024 estimates.'"""
        parts = [f"Source: {self.publisher}, {self.title}, release {self.vintage}"]
        if self.release_date:
            parts.append(f", released {self.release_date.isoformat()}")
        if self.data_cutoff:
            parts.append(f" (data cut-off {self.data_cutoff.isoformat()})")
        if self.estimate_years:
            years = self.estimate_years
            span = str(years[0]) if len(years) == 1 else f"{years[0]}-{years[-1]}"
            parts.append(f"; {span} estimates")
        line = "".join(parts) + "."
        return f"{line} {self.provenance_note}" if self.secondary and self.provenance_note \
            else line


@dataclass(frozen=True)
class ReleaseChoice:
    """The release a report shows for one indicator, and why when it is not the one asked for."""

    indicator: str
    requested: str
    vintage: str
    note: str = ""  # empty when the requested release has the indicator

    @property
    def fell_back(self) -> bool:
        return self.vintage != self.requested


def role_of(provenance: Provenance) -> str:
    role = str(provenance.get("role", "")).strip()
    if role not in ROLES:
        raise DataError(f"{provenance.path}.source.yml: field role is {role!r}, expected one of "
                        f"{', '.join(ROLES)}")
    return role


def indicator_spec(indicator: str) -> tuple[str, str]:
    """(table, unit) of an indicator as NATO's workbook layout names it."""
    for table in TABLES:
        for section in table.sections:
            if section.indicator == indicator:
                return table.table, section.unit
    raise DataError(f"indicator {indicator!r} is not in NATO's workbook layout")


def _value_column(path: Path, frame: pd.DataFrame) -> str:
    named = [c for c in frame.columns if f"{c}{_UNROUNDED}" in frame.columns]
    if len(named) != 1:
        raise DataError(f"{path}: row 1 (header): expected one value column with an "
                        f"'{_UNROUNDED}' twin, found {named or 'none'}")
    return named[0]


def _number(path: Path, line: int, column: str, text: str) -> float:
    text = text.strip()
    if text == "":
        return float("nan")
    try:
        return float(text)
    except ValueError:
        raise DataError(f"{path}: row {line}, column {column!r}: {text!r} is not a number") \
            from None


def _table_rows(path: Path, frame: pd.DataFrame) -> list[tuple[dict, str, str, str]]:
    """(record, indicator, value column, unrounded column) per row."""
    if set(_CATEGORY_COLUMNS) <= set(frame.columns):
        return [(r, f"{r['category'].strip()}_share_pct", _CATEGORY_COLUMNS[1],
                 _CATEGORY_COLUMNS[2]) for r in frame.to_dict("records")]
    column = _value_column(path, frame)
    return [(r, column, column, f"{column}{_UNROUNDED}") for r in frame.to_dict("records")]


def read_release_table(path: Path, provenance: Provenance) -> pd.DataFrame:
    """One table CSV of an extract release in the long form of ``read_workbook`` (COLUMNS)."""
    frame = read_reference_csv(path, ("ally", "year", "estimate", "vintage", "source"))
    vintage = str(provenance.get("vintage", "")).strip()
    rows, seen = [], set()
    for index, (record, indicator, main, unrounded) in enumerate(_table_rows(path, frame)):
        line = index + 2
        ally = canonical_name(record["ally"])
        if ally is None:
            raise DataError(f"{path}: row {line}, column 'ally': unknown ally "
                            f"{record['ally']!r} (expected NATO spelling)")
        if normalise_vintage(record["vintage"]) != vintage:
            raise DataError(f"{path}: row {line}, column 'vintage': {record['vintage']!r} is "
                            f"not the sidecar's release {vintage!r}")
        if not record["year"].strip().isdigit():
            raise DataError(f"{path}: row {line}, column 'year': {record['year']!r} is not a "
                            "year")
        year = int(record["year"])
        if (indicator, ally, year) in seen:
            raise DataError(f"{path}: row {line}: {ally} {year} {indicator} given twice")
        seen.add((indicator, ally, year))
        value = _number(path, line, unrounded, record[unrounded])
        if pd.isna(value):
            value = _number(path, line, main, record[main])
        table, unit = indicator_spec(indicator)
        rows.append({
            "vintage": vintage, "table": table, "indicator": indicator, "ally": ally,
            "year": year, "estimate": record["estimate"].strip().lower() == "true",
            "value": value, "unit": unit, "is_aggregate": is_aggregate(ally),
            # The extract dropped NATO's asterisks: no ally is known to be starred.
            "national_2pct_commitment": False, "base_year": float("nan"),
            "sheet": table, "cell": f"row {line}", "file": path.name,
        })
    return pd.DataFrame(rows, columns=list(COLUMNS)).astype(
        {"year": "int64", "value": "float64", "estimate": bool, "is_aggregate": bool,
         "national_2pct_commitment": bool})


STATEMENT_COLUMNS = ("ally", "year", "table", "measure", "unit", "value", "estimate", "vintage",
                     "note", "source", "file", "line")


def read_statements(path: Path) -> pd.DataFrame:
    """A statements file as rows of STATEMENT_COLUMNS.

    Two forms: scattered values with ``table, measure, unit, value`` columns (the 2026 edition),
    or shares of GDP in one ``share_gdp_pct*`` column (the Annual Report, one decimal).
    """
    frame = read_reference_csv(path, ("ally", "year", "vintage", "source"))
    shares = [c for c in frame.columns if c.startswith("share_gdp_pct")]
    if "value" not in frame.columns and len(shares) != 1:
        raise DataError(f"{path}: row 1 (header): expected a 'value' column or one "
                        "'share_gdp_pct...' column")
    rows = []
    for index, record in enumerate(frame.to_dict("records")):
        line = index + 2
        ally = canonical_name(record["ally"])
        vintage = normalise_vintage(record["vintage"])
        if ally is None or vintage is None:
            column, text = ("ally", record["ally"]) if ally is None else \
                ("vintage", record["vintage"])
            raise DataError(f"{path}: row {line}, column {column!r}: {text!r} is not known")
        column = "value" if "value" in frame.columns else shares[0]
        rows.append({
            "ally": ally, "year": int(_number(path, line, "year", record["year"])),
            "table": record.get("table", "Table 3"),
            "measure": record.get("measure", "share of GDP (%)"),
            "unit": record.get("unit", "pct_gdp"),
            "value": _number(path, line, column, record[column]),
            "estimate": record.get("estimate", "").strip().lower() == "true",
            "vintage": vintage, "note": record.get("note", ""), "source": record["source"],
            "file": path.name, "line": line,
        })
    return pd.DataFrame(rows, columns=list(STATEMENT_COLUMNS))


def releases_raw_dir() -> Path:
    """Releases known from extracts of NATO's tables and later statements."""
    return paths.raw_dir() / "releases"


def release_files(role: str) -> list[Path]:
    """Files of ``data/raw/releases/`` whose sidecar gives them ``role`` (sorted by name)."""
    folder = releases_raw_dir()
    if not folder.is_dir():
        return []
    return [path for path in sorted(folder.glob("*.csv")) if role_of(verify(path)) == role]


def estimate_years_of(estimates: object, path: Path) -> tuple[int, ...]:
    years = estimates if isinstance(estimates, list) else [estimates]
    if not all(isinstance(y, int) or (isinstance(y, str) and y.strip().isdigit())
               for y in years):
        raise ProvenanceError(f"{sidecar_path(path)}: field estimates is {estimates!r}, "
                              "expected a list of years such as [2023, 2024]")
    return tuple(sorted(int(y) for y in years))


def info_from_sidecar(vintage: str, frame: pd.DataFrame, files: list[Path]) -> ReleaseInfo:
    """A release described by the sidecar of its (first) file."""
    path = files[0]
    provenance = verify(path)
    estimates = provenance.get("estimates")
    if estimates:
        years = estimate_years_of(estimates, path)
    else:
        years = tuple(sorted(frame.loc[frame["estimate"], "year"].unique().tolist()))
    prices = provenance.get("constant_prices")

    def date(name: str) -> dt.date | None:
        return parse_date(provenance.get(name), f"{sidecar_path(path)}: field {name}",
                          ProvenanceError)

    return ReleaseInfo(
        vintage=vintage,
        title=str(provenance.get("title", path.name)),
        publisher=str(provenance.get("publisher", "NATO")),
        release_date=date("release_date"),
        data_cutoff=date("data_cutoff"),
        estimate_years=years,
        file=path,
        sha256=provenance.sha256,
        constant_prices=int(prices) if str(prices).isdigit() else None,
        secondary=bool(provenance.get("secondary", False)),
        provenance_note=" ".join(str(provenance.get("provenance_note", "")).split()),
        files=tuple(files),
    )
