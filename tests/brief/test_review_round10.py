"""Edges of the tenth round's readings found in a second review: sentences written for the
tests in news style where a reading compared the wrong quantity; each is read right or left
unmatched, never a false alarm. A bracketed table is not of the year the sentence before names
when it names the present itself ("Now the leaders are Poland (4.12%), ...") or when that year
starts a period ("after 2014", "since Russia annexed Crimea in 2014") or dates an event the
sentence before reports ("Russia annexed Crimea in 2014.", "Rutte said in 2014 ...")."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from tests.brief.conftest import checked, row_for

JUNE_2024 = date(2024, 6, 20)
TABLE = "Poland (4.12%), Estonia (3.43%) and Lithuania (2.85%)"


@pytest.mark.parametrize("text", [
    f"Back in 2014, only three allies met the target. Now the leaders are {TABLE}.",
    f"Only three allies met the target in 2014. Today the leaders are {TABLE}.",
    f"Spending rose sharply after 2014. The biggest spenders are {TABLE}.",
    f"Defence spending has risen since Russia annexed Crimea in 2014. The biggest spenders "
    f"are {TABLE}.",
    f"Russia annexed Crimea in 2014. The biggest spenders are {TABLE}.",
    f"Rutte said in 2014 that allies must do more. {TABLE} lead the pack.",
    "Im Jahr 2014 erreichten nur drei Verbündete das Ziel. Derzeit führen Polen (4,12 %), "
    "Estland (3,43 %) und Litauen (2,85 %).",
    "2014-ben csak három ország teljesítette a célt. Jelenleg Lengyelország (4,12%), "
    "Észtország (3,43%) és Litvánia (2,85%) vezet.",
])
def test_a_table_of_now_is_not_of_the_year_before(facts, text) -> None:
    table = checked(text, JUNE_2024, facts)
    for _, row in table[table["figure"].str.match(r"[43][.,][14][23]")].iterrows():
        assert pd.isna(row["year"]) or row["year"] != 2014, (text, row["figure"])
        assert row["status"] != "differs", (text, row["figure"])


def test_a_table_still_takes_the_year_the_sentence_before_opens_on(facts) -> None:
    # control: no time of its own and the year dates the figures before, not a period's start
    text = f"In 2023, eleven allies met the target. The leaders were {TABLE}."
    assert row_for(checked(text, JUNE_2024, facts), "4.12%")["year"] == 2023


@pytest.mark.parametrize("text", [
    "In 2024 Warsaw spent 4.1% of GDP on defence, more than double the share of the German "
    "economy.",
    "Last year the Baltic states spent 3.4% of GDP on defence, far more than the German economy "
    "could bear.",
])
def test_an_allys_economy_compared_with_names_no_owner_of_the_share(facts, text) -> None:
    row = row_for(checked(text, JUNE_2024, facts), "4.1%" if "4.1%" in text else "3.4%")
    assert row["entity"] != "Germany" and row["status"] != "differs", text


def test_a_share_of_an_allys_economy_still_names_it(facts) -> None:
    # control: the share is of that economy
    text = "In 2024 defence spending came to 2.12% of the German economy."
    assert row_for(checked(text, JUNE_2024, facts), "2.12%")["entity"] == "Germany"


MARCH_2025 = date(2025, 3, 5)


@pytest.mark.parametrize("first", [
    "The American president has attacked the government in Madrid.",
    "The French president visited Warsaw on Monday.",
    "Under pressure from the American president, the government in Madrid promised more.",
])
def test_the_country_is_not_the_ally_of_a_government_acting_on_another(facts, first) -> None:
    text = f"{first}\n\nThe country spent only 1.28% of GDP on defence last year."
    row = row_for(checked(text, MARCH_2025, facts), "1.28%")
    assert row["entity"] not in ("United States", "France") and row["status"] != "differs", text


def test_the_country_is_still_the_ally_whose_government_opens_the_sentence(facts) -> None:
    # control: the government the sentence opens on, no other place named, a weekday aside
    text = ("The Spanish government on Tuesday approved a new budget in January.\n\n"
            "The country spent only 1.28% of GDP on defence last year.")
    assert row_for(checked(text, MARCH_2025, facts), "1.28%")["entity"] == "Spain"


@pytest.mark.parametrize(("text", "figure"), [
    ("K cíli vydávat dvě procenta HDP na obranu se v roce 2014 zavázalo všech 28 spojenců.",
     "28 spojenců"),
    ("Cíl dvou procent HDP na obranu si ve Walesu v roce 2014 stanovilo 28 spojenců.",
     "28 spojenců"),
    ("Im Jahr 2014 haben sich 28 Verbündete zum Zwei-Prozent-Ziel verpflichtet.",
     "28 Verbündete"),
])
def test_allies_that_pledged_the_target_are_no_count_at_it(facts, text, figure) -> None:
    row = row_for(checked(text, JUNE_2024, facts), figure)
    assert row["metric"] != "allies_meeting_2pct_guideline" and row["status"] != "differs", text


def test_allies_that_met_the_target_last_in_the_clause_are_still_counted(facts) -> None:
    # control: Czech word order, the count last after the target it met
    text = "Cíl dvou procent HDP splnilo v roce 2023 celkem 11 spojenců."
    assert row_for(checked(text, JUNE_2024, facts), "11 spojenců")["metric"] == \
        "allies_meeting_2pct_guideline"


@pytest.mark.parametrize("opening", ["In 2024", "Last year,", "In 2024,"])
def test_a_non_member_after_the_time_its_clause_opens_on_owns_the_share(facts, opening) -> None:
    text = f"{opening} Russia spent 6.7% of GDP on defence, and Poland 4.12% of GDP."
    row = row_for(checked(text, date(2025, 3, 5), facts), "6.7%")
    assert row["status"] != "differs" and "not a NATO member" in row["note"], text


def test_an_ally_named_in_another_ukrainian_case_owns_its_bracketed_share(facts) -> None:
    text = ("У 2024 році Угорщина (2,11% ВВП) і Словаччина (2,0% ВВП) відставали від Польщі "
            "(4,12% ВВП).")
    row = row_for(checked(text, JUNE_2024, facts), "4,12%")
    assert row["entity"] == "Poland" and row["status"] != "differs"


def test_ukrainian_case_forms() -> None:
    from analysis.data.ally_names_by_language import UKRAINIAN_ENDINGS, cyrillic_case_forms
    assert "польщі" in cyrillic_case_forms("польща", UKRAINIAN_ENDINGS)
    assert "естонії" in cyrillic_case_forms("естонія", UKRAINIAN_ENDINGS)
    assert cyrillic_case_forms("сша", UKRAINIAN_ENDINGS) == ()  # an abbreviation does not decline


def test_a_count_that_met_a_pledge_named_by_its_noun_is_still_counted(facts) -> None:
    # control: "vállalást" (the pledge, a noun) is the target met, not a pledging verb
    text = "A NATO szerint 2014-ben még csak három ország teljesítette ezt a vállalást."
    assert row_for(checked(text, JUNE_2024, facts), "három ország")["metric"] == \
        "allies_meeting_2pct_guideline"
