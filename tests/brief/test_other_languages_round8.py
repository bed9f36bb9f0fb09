"""The brief on news in other languages (issue 9, round 8): relative years of the other
languages count from the source's date ("vorig jaar", "šogad"); a count out of the membership
in Latvian ("18 no 31"); the Czechs' long name as the press declines it ("České republiky");
"Europe and Canada" joined by the other languages' "and" ("Europa en Canada"); a count written
with its plus sign is a change ("+17 tys."). Sentences are written for the tests in news style;
the extractor runs without the source's date, as the benchmark runs it."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from analysis.brief.check import check_figures
from analysis.brief.list_items import item_ally
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for


def checked_as_scored(text: str, published: date, facts: pd.DataFrame) -> pd.DataFrame:
    """The check rows as the benchmark makes them: the extractor does not know the date."""
    return check_figures(extract_figures(text), published, text=text, facts=facts)


@pytest.mark.parametrize(("text", "published", "figure", "year"), [
    # Dutch "vorig jaar" (last year)
    ("Volgens de NAVO gaf Polen vorig jaar 3,9 procent van het bbp uit aan defensie.",
     date(2024, 7, 10), "3,9 procent", 2023),
    # Spanish "el año pasado"
    ("Según la OTAN, Polonia gastó el año pasado un 3,9% de su PIB en defensa.",
     date(2024, 7, 10), "3,9%", 2023),
])
def test_a_relative_year_of_another_language_counts_from_the_source_date(
        text, published, figure, year, facts) -> None:
    row = row_for(checked_as_scored(text, published, facts), figure)
    assert row["year"] == year, row["note"]


def test_a_latvian_count_out_of_the_membership_this_year(facts) -> None:
    # "18 of the 31 NATO member states will reach 2% of GDP this year"
    text = "Šogad 20 no 31 NATO dalībvalstīm tērēs aizsardzībai vismaz 2 % no IKP."
    row = row_for(checked_as_scored(text, date(2024, 2, 20), facts), "20")
    assert row["metric"] == "allies_meeting_2pct_guideline", row["note"]
    assert row["year"] == 2024, row["note"]


def test_the_czech_long_name_declined_owns_its_share(facts) -> None:
    # "including the Czech Republic, which last year spent 2.1 percent of GDP on its army"
    text = ("Cíl dnes plní většina členských zemí aliance, včetně České republiky, která loni "
            "vydala na armádu 2,1 procenta HDP.")
    row = row_for(checked_as_scored(text, date(2025, 6, 10), facts), "2,1 procenta")
    assert row["entity"] == "Czechia", row["note"]
    assert row["metric"] == "ally_share_gdp", row["note"]


@pytest.mark.parametrize(("text", "figure"), [
    ("Europa en Canada gaven vorig jaar samen 400 miljard dollar uit aan defensie.",
     "400 miljard dollar"),
    ("Europa och Kanada lade förra året 400 miljarder dollar på försvaret.", "400"),
])
def test_europe_and_canada_joined_by_another_languages_and(text, figure, facts) -> None:
    table = checked_as_scored(text, date(2024, 3, 5), facts)
    rows = table[table["figure"].str.startswith(figure)]
    assert len(rows) == 1, table["figure"].tolist()
    assert rows.iloc[0]["entity"] == "Europe and Canada", rows.iloc[0]["note"]


def test_a_count_with_its_plus_sign_is_a_change_not_a_level(facts) -> None:
    # "Last year Lithuania's army grew the fastest (+9 thousand personnel)"
    text = "W ub.r. najszybciej urosła armia Litwy (+9 tys. personelu)."
    table = checked_as_scored(text, date(2024, 6, 20), facts)
    rows = table[table["figure"].str.contains("9 tys")]
    assert len(rows) == 1, table["figure"].tolist()
    assert rows.iloc[0]["status"] == "unmatched", rows.iloc[0]["note"]
    assert "plus sign" in rows.iloc[0]["note"], rows.iloc[0]["note"]


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("El Gobierno destinará el 1,4 por ciento de su PIB a defensa.", "1,4 por ciento", 1.4),
    ("Le pays consacre 2,1 pour cent de son PIB à la défense.", "2,1 pour cent", 2.1),
    ("Guvernul alocă 2,3 la sută din PIB pentru apărare.", "2,3 la sută", 2.3),
    ("A kormány a GDP 2,1 százalékát fordítja védelemre.", "2,1 százalékát", 2.1),
    ("Hallitus käyttää puolustukseen 2,4 prosenttia BKT:sta.", "2,4 prosenttia", 2.4),
    ("Valitsus kulutab kaitsele 3,2 protsenti SKPst.", "3,2 protsenti", 3.2),
    ("Η κυβέρνηση δαπανά 3,1 τοις εκατό του ΑΕΠ για την άμυνα.", "3,1 τοις εκατό", 3.1),
])
def test_the_per_cent_words_of_other_languages_make_a_share(text, figure, value) -> None:
    figures = extract_figures(text)
    row = figures[figures["text"] == figure]
    assert len(row) == 1, figures["text"].tolist()
    assert row.iloc[0]["unit"] in ("percent", "percent_gdp"), row.iloc[0]["unit"]
    assert row.iloc[0]["value"] == pytest.approx(value)


@pytest.mark.parametrize(("text", "figure", "value", "unit"), [
    ("Sverige lägger 140 miljarder kronor på försvaret.", "140 miljarder kronor", 140e9, "other"),
    ("Norge bruker 95 milliarder kroner på forsvaret.", "95 milliarder kroner", 95e9, "other"),
    ("Müttefikler 1,3 trilyon dolar harcayacak.", "1,3 trilyon dolar", 1.3e12, "USD"),
    ("Saveznici će potrošiti 470 milijardi dolara.", "470 milijardi dolara", 470e9, "USD"),
    ("Η Ελλάδα δαπανά 6,8 δισ. ευρώ για την άμυνα.", "6,8 δισ. ευρώ", 6.8e9, "EUR"),
    ("Οι ΗΠΑ δαπανούν 880 δισεκατομμύρια δολάρια.", "880 δισεκατομμύρια δολάρια", 880e9, "USD"),
])
def test_the_scale_and_currency_words_of_other_languages(text, figure, value, unit) -> None:
    figures = extract_figures(text)
    row = figures[figures["text"] == figure]
    assert len(row) == 1, figures["text"].tolist()
    assert row.iloc[0]["value"] == pytest.approx(value)
    assert row.iloc[0]["unit"] == unit


def test_an_italian_rank_is_no_share() -> None:
    figures = extract_figures("L'Italia è al 2 posto nella classifica dell'Alleanza.")
    assert set(figures["unit"]) <= {"count", "other"}, figures[["text", "unit"]]


def test_participants_listed_with_the_equipment_of_the_exercise_named_before(facts) -> None:
    # an English caption inside a Greek article: the exercise named only in the Greek text
    text = ("Η άσκηση Air Defender 23 ξεκινά τη Δευτέρα στη Γερμανία.\n\n"
            "25 nations, 250 aircraft and up to 10,000 troops.")
    table = checked_as_scored(text, date(2023, 6, 8), facts)
    nations, troops = row_for(table, "25 nations"), row_for(table, "up to 10,000 troops")
    assert nations["metric"] == "exercise_participating_nations", nations["note"]
    assert troops["metric"] == "exercise_personnel", troops["note"]
    assert {nations["status"], troops["status"]} == {"consistent"}, troops["note"]


def test_no_participants_without_the_exercise_named_before(facts) -> None:
    table = checked_as_scored("25 nations, 250 aircraft and up to 10,000 troops.",
                              date(2023, 6, 8), facts)
    assert row_for(table, "25 nations")["metric"] != "exercise_participating_nations"


@pytest.mark.parametrize(("sentence", "figure", "ally"), [
    # German: the word before the list's last figure, another ally's figure before the list
    ("Frankreich kam auf 1,9 Prozent, während Portugal, Kanada und Slowenien mit 1,4 Prozent, "
     "1,3 Prozent respektive 1,2 Prozent zurückliegen.", "1,3 Prozent", "Canada"),
    ("Frankreich kam auf 1,9 Prozent, während Portugal, Kanada und Slowenien mit 1,4 Prozent, "
     "1,3 Prozent respektive 1,2 Prozent zurückliegen.", "1,2 Prozent", "Slovenia"),
    # Spanish and Italian: the word after the list
    ("Portugal y Canadá destinan el 1,4% y el 1,3% respectivamente.", "1,3%", "Canada"),
    ("Portogallo e Canada spendono l'1,4% e l'1,3% rispettivamente.", "1,4%", "Portugal"),
    # French and Italian: the word before the list
    ("Le Portugal et le Canada consacrent respectivement 1,4 % et 1,3 %.", "1,3 %", "Canada"),
    ("Portogallo e Canada destinano rispettivamente l'1,4% e l'1,3%.", "1,4%", "Portugal"),
])
def test_respectively_in_other_languages(sentence, figure, ally) -> None:
    assert item_ally(sentence, sentence.find(figure), figure) == ally


def test_respectively_not_read_when_allies_and_figures_differ_in_number() -> None:
    sentence = ("Portugal, Kanada und Slowenien liegen mit 1,4 Prozent respektive 1,2 Prozent "
                "zurück.")
    assert item_ally(sentence, sentence.find("1,4 Prozent"), "1,4 Prozent") is None
