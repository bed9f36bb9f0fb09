"""Number forms and units read in round 7 (English recall): a number written as its groups, each
with its scale word ("943 billion 218 million"), and a list of allies' troop numbers opened by
its verb ("... are France (204.7 thousand), Germany (185.6 thousand)")."""

from __future__ import annotations

import pytest

from analysis.extract.extractor import extract_figures


def readings(text: str) -> dict[str, tuple[float, str]]:
    figures = extract_figures(text)
    return {row.text: (row.value, row.unit) for row in figures.itertuples()}


@pytest.mark.parametrize(("sentence", "surface", "value", "unit"), [
    ("Outlays grew to 812 billion 430 million dollars last year.",
     "812 billion 430 million dollars", 812.43e9, "USD"),
    ("Their total came to 2 trillion 15 billion 600 million US dollars.",
     "2 trillion 15 billion 600 million US dollars", 2.0156e12, "USD"),
    ("Britain paid $74 billion 250 million for it.", "$74 billion 250 million", 74.25e9, "USD"),
    ("The army counts 1 million 250 thousand troops.", "1 million 250 thousand troops",
     1.25e6, "troops"),
    ("Together they field 4 million 512.3 thousand military personnel.",
     "4 million 512.3 thousand military personnel", 4512300.0, "troops"),
])
def test_groups_each_with_a_smaller_scale_word_are_one_number(sentence, surface, value,
                                                               unit) -> None:
    found = readings(sentence)
    assert found[surface][0] == pytest.approx(value)
    assert found[surface][1] == unit


@pytest.mark.parametrize(("sentence", "first", "second"), [
    # a larger or equal scale word after the digits: two numbers
    ("The two estimates were 3 million 5 billion.", "3 million", "5 billion"),
    # a comma between the groups: two numbers of a list
    ("They pledged 2 billion, 300 million more later.", "2 billion", "300 million"),
    # four digits are no group of a number ("5 million 2024 thousand" is no writing)
    ("Spending was 5 million 2024 and 7 million later.", "5 million", "7 million"),
])
def test_groups_not_read_as_one_number(sentence, first, second) -> None:
    found = readings(sentence)
    assert found[first][0] == pytest.approx(float(first.split()[0]) * {
        "million": 1e6, "billion": 1e9}[first.split()[1]])
    assert any(text.startswith(second.split()[0]) for text in found if text != first)


def test_a_list_of_troop_numbers_opened_by_its_verb_counts_troops() -> None:
    found = readings("Armies larger than 150 thousand soldiers are Italy (161.2 thousand), "
                     "Spain (152.9 thousand) and Romania (155.4 thousand).")
    assert [found[n][1] for n in ("161.2 thousand", "152.9 thousand", "155.4 thousand")] == \
        ["troops"] * 3


def test_a_list_item_whose_number_does_not_end_it_is_no_troop_count() -> None:
    # "(216 ,1 thousand)": a garbled item; "216" alone is not the ally's troops
    found = readings("Armies larger than 150 thousand soldiers are Italy (161.2 thousand), "
                     "Spain (152 ,9 thousand ), Romania (155.4 thousand).")
    assert found["161.2 thousand"][1] == "troops"
    assert found["152"][1] != "troops"


def test_members_too_many_to_be_states_after_troops_are_troops() -> None:
    found = readings("Italy has 171,400 soldiers, and Greece, with 110,800 members, follows.")
    assert found["110,800 members"][1] == "troops"


def test_members_too_many_to_be_states_are_people_without_troops() -> None:
    found = readings("The ruling party now has 62,000 members across the country.")
    assert found["62,000 members"][1] == "people"


def test_members_of_an_alliance_stay_allies() -> None:
    found = readings("After Sweden joined, the alliance had 32 members and 3.5 million troops.")
    assert found["32 members"][1] == "allies"


def test_countries_that_passed_the_threshold_out_of_the_members_are_allies() -> None:
    text = ("By that measure, four countries out of 28 crossed the 2.0 threshold in 2015. They "
            "were the USA, Britain and Greece. As the danger grew, 19 countries, among them "
            "the first four, reached the same level.")
    assert readings(text)["19 countries"][1] == "allies"


def test_countries_with_no_threshold_or_alliance_stay_countries() -> None:
    text = ("Rains hit the region in 2015. They reached Spain, Italy and Greece. As the storms "
            "grew, 19 countries, among them the first four, declared an emergency.")
    assert readings(text)["19 countries"][1] == "countries"


def metrics(text: str) -> dict[str, str | None]:
    figures = extract_figures(text)
    return dict(zip(figures["text"], figures["metric"], strict=True))


def test_allies_that_have_done_so_after_the_target_meet_it() -> None:
    # no NATO named, and the clause goes on after "done so"
    text = ("In 2014, the leaders agreed to spend at least 2% of GDP on defence. By now, 19 of "
            "the 31 member states have done so, while others struggle.")
    assert metrics(text)["19"] == "allies_meeting_2pct_guideline"


def test_allies_written_in_words_that_have_done_so_meet_it() -> None:
    text = ("In 2014, the leaders agreed to spend at least 2% of GDP on defence. So far, "
            "nineteen of the thirty-one member states have done so.")
    assert metrics(text)["nineteen"] == "allies_meeting_2pct_guideline"


def test_allies_that_have_done_so_with_no_target_named_are_no_such_count() -> None:
    text = ("The leaders agreed to open new bases. By now, 19 of the 31 member countries have "
            "done so.")
    assert metrics(text)["19"] != "allies_meeting_2pct_guideline"


def test_a_bare_count_out_of_the_membership_keeping_the_commitment_meets_the_target() -> None:
    # only "Allies" names the alliance
    text = ("Allies promised in 2014 to devote 2% of their GDP to defence. 21 out of 30 have "
            "kept this commitment.")
    found = readings(text)
    assert found["21"][1] == "allies"
    assert metrics(text)["21"] == "allies_meeting_2pct_guideline"


def test_a_bare_count_out_of_a_number_that_is_no_membership_stays_a_count() -> None:
    text = "NATO ran drills in 2014. In the test, 21 out of 40 hit the mark."
    assert readings(text)["21"][1] == "count"


def test_a_bare_count_out_of_a_membership_size_with_no_alliance_named_stays_a_count() -> None:
    text = "The school ran a test in 2014. In the test, 21 out of 30 passed."
    assert readings(text)["21"][1] == "count"


def test_a_bare_count_meeting_the_target_after_members_counts_allies() -> None:
    text = ("Most NATO members still fall short of the pledge, with only nine meeting the "
            "alliance's 2% target.")
    assert readings(text)["nine"][1] == "allies"


def test_the_count_a_rise_starts_from_after_allies_at_the_target_meets_it() -> None:
    # another figure ("fivefold") stands between the two counts
    text = ("We expect 20 allies to spend 2% of their GDP on defence this year. That is a "
            "fivefold increase from just 4 allies in 2015, he said.")
    assert metrics(text)["4 allies"] == "allies_meeting_2pct_guideline"


def test_the_count_a_rise_starts_from_after_no_target_is_no_such_count() -> None:
    text = ("The alliance now has 32 allies after Sweden joined. That is a big increase from "
            "only 12 allies in 1949.")
    assert metrics(text)["12 allies"] != "allies_meeting_2pct_guideline"


def test_a_list_item_that_ends_its_paragraph_counts_troops() -> None:
    found = readings("Spain has 120,100 soldiers, then Greece with 111,300\n\nBudgets rose.")
    assert found["111,300"][1] == "troops"



@pytest.mark.parametrize(("sentence", "surface", "value", "unit"), [
    ("Canada will spend 1½% of GDP on defence.", "1½%", 1.5, "percent_gdp"),
    ("The goal is 3¼ per cent of GDP by 2030.", "3¼ per cent", 3.25, "percent_gdp"),
    ("Italy set aside €4¾ billion for defence spending.", "€4¾ billion", 4.75e9, "EUR"),
])
def test_a_fraction_glyph_after_whole_digits_adds_to_them(sentence, surface, value,
                                                          unit) -> None:
    found = readings(sentence)
    assert found[surface][0] == pytest.approx(value)
    assert found[surface][1] == unit


@pytest.mark.parametrize(("sentence", "surface", "value", "unit"), [
    ("Allies should spend three-and-a-half percent of GDP.", "three-and-a-half percent", 3.5,
     "percent_gdp"),
    ("The reserve holds one and a half million troops.", "one and a half million troops",
     1.5e6, "troops"),
    ("Rome adds four-and-a-half billion euros.", "four-and-a-half billion euros", 4.5e9, "EUR"),
])
def test_and_a_half_hyphenated_or_before_a_scale_word(sentence, surface, value, unit) -> None:
    found = readings(sentence)
    assert found[surface][0] == pytest.approx(value)
    assert found[surface][1] == unit
