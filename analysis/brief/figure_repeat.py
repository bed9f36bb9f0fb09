"""A share the text repeats after a demonstrative: "Spain spent 1.24% of its GDP in 2024 ...
That 1.24% is above the 1.16% of 2023", Spanish "ese 1,24%", "Esta cifra del 1,24%" (this figure
of 1.24%). The demonstrative points back to the share given before: the same ally's, of the
same year, whatever year or owner the repeating sentence names besides. An unmatched repeat takes
the reading of the one earlier share of that value that agreed with NATO (never to differ).
Guideline levels ("this 2%") are left alone: they mostly name the target, not a share spent."""

from __future__ import annotations

import re

import pandas as pd

from analysis.brief.headline_repeat import AGREEING, READING
from analysis.extract.guideline_reading import GUIDELINE_LEVELS

SHARE_UNITS = ("percent", "percent_gdp")
# "this", "that", "the same" in the languages read, optionally with "figure of" between:
# English, Spanish ("ese", "esta cifra del"), Portuguese ("esse", "este valor de"), Italian
# ("questo", "quel", "tale"), French ("ce", "cette"), German ("diese", "dieser Wert von"),
# Dutch ("deze", "dit"), Polish ("ten", "owe"), Turkish ("bu").
POINTS_BACK = re.compile(
    r"(?<!\w)(?:this|that|the\s+same|ese|esa|este|esta|dicho|dicha|esse|essa|questo|questa|quel"
    r"|quello|tale|ce|cette|diese[rs]?|deze|dit|owe|bu)\s+"
    r"(?:(?:figure|cifra|valor|valore|chiffre|wert|zahl|dato|percentage|porcentaje|rakam)\s+"
    r"(?:of|del|de|di|du|von|van)\s+)?(?:el\s+|la\s+|il\s+|l['’]\s*|le\s+)?$", re.I)


def with_repeated_shares_read(table: pd.DataFrame, text: str | None) -> pd.DataFrame:
    """``table`` (check rows) with each unmatched share that a demonstrative points back to
    read as the one earlier agreeing share of the same value."""
    if not text or not len(table):
        return table
    shares = table[table["unit"].isin(SHARE_UNITS) & table["start"].notna()]
    agreeing = shares[shares["status"].isin(AGREEING)]
    changed = None
    for index, row in shares[shares["status"] == "unmatched"].iterrows():
        start = int(row["start"])
        if row["value"] in GUIDELINE_LEVELS or not POINTS_BACK.search(
                text[max(0, start - 40):start]):
            continue
        same = agreeing[(agreeing["value"] == row["value"]) & (agreeing["start"] < start)]
        readings = same[["metric", "entity", "year"]].astype(str).drop_duplicates()
        if len(readings) != 1:
            continue
        changed = table.copy() if changed is None else changed
        taken = same.iloc[-1]
        changed.loc[index, READING] = taken[READING].to_numpy()
        changed.loc[index, "reason"] = f"repeats the share given before: {taken['reason']}"
    return table if changed is None else changed
