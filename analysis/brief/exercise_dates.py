"""The exercise an article speaks of when it names none: the one NATO was announcing or running.

"This massive military exercise involves approximately 90,000 troops" (East Coast Daily, 25 Jan
2024) names no exercise; NATO's statements about Steadfast Defender 2024 run from its announcement
(18 Jan 2024) to its end (30 May 2024). Inferred from a date only, the exercise may confirm a figure
but never contradict it (``AGREE_ONLY``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

# An article about an exercise may appear a little after NATO's last statement about it.
AFTER_LAST_STATEMENT = timedelta(days=31)


def exercise_under_way(facts: pd.DataFrame, published: date | None) -> str | None:
    """The only exercise whose NATO statements span ``published``, else None."""
    if published is None:
        return None
    rows = facts[facts["key"].str.startswith("exercise_") & facts["entity"].astype(bool)]
    found = []
    for name, group in rows.groupby("entity"):
        dates = pd.to_datetime(group["release_date"], errors="coerce").dropna()
        if len(dates) and dates.min().date() <= published <= (
                dates.max().date() + AFTER_LAST_STATEMENT):
            found.append(name)
    return found[0] if len(found) == 1 else None


def nearest_exercise(sentence: str, at: int, names: list[str]) -> str | None:
    lowered = sentence.lower()
    hits = [(abs(m.start() - max(at, 0)), name) for name in names
            for m in re.finditer(re.escape(name.lower()), lowered)]
    return min(hits)[1] if hits else None


def exercise_key(base: str, unit: object) -> str:
    if base in ("exercise_participating", "exercise_participants"):
        return "exercise_participating_allies" if unit == "allies" else \
            "exercise_participating_nations"
    return base
