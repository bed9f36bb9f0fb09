"""Cell values as the brief reads them: dates, numbers and text from figure tables and facts,
where a cell may be None, NaN or pandas' NA."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

from analysis.errors import DataError


def ordinal(value: object) -> int:
    return value.toordinal() if isinstance(value, date) else 0


def as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value.date() if hasattr(value, "date") and callable(value.date) else value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DataError(f"published: {value!r} is not a date (expected YYYY-MM-DD)") from None


def int_or_none(value: object) -> int | None:
    number = float_or_none(value)
    return None if number is None else int(number)


def float_or_none(value: object) -> float | None:
    if value is None or value is pd.NA:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def text_of(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and math.isnan(value)) \
        or value is pd.NA else str(value)


def clean(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = str(value).strip().lower()
    return "" if text in ("nan", "none", "<na>") else text
