"""Vague quantities: "only a few allies met the target", "most member states", "a handful".

The extractor labels numbers only; vague plurals are not figures. A source that words a count
vaguely where NATO publishes a number is worth flagging, so the checks look for these phrases
themselves, but only next to the guideline (2%, target, benchmark) where NATO has a count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import pandas as pd

from analysis.checks_match import GUIDELINE_WORDS

QUANTIFIERS = (
    r"(?:only\s+|just\s+|very\s+)?(?:a\s+few|a\s+handful\s+of|few|several|some|many|most|"
    r"a\s+number\s+of|a\s+minority\s+of|a\s+majority\s+of|a\s+small\s+number\s+of|"
    r"a\s+growing\s+number\s+of|a\s+couple\s+of|dozens\s+of|the\s+majority\s+of|"
    r"nearly\s+all|almost\s+all|a\s+dozen\s+or\s+so)"
)
NOUNS = r"(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:nato\s+)?(?:allies|member\s+states|members|" \
        r"member\s+countries|nations|countries|states)"
VAGUE = re.compile(rf"\b{QUANTIFIERS}\s+{NOUNS}\b", re.IGNORECASE)
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
RELATIVE_YEAR = {"this year": 0, "last year": -1, "next year": 1}


@dataclass(frozen=True)
class VaguePhrase:
    text: str
    start: int
    end: int
    sentence: str
    year: int | None
    year_how: str


def find_vague_counts(text: str, published: date | None = None) -> list[VaguePhrase]:
    """Vague counts of allies in sentences about the spending guideline."""
    phrases: list[VaguePhrase] = []
    for match in SENTENCE.finditer(text):
        sentence = match.group(0)
        if not GUIDELINE_WORDS.search(sentence):
            continue
        for hit in VAGUE.finditer(sentence):
            year, how = _year_near(sentence, hit.start(), hit.end(), published)
            phrases.append(VaguePhrase(
                text=hit.group(0), start=match.start() + hit.start(),
                end=match.start() + hit.end(), sentence=sentence.strip(), year=year,
                year_how=how,
            ))
    return phrases


def vague_frame(text: str, published: date | None = None,
                taken: pd.DataFrame | None = None) -> pd.DataFrame:
    """The vague phrases as figure rows (value missing) that do not overlap figures in ``taken``."""
    spans = []
    if taken is not None and len(taken) and {"start", "end"} <= set(taken.columns):
        spans = list(zip(taken["start"].astype(float), taken["end"].astype(float), strict=True))
    rows = []
    for phrase in find_vague_counts(text, published):
        if any(phrase.start < end and start < phrase.end for start, end in spans):
            continue
        rows.append({
            "text": phrase.text, "start": phrase.start, "end": phrase.end, "value": float("nan"),
            "unit": "allies", "kind": "vague", "sentence": phrase.sentence, "qualifier": "",
            "year": phrase.year, "metric": "allies_meeting_2pct_guideline", "entity": "",
            "year_how": phrase.year_how,
        })
    return pd.DataFrame(rows)


def _year_near(sentence: str, start: int, end: int,
               published: date | None) -> tuple[int | None, str]:
    year, how, _ = nearest_year(sentence, start, end, published)
    return year, how


def nearest_year(sentence: str, start: int, end: int,
                 published: date | None) -> tuple[int | None, str, int]:
    """The year written nearest to ``sentence[start:end]``, how it was read, and how far it is.

    ("from 2014 when only a few allies met the target" -> 2014); "this year" and "last year"
    count from the publication date. Years inside names ("Steadfast Defender 2024") are skipped.
    """
    candidates: list[tuple[int, int, str]] = []
    for found in YEAR.finditer(sentence):
        if re.search(r"[A-Z][a-z]+\s+$", sentence[:found.start()]) and not re.search(
                r"\b(?:in|since|from|of|by|until|to|and|for|January|February|March|April|May|"
                r"June|July|August|September|October|November|December)\s+$",
                sentence[:found.start()],
                re.IGNORECASE):
            continue  # a number inside a name
        distance = start - found.end() if found.end() <= start else found.start() - end
        candidates.append((max(distance, 0), int(found.group(1)), "stated"))
    if published is not None:
        for words, offset in RELATIVE_YEAR.items():
            for found in re.finditer(words, sentence, re.IGNORECASE):
                distance = start - found.end() if found.end() <= start else found.start() - end
                candidates.append((max(distance, 0), published.year + offset, f"'{words}'"))
    if not candidates:
        return None, "none", 10**6
    distance, year, how = min(candidates)
    return year, how if how != "stated" else f"'{year}'", distance
