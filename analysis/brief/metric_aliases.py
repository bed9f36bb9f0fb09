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


def with_share_label(record: dict) -> dict:
    """The record labelled a share of GDP when "of GDP" follows it but its label says a
    change."""
    if record.get("unit") not in ("percent", "percent_gdp") or \
            record.get("metric") not in CHANGE_LABELS:
        return record
    sentence, at, surface = record.get("sentence"), record.get("at", -1), record.get("text")
    if not isinstance(sentence, str) or not isinstance(surface, str) or at is None or at < 0:
        return record
    if not OF_GDP_AFTER.match(sentence[at + len(surface):]):
        return record
    return {**record, "unit": "percent_gdp", "metric": "defence_spending_share_gdp"}
