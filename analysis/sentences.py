"""Sentences: where a sentence ends, one rule for the extractor, the brief and the quotes.

This module imports only :mod:`analysis.vocabulary` from the package: every layer may read it.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from analysis.vocabulary import GERMAN_MONTHS

# A full stop ends a sentence unless it ends an abbreviation ("U.S.", "Gen.", "Feb.", "about" as
# "ok.", "ca.") or an initial, also in Greek and Cyrillic capitals ("ο Γ. Στόλτενμπεργκ", "Й.
# Столтенберг"). Abbreviations of a scale, a currency or "per cent" ("481 tys. personelu", "967 mld
# dol. w tym roku", "3,38 proc. Niemcy") end one only before a capital that starts no "GDP" ("3,43
# proc. PKB"): Polish "tys.", "mln.", "mld.", "dol.", "proc.", German "Tsd.", Lithuanian "tūkst.".
# The months' abbreviations are typed out beside the titles, not joined from
# vocabulary.MONTH_NAMES: a look-behind needs its branches grouped by width.
# Every branch starts with a literal character ("!" and "?" apart), so that the regex engine
# skips in C to the next candidate instead of trying the branches at every character.
SENTENCE_GOES_ON = r"\s+(?:[a-zß-öø-ÿąćęłńóśźżčďěňřšťůžğış]|(?:PKB|HDP|BIP|PIB|PIL)\b)"
SENTENCE_END = re.compile(
    r"\.(?!(?:(?<=\b(?:tys|dol|mln|mld|Tsd|Mrd)\.)|(?<=\bproc\.)|(?<=\btūkst\.))"
    + SENTENCE_GOES_ON
    + r"|(?<=\d\.)\s(?:" + GERMAN_MONTHS + r")\b)"
    r"(?<!\b[A-Za-zΑ-ΩА-ЯЁІЇЄҐ]\.)(?<!\b(?:Mr|Dr|No|St|Lt|vs|Co|Ms|ok|ca)\.)"
    r"(?<!\b(?:Mrs|Gen|Col|Maj|Sgt|Adm|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|etc|"
    r"Nos|Fig)\.)(?<!\b(?:Sept|Capt|Cmdr|Corp)\.)(?<!\bapprox\.)\.*[\"”’)\]]*(?=\s)"
    r"|![!?]*[\"”’)\]]*(?=\s)|\?[!?]*[\"”’)\]]*(?=\s)|\n"
)


def sentence_starts(text: str) -> list[int]:
    """Where each sentence of ``text`` starts (the first is 0).

    The same as ``SENTENCE_END.finditer``: every match starts with one of ".!?\n", so the
    matches are tried only there, found with ``str.find`` (the regex engine would test every
    character of the text against its first class, several times slower)."""
    candidates = []
    for mark in ".!?\n":
        found = text.find(mark)
        while found >= 0:
            candidates.append(found)
            found = text.find(mark, found + 1)
    candidates.sort()
    starts = [0]
    resume = 0
    match = SENTENCE_END.match
    for candidate in candidates:
        if candidate >= resume:
            end = match(text, candidate)
            if end is not None:
                resume = end.end()
                starts.append(resume)
    return starts


def sentences_of(text: str, positions: list[int]) -> list[str]:
    """The sentence (stripped) holding each position of ``text``."""
    starts = sentence_starts(text)
    found = []
    for position in positions:
        index = bisect_right(starts, position) - 1
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        found.append(text[starts[index]:end].strip())
    return found


def sentence_before(text: str, begin: int) -> str:
    """The sentence before offset ``begin``; for an item of a list ("Over 80 fighter jets;" after
    "Over 50 ships;"), the sentence that introduced the list ("...will involve:")."""
    previous = ""
    for _ in range(12):  # a list of at most a dozen items
        last = len(text[:begin].rstrip()) - 1  # the previous sentence's last character
        if last < 0:
            return previous
        previous = sentences_of(text, [last])[0]
        begin = text.rfind(previous, 0, last + 1)
        if not previous.rstrip().endswith(";") or begin < 0:
            return previous
    return previous


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of ``text``, whitespace around it excluded."""
    starts = sentence_starts(text)
    spans = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        piece = text[start:end]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece.rstrip())
        if trail > lead:
            spans.append((start + lead, start + trail))
    return spans
