"""Figures extracted from text, with provenance (character offsets into the text).

``extract_figures(text, published)`` returns one row per figure. The columns ``text, start, end,
value, unit, approximate, kind`` follow the project's labelling guide (LABELLING.md):

- ``unit``: USD, EUR, GBP, percent, percent_gdp, troops, allies, countries, people, year, count,
  other;
- ``kind``: amount, share, count, year, date, other;
- ``value``: scale words applied ("ten billion dollars" -> 1e10, "two percent" -> 2.0,
  "half" -> 0.5); for a range ("2-3%", "four to five years") the low end, with ``low``/``high``;
- ``text`` runs from the hedge ("about") through the number to its unit token; ``start``/``end``
  are ``str`` offsets into ``text`` (``text[start:end] == row.text``).

Extra columns: ``sentence``, ``qualifier`` (the hedge: "about", "more than", ...), ``scale``
("thousand", "million", "billion", "trillion", "fraction"), ``low``/``high``, ``year`` (the year
the figure refers to: the time expression governing its clause - "in 2014", "from 2014 when",
"by 2025", "this year" = the published year, "last year", "a year earlier" - rules in
:mod:`analysis.extract.years`; None when nothing in the sentence governs it), ``metric`` and
``entity`` (vocabulary in :mod:`analysis.extract.metric`).

Language handled (rules for the language, each tested in ``tests/extract/test_extract_forms.py``):
thousands separators (90,000 / 90 000) and decimals; number words ("eighteen", "ten billion",
"two hundred and fifty"), fractions ("half", "a third", "two-thirds", "one in five", "1/3");
scale words and abbreviations ("$380bn", "US$380 billion", "EUR 1.6 billion", "£2.5bn", "1.2B",
"1.2m soldiers"); currencies by sign, code and word; percentages ("2%", "2 per cent", "two
percent", "the two-percent target", "percentage points"); "of GDP" and the implicit guideline
making ``percent_gdp``; counted nouns (allies/members/states/countries/troops/ships/...) with up
to two modifiers ("1,100 combat vehicles"); ranges ("2-3%", "between 2 and 3 percent", "four to
five years", "between $1bn and $2bn") as one figure; hedges before ("about", "more than", "up
to", "an estimated", ...) and after ("50+", "or more"); "over 10 years" (across) is not a hedge;
parentheses are never a minus sign; a bare 19xx/20xx is a year ("2024e", "2023-24" too) while
"2,024 troops" is a count; numbers in names ("Steadfast Defender 2024", "E-7A", "F-35",
"Article 5") and digit ordinals, calibres, multipliers are ``other``; dates ("June 26", "26
June", "July 9-11"); ordinal words, list markers, "one of", vague plurals ("decades", "a few",
"hundreds of"), clock times and "the 1990s" are not figures. A count without its noun takes the
unit of its neighbour ("23 of 32 allies", "up from 11", "11 of them").

How: one precompiled regex, tried where a number may start in the lower-cased text
(:mod:`analysis.extract.scan`), finds the number cores (digits with an optional currency sign,
number words, fractions, "this/last year"); anchored regexes then read the few characters around
each core (:mod:`analysis.extract.read`, which first tries the number rules of
:mod:`analysis.extract.number_rules`: what is no figure or a special one). This module then
joins "between X and Y", places each figure in its sentence (year, entity) and applies
:data:`TABLES`, the ordered rule tables that fix units from neighbours
(:mod:`analysis.extract.unit_rules`, :mod:`analysis.extract.gdp_rules`; engine in
:mod:`analysis.extract.rules`), before the metric is classified. Every rule's example is a test.

Owns ``extract_figures`` (and its rows as plain tuples, :func:`figure_rows`, which a corpus
(:mod:`analysis.extract.corpus`) turns into one frame) and the order of the rule tables.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right

import pandas as pd

from analysis import vocabulary
from analysis.extract import other_languages as L
from analysis.extract import patterns as P
from analysis.extract.context import SentenceCues, sentence_cues
from analysis.extract.entity import EntityCandidates, entity_candidates, pick_entity
from analysis.extract.figure import COLUMNS, Figure, ReadFigure, as_row
from analysis.extract.gdp_rules import GDP_BACKWARDS, GDP_IMPLICIT
from analysis.extract.metric import classify_metric
from analysis.extract.read import read_figure
from analysis.extract.rules import Scene, Table, apply_table
from analysis.extract.scan import NumberFinder
from analysis.extract.unit_rules import UNIT_RULES
from analysis.extract.years import (
    NO_ANTECEDENT,
    TimeRef,
    clauses_of,
    time_role,
    year_for,
)
from analysis.sentences import sentence_starts

UNITS = vocabulary.UNITS
# The rule tables applied after every number is read, in this order (see analysis.extract.rules:
# within a table the first matching rule decides): the unit rules, then the shares of GDP.
TABLES = (Table("units", UNIT_RULES), GDP_BACKWARDS, GDP_IMPLICIT)
KINDS = vocabulary.KINDS
# The types of the columns of extract_figures that are not text (the others stay objects).
COLUMN_TYPES = {"start": "int64", "end": "int64", "value": "float64", "approximate": "bool",
                "low": "float64", "high": "float64", "year": "Int64"}


def extract_figures(text: str, published: dt.date | None = None) -> pd.DataFrame:
    """Every figure in ``text`` as one row (see the module docstring for the columns)."""
    rows = figure_rows(text, published)
    if not rows:
        return typed_frame(pd.DataFrame({column: [] for column in COLUMNS}))
    return typed_frame(pd.DataFrame.from_records(rows, columns=COLUMNS))


def figure_rows(text: str, published: dt.date | None = None) -> list[tuple]:
    """The rows of :func:`extract_figures` as plain tuples in :data:`COLUMNS` order: building a
    DataFrame costs more than reading a short article, so a corpus builds one at the end."""
    figures, year_refs = read_figures(text, published.year if published else None)
    if not figures:
        return []
    figures = _merge_between(text, figures)
    figures, cues = _add_context(text, figures, year_refs,
                                 published.year if published else None)
    scene = Scene(text, figures, {"cues": cues, "gdp_given": False})
    for table in TABLES:
        apply_table(table, scene)
    counting_allies = {figure.sentence_index for figure in figures if figure.unit == "allies"}
    rows = []
    for figure in figures:
        before = text[max(0, figure.start - figure.offset, figure.start - 80):figure.start]
        rows.append(as_row(figure, classify_metric(
            figure.unit, figure.kind, cues[figure.sentence_index], figure.near, figure.text,
            figure.value, before, text[figure.end:figure.end + 80],
            figure.sentence_index in counting_allies, previous_sentence=figure.previous_sentence)))
    return rows


def read_figures(text: str, published_year: int | None
                 ) -> tuple[list[ReadFigure], list[TimeRef]]:
    """The figures as read one by one, and the time expressions (years, "this year")."""
    figures: list[ReadFigure] = []
    year_refs: list[TimeRef] = []
    finder = NumberFinder(text)
    pos = 0
    while True:
        match = finder.next_match(pos)
        if match is None:
            break
        relative = match.group("relyear")
        if relative:
            # "By 2020, nine had met it, though that fell to six the following year": the
            # year after the last one named, not after the source's
            last_named = next((ref.year for ref in reversed(year_refs) if ref.year), None)
            year = (last_named + 1 if last_named else None) if relative.startswith(
                "following") else relative_year(relative, published_year)
            year_refs.append(TimeRef(match.start(), match.end(), year,
                                     time_role(text, match.start())))
            pos = match.end()
            continue
        figure, end = read_figure(text, match)
        if figure is not None:
            figures.append(figure)
            if figure.kind == "year":
                year_refs.append(TimeRef(figure.start, figure.end, int(figure.value),
                                         time_role(text, figure.start)))
        pos = max(end, match.end())
    year_refs.sort(key=lambda ref: ref.start)
    return figures, year_refs


def _merge_between(text: str, figures: list[ReadFigure]) -> list[ReadFigure]:
    """"between $1bn and $2bn": one range, like "between 2 and 3 percent"."""
    merged: list[ReadFigure] = []
    skip = False
    for index, figure in enumerate(figures):
        if skip:
            skip = False
            continue
        nxt = figures[index + 1] if index + 1 < len(figures) else None
        # "between 6 billion and 9 billion euros": the first number has no unit of its own
        unitless = nxt is not None and figure.bare and nxt.kind in ("amount", "share") \
            and figure.scale == nxt.scale
        if nxt is not None and figure.low is None and nxt.low is None and (unitless or (
                figure.unit == nxt.unit and figure.kind == nxt.kind)) and \
                figure.kind in vocabulary.CLAIM_KINDS and \
                P.AND_GAP.fullmatch(text, figure.end, nxt.start) and \
                P.BETWEEN_BEFORE.search(text, max(0, figure.start - 12), figure.start):
            figure = figure._replace(end=nxt.end, text=text[figure.start:nxt.end],
                             unit=nxt.unit, kind=nxt.kind, low=figure.value, high=nxt.value,
                             approximate=figure.approximate or nxt.approximate)
            skip = True
        merged.append(figure)
    return merged


def typed_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` (of :data:`COLUMNS`) with the column types of :func:`extract_figures`."""
    return frame.astype(COLUMN_TYPES)


def relative_year(phrase: str, published_year: int | None) -> int | None:
    """The year "this year", "last year", "next year", "a year earlier" refer to."""
    if published_year is None:
        return None
    if L.counts_a_year_forward(phrase):  # (first: "l'an prochain" starts as "l'an dernier" does)
        return published_year + 1
    if phrase.startswith(("last", "previous", *L.LAST_YEAR_STARTS)) or phrase.endswith(
            ("ago", "earlier", *L.LAST_YEAR_ENDS)):
        return published_year - 1
    return published_year


def _add_context(text: str, figures: list[ReadFigure], year_refs: list[TimeRef],
                 published_year: int | None = None
                 ) -> tuple[list[Figure], dict[int, SentenceCues]]:
    """Sentence, year and entity of every figure; and the cues of each sentence by index."""
    starts = sentence_starts(text)
    ref_positions = [ref.start for ref in year_refs]
    entities: dict[int, EntityCandidates] = {}
    cues: dict[int, SentenceCues] = {}
    last_exercise: str | None = None
    sentence_refs: list[TimeRef] = []
    clauses = None
    counted: Figure | None = None  # the sentence's last figure that "of them" can point back to
    current = -1  # the sentence whose strings below are cut (several figures share a sentence)
    sentence = stripped = previous = ""
    sent_start = sent_end = 0
    placed: list[Figure] = []
    for figure in figures:
        if not sent_start <= figure.start < sent_end or current < 0:
            index = bisect_right(starts, figure.start) - 1
        if index != current:
            current = index
            sent_start = starts[index]
            sent_end = starts[index + 1] if index + 1 < len(starts) else len(text)
            sentence = text[sent_start:sent_end]
            stripped = sentence.strip()
            previous = text[starts[index - 1]:sent_start] if index else ""
        if index not in cues:
            sentence_refs = year_refs[bisect_left(ref_positions, sent_start):
                                      bisect_left(ref_positions, sent_end)]
            clauses = clauses_of(text, sent_start, sent_end) if sentence_refs else None
            counted = None
            cues[index] = sentence_cues(sentence)
            named = cues[index].exercise_name
            if named:
                # "Trident Juncture in 2018 had 50,000" is that past exercise's figure, though a
                # later "the exercise" still means the one named before it
                if not (last_exercise
                        and _dated_before_publication(sentence_refs, published_year)):
                    last_exercise = named
            elif cues[index].exercise and last_exercise:
                # "The exercise ..." after the exercise was named earlier in the text.
                named = last_exercise
            entities[index] = entity_candidates(sentence, named)
        if figure.kind == "year":
            year = int(figure.value)
        else:
            antecedent = counted.year if counted is not None and P.OF_THEM.match(
                text, figure.end) else NO_ANTECEDENT
            if clauses is not None:
                year = year_for(figure.start, figure.end, sentence_refs, clauses, text,
                                antecedent)
            else:
                year = None if antecedent is NO_ANTECEDENT else antecedent
        entity = None if figure.kind in ("year", "date") else pick_entity(
            entities[index], figure.start - sent_start, figure.end - sent_start)
        placed.append(Figure(
            *figure, stripped, index, figure.start - sent_start, previous,
            _window(text, max(sent_start, figure.start - 60), min(sent_end, figure.end + 40)),
            year, entity))
        if figure.kind not in ("year", "date"):
            counted = placed[-1]
    return placed, cues


def _dated_before_publication(refs: list[TimeRef], published_year: int | None) -> bool:
    """Whether a sentence is dated only before the year of publication: an exercise it names
    ("Trident Juncture in 2018 involved 50,000") is a past one brought in for comparison, so a
    later "the ongoing exercises" still means the exercise named before it. The extractor knows
    no edition of NATO's exercises, only the date of the text; the brief, which knows them,
    reads an edition older than the text's main one (brief.past_editions) instead."""
    years = [ref.year for ref in refs if ref.year is not None]
    return bool(years) and published_year is not None and max(years) < published_year


def _window(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the cut words at either end ("said" must not read as "aid")."""
    if lo and text[lo - 1].isalnum():
        space = text.find(" ", lo, hi)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text) and text[hi].isalnum():
        space = text.rfind(" ", lo, hi)
        hi = space if space >= 0 else hi
    return text[lo:hi]
