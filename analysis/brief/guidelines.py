"""The guideline values a figure may name, read from NATO's guideline facts (issue 9).

Owns :class:`Guidelines`, used by :mod:`analysis.brief.subject` to tell a guideline restated
("the 2% target") from a measured share. Imports only pandas.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd


@dataclass(frozen=True)
class Guidelines:
    """The guideline values a figure may name: (unit, value) -> the guideline's reference key.

    Built from the guideline facts (``data/raw/reference/guidelines.csv``), so "2% of GDP" is
    the Wales guideline and "3.5% of GDP" the Hague core-defence commitment, with no value
    written in the code.
    """

    keys: tuple[tuple[str, float, str], ...] = ()
    # Share-of-GDP guidelines above the 2% one whose count of allies NATO published
    # ("allies_above_3.5pct"): what "the new target" a count is measured against can be.
    newer_counted: tuple[float, ...] = ()

    @classmethod
    def from_facts(cls, facts: pd.DataFrame) -> Guidelines:
        rows = facts[facts["origin"] == "guideline"]
        keys = tuple((str(unit), float(value), str(key)) for key, unit, value in
                     rows[["key", "unit", "value"]].itertuples(index=False))
        counted = set(facts["key"])
        levels = sorted({value for unit, value, _ in keys if unit == "percent_gdp"
                         and f"allies_above_{value:g}pct" in counted})
        return cls(keys, tuple(levels))

    def key_for(self, value: float, unit: str) -> str | None:
        for known_unit, known_value, key in self.keys:
            if known_unit == unit and abs(known_value - value) < 1e-9:
                return key
        return None
