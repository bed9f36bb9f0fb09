"""The source's headline names the exercise its text is about when no sentence does (issue 9):
"Steadfast Defender 2024" above "The drills bring together 90,000 troops". Sentences are written
for the tests in news style, not copied from the fixtures."""

from __future__ import annotations

from datetime import date

from analysis.brief.check import check_figures
from analysis.brief.scoring import Article
from analysis.extract.extractor import extract_figures
from tests.brief.conftest import row_for

TEXT = "The drills bring together about 90,000 troops from all 32 allies."
PUBLISHED = date(2024, 2, 20)


def rows(facts, title: str = ""):
    return check_figures(extract_figures(TEXT, PUBLISHED), PUBLISHED, text=TEXT, facts=facts,
                         title=title)


def test_the_headline_names_the_exercise(facts) -> None:
    row = row_for(rows(facts, "Steadfast Defender 2024: NATO's largest drills in decades"),
                  "about 90,000 troops")
    assert (row["metric"], row["entity"], row["status"]) == (
        "exercise_personnel", "Steadfast Defender", "consistent")


def test_a_wrong_number_under_the_headlines_exercise_differs(facts) -> None:
    text = TEXT.replace("90,000", "70,000")
    title = "Steadfast Defender 2024 begins"
    named = check_figures(extract_figures(text, PUBLISHED), PUBLISHED, text=text, facts=facts,
                          title=title)
    unnamed = check_figures(extract_figures(text, PUBLISHED), PUBLISHED, text=text, facts=facts)
    # without the headline it is only the exercise under way at the date, compared to agree only
    assert row_for(named, "about 70,000 troops")["status"] == "differs"
    assert row_for(unnamed, "about 70,000 troops")["status"] == "unmatched"


def test_a_labellers_description_is_not_a_headline() -> None:
    described = Article("x", TEXT, {"title": "headline not in the stored copy: Steadfast"}, ())
    assert described.headline == ""
    assert Article("x", TEXT, {"title": "Steadfast Defender ends"}, ()).headline == \
        "Steadfast Defender ends"
