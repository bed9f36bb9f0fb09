"""``nato-report extract DIR_OR_FILE... [--format table|csv|json] [--out FILE]``."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.data.sources import load_source
from analysis.extract.extractor import extract_figures

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"
SEED = Path(__file__).resolve().parents[2] / "data/raw/sources/nato-bydgoszcz-2024-02.txt"


def test_csv_holds_every_figure_with_its_source(capsys: pytest.CaptureFixture):
    assert main(["extract", str(SEED), "--format", "csv"]) == 0
    frame = pd.read_csv(io.StringIO(capsys.readouterr().out))
    expected = extract_figures(SEED.read_text(encoding="utf-8"), load_source(SEED).published)
    assert list(frame["text"]) == list(expected["text"])
    assert list(frame["start"]) == list(expected["start"])
    assert set(frame["doc_id"]) == {"nato-bydgoszcz-2024-02"}
    assert frame.loc[frame["text"] == "18 member states", "year"].item() == 2024


def test_json_is_a_list_of_records(capsys: pytest.CaptureFixture):
    assert main(["extract", str(FIXTURES / "exercise-briefing.html"), "--format", "json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records[1]["text"] == "roughly 90,000 troops"
    assert records[1]["value"] == 90000 and records[1]["approximate"] is True
    assert records[1]["doc_id"] == "exercise-briefing"


def test_table_lists_figures_of_several_files(capsys: pytest.CaptureFixture):
    paths = [str(SEED), str(FIXTURES / "wire-spending-2024-06.txt")]
    assert main(["extract", *paths]) == 0
    out = capsys.readouterr().out
    assert "about 380 billion dollars" in out and "380,000,000,000" in out
    assert "nato-bydgoszcz-2024-02" in out and "wire-spending-2024-06" in out


def test_out_writes_the_file(tmp_path: Path, capsys: pytest.CaptureFixture):
    out = tmp_path / "figures.csv"
    assert main(["extract", str(SEED), "--format", "csv", "--out", str(out)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "10 figures from 1 file(s)" in captured.err
    assert len(pd.read_csv(out)) == 10


def test_a_file_without_metadata_is_allowed(tmp_path: Path, capsys: pytest.CaptureFixture):
    path = tmp_path / "note.txt"
    path.write_text("Allies sent about 5,000 troops last year.", encoding="utf-8")
    assert main(["extract", str(path), "--format", "json"]) == 0
    (record,) = json.loads(capsys.readouterr().out)
    assert record["text"] == "about 5,000 troops" and record["year"] is None
    assert record["doc_id"] == "note" and record["published"] is None


def test_a_source_id_is_accepted(capsys: pytest.CaptureFixture):
    assert main(["extract", "nato-bydgoszcz-2024-02", "--format", "csv"]) == 0
    assert len(pd.read_csv(io.StringIO(capsys.readouterr().out))) == 10


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("latin1.txt", "2 % in Brüssel".encode("latin-1"), "not UTF-8"),
        ("empty.txt", b"", "file is empty"),
        ("binary.txt", b"\x00\x01\x02", "binary file"),
    ],
)
def test_bad_files_exit_2_with_one_line(tmp_path: Path, capsys, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["extract", str(SEED), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("nato-report: error: ")
    assert str(path) in err and message in err


def test_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture):
    assert main(["extract", str(tmp_path / "gone.txt")]) == 2
    assert "gone.txt: file not found" in capsys.readouterr().err


def test_console_script_runs_without_traceback(tmp_path: Path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    script = Path(sys.executable).with_name("nato-report")
    if not script.exists():
        pytest.skip("console script not installed")
    done = subprocess.run([str(script), "extract", str(bad)], capture_output=True, text=True)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "not UTF-8" in done.stderr


def test_unwritable_out_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture):
    out = tmp_path / "missing-folder" / "figures.csv"
    assert main(["extract", str(SEED), "--out", str(out)]) == 2
    assert "cannot write the figures" in capsys.readouterr().err


def test_a_folder_without_documents_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture):
    (tmp_path / "notes.yml").write_text("a: 1\n", encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 2
    assert "the folder holds no .txt, .md or .html document" in capsys.readouterr().err
