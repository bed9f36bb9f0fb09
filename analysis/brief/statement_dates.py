"""When NATO made a statement: the day a headline statement counts from in the source brief.

A statement's row names its sources ("... (NATO transcript, 15 Feb 2024)"); the first date named
is when it was published, unless ``data/raw/reference/statement_dates.csv`` records that NATO
announced it earlier (a later transcript, or a source dated only by month).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from pathlib import Path

from analysis.data.load import reference_raw_dir
from analysis.data.provenance import parse_date, verify
from analysis.data.reference import read_reference_csv
from analysis.errors import DataError

MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
DATE_IN_TEXT = re.compile(
    r"(?:(\d{1,2})\s+|(end of|early|mid|late)[\s-]+)?"
    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(\d{4})")
VINTAGE_MONTH = re.compile(r"(\d{4})-(\d{2})")
STATEMENT_DATES_FILE = "statement_dates.csv"
STATEMENT_DATE_COLUMNS = ("cited_as", "announced_on", "announced_by", "evidence", "note")


def read_statement_dates(path: Path) -> dict[str, date]:
    """``statement_dates.csv``: source address -> the day NATO announced what it reports.
    DataError naming file and line for an empty address or a day that is not YYYY-MM-DD."""
    frame = read_reference_csv(path, STATEMENT_DATE_COLUMNS)
    days: dict[str, date] = {}
    for index, row in frame.iterrows():
        where = f"{path.name} line {index + 2}"  # the header is line 1
        if not row["cited_as"].strip():
            raise DataError(f"{where}: cited_as is empty")
        day = parse_date(row["announced_on"], f"{where}: announced_on", DataError, past=True)
        if day is None:
            raise DataError(f"{where}: announced_on is empty")
        days[row["cited_as"].strip()] = day
    return days


@lru_cache(maxsize=4)
def _announced_cached(path: str, sha256: str) -> dict[str, date]:
    return read_statement_dates(Path(path))


def announced_on() -> dict[str, date]:
    """When NATO itself first made a statement that a source reports later or names only by
    month (``statement_dates.csv``, read once per file version)."""
    path = reference_raw_dir() / STATEMENT_DATES_FILE
    return dict(_announced_cached(str(path), verify(path).sha256))


def statement_date(release: str, source: str) -> date | None:
    """When a statement was published: the day NATO announced it when known
    (:func:`announced_on`), else the first date its source names, else the release month."""
    announced = [day for address, day in announced_on().items() if address in (source or "")]
    return min(announced) if announced else _named_date(release, source)


def _named_date(release: str, source: str) -> date | None:
    for found in DATE_IN_TEXT.finditer(source or ""):
        day, when, month, year = found.groups()
        month_no = MONTHS[month[:3].lower()]
        if day:
            return date(int(year), month_no, int(day))
        last = 28 if month_no == 2 else 30
        return date(int(year), month_no, last if when in ("end of", "late") else 1)
    found = VINTAGE_MONTH.search(release or "")
    if found:
        return date(int(found.group(1)), int(found.group(2)), 1)
    return None
