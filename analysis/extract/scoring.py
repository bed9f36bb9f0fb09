"""Scoring extracted figures against hand labels (the ``.gold.json`` files of the fixtures).

Owns the evaluation rule: figures are paired by overlapping spans (each used once, in text
order), and a pair counts only when value, unit, kind and ``approximate`` all agree; unpaired
extracted figures are false positives, unpaired labels false negatives.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import pandas as pd

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

    @property
    def f1(self) -> float:
        both = self.precision + self.recall
        return 2 * self.precision * self.recall / both if both else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.correct + other.correct, self.extracted + other.extracted,
                     self.labelled + other.labelled, self.problems + other.problems)


def same_reading(got: dict, want: dict) -> bool:
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
        if same_reading(got, want):
            correct += 1
        else:
            problems.append(
                f"{want['text']!r}@{want['start']}: got "
                f"{ {field: got[field] for field in FIELDS} } for {got['text']!r}, want "
                f"{ {field: want[field] for field in FIELDS} }")
    problems.extend(f"extra {extracted[i]['text']!r}@{extracted[i]['start']}" for i in unused)
    return Score(correct, len(extracted), len(gold), tuple(problems))
