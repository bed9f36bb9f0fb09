"""A year that starts a period after a figure: "the largest exercise since Reforger in 1988".

The extractor gives a figure the year nearest it; when that year follows "since <an event> in",
in any language the brief reads ("ce plus vaste exercice depuis celui de Reforger en 1988", "das
größte Manöver seit Reforger im Jahr 1988"), it dates the event the comparison runs from, never
the figure before it.
"""

from __future__ import annotations

import re

from analysis.extract.other_languages import GDP_ABBREVIATIONS
from analysis.foreign_words import IN_A_YEAR_WORDS, SINCE_WORDS

# "since" and the event it names (no clause break, no number), then "in <year>". GDP is never
# the event: Romanian "din" is also "of" ("4,12% din PIB în 2024" is 2024's share); the
# abbreviations are the extractor's, written as the languages write them.
SINCE_AN_EVENT_IN = re.compile(r"\b(?:" + SINCE_WORDS + r")(?!\s+(?:GDP|" + GDP_ABBREVIATIONS
                               + r")\b)"
                               r"\s+[^,;.\d]{0,60}?\s(?:"
                               + IN_A_YEAR_WORDS + r")\s+((?:19|20)\d\d)\b", re.I)


def year_of_an_event_since(year: int, sentence: str, at: int, surface: str) -> bool:
    """Whether ``year`` is only the year of an event "since" which the words after the figure
    at ``at`` compare ("50 ships ..., the most since Reforger in 1988"); a sentence that also
    writes the year elsewhere ("3 allies met it in 2014, ... since it was set in 2014") may
    date the figure by it."""
    if at < 0:
        return False
    start = at + len(surface)
    events = [found for found in SINCE_AN_EVENT_IN.finditer(sentence, start)
              if int(found.group(1)) == year]
    if not events:
        return False
    rest = sentence
    for found in reversed(events):
        rest = rest[:found.start()] + rest[found.end():]
    return str(year) not in rest
