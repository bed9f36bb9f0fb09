"""The core of a number: the digits or words the master regex found, valued, with its currency.

Owns :class:`Core` and :func:`core_of` (digits with separators, number words, fractions, "a
decade"; currency signs and codes glued before the number) and :func:`sign_unit`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from analysis.extract import patterns as P
from analysis.extract.numbers import (
    parse_word_fraction,
    parse_word_number,
    word_number_is_valid_prefix,
)
from analysis.extract.scales import SIGNS

# A fraction glyph glued after whole digits adds to them ("2½% of GDP" is two and a half).
VULGAR_FRACTIONS = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")


class Core(NamedTuple):
    """A number found by the master regex, before its surroundings are read (a named tuple: one
    is built for every number, and a frozen dataclass costs several times more to build)."""

    start: int
    end: int
    value: float
    source: str  # 'digits', 'words', 'fraction', 'duration'
    currency: str | None
    is_year_like: bool
    # The characters right before and after digits ("" at either end of the text or for number
    # words): the number rules' conditions look at them before trying a pattern.
    char_before: str = ""
    char_after: str = ""


def core_of(text: str, match: re.Match) -> Core | None:
    digits = match.group("dig") or match.group("dig2")
    if digits is not None and len(digits) > 24:
        return None  # a serial number or a run of digits, not a quantity
    if digits is not None:
        sign = match.group("cur")
        if sign:
            start, currency = sign_start(text, match.start(), sign)
        else:
            start, currency = code_before(text, match.start())
        is_year_like = (
            len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20") and not currency
        )
        # most numbers have no separator: skip the regex for them
        dot_grouped = "." in digits and P.DOT_GROUPED.match(text, match.end() - len(digits)) \
            is not None
        plain = digits if digits.isdigit() else plain_digits(digits, dot_grouped)
        value, end = float(plain), match.end()
        fraction = VULGAR_FRACTIONS.get(text[end:end + 1])
        if fraction is not None and plain.isdigit():
            value, end, is_year_like = value + fraction, end + 1, False  # "2½%", "3¼ per cent"
        return Core(start, end, value, "digits", currency, is_year_like,
                    text[start - 1] if start else "", text[end:end + 1])
    start = match.start()
    if start and text[start - 1] == "-":
        return None  # the tail of a hyphenated word ("non-one", "E-Seven")
    if match.group("frac") is not None:
        frac = match.group("frac")
        if frac == "half" and word_before(text, start) in P.ORDINAL_WORDS:
            return None  # "the first half of 2024"
        if frac[0] == "a" and word_before(text, start) in P.ORDINAL_VERBS:
            return None  # "Germany would send a fourth"
        return Core(start, match.end(), parse_word_fraction(frac), "fraction", None, False)
    if match.group("dur") is not None:
        if P.AGO_AFTER.match(text, match.end()):
            return None  # "a decade ago": a point in time, like "a year ago"
        value = 100.0 if "century" in match.group("dur") else 10.0
        if match.group("dur").startswith("half"):
            value /= 2  # "half a decade"
        return Core(start, match.end(), value, "duration", None, False)
    size, value = word_number(match.group("words"))
    return Core(start, start + size, value, "words", None, False)


@lru_cache(maxsize=4096)
def word_number(words: str) -> tuple[int, float]:
    """The length and value of the number that number words found by the master regex
    ("three core", "ten billion") start with: cached, as news repeats a few number words."""
    words = words[:word_number_is_valid_prefix(words)].rstrip(" -")
    if words.endswith(" and"):
        words = words[:-4]
    return len(words), parse_word_number(words)


def plain_digits(digits: str, dot_grouped: bool = False) -> str:
    """Digits as float() reads them: "90,000" and "90.000" (dot_grouped) -> "90000", "4,07" ->
    "4.07"."""
    if "," in digits and DECIMAL_COMMA.fullmatch(digits):
        return digits.replace(",", ".")
    if dot_grouped:
        return digits.replace(".", "")
    return SEPARATORS.sub("", digits)


def sign_start(text: str, start: int, sign: str) -> tuple[int, str]:
    """Start and unit of a currency sign, with letters glued before "$" ("US$", "C$")."""
    if sign != "$":
        return start, SIGNS[sign]
    for prefix in ("U.S.", "US", "CA", "AU", "NZ", "HK", "C", "A", "S"):
        begin = start - len(prefix)
        if begin >= 0 and text.startswith(prefix, begin) and (
                begin == 0 or not text[begin - 1].isalpha()):
            return begin, P.DOLLAR_PREFIXES[prefix]
    return start, "USD"


def code_before(text: str, start: int) -> tuple[int, str | None]:
    """A currency code right before a number: "EUR 1.6 billion", "USD380m"."""
    end = start - 1 if start and text[start - 1] in " \u00a0" else start
    begin = end - 3
    if begin >= 0 and text[begin:end] in P.CODES_BEFORE and (
            begin == 0 or not text[begin - 1].isalnum()):
        return begin, P.CODES_BEFORE[text[begin:end]]
    return start, None


def sign_unit(sign: str) -> str:
    sign = sign.strip()
    if sign in P.CODES_BEFORE:
        return P.CODES_BEFORE[sign]
    if sign[-1] in SIGNS and sign[-1] != "$":
        return SIGNS[sign[-1]]
    prefix = sign[:-1].strip()
    return P.DOLLAR_PREFIXES.get(prefix, "other") if prefix else "USD"


def word_before(text: str, pos: int) -> str:
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()
