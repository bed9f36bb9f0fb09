"""A part of an exercise named as such (issue 9): "The naval part of the exercise involves 30
ships", "Its northern component involves 100 aircraft from 10 nations", "troops from 20
countries in its land component". NATO states the whole exercise's figures; a phase, component
or segment of it has its own, smaller ones, whatever kind of figure it is (equipment, people or
nations). Read by :mod:`analysis.brief.subject`."""

from __future__ import annotations

import re

from analysis.brief.document import part_named_as_exercise
from analysis.brief.scope import clause_around, clause_before

# One part, named with its article ("its land component", "the first phase", "whose Baltic
# leg"): "will run in two
# phases" describes the whole. "part" only after a word that says which ("the naval part"):
# "take part" and "as part of the exercise" are the whole's.
NAMED_PART = re.compile(
    r"(?:\b(?:its|the|this|that|one|a|whose)|['’]s)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:component|phase|segment|stage|portion|leg)\b"
    # "the Polish part of the exercise", "its Baltic part": the part held in one ally or region
    r"|\b(?:its|the|whose)\s+(?-i:[A-Z])[\w-]+\s+part\b"
    r"|\b(?:naval|land|air|maritime|sea|ground|northern|southern|eastern|western|first|second|"
    r"third|final|main|largest|biggest)\s+part\b"
    # German, French, Spanish, Italian, Polish: "am maritimen Teil der Übung", "die erste Phase",
    # "sa composante navale", "la fase naval", "la componente aerea", "w morskiej fazie"
    r"|\b(?:maritim|Land|Luft|See|nördlich|südlich|östlich|westlich|erst|zweit|dritt|letzt|"
    r"Haupt)\w*\s+Teil\b|\b(?:die|der|ihre|seine|eine)\s+(?:[\w-]+\s+)?(?:Phase|Komponente)\b"
    r"|\b(?:la|sa|une|cette|su|una|esta|questa)\s+(?:[\w-]+\s+)?(?:phase|composante|fase|"
    r"componente)\b|\bvolet\b|\bfaz(?:a|ie|y)\b"
    # the part held in one ally, named by its adjective: "der polnische Teil", "het Nederlandse
    # deel", "den norske delen", "la partie polonaise", "a parte portuguesa", "polska część",
    # "componenta românească"
    # (the adjective's ending and the capital "Teil" tell the noun from the particle of
    # "nehmen ... die Nato teil", "nemen ... de NAVO deel")
    r"|\b(?:der|den|dem|die|het|de)\s+[\w-]+(?:e|en|a)\s+(?:(?-i:Teil)|deel|delen|del)\b"
    r"|\b(?:la|a|el|il|o)\s+(?:partie|parte)\s+[\w-]+\s+(?:de|do|da|di|del|du|des)\b"
    r"|\b\w+(?:ska|cka|zka)\s+częś\w*|\b(?:componenta|partea)\s+\w+", re.I)


# "Nordic Response, part of Steadfast Defender, involves 20,000 troops from 13 nations": the
# sentence's subject is an exercise of its own that an appositive makes part of a larger one;
# its figures are the part's, however far after it they stand. German, Spanish, Italian,
# Portuguese, French, Polish, Dutch: "Teil von", "parte de/di", "partie de", "część",
# "onderdeel van".
PART_NAMED_FIRST = re.compile(
    r"^\W*(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*(?:[\s-](?:20)?\d\d)?\s*,\s+(?:(?:a|one|the\s+[\w-]+|ein|eine|una|une)\s+)?"
    r"(?:part|Teil|parte|partie|część|onderdeel)\s+(?:of|von|der|des|de|di|do|da|du|van)?\b")


# "The Polish part of the exercise involves 20 nations", "Polska część ćwiczeń ... obejmuje 20
# krajów": the part opens the figure's clause as its subject, however long the exercise's name
# between them.
PART_OPENING = re.compile(r"^\W*(?:" + NAMED_PART.pattern + ")", re.I)


def exercise_part(sentence: str, at: int, surface: str) -> str:
    """Why the exercise figure at ``sentence[at:]`` is of a part of the exercise its clause
    names, else ''."""
    if at < 0:
        return ""
    found = NAMED_PART.search(clause_around(sentence, at, surface, 50)) or \
        PART_NAMED_FIRST.search(sentence[:at]) or \
        PART_OPENING.match(clause_before(sentence, at, at))
    # "Under Steadfast Defender, 20 countries take part in Dragon 24": a part named as an
    # exercise of its own in the figure's clause owns its figures
    part = found.group() if found else part_named_as_exercise(clause_around(sentence, at, surface))
    if not part:
        return ""
    return f"a part of the exercise ('{part}'), not the whole exercise"
