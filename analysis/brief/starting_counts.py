"""The year of the count a rise starts from: "this year has risen to 23 from 10".

:func:`analysis.brief.count_years.count_year` leaves the starting count without the sentence's
year (the year is the new count's). A reader takes it as the year before: the count is NATO's
yearly one, and a rise "to 23 from 10" compares this year's count with last year's. A writer may
instead mean an earlier estimate of the same year ("to 23 from 18 foreseen in February"), so
the starting count is compared only to agree.
"""

from __future__ import annotations

from analysis.brief.count_years import STARTING_COUNT_BEFORE, TIME_RIGHT_AFTER
from analysis.brief.scope import AGREE_ONLY

STARTING_COUNT = f"the count a rise started from, read as of the year before, {AGREE_ONLY}"


def year_before_the_rise(key: str, year: int | None, sentence: str, at: int,
                         surface: str) -> int | None:
    """The year before ``year`` (the sentence's, the new count's) for a count of allies a rise
    starts from with no time of its own right after it, else None."""
    if not key.startswith("allies_") or year is None or at < 0:
        return None
    if STARTING_COUNT_BEFORE.search(sentence[max(0, at - 40):at]) and not \
            TIME_RIGHT_AFTER.match(sentence[at + len(surface):]):
        return year - 1
    return None
