"""The brief on news in other languages (issue 9, round 5): an exercise's troops, ships, aircraft
and vehicles counted in every language the vocabulary has, "more than" hedges written with
letters outside ASCII ("über", "más de"), and counts of allies at the 2% guideline in other
languages ("18 aliaţi", "18 der 31 Mitgliedstaaten", "tylko siedem").
Sentences are written for the tests in news style."""

from __future__ import annotations

import re
from datetime import date

import pytest

from analysis.brief.exercise_dates import equipment_key
from analysis.brief.foreign_counts import COUNT_RULES, counts_at_target
from analysis.extract.extractor import extract_figures
from analysis.extract.other_language_numbers import NUMBER_WORD_VALUES
from analysis.foreign_words import FOREIGN_EXERCISE_NOUNS
from analysis.vocabulary import talks_of_exercise
from tests.brief.conftest import checked, row_for

DURING_STEADFAST_DEFENDER = date(2024, 2, 10)


@pytest.mark.parametrize(("key", "nouns", "example"), FOREIGN_EXERCISE_NOUNS,
                         ids=[row[0] for row in FOREIGN_EXERCISE_NOUNS])
def test_each_languages_exercise_nouns_read_their_examples(key, nouns, example) -> None:
    for phrase in example.split(", "):
        number = re.search(r"\d[\d.,]*(?: \d{3})*", phrase)
        surface = phrase[:number.end()]
        assert equipment_key(surface, phrase[number.end():]) == key, phrase


@pytest.mark.parametrize(("text", "figure", "value"), [
    # French: no exercise named, the one NATO was running at the date; "ont pris part"
    ("Quelque 90.000 hommes et femmes sont mobilisés pour ces manoeuvres. Cinquante navires, "
     "80 avions de combat et plus de 1.100 véhicules militaires ont également pris part aux "
     "simulations.", "80", 80),
    ("Quelque 90.000 hommes et femmes sont mobilisés pour ces manoeuvres.", "90.000", 90000),
    # Spanish: "maniobras", "tropas", "aeronaves", "activos navales", "31 miembros"
    ("Las maniobras contarán con más de 90.000 tropas de los 31 países de la alianza.",
     "más de 90.000 tropas", 90000),
    ("Más de 80 aeronaves participarán en el ejercicio, y se desplegarán más de 50 activos "
     "navales.", "Más de 80", 80),
    ("Los 31 miembros de la OTAN, junto con Suecia, participarán en este ejercicio.",
     "31 miembros", 31),
    # German: "über 1.000 Gefechtsfahrzeuge" is a floor, never a different count
    ("Bei der Militärübung werden über 1.100 Gefechtsfahrzeuge teilnehmen.", "über 1.100", 1100),
])
def test_an_exercises_figures_in_another_language_are_its_own(text, figure, value,
                                                              facts) -> None:
    row = row_for(checked(text, DURING_STEADFAST_DEFENDER, facts), figure)
    assert row["status"] == "consistent", row["note"]
    assert row["entity"] == "Steadfast Defender"
    assert row["metric"].startswith("exercise_")


def test_tanks_in_another_language_are_no_vehicles_total(facts) -> None:
    # "dont 133 chars": a part of the vehicles, which no foreign noun names as the total
    text = ("L'exercice mobilise plus de 1 100 véhicules de combat, dont 133 chars déployés "
            "pendant plusieurs mois.")
    table = checked(text, DURING_STEADFAST_DEFENDER, facts)
    assert row_for(table, "133")["status"] == "unmatched"
    assert row_for(table, "plus de 1 100")["status"] == "consistent"


@pytest.mark.parametrize(("text", "hedge"), [
    ("Es werden über 1.000 Fahrzeuge teilnehmen.", "über"),
    ("Más de 80 aeronaves participarán.", "más de"),
])
def test_a_hedge_with_letters_outside_ascii_is_read(text, hedge) -> None:
    figure = extract_figures(text).iloc[0]
    assert figure["qualifier"] == hedge and figure["approximate"]


def test_talks_of_exercise_reads_other_languages() -> None:
    assert talks_of_exercise("Las maniobras sin precedentes comenzarán la próxima semana.")
    assert talks_of_exercise("80 avions ont pris part aux simulations.",
                             "Les manoeuvres ont commencé.")
    # Hungarian "gyakorlat" alone is also "practice": only "hadgyakorlat" is an exercise
    assert not talks_of_exercise("A gyakorlatban a kiadás 2 százalék volt.")
    assert talks_of_exercise("A hadgyakorlatban 90 ezer katona vesz részt.")


@pytest.mark.parametrize(("pattern", "example"), COUNT_RULES)
def test_each_count_rule_reads_its_example(pattern, example) -> None:
    for phrase in example.split(", "):
        number = re.match(r"\w+", phrase)
        assert re.match(pattern, phrase[number.end():], re.I), phrase


@pytest.mark.parametrize(("text", "published", "figure", "value"), [
    ("„Anul acesta, mă aştept ca 18 aliaţi NATO să cheltuiască 2% din PIB-ul lor pentru "
     "apărare.", date(2024, 2, 14), "18 aliaţi", 18),
    ("18 der 31 Mitgliedstaaten der NATO werden in diesem Jahr das Zwei-Prozent-Ziel "
     "erreichen.", date(2024, 2, 14), "18", 18),
])
def test_a_count_of_allies_at_2pct_in_another_language_is_checked(text, published, figure,
                                                                  value, facts) -> None:
    row = row_for(checked(text, published, facts), figure)
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


@pytest.mark.parametrize(("sentence", "surface"), [
    # a negation: the allies that did not reach it
    ("Ponad 10 z 32 państw NATO nie osiągnęło celu 2 proc. PKB.", "10"),
    # another level: the allies close to the new 5%
    ("Doar trei țări membre NATO sunt aproape de noua țintă de 5%.", "trei țări"),
    # some allies beside others named, not all those at 2%
    ("Powyżej 3 proc. wydadzą Łotwa i Grecja. Kolejne 18 państw NATO ma przekroczyć próg 2 "
     "proc.", "18 państw"),
    ("Toți aliații NATO vor atinge acest obiectiv, dintre care șapte țări vor îndeplini "
     "obiectivul de 2%.", "șapte țări"),
    # no alliance named: any countries
    ("Solo 18 Paesi riusciranno a spendere il 2% del Pil.", "18 Paesi"),
])
def test_other_counts_in_another_language_are_not_at_2pct(sentence, surface) -> None:
    unit = "count" if " " not in surface else "countries"
    assert not counts_at_target(unit, sentence, sentence.index(surface), surface)


def test_new_number_words_are_read_as_figures() -> None:
    for word in ("heten", "trei", "șapte", "diciotto", "dieciocho", "negentien"):
        assert word in NUMBER_WORD_VALUES
        figures = extract_figures(f"Tylko {word} krajów NATO osiągnęło cel.")
        assert NUMBER_WORD_VALUES[word] in figures["value"].tolist(), word
