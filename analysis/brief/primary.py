"""What a source's primary source said that the article dropped or changed.

The primary source is named in the source's metadata (``primary_source``: a URL such as NATO's
transcript ``.../opinions_222605.htm``). Its statements are the headline facts whose ``source``
names that document. Each statement is lined up with the article's checked figures of the same
metric, entity and year and labelled:

``kept``          the article gives the same number with the same kind of hedge;
``hedge changed`` the same number, hedged differently ("ten billion" -> "about ten billion");
``changed``       a different number;
``made vague``    the article words it without a number ("3 Allies" -> "only a few allies");
``dropped``       the article does not give it.
"""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd

from analysis.brief import match
from analysis.brief.present import format_value, metric_label
from analysis.vocabulary import hedge_class

PRIMARY_COLUMNS = ["statement", "metric", "entity", "year", "primary_quote", "article_figure",
                   "article_quote", "change", "note"]


def primary_source_id(primary_source: str | None) -> str | None:
    """The id a primary source is quoted by in the facts' ``source``: its file name without the
    extension (``.../opinions_222605.htm`` -> ``opinions_222605``)."""
    if not primary_source:
        return None
    stem = str(primary_source).rstrip("/").rsplit("/", 1)[-1]
    return stem.rsplit(".", 1)[0] or None


def primary_statements(facts: pd.DataFrame, primary_source: str | None) -> pd.DataFrame:
    """The headline facts that quote the primary source."""
    primary_id = primary_source_id(primary_source)
    if not primary_id:
        return facts.iloc[0:0]
    rows = facts[(facts["origin"] == "headline")
                 & facts["source"].astype(str).str.contains(primary_id, regex=False)]
    rows = rows.drop_duplicates(["key", "entity", "year_text", "value"])
    # "from all 31 Allies and Sweden" is one statement: the allies count carries it, the nations
    # total (32) is the same words counted differently.
    allies = rows[rows["key"] == "exercise_participating_allies"]
    same_words = rows["key"].eq("exercise_participating_nations") & rows["quote"].isin(
        allies["quote"])
    return rows[~same_words]


def compare_with_primary(checks: pd.DataFrame, primary_source: str | None,
                         facts: pd.DataFrame) -> pd.DataFrame:
    """One row per primary-source statement: how the article carried it (see module doc)."""
    statements = primary_statements(facts, primary_source)
    rows = []
    for _, fact in statements.iterrows():
        statement = format_value(fact["value"], fact["unit"], fact["qualifier"])
        article = _article_rows(checks, fact)
        row = {"statement": statement, "metric": fact["key"], "entity": fact["entity"],
               "year": fact["year_text"], "primary_quote": fact["quote"], "article_figure": "",
               "article_quote": "", "change": "dropped", "note": ""}
        if article.empty:
            row["note"] = _near_miss(checks, fact)
            rows.append(row)
            continue
        figure = article.iloc[0]
        row.update(article_figure=figure["figure"], article_quote=figure["quote"])
        if figure["status"] == "vague":
            row.update(change="made vague",
                       note=f"the article says '{figure['figure']}' where NATO said {statement}")
        else:
            row.update(_compare(figure, fact, statement))
        rows.append(row)
    return pd.DataFrame(rows, columns=PRIMARY_COLUMNS)


def _article_rows(checks: pd.DataFrame, fact: pd.Series) -> pd.DataFrame:
    rows = checks[checks["metric"] == fact["key"]]
    if fact["entity"]:
        entity = str(fact["entity"]).lower()
        rows = rows[rows["entity"].fillna("").str.lower().isin([entity, ""])
                    | rows["metric"].str.startswith(("nato_europe", "europe_canada"))]
    if fact["year"] is not None and not pd.isna(fact["year"]):
        rows = rows[rows["year"].isna() | (rows["year"] == fact["year"])]
    return rows


def _compare(figure: pd.Series, fact: pd.Series, statement: str) -> dict[str, str]:
    stated = match.allowed_interval(float(fact["value"]), fact["qualifier"], fact["unit"])
    given = match.allowed_interval(float(figure["value"]), figure["qualifier"], figure["unit"])
    if not match.consistent(given, stated):
        return {"change": "changed",
                "note": f"NATO said {statement}; the article says '{figure['figure']}'"}
    said = hedge_class(fact["qualifier"])
    written = hedge_class(figure["qualifier"])
    if said != written:
        return {"change": "hedge changed",
                "note": f"NATO: {statement} ({said}); article: '{figure['figure']}' ({written})"}
    return {"change": "kept", "note": ""}


def _near_miss(checks: pd.DataFrame, fact: pd.Series) -> str:
    # The same number used for something else ("2% of their total GDP" -> "the two percent
    # benchmark") is worth showing: the article kept the number but not the claim.
    same = checks[(checks["value"].notna())
                  & ((checks["value"] - float(fact["value"])).abs() < 1e-9)]
    if same.empty:
        return "not in the article"
    figure = same.iloc[0]
    return (f"not in the article as such; it uses '{figure['figure']}' only as "
            f"{metric_label(figure['metric'])}")


RELATED_COLUMNS = ["statement", "metric", "year", "quote", "source", "date"]


def same_days_statements(checks: pd.DataFrame, published: object, facts: pd.DataFrame,
                         primary_source: str | None, days: int = 1) -> pd.DataFrame:
    """Other NATO statements published within ``days`` of the source that it does not carry.

    Context for the primary-source comparison: what else NATO said on those days (for the seed,
    the pre-ministerial press conference of 14 Feb 2024), beyond the primary source itself.
    """
    if not isinstance(published, date):
        return pd.DataFrame(columns=RELATED_COLUMNS)
    window = (published - timedelta(days=days), published + timedelta(days=days))
    rows = facts[(facts["origin"] == "headline") & facts["release_date"].map(
        lambda d: isinstance(d, date) and window[0] <= d <= window[1])]
    primary_id = primary_source_id(primary_source)
    if primary_id:
        rows = rows[~rows["source"].astype(str).str.contains(primary_id, regex=False)]
    primary = primary_statements(facts, primary_source)
    said = set(zip(primary["key"], primary["year_text"], primary["value"], strict=True))
    carried = set(zip(checks["metric"], checks["year"].astype("string").fillna(""),
                      strict=True))
    out = []
    for _, fact in rows.drop_duplicates(["key", "year_text", "value"]).iterrows():
        if (fact["key"], fact["year_text"], fact["value"]) in said:
            continue
        if (fact["key"], fact["year_text"]) in carried:
            continue
        out.append({"statement": format_value(fact["value"], fact["unit"], fact["qualifier"]),
                    "metric": fact["key"], "year": fact["year_text"], "quote": fact["quote"],
                    "source": fact["source"], "date": fact["release_date"]})
    return pd.DataFrame(out, columns=RELATED_COLUMNS)
