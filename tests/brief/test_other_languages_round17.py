"""Other-language readings of an exercise's counts, added after the nineteenth and twentieth
unseen sets were scored (issue 9, round 17): exercise words, troop and equipment nouns,
thousands as words and "take part" verbs of Bulgarian, Serbian, Greek, Lithuanian, Slovak,
Swedish, Czech and Polish. Each sentence is invented in the language, in the form the news used,
not copied from the fixtures."""

from __future__ import annotations

from datetime import date

import pandas as pd

from tests.brief.conftest import checked

DURING_STEADFAST_DEFENDER = date(2024, 2, 20)  # NATO's statements of 18 Jan 2024 current
DURING_AIR_DEFENDER = date(2023, 6, 15)  # NATO's statements of 1 Jun 2023 current


def row_with(table: pd.DataFrame, figure: str) -> pd.Series:
    """The one check row whose figure holds ``figure``; fails when missing or repeated."""
    rows = table[table["figure"].str.contains(figure, regex=False)]
    assert len(rows) == 1, f"{figure!r} not once in {table['figure'].tolist()}"
    return rows.iloc[0]


def assert_agrees(row: pd.Series, key: str) -> None:
    assert row["metric"] == key
    assert row["status"] == "consistent"


def test_a_bulgarian_count_of_thousands_of_soldiers_in_an_exercise(facts) -> None:
    # "хиляди" (thousands), "войници" (soldiers), "учението" (the exercise)
    text = "В учението на алианса ще се включат близо 90 хиляди войници от много държави."
    row = row_with(checked(text, DURING_STEADFAST_DEFENDER, facts), "90 хиляди")
    assert row["value"] == 90000
    assert_agrees(row, "exercise_personnel")


def test_bulgarian_servicemen_who_take_part(facts) -> None:
    # "военнослужещи" (servicemen), "участват" (take part) after a sentence about "ученията"
    text = ("Ученията на НАТО започнаха в понеделник. В тях участват 90 000 военнослужещи от "
            "съюзниците.")
    row = row_with(checked(text, DURING_STEADFAST_DEFENDER, facts), "90 000")
    assert_agrees(row, "exercise_personnel")


def test_a_serbian_cyrillic_exercise_with_a_dot_grouping_thousands(facts) -> None:
    # "10.000 војника" (soldiers) is ten thousand; "авиона" (aircraft), "вежби" (exercise)
    table = checked("У ваздушној вежби учествоваће 10.000 војника и 250 авиона.",
                    DURING_AIR_DEFENDER, facts)
    troops = row_with(table, "10.000")
    assert troops["value"] == 10000
    assert_agrees(troops, "exercise_personnel")
    assert_agrees(row_with(table, "250"), "exercise_aircraft")


def test_lithuanian_thousands_of_soldiers_and_warships_in_drills(facts) -> None:
    # "tūkst." (thousand), "karių" (soldiers), "karo laivų" (warships), "pratybose" (drills)
    table = checked("Pratybose dalyvaus per 90 tūkst. karių ir per 50 karo laivų.",
                    DURING_STEADFAST_DEFENDER, facts)
    troops = row_with(table, "90 tūkst.")
    assert troops["value"] == 90000
    assert_agrees(troops, "exercise_personnel")
    assert_agrees(row_with(table, "50"), "exercise_ships")


def test_greek_soldiers_who_take_part_after_a_sentence_about_the_exercise(facts) -> None:
    # "γυμνάσια" (the exercise), "συμμετέχουν" (take part)
    text = ("Τα γυμνάσια της Συμμαχίας ξεκίνησαν τη Δευτέρα πάνω από τη Γερμανία. Συμμετέχουν "
            "περίπου 10.000 στρατιώτες.")
    row = row_with(checked(text, DURING_AIR_DEFENDER, facts), "10.000")
    assert_agrees(row, "exercise_personnel")


def test_slovak_combat_aircraft_and_vehicles_of_an_exercise(facts) -> None:
    # "lietadiel" (aircraft), "vozidiel" (vehicles), after an adjective ("bojových": combat)
    table = checked("Počas cvičenia nasadia 80 bojových lietadiel a 1100 bojových vozidiel.",
                    DURING_STEADFAST_DEFENDER, facts)
    assert_agrees(row_with(table, "80"), "exercise_aircraft")
    assert_agrees(row_with(table, "1100"), "exercise_vehicles")


def test_the_swedish_member_countries_taking_part_in_a_nato_exercise(facts) -> None:
    # "medlemsländerna" (the member countries), "Natoövningen" (the NATO exercise, one word)
    text = "I Natoövningen deltar soldater från de 31 medlemsländerna och från Sverige."
    row = row_with(checked(text, DURING_STEADFAST_DEFENDER, facts), "31")
    assert_agrees(row, "exercise_participating_allies")


def test_czech_thousands_of_soldiers_in_manoeuvres(facts) -> None:
    # "tisíc" (thousand), "manévrů" (manoeuvres)
    text = "Manévrů se podle velení zúčastní 90 tisíc vojáků."
    row = row_with(checked(text, DURING_STEADFAST_DEFENDER, facts), "90 tisíc")
    assert row["value"] == 90000
    assert_agrees(row, "exercise_personnel")


def test_polish_about_does_not_end_the_sentence_that_says_who_takes_part(facts) -> None:
    # "ok." (about) before the number; "weźmie w nich udział" (will take part in them) after a
    # sentence about "manewry"
    text = "Manewry potrwają do końca maja. Weźmie w nich udział ok. 90 tys. żołnierzy."
    row = row_with(checked(text, DURING_STEADFAST_DEFENDER, facts), "90 tys.")
    assert_agrees(row, "exercise_personnel")


# --- counts of the allies at the 2% guideline ----------------------------------------------

AFTER_VILNIUS_ESTIMATES = date(2023, 7, 12)  # NATO's estimates of 7 Jul 2023 current
AFTER_FEBRUARY_2024 = date(2024, 2, 20)  # NATO's estimates of 14 Feb 2024 current


def assert_a_count_at_the_guideline(row: pd.Series) -> None:
    assert row["metric"] == "allies_meeting_2pct_guideline"
    assert row["status"] in ("consistent", "superseded")


def test_an_albanian_count_that_has_reached_this_objective(facts) -> None:
    # "objektiv" (objective), after "2% e GDP-së" named before
    text = ("Aleatët u zotuan për 2% të GDP-së. Sot vetëm 11 nga 31 vende anëtare të NATO-s e "
            "kanë arritur këtë objektiv.")
    assert_a_count_at_the_guideline(row_with(checked(text, AFTER_VILNIUS_ESTIMATES, facts), "11"))


def test_the_danish_now_is_no_romanian_not(facts) -> None:
    # Danish "nu når" (now reach) is no negation (Romanian "nu" is): the allies at the target
    text = "Natos generalsekretær siger, at 11 allierede nu når to procent-målet."
    row = row_with(checked(text, AFTER_VILNIUS_ESTIMATES, facts), "11")
    assert_a_count_at_the_guideline(row)
