"""The brief on news in other languages (issue 9, round 13): a year after a figure that follows
"since <an event> in" ("depuis Reforger en 1988", "seit Reforger im Jahr 1988") dates the event
a comparison runs from, not the figure. Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

LAUNCH_DAY = date(2024, 1, 20)


def _rows(text: str, published: date = LAUNCH_DAY):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize("text, figure", [
    ("Steadfast Defender 2024 rassemblera 90.000 soldats. Environ 80 avions participeront à ce "
     "plus grand exercice depuis celui de Reforger en 1988.", "Environ 80"),
    ("Steadfast Defender 2024 bringt 90.000 Soldaten zusammen. Rund 50 Kriegsschiffe nehmen an "
     "dem größten Manöver seit dem Manöver Reforger im Jahr 1988 teil.", "Rund 50"),
    ("Steadfast Defender 2024 will gather 90,000 troops. About 80 aircraft will join the largest "
     "drill since Reforger in 1988.", "About 80 aircraft"),
])
def test_a_year_since_an_event_after_the_figure_is_not_its_year(text: str, figure: str) -> None:
    """The exercise's count is compared with the exercise's figures, not looked for in 1988."""
    row = row_for(_rows(text), figure)
    assert row["status"] == "consistent"


def test_a_year_right_after_the_figure_stays_its_year() -> None:
    """Without "since", the year after the figure is its own: a share of 2014 stays of 2014."""
    text = "La Pologne a consacré 1,85 % de son PIB à la défense en 2014."
    row = row_for(_rows(text), "1,85 %")
    assert str(row["year"]).startswith("2014")


AUGUST_2025 = date(2025, 8, 28)


PORTUGUESE = ("Em relação ao PIB, a estimativa é de 2%. A percentagem de gastos estimada para "
              "este ano por Espanha fica abaixo da média dos aliados europeus e Canadá (2,27%) e "
              "ainda mais do total (2,76%), que inclui os Estados Unidos.")
SPANISH = ("En relación con el PIB, Italia prevé un 2% este año. El porcentaje de gasto de Italia "
           "queda por debajo de la media de los aliados europeos y Canadá (2,27%) y del total "
           "(2,76%).")


@pytest.mark.parametrize("text, figure", [
    (PORTUGUESE, "2,27%"), (PORTUGUESE, "2,76%"), (SPANISH, "2,76%"),
])
def test_an_aggregate_in_brackets_after_its_name(text: str, figure: str) -> None:
    """"da média dos aliados europeus e Canadá (2,27%)", "do total (2,76%)": NATO's shares of
    GDP for the European allies and Canada and for all allies, after GDP was named."""
    row = row_for(_rows(text, AUGUST_2025), figure)
    assert row["status"] == "consistent"
    assert row["metric"] in ("europe_canada_defence_share_gdp", "nato_total_defence_share_gdp")


def test_an_average_in_brackets_without_gdp_is_not_read() -> None:
    """With no GDP named, a bare per cent in brackets may be of anything: left unread."""
    text = "A inflação fica abaixo da média dos aliados europeus e Canadá (2,27%)."
    row = row_for(_rows(text, AUGUST_2025), "2,27%")
    assert row["status"] == "unmatched"


AIR_DEFENDER_DAY = date(2023, 6, 14)


@pytest.mark.parametrize("text, figure", [
    ("8.000 manschappen, 250 vliegtuigen, 10 dagen en 25 landen. Met die cijfers is oefening "
     "Air Defender 2023 de grootste van de NAVO.", "250"),
    ("8.000 manschappen, 250 vliegtuigen, 10 dagen en 25 landen. Met die cijfers is oefening "
     "Air Defender 2023 de grootste van de NAVO.", "25 landen"),
    ("Mehr als 250 Flugzeuge, 25 Nationen und 14 Tage. So groß ist das Manöver Air Defender "
     "2023 über Deutschland.", "25 Nationen"),
])
def test_a_list_of_counts_is_the_exercise_the_next_sentence_names(text: str,
                                                                   figure: str) -> None:
    """A sentence of three counts and nothing else, then a sentence naming the exercise (not at
    its start): the counts are the exercise's, read to agree."""
    row = row_for(_rows(text, AIR_DEFENDER_DAY), figure)
    assert row["status"] == "consistent"
    assert str(row["metric"]).startswith("exercise_")


def test_manschappen_are_the_exercise_troops() -> None:
    """Dutch "manschappen" (the men of a force) are the people an exercise gathers."""
    text = "8.000 manschappen, 250 vliegtuigen en 25 landen. Zo groot is Air Defender 2023."
    row = row_for(_rows(text, AIR_DEFENDER_DAY), "8.000")
    assert row["metric"] == "exercise_personnel"


def test_two_counts_in_a_sentence_with_a_verb_stay_unread() -> None:
    """A sentence that says more than its counts may be about something else than the
    exercise the next sentence names."""
    text = ("De luchtmacht kocht vorig jaar 250 vliegtuigen en 25 helikopters. Met die toestellen "
            "doet ze mee aan Air Defender 2023.")
    row = row_for(_rows(text, AIR_DEFENDER_DAY), "250")
    assert row["status"] == "unmatched"


SUMMIT_2023 = date(2023, 7, 10)


@pytest.mark.parametrize("text", [
    "Kun 11 Nato-lande lever i dag op til målsætningen.",
    "I dag lever 11 Nato-lande op til målsætningen, skriver avisen.",
])
def test_a_danish_count_of_nato_countries_at_the_objective(text: str) -> None:
    """Danish "11 Nato-lande ... lever op til målsætningen" (meet the objective): a count of
    the allies at the guideline, which the extractor leaves a bare number before its noun."""
    row = row_for(_rows(text, SUMMIT_2023), "11")
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_a_danish_count_of_nato_countries_without_the_objective_stays_unread() -> None:
    """With no guideline in its clause, a count of countries is no count at the target."""
    row = row_for(_rows("11 Nato-lande deltog i mødet i Vilnius.", SUMMIT_2023), "11")
    assert row["status"] == "unmatched"
