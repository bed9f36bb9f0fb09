"""Each vocabulary written once (foreign_words' "now" and "at the time" words read by the year
readings): the readings that share a list read the same words."""

from __future__ import annotations

import pytest

from analysis.brief.clause_years import PRESENT_CLAUSE
from analysis.brief.earlier_statements import SAID_AT_THE_TIME
from analysis.brief.figure_year import NOW_WORD, SHARE_OF_NOW_BEFORE
from analysis.brief.undated_years import SOURCES_OWN_YEAR
from analysis.brief.years_ago import OPENS_ON_THE_TIME_BEFORE


@pytest.mark.parametrize("now", ["now", "currently", "today", "at present", "presently",
                                 "these days"])
def test_every_english_now_word_is_the_sources_own_time(now) -> None:
    sentence = f"Slovenia {now} spends about 2 percent of its output on its army."
    assert NOW_WORD.search(sentence) and PRESENT_CLAUSE.search(sentence)
    assert SOURCES_OWN_YEAR.search(sentence)
    assert SHARE_OF_NOW_BEFORE.search(sentence[:sentence.index("2 percent")])


def test_at_the_time_is_read_in_english_and_other_languages() -> None:
    assert SAID_AT_THE_TIME.search("Only five members qualified, the minister said back then.")
    assert SAID_AT_THE_TIME.search("Nur fünf Länder erfüllten es, sagte damals der Minister.")
    assert OPENS_ON_THE_TIME_BEFORE.search("Back then, just four members spent enough.")
    assert OPENS_ON_THE_TIME_BEFORE.search("At that time, just four members spent enough.")


def test_no_gdp_abbreviation_is_an_event_since() -> None:
    # (Czech "od" and Romanian "din" are "since" and "of": before GDP's abbreviation, "of")
    from analysis.brief.since_event import SINCE_AN_EVENT_IN
    assert SINCE_AN_EVENT_IN.search("Výdaje jsou 1,4 % od HDP v roce 2023.") is None
    assert SINCE_AN_EVENT_IN.search("Cheltuielile sunt 2,3% din PIB în 2025.") is None


def test_a_subjects_notes_are_read_from_it_not_from_its_text() -> None:
    from analysis.brief.clues import Subject
    from analysis.brief.scope import AGREE_ONLY
    plain = Subject("ally_share_gdp", "Norway", "extractor")
    marked = plain.noted("a share read as a forecast").noted(AGREE_ONLY)
    assert not plain.only_to_agree and marked.only_to_agree
    assert marked.notes == "a share read as a forecast"
