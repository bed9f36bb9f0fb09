"""``nato-report data check`` on the bundled data and on damaged copies of it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
import yaml

from analysis import paths
from analysis.cli import main
from analysis.data import load, validate
from analysis.data.provenance import sha256_of, sidecar_path
from analysis.errors import (
    DataError,
    ProvenanceError,
    SourceError,
    WorkbookError,
)

WORKBOOK_NAME = "240617-def-exp-2024-TABLES-en.xlsx"


@pytest.fixture(scope="module")
def summary() -> validate.Summary:
    return validate.check_all()


def test_summary_counts_match_the_loaders(summary: validate.Summary) -> None:
    nato = load.load_nato()
    release, extract = summary.releases
    assert (release.vintage, extract.vintage) == ("2024-06", "2025-08")
    assert release.rows + extract.rows == len(nato)
    assert sum(i.rows for i in release.indicators) == release.rows
    assert release.years == tuple(range(2014, 2025))
    assert release.estimate_years == (2023, 2024)
    assert len(release.allies) == 31 and "Türkiye" in release.allies
    share = next(i for i in release.indicators if i.indicator == "share_gdp_pct")
    assert (share.table, share.rows, share.allies, share.aggregates, share.missing) == (
        "TABLE3", 363, 31, 2, 0)
    others = load.load_other_releases()
    assert sum(o.rows for o in summary.other_releases) == len(others)
    assert {o.vintage for o in summary.other_releases} == set(others["vintage"])
    raw_headlines = pd.read_csv(load.reference_raw_dir() / "headline_figures.csv")
    assert summary.headline_rows == len(raw_headlines)


def test_format_summary(summary: validate.Summary) -> None:
    text = validate.format_summary(summary)
    for expected in ("release 2024-06", WORKBOOK_NAME, "share_gdp_pct", "personnel_thousands",
                     "equipment_share_pct", "2014-2024", "estimates 2023, 2024", "Türkiye",
                     "SGAR 2025-04", "Headline statements", "sha256"):
        assert expected in text, expected
    assert text.count("\n") > 20


def test_cli_data_check_exit_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["data", "check"]) == 0
    captured = capsys.readouterr()
    assert "Data check passed" in captured.out
    assert "share_gdp_pct" in captured.out
    assert captured.err == ""


# --------------------------------------------------------------------------------------------
# Damaged copies


def _rehash(path: Path) -> None:
    side = sidecar_path(path)
    fields = yaml.safe_load(side.read_text(encoding="utf-8"))
    fields["sha256"] = sha256_of(path)
    side.write_text(yaml.safe_dump(fields, allow_unicode=True), encoding="utf-8")


def _edit_workbook(root: Path, edit: Callable[[openpyxl.Workbook], None]) -> Path:
    path = root / "data/raw/nato" / WORKBOOK_NAME
    book = openpyxl.load_workbook(path)
    edit(book)
    book.save(path)
    _rehash(path)
    return path


def _edit_csv(root: Path, name: str, old: str, new: str) -> Path:
    path = root / "data/raw/reference" / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    _rehash(path)
    return path


def test_other_release_out_of_range(data_root: Path) -> None:
    _edit_csv(data_root, "share_gdp_other_releases.csv", "Albania,2014,1.35,", "Albania,2014,135,")
    with pytest.raises(DataError) as caught:
        validate.check_all()
    message = str(caught.value)
    assert "share_gdp_other_releases.csv: row 2, column 'share_gdp_pct'" in message
    assert "outside 0-100%" in message


def test_unknown_ally_in_other_release_via_cli(data_root: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    _edit_csv(data_root, "equipment_share_other_releases.csv", "Albania,2014", "Albanie,2014")
    assert main(["data", "check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "equipment_share_other_releases.csv: row 12, column 'ally'" in err
    assert "'Albanie'" in err


def test_table_lacking_an_ally(data_root: Path) -> None:
    _edit_workbook(data_root, lambda b: b["TABLE7"].delete_rows(23))  # Albania's row
    with pytest.raises(WorkbookError, match="personnel_thousands lacks ally 'Albania'"):
        validate.check_all()


def test_estimates_disagree_with_sidecar(data_root: Path) -> None:
    path = data_root / "data/raw/nato" / WORKBOOK_NAME
    side = sidecar_path(path)
    fields = yaml.safe_load(side.read_text(encoding="utf-8"))
    fields["estimates"] = [2024]
    side.write_text(yaml.safe_dump(fields), encoding="utf-8")
    with pytest.raises(WorkbookError, match=r"marked 'e' \[2023, 2024\] differ"):
        validate.check_all()


def test_missing_sidecar(data_root: Path) -> None:
    sidecar_path(data_root / "data/raw/reference/headline_figures.csv").unlink()
    with pytest.raises(ProvenanceError, match="headline_figures.csv: no provenance sidecar"):
        validate.check_all()


def test_stray_raw_file_needs_a_sidecar(data_root: Path) -> None:
    (data_root / "data/raw/reference/notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match="notes.csv: no provenance sidecar"):
        validate.check_all()


def test_no_workbook(data_root: Path) -> None:
    for path in (data_root / "data/raw/nato").iterdir():
        path.unlink()
    with pytest.raises(DataError, match="no NATO TABLES workbook"):
        validate.check_all()


# --------------------------------------------------------------------------------------------
# Reviewed figure tables


def test_figures_are_counted_in_the_summary() -> None:
    summary = validate.check_all()
    expected = len(pd.read_csv(paths.figures_dir() / "nato-bydgoszcz-2024-02.csv"))
    assert ("figures (data/figures)", f"{expected} reviewed figures in 1 tables") in summary.extra


def test_figure_error_fails_the_check(data_root: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    table = data_root / "data/figures/nato-bydgoszcz-2024-02.csv"
    rows = pd.read_csv(table, dtype=str, keep_default_na=False)
    rows.loc[2, "start"] = str(int(rows.loc[2, "start"]) + 1)
    rows.to_csv(table, index=False)
    assert main(["data", "check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nato-bydgoszcz-2024-02.csv: row" in err


def test_source_document_without_metadata(data_root: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    stray = data_root / "data/raw/sources/wire-2024-06.txt"
    stray.write_text("NATO says 23 allies meet the guideline.", encoding="utf-8")
    with pytest.raises(SourceError, match="source document without metadata; add "
                                          "wire-2024-06.meta.yml") as caught:
        validate.check_all()
    assert str(stray) in str(caught.value)
    assert main(["data", "check"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wire-2024-06.txt" in err
