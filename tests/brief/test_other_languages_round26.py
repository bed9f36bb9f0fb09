"""The brief on news in other languages (issue 9, round 26): the rise of the European allies' and
Canada's defence spending with "and" before an article or a preposition ("e del Canada", "e do
Canadá"), with Canada named first ("Canada og de europæiske allierede"), with German, Nordic,
Slovenian and Slovak rise words ("zunahmen", "økning", "ökade", "dvignili", "nárast") and in
words written without accents. Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

JUNE_2024 = date(2024, 6, 20)
GROWTH = "europe_canada_defence_spending_change"


def _rows(text: str, published: date = JUNE_2024):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize(("text", "figure"), [
    # Italian: "and" before "del Canada"
    ("Secondo l'Alleanza, nel 2024 le spese militari dei Paesi europei e del Canada "
     "cresceranno del 18%, un balzo mai visto da decenni.", "18%"),
    # Portuguese: "and" before "do Canadá"
    ("Segundo a Aliança, os gastos com defesa dos aliados europeus e do Canadá vão crescer "
     "18% este ano.", "18%"),
    # Danish: Canada named first, "europæiske", "stigning" (a rise)
    ("Ifølge alliancen viser forsvarsudgifterne i Canada og de europæiske allierede i år en "
     "stigning på 18 procent.", "18 procent"),
    # German, every word near the figure without an accent: "zunehmen" (to rise)
    ("Die Verteidigungsausgaben in Europa und Kanada werden in diesem Jahr um 18 Prozent "
     "zunehmen, teilte die Allianz mit.", "18 Prozent"),
    # Swedish: "ökat" (risen), "försvarsutgifter"
    ("Enligt alliansen har försvarsutgifterna i Europa och Kanada i år ökat med 18 procent.",
     "18 procent"),
    # Slovenian: "dvignili" (raised), "porabo za obrambo" (spending on defence)
    ("Po ocenah zavezništva so evropske zaveznice letos dvignile porabo za obrambo za 18 "
     "odstotkov.", "18 odstotkov"),
])
def test_rise_of_european_allies_and_canada_in_other_languages(text: str, figure: str) -> None:
    row = row_for(_rows(text), figure)
    assert (row["metric"], row["entity"], row["year"]) == (GROWTH, "Europe and Canada", 2024)
    # June 2024's 18%, restated as 19.4% in April 2025
    assert row["status"] in ("consistent", "superseded")
    assert row["reference_value"] == pytest.approx(18.0)


def test_one_allys_rise_stays_uncompared() -> None:
    """Only Europe and Canada together are NATO's figure: Italy's own rise, with "del" before
    the ally's name as before Canada, is not compared with it."""
    text = "Quest'anno la spesa per la difesa dell'Italia e del Belgio è aumentata del 18%."
    row = row_for(_rows(text), "18%")
    assert row["status"] not in ("consistent", "superseded", "differs")


COUNT = "allies_meeting_2pct_guideline"


@pytest.mark.parametrize(("text", "figure", "year", "value"), [
    # Italian: the noun left out after the membership, the target before the count
    ("Secondo la Nato, l'obiettivo del 2% quest'anno lo raggiungono 23 su 32.", "23", 2024,
     23.0),
    # Spanish: "hito" (milestone) names the target
    ("En 2023 solo 10 de los 31 aliados llegaron a ese hito, según la OTAN.", "10", 2023, 10.0),
])
def test_counts_out_of_the_membership(text: str, figure: str, year: int,
                                                 value: float) -> None:
    row = row_for(_rows(text), figure)
    assert (row["metric"], row["year"]) == (COUNT, year)
    assert row["status"] in ("consistent", "superseded")
    assert row["reference_value"] == pytest.approx(value)


def test_bare_count_out_of_another_body_stays_uncounted() -> None:
    """Only a size the alliance has had since 2017 makes a bare number a count of its allies:
    12 of the EU's 27 are no count at NATO's target."""
    text = "Secondo la Commissione, l'obiettivo del 2% quest'anno lo raggiungono 12 su 27."
    row = row_for(_rows(text), "12")
    assert row["metric"] != COUNT
