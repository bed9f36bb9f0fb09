"""Case-insensitive patterns read at the end of a window of words (the words before a figure or
a year), that start with a word: ``\\b`` and a letter.

Such a pattern is compiled to read the non-word character before its word first, through a
class the regex engine looks for in C (all but a-z, 0-9 and "_"; a look-behind then rejects the
other letters), instead of trying every alternative at every character of the window. The
searches below give that character to a word at the start of the window: a space before a
string, or the character before a window of a longer text (which ``\\b`` reads too).
After that character, a look-ahead of the letters the pattern's word can start with
(:func:`first_letter_guard`) turns most other words away in one test, before the engine enters
the alternatives (case-insensitive ones, which it cannot skip by their first letter).
Imports only :mod:`analysis.extract.first_letter` from the package.
"""

from __future__ import annotations

import re

from analysis.extract.first_letter import LETTER_FOLDS

# CPython's own parser of patterns: private modules, so the guard must do without them.
try:
    from re import _constants as sre_constants  # private: may be missing
    from re import _parser as sre_parser  # private: may be missing
except ImportError:
    sre_constants = sre_parser = None


def words_at_end(pattern: str) -> re.Pattern[str]:
    """``pattern`` (case-insensitive, starting with ``\\b``) for :func:`ends_with` and
    :func:`search_window`."""
    if not pattern.startswith(r"\b"):
        raise ValueError(f"not a word at a boundary: {pattern[:20]!r}")
    return re.compile(r"[^a-z0-9_](?<=\W)" + first_letter_guard(pattern[2:]) + "(?i:"
                      + pattern[2:] + ")")


def ends_with(pattern: re.Pattern[str], before: str) -> bool:
    """Whether ``pattern`` (from :func:`words_at_end`) matches in ``before``."""
    return pattern.search(" " + before) is not None


def search_window(pattern: re.Pattern[str], text: str, start: int,
                  end: int) -> re.Match[str] | None:
    """``pattern`` (from :func:`words_at_end`) searched in ``text[start:end]``, as
    ``re.compile(pattern).search(text, start, end)`` would (its match starts one character
    earlier, at the character before the word)."""
    if start > 0:
        return pattern.search(text, start - 1, end)
    return pattern.search(" " + text[:end])


def any_word_then(words: str, rest: str) -> re.Pattern[str]:
    """The case-insensitive ``(?:words)rest``, where ``words`` is a "|"-list of plain words
    (no boundary before them), found faster: the first letter of a word is read through a class
    the regex engine looks for in C, then each word checks its own first letter (a look-behind)
    and reads the rest of the word, in the order of ``words``."""
    alternatives = words.split("|")
    firsts = sorted({word[0].lower() for word in alternatives})
    if not all(first in LETTER_FOLDS for first in firsts) or not all(
            word[1:].isalpha() for word in alternatives):
        raise ValueError(f"not plain words: {words!r}")
    letters = "".join(LETTER_FOLDS[first] for first in firsts)
    rests = "|".join(f"(?<={word[0]}){word[1:]}" for word in alternatives)
    return re.compile(f"[{letters}](?i:(?:{rests}){rest})")


class _NoGuard(Exception):
    """The characters a pattern may start with are not a short known set."""


def first_letter_guard(pattern: str) -> str:
    """A look-ahead ``(?=(?i:[...]))`` of the characters a match of ``pattern`` can start with
    (case-insensitive, as the patterns here are), or "" when they are not a set of single
    characters (a class like ``\\w``, or a pattern that can match nothing). Necessary for a
    match, so adding it never changes what the pattern finds. Read from the parse of the
    pattern (Python's own ``re`` parser, a private module); any form it does not know, and a
    Python without that parser or with one of another shape, gives no guard."""
    if sre_parser is None:
        return ""
    try:
        chars, empty = _first_chars(sre_parser.parse(pattern).data)
        if empty or not chars:
            return ""
        return "(?=(?i:[" + "".join(re.escape(chr(char)) for char in sorted(chars)) + "]))"
    # A parser of another shape may fail in any of these ways on its parse tree.
    except (re.error, _NoGuard, AttributeError, TypeError, ValueError, IndexError, KeyError,
            OverflowError):
        return ""


def _first_chars(items) -> tuple[set[int], bool]:
    """The first characters of a sequence of parsed items, and whether it can match nothing."""
    chars: set[int] = set()
    zero_width = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
    repeats = (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT,
               sre_constants.POSSESSIVE_REPEAT)
    for op, value in items:
        if op in zero_width:
            continue
        if op is sre_constants.LITERAL:
            return chars | {value}, False
        if op is sre_constants.IN:
            for kind, member in value:
                if kind is sre_constants.LITERAL:
                    chars.add(member)
                elif kind is sre_constants.RANGE:
                    chars.update(range(member[0], member[1] + 1))
                else:
                    raise _NoGuard
            return chars, False
        if op is sre_constants.BRANCH:
            empty = False
            for alternative in value[1]:
                first, can_be_empty = _first_chars(alternative.data)
                chars |= first
                empty = empty or can_be_empty
        elif op is sre_constants.SUBPATTERN:
            first, empty = _first_chars(value[3].data)
            chars |= first
        elif op in repeats:
            first, can_be_empty = _first_chars(value[2].data)
            chars |= first
            empty = can_be_empty or value[0] == 0
        else:
            raise _NoGuard
        if not empty:
            return chars, False
    return chars, True
