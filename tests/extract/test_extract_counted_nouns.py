"""The counted nouns' pattern (analysis.extract.counted_nouns.NOUN_AFTER, its words grouped
under their first letters) finds what the same words written as one alternation under
IGNORECASE find: the same match, groups and unit, after every number of the fixture texts and
on random strings of counted nouns, stop words and their look-alikes (with the letters outside
ASCII that fold to "s", "k" and "i")."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis.extract import counted_nouns as N
from analysis.extract.window_end import first_letter_guard

FIXTURES = Path(__file__).parents[1] / "fixtures"
AS_WRITTEN = N.CountedNounAfter(N.noun_after_pattern(lambda alternation: f"(?i:{alternation})"))
PIECES = [
    "allies", "ally", "member states", "members", "Verbündeten", "pays membres", "countries",
    "States", "nations", "troops", "soldiers", "service members", "servicemembers", "crew",
    "crews", "crew members", "Soldaten", "żołnierzy", "katonai", "people", "MPs", "mps",
    "Poles", "poles", "Estonians", "heads of state", "ships", "ship", "tanks", "tank",
    "missile systems", "fighter jets", "battle groups", "years", "year", "decade", "km",
    "kilometres", "nautical miles", "square miles", "months", "days", "minutes", "more",
    "additional", "new", "of", "the", "and", "or", "per cent", "towards", "twenty", "Danish",
    "armoured", "well-trained", "U.S.", "its", "ſhips", "\u212am", "\u0131n", "\u0130n",
    "Shıps", "-", " ", "  ", "\n", ",", ".", "é", "2",
]


def _reading(pattern: N.CountedNounAfter, text: str, pos: int):
    found = pattern.match(text, pos)
    return found and (found.span(), found.groupdict(), found.lastgroup, found.lastindex)


@pytest.mark.parametrize("path", sorted(
    path for path in FIXTURES.rglob("*") if path.suffix in (".txt", ".md", ".html")),
    ids=lambda path: str(path.relative_to(FIXTURES)))
def test_nouns_after_every_fixture_number(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    for number in re.finditer(r"\d+|\b[a-z]+\b", text):
        assert _reading(N.NOUN_AFTER, text, number.end()) == \
            _reading(AS_WRITTEN, text, number.end()), text[number.start():number.end() + 60]


def test_nouns_after_random_strings() -> None:
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) + rng.choice((" ", " ", "-", "", "  "))
                       for _ in range(rng.randint(1, 6)))
        assert _reading(N.NOUN_AFTER, text, 0) == _reading(AS_WRITTEN, text, 0), text
        assert _reading(N.NOUN_AFTER, " " + text, 0) == _reading(AS_WRITTEN, " " + text, 0), text


def test_fold_and_hyphen_words_start_with_the_character_read_before_them():
    """read._count_or_other tries FOLD only when "-" or "f" follows the number and
    HYPHEN_AFTER only when "-" does: a match of each can start with no other character."""
    assert first_letter_guard(N.FOLD.pattern) == r"(?=(?i:[\-f]))"
    assert not N.FOLD.flags & re.IGNORECASE  # so "F" starts no match either
    assert first_letter_guard(N.HYPHEN_AFTER.pattern) == r"(?=(?i:[\-]))"
