"""Bad workbooks give one-line errors naming file, sheet and cell; the CLI exits 2.

Each bad workbook is made here from the real one with openpyxl, so the fixture is one edit away
from a file that parses.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import yaml

from analysis.cli import main
from analysis.data import load
from analysis.data.provenance import sha256_of, sidecar_path
from analysis.data.workbook import read_workbook
from analysis.errors import AnalysisError, ProvenanceError, WorkbookError

ROOT = Path(__file__).resolve().parents[2]
WORKBOOK = ROOT / "data/raw/nato/240617-def-exp-2024-TABLES-en.xlsx"
NAME = WORKBOOK.name


def damaged(folder: Path, edit: Callable[[openpyxl.Workbook], None]) -> Path:
    book = openpyxl.load_workbook(WORKBOOK)
    edit(book)
    path = folder / NAME
    book.save(path)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(WorkbookError) as caught:
        read_workbook(path)
    message = str(caught.value)
    assert "\n" not in message
    assert NAME in message
    return message


def test_missing_sheet(tmp_path: Path) -> None:
    message = error_of(damaged(tmp_path, lambda b: b.remove(b["TABLE3"])))
    assert "sheet TABLE3 not found" in message
    assert "TABLE8b" in message  # lists the sheets it did find


def test_renamed_sheet_found_by_its_title(tmp_path: Path) -> None:
    def rename(book: openpyxl.Workbook) -> None:
        book["TABLE3"].title = "Share of GDP"

    frame = read_workbook(damaged(tmp_path, rename))
    assert set(frame.loc[frame["indicator"] == "share_gdp_pct", "sheet"]) == {"Share of GDP"}


def test_table_label_not_found(tmp_path: Path) -> None:
    def retitle(book: openpyxl.Workbook) -> None:
        book["TABLE3"]["B4"] = "Defence expenditure as a share of GDP"

    message = error_of(damaged(tmp_path, retitle))
    assert "sheet TABLE3" in message
    assert "'Table 3 :' not found" in message


def test_section_label_not_found(tmp_path: Path) -> None:
    def relabel(book: openpyxl.Workbook) -> None:
        book["TABLE3"]["B44"] = "Change in real terms"

    message = error_of(damaged(tmp_path, relabel))
    assert "sheet TABLE3, cell B44" in message
    assert "'Change in real terms'" in message
    assert "annual real change" in message


def test_header_row_shifted(tmp_path: Path) -> None:
    def shift(book: openpyxl.Workbook) -> None:
        sheet = book["TABLE3"]
        sheet.move_range("D8:N8", cols=1)

    message = error_of(damaged(tmp_path, shift))
    assert "sheet TABLE3, cell D11" in message
    assert "column without a year header" in message


def test_header_year_duplicated(tmp_path: Path) -> None:
    def duplicate(book: openpyxl.Workbook) -> None:
        book["TABLE2"]["I8"] = "2018"

    message = error_of(damaged(tmp_path, duplicate))
    assert "sheet TABLE2, cell I8" in message
    assert "year 2018 appears twice" in message


def test_text_in_a_number_cell(tmp_path: Path) -> None:
    def text(book: openpyxl.Workbook) -> None:
        book["TABLE3"]["E12"] = "n/a"

    message = error_of(damaged(tmp_path, text))
    assert "sheet TABLE3, cell E12" in message
    assert "'n/a'" in message
    assert "Belgium" in message


def test_duplicate_ally_and_year(tmp_path: Path) -> None:
    def duplicate(book: openpyxl.Workbook) -> None:
        book["TABLE7"]["D24"] = "Albania"  # Belgium's row now repeats Albania

    message = error_of(damaged(tmp_path, duplicate))
    assert "sheet TABLE7, cell D24" in message
    assert "'Albania' appears twice" in message
    assert "duplicate ally and year" in message


def test_unknown_ally_name(tmp_path: Path) -> None:
    def rename(book: openpyxl.Workbook) -> None:
        book["TABLE2"]["C12"] = "Belgia"

    message = error_of(damaged(tmp_path, rename))
    assert "sheet TABLE2, cell C12" in message
    assert "unknown ally name 'Belgia'" in message


def test_other_spellings_map_to_nato_spelling(tmp_path: Path) -> None:
    def rename(book: openpyxl.Workbook) -> None:
        book["TABLE2"]["C39"] = "Turkey"

    frame = read_workbook(damaged(tmp_path, rename))
    assert "Turkey" not in set(frame["ally"])
    renamed = frame[(frame["table"] == "TABLE2") & (frame["cell"] == "D39")]
    assert renamed["ally"].item() == "Türkiye"


def test_blank_and_ref_cells_are_missing_never_zero(tmp_path: Path) -> None:
    def blank(book: openpyxl.Workbook) -> None:
        book["TABLE3"]["E12"] = None
        book["TABLE3"]["F12"] = "#REF!"

    frame = read_workbook(damaged(tmp_path, blank))
    belgium = frame[(frame["indicator"] == "share_gdp_pct") & (frame["ally"] == "Belgium")]
    values = belgium.set_index("year")["value"]
    assert values[2015] != values[2015]  # NaN
    assert values[2016] != values[2016]
    assert values[2014] == 0.9710156802802978


def test_values_without_an_ally_name(tmp_path: Path) -> None:
    def orphan(book: openpyxl.Workbook) -> None:
        book["TABLE3"]["C20"] = None

    message = error_of(damaged(tmp_path, orphan))
    assert "sheet TABLE3, cell D20" in message
    assert "without an ally name" in message


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_bytes(b"")
    message = error_of(path)
    assert "empty" in message


def test_not_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / NAME
    path.write_text("ally,year,value\nAlbania,2014,1.3\n", encoding="utf-8")
    message = error_of(path)
    assert "not an Excel .xlsx workbook" in message


def test_zip_that_is_not_a_workbook(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / NAME
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "not a workbook")
    message = error_of(path)
    assert "not a readable Excel workbook" in message


def test_vintage_cannot_be_told(tmp_path: Path) -> None:
    path = tmp_path / "tables.xlsx"
    path.write_bytes(WORKBOOK.read_bytes())
    with pytest.raises(WorkbookError, match="cannot tell which release"):
        read_workbook(path)


# --------------------------------------------------------------------------------------------
# Through the loader and the CLI, on a private copy of the data tree


def _install(data_root: Path, workbook: Path) -> None:
    """Put a damaged workbook in the copied tree and record its hash, as a new release would."""
    target = data_root / "data/raw/nato" / NAME
    target.write_bytes(workbook.read_bytes())
    side = sidecar_path(target)
    fields = yaml.safe_load(side.read_text(encoding="utf-8"))
    fields["sha256"] = sha256_of(target)
    side.write_text(yaml.safe_dump(fields, allow_unicode=True), encoding="utf-8")


def test_sha256_mismatch(data_root: Path) -> None:
    target = data_root / "data/raw/nato" / NAME
    target.write_bytes(damaged(data_root, lambda b: None).read_bytes())  # resaved: new bytes
    with pytest.raises(ProvenanceError) as caught:
        load.load_nato()
    message = str(caught.value)
    assert NAME in message and "sha256" in message and "differs" in message


def test_cli_reports_sha256_mismatch(data_root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = data_root / "data/raw/reference/headline_figures.csv"
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert main(["data", "check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "headline_figures.csv" in err and "sha256" in err


@pytest.mark.parametrize("edit, where", [
    (lambda b: b["TABLE3"].__setitem__("E12", "n/a"), "sheet TABLE3, cell E12"),
    (lambda b: b.remove(b["TABLE7"]), "sheet TABLE7 not found"),
    (lambda b: b["TABLE2"].__setitem__("C12", "Belgia"), "sheet TABLE2, cell C12"),
])
def test_cli_one_line_exit_2(data_root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             edit: Callable[[openpyxl.Workbook], None], where: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    _install(data_root, damaged(folder, edit))
    assert main(["data", "check"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("nato-report: error: ")
    assert where in captured.err
    assert "Traceback" not in captured.err + captured.out


def test_cli_subprocess_empty_workbook(data_root: Path) -> None:
    target = data_root / "data/raw/nato" / NAME
    target.write_bytes(b"")
    side = sidecar_path(target)
    fields = yaml.safe_load(side.read_text(encoding="utf-8"))
    fields["sha256"] = sha256_of(target)
    side.write_text(yaml.safe_dump(fields), encoding="utf-8")
    env = dict(os.environ, NATO_REPORTS_ROOT=str(data_root))
    result = subprocess.run([sys.executable, "-m", "analysis.cli", "data", "check"], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
    assert NAME in result.stderr and "empty" in result.stderr


def test_errors_derive_from_one_base() -> None:
    import analysis

    assert analysis.AnalysisError is AnalysisError
    assert issubclass(WorkbookError, AnalysisError)
    assert issubclass(ProvenanceError, AnalysisError)


def test_header_row_shifted_left(tmp_path: Path) -> None:
    def shift(book: openpyxl.Workbook) -> None:
        book["TABLE3"].move_range("D8:N8", cols=-1)

    message = error_of(damaged(tmp_path, shift))
    assert "sheet TABLE3, cell C11" in message
    assert "'Albania' under the year header 2014" in message


def test_ally_row_without_any_value_kept_as_missing(tmp_path: Path) -> None:
    def blank_row(book: openpyxl.Workbook) -> None:
        for column in "DEFGHIJKLMN":
            book["TABLE3"][f"{column}12"] = None

    frame = read_workbook(damaged(tmp_path, blank_row))
    belgium = frame[(frame["indicator"] == "share_gdp_pct") & (frame["ally"] == "Belgium")]
    assert len(belgium) == 11
    assert belgium["value"].isna().all()
