"""Allies' shares listed without "of GDP" are shares of GDP (issue 9, item 2): real sentences."""

from __future__ import annotations

from datetime import date

import pytest

from analysis.extract.extractor import extract_figures


@pytest.mark.parametrize(("text", "expected"), [
    ("At the top in terms of GDP share for defense is Poland with 4.48%, followed by all three "
     "Baltic republics: Lithuania at 4%, Latvia at 3.73%, and Estonia at 3.38%.",
     [("4.48%", "Poland"), ("4%", "Lithuania"), ("3.73%", "Latvia"), ("3.38%", "Estonia")]),
    ("Poland is the NATO member spending the most on defence as a share of its economy, at "
     "4.48%, followed by Lithuania at 4% and Latvia with 3.73%, according to the data.",
     [("4.48%", "Poland"), ("4%", "Lithuania"), ("3.73%", "Latvia")]),
    # "relative to the size of economy" is defence spending, not an economic statistic.
    ("Details: Poland takes the first place in terms of the scale of spending relative to the "
     "size of economy (4.12% of GDP), Estonia – the second place (3.43%), next spots are taken "
     "by the US (3.38%), Latvia (3.15%) and Greece (3.08%).",
     [("4.12%", "Poland"), ("3.43%", "Estonia"), ("3.38%", "United States"),
      ("3.15%", "Latvia"), ("3.08%", "Greece")]),
])
def test_listed_shares_of_allies_are_shares_of_gdp(text, expected) -> None:
    found = extract_figures(text, date(2025, 8, 29))
    shares = found[found["kind"] == "share"]
    assert list(zip(shares["text"], shares["entity"], strict=True)) == expected
    assert set(shares["unit"]) == {"percent_gdp"}
    assert set(shares["metric"]) == {"defence_spending_share_gdp"}


def test_a_budget_increase_of_one_ally_stays_a_percentage() -> None:
    text = ("NATO estimates Spain has reached defence spending of 2% of gross domestic product in "
            "2025. Spain increased its defence budget by 43.11% in a year.")
    found = extract_figures(text, date(2025, 8, 29)).set_index("text")
    assert found.loc["43.11%", "unit"] == "percent"


def test_the_number_of_states_counts_allies() -> None:
    text = ("NATO's secretary general told journalists that the number of states reaching the "
            "target had increased sharply from 11 last year.")
    found = extract_figures(text, date(2024, 2, 15)).set_index("text")
    assert found.loc["11", "unit"] == "allies" and found.loc["11", "year"] == 2023


@pytest.mark.parametrize(("text", "figure", "metric"), [
    ("Total NATO military expenditure reached around $1.3 trillion last year, and the United "
     "States bore 64% of NATO's defense expenditure in 2024.", "64%",
     "us_share_of_alliance_spending"),
    ("American defense expenditures in 2025 account for 60.18% of NATO's total defense budget, "
     "which exceeds $1.66 trillion.", "60.18%", "us_share_of_alliance_spending"),
    ("The report indicated that the US accounted for 53% of the allies' combined GDP and 64% "
     "of combined defense expenditure.", "64%", "us_share_of_alliance_spending"),
    ("NATO Allies in Europe and Canada invested a total of USD 486 billion in defence, a 19.4% "
     "increase in real terms from 2023.", "19.4%", "defence_spending_real_change"),
    ("Spurred on by Russia's all-out invasion of Ukraine in 2022, last year saw an "
     "\"unprecedented rise\" of 11 percent of spending by European members and Canada, the NATO "
     "chief added.", "11 percent", "defence_spending_change"),
    # What rose is not said: better unlabelled than mislabelled.
    ("Last year saw an unprecedented rise of 11% across European Allies and Canada.", "11%",
     None),
])
def test_percentages_the_sentence_supports_get_their_metric(text, figure, metric) -> None:
    found = extract_figures(text, date(2025, 8, 29)).set_index("text")
    got = found.loc[figure, "metric"]
    assert got == metric if metric else got is None or got != got  # None or NaN: no metric


def test_allies_ranked_with_a_share_each_in_parentheses_are_shares_of_gdp() -> None:
    text = ("Those were the U.K. (2.3 percent), Romania (2.2 percent), North Macedonia "
            "(2.1 percent), Luxembourg (2.1 percent) and Montenegro (2.1 percent).")
    found = extract_figures(text, date(2026, 3, 26))
    assert found["unit"].tolist() == ["percent_gdp"] * 5
    assert found["entity"].tolist()[:2] == ["United Kingdom", "Romania"]
    # Growth ranked the same way stays a plain percentage; so do two allies only.
    grew = extract_figures("Spending grew fastest in Poland (4.2%), Sweden (3.1%) and Finland "
                           "(2.5%).", date(2026, 3, 26))
    assert set(grew["unit"]) == {"percent"}
    two = extract_figures("Those were Romania (2.2 percent) and Bulgaria (2.1 percent).",
                          date(2026, 3, 26))
    assert set(two["unit"]) == {"percent"}
