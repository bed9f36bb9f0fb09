"""Tables for people: narrow, rounded tables that fit an A4 portrait page.

At most :data:`MAX_COLUMNS` columns; :func:`styled` gives every report table the same look.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from analysis.data import indicators
from analysis.data.load import release_sort_key
from analysis.errors import DataError
from analysis.report.frames import change_between, one_year
from analysis.report.guideline_lines import GuidelineLine

MAX_COLUMNS = 7


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
               start_year: int, *, guideline_pct: float, equipment_pct: float,
               target: GuidelineLine | None = None) -> pd.DataFrame:
    """One ally's key numbers in ``year`` as a two-column table (measure, value) plus a note.

    ``guideline_pct`` and ``equipment_pct`` are the Wales guidelines, ``target`` The Hague's
    core-defence line (a row with the gap to it), all from the guideline data.
    """
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
         f"{'at or above' if equipment >= equipment_pct else 'below'} the "
         f"{equipment_pct:g}% guideline"),
        ("National 2% commitment", "yes" if commitment else "no",
         "by national law or agreement (asterisk in NATO's tables)"),
    ]
    if target is not None:
        gap = target_gaps(data, vintage, year, [ally], target).iloc[0]
        facts.insert(1, (f"Gap to {target.label}", f"{gap['gap_pp']:+.2f} pp",
                         _gap_note(gap, when, target.target_year)))
    return pd.DataFrame(facts, columns=["measure", "value", "note"])


def _gap_note(gap: pd.Series, when: str, target_year: int) -> str:
    money = ("" if pd.isna(gap["gap_usd_million"]) else
             f"{_money(abs(gap['gap_usd_million']))} a year at {when} GDP (current prices)")
    if gap["gap_pp"] <= 0:
        return f"at or above it by {money}" if money else "at or above it"
    path = f"{gap['step_pp']:+.2f} pp a year to {target_year} on a straight path"
    return f"{money}; {path}" if money else path


def target_gaps(data: pd.DataFrame, vintage: str, year: int, allies: Sequence[str],
                target: GuidelineLine) -> pd.DataFrame:
    """ally, value, gap_pp, gap_usd_million, step_pp (points a year on a straight path to the
    target year), estimate: each ally's distance to ``target`` in ``year``, largest gap first."""
    gaps = indicators.gap_to_target(data, target.value, year, vintage)
    gaps = gaps[gaps["ally"].isin(allies)]
    gaps = gaps.assign(step_pp=gaps["gap_pp"] / (target.target_year - int(year)))
    return gaps.sort_values("gap_pp", ascending=False, kind="stable").reset_index(drop=True)


def target_gap_table(data: pd.DataFrame, vintage: str, year: int, allies: Sequence[str],
                     target: GuidelineLine) -> pd.DataFrame:
    """:func:`target_gaps` for people: points and billions of current US dollars (blank when
    the release has no GDP table); a negative gap is a margin above the target."""
    gaps = target_gaps(data, vintage, year, allies, target)
    when = f"{year}e" if bool(gaps["estimate"].any()) else str(year)
    table = pd.DataFrame({
        "ally": gaps["ally"],
        f"% GDP {when}": gaps["value"],
        f"gap to {target.short} (pp)": gaps["gap_pp"],
        f"gap (billion USD, {when})": gaps["gap_usd_million"] / 1000,
        f"pp a year to {target.target_year}": gaps["step_pp"],
    })
    return narrow(table, 2)


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


