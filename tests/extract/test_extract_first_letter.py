"""The shared helper for word alternations grouped by first letter
(analysis.extract.first_letter): its fold table agrees with the regex engine, and the grouped
alternation finds what the alternation as written finds."""

from __future__ import annotations

import random
import re

import pytest

from analysis.extract.first_letter import (
    LETTER_FOLDS,
    any_case_by_first_letter,
    factored_by_first_chars,
    folds_only_to_other_case,
    grouped_by_first_letter,
    top_level_alternatives,
)


def test_folds_hold_the_non_ascii_characters_ignorecase_matches():
    assert set(LETTER_FOLDS["s"]) == {"s", "S", "\u017f"}
    assert set(LETTER_FOLDS["k"]) == {"k", "K", "\u212a"}
    assert set(LETTER_FOLDS["i"]) == {"i", "I", "\u0131", "\u0130"}
    assert LETTER_FOLDS["a"] == "aA"


@pytest.mark.parametrize("letter, plain", [("a", True), ("E", True), ("s", False),
                                           ("K", False), ("i", False), ("1", False)])
def test_folds_only_to_other_case(letter, plain):
    assert folds_only_to_other_case(letter) is plain


def test_groups_keep_the_order_of_first_letters_and_of_words():
    groups = grouped_by_first_letter(["tank", "ship", "troop", "sortie", "aircraft"])
    assert list(groups.items()) == [("t", ["tank", "troop"]), ("s", ["ship", "sortie"]),
                                    ("a", ["aircraft"])]


def test_top_level_alternatives_skip_groups_classes_and_escapes():
    assert top_level_alternatives(r"a(?:b|c)|[|]d|e\|f|g") == ["a(?:b|c)", "[|]d", r"e\|f", "g"]


ALTERNATION = r"ships?|sorties|k|km|in|its|(?:air)?craft|tanks?|s\w+|troops?|i?s"
PIECES = ["ships", "Ship", "\u017fhip", "sorties", "km", "\u212am", "K", "in", "\u0130n",
          "\u0131ts", "aircraft", "craft", "tanks", "TANK", "troop", "is", "s", "sx", " ", "-"]


def test_grouped_alternation_finds_what_the_written_one_finds():
    grouped = re.compile(any_case_by_first_letter(ALTERNATION))
    written = re.compile(f"(?i:{ALTERNATION})")
    assert grouped.pattern != written.pattern
    rng = random.Random(3)
    for _ in range(3000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6)))
        assert [m.span() for m in grouped.finditer(text)] == \
            [m.span() for m in written.finditer(text)], text


# Words sharing first letters at several levels, look-aheads, an escaped "?", an optional first
# letter's neighbour ("an?"), a group in the middle (a barrier) and an empty word.
FACTORED = (r"two(?![a-z])|three|thirty|this(?= y)|ten|a|an?(?= t)|(?:x|y)z|tax|\?t|\?\?|"
            r"t(?:wo|en)s|th|")
FACTOR_PIECES = ["two", "three", "thirty", "this", " y", "ten", "a", "an", " t", "xz", "yz",
                 "tax", "?t", "??", "twos", "tens", "th", "t", "x", " "]


def test_factored_alternation_reads_shared_first_characters_once():
    assert factored_by_first_chars("two|three|thirty") == "t(?:wo|h(?:ree|irty))"
    assert factored_by_first_chars(r"\?a|\?b") == r"\?(?:a|b)"
    assert factored_by_first_chars("a(b)|ac") == "a(b)|ac"  # a group that captures: as written


def test_factored_alternation_matches_what_the_written_one_matches():
    factored = re.compile(factored_by_first_chars(FACTORED))
    written = re.compile(FACTORED)
    assert factored.pattern != written.pattern
    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(FACTOR_PIECES) for _ in range(rng.randint(1, 6)))
        for start in range(len(text)):
            found, expected = factored.match(text, start), written.match(text, start)
            assert (found and found.span()) == (expected and expected.span()), (text, start)
