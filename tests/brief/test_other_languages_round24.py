"""The brief on news in other languages (issue 9, round 24): counts of allies at the 2% guideline
out of the membership with a Scandinavian article ("ud af de 32"), the Catalan "dels" and the
Bulgarian article glued to the membership ("от 32-те членки"); the target as Finnish, Dutch,
Ukrainian and Bulgarian write it ("tavoitteen", "de norm", "цільового показника", "целта");
a count out of a membership the alliance has had since 2017 read as allies although NATO is
not named in its sentence; the count's clause past a relative clause or an aside of its
membership; Greek "κράτη" (states); a Danish share of GDP ("af bnp", "af
bruttonationalproduktet"); and billions and trillions of dollars in French, Spanish, Catalan,
Albanian, Indonesian, Italian and Romanian ("milliards", "billones", "bilions", "miliardë",
"miliar", "trilioni", "de miliarde"). Sentences are written for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

JULY_2024 = date(2024, 7, 1)
COUNT = "allies_meeting_2pct_guideline"


def _rows(text: str, published: date = JULY_2024):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize(("text", "figure"), [
    # Danish and Swedish "de" (the) between "of" and the membership
    ("Ifølge Nato bruger 23 ud af de 32 medlemslande i 2024 mindst to procent af BNP på "
     "forsvar.", "23"),
    ("Enligt Nato lägger 23 av de 32 medlemsländerna i år minst 2 procent av BNP på "
     "försvaret.", "23"),
    # Catalan "dels" (of the)
    ("Segons l'OTAN, 23 dels 32 aliats destinaran el 2024 el 2% del PIB a la defensa.", "23"),
    # Bulgarian: the membership with its article ("32-те") and "членки" (members)
    ("По данни на НАТО за 2024 г. 23 от 32-те членки харчат поне 2% от БВП за армиите си.",
     "23"),
])
def test_counts_out_of_the_membership(text: str, figure: str) -> None:
    row = row_for(_rows(text), figure)
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["reference_value"] == 23.0


@pytest.mark.parametrize(("text", "figure"), [
    # Finnish "tavoitteen" (the target, in the accusative)
    ("Naton mukaan 23 jäsenmaata saavuttaa tavoitteen vuonna 2024.", "23"),
    # Dutch "de norm"
    ("Volgens de NAVO halen in 2024 23 lidstaten de norm.", "23 lidstaten"),
    # Ukrainian "цільового показника" (the target indicator)
    ("За оцінкою альянсу, 23 країни НАТО у 2024 році виконають вимогу цільового показника.",
     "23 країни"),
    # Bulgarian "страни" (countries) and "целта" (the target)
    ("Алиансът очаква 23 страни от НАТО да изпълнят целта през 2024 г.", "23 страни"),
])
def test_the_target_in_finnish_dutch_ukrainian_and_bulgarian(text: str, figure: str) -> None:
    row = row_for(_rows(text), figure)
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["reference_value"] == 23.0


def test_a_count_out_of_a_recent_membership_counts_allies() -> None:
    """ "23 de los 32 miembros" with the target and no NATO named: the 32 is the alliance's
    (the sentence speaks of GDP: a count out of 30 of another body's target is not)."""
    row = row_for(_rows("Según el informe, 23 de los 32 miembros cumplirán la meta de gasto del "
                        "PIB en 2024."), "23")
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["reference_value"] == 23.0


def test_a_count_out_of_a_recent_membership_in_words_counts_allies() -> None:
    """ "de los treinta y dos miembros": the membership written in words."""
    row = row_for(_rows("Según el informe, 23 de los treinta y dos miembros cumplirán la meta "
                        "de gasto del PIB en 2024."), "23")
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["reference_value"] == 23.0


def test_greek_states_count_allies() -> None:
    """Greek "κράτη" (states)."""
    row = row_for(_rows("Το 2024, 23 κράτη του ΝΑΤΟ θα ξεπεράσουν το 2% του ΑΕΠ."), "23 κράτη")
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["reference_value"] == 23.0


def test_a_count_out_of_another_membership_stays_unread() -> None:
    """27 members (the EU's) are no membership the alliance has had since 2017."""
    table = _rows("Según el informe, 20 de los 27 miembros cumplirán la meta en 2024.")
    assert COUNT not in set(table["metric"])


@pytest.mark.parametrize(("text", "figure"), [
    # Czech: a relative clause of the count after its comma ("které ... splní cíl")
    ("Podle NATO patří Česko mezi 23 z 32 členských států, které v roce 2024 splní cíl dvou "
     "procent HDP.", "23"),
    # Polish: an aside naming the membership the count is out of
    ("Według NATO 23 kraje, spośród 32 członków Sojuszu, przekroczą w 2024 roku próg 2 proc. "
     "PKB.", "23 kraje"),
    # Hungarian "követelményt" (the requirement), its content in the next clause
    ("A NATO-ban 2024-ben 23 tagállam teljesíti azt a követelményt, hogy a bruttó hazai "
     "termék 2 százalékát védelemre fordítsa.", "23 tagállam"),
])
def test_the_count_clause_past_its_comma(text: str, figure: str) -> None:
    row = row_for(_rows(text), figure)
    assert row["metric"] == COUNT and row["year"] == 2024
    assert row["reference_value"] == 23.0


def test_a_negated_relative_clause_counts_no_allies_at_the_target() -> None:
    """ "které nesplní" (which will not meet) keeps the count unread."""
    table = _rows("Podle NATO patří Česko mezi 9 z 32 členských států, které v roce 2024 "
                  "nesplní cíl dvou procent HDP.")
    assert COUNT not in set(table["metric"])


@pytest.mark.parametrize("text", [
    "Ifølge Nato brugte Norge i 2023 1,6 procent af bnp på forsvaret.",
    "Ifølge Nato brugte Norge i 2023 1,6 procent af bruttonationalproduktet på forsvaret.",
])
def test_a_danish_share_of_gdp_in_lower_case_or_in_full(text: str) -> None:
    row = row_for(_rows(text), "1,6 procent")
    assert row["metric"] == "ally_share_gdp"
    assert row["entity"] == "Norway" and row["year"] == 2023


@pytest.mark.parametrize(("text", "value"), [
    ("Les alliés dépenseront 412 milliards de dollars pour leur défense.", 412e9),
    ("El gasto conjunto de la Alianza rondará los 1,2 billones de dólares.", 1.2e12),
    ("La despesa conjunta de l'Aliança rondarà els 1,2 bilions de dòlars.", 1.2e12),
    ("Aleatët do të shpenzojnë 412 miliardë dollarë për mbrojtjen.", 412e9),
    ("Para sekutu akan membelanjakan 412 miliar dolar untuk pertahanan.", 412e9),
    ("Gli alleati spenderanno 1,2 trilioni di dollari per la difesa.", 1.2e12),
    # Romanian "de" between a number from 20 on and its scale
    ("Aliații vor cheltui 412 de miliarde de dolari pentru apărare.", 412e9),
])
def test_billions_and_trillions_of_dollars_in_more_languages(text: str, value: float) -> None:
    figures = extract_figures(text, JULY_2024)
    dollars = figures[figures["unit"] == "USD"]
    assert list(dollars["value"]) == [value]
