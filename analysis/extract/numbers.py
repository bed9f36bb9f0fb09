"""Numbers written in words: the regex fragments that find them and the parser that values them.

Covers cardinals up to the trillions ("eighteen", "ninety thousand", "two hundred and fifty",
"ten billion", "a million", "half a million", "a dozen"), fractions ("half", "a third",
"two-thirds", "three quarters") and the duration words the labelling counts ("a decade").
Ordinal words (first, second, third as a rank) are deliberately absent: they are not figures.
"""

from __future__ import annotations

import re

from analysis import vocabulary
from analysis.extract.other_language_numbers import NUMBER_WORD_VALUES

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALES = {"hundred": 100, **vocabulary.SCALES}


def number_word_alternation(low: int, high: int) -> str:
    """The English cardinals from ``low`` to ``high`` (of UNITS and TENS), smallest first, as
    regex alternatives: ``number_word_alternation(2, 4)`` is ``"two|three|four"``."""
    return "|".join(word for word, value in {**UNITS, **TENS}.items() if low <= value <= high)

ARTICLE_SCALES = {"dozen": 12, **SCALES}
DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "tenth": 10, "tenths": 10,
}

_UNIT_ALT = "|".join(sorted(UNITS, key=len, reverse=True))
_TENS_ALT = "|".join(TENS)
_SCALE_ALT = "|".join(SCALES)
_ATOM = rf"(?:(?:{_TENS_ALT})(?:-(?:{_UNIT_ALT}))?|{_UNIT_ALT}|dozen)"
# A run of number words: "ninety thousand", "two hundred and fifty", "twenty-five million".
# "and" is allowed only after "hundred" so that "between two and three" stays two numbers.
WORD_NUMBER = (
    rf"(?:{_ATOM}|an?\s+(?:dozen|{_SCALE_ALT})|half\s+an?\s+(?:dozen|{_SCALE_ALT}))"
    rf"(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+{_ATOM}|(?:\s+|-)(?:{_SCALE_ALT}|{_ATOM}))*"
    # "two and a half", "three-and-a-half", "two and a half million"
    r"(?:(?:\s+|-)and(?:\s+|-)a(?:\s+|-)half(?:\s+(?:thousand|million|billion|trillion))?)?"
)
# Fractions. "a third" is a fraction only when no noun follows ("a third country" is an ordinal).
WORD_FRACTION = (
    r"(?:an?|one)[\s-]+(?:third|quarter|fourth|fifth|tenth)"
    r"(?!\s+(?!of\b|more\b|less\b|fewer\b|larger\b|smaller\b|were\b|was\b|are\b|is\b|have\b|"
    r"had\b|has\b|said\b|say\b|says\b|will\b|would\b|could\b|did\b|do\b|does\b|still\b|"
    r"now\b|then\b|also\b|supported\b|opposed\b|backed\b|agreed\b|believed?\b|want\w*)[a-z])"
    r"|(?:two|three|four|seven|nine)[\s-]+(?:thirds|quarters|fourths|fifths|tenths)"
    r"|half(?![\s-]+an?\s)(?!-)"
)
DURATIONS = ("decade", "century")
WORD_DURATION = rf"(?:half\s+)?an?\s+(?:{'|'.join(DURATIONS)})"

_TOKEN = re.compile(r"[a-z]+")


def parse_word_number(phrase: str) -> float:
    """Value of a cardinal phrase matched by WORD_NUMBER ("ten billion" -> 1e10)."""
    if phrase in NUMBER_WORD_VALUES:
        return float(NUMBER_WORD_VALUES[phrase])  # another language's word ("drei")
    total = 0.0
    current = 0.0
    tokens = _TOKEN.findall(phrase.lower())
    scale_after_half = 1.0
    if tokens[-4:-1] == ["and", "a", "half"] and tokens[-1] in SCALES:
        scale_after_half = SCALES[tokens.pop()]  # "two and a half million"
    half = tokens[-3:] == ["and", "a", "half"]
    if half:
        tokens = tokens[:-3]
    if tokens and tokens[0] == "half":
        # "half a million"
        return 0.5 * ARTICLE_SCALES[tokens[-1]]
    for token in tokens:
        if token in ("a", "an"):
            current = current or 1
        elif token in UNITS:
            current += UNITS[token]
        elif token in TENS:
            current += TENS[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token == "hundred":
            current = (current or 1) * 100
        elif token in SCALES:
            total += (current or 1) * SCALES[token]
            current = 0.0
    value = total + current
    if half:
        value += 0.5
    return value * scale_after_half


def parse_word_fraction(phrase: str) -> float:
    """Value of a fraction phrase matched by WORD_FRACTION ("two-thirds" -> 0.666...)."""
    tokens = _TOKEN.findall(phrase.lower())
    denominator = DENOMINATORS[tokens[-1]]
    numerator = 1 if len(tokens) == 1 or tokens[0] in ("a", "an", "one") else UNITS[tokens[0]]
    return numerator / denominator


def word_number_is_valid_prefix(phrase: str) -> int:
    """Length of the longest prefix of ``phrase`` that reads as one number.

    The regex lets "two three" or "thousand five" through; a run like "five ten" is two numbers,
    so the run is cut where a smaller-or-equal atom follows an atom without a scale word between.
    """
    last_atom = None
    for match in _TOKEN.finditer(phrase.lower()):
        token = match.group()
        if token in SCALES or token in ("and", "a", "an", "half", "dozen"):
            last_atom = None if token in SCALES else last_atom
            continue
        value = UNITS.get(token, TENS.get(token))
        if value is None:
            continue
        if last_atom is not None and not (last_atom >= 20 and last_atom % 10 == 0 and value < 10):
            return match.start()
        last_atom = value
    return len(phrase)
