"""Readings of round 20 (issue 9): neighbours of the unseen sets' false alarms and of the wrong
checks left: a government's or another source's definition named anywhere in the sentence.
Each sentence is invented in a real-news or official-statement form."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

SEPTEMBER_2025 = date(2025, 9, 15)  # NATO, August 2025: UK 2.33% in 2024, Germany 2.00%


def test_a_governments_definition_named_anywhere_in_the_sentence_is_its_own(facts) -> None:
    for text in ("On the government's definition, which includes intelligence, UK defence "
                 "spending was 2.5% of GDP in 2024.",
                 "UK defence spending was 2.5% of GDP in 2024 on the government's definition, "
                 "which includes intelligence.",
                 "Under the Treasury's definition, which counts pensions, UK defence spending "
                 "was 2.5% of GDP in 2024.",
                 "UK defence spending was 2.5% of GDP in 2024 by the ministry's measure."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "2.5%")
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_another_sources_measure_or_definition_is_another_source(facts) -> None:
    for text, figure in (("UK defence spending was 2.5% of GDP in 2024 by SIPRI's measure.",
                          "2.5%"),
                         ("By SIPRI's definition, Germany spent 1.9% of GDP on the military in "
                          "2024.", "1.9%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and "another source" in row["note"], text


def test_natos_definition_is_still_compared(facts) -> None:
    text = "By NATO's definition, UK defence spending was 2.5% of GDP in 2024."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "2.5%")["status"] == "differs"


def test_a_share_of_the_allies_in_the_european_union_is_a_groups(facts) -> None:
    # NATO, August 2025: the allies' total 2.76% of GDP in 2025
    for text, figure in (
            ("EU members of NATO spent 2.3% of GDP on defence in 2025.", "2.3%"),
            ("NATO's EU members spent 2.3% of GDP on defence in 2025.", "2.3%"),
            ("The EU allies spent 2.3% of GDP on defence in 2025.", "2.3%"),
            ("NATO's non-EU members spent 3.1% of GDP on defence in 2025.", "3.1%"),
            ("Die EU-Staaten der NATO gaben 2025 2,3 Prozent des BIP für Verteidigung aus.",
             "2,3 Prozent"),
            ("Los miembros de la UE de la OTAN gastaron el 2,3% del PIB en 2025.", "2,3%"),
            ("Les pays de l'UE membres de l'Otan ont consacré 2,3 % de leur PIB à la défense "
             "en 2025.", "2,3 %")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "some of the allies" in row["note"], text


def test_a_figure_said_at_the_time_of_its_own_earlier_year_is_that_statement(facts) -> None:
    # NATO, August 2025: 6 allies at 2% in 2021, 19 in 2024 (23 in June 2024)
    for text, figure in (
            ("Only seven countries met the target in 2021, Stoltenberg said at the time.",
             "seven countries"),
            ("At the time, Stoltenberg said only seven allies met the target in 2021.",
             "seven allies"),
            ("Only seven allies met the target in 2021, NATO said then.", "seven allies"),
            ("In 2024, 23 allies met the target, Rutte said at the time.", "23 allies"),
            ("Damals sagte Stoltenberg, 2021 hätten nur sieben Verbündete das Ziel erreicht.",
             "sieben Verbündete"),
            ("En aquel momento, Stoltenberg dijo que solo siete aliados cumplían el objetivo en "
             "2021.", "siete aliados")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and "earlier year" in row["note"], text


def test_a_figure_of_an_earlier_year_without_a_time_of_saying_is_still_compared(facts) -> None:
    text = "Only seven allies met the target in 2021."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "seven allies")["status"] == "differs"


def test_each_end_of_a_range_of_shares_is_no_share_of_its_own(facts) -> None:
    # NATO, August 2025: Germany 2.00% in 2024, Spain 1.43%
    for text, figures in (
            ("Germany spent between 2% and 2.1% of GDP on defence in 2024.", ("2%", "2.1%")),
            ("Spain's spending is between 1.2% and 1.4% of GDP in 2024.", ("1.2%", "1.4%")),
            ("L'Allemagne a consacré entre 2 % et 2,1 % de son PIB à la défense en 2024.",
             ("2 %", "2,1 %")),
            ("Deutschland gab 2024 zwischen 2 und 2,1 Prozent des BIP aus.", ("2,1 Prozent",))):
        table = checked(text, SEPTEMBER_2025, facts)
        for figure in figures:
            row = row_for(table, figure)
            assert row["status"] == "unmatched" and "end of a range" in row["note"], text


def test_a_share_beside_a_between_of_other_words_is_still_compared(facts) -> None:
    text = "Germany's share, between 2014 and 2024, grew to 2.1% of GDP."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "2.1%")["status"] == "differs"


def test_another_sources_long_name_with_its_abbreviation_after_it_is_that_source(facts) -> None:
    # NATO, June 2024 (first bundled): Portugal 1.38% in 2022
    text = ("Le Portugal a consacré 1,9% de son PIB à sa défense en 2022, selon les données de "
            "l'Institut international de recherche sur la paix de Stockholm (Sipri).")
    row = row_for(checked(text, date(2023, 4, 24), facts), "1,9%")
    assert row["status"] == "unmatched" and "another source" in row["note"]


def test_a_cell_natos_table_leaves_blank_is_no_value_to_differ_from(facts) -> None:
    # NATO, August 2025: no 2025 value for Germany's share, France's or the UK's personnel
    blank = facts[facts["value"].isna()]
    assert {("Germany", "ally_share_gdp"), ("France", "ally_personnel")} <= \
        set(zip(blank["entity"], blank["key"], strict=True))
    for text, figure in (("Germany spent 2.1% of GDP on defence in 2025.", "2.1%"),
                         ("France had 205,000 military personnel in 2025.",
                          "205,000 military personnel"),
                         ("Britain had 140,000 military personnel in 2025.",
                          "140,000 military personnel")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and row["reference_value"] == row["reference_value"], \
            text


def test_an_unweighted_average_of_the_allies_is_not_natos_aggregate(facts) -> None:
    # NATO, August 2025: the allies' total 2.76% of GDP in 2025 (their spending over their GDP)
    for text in ("The unweighted average across allies was 2.2% of GDP in 2025.",
                 "A simple average of the allies' shares gives 2.2% of GDP in 2025.",
                 "NATO allies spent 2.2% of GDP in 2025 on an unweighted average."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "2.2%")
        assert row["status"] == "unmatched" and "typical ally" in row["note"], text


def test_the_same_readings_in_other_languages(facts) -> None:
    # NATO, August 2025: Italy 1.50% in 2024, Spain 1.43%; the allies' total 2.76% in 2025
    for text, figure, note in (
            ("I paesi Ue della Nato hanno speso il 2,3% del Pil nel 2025.", "2,3%",
             "some of the allies"),
            ("Państwa UE należące do NATO wydały w 2025 r. 2,3 proc. PKB na obronność.",
             "2,3 proc.", "some of the allies"),
            ("España gastó entre el 1,2% y el 1,4% del PIB en 2024.", "1,2%", "end of a range"),
            ("L'Italia ha speso tra l'1,4% e l'1,6% del Pil nel 2024.", "1,6%", "end of a range"),
            ("Nach Regierungsangaben, die auch Pensionen einrechnen, gab Italien 2024 2,0 "
             "Prozent des BIP aus.", "2,0 Prozent", "government's own"),
            ("Italien gab 2024 laut Ministeriumsangaben 2,0 Prozent des BIP aus.", "2,0 Prozent",
             "government's own")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and note in row["note"], text


def test_money_at_another_base_years_prices_is_not_compared(facts) -> None:
    # NATO, June 2024: European allies 476 bn USD in 2024 at current prices, 406 bn at 2015's
    for text in ("At constant 2021 prices, European allies spent $380bn in 2024.",
                 "In 2023 dollars, European allies spent $380bn in 2024.",
                 "European allies spent $380bn in 2024 in constant 2022 prices."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "$380bn")
        assert row["status"] == "unmatched" and "another base year" in row["note"], text


def test_natos_figures_from_an_earlier_month_without_a_possessive_are_that_release(
        facts) -> None:
    # NATO, June 2024: Spain 1.28% in 2024; August 2025: 1.43%
    for text in ("Spain spent 1.3% of GDP in 2024, according to NATO figures from June 2024.",
                 "Spain spent 1.3% of GDP in 2024, according to the latest NATO estimates of "
                 "June 2024."):
        assert row_for(checked(text, SEPTEMBER_2025, facts), "1.3%")["status"] == \
            "superseded", text


def test_a_government_named_by_its_seat_is_the_government(facts) -> None:
    # NATO, August 2025: the US 3.21% in 2024
    for text in ("NATO estimates that the US spent 3.4% of GDP in 2024, though the White House "
                 "puts it at 3.1%.",
                 "The US spent 3.1% of GDP in 2024, the White House says.",
                 "The Pentagon puts US spending at 3.1% of GDP in 2024."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "3.1%")
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_a_count_of_allies_not_reaching_the_target_in_other_languages_is_no_meeting_count(
        facts) -> None:
    # NATO, August 2025: 18 (or 19) allies at 2% in 2024
    for text, figure in (("Nueve aliados no alcanzaron el 2% en 2024, según la OTAN.",
                          "Nueve aliados"),
                         ("Nove alleati non hanno raggiunto il 2% nel 2024.", "Nove alleati"),
                         ("Nove aliados não atingiram os 2% em 2024.", "Nove aliados"),
                         ("2024'te dokuz müttefik yüzde 2 hedefini tutturamadı.",
                          "dokuz müttefik")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and row["metric"] != "allies_meeting_2pct_guideline", \
            text


def test_a_count_reaching_the_target_in_other_languages_is_still_compared(facts) -> None:
    text = "Dieciocho aliados alcanzaron el 2% en 2024."
    row = row_for(checked(text, SEPTEMBER_2025, facts), "Dieciocho aliados")
    assert row["metric"] == "allies_meeting_2pct_guideline" and row["status"] == "consistent"


def test_a_typical_ally_in_other_languages_is_not_natos_aggregate(facts) -> None:
    for text, figure in (("Der durchschnittliche Verbündete gab 2025 2,2 Prozent des BIP aus.",
                          "2,2 Prozent"),
                         ("Il membro medio della Nato ha speso il 2,2% del Pil nel 2025.",
                          "2,2%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "typical ally" in row["note"], text


def test_a_part_of_which_of_an_allys_share_is_no_share_of_its_own(facts) -> None:
    # NATO, August 2025: Poland 4.48% in 2025
    for text, figure in (
            ("Polen gab 2025 4,5 Prozent des BIP aus, davon 3,5 Prozent für Kernverteidigung.",
             "3,5 Prozent"),
            ("La Pologne a consacré 4,5 % de son PIB en 2025, dont 3,4 % pour l'équipement.",
             "3,4 %"),
            ("Polska wydała w 2025 r. 4,5 proc. PKB, w tym 3,4 proc. na sprzęt.", "3,4 proc.")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "of which" in row["note"], text


def test_a_parliaments_or_auditors_service_is_another_source(facts) -> None:
    # NATO, August 2025: the US 3.21% in 2024, Canada 1.47%, Germany 2.00%, Belgium 1.29%
    for text, figure in (
            ("The Congressional Research Service puts US defence spending at 3.4% of GDP in "
             "2024.", "3.4%"),
            ("Canada's Parliamentary Budget Officer estimated defence spending at 1.3% of GDP in "
             "2024.", "1.3%"),
            ("The Bundestag's research service put Germany's share at 1.9% of GDP in 2024.",
             "1.9%"),
            ("The Court of Audit puts Belgium's spending at 1.1% of GDP in 2024.", "1.1%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "another source" in row["note"], text


def test_a_budget_year_named_after_of_gdp_is_the_governments(facts) -> None:
    # NATO, August 2025: Canada 1.47% in 2024
    for text in ("Canada spent 1.37% of GDP in the 2024-25 fiscal year.",
                 "Canada spent 1.37% of GDP in its 2024-25 financial year."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "1.37%")
        assert row["status"] == "unmatched" and "budget year" in row["note"], text


def test_a_nordic_ministry_or_portuguese_government_data_is_the_governments(facts) -> None:
    # NATO, August 2025: Denmark 2.27% in 2024, Norway 2.27%
    for text, figure in (
            ("Dinamarca gastou 2,4% do PIB em 2024, segundo dados do Governo.", "2,4%"),
            ("Norge brukte i 2024 2,2 prosent av BNP på forsvar, ifølge Forsvarsdepartementet.",
             "2,2 prosent")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_a_level_of_a_group_an_ally_is_one_of_is_not_its_share(facts) -> None:
    # NATO, August 2025: Greece 2.74% in 2024
    for text, figure in (("Greece is one of the allies that spend 2% of GDP in 2024.", "2%"),
                         ("Polen, Estland und Griechenland gaben 2024 mindestens 2 Prozent des "
                          "BIP aus.", "2 Prozent")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and ("group" in row["note"]
                                                 or "several allies" in row["note"]), text


def test_an_allys_own_share_beside_one_of_is_still_compared(facts) -> None:
    text = "Poland, one of the allies that spends most, spent 4.1% of GDP in 2024."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "4.1%")["status"] == "differs"


def test_a_level_of_a_group_an_ally_is_one_of_in_other_languages(facts) -> None:
    # NATO, August 2025: Poland 3.79% in 2024
    for text, figure in (("Polska jest jednym z krajów, które wydają 3 proc. PKB w 2024 r.",
                          "3 proc."),
                         ("Polen ist eines der Länder, die 2024 3 Prozent des BIP ausgeben.",
                          "3 Prozent"),
                         ("Polonia es uno de los países que gastan el 3% del PIB en 2024.", "3%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "group" in row["note"], text


def test_a_level_a_share_is_compared_with_in_other_languages_is_no_share(facts) -> None:
    # NATO, August 2025: Poland 4.48% in 2025
    for text, figure in (
            ("La Pologne consacre 4,5 % de son PIB en 2025, au-delà des 3,5 % pour la défense "
             "au sens strict.", "3,5 %"),
            ("Polska w 2025 r. przeznaczy 4,5 proc. PKB, a więc więcej niż 3,5 proc. na obronę "
             "podstawową.", "3,5 proc.")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "compared with" in row["note"], text


def test_a_second_allys_share_after_a_comma_is_still_compared(facts) -> None:
    # NATO, August 2025: Germany 2.00% in 2024
    text = "La France a consacré 2,1 % de son PIB en 2024, l'Allemagne 2,1 %."
    rows = checked(text, SEPTEMBER_2025, facts)
    assert (rows[rows["entity"] == "Germany"]["status"] == "differs").all()


def test_a_figure_without_a_year_is_of_the_latest_year_even_when_its_cell_is_blank(facts) -> None:
    # NATO, August 2025: 2025 is the latest year, Germany's 2025 cell blank (2024: 2.00%)
    text = "Germany's defence spending is estimated at 2% of GDP, NATO says."
    row = row_for(checked(text, date(2025, 9, 1), facts), "2%")
    assert row["status"] == "unmatched" and str(row["year"]) != "2024"
