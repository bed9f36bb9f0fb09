"""English readings added in round 24 (brief E24): shares of GDP whose sentence names the whole
only by a noun ("defence share") or a link ("but that is a drop from"), and a share spent with a
hedge before it ("spends slightly over 2%"). Each sentence is invented; the values are read from
the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for, value_of

AUTUMN_2024 = date(2024, 10, 8)  # NATO's estimates of 17 Jun 2024 out


# --- "the defence share" of a country is its share of GDP ----------------------------------------

def test_a_countrys_defence_share_is_its_share_of_gdp(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2021, "NATO 2024-06", "Hungary")
    text = (f"Hungary's defence share, which was {share:.2f} percent in 2021, has grown since "
            "then.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f} percent")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Hungary"
    assert row["status"] in ("consistent", "superseded")


def test_a_military_share_stated_with_is_is_a_share_of_gdp(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Slovak Republic")
    text = f"This year Slovakia's military share is {share:.2f}%, the ministry's figures show."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert row["metric"] == "ally_share_gdp"


def test_a_defence_share_of_a_budget_is_not_a_share_of_gdp(facts) -> None:
    text = "Hungary's defence share of the state budget was 6.5 percent in 2021."
    row = row_for(checked(text, AUTUMN_2024, facts), "6.5 percent")
    assert row["metric"] != "ally_share_gdp" and row["status"] != "differs"


# --- "..., but that is a drop from X%": the level before, of the same whole ----------------------

def test_the_level_a_drop_starts_from_is_the_same_share_of_gdp(facts) -> None:
    later = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Slovenia")
    earlier = value_of(facts, "ally_share_gdp", 2022, "NATO 2024-06", "Slovenia")
    text = (f"Slovenia put {later:.2f} percent of GDP into its army in 2023, and that was a "
            f"sharp rise from {earlier:.2f} percent in 2022.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{earlier:.2f} percent")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Slovenia"
    assert row["status"] in ("consistent", "superseded")


def test_a_drop_from_a_share_of_another_whole_stays_its_own(facts) -> None:
    text = ("Slovenia's jobless rate was 4.1 percent in 2023, but that is a fall from "
            "4.8 percent in 2022.")
    row = row_for(checked(text, AUTUMN_2024, facts), "4.8 percent")
    assert row["metric"] != "ally_share_gdp" and row["status"] != "differs"


# --- "spends slightly over 2%": a hedge between the verb and the share ----------------------------

def test_a_share_spent_with_a_hedge_before_it_is_of_gdp(facts) -> None:
    text = "Romania, on the alliance's eastern flank, now spends slightly over 2.3%."
    row = row_for(checked(text, AUTUMN_2024, facts), "over 2.3%")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Romania"
    assert row["status"] != "differs"


def test_a_share_spent_a_bit_above_a_level_is_of_gdp(facts) -> None:
    text = "Bulgaria spends a bit more than 2%, its defence minister said on Tuesday."
    row = row_for(checked(text, AUTUMN_2024, facts), "more than 2%")
    assert row["metric"] == "ally_share_gdp" and row["status"] != "differs"


# --- "X was the lowest spender on defence, at 1.3%": an ally ranked by its spending ---------------

def test_an_ally_ranked_by_its_defence_spending_at_a_share_is_its_share_of_gdp(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Luxembourg")
    text = f"Luxembourg was once more the lowest spender on defence in 2023, at {share:.2f}%."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Luxembourg"
    assert row["status"] in ("consistent", "superseded")


def test_an_ally_ranked_last_in_military_spending_at_a_share_is_of_gdp(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2023, "NATO 2024-06", "Belgium")
    text = f"Belgium sat near the bottom in military spending last year, at {share:.2f}%."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert row["metric"] == "ally_share_gdp"


def test_an_ally_ranked_by_the_growth_of_its_spending_is_not_a_share_of_gdp(facts) -> None:
    text = "Belgium was the biggest spender in growth terms in 2023, at 9.5%, ahead of Norway."
    row = row_for(checked(text, AUTUMN_2024, facts), "9.5%")
    assert row["metric"] != "ally_share_gdp" and row["status"] != "differs"
