"""Figures in a list under a heading: the heading gives the year and the unit the items omit.

"Here is a list of how much was estimated to have been spent on defence by Nato countries in 2023
as a proportion of their national GDP" over "– Poland 3.92%" (Express & Star, July 2024), "Here
are the Nato countries' defence expenditures for 2024, as a percentage of their GDP:" over
"Poland: 4.12" (Sweden Herald, June 2024): each item is that ally's share of GDP in that year.
"""

from __future__ import annotations

import re
from typing import Any

from analysis.extract.bracket_year import key_year_of_heading, opens_a_parenthesis
from analysis.extract.other_languages import SHARE_HEADING_WORDS

# One list item per line: an optional dash or bullet, a name, then only the number.
# The number may be followed by its change in parentheses: "Grekland: 3,54 (-0,16)", "Lettland:
# 2,07 (+-0)" (TT, Swedish, March 2023).
LIST_ITEM = re.compile(r"^[ \t]*(?:[–—•*-][ \t]*)?[A-ZÀ-Ý][\w .'’-]{1,40}?(?::[ \t]*|[ \t]+)"
                       r"\d+(?:[.,]\d+)?[ \t]*%?"
                       r"(?:[ \t]*\([ \t]*\+?[-+−–]?[ \t]*\d+(?:[.,]\d+)?[ \t]*%?[ \t]*\))?[ \t]*$")
# A heading announcing shares of GDP, e.g. "as a percentage of their GDP", "as a proportion of
# their national GDP".
SHARE_HEADING = re.compile(r"\b(?:(?:percentage|proportion|share|per\s?cent)\s+of\s+(?:\w+\s+){0,3}"
                           r"(?:GDP|gross\s+domestic\s+product)" + SHARE_HEADING_WORDS + r")\b",
                           re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# What a heading says in parentheses is about the items' parentheses: "(change in percentage
# points from 2021 in parentheses)" dates the changes, not the shares.
PARENTHESES = re.compile(r"\([^()]*\)")
DIGIT = re.compile(r"\d")


def list_heading(text: str, start: int) -> str:
    """The heading above the list item holding offset ``start``, else ''."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    # the item's own number, not the change in parentheses after it
    if not LIST_ITEM.match(text[line_start:line_end]) or DIGIT.search(text, line_start, start):
        return ""
    end = line_start - 1
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip() and not LIST_ITEM.match(line):
            return line
        end = begin - 1
    return ""


def colon_heading(text: str, start: int) -> str:
    """The line ending in a colon that opens the run of lines (no blank line between) holding
    offset ``start`` below it, else '': "The figures, for 2023, show:" over "Denmark spends 2%
    and Finland 2.1%;"."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end].strip()
        if not line:
            return ""
        if line.endswith(":"):
            return line
        end = begin - 1
    return ""


def with_list_heading(record: dict[str, Any], text: str | None) -> dict[str, Any]:
    """The record with the year and the share-of-GDP unit its list's heading states; a heading
    ending in a colon that names one year gives that year to the lines under it."""
    start = record.get("start")
    if not text or start is None or start != start:  # NaN: no offsets
        return record
    heading = list_heading(text, int(start))
    if not heading or not SHARE_HEADING.search(heading):
        heading = colon_heading(text, int(start))
        return _with_year_of(record, heading, opens_a_parenthesis(text, int(start)))
    record = _with_year_of(record, heading, opens_a_parenthesis(text, int(start)))
    if record.get("unit") in ("count", "percent"):
        record = {**record, "unit": "percent_gdp", "metric": "defence_spending_share_gdp"}
    return record


def _with_year_of(record: dict[str, Any], heading: str, in_parenthesis: bool) -> dict[str, Any]:
    # "Spending in 2025 (2024 in brackets):" over "Italy 2.01% (1.5%)": the key dates the 1.5%
    key = key_year_of_heading(heading) if in_parenthesis else None
    years = {str(key)} if key else set(YEAR.findall(PARENTHESES.sub(" ", heading)))
    year = record.get("year")
    if len(years) != 1 or not (year is None or year != year):
        return record
    return {**record, "year": int(years.pop())}
