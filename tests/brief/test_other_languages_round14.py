"""The brief on news in other languages (issue 9, round 14): Slovenian, Croatian, Serbian and
Polish words for what NATO counts: thousands as a Polish word ("tysiącami"), the nations, troops
and aircraft of an exercise ("25 nacija", "10.000 vojnika", "250 zrakoplova", "250 maszyn").
Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

JULY_2024 = date(2024, 7, 10)
JUNE_2023 = date(2023, 6, 12)


def _rows(text: str, published: date):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize("text, figure", [
    ("W 2024 roku armia Francji liczy 204,7 tysiąca żołnierzy.", "204,7 tysiąca żołnierzy"),
    ("W 2024 roku Rumunia ma 66,6 tysiąca żołnierzy, a Francja 204,7 tysiąca żołnierzy.",
     "66,6 tysiąca żołnierzy"),
    ("W 2024 roku wojsko Turcji dysponuje 481 tysiącami żołnierzy.", "481 tysiącami żołnierzy"),
])
def test_a_polish_thousand_word_scales_the_count(text: str, figure: str) -> None:
    """"204,7 tysiąca żołnierzy" is 204,700 troops, as NATO counts them (about 204,673)."""
    row = row_for(_rows(text, JULY_2024), figure)
    assert row["status"] == "consistent"


@pytest.mark.parametrize("text, figure, metric", [
    ("Vježba Air Defender 2023 okuplja 25 nacija.", "25 nacija", "exercise_participating_nations"),
    ("Na vježbi Air Defender 2023 sudjeluje 10.000 vojnika.", "10.000 vojnika",
     "exercise_personnel"),
    ("U vježbi Air Defender 2023 leti 250 zrakoplova.", "250", "exercise_aircraft"),
    ("W ćwiczeniach Air Defender 2023 lata 250 maszyn.", "250", "exercise_aircraft"),
    ("W ćwiczeniach Air Defender 2023 biorą udział żołnierze z 25 krajów.", "25 krajów",
     "exercise_participating_nations"),
])
def test_an_exercise_count_in_croatian_and_polish(text: str, figure: str, metric: str) -> None:
    """The exercise's nations, troops and aircraft, compared with the exercise's figures."""
    row = row_for(_rows(text, JUNE_2023), figure)
    assert (row["status"], row["metric"]) == ("consistent", metric)


JUNE_2024 = date(2024, 6, 20)


@pytest.mark.parametrize("text, figure, ally", [
    ("Letos bo za obrambo največ namenila Poljska, 4,12 odstotka BDP.", "4,12 odstotka",
     "Poland"),
    ("Ove godine Njemačka za obranu izdvaja 2,12 odsto BDP-a.", "2,12 odsto", "Germany"),
    ("Letos Slovenija za obrambo namenja 1,29 odstotka BDP.", "1,29 odstotka", "Slovenia"),
])
def test_an_ally_named_in_slovenian_croatian_or_serbian(text: str, figure: str,
                                                        ally: str) -> None:
    """"Poljska", "Njemačka", "Slovenija" name the ally whose share of GDP follows."""
    row = row_for(_rows(text, JUNE_2024), figure)
    assert row["entity"] == ally
    assert row["status"] in ("consistent", "superseded")


def test_lani_is_last_year() -> None:
    """Slovenian "lani" (last year): the share is of 2023, not of the year of publication."""
    text = ("Slovenija bo letos za obrambo namenila manj kot lani, ko je delež znašal 1,34 "
            "odstotka BDP.")
    row = row_for(_rows(text, JUNE_2024), "1,34 odstotka")
    assert str(row["year"]).startswith("2023")
    assert row["status"] != "differs"


def test_the_year_of_the_prices_is_not_the_figures_year() -> None:
    """"v cenah iz leta 2015" (in 2015 prices) is a price basis: the share is of last year."""
    text = ("Slovenija je lani za obrambo namenila 620 milijonov evrov v cenah iz leta 2015, kar "
            "znaša 1,29 odstotka BDP.")
    row = row_for(_rows(text, date(2023, 3, 20)), "1,29 odstotka")
    assert str(row["year"]) != "2015"


JANUARY_2025 = date(2025, 1, 20)
COUNTED_AFTER_THE_TARGET = ("Od 32 držav zavezništva je lani cilj dveh odstotkov BDP za obrambo "
                            "doseglo 23 držav.")


def test_a_slovenian_count_after_the_target_it_counts_at() -> None:
    """"cilj" (target) and "zavezništvo" (the alliance): the 23 states reached 2% last year."""
    row = row_for(_rows(COUNTED_AFTER_THE_TARGET, JANUARY_2025), "23 držav")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_the_membership_a_count_is_taken_from_is_not_at_the_target() -> None:
    """"Od 32 držav" (of the 32 states) is the alliance, never 32 allies at 2%."""
    row = row_for(_rows(COUNTED_AFTER_THE_TARGET, JANUARY_2025), "32 držav")
    assert row["status"] != "differs"


def test_a_polish_troop_list_goes_on_with_and_then() -> None:
    """"a następnie Niemcy z 185,6 tysiącami" (and then Germany with 185.6 thousand): the next
    item of the list of troops, Germany's."""
    text = ("W 2024 roku Francja ma 204,7 tysiąca żołnierzy, a następnie Niemcy z 185,6 "
            "tysiącami.")
    row = row_for(_rows(text, JULY_2024), "185,6 tysiącami")
    assert (row["entity"], row["metric"]) == ("Germany", "ally_personnel")


def test_odpowiednio_pairs_the_allies_with_their_figures() -> None:
    """Polish "odpowiednio" (respectively): each figure is its own ally's, in order."""
    text = ("Dalej są Hiszpania, Grecja i Kanada, których armie liczą odpowiednio 117,4 tysiąca, "
            "110,8 tysiąca oraz 77,1 tysiąca żołnierzy.")
    rows = _rows(text, JULY_2024)
    assert row_for(rows, "117,4 tysiąca")["entity"] == "Spain"
    assert row_for(rows, "110,8 tysiąca")["entity"] == "Greece"


@pytest.mark.parametrize("text, figure", [
    ("Slovenija je v letu 2023 namenila 24 odstotkov obrambnega proračuna za opremo.",
     "24 odstotkov"),
    ("Slovenija je potrošila 24 odsto svog budžeta za odbranu na opremu u 2023.", "24 odsto"),
])
def test_a_share_spent_on_equipment_in_slovenian_and_serbian(text: str, figure: str) -> None:
    """"za opremo", "na opremu" (on equipment): NATO's equipment share, not a share of GDP."""
    row = row_for(_rows(text, JUNE_2024), figure)
    assert (row["metric"], row["status"]) == ("ally_equipment_share", "consistent")
