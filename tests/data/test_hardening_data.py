"""Bad data is refused in one line naming the file and the field or row (issue 13, parts 6-7):
sidecar fields of the wrong shape, dates in the future, one source id with two documents,
duplicate figure rows, files that are no regular files, decomposed accents, huge values."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import signal
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from analysis import cli
from analysis.brief.subject import find_ally
from analysis.data import load
from analysis.data.allies import ALLIES, ally_named, written_forms
from analysis.data.figure_tables import load_figure_table
from analysis.data.provenance import sidecar_path, verify
from analysis.data.sources import list_sources, load_source
from analysis.data.workbook import canonical_name
from analysis.errors import (
    AnalysisError,
    FigureTableError,
    ProvenanceError,
    SourceError,
    quoted,
    shorten,
)
from analysis.extract import extract_figures

SEED_ID = "nato-bydgoszcz-2024-02"
HUGE = "x" * 100_000


def _one_line(error: pytest.ExceptionInfo[AnalysisError], *parts: str) -> str:
    message = str(error.value)
    assert "\n" not in message
    for part in parts:
        assert part in message, (part, message)
    return message


def _workbook_sidecar(root: Path) -> Path:
    return next((root / "data" / "raw" / "nato").glob("*.xlsx.source.yml"))


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


@contextmanager
def _no_hang(seconds: int = 10) -> Iterator[None]:
    """Fail instead of blocking forever when a FIFO is opened by mistake."""
    def give_up(signum, frame):
        raise AssertionError(f"blocked for {seconds} s (a FIFO was opened)")
    previous = signal.signal(signal.SIGALRM, give_up)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --- sidecar fields --------------------------------------------------------------------------

@pytest.mark.parametrize(("old", "new", "expected"), [
    ('vintage: "2024-06"', "vintage: [2024, 06]", "field vintage is [2024, 6], expected a release"),
    ('vintage: "2024-06"', "vintage: 202406", "field vintage is 202406"),
    ('vintage: "2024-06"', 'vintage: "June 2024"', "field vintage is 'June 2024'"),
    ("release_date: 2024-06-17", "release_date: yesterday",
     "field release_date is 'yesterday', expected a date YYYY-MM-DD"),
    ("release_date: 2024-06-17", "release_date: 2999-01-01",
     "field release_date is 2999-01-01, a date in the future"),
    ("data_cutoff: 2024-06-12", "data_cutoff: [2024]", "field data_cutoff is [2024]"),
])
def test_bad_sidecar_field_stops_loading(data_root: Path, old: str, new: str,
                                         expected: str) -> None:
    side = _workbook_sidecar(data_root)
    _replace(side, old, new)
    with pytest.raises(ProvenanceError) as caught:
        load.load_nato()
    _one_line(caught, str(side), expected)


def test_good_vintage_labels_pass(data_root: Path) -> None:
    side = _workbook_sidecar(data_root)
    _replace(side, 'vintage: "2024-06"', "vintage: 2024-06")  # unquoted YYYY-MM is text in YAML
    assert "2024-06" in set(load.load_nato()["vintage"])


def test_today_is_not_the_future(data_root: Path) -> None:
    side = _workbook_sidecar(data_root)
    _replace(side, "release_date: 2024-06-17", f"release_date: {dt.date.today().isoformat()}")
    assert load.release_info("2024-06").release_date == dt.date.today()


# --- sources ---------------------------------------------------------------------------------

def _seed_meta(root: Path) -> Path:
    return root / "data" / "raw" / "sources" / f"{SEED_ID}.meta.yml"


def test_publication_date_in_the_future_is_refused(data_root: Path) -> None:
    meta = _seed_meta(data_root)
    _replace(meta, "published: 2024-02-15", "published: 2999-01-01")
    with pytest.raises(SourceError) as caught:
        load_source(SEED_ID)
    _one_line(caught, str(meta), "field published is 2999-01-01, a date in the future")


@pytest.mark.parametrize("suffix", [".md", ".html"])
def test_one_id_with_two_documents_is_refused(data_root: Path, suffix: str) -> None:
    folder = data_root / "data" / "raw" / "sources"
    shutil.copy(folder / f"{SEED_ID}.txt", folder / f"{SEED_ID}{suffix}")
    names = sorted([f"{SEED_ID}.txt", f"{SEED_ID}{suffix}"])
    with pytest.raises(SourceError) as caught:
        load_source(SEED_ID)
    _one_line(caught, str(folder), f"source id '{SEED_ID}' has 2 documents", ", ".join(names))
    with pytest.raises(SourceError, match="has 2 documents"):
        list_sources()


def test_data_check_names_the_two_documents(data_root: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    folder = data_root / "data" / "raw" / "sources"
    shutil.copy(folder / f"{SEED_ID}.txt", folder / f"{SEED_ID}.md")
    assert cli.main(["data", "check"]) == 2
    error = capsys.readouterr().err
    assert f"{SEED_ID}.md" in error and error.count("\n") == 1


def test_a_lone_document_of_another_type_still_loads(data_root: Path) -> None:
    folder = data_root / "data" / "raw" / "sources"
    (folder / f"{SEED_ID}.txt").rename(folder / f"{SEED_ID}.md")
    assert load_source(SEED_ID).path.name == f"{SEED_ID}.md"


# --- figure tables ---------------------------------------------------------------------------

def _seed_table(root: Path) -> Path:
    return root / "data" / "figures" / f"{SEED_ID}.csv"


def test_exact_duplicate_row_in_a_figure_table_is_refused(data_root: Path) -> None:
    table = _seed_table(data_root)
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    rows = len(lines) - 1
    table.write_text("".join([*lines, lines[2]]), encoding="utf-8")  # row 2 again at the end
    with pytest.raises(FigureTableError) as caught:
        load_figure_table(table)
    _one_line(caught, str(table), f"row {rows + 1} (line {rows + 2})", "repeat row 2")


def test_huge_cell_is_not_echoed(data_root: Path) -> None:
    table = _seed_table(data_root)
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    header = lines[0].rstrip("\n").split(",")
    fields = lines[1].rstrip("\n").split(",", len(header) - 1)
    fields[header.index("unit")] = HUGE
    table.write_text("".join([lines[0], ",".join(fields) + "\n"]), encoding="utf-8")
    with pytest.raises(FigureTableError) as caught:
        load_figure_table(table)
    message = _one_line(caught, str(table), "column unit is 'xxx", "...")
    assert len(message) < 1000


# --- files that are no regular files ---------------------------------------------------------

def test_dev_null_is_not_a_missing_file() -> None:
    with pytest.raises(SourceError) as caught:
        load_source(Path(os.devnull), require_meta=False)
    message = _one_line(caught, os.devnull, "not a regular file")
    assert "not found" not in message
    with pytest.raises(ProvenanceError, match="not a regular file"):
        verify(Path(os.devnull))


def test_extract_command_on_dev_null_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["extract", os.devnull]) == 2
    error = capsys.readouterr().err
    assert "not a regular file" in error and "not found" not in error
    assert error.count("\n") == 1


def test_fifo_source_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    with _no_hang():
        with pytest.raises(SourceError) as caught:
            load_source(fifo, require_meta=False)
    _one_line(caught, str(fifo), "not a regular file")


def test_fifo_metadata_is_refused_without_blocking(tmp_path: Path) -> None:
    text = tmp_path / "article.txt"
    text.write_text("18 allies", encoding="utf-8")
    os.mkfifo(tmp_path / "article.meta.yml")
    with _no_hang():
        with pytest.raises(SourceError, match="article.meta.yml: not a regular file"):
            load_source(text)


def test_fifo_sidecar_and_raw_file_are_refused_without_blocking(tmp_path: Path) -> None:
    raw = tmp_path / "table.csv"
    os.mkfifo(raw)
    with _no_hang():
        with pytest.raises(ProvenanceError, match="table.csv: not a regular file"):
            verify(raw)
    raw.unlink()
    raw.write_text("a\n1\n", encoding="utf-8")
    os.mkfifo(sidecar_path(raw))
    with _no_hang():
        with pytest.raises(ProvenanceError, match="table.csv.source.yml: not a regular file"):
            verify(raw)


def test_fifo_figure_table_is_refused_without_blocking(data_root: Path) -> None:
    table = _seed_table(data_root)
    table.unlink()
    os.mkfifo(table)
    with _no_hang():
        with pytest.raises(FigureTableError, match="not a regular file"):
            load_figure_table(table)


# --- decomposed accents ----------------------------------------------------------------------

NFD_TURKIYE = unicodedata.normalize("NFD", "Türkiye")


def test_decomposed_spelling_is_the_same_ally() -> None:
    assert NFD_TURKIYE != "Türkiye"
    assert ally_named(NFD_TURKIYE) == "Türkiye"
    assert ally_named(unicodedata.normalize("NFD", "TÜRKIYE")) == "Türkiye"
    assert canonical_name(NFD_TURKIYE) == "Türkiye"
    assert written_forms()[NFD_TURKIYE] == "Türkiye"
    for name in ALLIES:
        assert ally_named(unicodedata.normalize("NFD", name)) == name
        assert ally_named(f" {name.upper()} ") == name
    assert ally_named("Narnia") is None


def test_decomposed_ally_in_running_text_is_found() -> None:

    sentence = f"{NFD_TURKIYE} spent 2.1% of GDP."
    assert find_ally(sentence) == "Türkiye"
    figures = extract_figures(sentence)
    assert figures.loc[figures["text"] == "2.1%", "entity"].tolist() == ["Türkiye"]


# --- huge values -----------------------------------------------------------------------------

def test_shorten_cuts_with_an_ellipsis() -> None:
    assert shorten("abc") == "abc"
    cut = shorten(HUGE, 80)
    assert len(cut) == 80 and cut.endswith("...")
    assert len(quoted(HUGE)) == 80


def test_huge_source_id_is_not_echoed(data_root: Path) -> None:
    with pytest.raises(SourceError) as caught:
        load_source(HUGE)
    assert len(_one_line(caught, "no source document with id")) < 1000


def test_huge_metadata_id_is_not_echoed(data_root: Path) -> None:
    meta = _seed_meta(data_root)
    _replace(meta, f"id: {SEED_ID}", f"id: {HUGE}")
    with pytest.raises(SourceError) as caught:
        load_source(SEED_ID)
    assert len(_one_line(caught, str(meta), "field id is 'xxx")) < 1000


def test_huge_sidecar_date_is_not_echoed(data_root: Path) -> None:
    side = _workbook_sidecar(data_root)
    _replace(side, "release_date: 2024-06-17", f"release_date: {HUGE}")
    with pytest.raises(ProvenanceError) as caught:
        verify(side.with_name(side.name.removesuffix(".source.yml")))
    assert len(_one_line(caught, "field release_date")) < 1000


def test_huge_path_is_not_echoed() -> None:
    with pytest.raises(SourceError) as caught:
        load_source(Path("/tmp") / HUGE / "a.txt", require_meta=False)
    assert len(_one_line(caught, "cannot be read")) < 1000


def test_sidecar_not_utf8_is_one_line(tmp_path: Path) -> None:
    raw = tmp_path / "table.csv"
    raw.write_text("a,b\n1,2\n", encoding="utf-8")
    sidecar_path(raw).write_bytes("title: Défense\n".encode("latin-1"))
    with pytest.raises(ProvenanceError) as caught:
        verify(raw)
    message = str(caught.value)
    assert "not UTF-8" in message and sidecar_path(raw).name in message and "\n" not in message
