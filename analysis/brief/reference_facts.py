"""What NATO published, as one table of facts a figure can be checked against.

Each fact is one value NATO published (or one value computed from a table NATO published) with
what it measures (``key``, ``entity``, ``year``), its wording (``qualifier``), the release it
belongs to (``release``, ``release_date``) and where it came from (``source``, ``quote``). Three
origins feed it:

* ``workbook``: the TABLES workbook (allies at or above 2% per year from ``share_gdp_pct``; the
  European allies' spending = the ``NATO Europe`` aggregate if present, else ``NATO Europe and
  Canada`` less Canada, which keeps each year's membership; shares, spending, personnel per ally);
* ``release``: other releases' tables (``share_gdp_other_releases.csv``): shares per ally and, where
  a release covers at least ``MIN_ALLIES_FOR_COUNT`` allies for a year, the count at or above 2%;
* ``headline``: NATO's headline statements as :func:`analysis.data.load.load_headlines`
  normalises them, one fact per row, plus the participating allies an exercise statement
  names ("from all 31 Allies and Sweden"); ``variant`` is the statement's status there
  (estimate, projection, plan, final).

NATO revises past years between releases; facts are never spliced, every release stays a row.
"""

from __future__ import annotations

import re
from datetime import date

import pandas as pd

from analysis.brief.statement_dates import statement_date
from analysis.data import load
from analysis.data.indicators import threshold_count
from analysis.errors import DataError
from analysis.vocabulary import ALLIES_WITHOUT_ARMED_FORCES, membership_size

FACT_COLUMNS = [
    "key", "entity", "year", "year_text", "value", "unit", "qualifier", "release",
    "release_date", "source", "quote", "origin", "variant",
]
MIN_ALLIES_FOR_COUNT = 28
# The guideline (data/raw/reference/guidelines.csv) that allies_meeting_2pct_guideline counts.
SHARE_GDP_GUIDELINE = "share_gdp"

# "from all 31 Allies and Sweden" counts allies; "from 25 NATO Allies and partners" counts nations
# (allies and partners together), never allies.
EXERCISE_ALLIES = re.compile(
    r"\b(?:from\s+)?(?:all\s+)?(\d{1,2})\s+(?:NATO\s+)?Allies\b(?!\s+and\s+partners)",
    re.IGNORECASE)
EXERCISE_NATIONS = re.compile(r"\b(\d{1,2})\s+(?:NATO\s+)?Allies\s+and\s+partners\b",
                              re.IGNORECASE)


# --- headline statements ----------------------------------------------------------------------

# The loader's vocabulary (analysis.data.reference.read_headlines) mapped onto the facts'
# vocabulary, which is the extractor's (USD, percent_gdp, troops, ...). Unlisted units
# (ships, aircraft, vehicles) are plain counts.
UNITS = {
    "USD": "USD", "EUR": "EUR", "% of GDP": "percent_gdp", "%": "percent", "allies": "allies",
    "forces": "troops", "troops": "troops", "personnel": "troops", "soldiers": "troops",
    "participants": "troops", "nations": "countries", "countries": "countries",
}
QUALIFIERS = {"about": "approximately"}  # how the source check shows the approximate hedge
ENTITIES = {"NATO Europe": "Europe", "NATO Europe and Canada": "Europe and Canada"}


def headline_facts(headlines: pd.DataFrame) -> pd.DataFrame:
    """One fact per headline row of :func:`analysis.data.load.load_headlines` (normalised columns:
    value_in_units, unit, qualifier, status, note, year, year_start, vintage, entity, event)."""
    rows: list[dict] = []
    for record in headlines.to_dict("records"):
        start, end = int(record["year_start"]), int(record["year"])
        release = (f"NATO {record['vintage']}" if _given(record["vintage"])
                   else str(record["vintage_label"]))
        source, quote = str(record["source"]), str(record["quote"])
        qualifier = str(record["qualifier"]) if _given(record["qualifier"]) else ""
        base = {
            "key": record["metric"], "entity": _fact_entity(record),
            "year": end if start == end else None,
            "year_text": str(end) if start == end else f"{start}-{end}",
            "value": float(record["value_in_units"]),
            "unit": UNITS.get(str(record["unit"]), "count"),
            "qualifier": QUALIFIERS.get(qualifier, qualifier), "release": release,
            "release_date": statement_date(release, source), "source": source, "quote": quote,
            "origin": "headline",
            "variant": str(record["status"]) if _given(record["status"]) else "",
        }
        rows.append(base)
        if base["key"].startswith("exercise_"):
            note = str(record["note"]) if _given(record["note"]) else ""
            allies = exercise_allies(note) or exercise_allies(quote)
            if allies is not None:
                rows.append({**base, "key": "exercise_participating_allies",
                             "value": float(allies), "unit": "allies", "qualifier": ""})
            nations = EXERCISE_NATIONS.search(quote)
            if nations:
                rows.append({**base, "key": "exercise_participating_nations",
                             "value": float(nations.group(1)), "unit": "countries",
                             "qualifier": ""})
    facts = pd.DataFrame(rows, columns=FACT_COLUMNS)
    return facts.drop_duplicates(["key", "entity", "year_text", "value", "release", "source"])


def _given(value: object) -> bool:
    return value is not None and not pd.isna(value) and str(value) != ""


def _fact_entity(record: dict) -> str:
    # Exercises by their base name, so that each edition (Steadfast Defender 21, 24) matches.
    if _given(record["event"]):
        return exercise_base_name(str(record["event"]))
    return ENTITIES.get(str(record["entity"]), "")


def exercise_base_name(name: str) -> str:
    """'Steadfast Defender 24' / 'Cold Response 2022' -> 'Steadfast Defender' / 'Cold Response'."""
    return re.sub(r"\s+(?:\d{2}|\d{4})$", "", name.strip())


def exercise_allies(text: str) -> int | None:
    found = EXERCISE_ALLIES.search(text or "")
    return int(found.group(1)) if found else None


# --- tables: the workbook and other releases -----------------------------------------------------

def count_at_or_above(shares: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Allies at or above ``threshold`` per year (``analysis.data.indicators.threshold_count``) from
    one release's ``share_gdp_pct`` rows; columns year, count, covered.

    Years covering fewer than ``MIN_ALLIES_FOR_COUNT`` allies give no count (a partial table
    would undercount). Where a release has two rows for one ally and year, the first is used.
    """
    rows = shares.drop_duplicates(["ally", "year"]).assign(indicator="share_gdp_pct")
    if "vintage" not in rows.columns:
        rows = rows.assign(vintage="one release")
    rows = rows.assign(vintage=rows["vintage"].iloc[0]) if len(rows) else rows
    if rows.empty:
        return pd.DataFrame(columns=["year", "count", "covered"])
    counts = threshold_count(rows, threshold, "share_gdp_pct")
    counts = counts.rename(columns={"reporting": "covered"})[["year", "count", "covered"]]
    # Every ally with armed forces must be in the table for the year, else the count is of
    # another population ("29 of 29 allies" in a table that lacks three).
    needed = counts["year"].map(
        lambda y: membership_size(date(int(y), 12, 31)) - len(ALLIES_WITHOUT_ARMED_FORCES))
    return counts[(counts["covered"] >= MIN_ALLIES_FOR_COUNT) & (counts["covered"] >= needed)]


def workbook_facts(nato: pd.DataFrame, release: str, release_date: date | None,
                   source: str, threshold: float) -> pd.DataFrame:
    """Facts computed from one TABLES workbook (long frame of ``analysis.data.load.load_nato``);
    ``threshold`` is the share-of-GDP guideline the allies are counted at."""
    rows: list[dict] = []

    def add(key: str, entity: str, year: int, value: float, unit: str, quote: str) -> None:
        rows.append({
            "key": key, "entity": entity, "year": int(year), "year_text": str(int(year)),
            "value": float(value), "unit": unit, "qualifier": "", "release": release,
            "release_date": release_date, "source": source, "quote": quote,
            "origin": "workbook", "variant": "",
        })

    shares = nato[nato["indicator"] == "share_gdp_pct"]
    for count in count_at_or_above(shares, threshold).to_dict("records"):
        add("allies_meeting_2pct_guideline", "", count["year"], count["count"], "allies",
            f"TABLE3 share of real GDP: {count['count']} of {count['covered']} allies at or "
            f"above {threshold:g}% in {count['year']} (computed)")
    aggregate_keys = {"NATO Total": ("nato_total_defence_share_gdp", ""),
                      "NATO Europe and Canada": ("europe_canada_defence_share_gdp",
                                                 "Europe and Canada")}
    for record in shares.to_dict("records"):
        name = str(record["ally"])
        if name in aggregate_keys:
            key, entity = aggregate_keys[name]
            add(key, entity, record["year"], record["value"], "percent_gdp",
                f"TABLE3 share of real GDP, {name} {record['year']}")
        elif not name.startswith("NATO "):
            add("ally_share_gdp", name, record["year"], record["value"], "percent_gdp",
                f"TABLE3 share of real GDP, {name} {record['year']}")
    for record in nato[nato["indicator"] == "equipment_share_pct"].to_dict("records"):
        if not str(record["ally"]).startswith("NATO "):
            add("ally_equipment_share", record["ally"], record["year"], record["value"],
                "percent", f"TABLE8 equipment share, {record['ally']} {record['year']}")
    for record in nato[nato["indicator"] == "personnel_thousands"].to_dict("records"):
        if not str(record["ally"]).startswith("NATO "):
            add("ally_personnel", record["ally"], record["year"], record["value"] * 1e3,
                "troops", f"TABLE7 military personnel, {record['ally']} {record['year']}")
    current = nato[nato["indicator"] == "usd_million_current"]
    for record in current.to_dict("records"):
        if not str(record["ally"]).startswith("NATO "):
            add("ally_defence_spending", record["ally"], record["year"], record["value"] * 1e6,
                "USD", f"TABLE2 current prices, {record['ally']} {record['year']}")
    for year, value, how in europe_spending(current):
        add("nato_europe_defence_spending", "Europe", year, value * 1e6, "USD",
            f"TABLE2 current prices and exchange rates, European allies {year}: {how}")
    for year, value, how in europe_spending(nato[nato["indicator"] == "usd_million_constant_2015"]):
        add("nato_europe_defence_spending_constant2015", "Europe", year, value * 1e6, "USD",
            f"TABLE2 constant 2015 prices, European allies {year}: {how}")
    for name, key in (("NATO Europe and Canada", "europe_canada_defence_spending"),
                      ("NATO Total", "nato_total_defence_spending")):
        for record in current[current["ally"] == name].to_dict("records"):
            add(key, "Europe and Canada" if "Europe" in name else "", record["year"],
                record["value"] * 1e6, "USD", f"TABLE2 current prices, {name} {record['year']}")
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


def europe_spending(series: pd.DataFrame) -> list[tuple[int, float, str]]:
    """European allies' spending per year (million USD) and how it was obtained."""
    out: list[tuple[int, float, str]] = []
    for year, group in series.groupby("year"):
        by_ally = group.drop_duplicates("ally").set_index("ally")["value"]
        if "NATO Europe" in by_ally.index:
            out.append((int(year), float(by_ally["NATO Europe"]), "NATO Europe aggregate"))
        elif "NATO Europe and Canada" in by_ally.index and "Canada" in by_ally.index:
            out.append((int(year), float(by_ally["NATO Europe and Canada"] - by_ally["Canada"]),
                        "'NATO Europe and Canada' less Canada"))
        else:
            europe = by_ally.drop([n for n in by_ally.index if str(n).startswith("NATO ")
                                   or n in ("United States", "Canada")])
            if len(europe):
                out.append((int(year), float(europe.sum()),
                            f"sum of {len(europe)} European allies"))
    return out


def release_facts(other: pd.DataFrame, threshold: float,
                  release_dates: dict[str, date | None] | None = None) -> pd.DataFrame:
    """Facts from other releases' shares of GDP (``analysis.data.load.load_other_releases``),
    counting allies at or above ``threshold`` % of GDP.

    ``release_dates`` maps a release label ('NATO 2024-02') to its date; else the label's month.
    """
    rows: list[dict] = []
    frame = other
    if "indicator" in frame.columns:
        frame = frame[frame["indicator"] == "share_gdp_pct"]
    label = "vintage_label" if "vintage_label" in frame.columns else "vintage"
    for vintage, group in frame.groupby(label):
        sources = "; ".join(sorted({str(s).split(" | ")[0] for s in group["source"]})[:2])
        released = (release_dates or {}).get(str(vintage)) or statement_date(str(vintage), "")
        for count in count_at_or_above(group, threshold).to_dict("records"):
            rows.append({
                "key": "allies_meeting_2pct_guideline", "entity": "", "year": int(count["year"]),
                "year_text": str(int(count["year"])), "value": float(count["count"]),
                "unit": "allies", "qualifier": "", "release": str(vintage),
                "release_date": released, "source": sources,
                "quote": f"{count['count']} of {count['covered']} allies at or above "
                         f"{threshold:g}% in {count['year']} (computed from the release's "
                         "shares)",
                "origin": "release", "variant": "",
            })
        for record in group.to_dict("records"):
            if str(record["ally"]).startswith("NATO "):
                continue
            rows.append({
                "key": "ally_share_gdp", "entity": record["ally"], "year": int(record["year"]),
                "year_text": str(int(record["year"])), "value": float(record["value"]),
                "unit": "percent_gdp", "qualifier": "", "release": str(vintage),
                "release_date": released, "source": str(record["source"]),
                "quote": f"{record['ally']} {record['year']}: {record['value']}% of GDP",
                "origin": "release", "variant": "",
            })
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


# Values of later releases known only as scattered statements (data/raw/releases, role
# statements): (table, start of the measure) -> (key, unit, multiplier), in the workbook's keys.
STATEMENT_KEYS = {
    ("Table 3", "share of"): ("ally_share_gdp", "percent_gdp", 1.0),
    ("Table 8a", "equipment"): ("ally_equipment_share", "percent", 1.0),
    ("Table 2", "core defence expenditure, current prices"): ("ally_defence_spending", "USD", 1e6),
}


def statement_facts(statements: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Facts from later statements (:func:`analysis.data.load.load_statements`): the Annual
    Report's 2025 shares (``SGAR 2026-03``, with the count at ``threshold`` where it covers
    enough allies) and the values of the 2026 edition found so far (``2026-07``), each with its
    release, date and source."""
    if statements.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    labels = "NATO " + statements["vintage"].astype(str)
    shares = statements[statements["table"] == "Table 3"]
    shares = shares[shares["measure"].str.startswith("share of")]
    dates = dict(zip(labels, statements["release_date"], strict=True))
    frames = [release_facts(shares.assign(vintage_label=labels[shares.index],
                                          indicator="share_gdp_pct"), threshold, dates)]
    rows = []
    for record in statements.assign(label=labels).to_dict("records"):
        spec = next((v for (table, measure), v in STATEMENT_KEYS.items()
                     if record["table"] == table and str(record["measure"]).startswith(measure)),
                    None)
        if spec is None or record["table"] == "Table 3":
            continue
        key, unit, scale = spec
        rows.append({
            "key": key, "entity": record["ally"], "year": int(record["year"]),
            "year_text": str(int(record["year"])), "value": float(record["value"]) * scale,
            "unit": unit, "qualifier": "", "release": record["label"],
            "release_date": dates.get(record["label"]) or statement_date(record["label"], ""),
            "source": str(record["source"]),
            "quote": f"{record['table']} {record['measure']}, {record['ally']} {record['year']}",
            "origin": "release", "variant": "",
        })
    frames.append(pd.DataFrame(rows, columns=FACT_COLUMNS))
    return pd.concat([f for f in frames if not f.empty], ignore_index=True)


def guideline_facts(guidelines: pd.DataFrame) -> pd.DataFrame:
    """The guidelines themselves (:func:`analysis.data.load.load_guidelines`), one fact each,
    keyed ``guideline_<id>``: the Wales 2% of GDP and 20% on equipment, The Hague's 5%, 3.5%
    and 1.5% of GDP; in force from the year agreed (``year_text`` '2014-')."""
    rows = [{
        "key": f"guideline_{record['guideline']}", "entity": "", "year": None,
        "year_text": f"{record['agreed'].year}-", "value": float(record["value"]),
        "unit": record["unit"], "qualifier": record["qualifier"],
        "release": f"NATO {record['agreed']:%Y-%m}", "release_date": record["agreed"],
        "source": record["source"], "quote": record["quote"], "origin": "guideline",
        "variant": "",
    } for record in guidelines.to_dict("records")]
    return pd.DataFrame(rows, columns=FACT_COLUMNS)


def guideline_value(guidelines: pd.DataFrame, guideline: str) -> float:
    """The value of one guideline by its id; DataError naming the file when it is missing."""
    rows = guidelines[guidelines["guideline"] == guideline]
    if rows.empty:
        raise DataError(f"data/raw/reference/guidelines.csv: no guideline {guideline!r} "
                        f"(found: {', '.join(guidelines['guideline'])})")
    return float(rows["value"].iloc[0])


# --- all of them ------------------------------------------------------------------------------

def reference_facts() -> pd.DataFrame:
    """All reference facts from the bundled data (workbooks, other releases, headlines)."""
    guidelines = load.load_guidelines()
    threshold = guideline_value(guidelines, SHARE_GDP_GUIDELINE)
    frames = [guideline_facts(guidelines), headline_facts(load.load_headlines())]
    nato = load.load_nato()
    for vintage in load.available_releases():
        info = load.release_info(vintage)
        frames.append(workbook_facts(
            nato[nato["vintage"] == vintage], f"NATO {vintage}", info.release_date,
            f"{info.publisher}, {info.title}, {info.file.name}"
            + (f" ({info.provenance_note})" if info.secondary else ""), threshold))
    # A release bundled whole (workbook or extract) is counted from its unrounded values, not
    # from the rounded copies in the other-releases CSVs.
    others = load.load_other_releases()
    others = others[~others["vintage"].isin(load.available_releases())]
    dates = {}
    for vintage, label in others[["vintage", "vintage_label"]].drop_duplicates().itertuples(
            index=False):
        dates[str(label)] = load.release_info(str(vintage)).release_date
    frames.append(release_facts(others, threshold, dates))
    frames.append(statement_facts(load.load_statements(), threshold))
    facts = pd.concat([f for f in frames if not f.empty], ignore_index=True)
    return unify_release_dates(facts)


def unify_release_dates(facts: pd.DataFrame) -> pd.DataFrame:
    """One date per NATO release label: the earliest day-exact date its rows name.

    Statements of one release are quoted by sources of different days; the release is one event.
    Dates known only to the month (the 1st) give way to a day-exact date in the same month.
    """
    dates = facts["release_date"].copy()
    for label, group in facts.groupby("release"):
        if not str(label).startswith("NATO "):
            continue
        known = [d for d in group["release_date"] if isinstance(d, date)]
        if not known:
            continue
        exact = [d for d in known if d.day != 1]
        first = min(exact) if exact else min(known)
        same_month = [d for d in known if (d.year, d.month) == (first.year, first.month)]
        if len(same_month) == len(known):
            dates[group.index] = first
    return facts.assign(release_date=dates)
