"""When NATO made a statement: the day a headline statement counts from in the source brief.

A statement's row names its sources ("... (NATO transcript, 15 Feb 2024)"); the first date named
is when it was published, unless ``data/raw/reference/statement_dates.csv`` records that NATO
announced it earlier (a later transcript, or a source dated only by month).
"""

from __future__ import annotations

import re
from datetime import date

from analysis.data.load import load_statement_dates
from analysis.vocabulary import MONTH_ABBREVIATIONS

DATE_IN_TEXT = re.compile(
    r"(?:(\d{1,2})\s+|(end of|early|mid|late)[\s-]+)?"
    r"(" + "|".join(map(str.capitalize, MONTH_ABBREVIATIONS)) + r")[a-z]*\.?\s+(\d{4})")
VINTAGE_MONTH = re.compile(r"(\d{4})-(\d{2})")


def statement_date(release: str, source: str) -> date | None:
    """When a statement was published: the day NATO announced it when known
    (``data/raw/reference/statement_dates.csv``), else the first date its source names, else
    the release month."""
    announced = [day for address, day in load_statement_dates().items()
                 if address in (source or "")]
    return min(announced) if announced else _named_date(release, source)


def _named_date(release: str, source: str) -> date | None:
    for found in DATE_IN_TEXT.finditer(source or ""):
        day, when, month, year = found.groups()
        month_no = MONTH_ABBREVIATIONS[month[:3].lower()]
        if day:
            return date(int(year), month_no, int(day))
        last = 28 if month_no == 2 else 30
        return date(int(year), month_no, last if when in ("end of", "late") else 1)
    found = VINTAGE_MONTH.search(release or "")
    if found:
        return date(int(found.group(1)), int(found.group(2)), 1)
    return None
