"""``nato-report data add``: a new edition comes in with its sidecar; bad input changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.cli import main
from analysis.data import load
from analysis.data.provenance import sha256_of, sidecar_path, verify
from tests.data.editions_workbooks import EDITION_2025, build_workbook, values_2025


def _raw_state(data_root: Path) -> dict[str, str]:
    folder = data_root / "data/raw/nato"
    return {p.name: sha256_of(p) for p in sorted(folder.iterdir())}


@pytest.fixture
def workbook_2025(tmp_path: Path) -> Path:
    return build_workbook(tmp_path / "def-exp-2025-en.xlsx", EDITION_2025, values_2025())


def _add(*args: str) -> int:
    return main(["data", "add", *args])


def test_add_then_the_next_build_uses_it(data_root: Path, workbook_2025: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code = _add(str(workbook_2025), "--release-date", "2025-08-28", "--cut-off", "2025-06-03")
    out = capsys.readouterr().out
    assert code == 0
    assert "added NATO release 2025-08" in out
    assert "tables:         3, 7, 8a, 8b" in out
    assert "years:          2014-2025" in out
    assert "estimate years: 2024, 2025" in out
    assert "price base:     2021" in out
    assert "measure:        Defence expenditure" in out
    assert "allies:         31 (" in out
    target = data_root / "data/raw/nato/def-exp-2025-en.xlsx"
    fields = yaml.safe_load(sidecar_path(target).read_text(encoding="utf-8"))
    assert fields["sha256"] == sha256_of(workbook_2025) == verify(target).sha256
    assert str(fields["release_date"]) == "2025-08-28"
    assert str(fields["data_cutoff"]) == "2025-06-03"
    assert fields["vintage"] == "2025-08"
    assert fields["estimates"] == [2024, 2025]
    assert fields["tables"] == ["3", "7", "8a", "8b"]
    assert fields["measure"] == "Defence expenditure"
    assert fields["price_base"] == 2021
    # The next build: the loader finds the release and its values.
    assert load.available_releases() == ["2024-06", "2025-08"]
    nato = load.load_nato()
    poland = nato[(nato["vintage"] == "2025-08") & (nato["ally"] == "Poland")
                  & (nato["year"] == 2025) & (nato["indicator"] == "share_gdp_pct")]
    made = next(v for v in values_2025() if v.ally == "Poland" and v.year == 2025
                and v.indicator == "share_gdp_pct")
    assert poland["value"].tolist() == [made.value]
    info = load.release_info("2025-08")
    assert info.estimate_years == (2024, 2025)
    assert info.release_date is not None and info.release_date.isoformat() == "2025-08-28"


def test_duplicate_vintage_refused(data_root: Path, workbook_2025: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert _add(str(workbook_2025), "--release-date", "2025-08-28") == 0
    before = _raw_state(data_root)
    again = tmp_path / "250827-def-exp-2025-en.xlsx"
    again.write_bytes(workbook_2025.read_bytes())
    capsys.readouterr()
    assert _add(str(again)) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "already holds release 2025-08" in err
    assert _raw_state(data_root) == before


def test_june_2024_again_refused(data_root: Path, tmp_path: Path,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = _raw_state(data_root)
    copy = tmp_path / "240617-def-exp-2024-TABLES-en.xlsx"
    copy.write_bytes((data_root / "data/raw/nato" / copy.name).read_bytes())
    assert _add(str(copy)) == 2
    assert "already holds release 2024-06" in capsys.readouterr().err
    assert _raw_state(data_root) == before


@pytest.mark.parametrize("content, expected", [
    (b"", "the file is empty"),
    (b"not a workbook at all", "not an Excel .xlsx workbook"),
])
def test_unreadable_file_refused(data_root: Path, tmp_path: Path, content: bytes, expected: str,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    before = _raw_state(data_root)
    path = tmp_path / "def-exp-2027-en.xlsx"
    path.write_bytes(content)
    assert _add(str(path), "--release-date", "2027-07-01") == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and expected in err
    assert _raw_state(data_root) == before


def test_unknown_layout_refused(data_root: Path, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    import openpyxl  # only this test builds a foreign workbook

    book = openpyxl.Workbook()
    book.active.append(["Country", "Spending"])
    path = tmp_path / "def-exp-2027-en.xlsx"
    book.save(path)
    before = _raw_state(data_root)
    assert _add(str(path), "--release-date", "2027-07-01") == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "'Table 3 :' title" in err
    assert _raw_state(data_root) == before


@pytest.mark.parametrize("args, expected", [
    (["--release-date", "yesterday"], "--release-date 'yesterday' is not a date YYYY-MM-DD"),
    (["--release-date", "2025-08-28", "--cut-off", "2025-13-01"], "--cut-off '2025-13-01'"),
    (["--release-date", "2025-06-01", "--cut-off", "2025-06-03"], "after --release-date"),
    ([], "give --release-date"),
])
def test_bad_dates_refused(data_root: Path, workbook_2025: Path, args: list[str], expected: str,
                           capsys: pytest.CaptureFixture[str]) -> None:
    before = _raw_state(data_root)
    assert _add(str(workbook_2025), *args) == 2
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and expected in err
    assert _raw_state(data_root) == before
