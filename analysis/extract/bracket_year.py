"""A year a heading names as the key of its parentheses (issue 9): "Spending in 2025 (2024 in
brackets): Italy 2.01% (1.5%), Spain 2% (1.43%)" dates the figures in parentheses after it by
2024 and leaves the figures outside them to the heading's other year, however near the key
stands. Used by :mod:`analysis.extract.years`; imports nothing of the package."""

from __future__ import annotations

import re
from typing import Protocol

BRACKET_KEY = "bracket_key"  # the role of such a year among the sentence's time expressions

# "(2024 in brackets)", "(2024 figures in parentheses)", Spanish "(2024 entre paréntesis)",
# French "(2024 entre parenthèses)", German "(2024 in Klammern)".
_KEY = re.compile(
    r"(?:19|20)\d\d(?:\s+(?:figures?|data|values?))?\s+(?:in\s+(?:brackets|parenthes[ie]s|"
    r"Klammern)|entre\s+par(?:[ée]ntesis|enth[èe]ses))\s*\)", re.I)
_KEY_IN_PARENTHESIS = re.compile(r"\((?=((?:19|20)\d\d))" + _KEY.pattern, re.I)
# A parenthesis opened right before a figure: "Italy 2.01% (1.5%)".
_OPENS_RIGHT_BEFORE = re.compile(r"\(\s*$")


class _Ref(Protocol):
    start: int
    end: int
    year: int | None
    role: str


def is_bracket_key(text: str, start: int) -> bool:
    """Whether the year at ``text[start]`` is a parenthesis's key ("(2024 in brackets)")."""
    return start > 0 and text[start - 1] == "(" and _KEY.match(text, start) is not None


def key_year_of_heading(heading: str) -> int | None:
    """The year a list's heading keys to the items' parentheses ("Spending in 2025 (2024 in
    brackets):" over "Italy 2.01% (1.5%)"), else None."""
    found = _KEY_IN_PARENTHESIS.search(heading)
    return int(found.group(1)) if found else None


def opens_a_parenthesis(text: str, start: int) -> bool:
    """Whether the figure at ``text[start]`` is the first thing in a parenthesis."""
    return _OPENS_RIGHT_BEFORE.search(text, max(0, start - 4), start) is not None


def year_of_a_keyed_parenthesis(text: str, start: int, refs: list[_Ref]) -> int | None:
    """The key's year when the figure at ``text[start]`` opens a parenthesis after a key of
    the sentence, else None."""
    for ref in reversed(refs):  # the nearest key before the figure
        if ref.role == BRACKET_KEY and ref.end < start and \
                _OPENS_RIGHT_BEFORE.search(text, max(ref.end, start - 4), start) and \
                text.find(")", ref.end, start) >= 0:
            return ref.year
    return None
