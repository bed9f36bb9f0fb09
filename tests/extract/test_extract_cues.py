"""The sentence cues' pattern (analysis.extract.context, built from ``CUE_WORDS``) finds what
the same words written as one alternation of named groups find: the same matches and cues, on
every sentence of the fixture texts and on random strings of cue words and their look-alikes,
in ASCII and outside it (the ASCII pattern has no look-behind)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis.extract import context as C
from analysis.sentences import sentence_starts

FIXTURES = Path(__file__).parents[1] / "fixtures"
# The cue words as one alternation, one named group per cue, in the order of CUE_WORDS.
REFERENCE = re.compile(r"[^a-z0-9_](?<=\W)(?:" + "|".join(
    f"(?P<{cue}>" + "|".join(words) + ")" for cue, words in C.CUE_WORDS) + ")")
PIECES = [
    "exercise", "exercises", "drill", "drills", "manoeuvre", "wargame", "guideline", "targets",
    "benchmark", "mark", "marks", "market", "floor", "minimum", "contract", "order", "deals",
    "procurement", "purchase", "acquisition", "spend", "spending", "spent", "invest",
    "budget", "expenditure", "outlay", "defence", "defense", "military", "request", "fund",
    "allocated", "earmarked", "pentagon", "nato", "allies", "alliance", "allied", "ally",
    "summit", "2", "two", "twofold", "per cent", "percent", "per", "cent", "%", "-", " ", "  ",
    "\n", ",", ".", "(", "_", "é", "ü", "“", "’", "\u0131", "\u212a", "x", "the", "a", "12",
]


def _matches(pattern: re.Pattern, text: str, cue_of) -> list[tuple[int, int, str]]:
    return [(found.start(), found.end(), cue_of(found)) for found in pattern.finditer(text)]


def _same_as_reference(lowered: str) -> None:
    cues = C.ASCII_CUES if lowered.isascii() else C.CUES
    assert _matches(cues, lowered, lambda found: C.CUE_OF_GROUP[found.lastindex]) == \
        _matches(REFERENCE, lowered, lambda found: found.lastgroup), lowered
    assert _matches(C.CUES, lowered, lambda found: C.CUE_OF_GROUP[found.lastindex]) == \
        _matches(REFERENCE, lowered, lambda found: found.lastgroup), lowered


@pytest.mark.parametrize("path", sorted(
    path for path in FIXTURES.rglob("*") if path.suffix in (".txt", ".md", ".html")),
    ids=lambda path: str(path.relative_to(FIXTURES)))
def test_cues_of_every_fixture_sentence(path: Path) -> None:
    text = path.read_text(encoding="utf-8", errors="replace")
    starts = sentence_starts(text) + [len(text)]
    for start, end in zip(starts, starts[1:], strict=False):
        _same_as_reference(" " + text[start:end].lower())


def test_cues_of_random_strings() -> None:
    rng = random.Random(11)
    for _ in range(20_000):
        text = "".join(rng.choice(PIECES) + rng.choice(("", " ", " ", "-", "é"))
                       for _ in range(rng.randint(1, 12)))
        _same_as_reference(" " + text.lower())


def test_sentence_cues_reads_each_cue() -> None:
    cues = C.sentence_cues("NATO allies pledged in the 2% guideline to spend more on drills "
                           "and contracts.")
    assert (cues.nato, cues.guideline, cues.two_percent, cues.spending, cues.contract,
            cues.exercise) == (True, True, True, True, True, True)
    assert C.sentence_cues("Turnout rose to 60 per cent.") == C.SentenceCues(
        False, False, False, False, False)
