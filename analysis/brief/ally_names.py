"""The ally a text names, as the brief finds it (:func:`find_ally`), from the one table of allies'
names and spellings (:mod:`analysis.data.allies`, with their names in other languages)."""

from __future__ import annotations

import re

from analysis.data.allies import ALIASES, ALLIES, is_abbreviation


def _alternation(names: list[str]) -> str:
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


# Compiled once: NATO's spellings as written, other spellings in lower case, abbreviations
# upper case (a regex per name per figure made this the brief's slowest step). "(?!\w)", not
# "\b", ends a spelling: a decomposed accent ("Cehă" in NFD) is no word character.
_NAMES_RE = re.compile(rf"\b(?:{_alternation(list(ALLIES))})\b")
_SPELLINGS_RE = re.compile(
    rf"\b(?:{_alternation([a for a in ALIASES if not is_abbreviation(a)])})(?!\w)")
# The "US" of "US dollars" or "U.S. dollars" names a currency, not the ally (as in the
# extractor's entity.ALLY_RE).
_ABBREVIATIONS_RE = re.compile(
    rf"(?<![\w.])(?:{_alternation([a.upper() for a in ALIASES if is_abbreviation(a)])})(?![\w])"
    r"(?!\s+dollars?\b)")


def find_ally(text: object, near: int | None = None) -> str | None:
    """The NATO ally named in ``text`` (NATO spelling): the only one named, or with ``near``
    (a position in ``text``) the one named closest before it, else closest after it."""
    if not isinstance(text, str) or not text:
        return None
    hits = [(m.start(), m.group()) for m in _NAMES_RE.finditer(text)]
    hits += [(m.start(), ALIASES[m.group()]) for m in _SPELLINGS_RE.finditer(text.lower())]
    hits += [(m.start(), ALIASES[m.group().lower()])
             for m in _ABBREVIATIONS_RE.finditer(text)]
    names = {name for _, name in hits}
    if len(names) == 1:
        return names.pop()
    if not names or near is None:
        return None
    before = [(near - at, name) for at, name in hits if at <= near]
    if before:
        return min(before)[1]
    return min((at - near, name) for at, name in hits)[1]


# "Three NATO countries: Poland, Lithuania and Latvia, are on track to hit 3.5%", "three allies
# (Poland, Estonia and Latvia) spend over 3%": the allies a count names in apposition right after
# it, set off by a colon, dash, comma or bracket.
_NAME = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}"
APPOSITION = re.compile(rf"^\s*[:,(—–-]\s*({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})"
                        r"\s*(?:[,)—–]|\s-)")
AND_OR_COMMA = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


def without_allies_in_apposition(after: str) -> str:
    """``after`` (the words after a count) without the allies it names in apposition first,
    when every item of it is an ally; else ``after``."""
    found = APPOSITION.match(after)
    if not found:
        return after
    items = [item.strip() for item in AND_OR_COMMA.split(found.group(1))]
    if len(items) < 2 or any(find_ally(item) is None for item in items):
        return after
    return " " + after[found.end():].lstrip()
