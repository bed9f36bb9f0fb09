"""Years given to a list of figures in order ("respectively"): "Poland spent 3.26% and 4.12% in
2023 and 2024" (3.26% -> 2023, 4.12% -> 2024), and a second list that repeats the pairing of one
before it: "Poland spent 3.26% in 2023 and 4.12% in 2024, while Germany spent 1.64% and 2.12%"
(1.64% -> 2023). A reader pairs the n-th figure with the n-th year; the nearest year is the
wrong one for every figure but the last.
"""

from __future__ import annotations

import re

from analysis.brief.subject_words import WORDED_HEDGE
from analysis.extract.numbers import WORD_NUMBER
from analysis.foreign_words import AND_ANY_LANGUAGE

NUMBER = r"(?<![\d.,])\d{1,2}(?:[.,]\d{1,2})?(?![\d])"
UNIT = r"(?:\s*%|\s+(?:per\s?cent|percent|Prozent|procent|proc\.|por\s+ciento|pour\s+cent))"
SHARE = rf"{NUMBER}{UNIT}"
YEAR = r"(?:19|20)\d\d(?![\d%]|[.,]\d)"
FIGURE = re.compile(rf"{NUMBER}{UNIT}?", re.I)
YEAR_WRITTEN = re.compile(YEAR)
# "3.26% and 4.12%", "1.2%, 1.5% and 2.1%", Polish "3,26 i 4,12 proc." (the unit once, last)
SHARE_LIST = rf"{NUMBER}{UNIT}?(?:\s*,\s*{NUMBER}{UNIT}?)*,?\s+{AND_ANY_LANGUAGE}\s+{SHARE}"
# "... in 2023 and 2024", "... of GDP for 2022, 2023 and 2024", "proc. PKB w 2023 i 2024 roku"
LIST_THEN_YEARS = re.compile(
    rf"({SHARE_LIST})(?:\s+[^\W\d]+){{0,3}}?\s+(?:in|for|en|im|w|nel|em|no)\s+"
    rf"({YEAR}(?:\s*,\s*{YEAR})*,?\s+{AND_ANY_LANGUAGE}\s+{YEAR})", re.I)
# "In 2023 and 2024, Germany spent 1.64% and 2.12%", "The figures for 2023 and 2024 are ...":
# the years first, then a few words, then as many figures.
YEARS_THEN_LIST = re.compile(
    rf"\b(?:in|for|en|im|w|nel|em|no)\s+({YEAR}(?:\s*,\s*{YEAR})*,?\s+{AND_ANY_LANGUAGE}\s+{YEAR}),?"
    rf"(?:\s+[^\W\d]+['’]?s?){{1,6}}?\s+({SHARE_LIST})", re.I)
DATED_PAIR = re.compile(
    rf"{SHARE}(?:\s+of\s+(?:the\s+)?GDP)?\s+in\s+({YEAR}),?\s+{AND_ANY_LANGUAGE}\s+{SHARE}\s+in\s+({YEAR})",
    re.I)
UNDATED_PAIR = re.compile(
    rf"({SHARE}),?\s+{AND_ANY_LANGUAGE}\s+({SHARE})(?!(?:\s+of\s+(?:the\s+)?GDP)?\s+(?:in|for|by)\s+{YEAR})",
    re.I)

# "Between 2014 and 2021, ... from 1.01% of GDP to 1.27%", "rose from one per cent to almost 1.4
# per cent between 2014 and 2021": a period's ends and a change's ends, in the same order (the
# numbers in digits or in words, after any worded hedge).
_WORDED = rf"(?:{NUMBER}|{WORD_NUMBER})(?:\s+per\s?cent|\s+percent|\s*%)?"
_FROM_TO = (rf"\bfrom\s+{WORDED_HEDGE}(?P<first>{_WORDED})[^.;]{{0,40}}?\bto\s+{WORDED_HEDGE}"
            rf"(?P<second>{_WORDED})")
_PERIOD = (rf"\b(?:between\s+(?P<start>{YEAR})\s+and|from\s+(?P<start_>{YEAR})\s+to)\s+"
           rf"(?P<end>{YEAR})\b")
PERIOD_THEN_CHANGE = re.compile(rf"{_PERIOD}[^.;]{{0,140}}?{_FROM_TO}", re.I)
CHANGE_THEN_PERIOD = re.compile(rf"{_FROM_TO}[^.;]{{0,60}}?{_PERIOD}", re.I)


def period_end_year(sentence: str, at: int) -> int | None:
    """The year of the change's end point the figure at ``sentence[at]`` is, by
    :data:`PERIOD_THEN_CHANGE` or :data:`CHANGE_THEN_PERIOD`; None when it is no such end."""
    for pattern in (PERIOD_THEN_CHANGE, CHANGE_THEN_PERIOD):
        for found in pattern.finditer(sentence):
            if found.start("first") <= at < found.end("first"):
                return int(found.group("start") or found.group("start_"))
            if found.start("second") <= at < found.end("second"):
                return int(found.group("end"))
    return None


def respective_year(sentence: str, at: int, surface: str) -> int | None:
    """The year the figure ``surface`` at ``sentence[at]`` takes by its place in a list paired
    with a list of years; None when it stands in no such list."""
    number = FIGURE.search(surface)
    if at < 0 or number is None:
        return None if at < 0 else period_end_year(sentence, at)  # "one per cent"
    at += number.start()
    for found in LIST_THEN_YEARS.finditer(sentence):
        if found.start(1) <= at < found.end(1):
            return _nth(found.group(1), found.start(1), at, YEAR_WRITTEN.findall(found.group(2)))
    for found in YEARS_THEN_LIST.finditer(sentence):
        if found.start(2) <= at < found.end(2):
            return _nth(found.group(2), found.start(2), at, YEAR_WRITTEN.findall(found.group(1)))
    dated = DATED_PAIR.search(sentence, 0, max(at, 0))
    if dated is None:
        return period_end_year(sentence, at)
    for undated in UNDATED_PAIR.finditer(sentence, dated.end()):
        if undated.start() <= at < undated.end():
            return _nth(undated.group(0), undated.start(), at, [dated.group(1), dated.group(2)])
    return None


def _nth(listed: str, offset: int, at: int, years: list[str]) -> int | None:
    starts = [offset + figure.start() for figure in FIGURE.finditer(listed)]
    if len(starts) != len(years) or at not in starts:
        return None
    return int(years[starts.index(at)])
