"""English readings of the fourth round (issue 9): the allies beside one named in an exercise,
levels an ally's spending was raised to, growth NATO gives only for Europe and Canada, per-ally
rankings, the 2025 estimates and the Hague split. Sentences are written for the tests in news
style; each is read right or left unmatched, never a false alarm."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

DURING_STEADFAST_DEFENDER = date(2024, 2, 1)


def test_the_allies_beside_one_named_are_no_count_of_participants(facts) -> None:
    for text, figure in (
            ("Britain will send 20,000 personnel to Steadfast Defender 2024, joining forces with "
             "counterparts from 30 NATO countries plus Sweden.", "30 NATO countries"),
            ("In Steadfast Defender 2024 the UK trains alongside 30 other allies.",
             "30 other allies"),
            ("Steadfast Defender 2024: Polish troops exercise together with 30 allies.",
             "30 allies")):
        row = row_for(checked(text, DURING_STEADFAST_DEFENDER, facts), figure)
        assert row["status"] == "unmatched", text
        assert "participants" in row["note"], text


def test_all_the_participants_are_still_counted(facts) -> None:
    text = "Steadfast Defender 2024 brings together forces from all 31 allies and Sweden."
    row = row_for(checked(text, DURING_STEADFAST_DEFENDER, facts), "31 allies")
    assert row["metric"] == "exercise_participating_allies"
    assert row["status"] in ("consistent", "superseded")


AUGUST_2025 = date(2025, 8, 29)


def test_the_level_spending_was_raised_to_is_a_share_read_to_agree(facts) -> None:
    text = "The UK has increased its defence spending to an estimated 2.4% this year."
    row = row_for(checked(text, AUGUST_2025, facts), "an estimated 2.4%")
    assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", "United Kingdom", 2025)
    assert row["status"] == "consistent"
    # read only to agree: a level NATO does not give is never held against it
    text = "Germany has raised its defence budget to 5% this year."
    assert row_for(checked(text, AUGUST_2025, facts), "5%")["status"] != "differs"


def test_a_rise_by_a_rate_is_still_growth(facts) -> None:
    text = "Germany increased its defence spending by 2.4% this year."
    assert row_for(checked(text, AUGUST_2025, facts), "2.4%")["metric"] != "ally_share_gdp"


def test_the_year_in_an_exercises_name_dates_its_figure() -> None:
    from analysis.brief.exercise_dates import year_in_exercise_name
    text = ("The last exercises this large were REFORGER in 1988 with 125,000 participants and "
            "Trident Juncture 2018, with 50,000 personnel.")
    assert year_in_exercise_name("Trident Juncture", text, text.index("50,000")) == 2018
    short = "Steadfast Defender 24 gathers 90,000 troops."
    assert year_in_exercise_name("Steadfast Defender", short, short.index("90,000")) == 2024
    # another year between the name and the figure: that year's, not the name's
    later = "Trident Juncture 2018 was large; in 2025 it had 10,000 troops."
    assert year_in_exercise_name("Trident Juncture", later, later.index("10,000")) is None


def test_an_exercise_named_with_its_year_is_compared_for_that_year(facts) -> None:
    text = ("The last exercises this large were REFORGER in 1988 with 125,000 participants and "
            "exercise Trident Juncture 2018, with 50,000 contributing military personnel.")
    row = row_for(checked(text, DURING_STEADFAST_DEFENDER, facts),
                  "50,000 contributing military personnel")
    assert (row["entity"], row["year"]) == ("Trident Juncture", 2018)
    assert row["status"] == "consistent"


MACEDONIA = ("Brussels (MIA) - North Macedonia's budget for 2024 foresees USD 263 million on "
             "defense, or 2.22 percent of the GDP, according to the latest NATO report.\n\n"
             "According to the report, 23 of the 32 allies reach the guideline.\n\n"
             "The country with a defense budget of 2.22 percent ranks 11th in the alliance, with "
             "equipment accounting for 29.3 percent of total defense spending for 2024, above "
             "the NATO threshold of 20 percent.")


def test_the_country_a_sentence_refers_back_to_over_a_paragraph(facts) -> None:
    table = checked(MACEDONIA, date(2024, 6, 18), facts)
    share = table[table["figure"] == "2.22 percent"].iloc[-1]
    assert (share["metric"], share["entity"]) == ("ally_share_gdp", "North Macedonia")
    equipment = row_for(table, "29.3 percent")
    assert (equipment["metric"], equipment["entity"]) == ("ally_equipment_share",
                                                          "North Macedonia")
    assert equipment["status"] in ("consistent", "superseded")


def test_a_country_referred_to_but_never_named_is_not_natos(facts) -> None:
    text = ("NATO published its estimates on Monday.\n\nThe country with a defense budget of "
            "2.22 percent ranks 11th, above the NATO threshold.")
    row = row_for(checked(text, date(2024, 6, 18), facts), "2.22 percent")
    assert row["metric"] != "nato_total_defence_share_gdp"
    assert row["status"] == "unmatched"
    # two allies named before: which one "the country" is stays open
    text = ("Albania and Greece published budgets.\n\nThe country with a defense budget of "
            "2.22 percent ranks 11th.")
    assert row_for(checked(text, date(2024, 6, 18), facts), "2.22 percent")["status"] == \
        "unmatched"


def test_all_allies_growth_in_a_year_nato_gives_only_for_europe_and_canada(facts) -> None:
    text = ("Figures show an overall 15.9% growth in average defence spending among Nato members "
            "in 2025.")
    row = row_for(checked(text, AUGUST_2025, facts), "15.9%")
    assert (row["metric"], row["status"]) == ("europe_canada_defence_spending_change",
                                              "consistent")
    text = "Figures show an overall 12% growth in defence spending among Nato members in 2025."
    row = row_for(checked(text, AUGUST_2025, facts), "12%")
    assert row["status"] == "unmatched"  # not theirs, and no figure of NATO's to differ from
    assert "Europe" in row["note"]


# How news ranks the allies by their 2025 estimates (NATO, August 2025): each share is the named
# ally's, for the year of the release; a wrong one would differ, never another ally's.
RANKING = ("Poland is the biggest spender at 4.48% of GDP, followed by Lithuania with 4% and "
           "Latvia with 3.73%.\n\nEstonia comes next at 3.38%, followed by the United States "
           "with 3.22%.\n\nGreece spends 2.85% of GDP, while Spain, at the bottom of the table, "
           "is estimated to spend 2% this year, up from 0.92% in 2014.")


def test_a_ranking_of_allies_by_share_of_gdp(facts) -> None:
    table = checked(RANKING, AUGUST_2025, facts)
    for figure, ally, year in (("4.48%", "Poland", 2025), ("4%", "Lithuania", 2025),
                               ("3.73%", "Latvia", 2025), ("3.38%", "Estonia", 2025),
                               ("3.22%", "United States", 2025), ("2.85%", "Greece", 2025),
                               ("2%", "Spain", 2025), ("0.92%", "Spain", 2014)):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", ally, year), \
            figure
        assert row["status"] in ("consistent", "superseded"), figure


def test_a_wrong_share_in_a_ranking_is_held_against_its_own_ally(facts) -> None:
    text = ("In 2025 Poland is the biggest spender at 4.48% of GDP, followed by Lithuania with "
            "3.1%.")
    row = row_for(checked(text, AUGUST_2025, facts), "3.1%")
    assert (row["entity"], row["status"]) == ("Lithuania", "differs")
    # without a year, a share that is not NATO's latest is left unmatched, not a false alarm
    text = "Poland is the biggest spender at 4.48% of GDP, followed by Lithuania with 3.1%."
    row = row_for(checked(text, AUGUST_2025, facts), "3.1%")
    assert (row["entity"], row["status"]) == ("Lithuania", "unmatched")


def test_a_share_compared_with_an_earlier_years_is_not_of_that_year(facts) -> None:
    # the year after the comparison is the earlier figure's ("up from", "more than double")
    for text in ("Lithuania will spend 4% of GDP this year, up from 0.88% in 2014.",
                 "Lithuania's 4% of GDP is more than double the 1.5% it spent in 2018.",
                 "Lithuania spends 4% of GDP, higher than the 2.9% of 2024."):
        row = row_for(checked(text, AUGUST_2025, facts), "4%")
        assert row["year"] == 2025, text
        assert row["status"] == "consistent", text


def test_the_us_share_of_allied_spending(facts) -> None:
    text = "The US accounts for 60% of allied defence spending."
    row = row_for(checked(text, AUGUST_2025, facts), "60%")
    assert (row["metric"], row["status"]) == ("us_share_of_nato_defence_expenditure",
                                              "consistent")


def test_the_hague_split_restates_the_guidelines(facts) -> None:
    text = ("At the summit in The Hague, allies agreed to spend 5% of GDP by 2035: 3.5% on core "
            "defence and 1.5% on defence-related investment.")
    table = checked(text, AUGUST_2025, facts)
    for figure in ("5%", "3.5%", "1.5%"):
        row = row_for(table, figure)
        assert row["status"] == "unmatched", figure
        assert "guideline" in row["note"], figure


def test_a_guideline_named_before_a_colon_is_restated(facts) -> None:
    text = ("The data shows that Turkey has reached both of NATO's key benchmarks: allocating at "
            "least 2 percent of gross domestic product (GDP) to defense and spending at least 20 "
            "percent of the defense budget on major equipment.")
    row = row_for(checked(text, date(2025, 4, 25), facts), "at least 2 percent")
    assert row["status"] == "unmatched"
    assert "guideline" in row["note"]


def test_rankings_by_dollars_and_by_personnel(facts) -> None:
    text = ("In dollar terms, the United States spends by far the most, $968 billion in 2024, "
            "followed by Germany with $97.7 billion, the United Kingdom with $82.1 billion and "
            "France with $64.3 billion.\n\nBy the number of military personnel, the United "
            "States leads with 1.3 million, followed by Türkiye with 481,000 and Poland with "
            "216,000.")
    table = checked(text, date(2024, 6, 20), facts)
    for figure, metric, ally in (
            ("$968 billion", "ally_defence_spending", "United States"),
            ("$97.7 billion", "ally_defence_spending", "Germany"),
            ("$82.1 billion", "ally_defence_spending", "United Kingdom"),
            ("$64.3 billion", "ally_defence_spending", "France"),
            ("1.3 million", "ally_personnel", "United States"),
            ("481,000", "ally_personnel", "Türkiye"), ("216,000", "ally_personnel", "Poland")):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"], row["year"]) == (metric, ally, 2024), figure
        assert row["status"] == "consistent", figure
