"""The look-ahead of first letters (analysis.extract.window_end.first_letter_guard) that the
word patterns of the extractor read before their alternatives: it holds the letters a match
can start with, so every guarded pattern finds what it finds without the guard, on every
fixture text and on random strings of the words the patterns look for."""

from __future__ import annotations

import importlib.util
import random
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from analysis.extract import context, guideline_reading, window_end, years
from analysis.extract import patterns as P
from analysis.extract.window_end import first_letter_guard, words_at_end

FIXTURES = Path(__file__).parents[1] / "fixtures"
GUARDED = {
    "context.GUIDELINE": context.GUIDELINE, "context.CONTRACT": context.CONTRACT,
    "context.AID": context.AID, "context.SPENDING": context.SPENDING,
    "context.CHANGE": context.CHANGE,
    "guideline_reading.GOAL_BEFORE": guideline_reading.GOAL_BEFORE,
    "guideline_reading.AIM_BEFORE": guideline_reading.AIM_BEFORE,
    "guideline_reading.TARGET_VERB_BEFORE": guideline_reading.TARGET_VERB_BEFORE,
    "years.ROLE_BEFORE": years.ROLE_BEFORE, "patterns.NOT_DEFENCE_GDP": P.NOT_DEFENCE_GDP,
}
PIECES = [
    "contracts", "Orders", "deal", "aid", "Aid", "support for", "gave", "given", "spend",
    "SPENDING", "invest", "defence", "defense", "military", "rise", "rose", "real terms", "cut",
    "target", "guideline", "goal", "mark", "agreed to spend", "pledged to invest", "will reach",
    "not meet", "to", "reach", "met", "hit", "towards", "since", "from", "by", "before",
    "ahead of", "desde", "seit", "in", "the end of", "deficit", "debt", "tax", "economy",
    "size of", "share of the", "growth", "health", "and", "a", "the", "allies", "NATO", "2%",
    "of GDP", "ſpend", "\u212aick", "İnvest", "é", "’", "-", ",", ".", ";", " ", " ", "\n", "(",
]


def unguarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    guard = re.search(r"\(\?=\(\?i:\[[^]]*\]\)\)", pattern.pattern)
    assert guard is not None, pattern.pattern
    return re.compile(pattern.pattern.replace(guard.group(), "", 1), pattern.flags)


def strings() -> list[str]:
    found = [path.read_text(encoding="utf-8") for path in sorted(FIXTURES.rglob("*.txt"))]
    rng = random.Random(11)
    found += [" ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 9)))
              for _ in range(4000)]
    return found


@pytest.mark.parametrize("name", sorted(GUARDED))
def test_guarded_pattern_finds_what_it_finds_without_the_guard(name):
    guarded = GUARDED[name]
    plain = unguarded(guarded)
    for text in strings():
        assert [m.span() for m in guarded.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], (name, text[:200])


def test_guard_holds_the_first_letters_of_every_alternative():
    assert first_letter_guard(r"(?:since|from)\s+(?:in\s+)?$") == "(?=(?i:[fs]))"
    assert first_letter_guard(r"(?<!size\s)(?:tax(?:es)?|economy)\b") == "(?=(?i:[et]))"
    assert first_letter_guard(r"[a-c]x|d") == "(?=(?i:[abcd]))"


@pytest.mark.parametrize("pattern", [r"\w+ly", r"(?:about\s+)?\d+", r"a?", r"(?:to)*", r"[^,]x"])
def test_no_guard_when_the_first_letters_are_not_a_known_set(pattern):
    assert first_letter_guard(pattern) == ""


def rebuilt(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` compiled again by :func:`words_at_end` from the words it reads (the
    patterns of ``context.word_pattern`` have the same form)."""
    head = re.match(r"\[\^a-z0-9_\]\(\?<=\\W\)\(\?=\(\?i:\[[^]]*\]\)\)\(\?i:",
                    pattern.pattern)
    assert head is not None and pattern.pattern.endswith(")"), pattern.pattern
    return words_at_end(r"\b" + pattern.pattern[head.end():-1])


def test_without_the_private_parser_the_patterns_find_the_same(monkeypatch):
    monkeypatch.setattr(window_end, "sre_parser", None)
    texts = strings()
    for name, guarded in sorted(GUARDED.items()):
        plain = rebuilt(guarded)
        assert "(?=" not in plain.pattern[:plain.pattern.index("(?i:")], (name, plain.pattern)
        for text in texts:
            assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == \
                [(m.span(), m.groups()) for m in plain.finditer(text)], (name, text[:200])


def test_window_end_imports_without_the_private_parser(monkeypatch):
    monkeypatch.delattr(re, "_parser")
    monkeypatch.setitem(sys.modules, "re._parser", None)  # "import re._parser" fails
    spec = importlib.util.spec_from_file_location("window_end_copy", window_end.__file__)
    copy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(copy)
    assert copy.sre_parser is None
    assert copy.first_letter_guard(r"(?:since|from)\s+$") == ""
    assert copy.words_at_end(r"\b(?:since|from)\s+$").search(" rose from ") is not None


@pytest.mark.parametrize("parser, constants", [
    (SimpleNamespace(parse=lambda pattern: SimpleNamespace(data=[1])), window_end.sre_constants),
    (SimpleNamespace(parse=lambda pattern: SimpleNamespace()), window_end.sre_constants),
    (window_end.sre_parser, SimpleNamespace()),
])
def test_a_parser_of_another_shape_gives_no_guard(monkeypatch, parser, constants):
    monkeypatch.setattr(window_end, "sre_parser", parser)
    monkeypatch.setattr(window_end, "sre_constants", constants)
    assert first_letter_guard(r"(?:since|from)\s+(?:in\s+)?$") == ""
