"""The relative asides of a sentence (", which spent 1.2% in 2014,", ", who has held the post
since 2014,"): their times are their own, not those of the figures around them (rule 1 of
:mod:`analysis.extract.years`)."""

from __future__ import annotations

import re

from analysis.extract.counted_nouns import NOUN_UNITS
from analysis.extract.numbers import WORD_NUMBER

# A relative pronoun after a comma, in English only: in Polish an aside ("w 2022 roku") may date a
# whole list.
RELATIVE_OPENS = re.compile(r",\s+(?:which|who|whose)\b", re.I)
# ", who has held the post since 2014", ", the former prime minister who took office in 2014"
_PERSON_ASIDE = re.compile(r",\s+(?:(?:the|a|an)\s+[^,;:]{0,60}?\s)?who\b", re.I)
# "Three allies, who all met the guideline in 2014,": after a count of allies or countries the
# aside tells what the counted did, and its year is the count's; a person's aside follows a
# person (a name or a title).
_COUNTED_NATIONS_BEFORE = re.compile(
    rf"\b(?:\d+|{WORD_NUMBER})(?:\s+[\w-]+){{0,2}}?\s+"
    rf"(?:{dict(NOUN_UNITS)['allies']}|{dict(NOUN_UNITS)['nations']})\s*$", re.I)
# The present in the sentence around the asides: "spends", "now", "this year". Only then is the
# aside's past another time ("Oprócz Polski, która w 2022 roku wydała ..., w siódemce znalazła
# się Grecja (3,54 proc.)" tells of one past year throughout).
_PRESENT = re.compile(r"\b(?:now|currently|today|this\s+year|spends|is|are|has|have|meets|"
                      r"reaches|stands|remains|will)\b", re.I)


def relative_asides(text: str, weak: tuple[int, ...], end: int) -> tuple[tuple[int, int], ...]:
    """The relative clauses a comma opens (", which spent 1.2% in 2014"), each to the next comma
    or the sentence's end, when the sentence around them speaks of the present (tried at the
    commas only)."""
    person = text.find(" who ", weak[0], end) >= 0
    if text.find(", wh", weak[0], end) < 0 and text.find(", Wh", weak[0], end) < 0 \
            and not person:
        return ()  # most sentences: found in C, not by a loop over their commas
    asides = []
    for index, cut in enumerate(weak):
        # a plain look first: a regex call costs more than reading the few characters
        if text.startswith((", which", ", who", ",  which", ", Which", ", Who"), cut) and \
                RELATIVE_OPENS.match(text, cut, end) or \
                person and text.startswith(",", cut) and is_person_aside(text, cut, end):
            asides.append((cut, weak[index + 1] if index + 1 < len(weak) else end))
    if not asides:
        return ()
    outside = "".join(text[lo:hi] for lo, hi in zip(
        [weak[0]] + [hi for _, hi in asides], [lo for lo, _ in asides] + [end], strict=True))
    if _PRESENT.search(outside):
        return tuple(asides)
    # "Stoltenberg, who has held the post since 2014, said that 23 allies ...": a person's
    # aside dates the person, never the figures around it, whatever their tense.
    return tuple((lo, hi) for lo, hi in asides if is_person_aside(text, lo, hi))


def is_person_aside(text: str, cut: int, end: int) -> bool:
    """Whether the comma at ``cut`` opens a person's aside (", who has held the post since
    2014"), not one after a count of allies."""
    return _PERSON_ASIDE.match(text, cut, end) is not None and \
        _COUNTED_NATIONS_BEFORE.search(text, max(0, cut - 80), cut) is None
