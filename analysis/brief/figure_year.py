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
    # "just three in 2014 when the commitment was made": the year stands before the event
    r"^(?![^,;.]{0,12}?\bin\s+(?:19|20)\d\d\b)[^,;.]{0,70}?\b(?:before(?=\s*(?:[,.;]|$))|afterwards?(?=\s*(?:[,.;]|$))|thereafter|"
    r"when\s+the\s+(?:\w+\s+)?(?:pledge|target|guideline|commitment|goal)\s+was\s+"
    r"(?:made|set|agreed|established|adopted|launched)\b(?!\s+in\s+\d))",
    re.I)


# "The 2% target was set ... in 2014. At the time, only four allies ...": the time of the
# sentence before, when that sentence names one year.
AT_THE_TIME = re.compile(r"^\s*(?:at\s+(?:the|that)\s+time|back\s+then|then)\b", re.I)
YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)")


def year_of_the_time(sentence: str, at: int, previous_sentence: str) -> int | None:
    """The one year the sentence before names, when the figure's sentence opens with "At the
    time" and names no year of its own; else None."""
    if at < 0 or not AT_THE_TIME.search(sentence) or YEAR.search(sentence):
        return None
    years = set(YEAR.findall(previous_sentence))
    return int(years.pop()) if len(years) == 1 else None


def figure_year(year: int | None, sentence: str, at: int, surface: str,
                published: date | None, previous_sentence: str = "") -> int | None:
    """The year a figure is about: the extractor's ``year``, unless the time phrase belongs to
    another figure or to an event; "last year" counted from ``published``; "At the time" the
    year of ``previous_sentence``."""
    if year is None:
        year = year_of_the_time(sentence, at, previous_sentence)
    if at >= 0 and EVENT_RELATIVE_AFTER.search(sentence[at + len(surface):at + len(surface) + 80]):
        return None
    if year is not None and at >= 0 and FROM_EARLIER_AFTER.search(
            sentence[at + len(surface):at + len(surface) + 60]):
        return None
    if year is None and at >= 0 and published is not None and RELATIVE_YEAR.search(sentence):
        # "from 11 last year": read without the article's date, "last year" counts from it
        year = governing_year(sentence, at, at + len(surface), published)
    return year
