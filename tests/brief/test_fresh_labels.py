"""The fresh held-aside sets (brief_fresh .. brief_fresh36): well formed, labels real.

Only the labels are checked here: the brief itself is scored on each set once, by the lead,
with ``benchmarks/brief.py --fixtures tests/fixtures/<set> --part whole``.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from analysis.brief.check import STATUSES
from analysis.brief.reference_facts import reference_facts
from analysis.brief.scoring import META_KEYS, article_ids, load_article
from analysis.paths import project_root
from tests.brief.conftest import assert_labels_in_facts

FIXTURES = project_root() / "tests" / "fixtures"
FRESH_SETS = [FIXTURES / "brief_fresh", FIXTURES / "brief_fresh2", FIXTURES / "brief_fresh3",
              FIXTURES / "brief_fresh4", FIXTURES / "brief_fresh5", FIXTURES / "brief_fresh6",
              FIXTURES / "brief_fresh7", FIXTURES / "brief_fresh8", FIXTURES / "brief_fresh9",
              FIXTURES / "brief_fresh10", FIXTURES / "brief_fresh11", FIXTURES / "brief_fresh12",
              FIXTURES / "brief_fresh13", FIXTURES / "brief_fresh14",
              FIXTURES / "brief_fresh15", FIXTURES / "brief_fresh16", FIXTURES / "brief_fresh17",
              FIXTURES / "brief_fresh18", FIXTURES / "brief_fresh19", FIXTURES / "brief_fresh20",
              FIXTURES / "brief_fresh21", FIXTURES / "brief_fresh22", FIXTURES / "brief_fresh23",
              FIXTURES / "brief_fresh25", FIXTURES / "brief_fresh24", FIXTURES / "brief_fresh26",
              FIXTURES / "brief_fresh27", FIXTURES / "brief_fresh28", FIXTURES / "brief_fresh29",
              FIXTURES / "brief_fresh30", FIXTURES / "brief_fresh31", FIXTURES / "brief_fresh32",
              FIXTURES / "brief_fresh33", FIXTURES / "brief_fresh34",
              FIXTURES / "brief_fresh35", FIXTURES / "brief_fresh36"]
DEV_SET = FIXTURES / "brief_dev"
ARTICLES = [(folder, article_id) for folder in FRESH_SETS for article_id in article_ids(folder)]
ARTICLE_NAMES = [f"{folder.name}/{article_id}" for folder, article_id in ARTICLES]
FACTS = reference_facts()
MAX_PER_OUTLET = 3


def inside_a_number(text: str, start: int, end: int) -> bool:
    """True when a label's span starts or ends within a longer number ("5%" inside "3.5%")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    decimal_before = before in ".," and start >= 2 and text[start - 2].isdigit()
    return before.isdigit() or decimal_before or after.isdigit()


def meta_of(folder, article_id: str) -> dict:
    return yaml.safe_load((folder / f"{article_id}.meta.yml").read_text(encoding="utf-8"))


MIN_ARTICLES = 25
# The stored pages ran dry: the seventeenth set's collector found 15 articles not already used,
# the twentieth set's 20 in the time it had, the twenty-sixth set's 24 in the languages asked of it,
# the twenty-seventh set's 16 from sites or articles not already used (English all but exhausted),
# the twenty-eighth set's 19 official, expert and news pages from unused sites in the time it had,
# the twenty-ninth set's 15 in languages other than English from sites or articles not already used,
# the thirtieth set's 18 English official, expert and news pages (stored English pages nearly used),
# the thirty-first set's 17 in languages other than English in the time it had,
# the thirty-second set's 20 from articles (and mostly sites) not already used.
SMALLER_SETS = {"brief_fresh17": 15, "brief_fresh20": 20, "brief_fresh26": 24, "brief_fresh27": 16,
                "brief_fresh28": 19, "brief_fresh29": 15, "brief_fresh30": 18, "brief_fresh31": 17,
                "brief_fresh32": 20}


@pytest.mark.parametrize("folder", FRESH_SETS, ids=lambda folder: folder.name)
def test_the_fresh_set_has_the_articles_it_promises(folder):
    ids = article_ids(folder)
    assert len(ids) >= SMALLER_SETS.get(folder.name, MIN_ARTICLES)
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert all(f"| {article_id} |" in readme for article_id in ids), "README lists every article"


def earlier_sets(folder) -> list:
    """The sets a fresh set must not overlap: the development set and every fresh set before it."""
    return [DEV_SET, *FRESH_SETS[:FRESH_SETS.index(folder)]]


@pytest.mark.parametrize("folder", FRESH_SETS, ids=lambda folder: folder.name)
def test_no_article_of_a_fresh_set_is_in_an_earlier_set(folder):
    for earlier in earlier_sets(folder):
        earlier_ids = article_ids(earlier)
        urls = {meta_of(earlier, i)["url"] for i in earlier_ids}
        titles = {meta_of(earlier, i)["title"].lower() for i in earlier_ids}
        for article_id in article_ids(folder):
            meta = meta_of(folder, article_id)
            assert article_id not in earlier_ids, (earlier.name, article_id)
            assert meta["url"] not in urls, (earlier.name, article_id)
            assert meta["title"].lower() not in titles, (earlier.name, article_id)


def set_number(folder) -> int:
    """1 for ``brief_fresh``, N for ``brief_freshN``: the order the sets were collected in."""
    return int(folder.name.removeprefix("brief_fresh") or 1)


# A set merged before a lower-numbered one collected alongside it: that one is checked against it.
MERGED_FIRST = {25: {24}}


def test_every_fresh_set_is_checked_against_every_set_collected_before_it():
    for folder in FRESH_SETS:
        earlier = earlier_sets(folder)
        number = set_number(folder)
        assert earlier[0] == DEV_SET
        assert set(range(1, number)) - MERGED_FIRST.get(number, set()) <= {
            set_number(f) for f in earlier[1:]}, folder


def test_sets_collected_side_by_side_are_checked_against_each_other():
    # brief_fresh24 and brief_fresh26 were collected alongside brief_fresh25 and merged after it
    assert FIXTURES / "brief_fresh25" in earlier_sets(FIXTURES / "brief_fresh24")
    assert {FIXTURES / "brief_fresh24", FIXTURES / "brief_fresh25"} <= set(
        earlier_sets(FIXTURES / "brief_fresh26"))
    # brief_fresh28 and brief_fresh29 were collected side by side, sharing one claims list
    assert FIXTURES / "brief_fresh28" in earlier_sets(FIXTURES / "brief_fresh29")


def test_a_span_inside_a_longer_number_is_detected():
    assert inside_a_number("rose 3.5% of GDP", 8, 10)
    assert inside_a_number("Poland 4.12% of GDP", 10, 12)
    assert not inside_a_number("at least 2% of GDP", 9, 11)


@pytest.mark.parametrize("folder", FRESH_SETS, ids=lambda folder: folder.name)
def test_no_outlet_has_more_than_three_articles(folder):
    outlets = [meta_of(folder, i)["outlet"] for i in article_ids(folder)]
    crowded = {o for o in outlets if outlets.count(o) > MAX_PER_OUTLET}
    assert not crowded


@pytest.mark.parametrize(("folder", "article_id"), ARTICLES, ids=ARTICLE_NAMES)
def test_fixture_is_well_formed(folder, article_id):
    assert re.fullmatch(r"[a-z0-9-]+", article_id)
    meta = meta_of(folder, article_id)
    assert set(META_KEYS) <= set(meta), f"meta lacks {set(META_KEYS) - set(meta)}"
    assert meta["id"] == article_id
    assert date(2023, 1, 1) <= meta["published"] <= date(2026, 12, 31)
    # a two-letter code, quoted where YAML would read it otherwise (`no` is False)
    assert isinstance(meta["language"], str) and re.fullmatch(r"[a-z]{2}", meta["language"])
    article = load_article(folder, article_id)  # checks every occurrence exists
    assert article.labels, "an article without claim figures does not belong in the set"
    spans = set()
    for label in article.labels:
        assert (label.start, label.end) not in spans, f"{label.text}: labelled twice"
        spans.add((label.start, label.end))
        assert not inside_a_number(article.text, label.start, label.end), \
            f"{label.text!r} (occurrence {label.occurrence}) sits inside a longer number"
        assert label.statuses and set(label.statuses) <= set(STATUSES), label
        if label.covered:
            assert label.references, f"{label.text}: covered without references"
        else:
            assert set(label.statuses) <= {"unmatched", "vague"}, label
            assert not label.references, label


@pytest.mark.parametrize(("folder", "article_id"), ARTICLES, ids=ARTICLE_NAMES)
def test_every_reference_exists_in_the_bundled_facts(folder, article_id):
    assert_labels_in_facts(load_article(folder, article_id), FACTS)
