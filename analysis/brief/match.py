"""How a stated figure and a reference value are compared, and what a figure is about.

Tolerances (the rules ``consistent`` is decided by)
---------------------------------------------------
A figure and a reference value are each turned into an interval of the values their wording
allows; they are consistent when the two intervals overlap.

* **Rounding.** A number is read as precise to half a unit of the last digit written:
  ``2.27`` covers 2.265-2.275, ``18`` covers 17.5-18.5. Trailing zeros of an integer are read as
  rounding (``380`` billion covers 375-385 billion) but never wider than 2.5% of the value, so
  ``ten billion`` is not stretched to 5-15 billion.
Each hedge word has one class, listed in :data:`analysis.vocabulary.HEDGES`:

* **Approximate** (about, around, roughly, approximately, some, circa, an estimated, near):
  +/-5% of the value, at least one unit for counts (``about 18 allies`` allows 17 to 19).
* **Lower bound** (more than, over, above, at least, exceeds, upwards of, just over, no less
  than): from the value up to 25% above it; a larger reference means the wording understated it.
* **Just under** (nearly, almost, close to, just under, just shy of): from 5% below the value up
  to the value.
* **Upper bound** (up to, under, below, less than, at most, no more than): from 25% below up to
  the value.
* **Ranges** (``2-3%``): from low to high, each with its rounding.

Status words such as "projected", "planned" or "estimate" are not hedges.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from analysis.data.allies import ALIASES, ALLIES, is_abbreviation
from analysis.extract.context import meets_named_target, names_target
from analysis.vocabulary import (
    APPROXIMATE,
    COUNT_UNITS,
    JUST_UNDER,
    LOWER,
    MONEY_UNITS,
    UPPER,
    find_exercise,
    hedge_class,
)

APPROX_REL = 0.05
BOUND_REL = 0.25
ROUNDING_CAP_REL = 0.025


def rounding(value: float) -> float:
    """Half a unit of the last digit written (see the module docstring)."""
    magnitude = abs(value)
    if magnitude == 0 or not math.isfinite(magnitude):
        return 0.5
    if abs(magnitude - round(magnitude)) > 1e-9:
        for decimals in range(1, 7):
            if abs(round(magnitude, decimals) - magnitude) < 1e-9 * max(1.0, magnitude):
                return 0.5 * 10 ** -decimals
        return 0.5e-6
    integer = int(round(magnitude))
    zeros = len(str(integer)) - len(str(integer).rstrip("0"))
    if zeros == 0:
        return 0.5
    return min(0.5 * 10**zeros, ROUNDING_CAP_REL * magnitude)


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def overlaps(self, other: Interval) -> bool:
        # Strict: 31 (30.5-31.5) and 32 (31.5-32.5) only touch, they do not agree.
        return self.low < other.high and other.low < self.high


def allowed_interval(value: float, qualifier: object = None, unit: object = None,
                     low: float | None = None, high: float | None = None) -> Interval:
    """The values a figure's wording allows (rounding, hedge, range)."""
    if _is_number(low) and _is_number(high) and low != high:
        return Interval(low - rounding(low), high + rounding(high))
    r = rounding(value)
    kind = hedge_class(qualifier)
    magnitude = abs(value)
    if kind == APPROXIMATE:
        spread = max(APPROX_REL * magnitude, r, 1.0 if unit in COUNT_UNITS else 0.0)
        return Interval(value - spread, value + spread)
    if kind == LOWER:
        return Interval(value - r, value + max(BOUND_REL * magnitude, r))
    if kind == JUST_UNDER:
        return Interval(value - max(APPROX_REL * magnitude, r), value + r)
    if kind == UPPER:
        return Interval(value - max(BOUND_REL * magnitude, r), value + r)
    return Interval(value - r, value + r)


def consistent(figure: Interval, reference: Interval) -> bool:
    return figure.overlaps(reference)


def gap(value: float, reference: float) -> tuple[float, float | None]:
    """Signed gap (figure minus reference) and the same relative to the reference, in %."""
    signed = value - reference
    relative = None if reference == 0 else 100.0 * signed / abs(reference)
    return signed, relative


# --- what a figure is about -----------------------------------------------------------------

GUIDELINE_WORDS = re.compile(
    r"\b(guideline|target|benchmark|pledge|goal|threshold|commitment)s?\b|"
    r"\b(2|two)[\s-]?(%|per\s?cent|percent)", re.IGNORECASE)
EXERCISE_WORDS = re.compile(r"\b(exercises?|drills?|manoeuvres?|maneuvers?)\b", re.IGNORECASE)
EUROPE_CANADA = re.compile(r"\b(europe(an)?\b[^.]{0,40}\band\s+canada)\b", re.IGNORECASE)
EUROPE = re.compile(r"\beurope(an)?\b", re.IGNORECASE)
CONTRACTS = re.compile(r"\bcontracts?\b", re.IGNORECASE)
SINCE_2014 = re.compile(
    r"\bsince\s+(2014|then|the\s+defen[cs]e\s+investment\s+pledge|the\s+wales\s+summit)|"
    r"\badded\b.*\bsince\b", re.IGNORECASE)
GUIDELINE_VALUES = (2.0,)
BELOW_WORDS = re.compile(r"\b(?:remain(?:s|ed)?\s+below|below|short\s+of|fall(?:s|ing)?\s+short|"
                         r"miss(?:es|ed)?|fail(?:s|ed)?\s+to|do(?:es)?\s+not\s+meet|"
                         r"did\s+not\s+meet|under)\b", re.IGNORECASE)

# The extractor's metric names (and reasonable synonyms) mapped onto the reference's keys.
METRIC_ALIASES = {
    "allies_meeting_2pct_guideline": "allies_meeting_2pct_guideline",
    "allies_meeting_guideline": "allies_meeting_2pct_guideline",
    "allies_at_2pct": "allies_meeting_2pct_guideline",
    "contracts_value": "nato_ammunition_contracts_value",
    "ammunition_contracts_value": "nato_ammunition_contracts_value",
    "nato_ammunition_contracts_value": "nato_ammunition_contracts_value",
    "exercise_troops": "exercise_personnel",
    "exercise_personnel": "exercise_personnel",
    "exercise_forces": "exercise_personnel",
    "exercise_ships": "exercise_ships",
    "exercise_aircraft": "exercise_aircraft",
    "exercise_vehicles": "exercise_vehicles",
    "guideline": "guideline_share_gdp",
    "guideline_share_gdp": "guideline_share_gdp",
    "spending_guideline": "guideline_share_gdp",
    "defence_guideline": "guideline_share_gdp",
    "nato_europe_defence_spending": "nato_europe_defence_spending",
    "europe_canada_defence_spending": "europe_canada_defence_spending",
    "nato_total_defence_spending": "nato_total_defence_spending",
    "cumulative_additional_spending": "europe_canada_cumulative_additional_spending_since_2014",
}


def find_ally(text: object, near: int | None = None) -> str | None:
    """The NATO ally named in ``text`` (NATO spelling): the only one named, or with ``near``
    (a position in ``text``) the one named closest before it, else closest after it."""
    if not isinstance(text, str) or not text:
        return None
    hits: list[tuple[int, str]] = []
    for name in ALLIES:
        hits += [(m.start(), name) for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
    lowered = text.lower()
    for alias, name in ALIASES.items():
        if is_abbreviation(alias):
            pattern = rf"(?<![\w.]){re.escape(alias.upper())}(?![\w])"
            hits += [(m.start(), name) for m in re.finditer(pattern, text)]
        else:
            hits += [(m.start(), name) for m in re.finditer(rf"\b{re.escape(alias)}\b", lowered)]
    names = {name for _, name in hits}
    if len(names) == 1:
        return names.pop()
    if not names or near is None:
        return None
    before = [(near - at, name) for at, name in hits if at <= near]
    if before:
        return min(before)[1]
    return min((at - near, name) for at, name in hits)[1]


@dataclass(frozen=True)
class Subject:
    """What a figure measures, in the reference's terms."""

    key: str
    entity: str = ""
    how: str = ""  # 'extractor' when the extractor's label was used, else 'inferred'


def classify(metric: object, unit: object, entity: object, sentence: object, value: float,
             text: object = "", exercise_names: list[str] | None = None,
             document_exercise: str | None = None, previous_sentence: str = "") -> Subject:
    """Map one figure onto a reference key (metric) and entity; ``previous_sentence`` is where
    "it" in "7 allies met it" may find the target."""
    exercise_names = exercise_names or []
    sentence = sentence if isinstance(sentence, str) else ""
    surface = text if isinstance(text, str) else ""
    entity_text = entity if isinstance(entity, str) else ""
    metric_name = _clean(metric).replace(" ", "_")
    exercise = (find_exercise(entity_text, exercise_names)
                or find_exercise(sentence, exercise_names))
    at = sentence.find(surface) if surface else -1
    ally = find_ally(entity_text) or find_ally(sentence, at if at >= 0 else None)
    context = f"{entity_text} {sentence}"
    is_exercise = (bool(exercise) or bool(EXERCISE_WORDS.search(sentence))
                   or "exercise" in metric_name)

    mapped = METRIC_ALIASES.get(metric_name)
    if unit in ("allies", "count") and surface and not is_exercise:
        # "23 NATO countries out of 32": 32 is the membership, not a count at the guideline;
        # "Eight allies remain below the target" counts the others.
        if re.search(rf"\b(?:out\s+of|of\s+the|of\s+its)\s+{re.escape(surface)}\b", sentence,
                     re.IGNORECASE):
            return Subject("allies_total", "", "inferred")
        if at >= 0 and BELOW_WORDS.search(sentence[at + len(surface): at + len(surface) + 40]):
            return Subject("allies_below_2pct_guideline", "", "inferred")
    if mapped and mapped.startswith("exercise_"):
        return Subject(_exercise_key(mapped, unit), exercise or document_exercise or "",
                       "extractor")
    if metric_name.startswith("exercise_") and ("participant" in metric_name
                                                or "nation" in metric_name):
        return Subject(_exercise_key("exercise_participating", unit),
                       exercise or document_exercise or "", "extractor")
    if mapped == "guideline_share_gdp" and value in GUIDELINE_VALUES:
        return Subject(mapped, "", "extractor")
    if mapped == "guideline_share_gdp":  # "leads the table at 4.12%": a share, not the guideline
        mapped, metric_name = None, "defence_spending_share_gdp"
    if mapped:
        return Subject(mapped, ally or "", "extractor")
    if metric_name == "defence_spending_change":
        if EUROPE_CANADA.search(context):
            return Subject("europe_canada_defence_spending_change", "Europe and Canada",
                           "extractor")
        return Subject("defence_spending_change", "", "extractor")

    if unit == "allies":
        if is_exercise:
            return Subject("exercise_participating_allies", exercise or document_exercise or "",
                           "inferred")
        if GUIDELINE_WORDS.search(sentence) or "2pct" in metric_name or "guideline" in metric_name:
            return Subject("allies_meeting_2pct_guideline", "", "inferred")
        if at >= 0 and meets_named_target(sentence[at + len(surface):],
                                          names_target(previous_sentence)):
            return Subject("allies_meeting_2pct_guideline", "", "inferred")
        return Subject("allies_count", "", "inferred")
    if unit == "countries" and is_exercise:
        return Subject("exercise_participating_nations", exercise or document_exercise or "",
                       "inferred")
    if unit == "troops":
        if is_exercise:
            return Subject("exercise_personnel", exercise or document_exercise or "", "inferred")
        if ally:
            return Subject("ally_personnel", ally, "inferred")
        return Subject("troops", "", "inferred")
    if unit == "count" and is_exercise:
        for noun in ("ships", "aircraft", "vehicles"):
            if noun.rstrip("s") in surface.lower():
                return Subject(f"exercise_{noun}", exercise or document_exercise or "",
                               "inferred")
    if unit in ("percent_gdp", "percent"):
        if "equipment" in context.lower():
            if abs(value - 20.0) < 1e-9 and GUIDELINE_WORDS.search(sentence):
                return Subject("guideline_equipment_share", "", "inferred")
            return Subject("ally_equipment_share", ally or "", "inferred")
        if unit == "percent_gdp" or "guideline" in metric_name or "share" in metric_name:
            measured = metric_name == "defence_spending_share_gdp"
            if not measured and _is_guideline_mention(value, sentence, metric_name):
                return Subject("guideline_share_gdp", "", "inferred")
            if ally:
                return Subject("ally_share_gdp", ally, "inferred")
            if EUROPE.search(context):
                return Subject("nato_europe_defence_share_gdp", "Europe", "inferred")
            return Subject("nato_total_defence_share_gdp", "", "inferred")
        return Subject(metric_name or "percent", ally or "", "inferred")
    if unit in MONEY_UNITS:
        if CONTRACTS.search(context) or "contract" in metric_name:
            return Subject("nato_ammunition_contracts_value", "", "inferred")
        if SINCE_2014.search(sentence):
            return Subject("europe_canada_cumulative_additional_spending_since_2014", "",
                           "inferred")
        if EUROPE_CANADA.search(context):
            return Subject("europe_canada_defence_spending", "Europe and Canada", "inferred")
        if EUROPE.search(context):
            return Subject("nato_europe_defence_spending", "Europe", "inferred")
        if ally:
            return Subject("ally_defence_spending", ally, "inferred")
        return Subject("nato_total_defence_spending", "", "inferred")
    return Subject(metric_name or str(unit or "other"), ally or "", "inferred")


def _is_guideline_mention(value: float, sentence: str, metric_name: str) -> bool:
    # "reach two percent of GDP", "the two percent benchmark": the guideline itself, not a
    # measured share of anybody's GDP.
    if abs(value - 2.0) > 1e-9:
        return False
    if "guideline" in metric_name or "target" in metric_name:
        return True
    return bool(re.search(r"\b(guideline|target|benchmark|pledge|goal|threshold|reach|meet)",
                          sentence, re.IGNORECASE))


def _exercise_key(base: str, unit: object) -> str:
    if base in ("exercise_participating", "exercise_participants"):
        return "exercise_participating_allies" if unit == "allies" else \
            "exercise_participating_nations"
    return base


def _clean(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    text = str(value).strip().lower()
    return "" if text in ("nan", "none", "<na>") else text


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
