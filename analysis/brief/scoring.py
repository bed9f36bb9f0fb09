"""Score the source brief on the development set of real news articles.

The set (``tests/fixtures/brief_dev``, README there) holds, per article, the sentences that carry
figures (``<id>.txt``), where they were published (``<id>.meta.yml``) and, for every claim figure,
the NATO values it may be compared with and the statuses a careful analyst would accept
(``<id>.labels.json``). :func:`score_rows` scores the rows of
:func:`analysis.brief.check.check_figures` against those labels:

- a *checked* row has status consistent, superseded or differs;
- a *false alarm* is a ``differs`` row whose label does not accept ``differs`` (or has no label);
- a *right check* is a checked row on a covered label, compared with one of the label's reference
  values (0.5% relative, or 0.051 absolute for percentages), in the same year when the row gives
  one, with a status the label accepts.

A third of the articles is held aside by :func:`part_of` (sha256 of the id), so nobody chooses the
split after seeing scores.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis.brief.check import check_figures
from analysis.errors import DataError
from analysis.extract.extractor import extract_figures

CHECKED = ("consistent", "superseded", "differs")
META_KEYS = ("id", "title", "outlet", "url", "published", "language", "retrieved")
PARTS = ("dev", "held")
RELATIVE_TOLERANCE = 0.005
PERCENT_TOLERANCE = 0.051


@dataclass(frozen=True)
class Reference:
    key: str
    entity: str
    year: int | None
    value: float
    release: str


@dataclass(frozen=True)
class Label:
    text: str
    occurrence: int
    covered: bool
    references: tuple[Reference, ...]
    statuses: tuple[str, ...]
    why: str
    start: int
    end: int

    @property
    def percentage(self) -> bool:
        lowered = self.text.lower()
        return "%" in lowered or "percent" in lowered or "per cent" in lowered


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    meta: dict[str, Any]
    labels: tuple[Label, ...]

    @property
    def published(self) -> date:
        value = self.meta["published"]
        return value if isinstance(value, date) else date.fromisoformat(str(value))

    @property
    def headline(self) -> str:
        """The title when it is the outlet's headline; a labeller's description of a headline
        missing from the stored copy is not."""
        title = str(self.meta.get("title") or "")
        return "" if title.lower().startswith("headline not in") else title

    @property
    def part(self) -> str:
        return part_of(self.id)


@dataclass(frozen=True)
class Problem:
    article: str
    kind: str  # "false alarm", "wrong check" or "miss"
    figure: str
    status: str
    reference: str
    why: str

    def __str__(self) -> str:
        return (f"{self.kind:11} {self.article}: {self.figure!r} {self.status} "
                f"[{self.reference}] - {self.why}")


@dataclass(frozen=True)
class Score:
    articles: int
    figures: int
    covered: int
    checked: int
    false_alarms: int
    right: int
    found: int
    problems: tuple[Problem, ...] = ()

    @property
    def checked_precision(self) -> float:
        return self.right / self.checked if self.checked else float("nan")

    @property
    def recall(self) -> float:
        return self.found / self.covered if self.covered else float("nan")

    def __add__(self, other: Score) -> Score:
        return Score(self.articles + other.articles, self.figures + other.figures,
                     self.covered + other.covered, self.checked + other.checked,
                     self.false_alarms + other.false_alarms, self.right + other.right,
                     self.found + other.found, self.problems + other.problems)


EMPTY = Score(0, 0, 0, 0, 0, 0, 0)


def part_of(article_id: str) -> str:
    """``held`` for the third of ids whose sha256 is divisible by 3, else ``dev``."""
    digest = int(hashlib.sha256(article_id.encode()).hexdigest(), 16)
    return "held" if digest % 3 == 0 else "dev"


# --- loading -------------------------------------------------------------------------------

def article_ids(folder: Path) -> list[str]:
    return sorted(path.name.removesuffix(".labels.json") for path in folder.glob("*.labels.json"))


def load_article(folder: Path, article_id: str) -> Article:
    """One article of the set; :class:`DataError` names the file when a part is missing or bad."""
    paths = {kind: folder / f"{article_id}{kind}" for kind in (".txt", ".meta.yml", ".labels.json")}
    missing = [str(path) for path in paths.values() if not path.exists()]
    if missing:
        raise DataError(f"development set: missing {', '.join(missing)}; each article needs "
                        ".txt, .meta.yml and .labels.json")
    text = paths[".txt"].read_text(encoding="utf-8")
    meta = yaml.safe_load(paths[".meta.yml"].read_text(encoding="utf-8")) or {}
    try:
        raw = json.loads(paths[".labels.json"].read_text(encoding="utf-8"))["figures"]
    except (json.JSONDecodeError, KeyError) as error:
        raise DataError(f"{paths['.labels.json']}: not a labels file ({error}); expected "
                        '{"figures": [...]}') from error
    labels = tuple(_label(record, text, paths[".labels.json"]) for record in raw)
    return Article(article_id, text, meta, labels)


def load_articles(folders: list[Path]) -> list[Article]:
    return [load_article(folder, article_id) for folder in folders
            for article_id in article_ids(folder)]


def occurrence_start(text: str, needle: str, occurrence: int) -> int:
    """Offset of the ``occurrence``-th (1-based) ``needle`` in ``text``, or -1."""
    at = -1
    for _ in range(occurrence):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def _label(record: dict[str, Any], text: str, path: Path) -> Label:
    occurrence = int(record.get("occurrence", 1))
    start = occurrence_start(text, record["text"], occurrence)
    if start < 0:
        raise DataError(f"{path}: {record['text']!r} does not occur {occurrence} time(s) in the "
                        "article's text; fix text or occurrence")
    references = tuple(
        Reference(ref["key"], ref.get("entity") or "", _year(ref.get("year")),
                  float(ref["value"]), str(ref["release"]))
        for ref in record.get("references", []))
    return Label(record["text"], occurrence, bool(record["covered"]), references,
                 tuple(record["statuses"]), record.get("why", ""), start,
                 start + len(record["text"]))


def _year(value: Any) -> int | None:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return None
    return int(value)


# --- scoring -------------------------------------------------------------------------------

def label_of(row: dict[str, Any], labels: tuple[Label, ...]) -> Label | None:
    """The label whose span overlaps the row's [start, end), the largest overlap first."""
    start, end = _year(row.get("start")), _year(row.get("end"))
    if start is None or end is None:
        return None
    overlaps = [(min(end, label.end) - max(start, label.start), label) for label in labels]
    overlaps = [(size, label) for size, label in overlaps if size > 0]
    return max(overlaps, key=lambda pair: pair[0])[1] if overlaps else None


def same_value(value: Any, reference: Reference, percentage: bool) -> bool:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return False
    if math.isnan(value):
        return False
    if percentage and abs(value - reference.value) <= PERCENT_TOLERANCE:
        return True
    return abs(value - reference.value) <= RELATIVE_TOLERANCE * abs(reference.value)


def is_right(row: dict[str, Any], label: Label | None) -> bool:
    """A checked row compared with one of the label's references, in a status it accepts."""
    if label is None or not label.covered or row["status"] not in label.statuses:
        return False
    year = _year(row.get("year"))
    percentage = label.percentage or str(row.get("reference_unit", "")).startswith("percent")
    return any(same_value(row.get("reference_value"), ref, percentage)
               and (year is None or ref.year is None or ref.year == year)
               for ref in label.references)


def score_rows(article: Article, rows: pd.DataFrame) -> Score:
    """Score one article's check rows against its labels (see the module's docstring)."""
    records = rows.to_dict("records")
    problems: list[Problem] = []
    checked = right = false_alarms = 0
    found: set[int] = set()
    for row in records:
        if row["status"] not in CHECKED:
            continue
        checked += 1
        label = label_of(row, article.labels)
        if row["status"] == "differs" and (label is None or "differs" not in label.statuses):
            false_alarms += 1
            problems.append(_problem(article, "false alarm", row, label))
        elif is_right(row, label):
            right += 1
            found.add(article.labels.index(label))
            continue
        else:
            problems.append(_problem(article, "wrong check", row, label))
    covered = [i for i, label in enumerate(article.labels) if label.covered]
    problems += [_miss(article, article.labels[i]) for i in covered if i not in found]
    return Score(1, len(article.labels), len(covered), checked, false_alarms, right,
                 len(found), tuple(problems))


def _problem(article: Article, kind: str, row: dict[str, Any], label: Label | None) -> Problem:
    reference = (f"{row.get('reference_value')} {row.get('reference_release')} "
                 f"{row.get('entity') or ''} {_year(row.get('year')) or ''}").strip()
    why = label.why if label else "no label (not a claim figure)"
    if label is not None:
        why = f"label {list(label.statuses)}: {why}"
    return Problem(article.id, kind, str(row.get("figure")), str(row["status"]), reference, why)


def _miss(article: Article, label: Label) -> Problem:
    expected = "; ".join(f"{ref.key} {ref.entity} {ref.year or ''} {ref.value:g} {ref.release}"
                         for ref in label.references)
    return Problem(article.id, "miss", label.text, "/".join(label.statuses), expected, label.why)


def score_article(article: Article) -> Score:
    """Extract, check and score one article with the package's own brief, reading it as the
    source brief does (the extractor too is given the publication date)."""
    figures = extract_figures(article.text, article.published)
    return score_rows(article, check_figures(figures, article.published, text=article.text,
                                             title=article.headline))
