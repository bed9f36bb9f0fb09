"""The brief's scorer on constructed rows, and the development set's fixtures are well formed."""

from __future__ import annotations

import json
import re
from datetime import date

import pandas as pd
import pytest
import yaml

from analysis.brief.check import STATUSES
from analysis.brief.reference_facts import reference_facts
from analysis.brief.scoring import (
    META_KEYS,
    Article,
    article_ids,
    load_article,
    part_of,
    score_rows,
)
from analysis.errors import DataError
from analysis.paths import project_root
from tests.brief.conftest import assert_labels_in_facts

DEV_SET = project_root() / "tests" / "fixtures" / "brief_dev"
TEXT = "In 2024, 23 allies spend 2% of GDP. Poland spends 4.1% of GDP and $35 billion."
LABELS = {"figures": [
    {"text": "23 allies", "occurrence": 1, "covered": True,
     "references": [{"key": "allies_meeting_2pct_guideline", "entity": "", "year": 2024,
                     "value": 23, "release": "NATO 2024-06"}],
     "statuses": ["consistent"], "why": "count"},
    {"text": "2%", "occurrence": 1, "covered": False, "references": [],
     "statuses": ["unmatched"], "why": "guideline"},
    {"text": "4.1%", "occurrence": 1, "covered": True,
     "references": [{"key": "ally_share_gdp", "entity": "Poland", "year": 2024,
                     "value": 4.12, "release": "NATO 2024-06"}],
     "statuses": ["consistent", "superseded"], "why": "share"},
    {"text": "$35 billion", "occurrence": 1, "covered": True,
     "references": [{"key": "ally_defence_spending", "entity": "Poland", "year": 2024,
                     "value": 34.97e9, "release": "NATO 2024-06"}],
     "statuses": ["differs"], "why": "made-up label that accepts differs"},
]}


def make_article(tmp_path, text=TEXT, labels=LABELS, article_id="test-2024-06-x"):
    (tmp_path / f"{article_id}.txt").write_text(text, encoding="utf-8")
    (tmp_path / f"{article_id}.meta.yml").write_text(
        f"id: {article_id}\npublished: 2024-06-20\n", encoding="utf-8")
    (tmp_path / f"{article_id}.labels.json").write_text(json.dumps(labels), encoding="utf-8")
    return load_article(tmp_path, article_id)


def span(text: str, needle: str) -> tuple[int, int]:
    start = TEXT.index(needle)
    return start, start + len(needle)


def row(figure: str, status: str, value: float | None, year: int | None = 2024,
        unit: str = "allies") -> dict:
    start, end = span(TEXT, figure)
    return {"figure": figure, "start": start, "end": end, "status": status,
            "reference_value": value, "reference_release": "NATO 2024-06", "entity": "",
            "year": year, "metric": "m", "reference_unit": unit}


def test_right_checks_give_precision_and_recall(tmp_path):
    article = make_article(tmp_path)
    rows = pd.DataFrame([row("23 allies", "consistent", 23), row("4.1", "consistent", 4.12,
                                                                 unit="percent_gdp")])
    score = score_rows(article, rows)
    assert (score.checked, score.right, score.false_alarms) == (2, 2, 0)
    assert (score.covered, score.found) == (3, 2)
    assert score.checked_precision == 1.0
    assert score.recall == pytest.approx(2 / 3)
    assert [p.kind for p in score.problems] == ["miss"]


def test_differs_on_an_uncovered_label_is_a_false_alarm(tmp_path):
    article = make_article(tmp_path)
    score = score_rows(article, pd.DataFrame([row("2%", "differs", 4.12, unit="percent_gdp")]))
    assert (score.checked, score.false_alarms, score.right) == (1, 1, 0)
    assert score.problems[0].kind == "false alarm"


def test_differs_without_any_label_is_a_false_alarm(tmp_path):
    article = make_article(tmp_path)
    score = score_rows(article, pd.DataFrame([row("In 2024", "differs", 3)]))
    assert score.false_alarms == 1


def test_differs_accepted_by_the_label_is_right_not_a_false_alarm(tmp_path):
    article = make_article(tmp_path)
    score = score_rows(article, pd.DataFrame([row("$35 billion", "differs", 35.0e9,
                                                  unit="USD")]))
    assert (score.false_alarms, score.right) == (0, 1)


def test_wrong_reference_value_or_year_is_not_right(tmp_path):
    article = make_article(tmp_path)
    rows = pd.DataFrame([row("23 allies", "consistent", 18),
                         row("4.1%", "consistent", 4.12, year=2023, unit="percent_gdp")])
    score = score_rows(article, rows)
    assert (score.checked, score.right, score.found) == (2, 0, 0)
    assert [p.kind for p in score.problems].count("wrong check") == 2


def test_status_outside_the_labels_statuses_is_not_right(tmp_path):
    article = make_article(tmp_path)
    score = score_rows(article, pd.DataFrame([row("23 allies", "superseded", 23)]))
    assert (score.checked, score.right) == (1, 0)


def test_percentages_match_within_a_twentieth_of_a_point(tmp_path):
    article = make_article(tmp_path)
    near = score_rows(article, pd.DataFrame([row("4.1%", "superseded", 4.16, unit="percent_gdp")]))
    far = score_rows(article, pd.DataFrame([row("4.1%", "superseded", 4.2, unit="percent_gdp")]))
    assert (near.right, far.right) == (1, 0)


def test_a_row_belongs_to_the_label_its_span_overlaps(tmp_path):
    article = make_article(tmp_path)
    start, _ = span(TEXT, "23 allies")
    overlapping = {**row("23 allies", "consistent", 23), "start": start, "end": start + 2}
    disjoint = {**row("23 allies", "consistent", 23), "start": 0, "end": 7}
    assert score_rows(article, pd.DataFrame([overlapping])).right == 1
    assert score_rows(article, pd.DataFrame([disjoint])).right == 0


def test_unchecked_rows_are_not_counted(tmp_path):
    article = make_article(tmp_path)
    score = score_rows(article, pd.DataFrame([row("23 allies", "unmatched", None)]))
    assert (score.checked, score.false_alarms, score.found) == (0, 0, 0)


def test_a_label_whose_text_is_missing_is_refused(tmp_path):
    labels = {"figures": [{**LABELS["figures"][0], "occurrence": 2}]}
    with pytest.raises(DataError, match="does not occur 2 time"):
        make_article(tmp_path, labels=labels)


def test_split_is_decided_by_the_ids_hash():
    parts = {part_of(f"article-{i}") for i in range(20)}
    assert parts == {"dev", "held"}
    assert part_of("x") == part_of("x")


# --- the development set -----------------------------------------------------------------

IDS = article_ids(DEV_SET)
FACTS = reference_facts()


def test_the_development_set_has_the_articles_it_promises():
    assert len(IDS) >= 22
    assert {part_of(i) for i in IDS} == {"dev", "held"}


@pytest.mark.parametrize("article_id", IDS)
def test_fixture_is_well_formed(article_id):
    assert re.fullmatch(r"[a-z0-9-]+", article_id)
    meta = yaml.safe_load((DEV_SET / f"{article_id}.meta.yml").read_text(encoding="utf-8"))
    assert set(META_KEYS) <= set(meta), f"meta lacks {set(META_KEYS) - set(meta)}"
    assert meta["id"] == article_id
    assert date(2023, 1, 1) <= meta["published"] <= date(2026, 12, 31)
    article: Article = load_article(DEV_SET, article_id)  # checks every occurrence exists
    assert article.labels, "an article without claim figures does not belong in the set"
    for label in article.labels:
        assert label.statuses and set(label.statuses) <= set(STATUSES), label
        if label.covered:
            assert label.references, f"{label.text}: covered without references"
        else:
            assert set(label.statuses) <= {"unmatched", "vague"}, label


@pytest.mark.parametrize("article_id", IDS)
def test_every_reference_exists_in_the_bundled_facts(article_id):
    assert_labels_in_facts(load_article(DEV_SET, article_id), FACTS)
