"""Source documents: loading by id or path, HTML reduced to text, bad files named clearly."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from analysis.data.sources import (
    documents_without_metadata,
    html_to_text,
    list_sources,
    load_source,
)
from analysis.errors import AnalysisError, SourceError

FIXTURES = Path(__file__).parent.parent / "fixtures" / "sources"
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
        # PyYAML alone raises a bare ValueError ("day is out of range for month") here.
        ("id: nato-bydgoszcz-2024-02\ntitle: t\npublished: 2024-02-30\n",
         "field published is '2024-02-30', expected a date YYYY-MM-DD"),
    ],
)
def test_bad_metadata_names_the_sidecar(tmp_path: Path, meta: str, message: str):
    text_path = _copy_seed(tmp_path)
    meta_path = tmp_path / f"{SEED_ID}.meta.yml"
    meta_path.write_text(meta, encoding="utf-8")
    with pytest.raises(SourceError, match=message) as caught:
        load_source(text_path)
    assert str(meta_path) in str(caught.value) and "\n" not in str(caught.value)


def test_sources_dir_follows_the_project_root(data_root: Path):
    folder = data_root / "data" / "raw" / "sources"
    shutil.copy(FIXTURES / "wire-spending-2024-06.txt", folder)
    shutil.copy(FIXTURES / "wire-spending-2024-06.meta.yml", folder)
    assert list_sources() == [SEED_ID, "wire-spending-2024-06"]
    assert load_source("wire-spending-2024-06").published == dt.date(2024, 6, 17)


def test_a_bundled_file_name_is_found_in_the_sources_folder(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert load_source(f"{SEED_ID}.txt").id == SEED_ID


# Valid HTML5 that omits optional tags (</head>, <body>, </p>, </li>): the body is visible text,
# the title and what scripts and styles hold are not.
@pytest.mark.parametrize(
    ("html", "lines"),
    [
        ("<html><head><title>x</title><body><p>text", ["text"]),
        ("<title>Brief</title><p>18 allies<p>2% of GDP", ["18 allies", "2% of GDP"]),
        ("<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
         "<link rel=stylesheet href=a.css><title>T</title><p>about 380 billion dollars",
         ["about 380 billion dollars"]),
        ("<head><style>p { color: red }</style><script>var n = 500;</script>"
         "<p>some 50 ships", ["some 50 ships"]),
        ("<ul><li>one<li>two</ul><p>three<br>four", ["one", "two", "three", "four"]),
        ("<p>a</title></head><p>b<script>1</script>", ["a", "b"]),
        ("<p>a<meta name=x content=y>b<noscript><style>s</style>42 scripts</noscript><p>c",
         ["ab", "c"]),
        ("<p>a<template><p>hidden</template><p>b<svg><text>9</text></svg><p>c",
         ["a", "b", "c"]),
        ("<p>x<script>if (a < b) { s = '</p><p>99 troops'; }</script>y", ["xy"]),
    ],
)
def test_html_with_omitted_tags_keeps_the_body(html: str, lines: list[str]):
    assert html_to_text(html).splitlines() == lines


def test_html_page_without_closing_head_loads(tmp_path: Path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Brief</title><script>x=1</script>"
                    "<body><p>31 allies and Sweden", encoding="utf-8")
    assert load_source(path, require_meta=False).text == "31 allies and Sweden\n"


def test_unclosed_script_hides_the_rest(tmp_path: Path):
    # A script without its end tag runs to the end of the file, as in a browser.
    path = tmp_path / "broken.html"
    path.write_text("<script>var x = 1;<p>not text", encoding="utf-8")
    with pytest.raises(SourceError, match="no visible text"):
        load_source(path, require_meta=False)


def test_document_without_metadata_is_not_listed(data_root: Path):
    folder = data_root / "data" / "raw" / "sources"
    (folder / "stray-note.txt").write_text("18 allies", encoding="utf-8")
    assert list_sources() == [SEED_ID]
    assert documents_without_metadata() == [folder / "stray-note.txt"]
    (folder / "stray-note.meta.yml").write_text(
        "id: stray-note\ntitle: t\npublished: 2024-02-15\n", encoding="utf-8")
    assert list_sources() == [SEED_ID, "stray-note"]
    assert documents_without_metadata() == []
