"""Case-insensitive patterns read at the end of a window of words (the words before a figure or
a year), that start with a word: ``\\b`` and a letter.

Such a pattern is compiled to read the non-word character before its word first, through a
class the regex engine looks for in C (all but a-z, 0-9 and "_"; a look-behind then rejects the
other letters), instead of trying every alternative at every character of the window. The
searches below give that character to a word at the start of the window: a space before a
string, or the character before a window of a longer text (which ``\\b`` reads too).
Imports nothing from the package.
"""

from __future__ import annotations

import re


def words_at_end(pattern: str) -> re.Pattern[str]:
    """``pattern`` (case-insensitive, starting with ``\\b``) for :func:`ends_with` and
    :func:`search_window`."""
    if not pattern.startswith(r"\b"):
        raise ValueError(f"not a word at a boundary: {pattern[:20]!r}")
    return re.compile(r"[^a-z0-9_](?<=\W)(?i:" + pattern[2:] + ")")


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


# Letters that match only their own upper and lower case under re.I ("s" also matches "ſ",
# "k" the Kelvin sign, "i" the dotless and dotted i).
_PLAIN_LETTERS = frozenset("abcdefghjlmnopqrtuvwxyz")


def any_word_then(words: str, rest: str) -> re.Pattern[str]:
    """The case-insensitive ``(?:words)rest``, where ``words`` is a "|"-list of plain words
    (no boundary before them), found faster: the first letter of a word is read through a class
    the regex engine looks for in C, then each word checks its own first letter (a look-behind)
    and reads the rest of the word, in the order of ``words``."""
    alternatives = words.split("|")
    firsts = {word[0].lower() for word in alternatives}
    if not firsts <= _PLAIN_LETTERS or not all(word[1:].isalpha() for word in alternatives):
        raise ValueError(f"not plain words: {words!r}")
    letters = "".join(sorted(firsts)) + "".join(sorted(firsts)).upper()
    rests = "|".join(f"(?<={word[0]}){word[1:]}" for word in alternatives)
    return re.compile(f"[{letters}](?i:(?:{rests}){rest})")
