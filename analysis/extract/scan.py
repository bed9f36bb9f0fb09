"""Where numbers start: the matches of the master regex over a whole text.

Owns :class:`NumberFinder` (the matches of ``patterns.MASTER`` that the reader starts from, in
order) and the lower-cased text the master regex reads (:func:`lower_same_length`).

The regex engine tests every character of a text against a pattern's first class, several
dozen instructions each, and enters the pattern at every character of that class: scanning for
numbers that way was about a fifth of a corpus run. Here the text is copied to ASCII bytes with
one shape per kind of character (``_SHAPES``), and the master regex is tried only where a match
may start:

- the first digit of a run, and currency signs (``bytes.find``, memchr in C);
- a word boundary where the finder's gate holds (``patterns.WORD_GATE``: "two", "thirty",
  "this y", "a th", ...): after a space of the copy, which the regex engine finds as a literal
  in C, or after a character outside ASCII that is no letter ("“Two", "€two").

The master regex decides at each of those places, so the matches are those of
``MASTER.search`` (``tests/extract/test_extract_scan.py`` compares them on every fixture and on
random strings). A text with many characters outside ASCII (each is looked at in Python) is
read with the regex finder ``patterns.CORE_FINDER`` instead (:func:`next_match`).
"""

from __future__ import annotations

import re

from analysis.extract import patterns as P
from analysis.extract.first_letter import factored_by_first_chars

# The ASCII copy with one shape per kind of character: letters (lower-cased), "_" and "?" (the
# characters outside ASCII) stay, every digit is "0" and every other character a space (the
# non-word characters that make a word boundary; "$" is found on its own).
_SHAPES = bytes(
    code if chr(code) in "abcdefghijklmnopqrstuvwxyz_?" else 48 if chr(code).isdigit() else 32
    for code in range(256))
# Where a number word may start, read in those shapes: the finder's gate (patterns.WORD_GATE),
# each run of spaces (and hyphens, which are spaces here) read as spaces or "?" (a space
# outside ASCII). After a space, the literal the regex engine finds in C, it tests the gate.


def _in_shapes(gate: str) -> bytes:
    """The gate as it reads the shapes: a run of spaces as spaces or "?", the punctuation other
    languages' gates name ("l'an", Polish "ub.") as the space it is there, and their letters
    outside ASCII ("el año") as the "?" they are there."""
    gate = gate.replace(r"[\s-]+", "[ ?]+").replace(r"\s+", "[ ?]+").replace(r"\.", " ")
    return "".join(" " if char == "'" else char if char.isascii() else r"\?"
                   for char in gate).encode("ascii")


_GATE = re.compile(_in_shapes(P.WORD_GATE))
# After a space the gate takes in the words it reads (a look-ahead costs more at every space),
# but of "a"/"an" only the article: a number word may follow it ("a three-year plan").
# Its words are factored by their first characters at every level (the engine tries it at
# every space, and entered each word that shares two letters with the text: "the" entered
# "three", "thirty" and "this").
_GATE_AFTER_SPACE = re.compile(b" (?:" + factored_by_first_chars((
    _in_shapes(P.WORD_GATE_WORDS) + b"|" + _in_shapes(P.ARTICLE_GATE[0]) + b"(?="
    + _in_shapes(P.ARTICLE_GATE[1]) + b")").decode("ascii")).encode("ascii") + b")")
_SIGNS = frozenset("$€£")
_CAPITAL_SIGMA = "\u03a3"
# More characters outside ASCII than this share of a text: the regex finder reads it (each such
# character is looked at in Python here).
_MAX_NON_ASCII_SHARE = 1 / 16


def lower_same_length(text: str) -> str:
    """``text.lower()``, except that the few characters that lower-case to two ("İ") stay as
    they are, so that offsets line up."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


def _folded(text: str) -> tuple[str, bytes, list[int]] | None:
    """The lower-cased text, an ASCII copy of it (``?`` for other characters) and where its
    ``?`` are (those characters, and question marks); None when there are too many of them."""
    lowered = text.lower() if text.isascii() else None
    folded = lowered.encode("ascii") if lowered is not None else \
        text.encode("ascii", "replace").lower()
    others: list[int] = []
    limit = len(text) * _MAX_NON_ASCII_SHARE
    found = folded.find(b"?")
    while found >= 0:  # the characters outside ASCII, and question marks
        others.append(found)
        if len(others) > limit:
            return None
        found = folded.find(b"?", found + 1)
    if lowered is not None:
        return lowered, folded, others
    # str.lower walks a non-ASCII text character by character through Unicode tables: lower
    # the ASCII copy in C and put the other characters back, lowered one by one.
    ascii_lowered = folded.decode("ascii")
    pieces = []
    last = 0
    for index in others:
        pieces.append(ascii_lowered[last:index])
        char = text[index]
        if char == _CAPITAL_SIGMA:
            return None  # lower-cased by its neighbours (final "ς"): str.lower reads it
        lowered_char = char.lower()
        pieces.append(lowered_char if len(lowered_char) == 1 else char)
        last = index + 1
    pieces.append(ascii_lowered[last:])
    return "".join(pieces), folded, others


def _candidates(lowered: str, folded: bytes, others: list[int]) -> list[int]:
    """Every position where the master regex may match, sorted (a superset)."""
    shapes = folded.translate(_SHAPES)
    starts = []
    found = shapes.find(b"0")
    while found >= 0:
        if not found or lowered[found - 1] not in "0123456789.,":
            starts.append(found)
        found = shapes.find(b"0", found + 1)
    found = folded.find(b"$")
    while found >= 0:
        starts.append(found)
        found = folded.find(b"$", found + 1)
    starts.extend(found.start() + 1 for found in _GATE_AFTER_SPACE.finditer(shapes))
    gate = _GATE.match
    if gate(shapes):
        starts.append(0)
    for index in others:
        char = lowered[index]
        if char in _SIGNS or char.isdecimal():
            starts.append(index)
        if not _is_word_char(char) and gate(shapes, index + 1):  # "€two", "“Two"
            starts.append(index + 1)
    starts.sort()
    return starts


class NumberFinder:
    """The matches of the master regex in a text, in order (:meth:`next_match`), and the
    lower-cased text they are read in (``lowered``, :func:`lower_same_length`)."""

    __slots__ = ("lowered", "_starts", "_index")

    def __init__(self, text: str):
        folded = _folded(text)
        if folded is None:
            self.lowered = lower_same_length(text)
            self._starts: list[int] | None = None
        else:
            self.lowered = folded[0]
            self._starts = _candidates(*folded)
        self._index = 0

    def next_match(self, pos: int) -> re.Match | None:
        """``P.MASTER.search(self.lowered, pos)``; ``pos`` never goes back between calls."""
        starts = self._starts
        if starts is None:
            return next_match(self.lowered, pos)
        match_at = P.MASTER.match
        index, size = self._index, len(starts)
        while index < size:
            start = starts[index]
            index += 1
            if start >= pos:
                match = match_at(self.lowered, start)
                if match is not None:
                    self._index = index
                    return match
        self._index = index
        return None


def next_match(lowered: str, pos: int) -> re.Match | None:
    """``P.MASTER.search(lowered, pos)``, the same match, found faster with ``P.CORE_FINDER``.

    The finder matches at every digit or currency sign and at every character but a-z that a
    number word follows (a superset of the non-word characters), so the leftmost MASTER match is
    where the finder matches or one character after it. Only a number word right at ``pos``
    escapes it (its boundary character lies before ``pos``) and is tried first.
    """
    master = P.MASTER.match
    if lowered[pos:pos + 1] in P.WORD_STARTS:
        match = master(lowered, pos)
        if match is not None:
            return match
    find = P.CORE_FINDER.search
    while True:
        found = find(lowered, pos)
        if found is None:
            return None
        candidate = found.start()
        # MASTER starts at a digit, a currency sign or a letter, which the finder's class
        # excludes: any other character it found is the boundary before a number word.
        first = lowered[candidate]
        match = (master(lowered, candidate) if first.isdecimal() or first in "$€£" else None) \
            or master(lowered, candidate + 1)
        if match is not None:
            return match
        pos = candidate + 1
