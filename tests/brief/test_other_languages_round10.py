"""The brief on news in other languages (round 10): Ukrainian, read for the first time (allies'
names in Cyrillic, "ВВП" for GDP). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for


def _shares(text: str) -> list[tuple[str, object]]:
    figures = extract_figures(text)
    shares = figures[figures["unit"] == "percent_gdp"]
    return list(zip(shares["text"], shares["entity"], strict=True))


def test_a_ukrainian_list_of_allies_shares_names_each_ally() -> None:
    text = ("Лише кілька союзників витрачають понад 2% ВВП на оборону:\n\n"
            "Латвія: 2,27%\nІталія: 1,46%\nСША: 3,2%\n")
    assert _shares(text)[1:] == [("2,27%", "Latvia"), ("1,46%", "Italy"),
                                 ("3,2%", "United States")]


@pytest.mark.parametrize(("text", "ally"), [
    ("Польща витрачає 3,9% ВВП на оборону.", "Poland"),
    ("Торік Північна Македонія витратила 1,8% ВВП на оборону.", "North Macedonia"),
])
def test_a_ukrainian_share_of_gdp_is_its_allys(text: str, ally: str) -> None:
    [(_, entity)] = _shares(text)
    assert entity == ally


def test_a_ukrainian_list_is_checked_against_the_year_it_was_published_in() -> None:
    text = ("Країни НАТО, які витрачають 2% ВВП на оборону:\n\n"
            "Греція: 3,01%\nЕстонія: 2,73%\n")
    rows = check_figures(extract_figures(text), date(2024, 2, 1), text=text)
    greece = row_for(rows, "3,01%")
    assert (greece["entity"], greece["year"]) == ("Greece", 2023)
    assert greece["status"] in ("consistent", "superseded")


def _exercise_rows(text: str) -> list[tuple[str, object, object]]:
    rows = check_figures(extract_figures(text), date(2023, 6, 12), text=text)
    return list(zip(rows["figure"], rows["metric"], rows["status"], strict=True))


def test_a_german_day_with_a_full_stop_ends_no_sentence() -> None:
    """"bis zum 23. Juni 25 Nationen": the day is a date, and the nations after it are still the
    exercise's, in the sentence that names it."""
    text = ("Das Manöver Air Defender 2023 beginnt heute. An der Übung nehmen bis zum 16. Juni "
            "25 Nationen teil.")
    assert ("25 Nationen", "exercise_participating_nations", "consistent") in \
        _exercise_rows(text)
    assert "16" not in [figure for figure, _, _ in _exercise_rows(text)]


def test_german_aircraft_in_the_dative_are_the_exercises() -> None:
    text = "Bei Air Defender 2023 üben 25 Nationen mit 250 Flugzeugen."
    assert ("250", "exercise_aircraft", "consistent") in _exercise_rows(text)


@pytest.mark.parametrize("text", [
    "Das Manöver Air Defender 2023 beginnt heute. Nach Angaben der Bundeswehr sind 10.000 "
    "Soldaten beteiligt.",
    "The exercise Air Defender 2023 begins today. According to the Bundeswehr, 10,000 "
    "soldiers take part.",
])
def test_the_source_a_count_is_quoted_from_is_no_contributor(text: str) -> None:
    [(_, metric, status)] = [row for row in _exercise_rows(text) if "10" in row[0]]
    assert (metric, status) == ("exercise_personnel", "consistent")


def _metric_of(text: str, figure: str, published: date = date(2025, 9, 1)) -> object:
    rows = check_figures(extract_figures(text), published, text=text)
    return row_for(rows, figure)["metric"]


def test_a_hungarian_count_of_member_countries_meeting_this_target() -> None:
    """"23 tagország teljesíti ezt a célt" after a sentence naming the North Atlantic
    alliance's 2% target: the allies at the guideline."""
    text = ("Az Észak-Atlanti Szerződés Szervezetének tagállamai a GDP 2 százalékát vállalták. "
            "Egy friss jelentés szerint idén 23 tagország teljesíti ezt a célt.")
    assert _metric_of(text, "23 tagország") == "allies_meeting_2pct_guideline"


@pytest.mark.parametrize(("text", "figure"), [
    ("A 30 NATO-országnak 2030-ig teljesítenie kell a kétszázalékos célt, azaz a GDP két "
     "százalékát.", "30 NATO-országnak"),
    ("Die 30 Nato-Staaten müssen bis 2030 das Ziel von 2 Prozent des BIP erreichen.",
     "30 Nato-Staaten"),
    ("The 30 allies must meet the target of 2% of GDP by 2030.", "30 allies"),
])
def test_allies_that_must_meet_the_target_are_no_count_of_those_at_it(text: str,
                                                                       figure: str) -> None:
    assert _metric_of(text, figure) != "allies_meeting_2pct_guideline"


def test_the_membership_a_count_is_out_of_is_no_count_at_the_target() -> None:
    """"19 der insgesamt 31 Bündnisstaaten erreichen die Zielmarke": the 19 are at it, the 31
    are the membership."""
    text = ("Laut Nato erreichen in diesem Jahr 19 der insgesamt 31 Bündnisstaaten die "
            "Zielmarke für Verteidigungsausgaben von zwei Prozent des BIP.")
    assert _metric_of(text, "19", date(2023, 7, 10)) == "allies_meeting_2pct_guideline"
    assert _metric_of(text, "31 Bündnisstaaten", date(2023, 7, 10)) != \
        "allies_meeting_2pct_guideline"


@pytest.mark.parametrize(("text", "figure"), [
    ("Podľa odhadov NATO by malo tento rok vynaložiť dve percentá HDP na obranu 20 spojencov.",
     "20 spojencov"),
    ("Letos by podle odhadů NATO měly vydat na obranu dvě procenta HDP 20 spojenců.",
     "20 spojenců"),
])
def test_a_count_last_in_its_clause_after_the_target_counts_the_allies_at_it(
        text: str, figure: str) -> None:
    """Slovak and Czech put the count last: "vynaložiť dve percentá HDP na obranu 20
    spojencov" (20 allies should spend two per cent of GDP on defence)."""
    assert _metric_of(text, figure, date(2024, 3, 1)) == "allies_meeting_2pct_guideline"


def test_a_count_last_in_a_clause_that_misses_the_target_is_not_at_it() -> None:
    text = "Podľa NATO ani tento rok nevynaloží dve percentá HDP na obranu 8 spojencov."
    assert _metric_of(text, "8 spojencov", date(2024, 3, 1)) != "allies_meeting_2pct_guideline"
