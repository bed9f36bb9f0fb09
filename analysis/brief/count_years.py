"""The year of a count of allies at a level (issue 9): the source's own year when the count is of
now and the only later year is a target's deadline ("only three currently surpass 3.5% ... by
2035"), the year an opening "Ten years ago," counts back to, and whether a count is worded as of
the source's day ("Currently, 24 out of 32 ..."). Read by :mod:`analysis.brief.check`."""

from __future__ import annotations

import re
from datetime import date

from analysis.brief import scope
from analysis.brief.subject_phrases import COUNT_KEY
from analysis.brief.years_ago import year_of_opening

# "only three countries currently surpass the tougher 3.5% threshold agreed ... by 2035": the
# count is of now; the deadline year belongs to the target.
COUNT_NOW_AFTER = re.compile(r"^(?:\s*[—–]\s*[^—–]{1,60}[—–])?\s*(?:[\w-]+\s+){0,2}?"
                             r"(?:currently|now|today|already|at\s+present|meet|meets|reach|reaches|surpass|surpasses|exceed|exceeds|are|is|"
                             r"have|has|spend|spends)\b", re.I)
# "increased spending by 11 percent last year, and 18 alliance members are on track to meet the
# goal": a count forecast in the present tense is not of the past year another clause names.
FORECAST_AFTER = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:(?:are|is)\s+(?:now\s+)?(?:on\s+track|"
                            r"set|expected|projected|poised)\s+to|will)\b", re.I)
DEADLINE_YEAR = re.compile(r"\b(?:by|until|before)\s+((?:19|20)\d\d)\b", re.I)

# "By 2024, the number ... has risen to 18 from 11": the count a rise starts from is of an earlier
# year the sentence does not give, unless its time stands right after it ("from 11 in 2023",
# "from 22 a year earlier").
STARTING_COUNT_BEFORE = re.compile(r"\bto\s+(?:\d+|[a-z]+(?:-[a-z]+)?)(?:\s+[a-z]+){0,2}?\s+"
                                   r"from\s+(?:just\s+|only\s+|about\s+|around\s+)?$", re.I)
TIME_RIGHT_AFTER = re.compile(r"^(?:\s+[a-z]+){0,2}?\s*(?:(?:in\s+|of\s+)?(?:19|20)\d\d\b|"
                              r"a\s+year\s+(?:earlier|ago|before)|last\s+year|(?:in\s+)?the\s+"
                              r"(?:previous|prior|preceding)\s+year)", re.I)


def count_year(key: str, year: int | None, sentence: str, at: int, surface: str,
               published: date | None) -> int | None:
    """The year of a count of allies at a level: the source's own year when the count is in
    the present tense and the only later year is a target's deadline ("by 2035"); the year
    an opening "Ten years ago," counts back to; else ``year``."""
    if key.startswith("allies_") and year is None and at >= 0:
        return year_of_opening(sentence[:at], published)
    if key.startswith("allies_") and at >= 0 and STARTING_COUNT_BEFORE.search(
            sentence[max(0, at - 40):at]) and not TIME_RIGHT_AFTER.match(
            sentence[at + len(surface):]):
        return None  # "has risen to 18 from 11": the sentence's year is the 18's
    if key.startswith("allies_") and year is not None and published is not None and \
            year < published.year and at >= 0 and str(year) not in sentence and \
            FORECAST_AFTER.match(sentence[at + len(surface):]):
        # a forecast in the present is of the source's year, not a past year another clause
        # counts back to ("last year"); a year the sentence writes ("In 2023, eleven allies
        # are expected to have met") stays
        return published.year
    if not key.startswith("allies_") or year is None or published is None or \
            year <= published.year or at < 0:
        return year
    after = sentence[at + len(surface):]
    deadline = DEADLINE_YEAR.search(after)
    if COUNT_NOW_AFTER.match(after) and deadline and int(deadline.group(1)) == year and \
            not FORECAST_WORDS.search(after[:deadline.start()].split(",")[0].split("agreed")[0]) \
            and not FORECAST_WORDS.search(scope.clause_before(sentence, at, 60)):
        return published.year
    return year


# "28 allies could meet the target by 2026", "Experts expect 28 allies to meet it by 2026": a
# forecast for the deadline's year, worded before or after the count, not a count of now.
FORECAST_WORDS = re.compile(r"\b(?:will|would|could|should|may|might|shall|expects?|expected|"
                            r"forecasts?|predicts?|projects?|projected|set\s+to|on\s+track|"
                            r"likely)\b", re.I)


# "Currently, 24 out of NATO's 32 member countries have reached the target", "As of now, 23 out
# of 32 NATO members have reached that target": the count of the source's day, which is NATO's
# latest published year, not a year the article left unsaid; a later year or a forecast is not.
COUNT_OF_NOW = re.compile(r"\b(?:currently|as\s+of\s+now|at\s+present|today)\b", re.I)
NOT_NOW = re.compile(r"\b(?:will|would|shall|expected|projected|forecast|set\s+to|on\s+track|"
                     r"next\s+year|by\s+20\d\d)\b", re.I)


def count_of_now(key: str, sentence: str, at: int, surface: str) -> bool:
    """Whether a count of allies at the guideline is worded as of the source's day."""
    if key != COUNT_KEY or at < 0:
        return False
    clause = scope.clause_around(sentence, at, surface, 60)
    return bool(COUNT_OF_NOW.search(clause)) and not NOT_NOW.search(clause)
