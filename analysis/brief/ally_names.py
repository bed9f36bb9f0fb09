"""Which NATO ally a piece of text names (NATO spelling), with its aliases and abbreviations
("U.S.", "Türkiye"/"Turkey"): used by :mod:`analysis.brief.subject` and the guards of
:mod:`analysis.brief.scope` to find whose figure a figure is."""

from __future__ import annotations

import re

from analysis.data.allies import ALIASES, ALLIES, is_abbreviation


def find_ally(text: object, near: int | None = None) -> str | None:
    """The NATO ally named in ``text`` (NATO spelling): the only one named, or with ``near``
    (a position in ``text``) the one named closest before it, else closest after it."""
    if not isinstance(text, str) or not text:
        return None
    hits: list[tuple[int, str]] = []
    for name in ALLIES:
        hits += [(m.start(), name) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    lowered = text.lower()
    for alias, name in ALIASES.items():
        if is_abbreviation(alias):
            pattern = rf"(?<![\w.]){re.escape(alias.upper())}(?![\w])"
            hits += [(m.start(), name) for m in re.finditer(pattern, text)]
        else:
            hits += [(m.start(), name) for m in re.finditer(rf"\b{re.escape(alias)}\b", lowered)]
    names = {name for _, name in hits}
    if len(names) == 1:
        return names.pop()
    if not names or near is None:
        return None
    before = [(near - at, name) for at, name in hits if at <= near]
    if before:
        return min(before)[1]
    return min((at - near, name) for at, name in hits)[1]
