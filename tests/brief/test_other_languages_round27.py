"""The brief on news in other languages (issue 9, round 27): Croatian, Serbian and Bosnian
"posto" (per cent) read as a per cent where no rank can be meant: after a number in their words
("dva posto", "tri posto") or after a whole number before GDP's abbreviation ("2 posto BDP-a");
Italian "al 2 posto" (second place) stays a rank. Greek and Cyrillic initials end no sentence.
A count at "this indicator" or "this level" (Russian, Ukrainian, Hungarian) counts the allies at
the 2% named before; Russian and Ukrainian "альянс" names the alliance. Sentences are written
for the tests in news style."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.brief.check import check_figures
from analysis.extract.extractor import extract_figures
from analysis.sentences import sentence_starts
from tests.brief.conftest import row_for

JUNE_2024 = date(2024, 6, 20)


def _rows(text: str, published: date = JUNE_2024):
    return check_figures(extract_figures(text, published), published, text=text)


@pytest.mark.parametrize(("text", "figure", "ally"), [
    # Bosnian: the number in words, "two per cent of GDP"
    ("Prema novom budžetu, Albanija će ove godine za odbranu izdvojiti dva posto "
     "BDP-a.", "dva posto", "Albania"),
    # Croatian: a whole number before "BDP-a"
    ("Sjeverna Makedonija ove godine za vojsku planira potrošiti 2 posto BDP-a, tvrde u "
     "Skoplju.", "2 posto", "North Macedonia"),
])
def test_serbo_croatian_posto_is_a_share_of_gdp(text: str, figure: str, ally: str) -> None:
    row = row_for(_rows(text), figure)
    assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", ally, 2024)
    assert row["status"] == "consistent"


def test_italian_rank_with_posto_stays_no_share() -> None:
    """Italian "al 2 posto" is second place: no per cent, whatever follows."""
    text = "Nella classifica dei bilanci la Spagna è scesa al 2 posto dopo il voto di giugno."
    rows = _rows(text)
    assert not any(str(figure).endswith("posto") for figure in rows["figure"])
    assert "ally_share_gdp" not in set(rows["metric"])


def test_greek_initial_ends_no_sentence() -> None:
    """A Greek initial ("ο Κ. Μητσοτάκης") ends no sentence: the sentence before a count is the
    one that names NATO, so the count of "three countries" at the target is read as allies."""
    text = ("Η Συμμαχία του ΝΑΤΟ ξοδεύει πια περισσότερα, τόνισε ο Κ. Μητσοτάκης σε ομιλία του "
            "στην Αθήνα. Το 2014 μόλις τρεις χώρες έφταναν τον στόχο του 2% του ΑΕΠ.")
    row = row_for(_rows(text, date(2024, 3, 20)), "τρεις χώρες")
    assert (row["metric"], row["year"]) == ("allies_meeting_2pct_guideline", 2014)
    assert row["status"] == "consistent"
    assert row["reference_value"] == pytest.approx(3.0)


@pytest.mark.parametrize("text", [
    "Это заявил В. Иванов на встрече в Брюсселе.",
    "Об этом рассказал Й. Петров журналистам.",
])
def test_cyrillic_initial_ends_no_sentence(text: str) -> None:
    assert sentence_starts(text) == [0]


COUNT = "allies_meeting_2pct_guideline"


@pytest.mark.parametrize(("text", "figure", "year", "value"), [
    # Russian: "this indicator" refers back to the 2% the sentence before names
    ("Члены НАТО обязались выделять на оборону не меньше 2% ВВП. В 2023 году этого показателя "
     "смогли достичь только 10 государств.", "10 государств", 2023, 10.0),
    # Ukrainian: "цей показник" before the count
    ("Члени НАТО погодились спрямовувати на оборону щонайменше 2% ВВП. Торік цей показник "
     "перевищили 10 країн.", "10 країн", 2023, 10.0),
    # Hungarian: "ezt a szintet" (this level) after the count
    ("A NATO tagjai vállalták, hogy a GDP legalább 2 százalékát védelemre fordítják. 2014-ben "
     "mindössze 3 ország érte el ezt a szintet.", "3 ország", 2014, 3.0),
])
def test_count_at_the_level_named_before(text: str, figure: str, year: int,
                                         value: float) -> None:
    row = row_for(_rows(text), figure)
    assert (row["metric"], row["year"]) == (COUNT, year)
    assert row["status"] == "consistent"
    assert row["reference_value"] == pytest.approx(value)


def test_alliance_in_russian_names_nato_for_a_count() -> None:
    """Russian "альянс" (the alliance) names NATO before a count of countries at the target."""
    text = ("Эксперты альянса подвели итоги. В 2023 году цель в 2% ВВП выполнили "
            "10 стран.")
    row = row_for(_rows(text), "10 стран")
    assert (row["metric"], row["year"]) == (COUNT, 2023)
    assert row["status"] == "consistent"
