"""The number finder (analysis.extract.scan) gives the master regex's own matches: the same as
``MASTER.search`` from each resume position, on every fixture text and on random strings made
of number words, digits, signs, spaces and characters outside ASCII."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from analysis.extract import patterns as P
from analysis.extract.scan import NumberFinder, lower_same_length

FIXTURES = Path(__file__).parents[1] / "fixtures"
PIECES = [
    "one", "two", "three", "thirty", "thirteen", "ten", "tend", "twelve", "twenty", "four",
    "forty", "five", "fifty", "fifteen", "six", "sixty", "seven", "eight", "eleven", "nine",
    "zero", "dozen", "half", "a", "an", "third", "thirds", "quarter", "fourth", "fifth", "tenth",
    "decade", "century", "hundred", "thousand", "million", "billion", "trillion", "year",
    "this", "last", "next", "previous", "coming", "following", "follow", "ago", "earlier", "and",
    "fold", "someone",
    "often", "The", "Two", "ONE", "A", "Half", "This", "Year", "0", "1", "2024", "90,000",
    "4,07", "1.052", "90.000", "$", "€", "£", "US$", "%", " ", " ", " ", "  ", "-", "\n", "\t",
    "\u00a0", "\u2009", "\u202f", ",", ".", "(", ")", "?", "_", "’", "“", "é", "ü", "İ",
    "\u212a", "\u0663", "\uff13", "s", "’s", "'s", "x",
    # other languages' relative years (analysis.extract.other_languages)
    "este", "el", "año", "pasado", "dieses", "letztes", "Jahr", "cette", "année", "l'année",
    "l’année", "dernière", "l'an", "dernier", "w", "ub.r.", "ub. r.", "ub.",
    # other languages' number words, and words that start like them
    "elf", "Drei", "tre", "tres", "trois", "trzy", "treść", "treaty", "üç", "üçüncü", "ÜÇ",
    "siedem", "pięć", "dwa", "dos", "dose", "åtte", "Acht", "altı", "beş", "iki", "ikinci",
    "Vorjahr", "vergangenen", "anno", "l'anno", "scorso", "lo", "ubiegłym", "zeszłym", "roku",
    "i", "fjor", "vier", "undici",
    # round 3: Portuguese, Dutch, Czech, Hungarian, Latvian number words and relative years
    "quattro", "quatre", "quatro", "quest'anno", "quest’anno", "questo", "dois", "três", "tres",
    "ano", "passado", "no", "o", "twee", "zeven", "zevende", "jaar", "dit", "vorig", "vorige",
    "dvě", "dvou", "tři", "čtyři", "čtyřicet", "šest", "šogad", "jedenáct", "jeden", "loni",
    "letos", "letost", "két", "kettő", "kész", "öt", "ötös", "tavaly", "tíz", "četri",
    "pagājušajā", "gadā", "vienpadsmit", "diesem", "Jahr",
    # round 5: Hungarian, Romanian, Albanian number words and teens, and words that start like
    # them
    "heten", "hetente", "hárman", "trei", "treia", "șapte", "şapte", "zece", "zecea", "pesë",
    "shtatë", "tetë", "dhjetë", "dreizehn", "diciotto", "dieciocho", "dwadzieścia", "twintig",
    "negentien", "negen", "quince", "quindici", "hatan", "nyolcan", "nyolc", "két",
]


def reference(text: str) -> list[tuple[int, int, str | None]]:
    lowered, found, pos = lower_same_length(text), [], 0
    while (match := P.MASTER.search(lowered, pos)) is not None:
        found.append((match.start(), match.end(), match.lastgroup))
        pos = match.end()
    return found


def scanned(text: str) -> list[tuple[int, int, str | None]]:
    finder, found, pos = NumberFinder(text), [], 0
    while (match := finder.next_match(pos)) is not None:
        found.append((match.start(), match.end(), match.lastgroup))
        pos = match.end()
    return found


def random_texts(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) + rng.choice(("", " ", " ", "-"))
                    for _ in range(rng.randint(1, 30))) for _ in range(count)]


@pytest.mark.parametrize("seed", range(4))
def test_random_strings_give_the_master_regexs_matches(seed):
    for text in random_texts(2500, seed):
        assert scanned(text) == reference(text), text


def test_every_fixture_text_gives_the_master_regexs_matches():
    paths = [path for path in FIXTURES.rglob("*")
             if path.suffix in (".txt", ".md", ".html", ".json") and path.is_file()]
    assert len(paths) > 50
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert scanned(text) == reference(text), path


def test_the_lowered_text_keeps_offsets():
    for text in random_texts(500, 7) + ["İstanbul ONE \u212a", "plain ASCII Two",
                                        "ΟΔΟΣ two, 3 ΟΔΟΣ. " + "plain words " * 30]:
        finder = NumberFinder(text)
        assert finder.lowered == lower_same_length(text)
        assert len(finder.lowered) == len(text)


def test_a_text_mostly_outside_ascii_is_read_by_the_regex_finder():
    text = "Министр сказал: two thousand солдат и 90 000 танков, один из них. " * 3
    assert scanned(text) == reference(text)
    assert [text[start:end] for start, end, _ in scanned(text)][:2] == ["two thousand", "90 000"]
