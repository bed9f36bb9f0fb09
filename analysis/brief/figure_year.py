"""The year a figure of a source is about, as the brief reads it (issue 9).

The extractor gives the year nearest a figure; the brief drops it when the time phrase belongs to
an earlier figure ("jumped to 32 from 22 a year earlier") or dates an event rather than the figure
("just 9 countries ... before", "1.40% when the pledge was made"), and counts "last year" from the
source's date.
"""

from __future__ import annotations

import re
from datetime import date

from analysis.brief.vague import governing_year

RELATIVE_YEAR = re.compile(r"\b(?:this|last|next|previous|coming)\s+year\b", re.I)

# "jumped to 32 from 22 a year earlier": the time phrase is the earlier figure's, not this one's.
FROM_EARLIER_AFTER = re.compile(
    r"^(?:\s+of\s+(?:its\s+|their\s+)?GDP)?\s+(?:from|compared\s+(?:with|to)|up\s+from|down\s+from)\s+(?:just\s+|only\s+)?"
    r"[\w.,%$€-]+(?:\s+[\w%]+){0,2}?\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"the\s+(?:previous|prior)\s+year|in\s+20\d\d)\b", re.I)


# "just 9 countries had earmarked 2% of GDP for defence before, but the number has increased to
# 23 afterwards": a time relative to an event, whatever year the event's own words give.
# "just 1.40% when the pledge was made": the pledge's year, which the sentence does not give.
EVENT_RELATIVE_AFTER = re.compile(
    r"^[^,;.]{0,70}?\b(?:before(?=\s*(?:[,.;]|$))|afterwards?(?=\s*(?:[,.;]|$))|thereafter|"
    r"when\s+the\s+(?:\w+\s+)?(?:pledge|target|guideline|commitment|goal)\s+was\s+"
    r"(?:made|set|agreed|established|adopted|launched)\b(?!\s+in\s+\d))",
    re.I)


def figure_year(year: int | None, sentence: str, at: int, surface: str,
                published: date | None) -> int | None:
    """The year a figure is about: the extractor's ``year``, unless the time phrase belongs to
    another figure or to an event; "last year" counted from ``published``."""
    if at >= 0 and EVENT_RELATIVE_AFTER.search(sentence[at + len(surface):at + len(surface) + 80]):
        return None
    if year is not None and at >= 0 and FROM_EARLIER_AFTER.search(
            sentence[at + len(surface):at + len(surface) + 60]):
        return None
    if year is None and at >= 0 and published is not None and RELATIVE_YEAR.search(sentence):
        # "from 11 last year": read without the article's date, "last year" counts from it
        year = governing_year(sentence, at, at + len(surface), published)
    return year
