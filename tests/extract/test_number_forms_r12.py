"""Extractor readings of round 12 (issue R12): "all 31 allies ... were expected to meet the
goal" counts the allies at the target, not the membership. Sentences are invented in news
style."""

from __future__ import annotations

import pytest

from analysis.extract.extractor import extract_figures


def metric_of(sentence: str, figure: str) -> object:
    table = extract_figures(sentence)
    return table.loc[table["text"] == figure, "metric"].iloc[0]


@pytest.mark.parametrize("sentence", [
    "By June, all 30 allies were expected to reach the target.",
    "This year all 30 allies with their own armies are now projected to hit the 2% goal.",
])
def test_every_ally_foreseen_at_the_target_is_a_count_at_it(sentence) -> None:
    assert metric_of(sentence, "30 allies") == "allies_meeting_2pct_guideline"


@pytest.mark.parametrize("sentence", [
    "All 30 allies agreed to reach the target.",          # a pledge
    "All 30 allies met in Vilnius to discuss the target.",  # the membership meeting
    "Nine of the 30 allies are expected to reach the target.",  # "30" is the membership
])
def test_the_membership_stays_the_membership(sentence) -> None:
    assert metric_of(sentence, "30 allies") == "alliance_members"
