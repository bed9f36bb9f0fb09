"""NATO's TABLES workbook (``def-exp-YYYY-TABLES-en.xlsx``) as one tidy long dataframe.

:func:`read_workbook` parses every table (TABLE1..TABLE8b) into one row per cell value::

    vintage  table   indicator      ally     year estimate value  unit      is_aggregate ...
    2024-06  TABLE3  share_gdp_pct  Albania  2014 False    1.3465 % of GDP  False

Tables are found by their labels, never by fixed addresses: the sheet (by name, else by its
``Table N :`` title), the header row (the first row below the title holding years such as
``2014``, ``'2019'`` or ``'2024e'``), the section labels (``Current prices``, ``Share of real GDP``,
...) and the ally names in the label columns. So next year's file parses too, as long as NATO keeps
the same kind of layout; when it does not, a :class:`~analysis.errors.WorkbookError` names the
file, sheet, cell and what is wrong.

Conventions
-----------
- ``value`` is exactly the number stored in the cell (float, unrounded). Blank cells and Excel
  errors (``#REF!``) become NaN, never zero; any other text in a value cell is an error.
- ``ally`` uses NATO spelling; the footnote asterisk (national law or agreement calling for 2% of
  GDP) is removed and kept as ``national_2pct_commitment``. The flag belongs to the ally in that
  release: it is True on every row of an ally starred in any table of the workbook.
- ``estimate`` comes from the ``e`` suffix of the header year.
- ``is_aggregate`` marks ``NATO Europe and Canada`` and ``NATO Total``.
- Indicators whose price base is stated in the file carry it in their name
  (``usd_million_constant_2015``); a rebased release yields ``usd_million_constant_2021``.
- TABLE4 repeats TABLE2/TABLE3 values for two years; to keep each indicator a single series
  its repeated columns are named ``summary_*``, and its cumulative change is
  ``real_change_cumulative_pct`` with the start year in ``base_year``.
- ``vintage`` is the release as ``YYYY-MM`` (from the sidecar's ``vintage`` or
  ``release_date``, else from the ``YYMMDD-`` prefix NATO puts in its file names).
- ``sheet`` and ``cell`` give the address each value was read from.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.data.allies import ALIASES as ALLY_ALIASES
from analysis.data.allies import ALLIES
from analysis.errors import WorkbookError

AGGREGATES: tuple[str, ...] = ("NATO Europe and Canada", "NATO Total")

# Other spellings seen in NATO and third-party copies, mapped to NATO's current spelling.
ALIASES: dict[str, str] = {
    **ALLY_ALIASES,
    "nato europe & canada": "NATO Europe and Canada",
    "nato europe and canada": "NATO Europe and Canada",
    "nato - total": "NATO Total",
    "nato total": "NATO Total",
}

COLUMNS: tuple[str, ...] = (
    "vintage", "table", "indicator", "ally", "year", "estimate", "value", "unit", "is_aggregate",
    "national_2pct_commitment", "base_year", "sheet", "cell", "file",
)

_NAMES = {name.casefold(): name for name in ALLIES + AGGREGATES}
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*([eE])?\s*$")
_LABEL_WITH_CURRENCY = re.compile(r"^(?P<name>.*?)\s*\((?P<currency>[^()]*)\)\s*$")
_PRICE_BASE = re.compile(r"\b((?:19|20)\d\d)\s+prices\b", re.IGNORECASE)
_NOTES = re.compile(r"^\s*notes?\s*:", re.IGNORECASE)
_PAGE_NUMBER = re.compile(r"^\s*-\s*\d+\s*-\s*$")
_EXCEL_ERROR = re.compile(r"^#[A-Z0-9/]+[!?]?$|^#N/A$")
# Header rows hold the years; the title and unit lines live in the first rows of the sheet.
_TITLE_SEARCH_ROWS = 40


@dataclass(frozen=True)
class Section:
    """A block of rows under a label such as ``Current prices``, all one indicator."""

    label: str  # regex, matched case-insensitively against the section label text
    indicator: str  # may contain {base}: the price base year stated in the file
    unit: str


@dataclass(frozen=True)
class Column:
    """A column of a table whose headers are not plain years (TABLE4)."""

    header: str  # regex with named groups 'year' and optionally 'base'
    indicator: str
    unit: str


@dataclass(frozen=True)
class TableSpec:
    table: str  # sheet name in NATO's workbook
    number: str  # as in the title 'Table 8a : ...'
    sections: tuple[Section, ...] = ()
    columns: tuple[Column, ...] = ()

    @property
    def title_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*table\s*{re.escape(self.number)}\s*:", re.IGNORECASE)


_CURRENT = r"^current prices"
_CONSTANT = r"^constant \d{4} prices"
_SHARE_OF_SPENDING = "% of defence expenditure"

TABLES: tuple[TableSpec, ...] = (
    TableSpec("TABLE1", "1", (
        Section(_CURRENT, "national_currency_million_current", "million {currency}"),
        Section(_CONSTANT, "national_currency_million_constant_{base}",
                "million {currency} ({base} prices)"),
    )),
    TableSpec("TABLE2", "2", (
        Section(_CURRENT, "usd_million_current", "million USD"),
        Section(_CONSTANT, "usd_million_constant_{base}", "million USD ({base} prices)"),
    )),
    TableSpec("TABLE3", "3", (
        Section(r"^share of real gdp", "share_gdp_pct", "% of GDP"),
        Section(r"^annual real change", "real_change_pct", "% real change on previous year"),
    )),
    TableSpec("TABLE4", "4", columns=(
        Column(r"^(?P<year>(?:19|20)\d\d)e?$", "summary_usd_million_constant_{base}",
               "million USD ({base} prices)"),
        Column(r"^real change (?P<base>\d{4})\s*-\s*(?P<year>\d{4})e?\b",
               "real_change_cumulative_pct", "% real change since base_year"),
        Column(r"^share of real gdp (?P<year>\d{4})e?\b", "summary_share_gdp_pct", "% of GDP"),
    )),
    TableSpec("TABLE5", "5", (
        Section(_CURRENT, "gdp_usd_million_current", "million USD"),
        Section(_CONSTANT, "gdp_usd_million_constant_{base}", "million USD ({base} prices)"),
    )),
    TableSpec("TABLE6", "6", (
        Section(r"^gdp per capita", "gdp_per_capita_usd_thousand_constant_{base}",
                "thousand USD ({base} prices)"),
        Section(r"^defence expenditure per capita", "defence_per_capita_usd_constant_{base}",
                "USD ({base} prices)"),
    )),
    TableSpec("TABLE7", "7", (Section("", "personnel_thousands", "thousand military personnel"),)),
    TableSpec("TABLE8a", "8a", (
        Section(r"^equipment", "equipment_share_pct", _SHARE_OF_SPENDING),
        Section(r"^personnel", "personnel_share_pct", _SHARE_OF_SPENDING),
    )),
    TableSpec("TABLE8b", "8b", (
        Section(r"^infrastructure", "infrastructure_share_pct", _SHARE_OF_SPENDING),
        Section(r"^other", "other_share_pct", _SHARE_OF_SPENDING),
    )),
)


# --------------------------------------------------------------------------------------------
# Names


def canonical_name(text: str) -> str | None:
    """NATO spelling of an ally or aggregate name, or None when the name is not known."""
    key = " ".join(str(text).replace("\xa0", " ").split()).casefold()
    return _NAMES.get(key) or ALIASES.get(key)


def is_aggregate(name: str) -> bool:
    return name in AGGREGATES


def parse_row_label(text: str) -> tuple[str, bool, str | None]:
    """Split ``'Czechia*   (Koruny)'`` into ``('Czechia', True, 'Koruny')``."""
    text = " ".join(str(text).replace("\xa0", " ").split())
    currency = None
    match = _LABEL_WITH_CURRENCY.match(text)
    if match:
        text, currency = match["name"].strip(), match["currency"].strip()
    starred = text.endswith("*")
    return text.rstrip("* ").strip(), starred, currency


# --------------------------------------------------------------------------------------------
# Cells


def parse_header_year(value: Any) -> tuple[int, bool] | None:
    """``2019``, ``'2019'``, ``2019.0`` -> (2019, False); ``'2024e'`` -> (2024, True)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return None
        year = int(value)
        return (year, False) if 1949 <= year <= 2100 else None
    match = _YEAR.match(str(value))
    if not match:
        return None
    return int(match.group(1)), bool(match.group(2))


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_excel_error(value: Any) -> bool:
    return isinstance(value, str) and bool(_EXCEL_ERROR.match(value.strip()))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not _is_excel_error(value)


# --------------------------------------------------------------------------------------------
# Workbook access


class _Sheet:
    """A worksheet as a dense grid of values with 1-based (row, column) access."""

    def __init__(self, file: Path, name: str, rows: list[tuple[Any, ...]]):
        self.file = file
        self.name = name
        self.rows = rows
        self.width = max((len(r) for r in rows), default=0)

    def value(self, row: int, col: int) -> Any:
        if row < 1 or row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[col - 1] if 1 <= col <= len(cells) else None

    def where(self, row: int, col: int | None = None) -> str:
        if col is None:
            return f"{self.file.name}: sheet {self.name}, row {row}"
        return f"{self.file.name}: sheet {self.name}, cell {cell_name(row, col)}"

    def error(self, row: int, col: int | None, what: str) -> WorkbookError:
        return WorkbookError(f"{self.where(row, col)}: {what}")


def cell_name(row: int, col: int) -> str:
    letters = ""
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row}"


def _open(path: Path) -> dict[str, _Sheet]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise WorkbookError(f"{path}: file not found")
    if path.stat().st_size == 0:
        raise WorkbookError(f"{path}: the file is empty (0 bytes), expected an .xlsx workbook")
    if not zipfile.is_zipfile(path):
        raise WorkbookError(f"{path}: not an Excel .xlsx workbook (not a zip container)")
    try:
        book = openpyxl.load_workbook(path, data_only=True, read_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError) as error:
        raise WorkbookError(
            f"{path}: not a readable Excel workbook ({error.__class__.__name__}: {error})"
        ) from None
    try:
        sheets = {}
        for ws in book.worksheets:
            # Some writers store a wrong dimension tag; read every row that is really there.
            ws.reset_dimensions()
            sheets[ws.title] = _Sheet(path, ws.title,
                                      [tuple(row) for row in ws.iter_rows(values_only=True)])
        return sheets
    except (KeyError, ValueError, zipfile.BadZipFile) as error:
        raise WorkbookError(
            f"{path}: workbook content cannot be read ({error.__class__.__name__}: {error})"
        ) from None
    finally:
        book.close()


def _find_title(sheet: _Sheet, spec: TableSpec) -> tuple[int, int] | None:
    for row in range(1, min(len(sheet.rows), _TITLE_SEARCH_ROWS) + 1):
        for col in range(1, sheet.width + 1):
            value = sheet.value(row, col)
            if isinstance(value, str) and spec.title_pattern.match(value):
                return row, col
    return None


def _find_sheet(sheets: dict[str, _Sheet], spec: TableSpec, file: Path) -> _Sheet:
    if spec.table in sheets:
        return sheets[spec.table]
    # A renamed sheet is still found by its title.
    for sheet in sheets.values():
        if _find_title(sheet, spec):
            return sheet
    raise WorkbookError(
        f"{file.name}: sheet {spec.table} not found and no sheet holds a 'Table {spec.number} :' "
        f"title (sheets: {', '.join(sheets) or 'none'})"
    )


# --------------------------------------------------------------------------------------------
# Parsing one table


@dataclass(frozen=True)
class _Record:
    indicator: str
    ally: str
    year: int
    estimate: bool
    value: float
    unit: str
    row: int
    col: int
    base_year: int | None = None


def _header(sheet: _Sheet, title_row: int, spec: TableSpec) -> tuple[int, dict[int, Any]]:
    """Find the header row below the title: the first row with two or more year cells."""
    for row in range(title_row + 1, len(sheet.rows) + 1):
        cells = {
            col: sheet.value(row, col)
            for col in range(1, sheet.width + 1)
            if not _is_blank(sheet.value(row, col))
        }
        years = [col for col, value in cells.items() if parse_header_year(value)]
        if len(years) >= 2 or (spec.columns and years):
            return row, cells
        if any(_is_number(v) for v in cells.values()):
            first = min(col for col, v in cells.items() if _is_number(v))
            raise sheet.error(
                row, first, f"number {cells[first]!r} found before any header row of years "
                f"below the title 'Table {spec.number} :' (header row missing or shifted?)"
            )
    raise sheet.error(title_row, None, f"no header row of years below the title "
                      f"'Table {spec.number} :'")


def _year_columns(sheet: _Sheet, header_row: int,
                  cells: dict[int, Any]) -> dict[int, tuple[int, bool]]:
    years: dict[int, tuple[int, bool]] = {}
    seen: dict[int, int] = {}
    for col, value in sorted(cells.items()):
        parsed = parse_header_year(value)
        if parsed is None:
            if years:
                raise sheet.error(header_row, col, f"header {value!r} is not a year "
                                  "(expected e.g. 2019, '2019' or '2024e')")
            continue
        if parsed[0] in seen:
            raise sheet.error(header_row, col, f"year {parsed[0]} appears twice in the header "
                              f"(also {cell_name(header_row, seen[parsed[0]])})")
        if years and parsed[0] <= max(y for y, _ in years.values()):
            raise sheet.error(header_row, col, f"header year {value!r} is out of order")
        seen[parsed[0]] = col
        years[col] = parsed
    cols = sorted(years)
    if cols != list(range(cols[0], cols[-1] + 1)):
        gap = next(c for c in range(cols[0], cols[-1] + 1) if c not in years)
        raise sheet.error(header_row, gap, "blank cell inside the header row of years")
    return years


def _price_base(*texts: str | None) -> str | None:
    for text in texts:
        if text:
            match = _PRICE_BASE.search(text)
            if match:
                return match.group(1)
    return None


def _row_label(sheet: _Sheet, row: int, first_value_col: int) -> tuple[str | None, int | None]:
    """The label of a row: its text cells left of the first value column, joined."""
    parts = []
    first_col = None
    for col in range(1, first_value_col):
        value = sheet.value(row, col)
        if _is_text(value):
            parts.append(str(value).strip())
            first_col = first_col or col
    return (" ".join(parts) if parts else None), first_col


def _value(sheet: _Sheet, row: int, col: int, label: str) -> float:
    raw = sheet.value(row, col)
    if _is_blank(raw) or _is_excel_error(raw):
        return math.nan
    if _is_number(raw):
        return float(raw)
    kind = "text" if isinstance(raw, str) else type(raw).__name__
    raise sheet.error(row, col, f"{kind} {raw!r} where a number was expected (row '{label}')")


def _stray_values(sheet: _Sheet, row: int, allowed: set[int]) -> None:
    """Numbers outside the header's columns mean the header row and the data disagree."""
    for col in range(1, sheet.width + 1):
        if col in allowed:
            continue
        value = sheet.value(row, col)
        if _is_number(value):
            raise sheet.error(row, col, f"value {value!r} in a column without a year header "
                              "(header row shifted?)")


def _ally(sheet: _Sheet, row: int, col: int, label: str) -> tuple[str, bool, str | None]:
    name, starred, currency = parse_row_label(label)
    canonical = canonical_name(name)
    if canonical is None:
        raise sheet.error(row, col, f"unknown ally name {label!r} (expected NATO spelling, "
                          "e.g. 'Türkiye', 'Slovak Republic', or an aggregate such as "
                          "'NATO Total')")
    return canonical, starred, currency


def _iter_table_rows(sheet: _Sheet, start: int) -> Iterator[int]:
    """Rows of a table body: up to its notes or the page number printed below it."""
    for row in range(start, len(sheet.rows) + 1):
        texts = [sheet.value(row, c) for c in range(1, sheet.width + 1)]
        if any(isinstance(v, str) and (_NOTES.match(v) or _PAGE_NUMBER.match(v)) for v in texts):
            return
        yield row


def _parse_sections(sheet: _Sheet, spec: TableSpec, title: str, subtitle: str | None,
                    header_row: int, years: dict[int, tuple[int, bool]],
                    starred: set[str]) -> list[_Record]:
    first_col, last_col = min(years), max(years)
    records: list[_Record] = []
    unlabelled = len(spec.sections) == 1 and spec.sections[0].label == ""
    section: Section | None = spec.sections[0] if unlabelled else None
    section_label = ""
    section_row = header_row
    found: set[str] = set()
    seen: dict[tuple[str, str], int] = {}
    for row in _iter_table_rows(sheet, header_row + 1):
        label, label_col = _row_label(sheet, row, first_col)
        values = [sheet.value(row, c) for c in range(first_col, last_col + 1)]
        has_values = any(not _is_blank(v) for v in values)
        if label is None:
            if not has_values:
                continue
            # NATO leaves formula debris below the last ally (#REF!, zeros); never data.
            debris = all(_is_blank(v) or _is_excel_error(v) or v == 0 for v in values)
            if debris:
                continue
            col = next(c for c in range(first_col, last_col + 1)
                       if not _is_blank(sheet.value(row, c)))
            if _is_text(sheet.value(row, col)):
                raise sheet.error(row, col, f"text {sheet.value(row, col)!r} under the year "
                                  f"header {years[col][0]} (header row shifted?)")
            raise sheet.error(row, col, "values in a row without an ally name")
        if not has_values:
            match = next((s for s in spec.sections
                          if s.label and re.search(s.label, label, re.IGNORECASE)), None)
            if match is not None:
                section, section_label, section_row = match, label, row
                found.add(match.label)
                continue
            if section is None:
                continue
            if canonical_name(parse_row_label(label)[0]) is None:
                raise sheet.error(row, label_col, f"row label {label!r} is neither a section "
                                  f"label of Table {spec.number} (expected: {_expected(spec)}) "
                                  "nor a known ally name")
            # A known name with no numbers at all: an ally row whose values are all missing.
        if section is None:
            raise sheet.error(row, label_col, f"data row {label!r} before any section label "
                              f"(expected one of: {_expected(spec)})")
        _stray_values(sheet, row, set(years))
        ally, star, currency = _ally(sheet, row, label_col or 1, label)
        if star:
            starred.add(ally)
        key = (section.indicator, ally)
        if key in seen:
            raise sheet.error(row, label_col, f"ally {ally!r} appears twice in section "
                              f"{section_label or spec.table!r} (also row {seen[key]}): "
                              "duplicate ally and year (or a section label is missing)")
        seen[key] = row
        base = _price_base(section_label, subtitle, title)
        if "{base}" in section.indicator + section.unit and base is None:
            raise sheet.error(section_row, None, f"section {section_label!r} states no price "
                              "base year (expected e.g. 'Constant 2015 prices')")
        if "{currency}" in section.unit and not currency:
            raise sheet.error(row, label_col, f"row {label!r} names no currency "
                              "(expected e.g. 'Albania   (Leks)')")
        fmt = {"base": base or "", "currency": currency or ""}
        for col, (year, estimate) in years.items():
            records.append(_Record(
                indicator=section.indicator.format(**fmt), ally=ally, year=year,
                estimate=estimate, value=_value(sheet, row, col, label),
                unit=section.unit.format(**fmt), row=row, col=col,
            ))
    missing = [s.label for s in spec.sections if s.label and s.label not in found]
    if missing:
        raise sheet.error(header_row, None, f"section label matching {missing[0]!r} not found "
                          f"in table 'Table {spec.number}'")
    return records


def _expected(spec: TableSpec) -> str:
    return ", ".join(repr(s.label.lstrip("^")) for s in spec.sections if s.label) or "none"


def _parse_columns(sheet: _Sheet, spec: TableSpec, title: str, subtitle: str | None,
                   header_row: int, cells: dict[int, Any], starred: set[str]) -> list[_Record]:
    layout: dict[int, tuple[Column, int, bool, int | None]] = {}
    for col, value in sorted(cells.items()):
        text = " ".join(str(value).split())
        for column in spec.columns:
            match = re.match(column.header, text, re.IGNORECASE)
            if match:
                year = int(match["year"])
                estimate = bool(re.search(rf"{year}e\b", text, re.IGNORECASE))
                base = int(match["base"]) if "base" in match.groupdict() else None
                layout[col] = (column, year, estimate, base)
                break
        else:
            if col > min(layout, default=col + 1):
                raise sheet.error(header_row, col, f"unexpected column header {value!r}")
    if not layout:
        raise sheet.error(header_row, None, "no known column headers")
    for column in spec.columns:
        if not any(c is column for c, *_ in layout.values()):
            raise sheet.error(header_row, None, f"no column header matching {column.header!r}")
    first_col = min(layout)
    price_base = _price_base(subtitle, title)
    records: list[_Record] = []
    seen: dict[str, int] = {}
    for row in _iter_table_rows(sheet, header_row + 1):
        label, label_col = _row_label(sheet, row, first_col)
        values = [sheet.value(row, c) for c in layout]
        if label is None:
            if all(_is_blank(v) or _is_excel_error(v) or v == 0 for v in values):
                continue
            raise sheet.error(row, first_col, "values in a row without an ally name")
        if all(_is_blank(v) for v in values) and canonical_name(parse_row_label(label)[0]) is None:
            continue  # a sub-heading; a known ally without numbers still gets (missing) values
        _stray_values(sheet, row, set(layout))
        ally, star, _ = _ally(sheet, row, label_col or 1, label)
        if star:
            starred.add(ally)
        if ally in seen:
            raise sheet.error(row, label_col, f"ally {ally!r} appears twice (also row "
                              f"{seen[ally]}): duplicate ally and year")
        seen[ally] = row
        for col, (column, year, estimate, base) in layout.items():
            if "{base}" in column.indicator and price_base is None:
                raise sheet.error(header_row, None, "the table states no price base year")
            fmt = {"base": price_base or ""}
            records.append(_Record(
                indicator=column.indicator.format(**fmt), ally=ally, year=year,
                estimate=estimate, value=_value(sheet, row, col, label),
                unit=column.unit.format(**fmt), row=row, col=col, base_year=base,
            ))
    return records


def _first_text_below(sheet: _Sheet, row: int, stop: int) -> str | None:
    for r in range(row + 1, stop):
        for c in range(1, sheet.width + 1):
            value = sheet.value(r, c)
            if _is_text(value) and parse_header_year(value) is None:
                return str(value).strip()
    return None


def parse_table(sheet: _Sheet, spec: TableSpec, starred: set[str]) -> list[_Record]:
    """Parse one table of a sheet; ``starred`` collects allies marked with an asterisk."""
    where = _find_title(sheet, spec)
    if where is None:
        raise WorkbookError(f"{sheet.file.name}: sheet {sheet.name}: table label "
                            f"'Table {spec.number} :' not found in its first "
                            f"{_TITLE_SEARCH_ROWS} rows")
    title_row, title_col = where
    title = str(sheet.value(title_row, title_col))
    header_row, cells = _header(sheet, title_row, spec)
    subtitle = _first_text_below(sheet, title_row, header_row)
    if spec.columns:
        return _parse_columns(sheet, spec, title, subtitle, header_row, cells, starred)
    years = _year_columns(sheet, header_row, cells)
    return _parse_sections(sheet, spec, title, subtitle, header_row, years, starred)


# --------------------------------------------------------------------------------------------
# Release (vintage)

_FILE_DATE = re.compile(r"^(\d{2})(\d{2})(\d{2})-")


def vintage_of(path: Path) -> str:
    """The release of a workbook as ``YYYY-MM``: sidecar first, else the file name's date."""
    from analysis.data.provenance import read_sidecar, sidecar_path

    path = Path(path)
    if sidecar_path(path).exists():
        fields = read_sidecar(path)
        if fields.get("vintage"):
            return str(fields["vintage"])
        if fields.get("release_date"):
            return str(fields["release_date"])[:7]
    match = _FILE_DATE.match(path.name)
    if match:
        return f"20{match.group(1)}-{match.group(2)}"
    raise WorkbookError(
        f"{path}: cannot tell which release this is: no 'vintage' or 'release_date' in "
        f"{sidecar_path(path).name} and the file name does not start with NATO's YYMMDD- date"
    )


# --------------------------------------------------------------------------------------------
# Public entry point


def read_workbook(path: str | Path, vintage: str | None = None) -> pd.DataFrame:
    """Parse every table of NATO's TABLES workbook into one long dataframe (see module doc).

    ``vintage`` overrides the release label derived from the sidecar or file name.
    Raises :class:`~analysis.errors.WorkbookError` naming file, sheet and cell on bad input.
    """
    path = Path(path)
    sheets = _open(path)
    if not sheets:
        raise WorkbookError(f"{path}: the workbook has no sheets")
    release = vintage or vintage_of(path)
    starred: set[str] = set()
    frames = []
    for spec in TABLES:
        sheet = _find_sheet(sheets, spec, path)
        records = parse_table(sheet, spec, starred)
        if not records:
            raise WorkbookError(f"{path.name}: sheet {sheet.name}: table 'Table {spec.number}' "
                                "holds no ally rows")
        frame = pd.DataFrame([r.__dict__ for r in records])
        frame["table"] = spec.table
        frame["sheet"] = sheet.name
        frames.append(frame)
    data = pd.concat(frames, ignore_index=True)
    data["cell"] = [cell_name(r, c) for r, c in zip(data.pop("row"), data.pop("col"), strict=True)]
    data["vintage"] = release
    data["is_aggregate"] = data["ally"].isin(AGGREGATES)
    data["national_2pct_commitment"] = data["ally"].isin(sorted(starred))
    data["base_year"] = data["base_year"].astype("Int64")
    data["year"] = data["year"].astype("int64")
    data["value"] = data["value"].astype("float64")
    data["estimate"] = data["estimate"].astype(bool)
    data["file"] = path.name
    return data.loc[:, list(COLUMNS)]
