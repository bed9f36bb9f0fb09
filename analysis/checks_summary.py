"""The words around a source check: values as readers write them, the summary paragraph and the
status colours shown in the source brief."""

from __future__ import annotations

import math
from datetime import date

import pandas as pd

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
    if unit in ("USD", "EUR", "GBP"):
        for word, scale in (("trillion", 1e12), ("billion", 1e9), ("million", 1e6)):
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
    """A short paragraph generated from the checks table (Markdown)."""
    counts = {s: int((checks["status"] == s).sum()) for s in STATUS_COLOURS}
    figures = len(checks) - counts["vague"]
    where = ", ".join(str(x) for x in (outlet, published) if x)
    parts = [f"*{title}*" + (f" ({where})" if where else "") +
             f" gives {figures} figure{'s' if figures != 1 else ''} that can be checked"
             + (f" and {counts['vague']} vague count{'s' if counts['vague'] != 1 else ''}"
                if counts["vague"] else "") + ". "
             + _counts_sentence(counts)]
    for _, row in checks.iterrows():
        sentence = _row_sentence(row)
        if sentence:
            parts.append(sentence)
    if primary is not None and len(primary):
        parts.append(_primary_sentence(primary, primary_source))
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
                f"but later releases moved it: {row['revisions']}.")
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


def _primary_sentence(primary: pd.DataFrame, primary_source: str | None) -> str:
    name = primary_source or "the primary source"
    changed = primary[primary["change"] != "kept"]
    if changed.empty:
        return f"The article carries every statement of its primary source ({name}) unchanged."
    items = [f"{row['statement']} ({row['change']})" for _, row in changed.iterrows()]
    return (f"Against its primary source ({name}), the article dropped or changed: "
            + "; ".join(items) + ".")


def style_checks(table: pd.DataFrame, status_column: str = "status") -> pd.io.formats.style.Styler:
    """The checks table with each row's status cell coloured (see :data:`STATUS_COLOURS`)."""
    def colour(value: object) -> str:
        background = STATUS_COLOURS.get(str(value))
        return f"background-color: {background}; color: #000000" if background else ""

    return table.style.map(colour, subset=[status_column])


def legend_html() -> str:
    """A status legend in HTML: coloured swatch, status word, meaning."""
    items = "".join(
        f'<span style="display:inline-block;margin:2px 10px 2px 0;">'
        f'<span style="background:{colour};border:1px solid #888;padding:0 8px;">'
        f"{status}</span> {STATUS_MEANING[status]}</span><br>"
        for status, colour in STATUS_COLOURS.items())
    return f'<div style="font-size:0.9em">{items}</div>'
