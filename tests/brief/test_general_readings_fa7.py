"""General readings found on brief_fresh7's false alarms and wrong checks (issue 9): sentences
written for the tests in news style, each read right or left unmatched, never a false alarm."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

JULY_2024 = date(2024, 7, 15)


def test_personnel_stated_as_a_goal_is_not_a_count(facts) -> None:
    text = ("In 2022 a new law set the goal of expanding Romania's armed forces to 150,000 "
            "personnel, including 110,000 professional soldiers and 40,000 reservists.")
    table = checked(text, JULY_2024, facts)
    for figure in ("150,000 personnel", "110,000 professional soldiers", "40,000"):
        rows = table[table["figure"].str.startswith(figure)]
        assert len(rows) == 1, (figure, table["figure"].tolist())
        assert rows.iloc[0]["status"] == "unmatched", figure
        assert "plan or goal" in rows.iloc[0]["note"], figure
    # control: personnel counted, with no plan word, is still compared
    text = "Poland's armed forces numbered 216,100 personnel in 2024."
    assert row_for(checked(text, JULY_2024, facts), "216,100 personnel")["status"] == "consistent"


def test_all_allies_growth_nato_stated_only_later_reads_as_europe_and_canadas(facts) -> None:
    # by June 2024 NATO had stated 2024's growth only for Europe and Canada (18%); its
    # all-allies figure came in August 2025
    text = "The allies are increasing defence spending by 18% this year, the chief said."
    row = row_for(checked(text, date(2024, 6, 20), facts), "18%")
    assert row["status"] in ("consistent", "superseded"), row["note"]  # revised to 19.4 later
    assert row["entity"] == "Europe and Canada"
    # control: once NATO stated all allies' growth, the figure is compared with it
    text = "NATO allies increased defence spending by 18.6% in 2024, the alliance said."
    row = row_for(checked(text, date(2025, 9, 10), facts), "18.6%")
    assert row["status"] == "consistent", row["note"]
    assert row["metric"] == "defence_spending_change"


def test_the_alliances_aggregate_in_the_figures_clause_owns_it(facts) -> None:
    text = ("Both Türkiye and the European allies were below the threshold in 2014, while NATO's "
            "overall average was approximately 2.6%.")
    row = row_for(checked(text, date(2026, 4, 10), facts), "approximately 2.6%")
    assert row["entity"] != "Türkiye"
    assert row["status"] != "differs", row["note"]
    text = ("While both Türkiye and the European allies spent below 2% of GDP in 2014, NATO's "
            "overall average was approximately 2.6% of GDP.")
    row = row_for(checked(text, date(2026, 4, 10), facts), "approximately 2.6%")
    assert (row["metric"], row["status"]) == ("nato_total_defence_share_gdp", "consistent")
    # control: an ally named in the figure's own clause still owns it
    text = "Unlike NATO's overall average, Türkiye's share was around 1.4% in 2014."
    assert row_for(checked(text, date(2026, 4, 10), facts), "around 1.4%")["entity"] == "Türkiye"


def test_a_level_several_allies_exceed_is_no_ones_share(facts) -> None:
    august = date(2025, 8, 29)
    for text, figure in (
            ("Estonia, Latvia and Norway are the only allies that exceed 3% of GDP.", "3%"),
            ("Letonia, Estonia y Noruega son las únicas que superan el 3% del PIB.", "3%"),
            ("Los países bálticos, Dinamarca o Noruega son los únicos que superan el 3% del PIB.",
             "3%"),
            ("W tym roku tylko Stany Zjednoczone i Grecja wydały ponad 3 proc. PKB na obronność.",
             "ponad 3 proc.")):
        row = row_for(checked(text, august, facts), figure)
        assert row["status"] == "unmatched", text
        assert "several allies" in row["note"], text
    # control: one ally exceeding a level is not a group's threshold
    text = "Lithuania now exceeds 4% of GDP."
    assert "several allies" not in row_for(checked(text, august, facts), "exceeds 4%")["note"]


def test_a_share_poll_respondents_favour_is_an_opinion(facts) -> None:
    february = date(2025, 2, 20)
    for text, figure in (
            ("A third of respondents find exactly 2% of GDP right for Czechia.", "2%"),
            ("Více než třetina dotázaných považuje přesně dvě procenta HDP ročně jako ideální.",
             "dvě procenta")):
        row = row_for(checked(text, february, facts), figure)
        assert row["status"] == "unmatched", text
        assert "opinion" in row["note"], text
    # control: the share the country spent, with the poll in another sentence, is compared
    text = "The poll asked respondents about defence. Czechia spent 2.1% of GDP in 2024."
    assert row_for(checked(text, february, facts), "2.1%")["status"] != "unmatched"


def test_allies_after_a_lower_bound_with_figures_of_their_own_do_not_share_it(facts) -> None:
    text = "Spitzenreiter sind Polen mit mehr als vier Prozent des BIP und Estland mit 3,4 Prozent."
    row = row_for(checked(text, date(2024, 6, 20), facts), "mehr als vier Prozent")
    assert "several allies" not in row["note"]


def test_a_figure_owned_by_a_year_after_a_lower_bound_is_a_value_not_a_level(facts) -> None:
    june = date(2024, 6, 20)
    text = ("The alliance expects European allies and Canada to spend 2.02% of GDP this year, "
            "above the 1.78% of 2023.")
    assert "level several allies" not in row_for(checked(text, june, facts), "1.78%")["note"]
    text = ("La Alianza pronostica que los aliados europeos y Canadá destinarán el 2,02% de su "
            "PIB, por encima del 1,78% de 2023.")
    row = row_for(checked(text, june, facts), "1,78%")
    assert row["entity"] == "Europe and Canada", row["note"]
    assert row["status"] in ("consistent", "superseded"), row["note"]  # revised to 1.74 later
    # control: a bare level several allies pass is still a level
    text = "Los aliados europeos gastan todos por encima del 2% del PIB."
    assert "level several allies" in row_for(checked(text, june, facts), "2%")["note"]
