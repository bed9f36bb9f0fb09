"""NATO's TABLES workbook file: its sheets as grids of cell values, and its release (vintage).

:mod:`analysis.data.workbook` parses the tables of these sheets; this module only opens the file,
finds a table's sheet (by name, else by its ``Table N :`` title) and tells blank, error, number
and text cells apart.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from analysis.data.provenance import read_sidecar, sidecar_path
from analysis.data.workbook_layout import TableSpec
from analysis.errors import WorkbookError

_EXCEL_ERROR = re.compile(r"^#[A-Z0-9/]+[!?]?$|^#N/A$")
# Header rows hold the years; the title and unit lines live in the first rows of the sheet.
TITLE_SEARCH_ROWS = 40


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_excel_error(value: Any) -> bool:
    return isinstance(value, str) and bool(_EXCEL_ERROR.match(value.strip()))


def is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip()) and not is_excel_error(value)


# --------------------------------------------------------------------------------------------
# Workbook access


class Sheet:
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


def open_sheets(path: Path) -> dict[str, Sheet]:
    """Every worksheet of the .xlsx at ``path``; WorkbookError naming the file when unreadable."""
    # openpyxl is imported here, not at the top: it takes a while to import and most commands
    # (reports from the cached tables, the extractor) never open a workbook.
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException  # late: see above

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
            sheets[ws.title] = Sheet(path, ws.title,
                                      [tuple(row) for row in ws.iter_rows(values_only=True)])
        return sheets
    except (KeyError, ValueError, zipfile.BadZipFile) as error:
        raise WorkbookError(
            f"{path}: workbook content cannot be read ({error.__class__.__name__}: {error})"
        ) from None
    finally:
        book.close()


def find_title(sheet: Sheet, spec: TableSpec) -> tuple[int, int] | None:
    for row in range(1, min(len(sheet.rows), TITLE_SEARCH_ROWS) + 1):
        for col in range(1, sheet.width + 1):
            value = sheet.value(row, col)
            if isinstance(value, str) and spec.title_pattern.match(value):
                return row, col
    return None


def _sheet_key(name: str) -> str:
    return "".join(name.split()).casefold()


def locate_sheet(sheets: dict[str, Sheet], spec: TableSpec) -> Sheet | None:
    """The sheet of a table: named ``TABLE3`` (2024) or ``Table 3`` (2025, 2026), else any sheet
    holding its ``Table 3:`` title (a renamed sheet); None when the workbook lacks the table."""
    if spec.table in sheets:
        return sheets[spec.table]
    by_key = {_sheet_key(name): sheet for name, sheet in sheets.items()}
    if _sheet_key(spec.table) in by_key:
        return by_key[_sheet_key(spec.table)]
    return next((sheet for sheet in sheets.values() if find_title(sheet, spec)), None)


def sheet_not_found(sheets: dict[str, Sheet], spec: TableSpec, file: Path) -> WorkbookError:
    return WorkbookError(
        f"{file.name}: sheet {spec.table} not found and no sheet holds a 'Table {spec.number} :' "
        f"title (sheets: {', '.join(sheets) or 'none'})"
    )


# --------------------------------------------------------------------------------------------
# Release (vintage)

_FILE_DATE = re.compile(r"^(\d{2})(\d{2})(\d{2})-")


def vintage_of(path: Path) -> str:
    """The release of a workbook as ``YYYY-MM``: sidecar first, else the file name's date."""

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


def tables_of(path: Path) -> list[str] | None:
    """The tables a release holds, as its sidecar lists them (``tables: ["3", "7"]``); None when
    the sidecar is absent or lists none (then all nine are required)."""
    path = Path(path)
    if not sidecar_path(path).exists():
        return None
    listed = read_sidecar(path).get("tables")
    if listed is None:
        return None
    if not isinstance(listed, list) or not listed:
        raise WorkbookError(f"{sidecar_path(path)}: field tables is {listed!r}, expected a list "
                            "of table numbers such as [\"3\", \"8a\"]")
    return [str(t) for t in listed]
