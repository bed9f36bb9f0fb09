"""Raw files are immutable: the sidecar's sha256 catches any edit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import AnalysisError
from analysis.data import load
from analysis.data.provenance import sha256_of, sidecar_path, verify
from analysis.errors import ProvenanceError
from analysis.paths import nato_raw_dir, raw_dir


def _raw_files() -> list[Path]:
    return sorted(
        p for p in raw_dir().rglob("*")
        if p.is_file() and not p.name.endswith((".source.yml", ".meta.yml"))
    )


@pytest.mark.parametrize("path", _raw_files(), ids=lambda p: p.name)
def test_every_raw_file_has_provenance(path: Path) -> None:
    if path.parent.name == "sources":
        meta = path.with_suffix(".meta.yml")
        assert meta.exists(), f"{path.name} has no metadata file"
        return
    provenance = verify(path)
    assert provenance.sha256 == sha256_of(path)
    assert provenance.get("origin"), "a sidecar says where the file came from"


def test_workbook_sidecar_records_the_release() -> None:
    workbook = next(nato_raw_dir().glob("*.xlsx"))
    fields = verify(workbook).fields
    assert str(fields["release_date"]) == "2024-06-17"
    assert str(fields["data_cutoff"]) == "2024-06-12"
    assert fields["estimates"] == [2023, 2024]


def test_edited_raw_file_is_caught(tmp_path: Path) -> None:
    workbook = next(nato_raw_dir().glob("*.xlsx"))
    copy = tmp_path / workbook.name
    shutil.copy(workbook, copy)
    shutil.copy(sidecar_path(workbook), sidecar_path(copy))
    with open(copy, "ab") as handle:
        handle.write(b"\0")
    with pytest.raises(ProvenanceError) as caught:
        verify(copy)
    message = str(caught.value)
    assert workbook.name in message and "sha256" in message
    assert "\n" not in message
    assert isinstance(caught.value, AnalysisError)


def test_missing_sidecar_is_named(tmp_path: Path) -> None:
    lonely = tmp_path / "table.csv"
    lonely.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ProvenanceError, match="table.csv.source.yml"):
        verify(lonely)


@pytest.mark.parametrize(("field", "old", "new", "message"), [
    ("release_date", "release_date: 2024-06-17", "release_date: 2024-06-31",
     "field release_date is '2024-06-31', expected a date YYYY-MM-DD"),
    ("data_cutoff", "data_cutoff: 2024-06-12", "data_cutoff: soon",
     "field data_cutoff is 'soon', expected a date YYYY-MM-DD"),
    ("estimates", "estimates: [2023, 2024]", "estimates: [2023, latest]",
     "field estimates is [2023, 'latest'], expected a list of years"),
])
def test_bad_sidecar_field_is_a_provenance_error(data_root: Path, field: str, old: str,
                                                 new: str, message: str) -> None:
    side = next((data_root / "data" / "raw" / "nato").glob("*.xlsx.source.yml"))
    text = side.read_text(encoding="utf-8")
    assert old in text
    side.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(ProvenanceError) as caught:
        load.release_info("2024-06")
    assert str(caught.value).startswith(f"{side}: ") and message in str(caught.value)
    assert "\n" not in str(caught.value)
