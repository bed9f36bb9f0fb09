"""Word alternations grouped by their first letter, so that the regex engine compares one
plain character before entering the words (under IGNORECASE it enters every word to compare
its first letter), and the characters each ASCII letter matches under IGNORECASE.

The one place of those folding rules ("s" also matches "ſ", "k" the Kelvin sign, "i" the
dotless and the dotted i): :data:`LETTER_FOLDS`. Imports nothing from the package.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

Item = TypeVar("Item")

# Found by the regex engine itself. No character outside the Basic Multilingual Plane has a
# case mapping to ASCII.
_NON_ASCII_BMP = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
LETTER_FOLDS = {letter: letter + letter.upper() + "".join(re.findall("(?i)" + letter,
                                                                     _NON_ASCII_BMP))
                for letter in "abcdefghijklmnopqrstuvwxyz"}
"""Each lower-case ASCII letter: the characters it matches under re.IGNORECASE, itself first,
then its upper case."""


def folds_only_to_other_case(letter: str) -> bool:
    """Whether ``letter`` (either case) matches only its own lower and upper case under
    re.IGNORECASE (not "s", "k", "i", nor any non-letter)."""
    return len(LETTER_FOLDS.get(letter.lower(), "")) == 2


def grouped_by_first_letter(items: Iterable[Item],
                            word: Callable[[Item], str] = str) -> dict[str, list[Item]]:
    """``items`` under the first character of their ``word``: the letters in the order in
    which they first come, the items of each letter in their own order. Words with different
    first letters never match at one place, so an alternation of the groups tries the words
    that may match at a place in the order of ``items``."""
    groups: dict[str, list[Item]] = {}
    for item in items:
        groups.setdefault(word(item)[0], []).append(item)
    return groups


def structure(pattern: str):
    """(index, character, depth) of each group parenthesis and ``|`` of ``pattern``, outside
    escapes and character classes; depth is the nesting before the character."""
    depth = index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += pattern[index + 1:index + 2] == "]"  # "[]...]": "]" is a member
        elif char in "()|":
            yield index, char, depth
            depth += {"(": 1, ")": -1, "|": 0}[char]
        index += 1


def top_level_alternatives(alternation: str) -> list[str]:
    """The alternatives of ``alternation`` split at its top-level ``|``."""
    alternatives: list[str] = []
    start = 0
    for index, char, depth in structure(alternation):
        if char == "|" and depth == 0:
            alternatives.append(alternation[start:index])
            start = index + 1
    return alternatives + [alternation[start:]]


def any_case_by_first_letter(alternation: str) -> str:
    """``(?i:alternation)`` with its words grouped under their first letter, written as a plain
    class the regex engine compares before entering a word. Only a word starting with an ASCII
    letter not followed by a quantifier is grouped; any other alternative stays in place, and
    the words between two such are grouped apart, so the order in which words that may match
    at one place are tried is the written order. Matches the same text, and adds no group."""
    branches: list[str] = []
    run: list[str] = []

    def close_run() -> None:
        branches.extend(f"[{LETTER_FOLDS[letter]}](?i:{'|'.join(word[1:] for word in words)})"
                        for letter, words in grouped_by_first_letter(
                            run, lambda word: word[0].lower()).items())
        run.clear()

    for alternative in top_level_alternatives(alternation):
        if alternative[:1].lower() in LETTER_FOLDS and alternative[1:2] not in ("?", "*", "+", "{"):
            run.append(alternative)
        else:
            close_run()
            branches.append(f"(?i:{alternative})")
    close_run()
    return "(?:" + "|".join(branches) + ")"


def _plain_first(alternative: str) -> tuple[str, str] | None:
    """An alternative's first character, when it is a plain one (a letter, a digit or an
    escaped "?") with no quantifier after it, and the rest; None otherwise."""
    first = alternative[:2] if alternative.startswith("\\?") else alternative[:1]
    if not (first == "\\?" or first.isascii() and first.isalnum()):
        return None
    rest = alternative[len(first):]
    return None if rest[:1] in ("?", "*", "+", "{") else (first, rest)


def _group_body(rest: str) -> str | None:
    """The alternation inside ``rest`` when ``rest`` is one non-capturing group, else None."""
    if not (rest.startswith("(?:") and rest.endswith(")")):
        return None
    for index, char, depth in structure(rest):
        if char == ")" and depth == 1 and index != len(rest) - 1:
            return None  # the first group closes before the end: "(?:a)(?:b)"
    return rest[3:-1]


def factored_by_first_chars(alternation: str) -> str:
    """``alternation`` (case-sensitive) with the alternatives that start with the same plain
    character put under it, at every level ("t(?:wo|hree|hirt)" reads "t(?:wo|h(?:ree|irt))"):
    the regex engine enters an alternative to compare more than its first character, so a word
    that shares two letters with several alternatives ("the") entered each of them. The same
    rule as :func:`any_case_by_first_letter`: only alternatives starting with a plain character
    move, alternatives between two others stay in place and the run is grouped apart, and
    within a character the order is the written one, so the same alternative matches. An
    alternation with groups that capture or flags is returned as written (moving alternatives
    would renumber the groups; under IGNORECASE two characters may match the same)."""
    if re.compile(alternation).groups or "(?i" in alternation or "(?a" in alternation:
        return alternation
    branches: list[str] = []
    run: list[tuple[str, str]] = []

    def close_run() -> None:
        by_first: dict[str, list[str]] = {}  # (an escaped "?" is one character of two)
        for first, rest in run:
            by_first.setdefault(first, []).append(rest)
        for first, rests in by_first.items():
            if len(rests) == 1:
                body = _group_body(rests[0])
                branches.append(first + (f"(?:{factored_by_first_chars(body)})"
                                         if body else rests[0]))
                continue
            parts = []
            for rest in rests:
                body = _group_body(rest)
                parts.extend(top_level_alternatives(body) if body else [rest])
            branches.append(f"{first}(?:{factored_by_first_chars('|'.join(parts))})")
        run.clear()

    for alternative in top_level_alternatives(alternation):
        plain = _plain_first(alternative)
        if plain is None:
            close_run()
            branches.append(alternative)
        else:
            run.append(plain)
    close_run()
    return "|".join(branches)
