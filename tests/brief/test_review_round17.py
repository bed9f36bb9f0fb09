"""Readings of round 17 (issue 9): neighbours of the unseen sets' false alarms, a national
figure read as NATO's and a part of an exercise read as the whole. Each sentence is invented in
a real-news form."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

APRIL_2024 = date(2024, 4, 20)  # NATO, February 2024: Portugal 1.48%, Spain 1.24%, Poland 3.92%
STEADFAST_DAY = date(2024, 3, 8)  # NATO, 15 February 2024: Steadfast Defender, 32 nations


def test_a_share_a_minister_gives_after_a_comma_is_the_governments(facts) -> None:
    text = "Portugal spent 1.7% of GDP on defence in 2023, the defence minister said."
    row = row_for(checked(text, APRIL_2024, facts), "1.7%")
    assert row["status"] == "unmatched" and "government's own" in row["note"]


def test_a_share_officials_give_after_a_comma_is_the_governments(facts) -> None:
    text = "Poland put 4.2% of its GDP into defence in 2023, Polish officials said."
    row = row_for(checked(text, APRIL_2024, facts), "4.2%")
    assert row["status"] == "unmatched" and "government's own" in row["note"]


def test_a_budget_share_a_finance_ministry_gives_is_the_governments(facts) -> None:
    text = ("Poland's defence budget for 2023 is 97 billion zlotys, or 2.9% of GDP, the finance "
            "ministry said on Tuesday.")
    assert row_for(checked(text, APRIL_2024, facts), "2.9%")["status"] == "unmatched"


def test_a_share_by_a_governments_count_is_the_governments(facts) -> None:
    for text in ("Spain's defence spending was 1.4% of GDP in 2023, by the government's count.",
                 "Spain spent 1.4% of GDP on defence in 2023, according to Madrid's figures."):
        row = row_for(checked(text, APRIL_2024, facts), "1.4%")
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_a_minister_quoting_natos_estimate_is_still_compared(facts) -> None:
    text = ("NATO estimates that Portugal spent 1.7% of GDP on defence in 2023, the defence "
            "minister said.")
    assert row_for(checked(text, APRIL_2024, facts), "1.7%")["status"] == "differs"


def test_a_source_opening_the_sentence_is_another_source(facts) -> None:
    for text in ("The statistics office said Portugal spent 1.7% of GDP on defence in 2023.",
                 "Portugal's central bank estimates defence spending at 1.7% of GDP in 2023.",
                 "The EU estimates that Spain spent 1.4% of GDP on defence in 2023."):
        figure = "1.4%" if "Spain" in text else "1.7%"
        row = row_for(checked(text, APRIL_2024, facts), figure)
        assert row["status"] != "differs" and "another source" in row["note"], text


def test_another_sources_share_that_agrees_is_still_consistent(facts) -> None:
    text = "The statistics office said Portugal spent 1.48% of GDP on defence in 2023."
    assert row_for(checked(text, APRIL_2024, facts), "1.48%")["status"] == "consistent"


def test_the_nations_of_a_part_named_by_its_place_are_the_parts(facts) -> None:
    for text, figure in (
            ("The Polish part of Steadfast Defender 2024 brings together 20 nations.",
             "20 nations"),
            ("Steadfast Defender 2024's Latvian segment includes troops from 12 nations.",
             "12 nations"),
            ("Steadfast Defender 2024, whose Baltic leg involves 14 countries, ends in May.",
             "14 countries"),
            ("Steadfast Defender 2024, whose Norwegian phase gathered 13 countries, is over.",
             "13 countries")):
        row = row_for(checked(text, STEADFAST_DAY, facts), figure)
        assert row["status"] == "unmatched" and "a part of the exercise" in row["note"], text


def test_the_nations_of_an_exercise_named_as_part_of_another_are_its_own(facts) -> None:
    for text in ("Dragon 24, part of Steadfast Defender 2024, involves 20 countries.",
                 "Under Steadfast Defender 2024, 20 countries take part in Dragon 24 in Poland.",
                 "Within Steadfast Defender 2024, the Nordic Response drills gather 20,000 troops "
                 "from 20 countries."):
        row = row_for(checked(text, STEADFAST_DAY, facts), "20 countries")
        assert row["status"] == "unmatched" and "a part of the exercise" in row["note"], text


def test_the_whole_exercise_as_part_of_which_troops_train_is_still_compared(facts) -> None:
    text = "As part of Steadfast Defender 2024, 90,000 troops from 32 countries will train."
    assert row_for(checked(text, STEADFAST_DAY, facts), "32 countries")["status"] == "consistent"


def test_some_of_which_is_a_part_of_the_count_before(facts) -> None:
    text = ("Steadfast Defender 2024 involves 90,000 troops from 32 countries, 20 of which are "
            "deployed in Poland.")
    table = checked(text, STEADFAST_DAY, facts)
    assert row_for(table, "20")["status"] != "differs"
    assert row_for(table, "32 countries")["status"] == "consistent"


def test_a_government_named_as_the_source_in_other_languages_owns_the_share(facts) -> None:
    for text, figure in (
            ("Portugal gab 2023 nach Angaben der Regierung 1,7 Prozent des BIP für Verteidigung "
             "aus.", "1,7 Prozent"),
            ("Le Portugal a consacré 1,7 % de son PIB à la défense en 2023, a précisé le "
             "ministre.", "1,7 %"),
            ("Según el Ejecutivo, España invirtió el 1,4% del PIB en defensa en 2023.", "1,4%"),
            ("Portugal investiu 1,7% do PIB em defesa em 2023, segundo o Governo.", "1,7%"),
            ("Według rządu Polska przeznaczyła w 2023 r. 4,2 proc. PKB na obronność.",
             "4,2 proc."),
            ("Nederland besteedde in 2023 1,9 procent van het bbp aan defensie, aldus het "
             "ministerie.", "1,9 procent"),
            ("O Orçamento do Estado prevê que Portugal gaste 1,7% do PIB em defesa em 2023.",
             "1,7%")):
        row = row_for(checked(text, APRIL_2024, facts), figure)
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_natos_estimate_a_minister_quotes_in_another_language_is_still_compared(facts) -> None:
    text = "Según la OTAN, España invirtió el 1,4% del PIB en defensa en 2023, dijo el ministro."
    assert row_for(checked(text, APRIL_2024, facts), "1,4%")["status"] == "differs"


def test_a_statistics_office_named_in_another_language_is_another_source(facts) -> None:
    text = "Według danych GUS Polska przeznaczyła w 2023 r. 3,2 proc. PKB na obronność."
    row = row_for(checked(text, APRIL_2024, facts), "3,2 proc.")
    assert row["status"] != "differs" and "another source" in row["note"]


def test_the_nations_of_a_part_named_by_its_adjective_in_other_languages_are_its(facts) -> None:
    for text, figure in (
            ("Der litauische Teil von Steadfast Defender 2024 vereint Soldaten aus 20 Nationen.",
             "20 Nationen"),
            ("La partie roumaine de Steadfast Defender 2024 rassemble 20 pays.", "20 pays"),
            ("Polska część ćwiczeń Steadfast Defender 2024 zgromadzi 20 krajów.", "20 krajów"),
            ("Het Litouwse deel van Steadfast Defender 2024 telt 20 landen.", "20 landen")):
        row = row_for(checked(text, STEADFAST_DAY, facts), figure)
        assert row["status"] == "unmatched" and "a part of the exercise" in row["note"], text


def test_a_part_opening_another_clause_leaves_the_whole_compared(facts) -> None:
    text = ("The Polish part of Steadfast Defender 2024 starts in March, and the exercise "
            "involves 90,000 troops from 32 countries.")
    assert row_for(checked(text, STEADFAST_DAY, facts), "32 countries")["status"] == "consistent"


def test_the_nations_of_what_is_held_in_one_ally_in_other_languages(facts) -> None:
    for text, figure in (
            ("Steadfast Defender 2024, organisé en Lituanie avec 20 pays, s'achève.", "20 pays"),
            ("Steadfast Defender 2024, das in Litauen mit 20 Nationen stattfand, ist vorbei.",
             "20 Nationen")):
        row = row_for(checked(text, STEADFAST_DAY, facts), figure)
        assert row["status"] != "differs" and "held in one ally" in row["note"], text


JULY_2024 = date(2024, 7, 1)  # NATO, June 2024: Germany 2.12%, Poland 4.12% in 2024


def test_a_share_a_chancellor_or_minister_gives_after_the_verb_is_the_governments(facts) -> None:
    for text in ("Germany will spend 2.3% of GDP on defence this year, the chancellor told "
                 "the Bundestag.",
                 "Germany will spend 2.3% of GDP on defence this year, said Defence Minister "
                 "Boris Pistorius."):
        row = row_for(checked(text, JULY_2024, facts), "2.3%")
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_a_forecast_of_another_source_is_only_to_agree(facts) -> None:
    text = "The IMF expects Poland's defence spending to hit 4.5% of GDP this year."
    row = row_for(checked(text, JULY_2024, facts), "4.5%")
    assert row["status"] != "differs" and "another source" in row["note"]


def test_a_share_the_opposition_or_parliament_gives_is_another_sources(facts) -> None:
    for text, figure in (("The opposition says Germany will spend just 1.5% of GDP on defence "
                          "this year.", "1.5%"),
                         ("Germany's parliament says the country will spend 2.3% of GDP on "
                          "defence this year.", "2.3%")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] != "differs" and "another source" in row["note"], text


def test_a_share_of_another_years_gdp_is_not_natos_share(facts) -> None:
    for text in ("Poland will spend 4.5% of its 2023 GDP on defence this year.",
                 "Poland's defence spending, equal to 4.5% of last year's GDP, leads NATO."):
        row = row_for(checked(text, JULY_2024, facts), "4.5%")
        assert row["status"] == "unmatched" and "another year's GDP" in row["note"], text


def test_a_share_of_the_same_years_gdp_is_still_compared(facts) -> None:
    text = "Poland spent 3.9% of its 2023 GDP on defence in 2023."
    assert row_for(checked(text, APRIL_2024, facts), "3.9%")["status"] in (
        "consistent", "superseded")


def test_a_share_in_a_governments_own_papers_or_claim_is_the_governments(facts) -> None:
    for text in ("In its stability programme, Germany puts defence spending at 2.3% of GDP "
                 "this year.",
                 "Official figures put Germany's defence spending at 2.3% of GDP this year.",
                 "Germany, by its own reckoning, spends 2.3% of GDP on defence this year.",
                 "Germany says it spends 2.3% of GDP on defence this year.",
                 "Germany claims to spend 2.3% of GDP on defence this year."):
        row = row_for(checked(text, JULY_2024, facts), "2.3%")
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_a_source_showing_a_share_itself_is_another_source(facts) -> None:
    text = "National statistics put Germany's defence spending at 1.5% of GDP this year."
    row = row_for(checked(text, JULY_2024, facts), "1.5%")
    assert row["status"] != "differs" and "another source" in row["note"]


def test_the_particle_of_taking_part_is_no_part_of_the_exercise(facts) -> None:
    # German "teilnehmen" and Dutch "deelnemen" split: "nehmen ... die Nato teil"
    for text, figure in (
            ("An Air Defender 2023 nehmen ab Montag 25 Nationen sowie die Nato teil.",
             "25 Nationen"),
            ("Aan Air Defender 2023 nemen vanaf maandag 25 landen en de NAVO deel.",
             "25 landen")):
        row = row_for(checked(text, date(2023, 6, 12), facts), figure)
        assert row["status"] == "consistent", text


def test_a_government_speaking_in_another_clause_leaves_the_source_named_for_the_share(
        facts) -> None:
    # NATO, June 2024: Norway 2.2% in 2024; the statistics office's figure agrees
    text = ("Norway spent an estimated 2.2% of GDP on defence in 2024, the statistics office "
            "said, and the government said it aims to spend 3% next year.")
    assert row_for(checked(text, JULY_2024, facts), "an estimated 2.2%")["status"] == \
        "consistent"
