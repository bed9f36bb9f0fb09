"""The clause cuts of a sentence (analysis.extract.years.strong_cuts) are the matches of the
cut regex, found where they may start: the same starts as ``STRONG_CUT.finditer`` on windows of
every fixture text and on random strings of cut words, marks and spaces."""

from __future__ import annotations

import random
from pathlib import Path

from analysis.extract import years

FIXTURES = Path(__file__).parents[1] / "fixtures"
PIECES = [
    ";", ":", ",", ", ", "–", "—", "-", " - ", " – ", "\u00a0", "\t", "\n", " ", "and", "AND",
    "but", "But", "will", "would", "is", "when", "When", "WHILE", "whereas", "which", "who",
    "where", "yet", "although", "w", "W", "h", "x", "İ", "ſ", "2014", "a", "s",
]


def regex_cuts(text: str, lo: int, hi: int) -> list[int]:
    return [match.start() for match in years.STRONG_CUT.finditer(text, lo, hi)]


def test_fixture_windows_give_the_regexs_cuts():
    paths = [path for path in FIXTURES.rglob("*")
             if path.suffix in (".txt", ".md", ".html", ".json") and path.is_file()]
    rng = random.Random(0)
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        for lo in range(0, len(text), 97):
            hi = min(len(text), lo + rng.randint(1, 400))
            assert years.strong_cuts(text, lo, hi) == regex_cuts(text, lo, hi), path


def test_random_strings_give_the_regexs_cuts():
    rng = random.Random(1)
    for _ in range(20000):
        text = "".join(rng.choice(PIECES) + rng.choice(("", "", " "))
                       for _ in range(rng.randint(1, 25)))
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert years.strong_cuts(text, lo, hi) == regex_cuts(text, lo, hi), (text, lo, hi)
