"""A table of figures in brackets that takes its year from the sentence before may be of that
year or of the source's day ("In 2014, only three allies met the target. The leaders are Poland
(4.12%), ..."): read as that year, it may agree with NATO's value, never differ from it."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked

JUNE_2024 = date(2024, 6, 20)
TABLE = "Poland (4.12%), Estonia (3.43%) and Lithuania (2.85%)"


def _shares(text: str, facts):
    table = checked(text, JUNE_2024, facts)
    return table[table["metric"] == "ally_share_gdp"]


def test_a_table_dated_only_by_the_sentence_before_never_differs(facts) -> None:
    shares = _shares(f"In 2014, only three allies met the target. The leaders are {TABLE}.",
                     facts)
    assert len(shares) == 3
    assert set(shares["status"]) == {"unmatched"}
    assert shares["note"].str.contains("sentence before").all()


def test_a_table_dated_by_the_sentence_before_still_agrees(facts) -> None:
    shares = _shares(f"In 2024, Finland ranked seventh. Only {TABLE} spent more.", facts)
    assert len(shares) == 3
    assert set(shares["status"]) <= {"consistent", "superseded"}
    assert set(shares["year"]) == {2024}


def test_a_table_with_its_own_year_may_differ(facts) -> None:
    # near 2014's values (Poland 1.88%), so a misreport of them rather than another quantity
    near_2014 = "Poland (2.12%), Estonia (2.23%) and Lithuania (0.98%)"
    shares = _shares(f"In 2014, only three allies met the target. In 2014 the leaders were "
                     f"{near_2014}.", facts)
    assert "differs" in set(shares["status"])
