"""Guideline lines as the charts draw them: the value, the year it is due and a label naming
the declaration it comes from, all read from :func:`analysis.data.load.load_guidelines`.

A chart never writes "2%" or "3.5%" itself; it gets a :class:`GuidelineLine`, so a change in
the guideline data changes every line, label and count.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from analysis.errors import DataError

WALES_SHARE = "share_gdp"
WALES_EQUIPMENT = "equipment_share"
HAGUE_CORE = "core_defence_share_gdp"
HAGUE_TOTAL = "defence_and_related_share_gdp"

# What each guideline measures, in the few words a chart label has room for.
MEASURES = {
    WALES_SHARE: "of GDP on defence",
    WALES_EQUIPMENT: "on equipment",
    HAGUE_CORE: "core defence",
    HAGUE_TOTAL: "defence and related",
    "related_spending_share_gdp": "related spending",
}


@dataclass(frozen=True)
class GuidelineLine:
    """One guideline to draw: ``value`` in its unit, due by ``target_year``."""

    guideline: str
    value: float
    target_year: int
    summit: str
    source: str

    @property
    def measure(self) -> str:
        """What the guideline measures, in a few words: 'core defence'."""
        return MEASURES.get(self.guideline, self.guideline)

    @property
    def label(self) -> str:
        """'3.5% core defence (The Hague 2025)'."""
        return f"{self.value:g}% {self.measure} ({self.summit})"

    @property
    def short(self) -> str:
        """'3.5%': for counts ('at or above 3.5%')."""
        return f"{self.value:g}%"


def guideline_line(guidelines: pd.DataFrame, guideline: str) -> GuidelineLine:
    """The row ``guideline`` of the guideline data as a line; DataError if it is absent."""
    rows = guidelines[guidelines["guideline"] == guideline]
    if rows.empty:
        known = ", ".join(guidelines["guideline"].astype(str))
        raise DataError(f"guidelines: no guideline {guideline!r} (known: {known})")
    row = rows.iloc[0]
    return GuidelineLine(guideline=guideline, value=float(row["value"]),
                         target_year=int(row["target_year"]), summit=str(row["summit"]),
                         source=str(row["source"]))


def share_guidelines(guidelines: pd.DataFrame,
                     override_pct: float | None = None) -> tuple[GuidelineLine, GuidelineLine]:
    """The two share-of-GDP lines the spending charts draw: Wales (2%) and The Hague core (3.5%).

    ``override_pct`` (a report parameter) replaces the Wales value when it differs from it; the
    line is then labelled as the report's own, not as Wales's.
    """
    wales = guideline_line(guidelines, WALES_SHARE)
    hague = guideline_line(guidelines, HAGUE_CORE)
    if override_pct is not None and float(override_pct) != wales.value:
        wales = GuidelineLine(guideline="report parameter", value=float(override_pct),
                              target_year=wales.target_year, summit="guideline_pct",
                              source="report parameter guideline_pct")
    return wales, hague
