"""Figures extracted from text, with provenance (character offsets into the text).

``extract_figures(text, published)`` returns one row per figure. The columns ``text, start, end,
value, unit, approximate, kind`` follow ``LABELLING.md`` (the project's labelling guide):

- ``unit``: USD, EUR, GBP, percent, percent_gdp, troops, allies, countries, people, year, count,
  other;
- ``kind``: amount, share, count, year, date, other;
- ``value``: scale words applied ("ten billion dollars" -> 1e10, "two percent" -> 2.0,
  "half" -> 0.5); for a range ("2-3%", "four to five years") the low end, with ``low``/``high``.

Extra columns: ``sentence``, ``qualifier`` (the hedge, e.g. "about", "more than"), ``scale``
("thousand", "billion", "fraction", ...), ``low``/``high``, ``year`` (the year the figure refers
to), ``metric`` and ``entity`` (see :mod:`analysis.extract_context`).

The text is read in one pass of one precompiled regex that finds number cores (digits with an
optional currency sign, number words, fractions); the few characters around each core are then
read with anchored regexes (hedge before; range, scale, unit, counted noun after).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

import pandas as pd

from analysis.extract_context import classify_metric, find_entity
from analysis.extract_numbers import (
    WORD_DURATION,
    WORD_FRACTION,
    WORD_NUMBER,
    parse_word_fraction,
    parse_word_number,
    word_number_is_valid_prefix,
)

COLUMNS = [
    "text", "start", "end", "value", "unit", "approximate", "kind", "sentence", "qualifier",
    "scale", "low", "high", "year", "metric", "entity",
]
UNITS = ("USD", "EUR", "GBP", "percent", "percent_gdp", "troops", "allies", "countries",
         "people", "year", "count", "other")
KINDS = ("amount", "share", "count", "year", "date", "other")

_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]\d)|\d+)"
    r"(?:\.\d+)?"
)
_CURRENCY_SIGN = r"US\$|U\.S\.\s?\$|(?:C|CA|A|AU|NZ)\$|\$|€|£|\b(?:USD|EUR|GBP)\s?"
_MASTER = re.compile(
    rf"(?P<relyear>\b(?i:this|last|next|previous|coming)\s+year\b(?!\s*(?:'s|’s))"
    rf"|\b(?i:a)\s+year\s+(?:ago|earlier)\b)"
    rf"|(?P<cur>{_CURRENCY_SIGN})?(?<![\d.,])(?P<dig>{_DIGITS})"
    rf"|(?<![\w-])(?i:(?P<frac>{WORD_FRACTION})|(?P<dur>{WORD_DURATION})|(?P<words>{WORD_NUMBER}))"
    r"(?:(?![a-z])|(?=fold\b))"
)

_HEDGES = (
    r"just\s+over|just\s+under|well\s+over|well\s+above|more\s+than|less\s+than|fewer\s+than|"
    r"at\s+least|at\s+most|up\s+to|as\s+many\s+as|as\s+much\s+as|as\s+few\s+as|upwards\s+of|"
    r"close\s+to|nearly|in\s+excess\s+of|an\s+estimated|estimated|approximately|approx\.|about|"
    r"around|roughly|some|over|under|above|below|almost|circa|nearly|just"
)
_BEFORE = re.compile(
    rf"(?:(?<![\w])(?P<hedge>(?i:{_HEDGES}))\s+|(?P<tilde>~)\s*)?"
    r"(?:(?<![\w])(?P<between>(?i:between))\s+|(?<![\w])(?P<from>(?i:from))\s+)?$"
)
_MONTHS = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\s+$")
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})(?![a-z])")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_DECADE = re.compile(r"'?s\b")
_CALIBRE = re.compile(r"(?:-|\s)?(?:mm|millimet(?:re|er))s?\b")
_SCALE_AFTER = re.compile(
    r"(?:\s+|-)(?P<word>thousand|million|billion|trillion)\b"
    r"|\s?(?P<abbr>bn|mn|tn|trn|mln|bln)\b|(?P<short>[bmkBMKT])\b"
)
_SCALE_VALUE = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "bln": 1e9,
    "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "b": 1e9, "m": 1e6, "k": 1e3, "t": 1e12,
}
_SCALE_NAME = {1e3: "thousand", 1e6: "million", 1e9: "billion", 1e12: "trillion"}
_RANGE = re.compile(
    rf"(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+and\s+)(?P<cur2>{_CURRENCY_SIGN})?"
    rf"(?:(?P<dig2>{_DIGITS})(?![\d])|(?<![\w-])(?i:(?P<words2>{WORD_NUMBER}))(?![a-z]))"
)
_PERCENT = re.compile(
    r"\s*%|(?:\s+|-)?(?i:per\s?cent|percent|pct)\b|\s+percentage\s+points?\b"
)
_OF_GDP = re.compile(
    r"\s+of\s+(?:[\w'’.-]+\s+){0,3}?(?:GDP|gross\s+domestic\s+product)\b|\s+GDP\b"
)
_TARGET_AFTER = re.compile(
    r"(?:\s+|-)(?:(?:NATO|defen[cs]e|spending|military|core|GDP|alliance(?:'s|’s)?|guideline)"
    r"\s+){0,3}(?i:target|goal|guideline|benchmark|threshold|commitment|pledge|mark|minimum|"
    r"floor|requirement|bar)s?\b"
)
_CURRENCY_AFTER = re.compile(
    r"\s+(?P<usd>(?:(?:US|U\.S\.|American)\s+)?dollars?)\b"
    r"|\s+(?P<odollar>(?:Canadian|Australian|New\s+Zealand|Hong\s+Kong|Singapore)\s+dollars?)\b"
    r"|\s+(?P<eur>euros?)\b"
    r"|\s+(?P<gbp>(?:British\s+)?pounds?(?:\s+sterling)?|sterling)\b"
    r"|\s*(?P<code>USD|EUR|GBP)\b"
    r"|\s+(?P<other>zlotys?|zloty|kroner|kronor|krone|yen|yuan|roubles?|rubles?|hryvnias?|"
    r"lira|francs|won|rupees)\b"
    r"|\s*(?P<ocode>PLN|NOK|SEK|DKK|CAD|CHF|JPY|CNY|RUB|UAH|TRY|AUD)\b"
)
_CODES = {"USD": "USD", "EUR": "EUR", "GBP": "GBP"}
_SIGNS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP"}

# Counted nouns, grouped by the unit they give. "countries"/"states"/"nations"/"members" are
# allies or countries depending on context (see _allies_or_countries).
_NOUN_UNITS = (
    ("allies", r"allies|ally|member\s+states|member\s+countries|member\s+nations|members"),
    ("nations", r"countries|country|states|nations"),
    ("troops", r"troops|soldiers|forces|personnel|service\s?members|servicemen|servicewomen|"
               r"sailors|airmen|marines|paratroopers|reservists|conscripts|participants|"
               r"military\s+personnel"),
    ("people", r"people|civilians|persons|residents|citizens|refugees|workers|employees|"
               r"inhabitants|casualties"),
    ("count", r"ships|vessels|warships|submarines|frigates|destroyers|aircraft|planes|jets|"
              r"fighter\s+jets|helicopters|drones|tanks|vehicles|missiles|rounds|shells|"
              r"howitzers|launchers|guns|brigades|battalions|battlegroups|battle\s+groups|"
              r"divisions|sorties|contracts|bases|units|systems"),
    ("duration_year", r"years?|decades?"),
    ("duration", r"months?|weeks?|days?|hours?|minutes?"),
)
_STOP = (
    r"of|the|and|or|to|in|on|at|by|for|from|with|a|an|its|their|his|her|our|this|that|these|"
    r"those|per|than|as|was|were|is|are|be|been|have|has|had|will|would|could|should|may|might|"
    r"which|who|when|while|if|but|so|it|they|we|he|she|across|into|over|under|since|until|after|"
    r"before|during|more|less|each|all|only|just|about|around|out|percent|per\s+cent|year|years|"
    r"ago|later|earlier|times|thousand|million|billion|trillion"
)
_NOUN_AFTER = re.compile(
    rf"(?P<mods>(?:\s+(?!(?:{_STOP})\b)[A-Za-z][\w.'’]*(?:-[A-Za-z]+)?){{0,2}}?)[\s-]+"
    r"(?:" + "|".join(f"(?P<{unit}>{alt})" for unit, alt in _NOUN_UNITS) + r")(?![\w-])"
)
_HYPHEN_AFTER = re.compile(
    r"-(?:(?P<strong>strong)|(?P<member>member|nation|country)|(?P<fold>fold)|"
    r"(?P<plus>plus)|(?P<word>[a-z]+(?:-[a-z]+)*))\b"
)
_FOLD = re.compile(r"-?fold\b")
_POST_HEDGE = re.compile(r"\+|\s+or\s+(?:more|so)\b")
_YEAR_RANGE_SUFFIX = re.compile(r"[-–/](?:\d\d)(?!\d)")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Z][\w’'.]*)\s+$")
_LETTER_BEFORE = re.compile(r"[A-Za-z]{1,6}-?$")
_SENTENCE_END = re.compile(r"[.!?]+[\"”’)\]]*(?=\s)|\n")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen lt col maj sgt adm capt cmdr st no nos vs etc inc corp ltd co jan feb mar "
    "apr jun jul aug sep sept oct nov dec approx e.g i.e fig u.s u.k u.n e.u".split()
)
# Capitalised words that may stand before a number without making it part of a name.
_NOT_NAMES = frozenset(
    "In On At By For From To Of Over Under About Around Nearly Roughly Some Almost Since Until "
    "Between And But With Than Only Just All The A An Its Their This That These Those Last Next "
    "Today Yesterday Now Then Also Here There When While After Before During Another Each Every "
    "Up Down Fewer More Less Most Least Approximately Estimated Still Some Of Total Around Nearly "
    "Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept "
    "September Oct October Nov November Dec December Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday US U.S. UK EU Europe NATO".split()
)
_NON_APPROX_OVER = frozenset({"over"})
_SENTENCE_OPENERS = frozenset('.!?"“(\n')


@dataclass(frozen=True)
class _Core:
    """A number found by the master regex, before its surroundings are read."""

    start: int
    end: int
    value: float
    source: str  # 'digits', 'words', 'fraction', 'duration'
    currency: str | None
    is_year_like: bool


def extract_figures(text: str, published: dt.date | None = None) -> pd.DataFrame:
    """Every figure in ``text`` as one row (see the module docstring for the columns)."""
    rows: list[dict] = []
    year_refs: list[tuple[int, int | None, bool]] = []  # (position, year, is_baseline)
    pos = 0
    search = _MASTER.search
    published_year = published.year if published else None
    while True:
        match = search(text, pos)
        if match is None:
            break
        if match.group("relyear"):
            year_refs.append((match.start(), _relative_year(match.group(), published_year), False))
            pos = match.end()
            continue
        row, end = _read_figure(text, match)
        if row is not None:
            rows.append(row)
            if row["kind"] == "year":
                year_refs.append((row["start"], int(row["value"]), _is_baseline(text, row)))
        pos = max(end, match.end())
    _propagate_units(text, rows)
    if not rows:
        return _empty_frame()
    _add_context(text, rows, year_refs)
    frame = pd.DataFrame.from_records(rows, columns=COLUMNS)
    return _typed(frame)


def _empty_frame() -> pd.DataFrame:
    return _typed(pd.DataFrame({column: [] for column in COLUMNS}))


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.astype(
        {
            "start": "int64", "end": "int64", "value": "float64", "approximate": "bool",
            "low": "float64", "high": "float64", "year": "Int64",
        }
    )


def _relative_year(phrase: str, published_year: int | None) -> int | None:
    if published_year is None:
        return None
    lowered = phrase.lower()
    if lowered.startswith(("last", "previous")) or "ago" in lowered or "earlier" in lowered:
        return published_year - 1
    if lowered.startswith(("next", "coming")):
        return published_year + 1
    return published_year


def _is_baseline(text: str, row: dict) -> bool:
    """A year after "since"/"from"/"compared with" is a baseline, not the figures' own year."""
    before = text[max(0, row["start"] - 20):row["start"]].lower()
    return bool(re.search(r"\b(?:since|from|than|with|to|versus|vs\.?)\s+(?:in\s+)?$", before))


def _core(match: re.Match) -> _Core | None:
    digits = match.group("dig")
    if digits is not None:
        cleaned = re.sub(r"[,\s\u00a0\u202f\u2009]", "", digits)
        currency = match.group("cur")
        is_year_like = (
            len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20") and not currency
        )
        return _Core(match.start(), match.end(), float(cleaned), "digits",
                     currency.strip() if currency else None, is_year_like)
    if match.group("frac") is not None:
        return _Core(match.start(), match.end(), parse_word_fraction(match.group("frac")),
                     "fraction", None, False)
    if match.group("dur") is not None:
        value = 100.0 if "century" in match.group("dur").lower() else 10.0
        return _Core(match.start(), match.end(), value, "duration", None, False)
    words = match.group("words")
    cut = word_number_is_valid_prefix(words)
    words = words[:cut].rstrip(" -")
    if words.lower().endswith(" and"):
        words = words[:-4]
    start = match.start("words")
    return _Core(start, start + len(words), parse_word_number(words), "words", None, False)


def _read_figure(text: str, match: re.Match) -> tuple[dict | None, int]:
    core = _core(match)
    if core is None:
        return None, match.end()
    start, end, value = core.start, core.end, core.value
    before = _BEFORE.search(text, max(0, start - 40), start)
    hedge = before.group("hedge") or ("~" if before.group("tilde") else None)
    span_start = before.start() if hedge else start
    unit: str | None = None
    kind: str | None = None
    scale: str | None = None
    low = high = None
    qualifier = hedge.lower() if hedge else None
    approximate = bool(hedge)

    if core.source == "fraction":
        return _row(text, span_start, end, value, "other", "share", approximate, qualifier,
                    "fraction", None, None), end
    if core.source == "duration":
        return _row(text, span_start, end, value, "year", "other", approximate, qualifier,
                    None, None, None), end

    if core.source == "digits":
        special = _digit_special(text, core, span_start, approximate, qualifier)
        if special is not None:
            return special
        negative = start >= 1 and text[start - 1] in "-−" and (
            start == 1 or text[start - 2] in " (\n\t")
        if negative and not core.currency:
            value = -value
            span_start = start - 1 if not hedge else span_start
    else:
        if text[start].isupper() and not _at_sentence_start(text, start):
            # "Article Five", "Group of Seven": a number word inside a name.
            return _row(text, span_start, end, value, "other", "other", approximate, qualifier,
                        None, None, None), end

    # A range: "2-3%", "between 2 and 3 percent", "four to five years".
    range_match = _RANGE.match(text, end)
    if range_match and _accept_range(core, range_match, before):
        second = range_match.group("dig2") or range_match.group("words2")
        if range_match.group("dig2"):
            second_value = float(re.sub(r"[,\s]", "", second))
        else:
            second_value = parse_word_number(second)
        low, high = value, second_value
        end = range_match.end()
        if core.currency is None and range_match.group("cur2"):
            core = _Core(core.start, core.end, core.value, core.source,
                         range_match.group("cur2").strip(), False)

    multiplier = 1.0
    scale_match = _SCALE_AFTER.match(text, end) if core.source == "digits" else None
    if scale_match and (scale_match.group("short") is None or core.currency or
                        _CURRENCY_AFTER.match(text, scale_match.end())):
        word = (scale_match.group("word") or scale_match.group("abbr")
                or scale_match.group("short")).lower()
        multiplier = _SCALE_VALUE[word]
        scale = _SCALE_NAME[multiplier]
        end = scale_match.end()
    elif core.source == "words":
        scale = _word_scale(text[start:end])

    currency = _SIGNS.get(core.currency or "", None)
    if core.currency and currency is None:
        currency = _CODES.get(core.currency.replace(" ", ""), "other")
    percent = _PERCENT.match(text, end) if currency is None else None
    currency_after = _CURRENCY_AFTER.match(text, end) if currency is None and not percent else None
    if currency_after:
        end = currency_after.end()
        currency = _currency_of(currency_after)

    if percent:
        end = percent.end()
        kind, unit = "share", "percent"
        if _OF_GDP.match(text, end) or _TARGET_AFTER.match(text, end):
            unit = "percent_gdp"
    elif currency:
        kind, unit = "amount", currency
    elif core.is_year_like and multiplier == 1.0 and low is None:
        noun = _NOUN_AFTER.match(text, end)
        if not (hedge and noun):
            fiscal = _YEAR_RANGE_SUFFIX.match(text, end)
            if fiscal:
                end = fiscal.end()
            if _is_name_context(text, start):
                return _row(text, start, end, value, "other", "other", False, None, None,
                            None, None), end
            return _row(text, start, end, value, "year", "year", False, None, None,
                        None, None), end
    if kind is None:
        if core.source == "digits" and multiplier == 1.0 and not approximate and \
                _is_name_context(text, start) and not _NOUN_AFTER.match(text, end):
            return _row(text, start, end, value, "other", "other", False, None, None,
                        None, None), end
        month_before = _MONTH_BEFORE.search(text, max(0, start - 12), start)
        month_after = _MONTH_AFTER.match(text, end)
        if core.source == "digits" and value <= 31 and value == int(value) and low is None and \
                (month_before or month_after):
            date_start = month_before.start() if month_before else start
            date_end = month_after.end() if month_after else end
            return _row(text, date_start, date_end, value, "other", "date", False, None, None,
                        None, None), date_end
        fold = _FOLD.match(text, end)
        hyphen = _HYPHEN_AFTER.match(text, end)
        if fold:
            end = fold.end()
            kind, unit = "other", "other"
        elif hyphen and not hyphen.group("plus"):
            end = hyphen.end()
            if hyphen.group("strong"):
                kind, unit = "count", "troops"
            elif hyphen.group("member"):
                kind, unit = "count", _allies_or_countries(text, start, end, "nations")
            else:
                word = hyphen.group("word") or ""
                kind = "other"
                unit = "year" if word.startswith(("year", "decade")) else "other"
        else:
            if hyphen and hyphen.group("plus"):
                end = hyphen.end()
                approximate, qualifier = True, qualifier or "plus"
            noun = _NOUN_AFTER.match(text, end)
            if noun:
                group = noun.lastgroup
                if group in ("duration_year", "duration"):
                    kind = "other"
                    unit = "year" if group == "duration_year" else "other"
                    if qualifier in _NON_APPROX_OVER:
                        # "over 10 years" means across ten years, not more than ten.
                        approximate, qualifier, span_start = False, None, start
                else:
                    kind = "count"
                    unit = group
                    if group in ("allies", "nations"):
                        unit = _allies_or_countries(text, start, noun.end(), group)
                end = noun.end()
            else:
                if core.source == "words" and value in (0.0, 1.0):
                    # "one of", "no one", "one another": a pronoun, not a figure.
                    return None, end
                kind, unit = "count", "count"
    post = _POST_HEDGE.match(text, end)
    if post:
        end = post.end()
        approximate, qualifier = True, qualifier or post.group().strip()
    if low is not None:
        low, high = low * multiplier, high * multiplier
    return _row(text, span_start, end, value * multiplier, unit, kind, approximate, qualifier,
                scale, low, high), end


def _digit_special(text: str, core: _Core, span_start: int, approximate: bool,
                   qualifier: str | None) -> tuple[dict, int] | None:
    """Digits glued to letters: names ("E-7A", "F-35"), ordinals ("75th"), calibres ("155-mm"),
    decades ("1990s"), multipliers ("6-fold")."""
    start, end, value = core.start, core.end, core.value
    if core.currency is None and _LETTER_BEFORE.search(text, max(0, start - 7), start):
        prefix = _LETTER_BEFORE.search(text, max(0, start - 7), start).group()
        if prefix.endswith("-") is False or any(c.isupper() for c in prefix):
            stop = _token_end(text, end)
            return _row(text, start - len(prefix), stop, value, "other", "other", False, None,
                        None, None, None), stop
    if end < len(text) and text[end].isalpha():
        ordinal = _ORDINAL.match(text, end)
        if ordinal:
            month_after = _MONTH_AFTER.match(text, end)
            if month_after and value <= 31:
                return _row(text, start, month_after.end(), value, "other", "date", False, None,
                            None, None, None), month_after.end()
            return _row(text, start, ordinal.end(), value, "other", "other", False, None, None,
                        None, None), ordinal.end()
        if core.is_year_like and _DECADE.match(text, end):
            return None, _DECADE.match(text, end).end()  # "the 1990s": a period, not a figure
        calibre = _CALIBRE.match(text, end)
        if calibre:
            return _row(text, start, calibre.end(), value, "other", "other", False, None, None,
                        None, None), calibre.end()
        if _FOLD.match(text, end):
            stop = _FOLD.match(text, end).end()
            return _row(text, span_start, stop, value, "other", "other", approximate, qualifier,
                        None, None, None), stop
        if _SCALE_AFTER.match(text, end) or _PERCENT.match(text, end):
            return None
        stop = _token_end(text, end)
        return _row(text, start, stop, value, "other", "other", False, None, None, None,
                    None), stop
    calibre = _CALIBRE.match(text, end)
    if calibre:
        return _row(text, start, calibre.end(), value, "other", "other", False, None, None,
                    None, None), calibre.end()
    return None


def _token_end(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isalnum() or text[pos] == "-" and pos + 1 < len(text)
                               and text[pos + 1].isalnum()):
        pos += 1
    return pos


def _accept_range(core: _Core, match: re.Match, before: re.Match) -> bool:
    sep = match.group("sep").strip()
    if sep == "and":
        return bool(before.group("between"))
    if sep == "to" and before.group("from"):
        return False
    if match.group("dig2"):
        if core.source != "digits":
            return False
        second = match.group("dig2")
        if core.is_year_like or (len(second) == 4 and second[:2] in ("19", "20")):
            return False
        return True
    return core.source == "words"


def _word_scale(phrase: str) -> str | None:
    lowered = phrase.lower()
    for name in ("trillion", "billion", "million", "thousand"):
        if name in lowered:
            return name
    return None


def _currency_of(match: re.Match) -> str:
    if match.group("usd"):
        return "USD"
    if match.group("eur"):
        return "EUR"
    if match.group("gbp"):
        return "GBP"
    if match.group("code"):
        return match.group("code")
    return "other"


def _at_sentence_start(text: str, pos: int) -> bool:
    index = pos - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] in _SENTENCE_OPENERS or text[index] in "'‘:—-"


def _is_name_context(text: str, start: int) -> bool:
    """A number right after a capitalised word that is not an opener is part of a name
    ("Steadfast Defender 2024", "Trident Juncture 18", "Article 5")."""
    match = _CAPITALISED_WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return False
    word = match.group(1)
    if word in _NOT_NAMES or word.rstrip(".") in _NOT_NAMES:
        return False
    if word.endswith(("'s", "’s")):
        return False
    return not _at_sentence_start(text, match.start(1))


_EU_CONTEXT = re.compile(r"\b(?:EU|European\s+Union)\b")
_NATO_CONTEXT = re.compile(
    r"\b(?:NATO|[Aa]llies|[Aa]llied|[Aa]lliance|guideline|target|GDP|[Mm]ember)\b")


def _allies_or_countries(text: str, start: int, end: int, group: str) -> str:
    """NATO members are ``allies`` whatever the noun; other sets of countries are ``countries``."""
    window = text[max(0, start - 120):min(len(text), end + 80)]
    if group == "allies":
        return "countries" if _EU_CONTEXT.search(window) and "NATO" not in window else "allies"
    noun_phrase = text[start:end]
    if re.search(r"\b(?:NATO|member|allied|Allied)\b", noun_phrase):
        return "allies"
    if re.search(r"\bpartner", noun_phrase):
        return "countries"
    if _EU_CONTEXT.search(window) or not _NATO_CONTEXT.search(window):
        return "countries"
    if re.search(r"\b(?:of\s+(?:the\s+)?(?:29|30|31|32)|out\s+of)\b", window) or re.search(
            r"\b(?:guideline|target|GDP|benchmark)\b", window):
        return "allies"
    return "countries"


def _row(text: str, start: int, end: int, value: float, unit: str, kind: str,
         approximate: bool, qualifier: str | None, scale: str | None,
         low: float | None, high: float | None) -> dict:
    return {
        "text": text[start:end], "start": start, "end": end, "value": float(value),
        "unit": unit, "approximate": approximate, "kind": kind, "qualifier": qualifier,
        "scale": scale, "low": low, "high": high,
    }


_LINK = re.compile(r"^\s+(?:(?:out\s+)?of(?:\s+(?:the|its|all|their))?|to|and)\s+$")


def _propagate_units(text: str, rows: list[dict]) -> None:
    """"from 2 to 3 percent", "23 of 32 allies": the first number takes the second's unit."""
    for first, second in zip(rows, rows[1:], strict=False):
        if first["kind"] != "count" or first["unit"] != "count" or first["scale"]:
            continue
        gap = text[first["end"]:second["start"]]
        if not _LINK.match(gap) or second["kind"] not in ("count", "share", "amount"):
            continue
        if second["kind"] == "count" and second["unit"] == "count":
            continue
        if "of" in gap and second["kind"] != "count":
            continue
        first["unit"], first["kind"] = second["unit"], second["kind"]
        if second["scale"] and second["kind"] == "amount":
            multiplier = {v: k for k, v in _SCALE_NAME.items()}[second["scale"]]
            first["value"] *= multiplier
            first["scale"] = second["scale"]


def _sentence_starts(text: str) -> list[int]:
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        if match.group() != "\n" and match.group()[0] == ".":
            word_start = text.rfind(" ", max(0, match.start() - 12), match.start()) + 1
            word = text[word_start:match.start()].lower().lstrip("(\"“")
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
        starts.append(match.end())
    return starts


def _add_context(text: str, rows: list[dict], year_refs: list) -> None:
    starts = _sentence_starts(text)
    ref_positions = [ref[0] for ref in year_refs]
    entity_cache: dict[int, str | None] = {}
    for row in rows:
        index = bisect_right(starts, row["start"]) - 1
        sent_start = starts[index]
        sent_end = starts[index + 1] if index + 1 < len(starts) else len(text)
        sentence = text[sent_start:sent_end]
        row["sentence"] = sentence.strip()
        row["year"] = (int(row["value"]) if row["kind"] == "year"
                       else _year_for(row, year_refs, ref_positions, sent_start, sent_end))
        if index not in entity_cache:
            entity_cache[index] = find_entity(sentence)
        near = text[max(sent_start, row["start"] - 60):min(sent_end, row["end"] + 40)]
        row["metric"] = classify_metric(row["unit"], row["kind"], sentence, near)
        row["entity"] = entity_cache[index] if row["kind"] not in ("year", "date") else None


def _year_for(row: dict, refs: list, positions: list[int], lo: int, hi: int) -> int | None:
    best: tuple[int, int] | None = None
    first = bisect_right(positions, lo - 1)
    for position, year, baseline in refs[first:]:
        if position >= hi:
            break
        if year is None or position == row["start"]:
            continue
        distance = abs(position - row["start"]) + (10_000 if baseline else 0)
        if best is None or distance < best[0]:
            best = (distance, year)
    return best[1] if best else None
