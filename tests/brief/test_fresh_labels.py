"""The fresh held-aside set (tests/fixtures/brief_fresh) is well formed and its labels are real.

Only the labels are checked here: the brief itself is scored on this set once, by the lead,
with ``benchmarks/brief.py --fixtures tests/fixtures/brief_fresh --part whole``.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
import yaml

from analysis.brief.reference_facts import reference_facts
from analysis.brief.scoring import META_KEYS, STATUSES, article_ids, load_article
from analysis.paths import project_root

FIXTURES = project_root() / "tests" / "fixtures"
FRESH_SET = FIXTURES / "brief_fresh"
DEV_SET = FIXTURES / "brief_dev"
IDS = article_ids(FRESH_SET)
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


def test_the_fresh_set_has_the_articles_it_promises():
    assert len(IDS) >= 25
    readme = (FRESH_SET / "README.md").read_text(encoding="utf-8")
    assert all(f"| {article_id} |" in readme for article_id in IDS), "README lists every article"


def test_no_article_of_the_fresh_set_is_in_the_development_set():
    dev_urls = {meta_of(DEV_SET, i)["url"] for i in article_ids(DEV_SET)}
    dev_titles = {meta_of(DEV_SET, i)["title"].lower() for i in article_ids(DEV_SET)}
    for article_id in IDS:
        meta = meta_of(FRESH_SET, article_id)
        assert article_id not in article_ids(DEV_SET)
        assert meta["url"] not in dev_urls, article_id
        assert meta["title"].lower() not in dev_titles, article_id


def test_a_span_inside_a_longer_number_is_detected():
    assert inside_a_number("rose 3.5% of GDP", 8, 10)
    assert inside_a_number("Poland 4.12% of GDP", 10, 12)
    assert not inside_a_number("at least 2% of GDP", 9, 11)


def test_no_outlet_has_more_than_three_articles():
    outlets = [meta_of(FRESH_SET, i)["outlet"] for i in IDS]
    crowded = {o for o in outlets if outlets.count(o) > MAX_PER_OUTLET}
    assert not crowded


@pytest.mark.parametrize("article_id", IDS)
def test_fixture_is_well_formed(article_id):
    assert re.fullmatch(r"[a-z0-9-]+", article_id)
    meta = meta_of(FRESH_SET, article_id)
    assert set(META_KEYS) <= set(meta), f"meta lacks {set(META_KEYS) - set(meta)}"
    assert meta["id"] == article_id
    assert date(2023, 1, 1) <= meta["published"] <= date(2026, 12, 31)
    article = load_article(FRESH_SET, article_id)  # checks every occurrence exists
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


@pytest.mark.parametrize("article_id", IDS)
def test_every_reference_exists_in_the_bundled_facts(article_id):
    for label in load_article(FRESH_SET, article_id).labels:
        for ref in label.references:
            facts = FACTS[(FACTS["key"] == ref.key) & (FACTS["entity"].fillna("") == ref.entity)
                          & (FACTS["release"] == ref.release)]
            years = facts["year"].astype(str).str[:4]
            facts = facts[facts["year"].isna()] if ref.year is None else \
                facts[years == str(ref.year)]
            close = (facts["value"].astype(float) - ref.value).abs() <= 0.005 * abs(ref.value)
            assert close.any(), f"{article_id}: {label.text!r} -> {ref} not in reference_facts()"
