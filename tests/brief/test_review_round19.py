"""Readings of round 19 (issue 9): neighbours of the unseen sets' false alarms, the European
Union read as NATO's Europe, a government's own count named after the figure, the time a speaker
said a figure named after the verb or after the figure, and a count forecast for a deadline.
Each sentence is invented in a real-news form."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 1)  # NATO, June 2024: 23 allies at 2% in 2024, 10 in 2023
APRIL_2024 = date(2024, 4, 20)  # NATO, February 2024 the latest release
SEPTEMBER_2025 = date(2025, 9, 15)  # NATO, August 2025: Spain 2.00% in 2025, Germany 2.00% in 2024


def test_the_european_unions_members_are_not_natos_european_allies(facts) -> None:
    # NATO, February 2024: the European allies' 2024 share is 2% of their combined GDP
    for text, figure in (
            ("European Union countries spent 1.4% of GDP on defence in 2024.", "1.4%"),
            ("In the European Union, defence spending reached 1.4% of GDP in 2024.", "1.4%"),
            ("Member states of the European Union spent 1.4% of GDP on defence in 2024.", "1.4%"),
            ("European Union countries spent 1.4% of their combined GDP on defence in 2024.",
             "1.4%"),
            ("Les pays de l'Union européenne ont consacré 1,4 % du PIB à la défense en 2024.",
             "1,4 %"),
            ("Państwa Unii Europejskiej wydały w 2024 r. 1,4 proc. PKB na obronność.",
             "1,4 proc.")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and row["entity"] != "Europe", text


def test_natos_european_members_are_still_europe(facts) -> None:
    text = "Europe's NATO members spent 1.4% of GDP on defence in 2024."
    row = row_for(checked(text, SEPTEMBER_2025, facts), "1.4%")
    assert row["entity"] == "Europe" and row["status"] == "differs"


def test_a_count_or_definition_of_the_spenders_own_named_after_the_figure(facts) -> None:
    for text, figure in (
            ("Spain's defence spending reached 1.4% of GDP in 2025, by its own count.", "1.4%"),
            ("Spain spent 1.4% of GDP in 2025 by its own reckoning.", "1.4%"),
            ("Spain spent 1.4% of GDP in 2025, by Spanish estimates.", "1.4%"),
            ("Spain spent 1.4% of GDP in 2025 under its national definition.", "1.4%"),
            ("By the national definition, Germany spent 1.6% of GDP on defence in 2024.",
             "1.6%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_a_share_by_natos_own_count_is_still_compared(facts) -> None:
    text = "Spain spent 1.4% of GDP in 2025 by NATO's own count."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "1.4%")["status"] == "differs"


def test_the_time_of_saying_after_the_verb_or_the_figure_dates_the_saying(facts) -> None:
    # NATO, June 2024: 10 allies at 2% in 2023 (11 in NATO's earlier releases)
    for text, figure in (
            ("Stoltenberg said last year that 11 allies met the target.", "11 allies"),
            ("Stoltenberg said a year ago that 11 allies met the target.", "11 allies"),
            ("Two years ago, Stoltenberg said 11 allies met the target.", "11 allies"),
            ("Stoltenberg told the BBC in 2023 that 11 allies met the target.", "11 allies"),
            ("Stoltenberg said in his 2023 speech that 11 allies met the target.", "11 allies"),
            ("In a 2023 interview, Stoltenberg said 11 allies met the target.", "11 allies"),
            ("In his annual report last year, Stoltenberg wrote that 11 allies met the target.",
             "11 allies"),
            ("“Eleven allies meet the target,” Stoltenberg told reporters in 2023.",
             "Eleven allies"),
            ("Eleven allies meet the target, Stoltenberg said last year.", "Eleven allies")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] != "differs" and "earlier year" in row["note"], text


def test_a_figure_with_its_own_year_said_at_an_earlier_time_is_that_statement(facts) -> None:
    # NATO, June 2024: 23 allies at 2% in 2024; August 2025: 19
    for text in ("Rutte said in June 2024 that 23 allies would meet the target in 2024.",
                 "Stoltenberg told reporters in June 2024 that 23 allies met the target in 2024."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "23 allies")
        assert row["year"] == 2024 and row["status"] == "superseded", text


def test_the_year_written_in_what_was_said_is_the_figures(facts) -> None:
    text = "Stoltenberg said in 2023 that 20 allies would meet the target in 2024."
    assert row_for(checked(text, JULY_2024, facts), "20 allies")["year"] == 2024


def test_what_was_said_this_year_or_with_an_own_year_is_still_compared(facts) -> None:
    for text, figure in (("Stoltenberg said this year that 20 allies met the target in 2024.",
                          "20 allies"),
                         ("Eleven allies met the target in 2024, Stoltenberg said in 2023.",
                          "Eleven allies")):
        assert row_for(checked(text, JULY_2024, facts), figure)["status"] == "differs", text


def test_a_count_forecast_for_a_deadline_is_of_the_deadlines_year(facts) -> None:
    for text, figure in (("Experts expect 28 allies to meet the target by 2026.", "28 allies"),
                         ("NATO expects 28 allies to meet the target by 2026.", "28 allies"),
                         ("Some 28 allies could meet the target by 2026, analysts say.",
                          "Some 28 allies")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] != "differs" and row["year"] != 2024, text


def test_the_time_of_saying_after_the_verb_in_other_languages(facts) -> None:
    for text, figure in (
            ("Stoltenberg sagte im vergangenen Jahr, elf Verbündete erreichten das Ziel.",
             "elf Verbündete"),
            ("Stoltenberg a déclaré l'an dernier que onze alliés atteignaient l'objectif.",
             "onze alliés"),
            ("Stoltenberg ha detto l'anno scorso che undici alleati raggiungevano l'obiettivo.",
             "undici alleati"),
            ("Stoltenberg powiedział w zeszłym roku, że 11 sojuszników spełnia cel.",
             "11 sojuszników"),
            ("Stoltenberg sa i fjor at 11 allierte nådde målet.", "11 allierte")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] != "differs" and "earlier year" in row["note"], text


def test_a_spenders_own_count_in_other_languages(facts) -> None:
    for text, figure in (
            ("Spanien gab 2025 nach eigener Rechnung 1,4 Prozent des BIP aus.", "1,4 Prozent"),
            ("L'Espagne a dépensé 1,4 % de son PIB en 2025, selon ses propres calculs.", "1,4 %"),
            ("Hiszpania wydała w 2025 r. 1,4 proc. PKB, według własnych wyliczeń.", "1,4 proc."),
            ("Spanje gaf in 2025 volgens eigen berekening 1,4 procent van het bbp uit.",
             "1,4 procent")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and "government's own" in row["note"], text


def test_another_source_named_before_turkish_gore_is_another_source(facts) -> None:
    # NATO, June 2024: Türkiye 1.50% in 2023
    text = "SIPRI'ye göre Türkiye 2023'te GSYH'nin yüzde 1,1'ini savunmaya harcadı."
    row = row_for(checked(text, JULY_2024, facts), "yüzde 1,1")
    assert row["status"] != "differs" and "another source" in row["note"]


def test_a_share_of_a_group_of_the_allies_is_not_the_alliances(facts) -> None:
    # NATO, August 2025: the allies' total 2.76% of GDP in 2025
    for text, figure in (
            ("Allies on NATO's eastern flank spent an average of 3.1% of GDP in 2025.", "3.1%"),
            ("NATO's eastern flank allies spent 3.1% of GDP in 2025.", "3.1%"),
            ("The G7 allies spent 2.4% of GDP in 2025.", "2.4%"),
            ("NATO's Nordic members spent 2.9% of GDP in 2025.", "2.9%"),
            ("NATO members bordering Russia spent 3.4% of GDP in 2025.", "3.4%"),
            ("The alliance's newest members spent 2.6% of GDP in 2025.", "2.6%"),
            ("The five largest NATO economies spent 2.4% of GDP in 2025.", "2.4%"),
            ("NATO allies in the Baltic region spent 3.7% of GDP in 2025.", "3.7%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "some of the allies" in row["note"], text


def test_the_share_of_all_the_allies_is_still_compared(facts) -> None:
    for text in ("NATO allies spent 2.4% of GDP in 2025.",
                 "NATO's 32 members together spent 2.4% of their combined GDP in 2025."):
        assert row_for(checked(text, SEPTEMBER_2025, facts), "2.4%")["status"] == "differs", text


def test_a_share_with_a_part_added_on_a_condition_is_on_another_basis(facts) -> None:
    # NATO, August 2025: Canada 1.47% in 2024, 2.01% in 2025
    for text in ("Canada spent 1.4% of GDP in 2024, a figure that rises to 1.8% when coast "
                 "guard spending is counted.",
                 "With coast guard spending counted, Canada spent 1.8% of GDP in 2024."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "1.8%")
        assert row["status"] == "unmatched" and "another basis" in row["note"], text


def test_a_share_of_a_group_of_the_allies_in_other_languages(facts) -> None:
    for text, figure in (
            ("Die Staaten an der Ostflanke der NATO gaben 2025 im Schnitt 3,1 Prozent des BIP "
             "aus.", "3,1 Prozent"),
            ("Les pays du flanc est de l'Otan ont consacré 3,1 % de leur PIB à la défense en "
             "2025.", "3,1 %"),
            ("Los aliados del flanco oriental de la OTAN gastaron el 3,1% del PIB en 2025.",
             "3,1%"),
            ("Państwa wschodniej flanki NATO wydały w 2025 r. średnio 3,1 proc. PKB.",
             "3,1 proc."),
            ("Die baltischen NATO-Staaten gaben 2025 3,7 Prozent des BIP aus.", "3,7 Prozent")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "some of the allies" in row["note"], text


def test_the_occasion_of_an_earlier_year_in_other_languages_dates_the_saying(facts) -> None:
    for text, figure in (
            ("In einem Interview 2023 sagte Stoltenberg, elf Verbündete erreichten das Ziel.",
             "elf Verbündete"),
            ("Dans un entretien en 2023, Stoltenberg a déclaré que onze alliés atteignaient "
             "l'objectif.", "onze alliés"),
            ("W wywiadzie z 2023 r. Stoltenberg powiedział, że 11 sojuszników spełnia cel.",
             "11 sojuszników")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] != "differs" and "earlier year" in row["note"], text


def test_a_turkish_ministry_or_statistics_office_before_gore_is_the_source(facts) -> None:
    # NATO, August 2025: Türkiye 2.13% in 2024
    for text in ("TÜİK verilerine göre Türkiye 2024'te GSYH'nin yüzde 1,5'ini savunmaya harcadı.",
                 "Milli Savunma Bakanlığına göre Türkiye 2024'te GSYH'nin yüzde 1,5'ini "
                 "savunmaya harcadı."):
        assert row_for(checked(text, SEPTEMBER_2025, facts), "yüzde 1,5")["status"] != \
            "differs", text


def test_a_count_at_a_summit_of_an_earlier_year_is_natos_statement_then(facts) -> None:
    # NATO, July 2023: 11 allies at 2% in 2023; August 2025: 10
    for text in ("At the 2023 Vilnius summit, 11 allies met the target.",
                 "At the Vilnius summit in 2023, 11 allies met the target."):
        assert row_for(checked(text, SEPTEMBER_2025, facts), "11 allies")["status"] == \
            "superseded", text


def test_a_count_at_an_earlier_summit_that_no_release_gave_still_differs(facts) -> None:
    text = "At the 2023 Vilnius summit, 13 allies met the target."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "13 allies")["status"] == "differs"


def test_the_allies_of_the_united_states_are_europe_and_canada(facts) -> None:
    # NATO, August 2025: European allies and Canada 2.27% of GDP in 2025, the US 3.22%
    for text in ("America's allies spent 2.2% of GDP in 2025.",
                 "Washington's NATO partners spent 2.2% of GDP in 2025.",
                 "Spending by the US's allies rose to 2.2% of GDP in 2025.",
                 "The rest of NATO spent 2.2% of GDP in 2025.",
                 "Without the US, NATO's spending was 2.2% of GDP in 2025.",
                 "Outside the US, allies spent 2.2% of GDP in 2025.",
                 "The US spent 3.2% of GDP in 2025; its allies spent 2.2%."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "2.2%")
        assert row["entity"] == "Europe and Canada" and row["status"] == "differs", text


def test_an_ally_counted_into_the_whole_by_an_included_aside_is_not_the_owner(facts) -> None:
    text = "Total spending by the allies, the US included, reached 2.5% of GDP in 2025."
    row = row_for(checked(text, SEPTEMBER_2025, facts), "2.5%")
    assert row["entity"] != "United States" and row["metric"] == "nato_total_defence_share_gdp"


def test_the_alliance_without_the_us_in_other_languages_is_on_another_basis(facts) -> None:
    for text, figure in (
            ("Zonder de VS gaven de bondgenoten in 2025 2,2 procent van het bbp uit.",
             "2,2 procent"),
            ("Uten USA brukte de allierte 2,2 prosent av BNP i 2025.", "2,2 prosent"),
            ("ABD hariç müttefikler 2025'te GSYH'nin yüzde 2,2'sini harcadı.", "yüzde 2,2")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "another basis" in row["note"], text


def test_a_year_of_saying_written_in_other_languages_dates_the_saying(facts) -> None:
    for text, figure in (
            ("Im Jahr 2023 erklärte Stoltenberg, elf Verbündete erreichten das Ziel.",
             "elf Verbündete"),
            ("En 2023, Stoltenberg a déclaré que onze alliés atteignaient l'objectif.",
             "onze alliés"),
            ("Nel 2023 Stoltenberg ha detto che undici alleati raggiungevano l'obiettivo.",
             "undici alleati"),
            ("W 2023 r. Stoltenberg powiedział, że 11 sojuszników spełnia cel.",
             "11 sojuszników"),
            ("Stoltenberg powiedział w 2023 r., że 11 sojuszników spełnia cel.",
             "11 sojuszników"),
            ("În 2023, Stoltenberg a declarat că 11 aliați ating ținta.", "11 aliați")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] != "differs" and "earlier year" in row["note"], text


def test_a_count_of_allies_named_by_a_region_after_or_a_group_word_is_a_part(facts) -> None:
    for text, figure, day in (
            ("Seventeen allies in Europe meet the 2% target in 2024.", "Seventeen allies",
             JULY_2024),
            ("Eight allies on the eastern flank meet the 2% target in 2024.", "Eight allies",
             JULY_2024),
            ("Two eastern-flank allies spend more than 3.5% of GDP in 2025.",
             "Two eastern-flank allies", SEPTEMBER_2025)):
        row = row_for(checked(text, day, facts), figure)
        assert row["status"] == "unmatched" and "some of the allies" in row["note"], text


def test_a_count_with_an_aside_on_where_most_are_is_still_compared(facts) -> None:
    text = "Twenty allies, most of them in Europe, meet the 2% target in 2024."
    assert row_for(checked(text, JULY_2024, facts), "Twenty allies")["status"] == "differs"


def test_the_united_states_allies_in_another_region_are_not_natos(facts) -> None:
    for text, figure in (
            ("As of 2024, U.S. allies and partners in East and Southeast Asia spent an average "
             "1.85 percent of GDP on defense.", "1.85 percent"),
            ("America's allies in Asia spent 1.85% of GDP in 2024.", "1.85%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and row["entity"] != "Europe and Canada", text


def test_a_romanian_possessive_before_a_year_is_no_saying(facts) -> None:
    # NATO, June 2024: Romania 1.60% in 2023; "sa" is "its" here, not Swedish "said"
    text = "România și-a majorat bugetul: cheltuiala sa în 2023 a fost de 1,9% din PIB."
    assert row_for(checked(text, JULY_2024, facts), "1,9%")["status"] == "differs"


def test_a_figure_whose_own_piece_names_another_source_beside_nato(facts) -> None:
    # NATO, August 2025: Germany 2.00%, Spain 1.43% in 2024
    for text, figure, note in (
            ("NATO estimates Germany spent 2% of GDP in 2024; SIPRI's figure is 1.9%.", "1.9%",
             "another source"),
            ("Germany spent 2% of GDP in 2024 by NATO's count and 1.6% by the Kiel Institute's.",
             "1.6%", "another source"),
            ("NATO puts Spain's 2024 share at 1.43% of GDP, the government at 1.3%.", "1.3%",
             "government's own"),
            ("While NATO says Spain spent 1.43% in 2024, Madrid's own figure is 1.3%.", "1.3%",
             "government's own"),
            ("Spain's 1.3% of GDP in 2024, by the government's count, compares with NATO's "
             "1.43%.", "1.3%", "government's own")):
        table = checked(text, SEPTEMBER_2025, facts)
        row = row_for(table, figure)
        assert row["status"] != "differs" and note in row["note"], text
        nato = "2%" if "Germany" in text else "1.43%"
        assert row_for(table, nato)["status"] == "consistent", text


def test_natos_figure_in_its_own_piece_beside_a_government_is_still_compared(facts) -> None:
    text = "NATO puts Spain's 2024 share at 1.3% of GDP, the government at 1.43%."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "1.3%")["status"] == "differs"


def test_a_government_named_for_the_next_figure_or_by_natos_opening_is_not_the_pieces(
        facts) -> None:
    # NATO, February 2024: Portugal 1.48% in 2023
    text = ("According to NATO's annual report, Portugal invested around 1.48% of GDP in "
            "defence in 2023, below the 1.66% predicted by the previous Government.")
    row = row_for(checked(text, APRIL_2024, facts), "around 1.48%")
    assert row["status"] in ("consistent", "superseded")


def test_a_budget_named_in_the_figures_piece_beside_nato_is_still_compared(facts) -> None:
    # NATO, June 2024: Italy 1.49% in 2024 (the latest by April 2025)
    text = ("The current defense budget projection stands at 1.49% of GDP, prompting a shift in "
            "classification to align with NATO's guidelines.")
    row = row_for(checked(text, date(2025, 4, 17), facts), "1.49%")
    assert "government's own" not in row["note"]
