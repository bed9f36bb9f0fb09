"""A part of an exercise named as such (issue 9): "The naval part of the exercise involves 30
ships", "Its northern component involves 100 aircraft from 10 nations", "troops from 20
countries in its land component". NATO states the whole exercise's figures; a phase, component
or segment of it has its own, smaller ones, whatever kind of figure it is (equipment, people or
nations). Read by :mod:`analysis.brief.subject`."""

from __future__ import annotations

import re

from analysis.brief.scope import clause_around

# One part, named with its article ("its land component", "the first phase"): "will run in two
# phases" describes the whole. "part" only after a word that says which ("the naval part"):
# "take part" and "as part of the exercise" are the whole's.
NAMED_PART = re.compile(
    r"\b(?:its|the|this|that|one|a)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:component|phase|segment|stage|portion)\b"
    r"|\b(?:naval|land|air|maritime|sea|ground|northern|southern|eastern|western|first|second|"
    r"third|final|main|largest|biggest)\s+part\b"
    # German, French, Spanish, Italian, Polish: "am maritimen Teil der Übung", "die erste Phase",
    # "sa composante navale", "la fase naval", "la componente aerea", "w morskiej fazie"
    r"|\b(?:maritim|Land|Luft|See|nördlich|südlich|östlich|westlich|erst|zweit|dritt|letzt|"
    r"Haupt)\w*\s+Teil\b|\b(?:die|der|ihre|seine|eine)\s+(?:[\w-]+\s+)?(?:Phase|Komponente)\b"
    r"|\b(?:la|sa|une|cette|su|una|esta|questa)\s+(?:[\w-]+\s+)?(?:phase|composante|fase|"
    r"componente)\b|\bvolet\b|\bfaz(?:a|ie|y)\b", re.I)


def exercise_part(sentence: str, at: int, surface: str) -> str:
    """Why the exercise figure at ``sentence[at:]`` is of a part of the exercise its clause
    names, else ''."""
    if at < 0:
        return ""
    found = NAMED_PART.search(clause_around(sentence, at, surface, 50))
    if found is None:
        return ""
    return f"a part of the exercise ('{found.group()}'), not the whole exercise"
