"""extract_figures on realistic defence-news articles it was not written against.

Each ``tests/fixtures/sources/realistic/<name>.txt`` is an article in the style of real coverage
(wire copy on NATO spending, an exercise report, a UK budget story, ammunition production, a
summit preview), hand-labelled by LABELLING.md in ``<name>.gold.json`` (offsets computed from the
quoted text; ambiguous decisions carry a ``note``). Scoring follows the evaluation: figures are
paired by overlapping spans, and a pair counts only when value, unit, kind and ``approximate``
all agree; unpaired extracted figures are false positives, unpaired labels false negatives.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from analysis.extract import extract_figures

REALISTIC = Path(__file__).parent / "fixtures" / "sources" / "realistic"
ARTICLES = sorted(path.name.removesuffix(".gold.json") for path in REALISTIC.glob("*.gold.json"))
FIELDS = ("value", "unit", "kind", "approximate")


@dataclass(frozen=True)
class Score:
    correct: int
    extracted: int
    labelled: int
    problems: tuple[str, ...]

    @property
    def precision(self) -> float:
        return self.correct / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.labelled if self.labelled else 1.0


def _same(got: dict, want: dict) -> bool:
    return all(
        math.isclose(got[field], want[field], rel_tol=1e-6) if field == "value"
        else got[field] == want[field]
        for field in FIELDS)


def score(found: pd.DataFrame, gold: list[dict]) -> Score:
    """Pairs figures by overlapping spans (each used once, in text order) and scores them."""
    extracted = found.to_dict("records")
    unused = list(range(len(extracted)))
    problems: list[str] = []
    correct = 0
    for want in gold:
        partner = next((i for i in unused if extracted[i]["start"] < want["end"]
                        and want["start"] < extracted[i]["end"]), None)
        if partner is None:
            problems.append(f"missed {want['text']!r}@{want['start']}")
            continue
        unused.remove(partner)
        got = extracted[partner]
        if _same(got, want):
            correct += 1
        else:
            problems.append(
                f"{want['text']!r}@{want['start']}: got "
                f"{ {field: got[field] for field in FIELDS} } for {got['text']!r}, want "
                f"{ {field: want[field] for field in FIELDS} }")
    problems.extend(f"extra {extracted[i]['text']!r}@{extracted[i]['start']}" for i in unused)
    return Score(correct, len(extracted), len(gold), tuple(problems))


def load_article(name: str) -> tuple[str, list[dict]]:
    text = (REALISTIC / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((REALISTIC / f"{name}.gold.json").read_text(encoding="utf-8"))
    return text, gold


def test_there_are_realistic_articles():
    assert len(ARTICLES) >= 4


@pytest.mark.parametrize("name", ARTICLES)
def test_labels_quote_their_article(name: str):
    text, gold = load_article(name)
    assert gold, name
    for figure in gold:
        assert text[figure["start"]:figure["end"]] == figure["text"], figure


@pytest.mark.parametrize("name", ARTICLES)
def test_realistic_article_precision_and_recall(name: str):
    text, gold = load_article(name)
    result = score(extract_figures(text), gold)
    assert result.problems == ()
    assert (result.precision, result.recall) == (1.0, 1.0)


def test_score_counts_wrong_units_missed_and_extra_figures():
    gold = [{"text": "2%", "start": 0, "end": 2, "value": 2.0, "unit": "percent_gdp",
             "approximate": False, "kind": "share"},
            {"text": "31 allies", "start": 10, "end": 19, "value": 31.0, "unit": "allies",
             "approximate": False, "kind": "count"}]
    found = pd.DataFrame([
        {"text": "2%", "start": 0, "end": 2, "value": 2.0, "unit": "percent",
         "approximate": False, "kind": "share"},
        {"text": "2024", "start": 30, "end": 34, "value": 2024.0, "unit": "year",
         "approximate": False, "kind": "year"}])
    result = score(found, gold)
    assert (result.correct, result.precision, result.recall) == (0, 0.0, 0.0)
    assert len(result.problems) == 3
