"""The brief on news in other languages (issue 9, round 22): allies' shares of GDP listed bare,
with the unit and "of GDP" only at the end of the sentence (Hungarian "Kanada 1,38, Portugália
1,55, ... a GDP-jének 1,28 százalékát"); Turkish GDP written out ("gayrisafi yurtiçi hasıla"), a
Turkish ranking of allies after the sentence that names the share ("Polonya’nın ardından gelen
ABD"), and the owner named after its share by a participle ("yüzde 3,9 oranına ulaşan
Polonya"). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

JULY_2024 = date(2024, 7, 20)
BARE_LIST = ("A 2 százalékot 2023-ban nem érte el mindenki: Dánia 1,65, Csehország 1,52, "
             "Norvégia 1,6, Belgium pedig a GDP-jének 1,1 százalékát költötte.")


def _rows(text: str, published: date = JULY_2024):
    return check_figures(extract_figures(text), published, text=text)


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("Dánia 1,65, Csehország 1,52 és Norvégia 1,6 pontot kapott.", "1,65", 1.65),
    ("Dánia 1,65, Csehország 1,52 és Norvégia 1,6 pontot kapott.", "1,52", 1.52),
])
def test_a_decimal_comma_before_the_next_item_or_an_accented_word(
        text: str, figure: str, value: float) -> None:
    """ "1,65, Csehország" and "1,52 és" are decimals, not the number 1 and another."""
    figures = extract_figures(text)
    assert value in set(figures["value"])
    assert figure in set(figures["text"])


@pytest.mark.parametrize(("figure", "ally"), [("1,65", "Denmark"), ("1,52", "Czechia"),
                                              ("1,6", "Norway")])
def test_a_bare_list_closed_by_a_share_of_gdp_lists_shares(figure: str, ally: str) -> None:
    row = row_for(_rows(BARE_LIST), figure)
    assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", ally, 2023)
    assert row["status"] in ("consistent", "superseded", "differs")


def test_a_bare_list_without_gdp_in_its_sentence_lists_no_shares() -> None:
    text = "A pontszámok 2023-ban: Dánia 1,65, Csehország 1,52, Norvégia 1,6, Belgium 1,1."
    row = row_for(_rows(text), "1,52")
    assert row["metric"] != "ally_share_gdp"


TURKISH_RANKING = (
    "Gayrisafi yurtiçi hasılaya göre savunma harcaması sıralamasında Letonya ilk sırada "
    "geliyor. Yüzde 3,1 oranına ulaşan Letonya’yı Fransa yüzde 1,9 ile, Norveç ise yüzde 1,6 "
    "ile takip ediyor.")


@pytest.mark.parametrize(("figure", "ally"), [("Yüzde 3,1", "Latvia"), ("yüzde 1,9", "France"),
                                              ("yüzde 1,6", "Norway")])
def test_a_turkish_ranking_after_the_share_of_gdp_named(figure: str, ally: str) -> None:
    row = row_for(_rows(TURKISH_RANKING), figure)
    assert (row["metric"], row["entity"]) == ("ally_share_gdp", ally)


def test_turkish_gdp_written_out_makes_an_allys_share_one_of_gdp() -> None:
    text = ("Belçika’nın savunma harcamalarının gayri safi yurt içi hasıla içindeki payının "
            "yüzde 1,3 olacağı tahmin edildi.")
    row = row_for(_rows(text), "yüzde 1,3")
    assert (row["metric"], row["entity"]) == ("ally_share_gdp", "Belgium")


def test_the_owner_named_after_its_share_by_a_participle() -> None:
    """ "yüzde 1,36 olan Türkiye" (Türkiye, which is at 1.36%): the share is Türkiye's, also with
    other allies named after it."""
    text = "Savunma payı yüzde 1,36 olan Türkiye, Polonya ve Estonya’nın gerisinde kaldı."
    row = row_for(_rows(text), "yüzde 1,36")
    assert (row["metric"], row["entity"]) == ("ally_share_gdp", "Türkiye")


@pytest.mark.parametrize("text", [
    "Las maniobras Air Defender 23 reúnen 250 aeronaves militares de 25 países.",
    "All'esercitazione Air Defender 23 prendono parte 250 aerei militari di 25 Paesi.",
    "Në stërvitjen Air Defender 23 marrin pjesë 250 avionë ushtarakë nga 25 vende.",
])
def test_aircraft_followed_by_the_adjective_military_are_aircraft(text: str) -> None:
    """ "250 aeronaves militares": military aircraft, not 250 troops ("militares" alone)."""
    rows = _rows(text, date(2023, 6, 12))
    row = rows[rows["value"] == 250.0].iloc[0]
    assert (row["metric"], row["entity"]) == ("exercise_aircraft", "Air Defender")
    assert row["status"] == "consistent"


def test_soldiers_written_military_alone_stay_troops() -> None:
    figures = extract_figures("En las maniobras participan 10.000 militares de 25 países.")
    assert figures[figures["value"] == 10000.0].iloc[0]["unit"] == "troops"


def test_an_azerbaijani_exercise_noun_makes_the_sentence_one_of_an_exercise() -> None:
    """ "Təlimlərdə" (in the exercises): the exercise NATO was running at the date."""
    text = "Təlimlərdə 250 təyyarə və 25 ölkədən 10 min hərbçi iştirak edir."
    rows = _rows(text, date(2023, 6, 12))
    row = rows[rows["value"] == 250.0].iloc[0]
    assert (row["metric"], row["entity"], row["status"]) == (
        "exercise_aircraft", "Air Defender", "consistent")
