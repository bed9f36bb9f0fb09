"""The layout of NATO's TABLES workbook: which tables, sections and columns it has, and the
names and header years in it (:mod:`analysis.data.workbook` reads the cells by this layout).

The specs name tables, sections and columns by their labels, never by fixed addresses, so the
next release parses as long as NATO keeps the same kind of layout.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.data.allies import ALLIES
from analysis.data.allies import ENGLISH_ALIASES as ALLY_ALIASES

AGGREGATES: tuple[str, ...] = ("NATO Europe and Canada", "NATO Total")

# Other spellings seen in NATO and third-party copies, mapped to NATO's current spelling.
ALIASES: dict[str, str] = {
    **ALLY_ALIASES,
    "nato europe & canada": "NATO Europe and Canada",
    "nato europe and canada": "NATO Europe and Canada",
    "nato - total": "NATO Total",
    "nato total": "NATO Total",
}


_NAMES = {name.casefold(): name for name in ALLIES + AGGREGATES}
_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*([eE])?\s*$")
_LABEL_WITH_CURRENCY = re.compile(r"^(?P<name>.*?)\s*\((?P<currency>[^()]*)\)\s*$")


@dataclass(frozen=True)
class Section:
    """A block of rows under a label such as ``Current prices``, all one indicator."""

    label: str  # regex, matched case-insensitively against the section label text
    indicator: str  # may contain {base}: the price base year stated in the file
    unit: str


@dataclass(frozen=True)
class Column:
    """A column of a table whose headers are not plain years (TABLE4)."""

    header: str  # regex with named groups 'year' and optionally 'base'
    indicator: str
    unit: str


@dataclass(frozen=True)
class TableSpec:
    table: str  # sheet name in NATO's workbook
    number: str  # as in the title 'Table 8a : ...'
    sections: tuple[Section, ...] = ()
    columns: tuple[Column, ...] = ()

    @property
    def title_pattern(self) -> re.Pattern[str]:
        return re.compile(rf"^\s*table\s*{re.escape(self.number)}\s*:", re.IGNORECASE)


# Every release must hold Table 3: the allies, years and estimates of a release come from it.
REQUIRED_TABLES: tuple[str, ...] = ("3",)

_CURRENT = r"^current prices"
_CONSTANT = r"^constant \d{4} prices"
_SHARE_OF_SPENDING = "% of defence expenditure"

TABLES: tuple[TableSpec, ...] = (
    TableSpec("TABLE1", "1", (
        Section(_CURRENT, "national_currency_million_current", "million {currency}"),
        Section(_CONSTANT, "national_currency_million_constant_{base}",
                "million {currency} ({base} prices)"),
    )),
    TableSpec("TABLE2", "2", (
        Section(_CURRENT, "usd_million_current", "million USD"),
        Section(_CONSTANT, "usd_million_constant_{base}", "million USD ({base} prices)"),
    )),
    TableSpec("TABLE3", "3", (
        Section(r"^share of real gdp", "share_gdp_pct", "% of GDP"),
        Section(r"^annual real change", "real_change_pct", "% real change on previous year"),
    )),
    TableSpec("TABLE4", "4", columns=(
        Column(r"^(?P<year>(?:19|20)\d\d)e?$", "summary_usd_million_constant_{base}",
               "million USD ({base} prices)"),
        Column(r"^real change (?P<base>\d{4})\s*-\s*(?P<year>\d{4})e?\b",
               "real_change_cumulative_pct", "% real change since base_year"),
        Column(r"^share of real gdp (?P<year>\d{4})e?\b", "summary_share_gdp_pct", "% of GDP"),
    )),
    TableSpec("TABLE5", "5", (
        Section(_CURRENT, "gdp_usd_million_current", "million USD"),
        Section(_CONSTANT, "gdp_usd_million_constant_{base}", "million USD ({base} prices)"),
    )),
    TableSpec("TABLE6", "6", (
        Section(r"^gdp per capita", "gdp_per_capita_usd_thousand_constant_{base}",
                "thousand USD ({base} prices)"),
        Section(r"^defence expenditure per capita", "defence_per_capita_usd_constant_{base}",
                "USD ({base} prices)"),
    )),
    TableSpec("TABLE7", "7", (Section("", "personnel_thousands", "thousand military personnel"),)),
    TableSpec("TABLE8a", "8a", (
        Section(r"^equipment", "equipment_share_pct", _SHARE_OF_SPENDING),
        Section(r"^personnel", "personnel_share_pct", _SHARE_OF_SPENDING),
    )),
    TableSpec("TABLE8b", "8b", (
        Section(r"^infrastructure", "infrastructure_share_pct", _SHARE_OF_SPENDING),
        Section(r"^other", "other_share_pct", _SHARE_OF_SPENDING),
    )),
)


# --------------------------------------------------------------------------------------------
# Names


def canonical_name(text: str) -> str | None:
    """NATO spelling of an ally or aggregate name, or None when the name is not known."""
    key = " ".join(str(text).replace("\xa0", " ").split()).casefold()
    return _NAMES.get(key) or ALIASES.get(key)


def is_aggregate(name: str) -> bool:
    return name in AGGREGATES


def parse_row_label(text: str) -> tuple[str, bool, str | None]:
    """Split ``'Czechia*   (Koruny)'`` into ``('Czechia', True, 'Koruny')``."""
    text = " ".join(str(text).replace("\xa0", " ").split())
    currency = None
    match = _LABEL_WITH_CURRENCY.match(text)
    if match:
        text, currency = match["name"].strip(), match["currency"].strip()
    starred = text.endswith("*")
    return text.rstrip("* ").strip(), starred, currency


def parse_header_year(value: Any) -> tuple[int, bool] | None:
    """``2019``, ``'2019'``, ``2019.0`` -> (2019, False); ``'2024e'`` -> (2024, True)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        if isinstance(value, float) and not value.is_integer():
            return None
        year = int(value)
        return (year, False) if 1949 <= year <= 2100 else None
    match = _YEAR.match(str(value))
    if not match:
        return None
    return int(match.group(1)), bool(match.group(2))
