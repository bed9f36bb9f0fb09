"""The on-disk cache of parsed workbooks (analysis.data.parse_cache): a hit skips the parse, any
change of key misses, a damaged entry is parsed again, and nothing is written into the project."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.data import load, parse_cache
from analysis.data.workbook import read_workbook


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("NATO_REPORTS_CACHE", str(folder))
    return folder


def counting_parser(calls: list[int]):
    def parse() -> pd.DataFrame:
        calls.append(1)
        return pd.DataFrame({"value": [len(calls)]})
    return parse


def test_a_second_process_gets_the_stored_frame_without_parsing(cache):
    calls: list[int] = []
    first = parse_cache.cached_frame("t", ("sha", b"side"), counting_parser(calls))
    second = parse_cache.cached_frame("t", ("sha", b"side"), counting_parser(calls))
    assert len(calls) == 1
    pd.testing.assert_frame_equal(first, second)
    assert len(list(cache.glob("t-*.pickle"))) == 1


def test_another_key_part_misses(cache):
    calls: list[int] = []
    parse_cache.cached_frame("t", ("sha", b"side"), counting_parser(calls))
    parse_cache.cached_frame("t", ("sha", b"other sidecar"), counting_parser(calls))
    parse_cache.cached_frame("t", ("other sha", b"side"), counting_parser(calls))
    assert len(calls) == 3


def test_a_damaged_entry_is_parsed_again_and_replaced(cache):
    calls: list[int] = []
    parse_cache.cached_frame("t", ("sha",), counting_parser(calls))
    (entry,) = cache.glob("t-*.pickle")
    entry.write_bytes(b"not a pickle")
    frame = parse_cache.cached_frame("t", ("sha",), counting_parser(calls))
    assert len(calls) == 2 and frame["value"].tolist() == [2]
    assert parse_cache.cached_frame("t", ("sha",), counting_parser(calls))["value"].tolist() == [2]


def test_an_unwritable_cache_still_gives_the_parse(tmp_path, monkeypatch):
    blocker = tmp_path / "a file"
    blocker.write_text("x")
    monkeypatch.setenv("NATO_REPORTS_CACHE", str(blocker / "cache"))
    calls: list[int] = []
    frame = parse_cache.cached_frame("t", ("sha",), counting_parser(calls))
    assert frame["value"].tolist() == [1]


def test_a_workbook_read_back_from_the_cache_equals_a_fresh_parse(cache):
    path = load.workbook_files()[0]
    fresh = read_workbook(path)
    parse_cache.cached_frame("workbook", ("key",), lambda: read_workbook(path))
    stored = parse_cache.cached_frame("workbook", ("key",), lambda: pd.DataFrame())
    assert not fresh.empty
    pd.testing.assert_frame_equal(fresh, stored)
