"""Exercises named only as a past comparison: "the last exercises of a similar scale were Reforger
in 1988 ... and Trident Juncture in 2018". Such a name, given with an edition year earlier than
the text's main exercise's ("Steadfast Defender 2024"), speaks for its own sentence; a later
sentence about the exercise under way ("The ongoing NATO exercises ... incorporate 90,000
soldiers") is the main one's again.
The extractor reads the same language by the publication date alone (a sentence dated only
before it names a past exercise: extractor._dated_before_publication); the brief knows NATO's
exercises and their editions, so it compares a name's edition year with the main one's, which
also holds for a text about last year's exercise.
Imports only the standard library."""

from __future__ import annotations

import re

# An edition year right after a name ("Trident Juncture 2018", "Trident Juncture" exercises in
# 2018, "Reforger – during the Cold War in 1988") or right before it ("the 1988 "Reforger"
# maneuvers"), in the name's sentence.
YEAR_AFTER = re.compile(r"^[^.!?\d]{0,40}?\b((?:19|20)\d\d)\b")
YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\b[^.!?\d]{0,12}$")
# The figure's sentence speaks of the exercise under way, never of a past edition.
# (Not a bare "will": "30 NATO countries and Sweden will take part in the exercise" would then be
# the main exercise's, and a round 30 agrees with NATO's 31 allies by its rounding.)
UNDER_WAY = re.compile(r"\b(?:ongoing|current|upcoming|this\s+year['’]s|under\s?way)\b", re.I)

EXAMPLE = ("Steadfast Defender 2024 starts. The last exercise this large was Trident Juncture in "
           "2018 with 50,000 troops. The ongoing exercise brings together 90,000 troops.")


def edition_year(text: str, at: int, name: str) -> int | None:
    """The year ``text`` gives right around the name ``name`` found at ``at``, else None."""
    after = YEAR_AFTER.search(text[at + len(name):at + len(name) + 60])
    before = YEAR_BEFORE.search(text[max(0, at - 20):max(at, 0)])
    found = after or before
    return int(found.group(1)) if found else None


def editions_older_than_main(text: str, named: list[tuple[int, str]]) -> set[int]:
    """The offsets of the names in ``named`` ((offset in ``text``, name), the main exercise's
    first) given with a year earlier than the first name given with a year."""
    years = [(at, edition_year(text, at, name)) for at, name in named]
    main = next((year for _, year in years if year is not None), None)
    return {at for at, year in years if main is not None and year is not None and year < main}


def passed_over(at: int, past: set[int], sentence: str, begin: int) -> bool:
    """Whether the name at ``at`` is a past edition named before the figure's sentence (``sentence``
    at ``begin``) and that sentence speaks of the exercise under way."""
    return at in past and 0 <= at < begin and bool(UNDER_WAY.search(sentence))
