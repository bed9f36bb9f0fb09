"""The second figure of a "from X to Y" pair: the year the pair is compared with owns X, never Y
(used by :func:`analysis.brief.figure_year.figure_year`).

"Poland has nearly doubled its share compared with 2021, from 2.2% to 4.3%", "von 2,2 % im Jahr
2021 auf 4,3 %", "salīdzinājumā ar 2021.gadu - no 2,2% līdz 4,3%": 2021 is the year of 2.2%,
the start of the change; 4.3% is of a later year the sentence does not name. A start said to be
today's level ("from its current 2.3% to 2.5% in 2027") has no year of the sentence
(:func:`starts_from_the_present`).
"""

from __future__ import annotations

import re

from analysis.brief.hedge_words import ROUND_HEDGES, SMALL_NUMBER_WORDS, optional_hedge

# The words of a "from X to Y" pair, one row per language (from, to, example); regex
# alternatives, case-insensitive, read as whole words.
FROM_TO_WORDS = (
    ("from", "to", "rose from 2.2% of GDP in 2021 to 4.3%"),
    ("no", "līdz|lidz", "salīdzinājumā ar 2021.gadu - no 2,2% līdz 4,3%"),
    ("von", "auf|zu", "stieg von 2,2 % im Jahr 2021 auf 4,3 %"),
    ("de|du", "à|a", "passé de 2,2 % en 2021 à 4,3 %"),
    ("da|dal|dall['’]|del", "a|al|all['’]", "passata dal 2,2% del 2021 al 4,3%"),
    ("de", "para", "passou de 2,2% em 2021 para 4,3%"),
    ("z|ze|od", "do|na", "wzrosły z 2,2% w 2021 r. do 4,3%"),
    ("de\\s+la", "la", "au crescut de la 2,2% în 2021 la 4,3%"),
    ("van", "naar|tot", "steeg van 2,2% in 2021 naar 4,3%"),
    ("fra", "til", "økte fra 2,2 prosent i 2021 til 4,3 prosent"),
)
# A figure's number right after a pair's word, never a year ("dato del 2024, pari al 2%").
NUMBER = r"(?:[$€£]\s?)?(?!(?:19|20)\d\d\b(?!\s*%|[.,]\d))\d"
# The pair's first figure and its words, ending right before the second figure (a hedge between).
PAIR_BEFORE = re.compile("|".join(
    rf"(?<![\w])(?:{start})\s+(?P<x{i}>{NUMBER}[^;:()]{{0,70}}?)\s+(?:{end})\s+"
    r"(?:[^\s\d]+\s+){0,2}?$" for i, (start, end, _) in enumerate(FROM_TO_WORDS)), re.I)
# The year a change is counted from, named before the pair: "compared with 2021", "since 2021".
COMPARED_WITH = re.compile(
    r"(?<![\w])(?:compared\s+(?:with|to)|since|than\s+in|salīdzinājumā\s+ar|salidzinajuma\s+ar|"
    r"im\s+Vergleich\s+zu|gegenüber|seit|par\s+rapport\s+à|depuis|rispetto\s+al|dal|"
    r"en\s+comparación\s+con|respecto\s+a|desde|em\s+comparação\s+com|w\s+porównaniu\s+z|"
    r"față\s+de|fata\s+de|comparativ\s+cu|vergeleken\s+met|ten\s+opzichte\s+van|sinds|"
    r"sammenlignet\s+med|siden|oproti)\s+(?:\w+\s+){0,2}?((?:19|20)\d\d)", re.I)


def year_of_the_pairs_start(year: int, sentence: str, at: int) -> bool:
    """True when the figure at ``at`` is the Y of a "from X to Y" pair and ``year`` is the
    pair's start: named with X ("from 2.2% in 2021 to") or as the year compared with before the
    pair ("compared with 2021, from 2.2% to")."""
    if at < 0:
        return False
    before = sentence[max(0, at - 160):at]
    found = PAIR_BEFORE.search(before)
    if not found:
        return False
    start = next(value for name, value in found.groupdict().items() if value is not None)
    if str(year) in start:
        return True
    return any(int(m.group(1)) == year for m in COMPARED_WITH.finditer(before[:found.start()]))


# The pair's start word right before the first figure ("from ", "von ", "no ").
START_WORD_BEFORE = re.compile("(?:" + "|".join(
    rf"(?<![\w])(?:{start})\s+(?:[^\s\d]+\s+)?" for start, _, _ in FROM_TO_WORDS) + ")$", re.I)
# The pair's end word and second figure after the first: " of GDP to 4.3%", " auf 4,3 %".
END_AFTER = re.compile("^(?:" + "|".join(
    rf"(?P<r{i}>[^;:()\d]{{0,40}}?)\s+(?:{end})\s+(?:[^\s\d]+\s+){{0,2}}?{NUMBER}"
    for i, (_, end, _) in enumerate(FROM_TO_WORDS)) + ")", re.I)

# X's own year, counted back from the source's date, between X and the pair's end word.
RELATIVE_TIME_OF_X = re.compile(r"\b(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|"
                                r"a\s+year\s+(?:earlier|ago|before))\b", re.I)


def year_of_the_pairs_end(year: int, sentence: str, at: int, surface: str) -> bool:
    """True when the figure at ``at`` is the X of a "from X to Y" pair and ``year`` is named
    only after Y ("from 2.2% of GDP to 4.3% in 2023"): the year of Y, never of X."""
    if at < 0 or not START_WORD_BEFORE.search(sentence[max(0, at - 30):at]):
        return False
    end = at + len(surface)
    found = END_AFTER.match(sentence[end:end + 90])
    if not found:
        return False
    if RELATIVE_TIME_OF_X.search(sentence[end:end + found.end()]):
        return False  # "rose from 10 last year to 23 this year": X names its own year
    return str(year) not in sentence[:end + found.end()]


# "would rise from its current 2.3% share of the economy to 2.5% in 2027", "calls to increase
# spending from its present level of 1.4% of GDP": the start of the change is said to be today's
# level, a measured share without a year of its own (never the year of the plan's end).
_HEDGE = optional_hedge(*SMALL_NUMBER_WORDS, *ROUND_HEDGES)
PRESENT_STARTING_POINT_BEFORE = re.compile(
    r"\bfrom\s+(?:its|their|the|today['’]s)\s+(?:current|present|existing)?\s*"
    r"(?:(?:level|share|rate)\s+of\s+)?" + _HEDGE + "$"
    r"|\bfrom\s+(?:its|their|the)\s+(?:current|present|existing)\s+(?:level|share|rate)\s+"
    r"(?:at|of)\s+" + _HEDGE + "$", re.I)
PRESENT_WORD = re.compile(r"\b(?:current|present|existing|today['’]s)\b", re.I)


def starts_from_the_present(sentence: str, at: int) -> bool:
    """True when the figure at ``at`` is where a change starts, said to be today's level ("from
    its current 2.3%", "from the present level of 1.4%")."""
    before = sentence[max(0, at - 45):at] if at >= 0 else ""
    found = PRESENT_STARTING_POINT_BEFORE.search(before)
    return bool(found) and bool(PRESENT_WORD.search(found.group()))
