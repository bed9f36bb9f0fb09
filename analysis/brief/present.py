"""The words around a source check: values as readers write them, the summary paragraph and the
status colours shown in the source brief."""

from __future__ import annotations

import html
import math
import re
from datetime import date

import pandas as pd

from analysis.markup import escape_markdown
from analysis.vocabulary import MONEY_UNITS, SCALES

# Money as readers write it: in millions, billions or trillions, the largest that fits.
MONEY_SCALES = tuple((word, scale) for word, scale in reversed(SCALES.items()) if scale >= 1e6)
# Okabe-Ito based, light enough for black text; distinguishable with the common colour-vision
# deficiencies (blue / orange / vermillion / yellow / grey rather than red against green).
STATUS_COLOURS = {
    "consistent": "#cfe3f3",   # light blue
    "superseded": "#fde0b2",   # light orange
    "differs": "#f4b9a4",      # light vermillion
    "vague": "#f7f0a6",        # light yellow
    "unmatched": "#e3e3e3",    # grey
}
STATUS_MEANING = {
    "consistent": "same as NATO's number at the time, within rounding and the hedge",
    "superseded": "right for the release it quotes, revised by a later one",
    "differs": "not what NATO published; gap shown",
    "vague": "no number where NATO has one",
    "unmatched": "nothing in NATO's data covers it",
}
METRIC_LABELS = {
    "allies_meeting_2pct_guideline": "allies at or above 2% of GDP",
    "guideline_share_gdp": "the 2% guideline",
    "guideline_equipment_share": "the 20% equipment guideline",
    "nato_europe_defence_spending": "European allies' defence spending",
    "nato_europe_defence_share_gdp": "European allies' spending as share of GDP",
    "europe_canada_defence_spending": "European allies' and Canada's defence spending",
    "europe_canada_cumulative_additional_spending_since_2014":
        "added spending of Europe and Canada since 2014",
    "nato_total_defence_spending": "NATO's total defence spending",
    "nato_ammunition_contracts_value": "NATO's ammunition contracts",
    "exercise_personnel": "troops in the exercise",
    "exercise_participating_allies": "allies in the exercise",
    "exercise_participating_nations": "nations in the exercise",
    "ally_share_gdp": "an ally's share of GDP",
    "ally_defence_spending": "an ally's defence spending",
    "ally_personnel": "an ally's military personnel",
}
UNIT_WORDS = {"allies": "allies", "troops": "troops", "countries": "nations", "people": "people"}


def format_value(value: object, unit: object, qualifier: object = "") -> str:
    """380e9, 'USD', 'about' -> 'about 380 billion USD'; 18, 'allies' -> '18 allies'."""
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return ""
    if math.isnan(number):
        return ""
    unit = "" if unit is None or (isinstance(unit, float) and math.isnan(unit)) else str(unit)
    if unit in MONEY_UNITS:
        for word, scale in MONEY_SCALES:
            if abs(number) >= scale:
                text = f"{_number(number / scale)} {word} {unit}"
                break
        else:
            text = f"{_number(number)} {unit}"
    elif unit == "percent_gdp":
        text = f"{_number(number)}% of GDP"
    elif unit == "percent":
        text = f"{_number(number)}%"
    else:
        noun = UNIT_WORDS.get(unit, "")
        text = f"{_number(number)} {noun}".strip()
    hedge = "" if qualifier is None or (isinstance(qualifier, float) and math.isnan(qualifier)) \
        else str(qualifier).strip()
    return f"{hedge} {text}".strip()


def _number(number: float) -> str:
    if abs(number - round(number)) < 1e-9:
        return f"{int(round(number)):,}"
    return f"{number:,.2f}".rstrip("0").rstrip(".")


def metric_label(metric: object) -> str:
    """A reader's name for a reference key ('the 2% guideline')."""
    text = str(metric)
    return METRIC_LABELS.get(text, text.replace("_", " "))


def summary_paragraph(checks: pd.DataFrame, *, title: str, outlet: object = None,
                      published: date | None = None, primary: pd.DataFrame | None = None,
                      primary_source: str | None = None) -> str:
    """A short paragraph generated from the checks table (Markdown).

    The title, outlet, figures and reference texts are data, escaped so that they show as written.
    """
    counts = {s: int((checks["status"] == s).sum()) for s in STATUS_COLOURS}
    figures = len(checks) - counts["vague"]
    where = escape_markdown(", ".join(str(x) for x in (outlet, published) if x))
    parts = [f"*{escape_markdown(title)}*" + (f" ({where})" if where else "") +
             f" gives {figures} figure{'s' if figures != 1 else ''} that can be checked"
             + (f" and {counts['vague']} vague count{'s' if counts['vague'] != 1 else ''}"
                if counts["vague"] else "") + ". "
             + _counts_sentence(counts)]
    for _, row in checks.iterrows():
        sentence = _row_sentence(row)
        if sentence:
            parts.append(escape_markdown(sentence))
    if primary is not None and len(primary):
        parts.append(escape_markdown(_primary_sentence(primary, primary_source)))
    return " ".join(parts)


def _counts_sentence(counts: dict[str, int]) -> str:
    words = [f"{n} {status}" for status, n in counts.items() if n]
    if not words:
        return "Nothing to check."
    listed = ", ".join(words[:-1]) + (" and " if len(words) > 1 else "") + words[-1]
    return f"Against NATO's own numbers: {listed}."


def _row_sentence(row: pd.Series) -> str:
    figure = f"\u201c{row['figure']}\u201d"
    reference = format_value(row["reference_value"], row["reference_unit"],
                             row.get("reference_qualifier", ""))
    release = row["reference_release"]
    if row["status"] == "superseded":
        return (f"{figure} matches what NATO had published ({reference}, {release}), "
                f"but later releases moved it: {compact_revisions(row['revisions'])}.")
    if row["status"] == "differs":
        gap = format_value(row["gap"], row["reference_unit"])
        sign = "+" if row["gap"] > 0 else ""
        pct = f", {sign}{row['gap_pct']:.1f}%" if row["gap_pct"] is not None \
            and not pd.isna(row["gap_pct"]) else ""
        return (f"{figure} differs from NATO's {reference} ({release}): "
                f"gap {sign}{gap}{pct}.")
    if row["status"] == "vague":
        year = f" in {int(row['year'])}" if row["year"] is not None and not pd.isna(row["year"]) \
            else ""
        if reference:
            return f"{figure}{year} gives no number where NATO counts {reference} ({release})."
        return f"{figure}{year} gives no number."
    return ""


def compact_revisions(revisions: object) -> str:
    """'NATO 2024-06 (2024-06-17): 23 allies; ...' without dates and origin remarks."""
    text = re.sub(r"NATO statement \((\d{4}-\d{2}-\d{2})\)",
                  lambda m: f"NATO statement of {date.fromisoformat(m.group(1)):%b %Y}",
                  str(revisions or ""))
    text = re.sub(r" \(\d{4}-\d{2}-\d{2}\)", "", text)
    text = re.sub(r" \((?:computed from tables|stated|guideline)(?:, (?:computed from tables|"
                  r"stated|guideline))*\)", "", text)
    return text


def _primary_sentence(primary: pd.DataFrame, primary_source: str | None) -> str:
    name = primary_source or "the primary source"
    changed = primary[primary["change"] != "kept"]
    if changed.empty:
        return f"The article carries every statement of its primary source ({name}) unchanged."
    items = [f"{row['statement']} ({row['change']})" for _, row in changed.iterrows()]
    return (f"Against its primary source ({name}), the article dropped or changed: "
            + "; ".join(items) + ".")


def legend_html() -> str:
    """A status legend in HTML: coloured swatch, status word, meaning."""
    items = "".join(
        f'<span style="display:inline-block;margin:2px 10px 2px 0;">'
        f'<span style="background:{colour};border:1px solid #888;padding:0 8px;">'
        f"{status}</span> {STATUS_MEANING[status]}</span><br>"
        for status, colour in STATUS_COLOURS.items())
    return f'<div style="font-size:0.9em">{items}</div>'


# --- tables as the source brief shows them ------------------------------------------------------

def short_source(source: object, width: int = 40) -> str:
    """The first source of a ' | '-joined list as host and last path segment."""
    text = str(source or "").split(" | ")[0].strip()
    if not text or text == "nan":
        return ""
    workbook = [w.strip(",;") for w in text.split() if w.strip(",;").endswith(".xlsx")]
    if workbook:
        return workbook[0]
    url, _, rest = text.partition(" (")
    if "://" in url:
        host = url.split("://", 1)[1].split("/", 1)[0].removeprefix("www.")
        tail = url.rstrip("/").rsplit("/", 1)[-1]
        url = host if tail in ("", host) else f"{host}/…/{tail}"
    elif len(url) > width:
        url = url[: width - 1] + "…"
    if len(url) > width:
        url = url[: width - 1] + "…"
    return url


def _year_text(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA:
        return ""
    return str(int(value))  # type: ignore[arg-type]


def figures_table(checks: pd.DataFrame) -> pd.DataFrame:
    """The figures of the source with their quotes (one row per checked figure)."""
    return pd.DataFrame({
        "Figure": checks["figure"],
        "Measures": checks["metric"].map(metric_label),
        "Year": checks["year"].map(_year_text),
        "Quote": checks["quote"].fillna(""),
    }).reset_index(drop=True)


def checks_table(checks: pd.DataFrame) -> pd.DataFrame:
    """The checks as shown: figure, quote, status, NATO's value (and the gap), release, source."""
    def nato_value(row: pd.Series) -> str:
        text = format_value(row["reference_value"], row["reference_unit"],
                            row["reference_qualifier"])
        if row["status"] == "differs" and row["gap"] is not None and not pd.isna(row["gap"]):
            sign = "+" if row["gap"] > 0 else ""
            text += f"; gap {sign}{format_value(row['gap'], row['reference_unit'])}"
            if row["gap_pct"] is not None and not pd.isna(row["gap_pct"]):
                text += f" ({sign}{row['gap_pct']:.0f}%)"
        return text

    def release(row: pd.Series) -> str:
        when = row["reference_date"]
        label = str(row["reference_release"]) if isinstance(row["reference_release"], str) else ""
        return f"{label}, {when:%d %b %Y}" if isinstance(when, date) and label else label

    if checks.empty:
        return pd.DataFrame(columns=["Figure", "Quote", "Status", "NATO's value", "Why",
                                     "Source"])
    return pd.DataFrame({
        "Figure": checks["figure"],
        "Quote": checks["quote"].fillna(""),
        "Status": checks["status"],
        "NATO's value": checks.apply(nato_value, axis=1),
        # matched on what, which release and date, which price basis (issue 9)
        "Why": checks["reason"].fillna("") if "reason" in checks.columns else "",
        "Source": checks["reference_source"].map(short_source),
    }).reset_index(drop=True)


def revisions_table(checks: pd.DataFrame) -> pd.DataFrame:
    """What later releases said about each figure that has later releases."""
    rows = checks[checks["revisions"].fillna("") != ""]
    return pd.DataFrame({
        "Figure": rows["figure"],
        "Status": rows["status"],
        "NATO at the time": [format_value(v, u, q) for v, u, q in zip(
            rows["reference_value"], rows["reference_unit"], rows["reference_qualifier"],
            strict=True)],
        "Later releases (date): value": rows["revisions"].map(
            lambda text: "<br>".join(html.escape(part) for part in str(text).split("; "))),
    }).reset_index(drop=True)


def primary_table(primary: pd.DataFrame) -> pd.DataFrame:
    """The primary source's statements and what the article made of them."""
    return pd.DataFrame({
        "NATO said": primary["statement"],
        "In NATO's words": primary["primary_quote"],
        "The article": primary["article_figure"],
        "Change": primary["change"],
        "Note": primary["note"],
    }).reset_index(drop=True)


def style_table(table: pd.DataFrame, *, html_columns: tuple[str, ...] = (),
                widths: dict[str, str] | None = None,
                status_column: str | None = None) -> pd.io.formats.style.Styler:
    """A narrow, wrapped table for A4 portrait; the status cells coloured when named.

    Text is HTML-escaped except in ``html_columns`` (built here from escaped parts).
    """
    styler = table.style.hide(axis="index")
    plain = [c for c in table.columns if c not in html_columns]
    styler = styler.format(escape="html", subset=plain, na_rep="")
    styler = styler.set_table_styles([
        {"selector": "", "props": "table-layout: fixed; width: 100%; border-collapse: collapse; "
                                  "font-size: 0.82em;"},
        {"selector": "th", "props": "text-align: left; vertical-align: bottom; "
                                    "border-bottom: 1px solid #555; padding: 2px 4px;"},
        {"selector": "td", "props": "text-align: left; vertical-align: top; padding: 2px 4px; "
                                    "border-bottom: 1px solid #ddd; white-space: normal; "
                                    "overflow-wrap: break-word; word-break: break-word;"},
    ])
    for column, width in (widths or {}).items():
        index = list(table.columns).index(column)
        styler = styler.set_table_styles(
            [{"selector": f"th.col_heading.col{index}", "props": f"width: {width};"}],
            overwrite=False)
    if status_column:
        def colour(value: object) -> str:
            background = STATUS_COLOURS.get(str(value))
            return f"background-color: {background}; color: #000000;" if background else ""

        styler = styler.map(colour, subset=[status_column])
    return styler


def same_days_table(same_days: pd.DataFrame) -> pd.DataFrame:
    """Other NATO statements of the source's days: value, words, date, source."""
    return pd.DataFrame({
        "NATO said": same_days["statement"],
        "In NATO's words": same_days["quote"],
        "Date": same_days["date"].map(lambda d: f"{d:%d %b %Y}" if isinstance(d, date) else ""),
        "Source": same_days["source"].map(short_source),
    }).reset_index(drop=True)
