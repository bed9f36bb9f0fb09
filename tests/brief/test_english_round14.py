"""English readings of round 14 (issue 9), each on invented sentences in news style.

- "Its defence spending as a share of its GDP was 2.2%": the whole named right before the
  figure, with a linking verb, makes the figure a share of GDP whoever owns it (the owner is then
  read back from the sentence before); "rose by 12%" after the same words stays a change.
- "the share of defence spending in GDP, which was 1.2% in 2014" is a share of GDP too.
- "p.c" and "p.c." after a number are per cent ("spending 2.1 p.c of GDP").
- A year of prices ("The figures are based on 2021 prices.") is no year a table of figures in
  brackets in the next sentence is about.
- A figure of a bracketed table dated by the sentence before that agrees with NATO's earlier
  estimate of that year, a small revision away from the latest, is superseded, as when the
  sentence names the year itself; farther away it is still not compared.
- "25 NATO nations" of an exercise NATO counts only by its nations (partners included) agrees
  with that count; it is never compared to differ.
"""

from __future__ import annotations

from datetime import date

from analysis.extract.extractor import extract_figures
from tests.brief.conftest import checked, row_for


def _unit(text: str, figure: str) -> str:
    rows = extract_figures(text)
    return rows.loc[rows["text"] == figure, "unit"].iloc[0]


def test_a_share_of_gdp_named_before_its_linking_verb_is_of_gdp() -> None:
    text = "Fourth in the ranking is Norway. Its military budget as a share of its GDP was 2.2%."
    assert _unit(text, "2.2%") == "percent_gdp"


def test_a_share_of_gdp_named_before_a_change_stays_a_change() -> None:
    text = "Fourth in the ranking is Norway. Its military budget as a share of GDP rose by 12%."
    assert _unit(text, "12%") == "percent"


def test_the_owner_of_a_share_stated_after_a_ranking_sentence_is_read_back(facts) -> None:
    text = ("Eighth in the ranking is Romania. The country's military outlay as a proportion of "
            "its GDP in 2024 was 2.25%.")
    row = row_for(checked(text, date(2025, 2, 1), facts), "2.25%")
    assert row["status"] in ("consistent", "superseded")
    assert row["entity"] == "Romania"
    assert int(row["year"]) == 2024


def test_p_c_after_a_number_is_per_cent() -> None:
    text = ("Belgium, now spending 1.3 p.c of GDP on defence, aims higher; Spain spends "
            "1.2 p.c. of it.")
    assert _unit(text, "1.3 p.c") == "percent_gdp"
    assert _unit(text, "1.2 p.c.") in ("percent", "percent_gdp")


def test_the_share_of_spending_in_gdp_which_was_is_of_gdp(facts) -> None:
    text = ("For Norway, the share of military spending in GDP, which was about 1.5% in 2014, "
            "has grown since.")
    assert _unit(text, "about 1.5%") == "percent_gdp"
    row = row_for(checked(text, date(2025, 9, 1), facts), "about 1.5%")
    assert row["status"] in ("consistent", "superseded")
    assert int(row["year"]) == 2014


def test_a_year_of_prices_does_not_date_the_bracketed_table_after_it(facts) -> None:
    text = ("Allies spent more than ever. The totals are given in 2021 prices.\n\n"
            "Belgium (1.29%), Italy (1.5%) and Spain (1.24%) lag behind the others.")
    row = row_for(checked(text, date(2025, 4, 25), facts), "1.29%")
    assert row.get("year") is None or int(row["year"]) != 2021


def test_nato_nations_of_an_exercise_counted_only_by_nations_agree_with_them(facts) -> None:
    text = "Air Defender 23, led by Germany, gathers 25 NATO nations over German airspace."
    row = row_for(checked(text, date(2023, 6, 14), facts), "25 NATO nations")
    assert row["status"] == "consistent"
    assert float(row["reference_value"]) == 25


def test_nato_nations_of_an_exercise_that_differ_from_its_nations_are_not_compared(facts) -> None:
    text = "Air Defender 23, led by Germany, gathers 21 NATO nations over German airspace."
    row = row_for(checked(text, date(2023, 6, 14), facts), "21 NATO nations")
    assert row["status"] == "unmatched"


def test_a_bracketed_table_figure_revised_a_little_since_is_superseded(facts) -> None:
    # Estonia's 2024 share: 3.43 in June 2024, 3.41 in April 2025
    text = ("In 2024, most allies met the 2% guideline, NATO says. Highest were Poland (4.1%), "
            "Estonia (3.43%) and Latvia (3.1%).")
    row = row_for(checked(text, date(2025, 6, 1), facts), "3.43%")
    assert row["status"] == "superseded"
    assert int(row["year"]) == 2024


def test_a_bracketed_table_figure_far_from_the_year_read_is_not_compared(facts) -> None:
    text = ("In 2024, most allies met the 2% guideline, NATO says. Highest were Poland (4.1%), "
            "Estonia (2.43%) and Latvia (3.1%).")
    row = row_for(checked(text, date(2025, 6, 1), facts), "2.43%")
    assert row["status"] == "unmatched"
