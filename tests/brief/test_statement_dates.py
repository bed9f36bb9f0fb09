"""When a NATO statement counts from: the dates named in its sources, or the day NATO announced
it (``data/raw/reference/statement_dates.csv``)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from analysis.brief.statement_dates import statement_date
from analysis.data.announcements import STATEMENT_DATE_COLUMNS, read_statement_dates
from analysis.data.load import load_statement_dates
from analysis.errors import DataError

AFP = "https://dailysabah.com/world/europe/nato-to-launch-biggest-exercise-in-decades-with-90000-troops"


def test_the_announcement_days_come_from_the_data_file() -> None:
    assert load_statement_dates()[AFP] == date(2024, 1, 18)


def test_a_source_dated_only_by_month_counts_from_natos_announcement() -> None:
    assert statement_date("n/a (exercise)", AFP + "/amp (news, AFP, Jan 2024)") == date(2024, 1, 18)


def test_without_an_announcement_the_first_day_the_source_names_counts() -> None:
    assert statement_date("n/a", "https://example.org/x (NATO transcript, 15 Feb 2024)") == \
        date(2024, 2, 15)
    assert statement_date("NATO 2024-06", "") == date(2024, 6, 1)


def _write(tmp_path: Path, row: str) -> Path:
    path = tmp_path / "statement_dates.csv"
    path.write_text(",".join(STATEMENT_DATE_COLUMNS) + "\n" + row + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("row", "message"), [
    ("https://a.org/x,18 Jan 2024,SACEUR,words,note", "line 2: announced_on"),
    ("https://a.org/x,,SACEUR,words,note", "line 2: announced_on is empty"),
    (",2024-01-18,SACEUR,words,note", "line 2: cited_as is empty"),
])
def test_a_bad_row_is_named_by_its_line(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(DataError, match=message):
        read_statement_dates(_write(tmp_path, row))
