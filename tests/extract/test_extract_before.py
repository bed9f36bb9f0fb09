"""The hedge before a number (analysis.extract.before): the longest hedge of the vocabulary
that the words right before the number end with, as read from all the words a hedge can span
("a little more than", "up to" but not after a verb, "in excess of"), on random strings of
hedge words, other words and separators."""

from __future__ import annotations

import random

from analysis.extract import patterns as P
from analysis.extract.before import before_of, previous_words

WORDS = sorted({word for hedge in P.HEDGES_MULTI for word in hedge}) + [
    "a", "total", "rose", "sign", "ramped", "between", "The", "In", "Defender", "fell", "of",
    "to", "than", "shy", "about", "Up", "MORE", "x", "(", ",", "-", "5"]
SEPARATORS = [" ", " ", " ", "  ", "\t", "\u00a0", "\n", ", "]


def _reference_hedge(text: str, start: int) -> tuple[str | None, int]:
    """The hedge as read from every word a hedge can span, longest first."""
    words = previous_words(text, start, 2)
    if not words:
        return (None, start) if not (start and text[start - 1] == "~") else ("~", start - 1)
    offset = 1 if words[0][0].lower() == "between" else 0
    if len(words) <= offset or words[offset][0].lower() not in P.HEDGE_LAST_WORDS:
        return None, start
    words = previous_words(text, start, P.HEDGE_MAX_WORDS + 1)
    lowered = [word.lower() for word, _ in words]
    for size in range(P.HEDGE_MAX_WORDS, 0, -1):
        chunk = tuple(reversed(lowered[offset:offset + size]))
        if len(chunk) == size and chunk in P.HEDGES_MULTI:
            if chunk == ("up", "to") and len(lowered) > offset + 2 and \
                    lowered[offset + 2] in P.UP_VERBS:
                return None, start
            return " ".join(chunk), words[offset + size - 1][1]
    return None, start


def test_hedges_as_read_from_every_word_they_can_span() -> None:
    rng = random.Random(5)
    found = 0
    for _ in range(30_000):
        text = "".join(rng.choice(WORDS) + rng.choice(SEPARATORS)
                       for _ in range(rng.randint(1, 8))) + "12"
        start = len(text) - 2
        before = before_of(text, start)
        assert (before.hedge, before.hedge_start) == _reference_hedge(text, start), text
        found += before.hedge is not None and " " in before.hedge
    assert found > 20  # hedges of several words were met


def test_hedges_of_several_words() -> None:
    assert before_of("in excess of 500", 13).hedge == "in excess of"
    assert before_of("a little more than 5", 19).hedge == "a little more than"
    assert before_of("a total of 5", 11).hedge is None
    assert before_of("ramped up to 5", 13).hedge is None
