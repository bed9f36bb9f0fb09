"""The extractor's metric names (and reasonable synonyms) mapped onto the reference facts' keys
(:mod:`analysis.brief.reference_facts`): the one vocabulary :func:`analysis.brief.subject.classify`
reads the extractor's labels through."""

import re

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
    "us_share_of_alliance_spending": "us_share_of_nato_defence_expenditure",
}

# The extractor's labels for a change of spending; a figure written "4.48% of GDP" under one of
# them ("biggest spender relative to its economy at 4.48% of GDP") is a level, a share of GDP.
CHANGE_LABELS = ("defence_spending_change", "defence_spending_real_change")


OF_GDP_AFTER = re.compile(
    r"^\s*of\s+(?:its\s+|their\s+|the\s+)?(?:GDP|gross\s+domestic\s+product)\b", re.I)


# "the share of its economy dedicated to defence ... up from 2.2pc to 4.5pc", "the share of
# defense expenditures in gross domestic product ... reached approximately 2.3%": the levels the
# share went from or to, not a rate of growth, though the sentence says it rose.
SHARE_OF_GDP_NAMED = re.compile(
    r"\bshare\s+of\s+(?:(?:its|their|the)\s+)?(?:(?:national\s+)?economy|GDP|gross\s+domestic\s+"
    r"product|economic\s+output)\b|\bshare\s+of\s+defen[cs]e\s+(?:expenditures?|spending)\s+in\s+"
    r"(?:GDP|gross\s+domestic\s+product)\b"
    # "Greece's defence share, which was 3.3 percent in 2022, rose to 3.7 percent": a country's
    # defence share, of no other whole ("its defence share of the state budget"), is of its GDP
    r"|\b(?:defen[cs]e|military)\s+share\b(?!\s+(?:of|in)\b)", re.I)
LEVEL_BEFORE = re.compile(r"\b(?:from|to|reached|reaching|at)\s+$", re.I)
# "its current 2.3% share of the economy"
SHARE_OF_GDP_AFTER = re.compile(r"^\s*share\s+of\s+(?:(?:its|their|the)\s+)?(?:economy|GDP|"
                                r"gross\s+domestic\s+product)\b", re.I)


def is_a_level_of_the_share(sentence: str, at: int, surface: str) -> bool:
    """Whether the figure at ``at`` is a share of GDP its sentence names: "of GDP" after it,
    "share of the economy" right after it, or a level ("from", "to", "reached") of the share of
    GDP named before it."""
    after = sentence[at + len(surface):]
    if OF_GDP_AFTER.match(after) or SHARE_OF_GDP_AFTER.match(after):
        return True
    return bool(LEVEL_BEFORE.search(sentence[:at]) and SHARE_OF_GDP_NAMED.search(sentence[:at]))


def with_share_label(record: dict) -> dict:
    """The record labelled a share of GDP when its sentence says it is one
    (:func:`is_a_level_of_the_share`) but its label says a change."""
    if record.get("unit") not in ("percent", "percent_gdp") or \
            record.get("metric") not in CHANGE_LABELS:
        return record
    sentence, at, surface = record.get("sentence"), record.get("at", -1), record.get("text")
    if not isinstance(sentence, str) or not isinstance(surface, str) or at is None or at < 0:
        return record
    if not is_a_level_of_the_share(sentence, at, surface):
        return record
    return {**record, "unit": "percent_gdp", "metric": "defence_spending_share_gdp"}
