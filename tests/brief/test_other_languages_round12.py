"""The brief on news in other languages (issue 9, round 12): German's dative "aus 25 Ländern"
counts nations; the people an exercise gathers ("10 000 personer") are its personnel; a count
that gathers many nations ("från 25 länder", "from 25 countries") is the exercise's whole, not
the part of the ally that leads it. Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

EXERCISE_DAY = date(2023, 6, 12)


def _rows(text: str, published: date = EXERCISE_DAY):
    return check_figures(extract_figures(text, published), published, text=text)


def test_german_dative_counts_nations() -> None:
    """"aus 25 Ländern" (from 25 countries): the dative plural is the same noun."""
    text = "An der Luftwaffenübung Air Defender 23 nehmen Soldaten aus 25 Ländern teil."
    row = row_for(_rows(text), "25 Ländern")
    assert row["status"] == "consistent"
    assert row["metric"] == "exercise_participating_nations"


@pytest.mark.parametrize("text, figure", [
    ("Övningen Air Defender 23 leds av Tyskland och samlar 10 000 personer från 25 länder.",
     "10 000"),
    ("Air Defender 23 is led by Germany, and 10,000 people from 25 countries take part.",
     "10,000 people"),
])
def test_people_from_many_nations_are_the_exercise_whole(text: str, figure: str) -> None:
    """The ally leading the exercise, named before the count, owns no part of it: the count
    gathers 25 nations."""
    row = row_for(_rows(text), figure)
    assert row["metric"] == "exercise_personnel"
    assert row["status"] == "consistent"


def test_one_allys_people_stay_its_part() -> None:
    """Without the nations after it, the count after the ally is that ally's part."""
    text = "Övningen Air Defender 23 leds av Tyskland som skickar 2 000 personer."
    assert row_for(_rows(text), "2 000")["status"] == "unmatched"


@pytest.mark.parametrize("text", [
    "Yunanistan GSYH’sinin yüzde 3,1'ini savunmaya harcadı. 2023 yılında bu oran yüzde 2,76 idi.",
    "Greece spent 3.1% of its GDP on defence. In 2023 this ratio was 2.76%.",
])
def test_a_ratio_referred_back_is_the_same_allys_share_of_gdp(text: str) -> None:
    """"bu oran" (this ratio) refers back to the share of GDP the sentence before gave: the
    same measure, of the same ally."""
    figures = extract_figures(text)
    share = figures[figures["value"] == 2.76].iloc[0]
    assert share["metric"] == "defence_spending_share_gdp"
    assert share["entity"] == "Greece"


def test_a_ratio_without_a_share_of_gdp_before_stays_a_percent() -> None:
    figures = extract_figures("Enflasyon yüksek kaldı. 2023 yılında bu oran yüzde 2,76 idi.")
    assert list(figures[figures["value"] == 2.76]["unit"]) == ["percent"]


@pytest.mark.parametrize("text, first, year", [
    ("Greece spent 3.1% of its GDP on defence. In 2022 this ratio was 2.76% and in 2021 3.5%.",
     "2.76%", 2022),
    ("Yunanistan GSYH’sinin yüzde 3,1'ini savunmaya harcadı. 2022 yılında bu oran yüzde 2,76 ve "
     "2021'de yüzde 3,5 idi.", "yüzde 2,76", 2022),
])
def test_a_year_after_and_opens_the_next_conjunct(text: str, first: str, year: int) -> None:
    """"2.76% and in 2021 3.5%": 2021 is the second share's year, never the first's."""
    figures = extract_figures(text)
    assert figures[figures["text"] == first]["year"].iloc[0] == year


def test_hungarian_case_forms_name_the_ally() -> None:
    """"A harmadik hely Észtországé 3,4 százalékkal" (third place is Estonia's): the possessive
    form of the name names the ally the share is of."""
    text = ("A GDP-hez viszonyított védelmi kiadások 4,1 százalékával Lengyelország az első. "
            "A harmadik hely Észtországé 3,4 százalékkal.")
    figures = extract_figures(text)
    share = figures[figures["value"] == 3.4].iloc[0]
    assert share["entity"] == "Estonia"
    assert share["metric"] == "defence_spending_share_gdp"


@pytest.mark.parametrize("text, repeat", [
    ("Italia destinó el 1,49% de su PIB a defensa en 2024, según la OTAN. De todas formas, ese "
     "1,49% es superior al 1,4% invertido en 2023.", "1,49%"),
    ("Italy spent 1.49% of its GDP on defence in 2024, according to NATO. That figure of 1.49% "
     "is above the 1.4% it invested in 2023.", "1.49%"),
])
def test_a_share_repeated_after_a_demonstrative_is_the_same(text: str, repeat: str) -> None:
    """"ese 1,49%" (that 1.49%) points back to Italy's 2024 share, not to the 2023 its
    sentence names after it."""
    rows = _rows(text, date(2025, 5, 1))
    repeated = rows[rows["figure"] == repeat].iloc[-1]
    assert repeated["entity"] == "Italy"
    assert repeated["year"] == 2024
    assert repeated["status"] in ("consistent", "superseded")


@pytest.mark.parametrize("text", [
    "V uplynulom roku vynaložilo na obranu aspoň dve percentá HDP 9 z 30 členov aliancie.",
    "Vlani vynaložilo na obranu aspoň dve percentá HDP 9 z 30 členov aliancie.",
    "V uplynulém roce vynaložilo na obranu aspoň dvě procenta HDP 9 z 30 členů aliance.",
])
def test_slovak_and_czech_last_year(text: str) -> None:
    """"v uplynulom roku" (in the past year), "vlani": the year before the source's."""
    figures = extract_figures(text, date(2023, 3, 1))
    assert list(figures[figures["value"] == 9.0]["year"]) == [2022]


def test_german_money_to_spend_is_spending() -> None:
    """"während Frankreich 64 Milliarden US-Dollar ausgeben will" (France wants to spend $64
    billion): money an ally spends is its spending, as English "spend" says."""
    text = ("Die USA planen 2024 Militärausgaben von 968 Milliarden US-Dollar. Polen kommt "
            "auf 35 Milliarden US-Dollar, während Frankreich 64 Milliarden US-Dollar ausgeben "
            "will.")
    row = row_for(_rows(text, date(2024, 9, 1)), "64 Milliarden US-Dollar")
    assert row["entity"] == "France"
    assert row["status"] == "consistent"


@pytest.mark.parametrize("text, figure", [
    # Italian: the membership's noun left out ("dei 31", of the 31)
    ("Secondo i dati della NATO, solo 17 dei 30 hanno raggiunto questo obiettivo del 2%.", "17"),
    # Czech: the English counts would keep "23 z 32 členských zemí" a count of allies at no level
    ("Cíl dvou procent HDP podle NATO letos plní 17 z 30 členských zemí aliance.", "17"),
])
def test_counts_out_of_the_membership_in_other_languages(text: str, figure: str) -> None:
    row = row_for(_rows(text, date(2022, 9, 1)), figure)
    assert row["metric"] == "allies_meeting_2pct_guideline"


def test_a_count_out_of_days_is_no_count_of_allies() -> None:
    text = "Secondo la NATO, solo 17 dei 30 giorni di esercitazione hanno raggiunto l'obiettivo."
    rows = _rows(text, date(2022, 9, 1))
    assert row_for(rows, "17")["metric"] != "allies_meeting_2pct_guideline"


@pytest.mark.parametrize("text", [
    # "al menos" (at least) holds "menos" (less); the aside in parentheses negates nothing
    "Según la OTAN, 17 de los 30 miembros (Islandia no tiene ejército) gastarán este año al "
    "menos el 2% de su PIB en defensa.",
    "Selon l'OTAN, 17 des 30 membres consacreront cette année au moins 2 % de leur PIB à la "
    "défense.",
    "Según la OTAN, 17 de los 30 miembros (Islandia no tiene ejército) gastarán este año el 2% "
    "de su PIB en defensa.",
])
def test_at_least_and_an_aside_are_no_negation(text: str) -> None:
    row = row_for(_rows(text, date(2022, 9, 1)), "17")
    assert row["metric"] == "allies_meeting_2pct_guideline"


def test_less_than_the_target_is_still_a_negation() -> None:
    text = "Según la OTAN, 17 de los 30 miembros gastarán este año menos del 2% de su PIB."
    row = row_for(_rows(text, date(2022, 9, 1)), "17")
    assert row["metric"] != "allies_meeting_2pct_guideline"


@pytest.mark.parametrize("text, figure", [
    ("Meer dan twintig leden van de NAVO besteden 2 procent van hun bbp aan defensie.",
     "Meer dan twintig leden"),
    ("Mais de 20 membros da NATO gastam 2% do PIB em defesa.", "Mais de 20 membros"),
    ("Mer än 20 Natoländer lägger 2 procent av BNP på försvaret.", "Mer än 20"),
])
def test_more_than_in_other_languages_is_a_floor(text: str, figure: str) -> None:
    figures = extract_figures(text)
    row = figures[figures["text"] == figure].iloc[0]
    assert row["approximate"]
    assert row["qualifier"] == " ".join(figure.lower().split()[:2])


def test_spanish_en_before_a_year_is_in_not_and() -> None:
    """"el 1,28% en 2024": Spanish "en" is "in" (Dutch "en", "and", opens no conjunct here)."""
    figures = extract_figures("España gastó el 1,28% en 2024 y el 1,19% en 2023.")
    assert list(figures[figures["unit"].isin(["percent", "percent_gdp"])]["year"]) == [2024, 2023]
