"""The English cardinals as regex alternatives, the one list the extractor's and the brief's
patterns build their "two|three|...|ten" pieces from."""

from __future__ import annotations

import re

from analysis.extract.numbers import number_word_alternation


def test_the_words_between_two_values_in_order():
    assert number_word_alternation(2, 4) == "two|three|four"


def test_the_tens_follow_the_units():
    assert number_word_alternation(19, 30) == "nineteen|twenty|thirty"


def test_an_alternation_matches_each_word_whole():
    words = re.compile(rf"\b(?:{number_word_alternation(1, 12)})\b")
    assert words.fullmatch("eleven") and words.fullmatch("one")
    assert not words.fullmatch("thirteen")
