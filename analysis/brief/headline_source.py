"""A headline that names the article's source: "Study: ...", "Instituts: daudzas NATO valstis
..." (Latvian, an institute's analysis). A headline opening with a source noun (up to two words
naming it before: "Ifo Institute:", "New study:") and a colon attributes the article's figures to
that source, read only to agree (:data:`analysis.brief.share_scope.OTHER_SOURCE`); never NATO's
own ("NATO report: ..."), and never a figure whose sentence names NATO as its source. A list's
items are the source's its introduction names (:func:`list_source`)."""

from __future__ import annotations

import re

from analysis.brief.listing import colon_heading, list_heading
from analysis.brief.scope import whole_words
from analysis.brief.share_scope import OTHER_SOURCE, other_source
from analysis.brief.subject import Subject
from analysis.brief.subject_phrases import NATO_AS_SOURCE
from analysis.foreign_words import HEADLINE_SOURCE_NOUNS
from analysis.vocabulary import NATO_OR_ALLIANCE_NAMED, OTHER_SOURCE_WORDS

# The noun last before the colon: "Report:", "Ifo Institute:", "New study :".
HEADLINE_SOURCE = re.compile(
    r"^\s*[\"'“]?(?:[\w'’.]+(?:\s+|-)){0,2}?"
    rf"{whole_words(HEADLINE_SOURCE_NOUNS + OTHER_SOURCE_WORDS).pattern}\s*:", re.I)


def headline_source(title: str) -> str:
    """The note for the figures of an article whose headline names its source, else ''."""
    found = HEADLINE_SOURCE.search(title or "")
    if not found or NATO_OR_ALLIANCE_NAMED.search(found.group()):
        return ""
    return f"the headline names the source ('{found.group().strip()}'): {OTHER_SOURCE}"


def attributed(subject: Subject, note: str, sentence: str) -> Subject:
    """``subject`` read as the headline's source's figure (``note``: :func:`headline_source`'s),
    unless already read as another source's or its sentence names NATO as its source."""
    if not note or OTHER_SOURCE in subject.how or NATO_AS_SOURCE.search(sentence or ""):
        return subject
    return subject.noted(note)


def list_source(text: str | None, start: object) -> str:
    """The note for a list item whose list's heading, or the line introducing that heading,
    names another source than NATO, else '': under "The figures, for 2023, show:", after "In
    its annual report, the EDA said ...", "Latvia spends 2.9%" is the EDA's figure."""
    if not text or not isinstance(start, (int, float)) or start != start:
        return ""
    heading = list_heading(text, int(start)) or colon_heading(text, int(start))
    if not heading:
        return ""
    begin = text.rfind(heading, 0, int(start))
    before = text[:max(begin, 0)].rstrip().rpartition("\n")[2]
    for introduction in (heading, f"{before} {heading}"):
        found = other_source(introduction)
        if found:
            return f"the list's introduction names the source ({found})"
    return ""
