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

from analysis.brief.subject_words import GUIDELINE_WORDS
from analysis.extract import patterns as extract_patterns
from analysis.extract.extractor import extract_figures, relative_year
from analysis.extract.years import TimeRef, clauses_of, time_role, year_for
from analysis.sentences import sentence_spans

QUANTIFIERS = (
    r"(?:only\s+|just\s+|very\s+)?(?:a\s+few|a\s+handful\s+of|few|several|some|many|most|"
    r"a\s+number\s+of|a\s+minority\s+of|a\s+majority\s+of|a\s+small\s+number\s+of|"
    r"a\s+growing\s+number\s+of|a\s+couple\s+of|dozens\s+of|the\s+majority\s+of|"
    r"nearly\s+all|almost\s+all|a\s+dozen\s+or\s+so)"
)
NOUNS = r"(?:of\s+(?:the\s+|its\s+|their\s+)?)?(?:nato\s+)?(?:allies|member\s+states|members|" \
        r"member\s+countries|nations|countries|states)"
VAGUE = re.compile(rf"\b{QUANTIFIERS}\s+{NOUNS}\b", re.IGNORECASE)


@dataclass(frozen=True)
class VaguePhrase:
    text: str
    start: int
    end: int
    sentence: str
    year: int | None


def find_vague_counts(text: str, published: date | None = None) -> list[VaguePhrase]:
    """Vague counts of allies in sentences about the spending guideline."""
    phrases: list[VaguePhrase] = []
    for begin, finish in sentence_spans(text):
        sentence = text[begin:finish]
        if not GUIDELINE_WORDS.search(sentence):
            continue
        for hit in VAGUE.finditer(sentence):
            phrases.append(VaguePhrase(
                text=hit.group(0), start=begin + hit.start(),
                end=begin + hit.end(), sentence=sentence,
                year=governing_year(sentence, hit.start(), hit.end(), published),
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
        })
    return pd.DataFrame(rows)


def governing_year(sentence: str, start: int, end: int, published: date | None) -> int | None:
    """The year governing ``sentence[start:end]`` by the extractor's rules
    (:func:`analysis.extract.years.year_for`): "from 2014 when only a few allies met the
    target" -> 2014; "this year" and "last year" count from ``published``. None when nothing in
    the sentence governs it."""
    refs = _time_refs(sentence, published)
    if not refs:
        return None
    return year_for(start, end, refs, clauses_of(sentence, 0, len(sentence)), sentence)


def _time_refs(sentence: str, published: date | None) -> list[TimeRef]:
    # The extractor's years (its rows of kind 'year') and its relative years ("this year").
    years = extract_figures(sentence, published)
    years = years[years["kind"] == "year"]
    refs = [TimeRef(int(s), int(e), int(v), time_role(sentence, int(s)))
            for s, e, v in years[["start", "end", "value"]].itertuples(index=False)]
    for found in extract_patterns.MASTER.finditer(sentence.lower()):
        if found.group("relyear"):
            refs.append(TimeRef(found.start(), found.end(), relative_year(
                found.group("relyear"), published.year if published else None),
                time_role(sentence, found.start())))
    return sorted(refs, key=lambda ref: ref.start)
