"""Counts of allies in a band, levels a share is compared with, targets named in another
language and other sources named after a figure (issue 9). Sentences are written for the tests in
news style."""

from __future__ import annotations

from datetime import date

from analysis.brief.count_guards import not_the_count_meeting
from analysis.brief.share_scope import other_source, threshold_of_several
from tests.brief.conftest import checked, row_for


def _no_ally(_text: str) -> None:
    return None


def test_a_count_of_allies_in_a_band_is_not_the_count_at_a_level(facts) -> None:
    text = ("Fifteen NATO countries are expected to spend between 2% and 3% of their GDP on "
            "defence this year.")
    assert not_the_count_meeting(text, 0, "Fifteen NATO countries")[0] == "allies_in_band"
    row = row_for(checked(text, date(2024, 7, 1), facts), "Fifteen NATO countries")
    assert row["status"] != "differs"
    met = "Fifteen NATO countries spend at least 2% of their GDP on defence."
    assert not_the_count_meeting(met, 0, "Fifteen NATO countries") is None


def test_a_level_a_share_is_compared_with_is_not_a_share(facts) -> None:
    text = "Germany spent about 2.1% of its GDP on defence in 2024 - well under 3%."
    assert threshold_of_several(text, text.index("under 3%"), "under 3%", _no_ally)
    assert threshold_of_several(text, text.index("3%"), "3%", _no_ally)
    row = row_for(checked(text, date(2025, 1, 10), facts), "under 3%")
    assert row["status"] == "unmatched"
    own = "Poland spent 4.1% of GDP, while Spain spent under 1.3%."
    assert not threshold_of_several(own, own.index("under 1.3%"), "under 1.3%", _no_ally)


def test_a_target_in_another_language_and_all_allies_above_a_level() -> None:
    target = "La OTAN debate ahora aumentar esa meta al 3% del PIB."
    assert threshold_of_several(target, target.index("3%"), "3%", _no_ally)
    above = "Le siguen Letonia (3,39%) y Grecia (3,1%), todos por encima del 3%."
    assert threshold_of_several(above, above.index("3%."), "3%", _no_ally)
    purpose = "Polska przeznaczy na ten cel rekordowe 4,48 proc. PKB."
    assert not threshold_of_several(purpose, purpose.index("4,48"), "4,48 proc.", _no_ally)
    own = "Grecia gastó el 3,1% del PIB en defensa."
    assert not threshold_of_several(own, own.index("3,1%"), "3,1%", _no_ally)


def test_other_sources_said_with_an_abbreviation_or_as_data_from() -> None:
    assert other_source("Denmark spent 1.4% of GDP in 2022, the national statistics agency "
                        "(DST) said in April.")
    assert other_source("Data from Eurostat put Belgium's spending at 1.2% of GDP.")
    assert other_source("Statistics Canada figures show spending of 1.3% of GDP.")
    assert not other_source("Data from NATO put Belgium's spending at 1.2% of GDP.")
    assert not other_source("Denmark spent 1.4% of GDP in 2022, the minister said.")
