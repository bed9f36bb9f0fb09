"""Corpus extraction: ``extract_corpus`` and ``nato-report extract`` over folders, on processes
and on a local Dask cluster, all giving what ``extract_figures`` gives document by document."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.data.sources import load_source
from analysis.extract import corpus_dask, extract_corpus
from analysis.extract.corpus import CORPUS_COLUMNS, TEXT_COLUMNS, document_paths
from analysis.extract.extractor import extract_figures
from analysis.extract.figure import COLUMNS

FIXTURES = Path(__file__).parents[1] / "fixtures" / "sources"
REALISTIC = FIXTURES / "realistic"


def realistic_documents() -> list[tuple[str, str, dt.date | None]]:
    sources = [load_source(path, require_meta=False) for path in sorted(REALISTIC.glob("*.txt"))]
    return [(source.id, source.text, source.published) for source in sources]


def test_corpus_rows_are_the_figures_of_each_document():
    documents = realistic_documents()
    documents[3] = (documents[3][0], documents[3][1], dt.date(2024, 6, 17))  # a dated one
    frame = extract_corpus(documents)
    assert list(frame.columns) == CORPUS_COLUMNS
    assert list(dict.fromkeys(frame["doc_id"])) == [doc_id for doc_id, _, _ in documents]
    for doc_id, text, published in documents:
        own = frame[frame["doc_id"] == doc_id]
        assert set(own["published"]) == {published}
        # The same rows; a text column a document leaves empty (all None) is text in a corpus.
        expected = extract_figures(text, published).astype(
            {column: "str" for column in TEXT_COLUMNS if column in COLUMNS})
        pd.testing.assert_frame_equal(own[COLUMNS].reset_index(drop=True), expected)


def test_the_published_date_gives_relative_years():
    text = "Allies spent 2% of GDP this year."
    frame = extract_corpus([("a", text, dt.date(2023, 5, 1)), ("b", text, None)])
    assert frame.set_index("doc_id")["year"].to_dict() == {"a": 2023, "b": None}


def test_document_ids_that_are_numbers_become_text():
    frame = extract_corpus([(7, "Allies spent 2% of GDP.", None),
                            ("b", "It has 300 troops.", None)])
    assert list(frame["doc_id"]) == ["7", "b"] and frame.dtypes["doc_id"] == "str"


def test_a_corpus_without_figures_has_the_typed_columns():
    frame = extract_corpus([("quiet", "No numbers here at all.", None)])
    assert frame.empty and list(frame.columns) == CORPUS_COLUMNS
    assert frame.dtypes["start"] == "int64" and str(frame.dtypes["year"]) == "Int64"
    assert frame.dtypes["scale"] == "str" and frame.dtypes["approximate"] == "bool"
    assert extract_corpus([]).empty


def corpus_folder(tmp_path: Path) -> Path:
    """Realistic articles in nested folders, an HTML page and a file the command must skip."""
    folder = tmp_path / "corpus"
    (folder / "wire").mkdir(parents=True)
    for path in sorted(REALISTIC.glob("*.txt"))[:6]:
        shutil.copy(path, folder / "wire" / path.name)
    shutil.copy(FIXTURES / "exercise-briefing.html", folder / "exercise-briefing.html")
    shutil.copy(FIXTURES / "exercise-briefing.meta.yml", folder / "exercise-briefing.meta.yml")
    (folder / "wire" / "notes.gold.json").write_text("[]", encoding="utf-8")
    (folder / ".hidden.txt").write_text("1,000 hidden troops", encoding="utf-8")
    return folder


def test_a_folder_to_parquet_holds_every_document(tmp_path: Path, capsys):
    folder = corpus_folder(tmp_path)
    out = tmp_path / "figures.parquet"
    assert main(["extract", str(folder), "--out", str(out)]) == 0
    assert f"file(s) written to {out}" in capsys.readouterr().err
    written = pd.read_parquet(out)
    paths = document_paths([str(folder)])
    assert len(paths) == 7 and not any(".hidden" in path for path in paths)
    expected = extract_corpus(
        (s.id, s.text, s.published) for s in map(lambda p: load_source(p, require_meta=False),
                                                   paths))
    pd.testing.assert_frame_equal(written, expected)
    briefing = written[written["doc_id"] == "exercise-briefing"]
    assert "roughly 90,000 troops" in set(briefing["text"])
    assert set(briefing["published"]) == {load_source(
        FIXTURES / "exercise-briefing.html").published}


def test_jobs_give_the_same_file_as_one_process(tmp_path: Path):
    folder = corpus_folder(tmp_path)
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["extract", str(folder), "--out", str(one)]) == 0
    assert main(["extract", str(folder), "--jobs", "2", "--out", str(two)]) == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(pd.read_csv(one)) > 100


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--out", "figures.xlsx"], "unknown suffix '.xlsx'; expected .parquet, .csv or .json"),
        (["--out", "figures"], "unknown suffix '(none)'"),
        (["--format", "json", "--out", "figures.csv"], "--format json disagrees with --out"),
        (["--jobs", "0"], "--jobs 0: expected a whole number of processes, at least 1"),
    ],
)
def test_bad_options_are_one_line(tmp_path: Path, monkeypatch, capsys, args, message):
    monkeypatch.chdir(tmp_path)
    assert main(["extract", str(REALISTIC / "uk-defence-budget.txt"), *args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err
    assert list(tmp_path.iterdir()) == []  # nothing written


def test_an_unreadable_file_is_one_line(tmp_path: Path, monkeypatch, capsys):
    folder = corpus_folder(tmp_path)
    locked = folder / "wire" / "locked.txt"
    locked.write_text("Allies sent 5,000 troops.", encoding="utf-8")
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:  # chmod 0 would not stop root from reading
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    out = tmp_path / "figures.parquet"
    assert main(["extract", str(folder), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{locked}: cannot be read (Permission denied)" in err
    assert not out.exists() and not list(tmp_path.glob(".figures*"))


def test_dask_local_cluster_writes_the_same_parquet(tmp_path: Path):
    folder = corpus_folder(tmp_path)
    local, on_dask = tmp_path / "local.parquet", tmp_path / "dask.parquet"
    assert main(["extract", str(folder), "--out", str(local)]) == 0
    assert main(["extract", str(folder), "--dask", "--jobs", "2", "--out", str(on_dask)]) == 0
    pd.testing.assert_frame_equal(pd.read_parquet(on_dask), pd.read_parquet(local))
    assert pd.read_parquet(on_dask)["doc_id"].nunique() == 7


def test_an_unreachable_scheduler_is_one_line(monkeypatch, capsys):
    monkeypatch.setattr(corpus_dask, "CONNECT_TIMEOUT", "1s")
    path = str(REALISTIC / "uk-defence-budget.txt")
    assert main(["extract", path, "--scheduler", "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--scheduler tcp://127.0.0.1:9: cannot connect to a Dask scheduler" in err
