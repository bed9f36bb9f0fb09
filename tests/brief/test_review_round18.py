"""Readings of round 18 (issue 9): neighbours of the unseen sets' false alarms, years of events,
plans and the 2025 guideline. Each sentence is invented in a real-news form."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

# NATO, August 2025: Lithuania 2.44% in 2022, Poland 3.27% in 2023
SEPTEMBER_2025 = date(2025, 9, 15)


def test_a_figure_before_or_after_a_dated_event_is_not_of_the_events_year(facts) -> None:
    for text, figure in (
            ("Before the 2022 invasion, Lithuania spent 2.5% of GDP on defence.", "2.5%"),
            ("After the 2023 election, Poland's spending climbed to 4.1% of GDP.", "4.1%"),
            ("Ahead of the 2025 Hague summit, Spain spent 1.4% of GDP on defence.", "1.4%"),
            ("Prior to Russia's 2014 annexation of Crimea, Latvia spent 1.1% of GDP.", "1.1%"),
            ("Latvia spent 2.5% of GDP after the 2022 invasion.", "2.5%"),
            ("Two years after the invasion of 2022, Latvia spent 2.5% of GDP.", "2.5%"),
            ("Within a year of the 2022 invasion, Lithuania spent 2.5% of GDP.", "2.5%")):
        assert row_for(checked(text, SEPTEMBER_2025, facts), figure)["status"] != "differs", text


def test_a_figure_around_a_dated_event_in_other_languages(facts) -> None:
    for text, figure in (
            ("Vor der Invasion 2022 gab Litauen 2,5 Prozent des BIP für Verteidigung aus.",
             "2,5 Prozent"),
            ("Après les élections de 2023, la Pologne a porté ses dépenses à 4,1 % du PIB.",
             "4,1 %"),
            ("Tras las elecciones de 2023, Polonia elevó el gasto al 4,1% del PIB.", "4,1%"),
            ("Após as eleições de 2023, a Polónia elevou a despesa para 4,1% do PIB.", "4,1%"),
            ("Po wyborach w 2023 r. Polska podniosła wydatki do 4,1 proc. PKB.", "4,1 proc."),
            ("Na de verkiezingen van 2023 verhoogde Polen de uitgaven tot 4,1 procent van het "
             "bbp.", "4,1 procent"),
            ("Före invasionen 2022 lade Litauen 2,5 procent av BNP på försvaret.", "2,5 procent"),
            ("Înainte de invazia din 2022, Lituania cheltuia 2,5% din PIB pentru apărare.",
             "2,5%"),
            ("Před invazí v roce 2022 dávala Litva na obranu 2,5 % HDP.", "2,5 %")):
        assert row_for(checked(text, SEPTEMBER_2025, facts), figure)["status"] != "differs", text


def test_a_figure_with_its_own_year_after_an_event_is_still_compared(facts) -> None:
    text = "After the 2022 invasion, Poland spent 4.1% of GDP in 2023."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "4.1%")["status"] == "differs"


def test_a_count_at_a_summit_keeps_the_summits_year(facts) -> None:
    text = "At the 2024 Washington summit, 23 allies met the 2% target."
    row = row_for(checked(text, date(2024, 7, 15), facts), "23 allies")
    assert row["status"] in ("consistent", "superseded") and row["year"] == 2024


def test_a_count_nato_gave_in_an_earlier_month_is_a_statement_revised_since(facts) -> None:
    # NATO, April 2025: 22 allies at 2% in 2024; August 2025: 19
    text = "Twenty-two allies met the 2% target in 2024, NATO said in April."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "Twenty-two allies")["status"] == \
        "superseded"


def test_a_count_said_in_the_sources_own_month_still_differs(facts) -> None:
    for text in ("Twenty-two allies met the 2% target in 2024, NATO said in September.",
                 "Twenty allies met the 2% target in 2024, NATO said in April."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), text.split(" met")[0])
        assert row["status"] == "differs", text


def test_what_an_ally_expects_to_spend_is_its_plan(facts) -> None:
    # NATO, August 2025: the Netherlands 2.49% in 2025
    text = "The Netherlands expects to spend 2.2% of GDP in 2025 and 3.5% by 2035."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "2.2%")["status"] != "differs"


def test_a_share_the_government_decided_or_announced_is_the_governments(facts) -> None:
    # NATO, August 2025: Estonia 3.38% in 2025
    for text in ("Estonia will spend 3.7% of GDP on defence in 2025, the government decided.",
                 "Estonia will spend 3.7% of GDP on defence in 2025, the defence ministry "
                 "announced."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "3.7%")
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_a_share_according_to_the_budget_or_in_a_budget_the_ally_raised_is_its_own(
        facts) -> None:
    # NATO, August 2025: Poland 4.48%, Latvia 3.73% in 2025
    for text, figure in (
            ("Poland will spend 4.7% of GDP on defence this year, according to the budget.",
             "4.7%"),
            ("Latvia raised its 2025 defence budget to 3.45% of GDP.", "3.45%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_the_year_a_plan_will_reach_a_share_is_not_the_present_shares(facts) -> None:
    # NATO, August 2025: Croatia 2.03% in 2025; 1.8% is the level before the plan's 2%
    text = "Croatia already spends 1.8% and will reach 2% in 2025 and 3% by 2030."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "1.8%")["status"] != "differs"


def test_what_an_ally_plans_or_expects_in_other_languages_is_its_plan(facts) -> None:
    # NATO, August 2025: France 2.05%, Germany 2.4%, Poland 4.48%, Sweden 2.51%, Denmark 3.22%
    for text, figure in (
            ("La France prévoit de consacrer 2,2 % de son PIB à la défense en 2025.", "2,2 %"),
            ("Die Niederlande rechnen damit, 2025 2,2 Prozent des BIP auszugeben.",
             "2,2 Prozent"),
            ("Polska zamierza wydać 4,7 proc. PKB na obronność w 2025 r.", "4,7 proc."),
            ("Nederland verwacht in 2025 2,2 procent van het bbp aan defensie uit te geven.",
             "2,2 procent"),
            ("Sverige planerar att lägga 2,4 procent av BNP på försvaret 2025.", "2,4 procent"),
            ("Danmark forventer at bruge 3,5 procent af BNP på forsvaret i 2025.",
             "3,5 procent"),
            ("Česko chce v roce 2025 dát na obranu 2,2 % HDP.", "2,2 %")):
        assert row_for(checked(text, SEPTEMBER_2025, facts), figure)["status"] != "differs", text


def test_natos_forecast_in_another_language_is_no_plan_of_the_ally(facts) -> None:
    # "prévoit que": NATO forecasts; France 2.05% in 2025 (NATO, August 2025)
    text = "L'Otan prévoit que la France consacrera 2,2 % de son PIB à la défense en 2025."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "2,2 %")["status"] == "differs"


def test_a_state_budget_named_as_the_source_in_other_languages(facts) -> None:
    for text, figure in (
            ("Laut Haushalt gibt Deutschland 2025 2,2 Prozent des BIP für Verteidigung aus.",
             "2,2 Prozent"),
            ("Selon le budget, la France consacrera 2,2 % du PIB à la défense en 2025.", "2,2 %"),
            ("Volgens de begroting geeft Nederland in 2025 2,2 procent van het bbp uit.",
             "2,2 procent"),
            ("Podle rozpočtu dá Česko v roce 2025 na obranu 2,2 % HDP.", "2,2 %")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and "government's own" in row["note"], text


def test_a_year_a_clause_opens_by_comparing_with_is_not_the_figures(facts) -> None:
    # NATO, August 2025: Belgium 0.97% in 2014
    for text, figure in (
            ("Compared with 2014, Belgium's share doubled to 1.3% of GDP.", "1.3%"),
            ("Im Vergleich zu 2014 hat Belgien seine Ausgaben auf 1,3 Prozent des BIP erhöht.",
             "1,3 Prozent"),
            ("W porównaniu z 2014 r. Belgia zwiększyła wydatki do 1,3 proc. PKB.", "1,3 proc."),
            ("Jämfört med 2014 har Belgien höjt utgifterna till 1,3 procent av BNP.",
             "1,3 procent"),
            ("Comparativ cu 2014, Belgia și-a crescut cheltuielile la 1,3% din PIB.", "1,3%")):
        assert row_for(checked(text, SEPTEMBER_2025, facts), figure)["status"] != "differs", text


def test_a_when_clause_after_the_year_compared_with_keeps_it(facts) -> None:
    text = "Compared with 2014, when Belgium spent 1.3% of GDP, it now spends 2%."
    row = row_for(checked(text, SEPTEMBER_2025, facts), "1.3%")
    assert row["status"] == "differs" and row["year"] == 2014


JULY_2024 = date(2024, 7, 1)  # NATO, June 2024: 23 allies at 2% in 2024


def test_a_count_of_a_named_group_of_allies_is_a_part(facts) -> None:
    for text, figure in (("Among European allies, 20 meet the 2% target in 2024.", "20"),
                         ("In Europe, 20 allies meet the 2% target in 2024.", "20 allies"),
                         ("Eighteen EU member states met the 2% target in 2024.",
                          "Eighteen EU member states")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] == "unmatched" and "some of the allies" in row["note"], text


def test_a_count_among_nato_allies_is_still_compared(facts) -> None:
    for text, figure in (("Among NATO allies, 23 meet the 2% target in 2024.", "23"),
                         ("Twenty-three NATO allies meet the 2% target in 2024.",
                          "Twenty-three NATO allies")):
        row = row_for(checked(text, JULY_2024, facts), figure)
        assert row["status"] in ("consistent", "superseded") and row["year"] == 2024, text


def test_a_share_of_a_part_of_the_budget_is_on_another_basis(facts) -> None:
    # NATO, August 2025: Germany's share for 2025 is not published yet; Italy 2.01%
    for text, figure in (
            ("Italy's regular defence budget equals 1.5% of GDP in 2025; with pensions, 2%.",
             "1.5%"),
            ("Italy's ordinary budget for defence is 1.5% of GDP in 2025.", "1.5%")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] == "unmatched" and "another basis" in row["note"], text


def test_the_year_an_ally_has_been_a_member_since_is_not_its_shares(facts) -> None:
    # NATO, August 2025: Finland 2.41% in 2023, 2.77% in 2025; Sweden 2.51% in 2025
    for text, figure in (("Finland, a member since 2023, spends 2.77% of GDP.", "2.77%"),
                         ("Sweden, NATO's newest member since March 2024, spends 2.51% of GDP.",
                          "2.51%"),
                         ("Finnland, Mitglied seit 2023, gibt 2,77 Prozent des BIP aus.",
                          "2,77 Prozent")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs", text


def test_a_share_a_law_requires_is_a_floor_not_a_share(facts) -> None:
    text = "The law of 2022 on homeland defence requires at least 3% of GDP; Poland spends 4.48%."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "at least 3%")["status"] != "differs"


def test_natos_estimate_the_words_date_before_the_sources_day_is_revised_since(facts) -> None:
    # NATO, June 2024: Spain 1.28% in 2024; August 2025: 1.43%
    for text in ("According to NATO's 2024 annual report, Spain spent 1.28% of GDP.",
                 "According to 2024 NATO figures, Spain spent 1.28% of GDP.",
                 "Spain spent 1.28% of GDP in 2024 according to NATO's June 2024 estimate.",
                 "In June 2024 NATO estimated Spain's 2024 spending at 1.28% of GDP.",
                 "Last year NATO estimated Spain's spending at 1.28% of GDP."):
        assert row_for(checked(text, SEPTEMBER_2025, facts), "1.28%")["status"] == \
            "superseded", text


def test_natos_estimate_of_the_sources_own_year_is_not_dated_earlier(facts) -> None:
    # "NATO's 2025 report" in September 2025 may be its latest: no earlier date is stated
    text = "NATO's 2025 report puts Spain's 2024 spending at 1.24% of GDP."
    assert row_for(checked(text, SEPTEMBER_2025, facts), "1.24%")["status"] == "differs"


def test_a_share_an_ally_seeks_is_due_or_earmarks_is_its_plan(facts) -> None:
    # NATO, August 2025: Poland 4.48% in 2025
    for text in ("Poland is due to spend 4.7% of GDP in 2025.",
                 "Poland seeks to spend 4.7% of GDP in 2025.",
                 "Poland is looking to spend 4.7% of GDP in 2025.",
                 "Poland is on course to spend 4.7% of GDP in 2025.",
                 "Poland earmarks 4.7% of GDP for defence in 2025."):
        assert row_for(checked(text, SEPTEMBER_2025, facts), "4.7%")["status"] != "differs", text


def test_a_share_a_national_leader_or_spokesperson_gives_is_the_governments(facts) -> None:
    for text in ("Poland will spend 4.7% of GDP this year, the Polish leader said.",
                 "Poland will spend 4.7% of GDP this year, a government spokesperson said."):
        row = row_for(checked(text, SEPTEMBER_2025, facts), "4.7%")
        assert row["status"] == "unmatched" and "government's own" in row["note"], text


def test_what_an_ally_wants_or_is_to_spend_in_other_languages_is_its_plan(facts) -> None:
    for text, figure in (
            ("La Pologne veut consacrer 4,7 % de son PIB à la défense en 2025.", "4,7 %"),
            ("Polen soll 2025 4,7 Prozent des BIP für Verteidigung ausgeben.", "4,7 Prozent"),
            ("W 2025 r. Polska ma wydać na obronność 4,7 proc. PKB.", "4,7 proc."),
            ("Polen wil in 2025 4,7 procent van het bbp aan defensie uitgeven.", "4,7 procent"),
            ("Polen ska lägga 4,7 procent av BNP på försvaret 2025.", "4,7 procent"),
            ("Polsko má v roce 2025 dát na obranu 4,7 % HDP.", "4,7 %")):
        assert row_for(checked(text, SEPTEMBER_2025, facts), figure)["status"] != "differs", text


def test_a_government_announcing_a_share_in_other_languages_owns_it(facts) -> None:
    for text, figure in (
            ("Polonia destinará el 4,7% del PIB a defensa en 2025, anunció el Gobierno polaco.",
             "4,7%"),
            ("Polska wyda w 2025 r. 4,7 proc. PKB na obronność – zapowiedział premier.",
             "4,7 proc.")):
        row = row_for(checked(text, SEPTEMBER_2025, facts), figure)
        assert row["status"] != "differs" and "government's own" in row["note"], text


def test_the_year_a_guideline_was_decided_renewed_or_in_force_since_dates_no_table(
        facts) -> None:
    # NATO, June 2024: Spain 1.28%, Belgium 1.30% in 2024 (in 2014: 0.92%, 0.97%)
    for text, figure in (
            ("La soglia del 2%, decisa nel 2014, è superata da Polonia (4,12%); restano sotto "
             "Spagna (1,28%) e Belgio (1,30%).", "1,28%"),
            ("El umbral del 2%, pactado en 2014, lo superan Polonia (4,12%); quedan por debajo "
             "España (1,28%) y Bélgica (1,30%).", "1,28%"),
            ("The 2% guideline, reaffirmed in 2014, is missed by Spain (1.28%) and Belgium "
             "(1.30%).", "1.28%"),
            ("The 2% guideline, first agreed in 2006 and renewed in 2014, is missed by Spain "
             "(1.28%) and Belgium (1.30%).", "1.28%"),
            ("The 2% guideline, in force since 2014, is missed by Spain (1.28%) and Belgium "
             "(1.30%).", "1.28%")):
        assert row_for(checked(text, JULY_2024, facts), figure)["status"] != "differs", text


def test_natos_statement_named_by_an_earlier_month_is_revised_since(facts) -> None:
    # NATO, April 2025: 22 allies at 2% in 2024; August 2025: 19
    for text, figure in (
            ("Twenty-two allies met the target in 2024, according to NATO's April report.",
             "Twenty-two allies"),
            ("In April, NATO said 22 allies met the target in 2024.", "22 allies"),
            ("NATO said in April that 22 allies met the target in 2024.", "22 allies"),
            ("The alliance's annual report, published in April, said 22 allies met the target "
             "in 2024.", "22 allies")):
        assert row_for(checked(text, SEPTEMBER_2025, facts), figure)["status"] == \
            "superseded", text


def test_a_plan_verb_is_read_only_as_a_whole_word(facts) -> None:
    # the words before a figure are read in a window that may cut "Polska" to "ska" (Swedish
    # "shall"); NATO, August 2025: Poland 4.48% in 2025
    text = "Polska jest liderem, wydaje najwięcej na obronność spośród państw NATO – 4,48% PKB."
    at = text.index("4,48%")
    assert text[at - 70:at].startswith("ska")
    assert row_for(checked(text, date(2025, 8, 28), facts), "4,48%")["status"] in (
        "consistent", "superseded")
