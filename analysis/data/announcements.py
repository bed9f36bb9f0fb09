"""The day NATO first announced a statement that its cited sources date later or only by month.

``data/raw/reference/statement_dates.csv`` maps a source address that ``headline_figures.csv``
cites to the day NATO announced what it reports (AFP's report of SACEUR's briefing on 18 Jan 2024
for Steadfast Defender 24), with who announced it and the words that date it. The source brief
counts a statement from its earliest known day.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from analysis.data.provenance import parse_date
from analysis.data.reference import read_reference_csv
from analysis.errors import DataError

STATEMENT_DATES_FILE = "statement_dates.csv"
STATEMENT_DATE_COLUMNS = ("cited_as", "announced_on", "announced_by", "evidence", "note")


def read_statement_dates(path: Path) -> dict[str, date]:
    """``statement_dates.csv``: source address -> the day NATO announced what it reports.
    DataError naming file and line for an empty address or a day that is not YYYY-MM-DD."""
    path = Path(path)
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
