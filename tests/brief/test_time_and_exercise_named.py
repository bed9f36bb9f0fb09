"""What a figure is about when the article names its time or exercise (issue 9): an ally's
whole-number share of GDP worded as of the source's day is the source's year ("Greece is now
spending about 3% of its GDP" in June 2025 is 2025's share, which NATO had not yet published,
never 2024's; "The UK currently spends 2.3%" quotes NATO's latest estimate); an exercise NATO's
data does not cover, named before a figure, is the figure's. Sentences are written for the tests
in news style."""

from __future__ import annotations

from datetime import date

from analysis.brief.check import check_figures
from analysis.brief.document import headline_names_a_part_first
from analysis.brief.figure_year import year_of_a_share_of_now
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for


def test_a_share_of_now_is_the_sources_year(facts) -> None:
    text = "Croatia currently spends 2% of its economic output on defence."
    row = row_for(checked(text, date(2025, 4, 10), facts), "2%")
    assert int(row["year"]) == 2025
    assert row["reference_release"] == "NATO 2025-08"  # the first release to give 2025
    text = "Greece is now spending about 3% of its gross domestic product on defence."
    assert year_of_a_share_of_now("ally_share_gdp", None, text, text.index("about 3%"),
                                  date(2025, 6, 10), "about 3%") == 2025


def test_a_share_with_its_year_or_without_now_keeps_it() -> None:
    text = "Greece spent about 3% of its gross domestic product on defence."
    assert year_of_a_share_of_now("ally_share_gdp", None, text, text.index("about 3%"),
                                  date(2025, 6, 10)) is None
    text = "The UK currently spends 2.3% of GDP on defence."
    assert year_of_a_share_of_now("ally_share_gdp", None, text, text.index("2.3%"),
                                  date(2025, 2, 10), "2.3%") is None
    text = "Greece is now spending about 3% of its GDP, as in 2024."
    assert year_of_a_share_of_now("ally_share_gdp", 2024, text, text.index("about 3%"),
                                  date(2025, 6, 10)) == 2024


def test_an_exercise_nato_does_not_cover_never_takes_steadfast_defenders_values(facts) -> None:
    # June 2024, while Steadfast Defender 24 ran: the drills named are another exercise's
    text = ("NATO wrapped up its BALTOPS 24 naval drills in the Baltic Sea. The two-week "
            "exercises involved over 50 ships.")
    row = row_for(checked(text, date(2024, 6, 21), facts), "over 50 ships")
    assert row["status"] == "unmatched"
    assert not row["entity"] or "Steadfast" not in str(row["entity"])
    unnamed = "The exercises involved over 50 ships."
    assert "Steadfast" in str(row_for(checked(unnamed, date(2024, 3, 1), facts),
                                      "over 50 ships")["entity"])


def test_a_part_the_headline_names_first_owns_the_figures(facts) -> None:
    text = "W ćwiczeniu weźmie udział ok. 20 tys. żołnierzy."
    part_first = ("Ruszają ćwiczenia Dragon-24, polski element manewrów NATO "
                  "Steadfast Defender-24")
    figures = extract_figures(text, date(2024, 2, 26))
    rows = check_figures(figures, date(2024, 2, 26), text=text, facts=facts, title=part_first)
    row = rows[rows["figure"].str.contains("20 tys")].iloc[0]
    assert row["status"] == "unmatched"
    assert "Steadfast" not in str(row["entity"])
    whole_first = "Steadfast Defender-24: Poland's part, Dragon-24, begins"
    assert headline_names_a_part_first(whole_first, ["Steadfast Defender"]) is False
    assert headline_names_a_part_first("Dragon spacecraft docks; NATO's Steadfast Defender "
                                       "begins", ["Steadfast Defender"]) is False


def test_an_exercise_the_next_sentence_opens_with_owns_the_figures_to_agree_only(facts) -> None:
    text = ("90,000 troops will be involved, in addition to 50 ships ranging from aircraft "
            "carriers to destroyers. Steadfast Defender 2024 is the largest NATO war game since "
            "the Cold War.")
    rows = checked(text, date(2024, 1, 19), facts)
    for figure in ("90,000 troops", "50 ships"):
        row = row_for(rows, figure)
        assert (row["entity"], row["status"]) == ("Steadfast Defender", "consistent")
    wrong = text.replace("90,000", "70,000")
    row = row_for(checked(wrong, date(2024, 1, 19), facts), "70,000 troops")
    assert row["status"] == "unmatched"  # read from the next sentence: never differs
    # the exercise named in the figure's own sentence keeps the figure
    other = ("Trident Juncture 2018 involved 50,000 troops. Steadfast Defender 2024 is larger.")
    row = row_for(checked(other, date(2024, 1, 19), facts), "50,000 troops")
    assert "Steadfast" not in str(row["entity"])


def test_troops_of_many_nations_are_the_named_exercises_never_one_allys(facts) -> None:
    text = ("It involves 90,000 forces from 31 member countries and NATO partner Sweden and is "
            "conducted across various NATO nations.")
    published = date(2024, 1, 19)
    rows = check_figures(extract_figures(text, published), published, text=text, facts=facts,
                         title="Steadfast Defender 2024")
    row = row_for(rows, "90,000 forces")
    assert (row["metric"], row["entity"], row["status"]) == (
        "exercise_personnel", "Steadfast Defender", "consistent")
    wrong = text.replace("90,000", "70,000")
    rows = check_figures(extract_figures(wrong, published), published, text=wrong, facts=facts,
                         title="Steadfast Defender 2024")
    assert row_for(rows, "70,000 forces")["status"] == "unmatched"  # to agree only
    untitled = row_for(checked(text, published, facts), "90,000 forces")
    assert untitled["metric"] != "ally_personnel" and untitled["status"] == "unmatched"
