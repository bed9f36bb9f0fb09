"""The extractor's metric names (and reasonable synonyms) mapped onto the reference facts' keys
(:mod:`analysis.brief.reference_facts`): the one vocabulary :func:`analysis.brief.subject.classify`
reads the extractor's labels through."""

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
