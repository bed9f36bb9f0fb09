"""Source documents: loading by id or path, HTML reduced to text, bad files named clearly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from analysis.errors import AnalysisError, SourceError
from analysis.sources import html_to_text, list_sources, load_source

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
SEED_ID = "nato-bydgoszcz-2024-02"


def test_seed_loads_by_id_with_its_metadata():
    source = load_source(SEED_ID)
    assert source.id == SEED_ID
    assert source.published == dt.date(2024, 2, 15)
    assert source.primary_source == "https://www.nato.int/cps/en/natohq/opinions_222605.htm"
    assert source.meta["language"] == "en"
    assert source.path.name == f"{SEED_ID}.txt"
    assert source.text.startswith("The NATO-Ukraine Joint Center")
    assert source.text == source.path.read_text(encoding="utf-8")


def test_seed_is_listed():
    assert SEED_ID in list_sources()


def test_load_by_path_gives_the_same_source():
    by_id = load_source(SEED_ID)
    by_path = load_source(by_id.path)
    assert by_path == by_id


def test_unknown_id_names_the_folder_and_the_known_ids():
    with pytest.raises(SourceError, match="no source document with id 'nope'.*nato-bydgoszcz"):
        load_source("nope")


def test_html_drops_scripts_styles_and_markup():
    source = load_source(FIXTURES / "exercise-briefing.html")
    assert "roughly 90,000 troops & some 50 ships." in source.text
    assert "about €1.2 billion" in source.text
    for hidden in ("12345", "500 ships", "ten billion", "99 troops", "42 scripts", "<p>", "{"):
        assert hidden not in source.text
    assert source.published == dt.date(2024, 5, 31)


def test_html_to_text_keeps_blocks_on_separate_lines():
    text = html_to_text("<div>one</div><p>two <b>three</b></p><br>four")
    assert text.splitlines() == ["one", "two three", "four"]


def test_markdown_is_read_as_text(tmp_path: Path):
    path = tmp_path / "note.md"
    path.write_text("# Title\n\nAbout 380 billion dollars.\n", encoding="utf-8")
    source = load_source(path, require_meta=False)
    assert source.text == "# Title\n\nAbout 380 billion dollars.\n"
    assert source.published is None and source.meta == {}


def test_leading_byte_order_mark_is_removed(tmp_path: Path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff18 allies".encode())
    assert load_source(path, require_meta=False).text == "18 allies"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("latin1.txt", "2 % in Brüssel".encode("latin-1"), r"not UTF-8 \(byte 0xfc"),
        ("empty.txt", b"", "file is empty"),
        ("blank.txt", b"  \n\t\n", "file is empty"),
        ("binary.txt", b"%PDF-1.4\x00\x01\x02binary", "binary file"),
        ("scripts-only.html", b"<script>var x = 1;</script>", "no visible text"),
        ("report.pdf", b"%PDF-1.4", "unsupported file type '.pdf'"),
    ],
)
def test_bad_files_raise_source_error_naming_the_file(tmp_path: Path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(SourceError, match=message) as caught:
        load_source(path, require_meta=False)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert isinstance(caught.value, AnalysisError)


def test_missing_file_is_a_source_error(tmp_path: Path):
    with pytest.raises(SourceError, match="file not found"):
        load_source(tmp_path / "gone.txt")


def test_metadata_is_required_for_the_library(tmp_path: Path):
    path = tmp_path / "article.txt"
    path.write_text("18 allies", encoding="utf-8")
    with pytest.raises(SourceError, match=r"article.txt: no metadata; expected article.meta.yml"):
        load_source(path)


def _copy_seed(tmp_path: Path) -> Path:
    source = load_source(SEED_ID)
    target = tmp_path / source.path.name
    shutil.copy(source.path, target)
    shutil.copy(source.path.with_name(f"{SEED_ID}.meta.yml"), tmp_path / f"{SEED_ID}.meta.yml")
    return target


@pytest.mark.parametrize(
    ("meta", "message"),
    [
        ("id: nato-bydgoszcz-2024-02\ntitle: t\n", "missing field.*published"),
        ("id: other\ntitle: t\npublished: 2024-02-15\n", "field id is 'other'"),
        ("id: nato-bydgoszcz-2024-02\ntitle: t\npublished: next week\n", "expected a date"),
        ("- just\n- a list\n", "expected a mapping"),
        ("id: [unclosed\n", "not valid YAML"),
    ],
)
def test_bad_metadata_names_the_sidecar(tmp_path: Path, meta: str, message: str):
    text_path = _copy_seed(tmp_path)
    meta_path = tmp_path / f"{SEED_ID}.meta.yml"
    meta_path.write_text(meta, encoding="utf-8")
    with pytest.raises(SourceError, match=message) as caught:
        load_source(text_path)
    assert str(meta_path) in str(caught.value)


def test_sources_dir_follows_the_project_root(data_root: Path):
    folder = data_root / "data" / "raw" / "sources"
    shutil.copy(FIXTURES / "wire-spending-2024-06.txt", folder)
    shutil.copy(FIXTURES / "wire-spending-2024-06.meta.yml", folder)
    assert list_sources() == [SEED_ID, "wire-spending-2024-06"]
    assert load_source("wire-spending-2024-06").published == dt.date(2024, 6, 17)


def test_a_bundled_file_name_is_found_in_the_sources_folder(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_source(f"{SEED_ID}.txt").id == SEED_ID
