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
``entity`` (vocabulary in :mod:`analysis.extract.context`).

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

Speed: one pass of one precompiled regex over the lower-cased text finds the number cores
(digits with an optional currency sign, number words, fractions, "this/last year"); anchored
regexes then read the few characters around each core (:mod:`analysis.extract.read`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from bisect import bisect_left, bisect_right
from pathlib import Path

import pandas as pd

from analysis import vocabulary
from analysis.errors import DataError
from analysis.extract import patterns as P
from analysis.extract.context import (
    MAX_SHARE_GDP,
    EntityCandidates,
    SentenceCues,
    classify_metric,
    entity_candidates,
    implicit_share_of_gdp,
    pick_entity,
    sentence_cues,
)
from analysis.extract.read import read_figure
from analysis.extract.years import NO_ANTECEDENT, TimeRef, clauses_of, time_role, year_for
from analysis.vocabulary import sentence_starts

COLUMNS = [
    "text", "start", "end", "value", "unit", "approximate", "kind", "sentence", "qualifier",
    "scale", "low", "high", "year", "metric", "entity",
]
UNITS = vocabulary.UNITS
KINDS = vocabulary.KINDS


def extract_figures(text: str, published: dt.date | None = None) -> pd.DataFrame:
    """Every figure in ``text`` as one row (see the module docstring for the columns)."""
    rows: list[dict] = []
    year_refs: list[TimeRef] = []
    published_year = published.year if published else None
    lowered = _lower_same_length(text)
    pos = 0
    while True:
        match = _next_core(lowered, pos)
        if match is None:
            break
        relative = match.group("relyear")
        if relative:
            year_refs.append(TimeRef(match.start(), match.end(),
                                     relative_year(relative, published_year),
                                     time_role(text, match.start())))
            pos = match.end()
            continue
        row, end = read_figure(text, match)
        if row is not None:
            rows.append(row)
            if row["kind"] == "year":
                year_refs.append(TimeRef(row["start"], row["end"], int(row["value"]),
                                         time_role(text, row["start"])))
        pos = max(end, match.end())
    if not rows:
        return _typed(pd.DataFrame({column: [] for column in COLUMNS}))
    year_refs.sort(key=lambda ref: ref.start)
    rows = _merge_between(text, rows)
    cues = _add_context(text, rows, year_refs)
    _propagate_units(text, rows)
    _propagate_gdp_backwards(text, rows)
    _propagate_gdp_to_next_sentence(text, rows)
    counting_allies = {row["_sentence"] for row in rows if row["unit"] == "allies"}
    gdp_context = False  # a share of GDP given earlier in the text
    for row in rows:
        near = row.pop("_near")
        if row["unit"] == "percent" and implicit_share_of_gdp(
                row["value"], cues[row["_sentence"]], text[max(0, row["start"] - 40):row["start"]],
                near, text[row["end"]:row["end"] + 24], gdp_context):
            row["unit"] = "percent_gdp"
        elif row["unit"] == "percent_gdp" and row["value"] > MAX_SHARE_GDP:
            # Too large for defence spending ("up from 48%" of respondents, "debt at 60% of GDP"),
            # the only share of GDP the labelling calls percent_gdp.
            row["unit"] = "percent"
        gdp_context = gdp_context or row["unit"] == "percent_gdp"
        row["metric"] = classify_metric(
            row["unit"], row["kind"], cues[row["_sentence"]], near, row["text"], row["value"],
            text[max(0, row["start"] - row["_offset"], row["start"] - 80):row["start"]],
            text[row["end"]:row["end"] + 80],
            row["_sentence"] in counting_allies,
            previous_sentence=row["_previous"])
    return _typed(pd.DataFrame.from_records(rows, columns=COLUMNS))


def _next_core(lowered: str, pos: int) -> re.Match | None:
    """``P.MASTER.search(lowered, pos)``, the same match, found faster with ``P.CORE_FINDER``.

    The finder matches at every digit or currency sign and at every non-word character that a
    number word follows, so the leftmost MASTER match is where the finder matches or one
    character after it. Only a number word right at ``pos`` escapes it (its boundary character
    lies before ``pos``) and is tried first.
    """
    master = P.MASTER.match
    if lowered[pos:pos + 1] in P.WORD_STARTS:
        match = master(lowered, pos)
        if match is not None:
            return match
    find = P.CORE_FINDER.search
    while True:
        found = find(lowered, pos)
        if found is None:
            return None
        candidate = found.start()
        match = master(lowered, candidate) or master(lowered, candidate + 1)
        if match is not None:
            return match
        pos = candidate + 1


def _merge_between(text: str, rows: list[dict]) -> list[dict]:
    """"between $1bn and $2bn": one range, like "between 2 and 3 percent"."""
    merged: list[dict] = []
    skip = False
    for index, row in enumerate(rows):
        if skip:
            skip = False
            continue
        nxt = rows[index + 1] if index + 1 < len(rows) else None
        # "between 6 billion and 9 billion euros": the first number has no unit of its own
        unitless = nxt is not None and row.get("_bare") and nxt["kind"] in ("amount", "share") \
            and row["scale"] == nxt["scale"]
        if nxt is not None and row["low"] is None and nxt["low"] is None and (unitless or (
                row["unit"] == nxt["unit"] and row["kind"] == nxt["kind"])) and \
                row["kind"] in ("amount", "share", "count") and \
                P.AND_GAP.fullmatch(text, row["end"], nxt["start"]) and \
                P.BETWEEN_BEFORE.search(text, max(0, row["start"] - 12), row["start"]):
            row = {**row, "end": nxt["end"], "text": text[row["start"]:nxt["end"]],
                   "unit": nxt["unit"], "kind": nxt["kind"],
                   "low": row["value"], "high": nxt["value"],
                   "approximate": row["approximate"] or nxt["approximate"]}
            skip = True
        merged.append(row)
    return merged


def _lower_same_length(text: str) -> str:
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters ("İ") lower-case to two; keep offsets aligned by leaving those alone.
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype({
        "start": "int64", "end": "int64", "value": "float64", "approximate": "bool",
        "low": "float64", "high": "float64", "year": "Int64",
    })


def relative_year(phrase: str, published_year: int | None) -> int | None:
    """The year "this year", "last year", "next year", "a year earlier" refer to."""
    if published_year is None:
        return None
    if phrase.startswith(("last", "previous")) or phrase.endswith(("ago", "earlier")):
        return published_year - 1
    if phrase.startswith(("next", "coming")):
        return published_year + 1
    return published_year


def _add_context(text: str, rows: list[dict], year_refs: list) -> dict[int, SentenceCues]:
    """Sentence, year and entity of every row; returns the cues of each sentence by index."""
    starts = sentence_starts(text)
    ref_positions = [ref.start for ref in year_refs]
    entities: dict[int, EntityCandidates] = {}
    cues: dict[int, SentenceCues] = {}
    last_exercise: str | None = None
    sentence_refs: list[TimeRef] = []
    clauses = None
    counted: dict | None = None  # the sentence's last figure that "of them" can point back to
    current = -1  # the sentence whose strings below are cut (several rows share a sentence)
    sentence = stripped = previous = ""
    sent_start = sent_end = 0
    for row in rows:
        if not sent_start <= row["start"] < sent_end or current < 0:
            index = bisect_right(starts, row["start"]) - 1
        if index != current:
            current = index
            sent_start = starts[index]
            sent_end = starts[index + 1] if index + 1 < len(starts) else len(text)
            sentence = text[sent_start:sent_end]
            stripped = sentence.strip()
            previous = text[starts[index - 1]:sent_start] if index else ""
        row["sentence"] = stripped
        row["_sentence"] = index
        row["_offset"] = row["start"] - sent_start
        row["_previous"] = previous
        row["_near"] = _window(text, max(sent_start, row["start"] - 60),
                               min(sent_end, row["end"] + 40))
        if index not in cues:
            sentence_refs = year_refs[bisect_left(ref_positions, sent_start):
                                      bisect_left(ref_positions, sent_end)]
            clauses = clauses_of(text, sent_start, sent_end) if sentence_refs else None
            counted = None
        if row["kind"] == "year":
            row["year"] = int(row["value"])
        else:
            antecedent = counted["year"] if counted is not None and P.OF_THEM.match(
                text, row["end"]) else NO_ANTECEDENT
            if clauses is not None:
                row["year"] = year_for(row["start"], row["end"], sentence_refs, clauses, text,
                                       antecedent)
            else:
                row["year"] = None if antecedent is NO_ANTECEDENT else antecedent
            if row["kind"] != "date":
                counted = row
        if index not in cues:
            cues[index] = sentence_cues(sentence)
            named = cues[index].exercise_name
            if named:
                last_exercise = named
            elif cues[index].exercise and last_exercise:
                # "The exercise ..." after the exercise was named earlier in the text.
                named = last_exercise
            entities[index] = entity_candidates(sentence, named)
        if row["kind"] in ("year", "date"):
            row["entity"] = None
        else:
            row["entity"] = pick_entity(entities[index], row["start"] - sent_start)
    return cues


def _window(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` without the cut words at either end ("said" must not read as "aid")."""
    if lo and text[lo - 1].isalnum():
        space = text.find(" ", lo, hi)
        lo = space + 1 if space >= 0 else lo
    if hi < len(text) and text[hi].isalnum():
        space = text.rfind(" ", lo, hi)
        hi = space if space >= 0 else hi
    return text[lo:hi]


def _propagate_units(text: str, rows: list[dict]) -> None:
    """Units that a sentence states once for several numbers.

    "23 of 32 allies", "from 2 to 3 percent": the first number takes the second's unit.
    "4.1% of GDP, up from 2.2%": the second share is of GDP too.
    "18 allies ... compared with three in 2014": the bare count counts allies too.
    """
    for index, row in enumerate(rows):
        nxt = rows[index + 1] if index + 1 < len(rows) else None
        gap_next = text[row["end"]:nxt["start"]] if nxt else ""
        if row.get("_bare"):
            lo = max(row["start"] - row["_offset"], row["start"] - 120)
            # str.find first: the regexes are needed only where " of " is near
            counted = P.NUMBER_OF.search(text, lo, row["start"]) if text.find(
                " of ", lo, row["start"]) >= 0 else None
            if counted:
                row["unit"] = counted.lastgroup  # "the number of personnel is 3.38 million"
                continue
            lo = max(0, row["start"] - 24)
            counted = P.BARE_OF.search(text, lo, row["start"]) if (
                text.find(" of ", lo, row["start"]) >= 0 or text.find(" to ", lo, row["start"]) >= 0
                or text.find(" at ", lo, row["start"]) >= 0) else None
            if counted:
                row["unit"] = counted.lastgroup  # "a population of 1.9 million"
                continue
            if row["value"] in P.NATO_SIZES and P.MEMBERSHIP_BEFORE.search(
                    text, max(0, row["start"] - 20), row["start"]) and P.NATO_NAMED.search(
                    text, max(0, row["start"] - 2000), row["start"]):
                row["unit"] = "allies"  # "taking membership to 26"
                continue
            if row["value"] <= 32 and P.ALLIES_VERB_AFTER.match(text, row["end"]) and (
                    P.ALLIES_WORD.search(row["sentence"])
                    or P.ALLIES_WORD.search(row["_previous"])):
                row["unit"] = "allies"  # "allies agreed ... Only three did so"
                continue
            if P.PEOPLE_AFTER.match(text, row["end"]):
                row["unit"] = "people"  # "leaving more than 1 million without power"
                continue
            if text[row["end"]:row["end"] + 1] in (":", "\n", "") and \
                    P.AGE_AT_BEFORE.search(text, max(0, row["start"] - 24), row["start"]):
                row["unit"], row["kind"] = "year", "other"  # "NATO at 75: ..."
                continue
            repeated = _repeated_count(text, rows, index)
            if repeated is not None:
                row["unit"] = repeated["unit"]  # "The three countries ... All three"
                continue
        if row.get("_bare") and not row["scale"] and nxt:
            if P.LINK_OF.match(gap_next) and nxt["kind"] == "count" and nxt["unit"] != "count":
                row["unit"] = nxt["unit"]
                continue
            if P.LINK_SAME_UNIT.match(gap_next) and nxt["kind"] == "count" and \
                    nxt["unit"] != "count" and nxt["sentence"] == row["sentence"]:
                row["unit"] = nxt["unit"]  # "from 12 to 32 members"
                continue
            if gap_next.strip() == "to" and nxt["kind"] == "other" and \
                    P.DURATION_TEXT.search(nxt["text"]):
                row["unit"], row["kind"] = nxt["unit"], "other"  # "from four to 11 months"
                continue
            if P.LINK_SAME_UNIT.match(gap_next) and nxt["kind"] in ("share", "amount") and \
                    nxt["sentence"] == row["sentence"]:
                row["unit"], row["kind"], row["scale"] = nxt["unit"], nxt["kind"], nxt["scale"]
                row["value"] *= _multiplier(nxt["scale"])
                continue
        if row["unit"] == "percent" and nxt and nxt["unit"] == "percent_gdp" and \
                P.LINK_SAME_UNIT.match(gap_next):
            row["unit"] = "percent_gdp"
        if index == 0:
            continue
        if row["unit"] not in ("percent", "count") or row["kind"] not in ("share", "count"):
            continue
        if row.get("_bare") and row["scale"]:
            amount = _previous_in_sentence(rows, index, "amount")
            if amount is not None and P.LINK_SAME_UNIT.match(
                    " " + text[amount["end"]:row["start"]].split(",")[-1].lstrip()):
                # "40 billion euros, up from 24.5 billion"
                row["unit"], row["kind"] = amount["unit"], "amount"
                continue
        previous = _previous_in_sentence(rows, index, row["kind"])
        if row.get("_bare") and previous is not None and previous["unit"] != "count" and (
                P.FURTHER_BEFORE.search(text, max(0, row["start"] - 16), row["start"]) or (
                P.OF_THE_BEFORE.search(text, max(0, previous["start"] - 12), previous["start"])
                and text.count(",", previous["end"], row["start"]) == 1
                and row["start"] - previous["end"] < 60)):
            row["unit"] = previous["unit"]  # "a further 3,000", "Of the 24 analysts ..., 19"
            continue
        if row.get("_bare") and previous is not None and P.OF_THEM.match(text, row["end"]) and \
                previous["unit"] not in ("count", "people"):
            row["unit"] = previous["unit"]  # "31 member countries ... 11 of them"
            continue
        if row.get("_bare") and row["value"] >= 100 and _sends_troops(text, row, previous):
            row["unit"] = "troops"  # "the United States will send around 20,000"
            continue
        if previous is None:
            continue
        gap = text[previous["end"]:row["start"]]
        clause = " " + gap.split(",")[-1].lstrip()
        if row.get("_bare") and previous["unit"] != "count" and P.LEVEL_OF.search(clause):
            row["unit"] = previous["unit"]  # "cutting 72,000 jobs ... to a level of 430,000"
            continue
        if not P.LINK_SAME_UNIT.match(clause):
            # "Poland at 4.12% of GDP, followed by Estonia at 3.43%": a list of the same share.
            if row["unit"] == "percent" and previous["unit"] == "percent_gdp" and \
                    "point" not in row["text"] and \
                    len(gap) <= 80 and not P.OTHER_SHARE_GAP.search(gap) and \
                    not P.OF_GDP.match(text, row["end"]) and \
                    not text.startswith(" of ", row["end"]):
                row["unit"] = "percent_gdp"
            continue
        if row["unit"] == "percent" and previous["unit"] == "percent_gdp":
            row["unit"] = "percent_gdp"
        elif row.get("_bare") and (previous["unit"] not in ("count", "people") or (
                previous["unit"] == "people" and P.LINK_CHANGE_TO.match(clause))):
            row["unit"] = previous["unit"]


def _propagate_gdp_backwards(text: str, rows: list[dict]) -> None:
    """"Poland (4.48%), Lithuania (4.00%) ... exceed the 3.5% benchmark": shares listed before a
    share of GDP in the same sentence are shares of GDP too."""
    for index in range(len(rows) - 2, -1, -1):
        row, nxt = rows[index], rows[index + 1]
        if row["unit"] != "percent" or "point" in row["text"] or nxt["unit"] != "percent_gdp" \
                or nxt["_sentence"] != row["_sentence"]:
            continue
        gap = text[row["end"]:nxt["start"]]
        if len(gap) <= 80 and not P.OTHER_SHARE_GAP.search(gap) and \
                not text.startswith(" of ", row["end"]):
            row["unit"] = "percent_gdp"


def _sends_troops(text: str, row: dict, previous: dict | None) -> bool:
    """A bare number that a country sends or deploys, in a sentence about forces."""
    if previous is not None and previous["unit"] not in ("count", "troops"):
        return False
    sentence_start = row["start"] - row["_offset"]
    return bool(P.SEND_BEFORE.search(text, max(0, row["start"] - 30), row["start"])) and bool(
        P.TROOP_WORDS.search(text, sentence_start, row["start"]))


def _propagate_gdp_to_next_sentence(text: str, rows: list[dict]) -> None:
    """"... roughly 3% of GDP. Poland tops the list at 4.1%, followed by Estonia (3.4%)": the
    next sentence ranks allies by the same share of GDP."""
    gdp_sentences = {row["_sentence"] for row in rows if row["unit"] == "percent_gdp"}
    for row in rows:
        if row["unit"] != "percent" or row["_sentence"] - 1 not in gdp_sentences or \
                row["_sentence"] in gdp_sentences:
            continue
        if not 0.5 <= row["value"] <= 10 or row["entity"] in (None, "NATO") or \
                "point" in row["text"] or text.startswith(" of ", row["end"]):
            continue
        if P.OTHER_SHARE_WORDS.search(row["_near"]):
            continue
        row["unit"] = "percent_gdp"


def _repeated_count(text: str, rows: list[dict], index: int) -> dict | None:
    """An earlier count of the same number that "All three" or "the three" repeats."""
    row = rows[index]
    if row["value"] > 100 or not P.DEFINITE_BEFORE.search(
            text, max(0, row["start"] - 8), row["start"]):
        return None
    for back in range(index - 1, max(-1, index - 6), -1):
        earlier = rows[back]
        if row["start"] - earlier["end"] > 300:
            return None
        if earlier["kind"] == "count" and earlier["value"] == row["value"] and \
                earlier["unit"] not in ("count", "other"):
            return earlier
    return None


def _previous_in_sentence(rows: list[dict], index: int, kind: str) -> dict | None:
    """The nearest earlier figure of the same sentence and kind."""
    sentence = rows[index]["_sentence"]
    for back in range(index - 1, max(-1, index - 6), -1):
        candidate = rows[back]
        if candidate["_sentence"] != sentence:
            return None
        if candidate["kind"] == kind:
            return candidate
    return None


def _multiplier(scale: str | None) -> float:
    return {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}.get(scale, 1.0)


# --- command line -------------------------------------------------------------------------

CLI_COLUMNS = ["source", "start", "end", "text", "value", "unit", "kind", "approximate",
               "qualifier", "year", "metric", "entity"]


def figures_of_file(path: str) -> pd.DataFrame:
    """Figures of one document; metadata is used when present (published date, id)."""
    from analysis.data.sources import load_source

    source = load_source(Path(path), require_meta=False)
    frame = extract_figures(source.text, source.published)
    frame.insert(0, "source", source.id)
    return frame


def run_cli(paths: list[str], fmt: str = "table", out: str | None = None) -> int:
    """``nato-report extract PATH... [--format table|csv|json] [--out FILE]``."""
    frames = [figures_of_file(path) for path in paths]
    frame = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=COLUMNS)
    rendered = render(frame, fmt)
    if out:
        try:
            Path(out).write_text(rendered, encoding="utf-8")
        except OSError as error:
            raise DataError(f"{out}: cannot write the figures ({error.strerror})") from None
        print(f"{len(frame)} figures from {len(paths)} file(s) written to {out}", file=sys.stderr)
    else:
        sys.stdout.write(rendered)
    return 0


def render(frame: pd.DataFrame, fmt: str) -> str:
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        records = json.loads(frame.to_json(orient="records", force_ascii=False))
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "table":
        if frame.empty:
            return "no figures found\n"
        shown = frame[[c for c in CLI_COLUMNS if c in frame.columns]].astype(object)
        shown["value"] = [
            _format_value(value, kind) for value, kind in zip(frame["value"], frame["kind"],
                                                               strict=True)
        ]
        shown = shown.where(frame[shown.columns].notna(), "")
        return shown.to_string(index=False) + "\n"
    raise ValueError(f"unknown format {fmt!r}")


def _format_value(value: float, kind: str) -> str:
    if kind in ("year", "date"):
        return str(int(value))
    if abs(value) < 1e15 and value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")
