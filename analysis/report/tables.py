"""The small tables and selections the report notebooks show, so notebooks stay narrative.

Everything here is a pure function of the loaded frames (:mod:`analysis.data.load`); nothing reads
files except :func:`data_files`, which lists the raw files a report used with their sha256.
Tables are kept narrow (at most :data:`MAX_COLUMNS` columns, rounded numbers) so they fit an A4
portrait page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.data import indicators
from analysis.errors import DataError, ParameterError
from analysis.markup import code_span, escape_markdown

MAX_COLUMNS = 7

# ------------------------------------------------------------------------------------------------
# Parameters as the notebooks receive them
# ------------------------------------------------------------------------------------------------


def resolve_release(release: str | None, available: Sequence[str]) -> str:
    """``None`` or ``"latest"`` means the newest release in ``available`` (sorted oldest first)."""
    if not available:
        raise DataError("no NATO release is bundled")
    if release is None or str(release).strip().lower() in ("", "latest"):
        return available[-1]
    if release not in available:
        raise ParameterError(
            f"parameter release={release!r}: not a bundled release ({', '.join(available)})")
    return str(release)


def as_list(value: str | Iterable[str] | None, parameter: str = "value") -> list[str]:
    """A list parameter as papermill may pass it: a list, '[a, b]' (YAML) or 'a, b'; read as the
    build reads it (:func:`analysis.pipeline.params.resolve_params`)."""
    if value is None:
        return []
    return _resolved("list[str]", parameter, value)


def resolve_allies(allies: str | Iterable[str], known: Sequence[str],
                   parameter: str = "allies", release: str = "in use") -> list[str]:
    """``"all"``, a list, or a comma-separated string of allies, checked against ``known`` (the
    allies of ``release``) as the build checks them (any case: 'poland' is Poland).

    Returned in ``known``'s order (NATO's table order), so tables read the same whatever order
    the caller typed.
    """
    wanted = _resolved("allies", parameter, allies, _Known(tuple(known), release))
    if wanted == "all":
        return list(known)
    return [a for a in known if a in set(wanted)]


@dataclass(frozen=True)
class _Known:
    """The allies a notebook already has, as the parameter checks' data universe."""

    known: tuple[str, ...] = ()
    release: str = "in use"

    def allies(self, release: str | None) -> list[str]:
        return list(self.known)

    def years(self, release: str | None) -> list[int]:
        return []

    def releases(self) -> list[str]:
        return []

    def latest_release(self) -> str:
        return self.release

    def sources(self) -> list[str]:
        return []


def _resolved(kind: str, parameter: str, value: Any, known: _Known = _Known()) -> Any:
    # A value typed in JupyterLab gets the checks and messages of the build's parameters.
    from analysis.pipeline.params import ParamSpec, ReportSpec, resolve_params

    if not isinstance(value, str):
        value = [str(item) for item in value]
    spec = ParamSpec(parameter, kind, None)
    report = ReportSpec(name="notebook", notebook=Path("notebook"), title="", description="",
                        parameters=(spec,))
    return resolve_params(report, {parameter: value}, known)[parameter]


# ------------------------------------------------------------------------------------------------
# Checks that fail loudly
# ------------------------------------------------------------------------------------------------


def check_coverage(data: pd.DataFrame, *, vintage: str, indicators_needed: Iterable[str],
                   allies: Sequence[str], years: Iterable[int]) -> pd.DataFrame:
    """Every needed indicator has a value for every ally and year; else a DataError.

    Returns one row per indicator (indicator, allies, years, values, min, max) to show what
    was checked.
    """
    years = sorted({int(y) for y in years})
    rows = []
    for indicator in indicators_needed:
        part = indicators.select(data, indicator, vintage)
        part = part[part["ally"].isin(allies) & part["year"].isin(years)]
        have = part.dropna(subset=["value"]).set_index(["ally", "year"]).index
        missing = [(a, y) for a in allies for y in years if (a, y) not in have]
        if missing:
            ally, year = missing[0]
            raise DataError(
                f"release {vintage}: {indicator} has no value for {ally} {year} "
                f"({len(missing)} ally-years missing)")
        rows.append({"indicator": indicator, "allies": len(allies),
                     "years": f"{years[0]}-{years[-1]}", "values": len(part),
                     "min": round(float(part["value"].min()), 2),
                     "max": round(float(part["value"].max()), 2)})
    return pd.DataFrame(rows)


def check_range(data: pd.DataFrame, indicator: str, low: float, high: float,
                vintage: str) -> None:
    """Values of ``indicator`` lie within [low, high]; a value outside is a parse error."""
    rows = indicators.select(data, indicator, vintage, include_aggregates=True)
    bad = rows[(rows["value"] < low) | (rows["value"] > high)]
    if not bad.empty:
        first = bad.iloc[0]
        raise DataError(
            f"release {vintage}: {indicator} for {first['ally']} {first['year']} is "
            f"{first['value']:.3g}, outside the plausible {low:g}-{high:g}")


# ------------------------------------------------------------------------------------------------
# Frames for charts
# ------------------------------------------------------------------------------------------------


def one_year(data: pd.DataFrame, indicator: str, year: int, vintage: str,
             allies: Sequence[str] | None = None,
             include_aggregates: bool = False) -> pd.DataFrame:
    """ally, value, estimate, is_aggregate for one indicator and year (for ranked bars)."""
    rows = indicators.select(data, indicator, vintage, include_aggregates)
    rows = rows[rows["year"] == int(year)]
    if allies is not None:
        rows = rows[rows["ally"].isin(allies) | rows["is_aggregate"]]
    if rows.empty:
        raise DataError(f"release {vintage}: no {indicator} values for {year}")
    return rows[["ally", "value", "estimate", "is_aggregate"]].reset_index(drop=True)


def series(data: pd.DataFrame, indicator: str, vintage: str, *,
           allies: Sequence[str] | None = None, start_year: int | None = None,
           end_year: int | None = None, include_aggregates: bool = False) -> pd.DataFrame:
    """ally, year, value, estimate, is_aggregate over a span of years (for trend charts)."""
    rows = indicators.select(data, indicator, vintage, include_aggregates)
    if allies is not None:
        rows = rows[rows["ally"].isin(allies) | rows["is_aggregate"]]
    if start_year is not None:
        rows = rows[rows["year"] >= int(start_year)]
    if end_year is not None:
        rows = rows[rows["year"] <= int(end_year)]
    return rows[["ally", "year", "value", "estimate", "is_aggregate"]].reset_index(drop=True)


def share_and_equipment(data: pd.DataFrame, year: int, vintage: str,
                        allies: Sequence[str] | None = None) -> pd.DataFrame:
    """ally, share_gdp_pct, equipment_share_pct, estimate in ``year`` (NATO's 2%/20% chart)."""
    share = one_year(data, "share_gdp_pct", year, vintage, allies)
    equipment = one_year(data, "equipment_share_pct", year, vintage, allies)
    merged = share.rename(columns={"value": "share_gdp_pct"}).merge(
        equipment[["ally", "value"]].rename(columns={"value": "equipment_share_pct"}),
        on="ally", how="inner", validate="one_to_one")
    return merged[["ally", "share_gdp_pct", "equipment_share_pct", "estimate"]]


def change_between(data: pd.DataFrame, indicator: str, start_year: int, end_year: int,
                   vintage: str, allies: Sequence[str] | None = None) -> pd.DataFrame:
    """ally, start, end, change, change_pct, estimate (of the end value), largest change first."""
    changes = indicators.change_since(data, int(start_year), indicator, vintage)
    changes = changes[changes["year"] == int(end_year)]
    ends = indicators.select(data, indicator, vintage)
    ends = ends[ends["year"] == int(end_year)][["ally", "estimate"]]
    merged = changes.merge(ends, on="ally", how="left", validate="one_to_one")
    if allies is not None:
        merged = merged[merged["ally"].isin(allies)]
    merged = merged.rename(columns={"base_value": "start", "value": "end"})
    return (merged[["ally", "start", "end", "change", "change_pct", "estimate"]]
            .sort_values("change", ascending=False, kind="stable").reset_index(drop=True))


def guideline_counts(data: pd.DataFrame, guideline_pct: float, vintage: str,
                     years: Iterable[int], allies: Sequence[str]) -> pd.DataFrame:
    """year, count, allies (how many of ``allies`` reported), estimate: for the count chart.

    Counts only the allies of the report, so a report on a subset counts within that subset.
    """
    counts = indicators.threshold_count(data, guideline_pct, vintage=vintage, years=years)
    wanted = set(allies)
    shares = indicators.select(data, "share_gdp_pct", vintage)
    reporting = (shares[shares["ally"].isin(wanted) & shares["value"].notna()]
                 .groupby("year")["ally"].nunique())
    return pd.DataFrame({
        "year": counts["year"].astype(int),
        "count": [sum(a in wanted for a in names) for names in counts["allies"]],
        "allies": counts["year"].map(reporting).fillna(0).astype(int).to_numpy(),
        "estimate": counts["estimate"].astype(bool),
        "names": [[a for a in names if a in wanted] for names in counts["allies"]],
    })


EUROPE_CANADA = "NATO Europe and Canada"
UNITED_STATES = "United States"


def europe_and_us(data: pd.DataFrame, vintage: str, start_year: int, end_year: int,
                  indicator: str = "usd_million_constant_2015") -> pd.DataFrame:
    """NATO Europe and Canada and the United States over the years (ally, year, value, estimate).

    Always the whole alliance, whatever allies a report selects: the aggregate is NATO's own.
    """
    rows = series(data, indicator, vintage, start_year=start_year, end_year=end_year,
                  include_aggregates=True)
    rows = rows[rows["ally"].isin([EUROPE_CANADA, UNITED_STATES])]
    if set(rows["ally"]) != {EUROPE_CANADA, UNITED_STATES}:
        raise DataError(f"release {vintage}: {indicator} lacks {EUROPE_CANADA} or "
                        f"{UNITED_STATES}")
    return rows.reset_index(drop=True)


def growth(rows: pd.DataFrame, name: str, start_year: int, end_year: int) -> float:
    """Percent change of one named series of ``rows`` between two years."""
    part = rows[rows["ally"] == name].set_index("year")["value"]
    return float((part[int(end_year)] / part[int(start_year)] - 1) * 100)


# ------------------------------------------------------------------------------------------------
# Tables for people
# ------------------------------------------------------------------------------------------------


def narrow(table: pd.DataFrame, decimals: Mapping[str, int] | int = 2) -> pd.DataFrame:
    """Round numbers for reading and refuse tables wider than an A4 page holds."""
    if table.shape[1] > MAX_COLUMNS:
        raise ValueError(f"table has {table.shape[1]} columns; at most {MAX_COLUMNS} fit A4 "
                         "portrait")
    if isinstance(decimals, int):
        decimals = {c: decimals for c in table.select_dtypes("number").columns}
    return table.round(dict(decimals))


def styled(table: pd.DataFrame, caption: str | None = None,
           formats: Mapping[str, str] | None = None) -> Any:
    """A pandas Styler without the index, numbers right-aligned with thousands separators."""
    if not table.columns.is_unique:
        raise ValueError(f"table has repeated column names: {list(table.columns)}")
    table = narrow(table, 6)
    fmt = {c: "{:,.2f}" for c in table.select_dtypes("float").columns}
    fmt.update({c: "{:,}" for c in table.select_dtypes("integer").columns})
    fmt.update(formats or {})
    text_columns = [c for c in table.columns if c not in table.select_dtypes("number").columns]
    styler = table.style.format(fmt, na_rep="–", escape="html").hide(axis="index")
    if text_columns:
        styler = styler.set_properties(subset=text_columns, **{"text-align": "left"})
    if caption:
        styler = styler.set_caption(caption)
    return styler.set_table_styles([
        {"selector": "caption", "props": "caption-side: top; text-align: left; "
                                          "font-weight: bold; padding-bottom: 4px;"},
        {"selector": "td, th", "props": "padding: 2px 8px;"},
        *[{"selector": f"th.col_heading.col{i}", "props": "text-align: left;"}
          for i, c in enumerate(table.columns) if c in text_columns],
    ])


def spending_table(data: pd.DataFrame, vintage: str, start_year: int, end_year: int,
                   allies: Sequence[str], guideline_pct: float) -> pd.DataFrame:
    """The numbers the spending charts show, one row per ally, ranked by share of GDP."""
    change = change_between(data, "share_gdp_pct", start_year, end_year, vintage, allies)
    equipment = one_year(data, "equipment_share_pct", end_year, vintage, allies)
    ranks = indicators.rank(data, int(end_year), "share_gdp_pct", vintage)
    table = (change.merge(equipment[["ally", "value"]], on="ally", how="left")
             .merge(ranks[["ally", "rank"]], on="ally", how="left"))
    end_label = f"{end_year}e" if bool(change["estimate"].any()) else str(end_year)
    start_label = str(start_year) if str(start_year) != end_label else f"{start_year} (start)"
    table = pd.DataFrame({
        "rank": table["rank"].astype("Int64"),
        "ally": table["ally"],
        f"% GDP {start_label}": table["start"],
        f"% GDP {end_label}": table["end"],
        "change (pp)": table["change"],
        f"equipment % {end_label}": table["value"],
        f"≥ {guideline_pct:g}%": table["end"].ge(guideline_pct).map({True: "yes", False: "no"}),
    })
    return narrow(table.sort_values("rank", kind="stable").reset_index(drop=True), 2)


def ally_facts(data: pd.DataFrame, ally: str, vintage: str, year: int,
               start_year: int, guideline_pct: float = 2.0) -> pd.DataFrame:
    """One ally's key numbers in ``year`` as a two-column table (measure, value) plus a note."""
    def value(indicator: str, at: int = year) -> tuple[float, bool]:
        rows = indicators.select(data, indicator, vintage)
        row = rows[(rows["ally"] == ally) & (rows["year"] == int(at))]
        if row.empty or pd.isna(row["value"].iloc[0]):
            raise DataError(f"release {vintage}: no {indicator} for {ally} {at}")
        return float(row["value"].iloc[0]), bool(row["estimate"].iloc[0])

    def label(at: int, estimate: bool) -> str:
        return f"{at}e" if estimate else str(at)

    share, est = value("share_gdp_pct")
    ranks = indicators.rank(data, int(year), "share_gdp_pct", vintage)
    position = ranks[ranks["ally"] == ally].iloc[0]
    median = indicators.alliance_median(data, "share_gdp_pct", vintage)
    median_value = float(median.loc[median["year"] == int(year), "median"].iloc[0])
    spend, _ = value("usd_million_constant_2015")
    spend_start, _ = value("usd_million_constant_2015", start_year)
    share_start, est_start = value("share_gdp_pct", start_year)
    people, _ = value("personnel_thousands")
    equipment, _ = value("equipment_share_pct")
    rows = indicators.select(data, "share_gdp_pct", vintage)
    commitment = bool(rows.loc[rows["ally"] == ally, "national_2pct_commitment"].any()) \
        if "national_2pct_commitment" in rows.columns else False
    when = label(year, est)
    facts = [
        (f"Defence spending, share of GDP {when}", f"{share:.2f}%",
         f"{'at or above' if share >= guideline_pct else 'below'} the {guideline_pct:g}% "
         "guideline"),
        (f"Rank by share of GDP {when}", f"{int(position['rank'])} of {int(position['of'])}",
         "1 = highest"),
        (f"Alliance median {when}", f"{median_value:.2f}%",
         f"{share - median_value:+.2f} pp from the median"),
        (f"Share of GDP {label(start_year, est_start)}", f"{share_start:.2f}%",
         f"{share - share_start:+.2f} pp since"),
        (f"Spending {when}, 2015 prices", _money(spend),
         f"{(spend / spend_start - 1) * 100:+.0f}% in real terms since {start_year}"),
        (f"Military personnel {when}", f"{people:,.1f} thousand", ""),
        (f"Equipment share {when}", f"{equipment:.1f}%",
         f"{'at or above' if equipment >= 20 else 'below'} the 20% guideline"),
        ("National 2% commitment", "yes" if commitment else "no",
         "by national law or agreement (asterisk in NATO's tables)"),
    ]
    return pd.DataFrame(facts, columns=["measure", "value", "note"])


def _money(million_usd: float) -> str:
    if million_usd >= 1000:
        return f"{million_usd / 1000:,.1f} billion USD"
    return f"{million_usd:,.0f} million USD"


def release_history(releases: pd.DataFrame, ally: str, max_years: int = 5) -> pd.DataFrame:
    """One ally's values as successive releases published them, for the years most revised.

    ``releases``: :func:`analysis.data.load.all_releases` rows (ally, year, value, estimate,
    vintage). Keeps years published by at least two releases; of those the ``max_years`` with
    the largest spread between releases, always including the newest such year. Columns: year,
    vintage, value, estimate, spread (max - min over releases for that year).
    """
    from analysis.data.load import release_sort_key

    rows = releases[releases["ally"] == ally].dropna(subset=["value"])
    counts = rows.groupby("year")["vintage"].nunique()
    years = counts[counts >= 2].index
    if len(years) == 0:
        return pd.DataFrame(columns=["year", "vintage", "value", "estimate", "spread"])
    rows = rows[rows["year"].isin(years)]
    spread = rows.groupby("year")["value"].agg(lambda v: float(v.max() - v.min()))
    newest = int(max(years))
    others = spread.drop(newest).sort_values(ascending=False, kind="stable")
    chosen = {newest, *(int(y) for y in others.index[: max_years - 1])}
    rows = rows[rows["year"].isin(chosen)].assign(spread=lambda f: f["year"].map(spread))
    rows = rows.assign(_order=rows["vintage"].map(release_sort_key))
    rows = rows.sort_values(["year", "_order"], kind="stable")
    return rows[["year", "vintage", "value", "estimate", "spread"]].reset_index(drop=True)


def release_table(history: pd.DataFrame) -> pd.DataFrame:
    """:func:`release_history` as releases by years, each value with an ``e`` if estimated."""
    from analysis.data.load import release_sort_key

    if history.empty:
        return pd.DataFrame(columns=["release"])
    cells = history.assign(text=[f"{v:.2f}{'e' if e is True else ''}"
                                 for v, e in zip(history["value"],
                                                 history["estimate"].astype("object"),
                                                 strict=True)])
    wide = cells.pivot_table(index="vintage", columns="year", values="text", aggfunc="first")
    wide = wide.loc[sorted(wide.index, key=release_sort_key)]
    if wide.shape[1] > MAX_COLUMNS - 1:
        wide = wide.iloc[:, -(MAX_COLUMNS - 1):]
    wide.columns = [str(c) for c in wide.columns]
    return wide.fillna("–").reset_index().rename(columns={"vintage": "release"})


def short_source(text: str) -> str:
    """The web sites behind a source field ('https://a.org/x (note) | https://b.com/y'): 'a.org,
    b.com'; non-URL parts are kept as written."""
    from urllib.parse import urlparse

    parts = []
    for part in str(text).split("|"):
        token = part.strip().split(" ")[0]
        if token.startswith(("http://", "https://")):
            host = urlparse(token).netloc.removeprefix("www.")
            parts.append(host)
        elif token.startswith("github:"):
            parts.append("NATO workbook (GitHub copy)")
        elif part.strip():
            parts.append(part.strip())
    return ", ".join(dict.fromkeys(parts))


# ------------------------------------------------------------------------------------------------
# Exercises and source figures
# ------------------------------------------------------------------------------------------------

_EXERCISE_METRICS = {
    "exercise_personnel": "personnel",
    "exercise_ships": "ships",
    "exercise_aircraft": "aircraft",
    "exercise_vehicles": "vehicles",
}
# When a headline file gives several figures for one exercise and measure, the final count
# beats an unlabelled figure, which beats a plan.
_STATUS_PREFERENCE = {"final": 0, "": 1, "plan": 2}


def exercise_figures(headlines: pd.DataFrame) -> pd.DataFrame:
    """One figure per exercise and measure from the headline data, the final count preferred.

    Columns: exercise, year, measure, value, qualifier, unit, status, source, quote. Exercises
    with no troop figure are kept as long as some measure is known.
    """
    needed = ["metric", "value", "unit", "year", "source", "quote"]
    missing = [c for c in needed if c not in headlines.columns]
    if missing:
        raise DataError(f"headline figures lack column(s) {', '.join(missing)}")
    rows = headlines[headlines["metric"].isin(_EXERCISE_METRICS)].copy()
    if rows.empty:
        raise DataError("headline figures hold no exercise_* metrics")
    name_column = "event" if "event" in rows.columns else "entity"
    rows["exercise"] = rows[name_column].astype("string")
    rows["measure"] = rows["metric"].map(_EXERCISE_METRICS)
    status = rows["status"] if "status" in rows.columns else pd.Series("", index=rows.index)
    rows["status"] = status.astype("string").fillna("")
    rows["_preference"] = rows["status"].map(_STATUS_PREFERENCE).fillna(1)
    rows["_order"] = range(len(rows))
    if "qualifier" not in rows.columns:
        rows["qualifier"] = pd.NA
    rows = rows.sort_values(["exercise", "measure", "_preference", "_order"], kind="stable")
    chosen = rows.drop_duplicates(["exercise", "measure"], keep="first")
    chosen = chosen.assign(year=chosen["year"].astype(int))
    out = chosen[["exercise", "year", "measure", "value", "qualifier", "unit", "status",
                  "source", "quote"]]
    return out.sort_values(["year", "exercise", "measure"], ascending=[False, True, True],
                           kind="stable").reset_index(drop=True)


def exercise_table(figures: pd.DataFrame) -> pd.DataFrame:
    """Exercises as rows, measures as columns, values written with their qualifier."""
    from analysis.report.charts import _qualified  # one spelling of '>90,000' for chart and table

    cells = figures.assign(text=[_qualified(float(v), "" if pd.isna(q) else str(q))
                                 for v, q in zip(figures["value"], figures["qualifier"],
                                                 strict=True)])
    wide = cells.pivot_table(index=["exercise", "year"], columns="measure", values="text",
                             aggfunc="first")
    order = [m for m in _EXERCISE_METRICS.values() if m in wide.columns]
    wide = wide[order].reset_index().sort_values("year", ascending=False, kind="stable")
    return wide.fillna("–").reset_index(drop=True).rename_axis(columns=None)


def exercise_quotes(figures: pd.DataFrame) -> pd.DataFrame:
    """The quotes behind :func:`exercise_figures`, one row per exercise and quote.

    Columns: exercise, year, measures (comma-separated, in the order of the figures), quote,
    sites (the web sites the source field names).
    """
    rows = []
    for (exercise, quote), group in figures.groupby(["exercise", "quote"], sort=False):
        sites = ", ".join(dict.fromkeys(
            site for text in group["source"] for site in short_source(text).split(", ")))
        rows.append({"exercise": exercise, "year": int(group["year"].iloc[0]),
                     "measures": ", ".join(group["measure"]), "quote": quote, "sites": sites})
    return (pd.DataFrame(rows, columns=["exercise", "year", "measures", "quote", "sites"])
            .sort_values(["year", "exercise"], ascending=[False, True], kind="stable")
            .reset_index(drop=True))


FORCE_UNITS = ("troops", "soldiers", "personnel", "forces", "service members", "servicemembers",
               "participants", "brigade", "battalion", "battlegroup", "division", "ships",
               "aircraft", "vehicles", "tanks", "jets")


def source_figures() -> tuple[pd.DataFrame, bool]:
    """Figures of every bundled source, and whether they are the reviewed tables.

    The reviewed figure tables (:func:`analysis.data.figure_tables.load_figures`) are preferred;
    while a checkout has none, the extractor's figures of each source are used instead and the
    flag is False, so a report can say its figures are unreviewed.
    """
    try:
        from analysis.data.figure_tables import load_figures
    except ImportError:
        load_figures = None
    from analysis.data.sources import list_sources, load_source

    if load_figures is not None:
        reviewed = load_figures()
        if len(reviewed):
            return with_sentences(reviewed.reset_index(drop=True), load_source), True
    from analysis.extract.extractor import extract_figures

    frames = []
    for source_id in list_sources():
        source = load_source(source_id)
        frames.append(extract_figures(source.text, source.published)
                      .assign(source_id=source_id))
    if not frames:
        raise DataError("no source documents bundled in data/raw/sources")
    return pd.concat(frames, ignore_index=True), False


def with_sentences(figures: pd.DataFrame, load_source: Any) -> pd.DataFrame:
    """Add a ``sentence`` column (the quote) from each figure's offsets in its source text.

    The reviewed tables record where a figure sits (``start``, ``end``) rather than its
    sentence; the quote is cut from the source document itself.
    """
    if "sentence" in figures.columns:
        return figures
    texts = {i: load_source(i).text for i in figures["source_id"].dropna().unique()}
    quotes = [sentence_around(texts[i], int(a), int(b)) if pd.notna(a) and pd.notna(b) else ""
              for i, a, b in zip(figures["source_id"], figures["start"], figures["end"],
                                 strict=True)]
    return figures.assign(sentence=quotes)


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+|\n\s*\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` holding the span [start, end), whitespace collapsed."""
    if not 0 <= start <= end <= len(text):
        raise DataError(f"figure offsets {start}-{end} outside a text of {len(text)} characters")
    begin = 0
    for match in _SENTENCE_END.finditer(text, 0, start):
        begin = match.end()
    after = _SENTENCE_END.search(text, end)
    stop = after.start() if after else len(text)
    return " ".join(text[begin:stop].split())


def figure_files(figures: pd.DataFrame, reviewed: bool) -> list[Path]:
    """Files behind :func:`source_figures`: the reviewed tables, else the source documents."""
    from analysis import paths
    from analysis.data.sources import load_source

    ids = sorted(figures["source_id"].dropna().astype(str).unique())
    if reviewed:
        return [p for i in ids if (p := paths.figures_dir() / f"{i}.csv").exists()]
    return [p for i in ids if (p := load_source(i).path) is not None]


def force_figures(figures: pd.DataFrame) -> pd.DataFrame:
    """Figures from the sources that count forces (troops, ships, aircraft...), with quotes.

    ``figures``: the reviewed figure table or the extractor's output; it needs source_id,
    value, unit and a quote (``sentence`` or ``quote``). Exercise metrics count as force
    figures whatever their unit.
    """
    quote_column = "sentence" if "sentence" in figures.columns else "quote"
    needed = ["source_id", "value", "unit", quote_column]
    missing = [c for c in needed if c not in figures.columns]
    if missing:
        raise DataError(f"figure table lacks column(s) {', '.join(missing)}")
    unit = figures["unit"].astype("string").fillna("").str.lower()
    metric = (figures["metric"].astype("string").fillna("")
              if "metric" in figures.columns else pd.Series("", index=figures.index))
    is_force = (unit.apply(lambda u: any(word in u for word in FORCE_UNITS)).astype(bool)
                | metric.str.startswith("exercise_").astype(bool))
    rows = figures[is_force.to_numpy()]
    columns = ["source_id", "text", "value", "unit", "entity", "year", quote_column]
    present = [c for c in columns if c in rows.columns]
    return rows[present].rename(columns={quote_column: "quote"}).reset_index(drop=True)


# ------------------------------------------------------------------------------------------------
# Sources and notes
# ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DataFile:
    name: str
    sha256: str
    what: str


def data_files(paths_used: Iterable[Path], what: Mapping[str, str] | None = None
               ) -> list[DataFile]:
    """The raw files a report read with their sha256.

    A file with a provenance sidecar (``X.source.yml``) is checked against it; a source document
    (whose sidecar is ``X.meta.yml``, without a hash) gets its sha256 computed and says so.
    """
    from analysis.data.provenance import sha256_of, sidecar_path, verify

    result = []
    for path in map(Path, paths_used):
        if sidecar_path(path).exists():
            provenance = verify(path)
            digest, title = provenance.sha256, str(provenance.get("title", ""))
        else:
            digest, title = sha256_of(path), "source document (hash computed, no sidecar hash)"
        result.append(DataFile(path.name, digest, (what or {}).get(path.name) or title))
    return result


def sources_markdown(release: Any, files: Sequence[DataFile], notes: Sequence[str] = ()) -> str:
    """The 'Sources and notes' block: release, cut-off, estimate years and files with sha256.

    What the release's provenance and the file names say is escaped; ``notes`` are Markdown.
    """
    e = escape_markdown
    estimates = e(", ".join(str(y) for y in getattr(release, "estimate_years", ()) or ()))
    lines = [
        f"- **Release:** {e(release.publisher)}, *{e(release.title)}*, vintage "
        f"{e(release.vintage)}, released {e(release.release_date)}, data cut-off "
        f"{e(release.data_cutoff)}.",
    ]
    if estimates:
        lines.append(f"- **Estimates:** {estimates} (marked *e*); later releases revise them.")
    lines += [f"- {note}" for note in notes]
    lines.append("- **Files read**, with sha256 (checked against provenance sidecars where "
                 "they record one):")
    lines += [f"    - {code_span(f.name)} sha256 {code_span(f.sha256)}" for f in files]
    return "\n".join(lines)
