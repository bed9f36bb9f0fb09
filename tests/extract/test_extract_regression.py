"""The extractor's reading of every fixture text, compared with the reviewed snapshot.

Any change of output shows here and in the diff of ``tests/extract/extract_outputs.json``
(rewrite it with ``tests.extract.snapshot_extract.py`` once the change is a reviewed fix).
"""

from __future__ import annotations

import json

import pytest

from tests.extract.snapshot_extract import OUTPUT, readings

SNAPSHOT = json.loads(OUTPUT.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def current() -> dict[str, list[dict]]:
    return readings()


def test_snapshot_covers_every_fixture_text(current):
    assert sorted(current) == sorted(SNAPSHOT)
    assert len(SNAPSHOT) >= 90


@pytest.mark.parametrize("name", sorted(SNAPSHOT))
def test_reading_unchanged(current, name):
    want, got = SNAPSHOT[name], current[name]
    changed = [(w, g) for w, g in zip(want, got, strict=False) if w != g]
    assert len(got) == len(want) and not changed, (
        f"{name}: {len(want)} -> {len(got)} figures; first change: {changed[:1]}")
