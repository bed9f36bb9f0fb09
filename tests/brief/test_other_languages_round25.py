"""The brief on news in other languages (issue 9, round 25): the allies' names in Estonian,
Finnish (with the genitive) and Indonesian; GDP as Indonesian abbreviates it ("PDB") and as
Finnish writes it out ("bruttokansantuotteesta"); the Finnish adessive and the Estonian
terminative of "per cent" ("prosentilla", "protsendini"); this year and last year in
Finnish, Estonian and Indonesian ("tänä vuonna", "sel aastal", "tahun lalu"); and German
"Wirtschaftsleistung" (economic output) as GDP. Sentences are written for the tests in news
style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.data.allies import ally_named
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

JULY_2024 = date(2024, 7, 1)
JULY_2025 = date(2025, 7, 1)
SHARE = "ally_share_gdp"


def _rows(text: str, published: date = JULY_2024):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize(("spelling", "ally"), [
    ("Poola", "Poland"), ("Saksamaa", "Germany"), ("Rootsi", "Sweden"), ("Läti", "Latvia"),
    ("Ameerika Ühendriigid", "United States"),
    ("Puola", "Poland"), ("Puolan", "Poland"), ("Viro", "Estonia"), ("Yhdysvaltojen",
                                                                      "United States"),
    ("Alankomaiden", "Netherlands"),
    ("Polandia", "Poland"), ("Jerman", "Germany"), ("Amerika Serikat", "United States"),
    ("Britania Raya", "United Kingdom"),
])
def test_estonian_finnish_and_indonesian_names(spelling: str, ally: str) -> None:
    assert ally_named(spelling) == ally


@pytest.mark.parametrize("adjective", ["Latvian", "Belgian", "Italian", "Romanian", "Island",
                                       "Holland", "Norra", "AS"])
def test_genitives_that_are_english_words_stay_no_names(adjective: str) -> None:
    assert ally_named(adjective) is None


@pytest.mark.parametrize(("text", "figure", "ally"), [
    # Estonian: "this year" ("sel aastal"), the name, GDP as "SKPst"
    ("NATO hinnangul kulutab Rootsi sel aastal kaitsele 2,14 protsenti SKPst.",
     "2,14 protsenti", "Sweden"),
    # Finnish: "this year" ("tänä vuonna"), GDP written out ("bruttokansantuotteestaan")
    ("Naton arvion mukaan Ruotsi käyttää tänä vuonna puolustukseen 2,14 prosenttia "
     "bruttokansantuotteestaan.", "2,14 prosenttia", "Sweden"),
    # Finnish: the genitive of the name, the adessive of "per cent" ("prosentilla")
    ("Tänä vuonna Saksan puolustusmenot ovat Naton tilastossa 2,12 prosentilla "
     "bruttokansantuotteesta listan keskivaiheilla.", "2,12 prosentilla", "Germany"),
    # Indonesian: "this year" ("tahun ini"), GDP as "PDB"
    ("Menurut NATO, tahun ini Swedia membelanjakan 2,14% PDB untuk pertahanan.", "2,14%",
     "Sweden"),
])
def test_shares_of_gdp_in_estonian_finnish_and_indonesian(text: str, figure: str,
                                                            ally: str) -> None:
    row = row_for(_rows(text), figure)
    assert (row["metric"], row["entity"], row["year"]) == (SHARE, ally, 2024)
    # the June 2024 estimate, revised in later releases
    assert row["status"] in ("consistent", "superseded")
    assert row["reference_value"] == pytest.approx(float(figure[:4].replace(",", ".")), abs=0.01)


def test_estonian_terminative_of_per_cent_is_a_share() -> None:
    text = "Sel aastal tõusevad Rootsi kaitsekulud NATO andmetel 2,14 protsendini SKPst."
    row = row_for(_rows(text), "2,14 protsendini")
    assert (row["metric"], row["entity"], row["year"]) == (SHARE, "Sweden", 2024)


def test_norwegian_percent_target_compound_stays_the_target() -> None:
    """Only the Finnish and Estonian case forms join "per cent": the Norwegian compound
    "prosentmålet" (the percent target) does not make "2" a share of an ally's GDP."""
    text = ("Nato ber medlemmene bruke minst 2 prosent av BNP på forsvar. Fram til i fjor var det "
            "bare Tyskland, Frankrike og Danmark som nådde 2 prosentmålet, viser en oversikt fra "
            "alliansen.")
    assert not [figure for figure in extract_figures(text, JULY_2024).itertuples()
                if "prosentmålet" in figure.text]


@pytest.mark.parametrize(("text", "year"), [
    ("Viime vuonna Norja käytti puolustukseen 2,2 prosenttia bruttokansantuotteestaan.", 2024),
    ("Eelmisel aastal kulutas Taani kaitsele 2,2 protsenti SKPst.", 2024),
    ("Tahun lalu Norwegia membelanjakan 2,2% PDB untuk pertahanan.", 2024),
    # "this year" is the year of publication, not the latest year NATO has published
    ("Tänä vuonna Norja käyttää puolustukseen 2,2 prosenttia bruttokansantuotteestaan.", 2025),
    ("Sel aastal kulutab Taani kaitsele 2,2 protsenti SKPst.", 2025),
    ("Tahun ini Norwegia membelanjakan 2,2% PDB untuk pertahanan.", 2025),
])
def test_this_year_and_last_year_in_finnish_estonian_and_indonesian(text: str,
                                                                    year: int) -> None:
    figures = extract_figures(text, JULY_2025)
    share = next(figure for figure in figures.itertuples() if figure.unit == "percent_gdp")
    assert share.year == year


MARCH_2024 = date(2024, 3, 10)


@pytest.mark.parametrize("text", [
    "Frankreich gab 2023 laut Nato 1,9 Prozent seiner Wirtschaftsleistung für Verteidigung aus.",
    # the share of the economy given before makes the ally's share after it one of GDP too
    "Im vergangenen Jahr gaben nur wenige Alliierte mindestens zwei Prozent ihrer "
    "Wirtschaftsleistung für Verteidigung aus. Frankreich kam nach den jüngsten Schätzungen auf "
    "1,9 Prozent.",
])
def test_german_economic_output_is_gdp(text: str) -> None:
    row = row_for(_rows(text, MARCH_2024), "1,9 Prozent")
    assert (row["metric"], row["entity"], row["year"]) == (SHARE, "France", 2023)
    assert row["status"] in ("consistent", "superseded")
    assert row["reference_value"] == pytest.approx(1.9, abs=0.01)
