"""Exercise figures in other languages, round 20: the words that say an exercise (Slovenian
"vaja", Danish compounds, Ukrainian "навчання"), who takes part, the nouns of what is counted,
and thousands and round numbers written as words. Each sentence is invented in the form the news
used, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from analysis.brief.exercise_dates import equipment_key
from tests.brief.conftest import checked, row_for

FEBRUARY_2024 = date(2024, 2, 5)  # Steadfast Defender 2024 under way: about 90,000 troops
JUNE_2023 = date(2023, 6, 14)  # Air Defender 23: up to 10,000 people, 250 aircraft, 25 nations


def assert_agrees(text: str, published: date, figure: str, key: str, facts) -> None:
    row = row_for(checked(text, published, facts), figure)
    assert (row["metric"], row["status"]) == (key, "consistent"), row.to_dict()


def test_slovenian_exercise_word_and_taking_part(facts) -> None:
    # "90,000 soldiers will take part in the exercise, which lasts until May"
    text = "Pri vaji, ki bo trajala do maja, bo sodelovalo 90.000 vojakov."
    assert_agrees(text, FEBRUARY_2024, "90.000 vojakov", "exercise_personnel", facts)


def test_slovenian_ships_and_vehicles_are_counted_equipment() -> None:
    assert equipment_key("50", " vojaških plovil") == "exercise_ships"
    assert equipment_key("1100", " oklepnih vozil") == "exercise_vehicles"


def test_danish_compound_exercise_word_and_members_taking_part(facts) -> None:
    # "NATO sends 90,000 soldiers to the military exercise" / "Units of all 31 member countries
    # take part"
    text = ("Alliancen sender 90.000 soldater til militærøvelsen i foråret. "
            "Tropper fra alle 31 medlemslande deltager.")
    assert_agrees(text, FEBRUARY_2024, "90.000 soldater", "exercise_personnel", facts)
    assert_agrees(text, FEBRUARY_2024, "31 medlemslande", "exercise_participating_allies", facts)


def test_dutch_participating_nations_and_ten_thousand_in_a_word(facts) -> None:
    # "About ten thousand soldiers train in the exercise. Belgium is one of the 25 participating
    # member states."
    text = ("Bij de oefening trainen ongeveer tienduizend militairen. "
            "België is een van de 25 deelnemende lidstaten.")
    assert_agrees(text, JUNE_2023, "tienduizend militairen", "exercise_personnel", facts)
    assert_agrees(text, JUNE_2023, "25 deelnemende lidstaten", "exercise_participating_nations",
                  facts)


def test_french_two_hundred_in_words_counts_aircraft(facts) -> None:
    text = "L'exercice mobilisera plus de deux cents avions de chasse."
    assert_agrees(text, JUNE_2023, "plus de deux cents", "exercise_aircraft", facts)


def test_turkish_case_ending_and_hedge_before_the_noun(facts) -> None:
    # "more than 50 ships and more than 80 combat aircraft will be used in the exercise"
    text = "Tatbikatta 50’den fazla gemi ve 80'den fazla savaş uçağı kullanılacak."
    assert_agrees(text, FEBRUARY_2024, "50", "exercise_ships", facts)
    assert_agrees(text, FEBRUARY_2024, "80", "exercise_aircraft", facts)


def test_turkish_softened_stem_of_vehicles(facts) -> None:
    text = "Tatbikatta en az 1100 kara aracı görev yapacak."
    assert_agrees(text, FEBRUARY_2024, "1100", "exercise_vehicles", facts)


def test_turkish_thousands_in_the_ablative_and_soldiers_and_personnel(facts) -> None:
    # "more than 90 thousand soldiers are expected to join the exercise"; "90 thousand personnel"
    text = "Tatbikata 90 binden fazla askerin katılması bekleniyor."
    assert_agrees(text, FEBRUARY_2024, "90 binden fazla askerin", "exercise_personnel", facts)
    text = "Tatbikatta 90 bin personel görev alacak."
    assert_agrees(text, FEBRUARY_2024, "90 bin personel", "exercise_personnel", facts)


def test_turkish_military_adjective_is_no_soldier(facts) -> None:
    # "askeri" (military) before ships: the count is of ships, never of soldiers
    text = "Tatbikatta 50 askeri gemi yer alacak."
    assert_agrees(text, FEBRUARY_2024, "50", "exercise_ships", facts)


def test_lithuanian_participants_and_aircraft(facts) -> None:
    # "up to 10 thousand exercise participants with 250 aircraft will take part in the exercise"
    text = "Pratybose dalyvaus iki 10 tūkst. pratybų dalyvių su 250 orlaivių."
    assert_agrees(text, JUNE_2023, "10 tūkst. pratybų dalyvių", "exercise_personnel", facts)
    assert_agrees(text, JUNE_2023, "250", "exercise_aircraft", facts)


def test_ukrainian_exercise_word_participants_and_aircraft(facts) -> None:
    # "up to 10,000 exercise participants from 25 countries train on 250 aircraft"
    text = "Цього тижня до 10 000 учасників навчань з 25 країн тренуються на 250 літаках."
    assert_agrees(text, JUNE_2023, "10 000", "exercise_personnel", facts)
    assert_agrees(text, JUNE_2023, "250", "exercise_aircraft", facts)


def test_russian_and_ukrainian_thousands_troops_fighters_and_combat_vehicles(facts) -> None:
    text = "В учениях будут задействованы около 90 тысяч военнослужащих."
    assert_agrees(text, FEBRUARY_2024, "около 90 тысяч военнослужащих", "exercise_personnel",
                  facts)
    # "more than 80 fighters and at least 1.1 thousand combat vehicles take part in the exercise"
    text = "У навчаннях задіяні понад 80 винищувачів і щонайменше 1,1 тисячі бойових машин."
    assert_agrees(text, FEBRUARY_2024, "понад 80", "exercise_aircraft", facts)
    assert_agrees(text, FEBRUARY_2024, "1,1 тисячі", "exercise_vehicles", facts)
