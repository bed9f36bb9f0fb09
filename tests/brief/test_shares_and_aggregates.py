"""Allies' shares in lists, aggregates NATO publishes, the ally of the sentence before, and the
words of other languages (issue 9). Sentences are from published news articles (2024-2025),
checked on the bundled NATO data."""

from __future__ import annotations

import re
from datetime import date

import pytest

from analysis.brief import aggregates, anaphora, series
from analysis.brief.ally_names import find_ally
from analysis.brief.figure_year import figure_year
from tests.brief.conftest import checked, row_for

LIST_OF_SHARES = (
    "Defense expenses according to the NATO report: Poland (4.07 percent of GDP), Estonia "
    "(3.41), Latvia (3.39), USA (3.19), Lithuania (3.11), W. Britain (2,33), Romania (2,26).")


# --- the rule tables read their own examples ---------------------------------------------------

@pytest.mark.parametrize("rule", series.SERIES_RULES, ids=lambda r: r.name)
def test_each_series_rule_reads_its_example(rule) -> None:
    at = rule.example.index(rule.figure)
    assert series.listed_ally(rule.example, at, rule.figure) == rule.ally


@pytest.mark.parametrize("rule", aggregates.AGGREGATE_RULES, ids=lambda r: r.name)
def test_each_aggregate_rule_reads_its_example(rule) -> None:
    at = rule.example.index(rule.figure)
    value = float(re.search(r"\d+(?:\.\d+)?", rule.figure).group())
    unit = "percent_gdp" if rule.key.endswith("share_gdp") else "percent"
    found = aggregates.aggregate_subject(unit, value, rule.example, at, rule.figure)
    assert found is not None and found[:2] == (rule.key, rule.entity)


@pytest.mark.parametrize(("previous", "sentence", "ally"), anaphora.EXAMPLES)
def test_the_sentence_before_gives_the_ally_a_sentence_refers_back_to(previous, sentence,
                                                                      ally) -> None:
    assert anaphora.ally_referred_back(sentence, previous, find_ally) == ally


# --- what the rules leave alone ----------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "figure"), [
    # two items are no list
    ("Poland (4.07 percent of GDP) and Estonia (3.41) lead.", "3.41"),
    # growth by ally, not shares of GDP
    ("Spending grew most in Poland (12.5), Estonia (9.1) and Latvia (8.3), as a share of GDP.",
     "9.1"),
    # no word of GDP in the sentence or the one before
    ("Troops sent: Poland (3.4), Estonia (1.2), Latvia (1.1), in thousands.", "1.2"),
])
def test_a_run_that_is_no_list_of_shares_is_left_alone(sentence, figure) -> None:
    assert series.listed_ally(sentence, sentence.index(figure), figure) is None


def test_aggregates_need_their_words() -> None:
    sentence = "Some 64% of respondents said the alliance should spend more."
    assert aggregates.aggregate_subject("percent", 64, sentence, sentence.index("64%"),
                                        "64%") is None
    sentence = "Europe and Canada increased spending to 2.02% of GDP."
    assert aggregates.aggregate_subject("percent_gdp", 2.02, sentence, sentence.index("2.02%"),
                                        "2.02%") is None


def test_an_ally_named_in_the_sentence_or_two_before_is_not_carried_over() -> None:
    assert anaphora.ally_referred_back("It spends 2.1% of GDP, as does Latvia.",
                                       "Estonia grew fast.", find_ally) is None
    assert anaphora.ally_referred_back("The country spends 2.1% of GDP.",
                                       "Estonia and Latvia grew fast.", find_ally) is None
    assert anaphora.ally_referred_back("Spending is 2.1% of GDP.", "Estonia grew fast.",
                                       find_ally) is None


def test_money_more_than_a_year_before_is_a_difference() -> None:
    sentence = "NATO spent $1.3 trillion in 2024, allocating $123 billion more than in 2023."
    assert aggregates.difference_not_level(sentence, sentence.index("$123"), "$123 billion")
    assert not aggregates.difference_not_level(sentence, sentence.index("$1.3"), "$1.3 trillion")


# --- years and names ---------------------------------------------------------------------------

def test_a_price_base_year_is_not_the_figures_year() -> None:
    sentence = "la media è del 2,76% del PIL (in base ai prezzi del 2021), rispetto al 2,61%"
    assert figure_year(2021, sentence, sentence.index("2,76%"), "2,76%", None) is None
    assert figure_year(2024, "Spending was 2.61% in 2024.", 13, "2.61%", None) == 2024


def test_the_year_right_before_a_figure_is_its_own() -> None:
    sentence = ("In 2022, Oslo spent 1.4% of GDP on defence, and in 2024, 2.2% and the "
                "government wants 3.3% in 2025.")
    assert figure_year(2025, sentence, sentence.index("2.2%"), "2.2%", None) == 2024


@pytest.mark.parametrize(("text", "ally"), [
    ("la Polonia (4,48%)", "Poland"), ("Letonia - 3,73%", "Latvia"),
    ("Deutschland gibt mehr aus", "Germany"), ("gli Stati Uniti spendono", "United States"),
    ("a small island state", None), ("wydatki w Polsce rosną", "Poland"),
    ("Stany Zjednoczone (3,38%)", "United States"), ("la Pologne dépense", "Poland"),
    ("les États-Unis", "United States"),
    ("Tyskland bruker mer", "Germany"), ("the Czech army", None),
])
def test_allies_are_found_by_their_names_in_other_languages(text, ally) -> None:
    assert find_ally(text) == ally


# --- end to end on the bundled facts -----------------------------------------------------------

def test_each_item_of_a_list_of_shares_is_its_allys_share(facts) -> None:
    table = checked(LIST_OF_SHARES, date(2025, 4, 25), facts)
    for figure, ally in (("3.41", "Estonia"), ("2,33", "United Kingdom"), ("2,26", "Romania")):
        row = row_for(table, figure)
        assert (row["metric"], row["entity"], row["year"]) == ("ally_share_gdp", ally, 2024)
        assert row["status"] in ("consistent", "superseded")
        assert row["reference_release"] == "NATO SGAR 2025-04"


def test_a_list_in_another_language_is_read_with_its_gdp_words(facts) -> None:
    text = ("Toate ţările NATO vor atinge în acest an ţinta de cheltuieli militare de 2% din PIB. "
            "Trei state (Polonia - 4,48%, Lituania - 4% și Letonia - 3,73%) îndeplinesc "
            "obiectivul mai ambiţios de 3,5%.")
    table = checked(text, date(2025, 9, 1), facts)
    assert row_for(table, "4%")[["entity", "status"]].tolist() == ["Lithuania", "consistent"]
    assert (table["status"] == "differs").sum() == 0  # the guideline, named in Romanian


def test_nato_aggregates_are_checked_as_nato_states_them(facts) -> None:
    text = ("Military expenditures by NATO countries reached a record $1.303 trillion last year, "
            "with the United States contributing $818 billion - approximately 64% of the total. "
            "NATO member states have spent more than $1.3 trillion on defense needs in 2024, "
            "allocating $123 billion more than in 2023.")
    table = checked(text, date(2025, 4, 25), facts)
    share = row_for(table, "approximately 64%")
    assert (share["metric"], share["status"]) == ("us_share_of_nato_defence_expenditure",
                                                  "consistent")
    assert row_for(table, "more than $1.3 trillion")["status"] == "consistent"
    assert row_for(table, "$123 billion")["status"] == "unmatched"


def test_a_share_after_a_sentence_about_one_ally_is_that_allys(facts) -> None:
    text = ("Lithuania's incoming government will target defence spending of at least 3.5% of "
            "its gross domestic product, the party's leader said on Monday.\nThe Baltic country "
            "of 2.9 million people which neighbours Russia will spend about 3% of GDP on its "
            "armed forces this year, according to NATO estimates, making it the military "
            "alliance's sixth-biggest spender as a share of its economy.")
    row = row_for(checked(text, date(2024, 10, 28), facts), "about 3%")
    assert (row["entity"], row["year"], row["status"]) == ("Lithuania", 2024, "consistent")


@pytest.mark.parametrize(("text", "published", "figure", "expected"), [
    # an estimate worded as a forecast is NATO's estimate, compared only to agree
    ("NATO's latest report highlights that Türkiye's defense expenditure is estimated to reach "
     "2.09% of its GDP in 2024.", date(2024, 6, 20), "2.09%",
     ("ally_share_gdp", "Türkiye", ("consistent", "superseded"))),
    # an ally that leads a count of allies keeps its own share
    ("In 2024, only 23 alliance members met the 2% target, according to NATO estimates. Poland "
     "led all members with 4.12% of GDP allocated to defense, followed by Estonia (3.43%).",
     date(2025, 6, 17), "4.12%", ("ally_share_gdp", "Poland", ("consistent", "superseded"))),
    # the guideline named by what it is: no ally's share
    ("Former US President Donald Trump supported this initiative, calling it a major leap "
     "compared to the 2 percent obligation set in 2014.", date(2025, 6, 25), "2 percent",
     (None, None, ("unmatched",))),
    # an ally among a count, at the guideline named by its noun: the guideline
    ("Poland's southern neighbor Slovakia is also among the 23 countries meeting NATO's "
     "requirement of spending at least 2 percent of GDP on defense.", date(2024, 6, 19),
     "at least 2 percent", (None, None, ("unmatched",))),
    # a ministry's own figure is not NATO's estimate
    ("Romania's Defence Ministry spent some 2.26% of GDP compared to a budget initially "
     "envisaged at 2.28% of GDP in 2024, minister Angel Tilvar announced.", date(2025, 1, 8),
     "some 2.26%", ("ally_share_gdp", "Romania", ("unmatched",))),
    # what allies spent, at the guideline's value, is their share
    ("Those were the U.K. (2.3 percent), Romania (2.2 percent), North Macedonia (2.1 percent) "
     "and Montenegro (2.1 percent).\n\nCutting it especially fine were Slovenia, Italy, "
     "Albania, Belgium, Canada, Portugal and Spain, who all spent the minimum 2 percent.",
     date(2026, 3, 26), "2 percent",
     ("ally_share_gdp", "Spain", ("consistent",))),
    # the guideline in German, across a comma
    ("Deutschland wird zum ersten Mal die Verpflichtung der NATO erfüllen, 2% seines BIP für "
     "Verteidigung auszugeben.", date(2024, 2, 14), "2%", (None, None, ("unmatched",))),
])
def test_shares_are_read_as_news_words_them(facts, text, published, figure, expected) -> None:
    row = row_for(checked(text, published, facts), figure)
    metric, entity, statuses = expected
    assert row["status"] in statuses
    if metric:
        assert (row["metric"], row["entity"]) == (metric, entity)


def test_money_in_german_words_is_read_and_checked(facts) -> None:
    text = ("Im Jahr 2024 investieren die NATO-Verbündeten in Europa zusammen 380 Milliarden "
            "Dollar in die Verteidigung.")
    row = row_for(checked(text, date(2024, 2, 14), facts), "380 Milliarden Dollar")
    assert (row["metric"], row["value"], row["year"]) == ("nato_europe_defence_spending",
                                                          380e9, 2024)
    assert row["status"] in ("consistent", "superseded")


def test_extra_spending_since_2014_is_the_sum_up_to_the_source(facts) -> None:
    text = ("Stoltenberg said US partners in NATO have spent USD 600 billion more on their "
            "military budgets since 2014.")
    row = row_for(checked(text, date(2024, 2, 15), facts), "USD 600 billion")
    assert (row["metric"], row["status"]) == (
        "europe_canada_cumulative_additional_spending_since_2014", "consistent")


def test_extra_spending_since_an_event_in_2014_is_the_sum_up_to_the_source(facts) -> None:
    text = ("By the end of 2024, European Allies and Canada will have added more than $600 "
            "billion for defense since we made the Defense Investment Pledge in 2014.")
    row = row_for(checked(text, date(2024, 2, 15), facts), "more than $600 billion")
    assert (row["metric"], row["status"]) == (
        "europe_canada_cumulative_additional_spending_since_2014", "consistent")


def test_growth_of_canada_and_european_allies_in_either_order(facts) -> None:
    text = ("NATO Secretary General Jens Stoltenberg said on Wednesday that there had been an "
            "unprecedented 11% increase in defence spending by NATO countries over the past "
            "year from Canada and European allies.")
    row = row_for(checked(text, date(2024, 2, 14), facts), "11%")
    assert (row["metric"], row["year"], row["status"]) == (
        "europe_canada_defence_spending_change", 2023, "consistent")


@pytest.mark.parametrize("clause", [
    "los aliados europeos y Canadá destinarán el 2,02% de su PIB",
    "les alliés européens et le Canada consacreront 2,02 % de leur PIB",
    "die europäischen Verbündeten und Kanada geben 2,02 Prozent aus",
    "gli alleati europei e il Canada spenderanno il 2,02% del PIL",
    "europejscy sojusznicy i Kanada wydadzą 2,02% PKB",
    "de europeiske allierte og Canada bruker 2,02 prosent av BNP",
    "Avrupalı müttefikler ve Kanada yüzde 2,02 harcayacak",
    "Canada and the European allies will spend 2.02% of GDP",
])
def test_european_allies_and_canada_is_the_aggregate_in_every_language(clause) -> None:
    from analysis.brief import subject_words
    assert subject_words.EUROPE_CANADA.search(clause)


def test_a_share_of_european_allies_and_canada_is_never_canadas_own(facts) -> None:
    text = ("La Alianza calcula que los aliados europeos y Canadá destinaron en 2024 el 2,02% "
            "de su PIB a la defensa.")
    row = row_for(checked(text, date(2024, 6, 20), facts), "2,02%")
    assert row["entity"] == "Europe and Canada"
    assert row["status"] == "superseded"  # 2.02 in June 2024, revised to 1.99 in August 2025


def test_canada_named_only_in_european_allies_and_canada_is_never_canadas_share(facts) -> None:
    text = ("La Alianza pronostica que los aliados europeos y Canadá destinarán a la defensa este "
            "año el 2,02% de su PIB, por encima del 1,78% de 2023 y del 2% que los aliados se "
            "habían comprometido a alcanzar este 2024 en la cumbre de Gales.")
    table = checked(text, date(2024, 6, 18), facts)
    assert (table["entity"] != "Canada").all()
    share = row_for(table, "2,02%")
    assert (share["entity"], int(share["year"]), share["status"]) == (
        "Europe and Canada", 2024, "superseded")
    assert row_for(table, "2%")["status"] == "unmatched"


@pytest.mark.parametrize(("sentence", "surface"), [
    ("Nel 2024, 10 dei 32 paesi della NATO hanno assegnato meno del 2% del loro PIL.",
     "32 paesi"),
    ("Lediglich elf von 31 Verbündeten investierten zwei Prozent.", "31 Verbündeten"),
    ("Seuls trois pays sur les 32 pays membres dépassent 3,5 %.", "32 pays membres"),
])
def test_the_membership_in_other_languages_is_no_count_at_a_level(sentence, surface) -> None:
    from analysis.brief import counts
    assert counts.is_membership(float(surface.split()[0]), surface, sentence)
    assert not counts.is_membership(23.0, "23 allierte", "23 allierte bruker 2 prosent av BNP.")


def test_a_count_of_allies_at_two_percent_in_norwegian(facts) -> None:
    text = "– 23 allierte kommer til å bruke 2 prosent av BNP eller mer på forsvar i år."
    row = row_for(checked(text, date(2024, 6, 18), facts), "23 allierte")
    # 23 in June 2024, revised to 22 in April 2025
    assert (row["status"], float(row["reference_value"])) == ("superseded", 23.0)


def test_the_alliances_total_in_german_words(facts) -> None:
    text = ("Demnach stiegen die Verteidigungsausgaben verbündeter Länder auf insgesamt "
            "1,47 Billionen Dollar.")
    row = row_for(checked(text, date(2024, 6, 18), facts), "1,47 Billionen Dollar")
    assert float(row["reference_value"]) == pytest.approx(1.4744e12, rel=1e-3)


def test_a_number_word_out_of_the_membership_counts_allies_in_german(facts) -> None:
    text = ("Laut NATO investierten lediglich elf von 31 Verbündeten im Vorjahr mindestens zwei "
            "Prozent ihres BIP in ihre Verteidigung.")
    row = row_for(checked(text, date(2024, 3, 15), facts), "elf")
    # 11 in February 2024 (the latest at the date), revised to 10 in June 2024
    assert (row["metric"], int(row["year"]), row["status"]) == (
        "allies_meeting_2pct_guideline", 2023, "superseded")


def test_a_count_out_of_the_membership_that_did_not_meet_is_not_compared(facts) -> None:
    text = "Według NATO w 2024 roku ponad 10 z 32 państw sojuszu nie spełniało celu 2%."
    row = row_for(checked(text, date(2025, 8, 28), facts), "ponad 10")
    assert row["status"] == "unmatched"


def test_the_year_a_commitment_was_made_dates_no_figure() -> None:
    sentence = ("A total of 22 countries reached the 2% target, although there are still powers "
                "like Italy, at 1.5%, or Canada, at 1.45%, that have yet to meet the commitment "
                "made at the Wales summit in 2014.")
    for surface in ("22 countries", "1.5%", "1.45%"):
        assert figure_year(2014, sentence, sentence.index(surface), surface, None) is None
    when_made = "Only three allies spent 2% when the pledge was made in 2014."
    assert figure_year(2014, when_made, when_made.index("2%"), "2%", None) == 2014
    agreed = "Spain spent 1.3% in 2014, the year the target agreed upon in 2014 was set."
    assert figure_year(2014, agreed, agreed.index("1.3%"), "1.3%", None) == 2014


@pytest.mark.parametrize("since", [
    "for the first time since its establishment in 2014",
    "for the first time since it was set in 2014",
    "for the first time since the target was agreed in 2014",
    "for the first time since the 2% benchmark's adoption in 2014",
])
def test_the_year_a_benchmark_was_established_dates_no_figure(since) -> None:
    sentence = (f"31 of the alliance's 32 countries are meeting the 2% GDP spending benchmark "
                f"{since}.")
    assert figure_year(2014, sentence, 0, "31", None) is None
    # a figure the sentence itself dates by the year keeps it
    dated = f"Only 3 allies met the benchmark in 2014, and now 31 do, {since}."
    assert figure_year(2014, dated, dated.index("3 allies"), "3 allies", None) == 2014


def test_nato_members_requirements_name_a_guideline_not_an_owner(facts) -> None:
    text = ("The Finnish government has outlined a plan to increase defense expenditures. For "
            "comparison, in 2020, the figure was $3.5 billion. In 2024, the country allocated "
            "around €6 billion for defense, exceeding NATO members' requirements and spending "
            "2.41% of its GDP on defense.")
    share = row_for(checked(text, date(2025, 1, 15), facts), "2.41%")
    assert share["status"] != "differs"  # not NATO's aggregate of 2.71%
    assert share["entity"] in ("Finland", "")


def test_extra_spending_since_the_target_was_set_is_the_sum_since_2014(facts) -> None:
    # the 2% target was set at the Wales summit of 2014: "since it was set" is "since 2014"
    text = ("He said that, overall, European nations and Canada will have spent an extra $600bn "
            "(€560bn; £477bn) on defence since the 2% target was set 10 years ago.")
    row = row_for(checked(text, date(2024, 2, 14), facts), "$600bn")
    assert (row["metric"], row["status"]) == (
        "europe_canada_cumulative_additional_spending_since_2014", "consistent")


def test_us_share_of_spending_in_the_organization_is_the_alliance_share(facts) -> None:
    text = ("Although the contributions from European allies and Canada have increased in recent "
            "years, Washington still represents 64% of military spending in the organization.")
    row = row_for(checked(text, date(2025, 4, 25), facts), "64%")
    assert (row["metric"], row["year"], row["status"]) == (
        "us_share_of_nato_defence_expenditure", 2024, "consistent")
