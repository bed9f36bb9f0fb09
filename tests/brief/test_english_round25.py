"""English readings added in round 25 (brief E25): an ally named by its capital (or its government
by the ally's adjective) as the subject of its spending ("Warsaw spends ...", "In 2022, Oslo
spent ..."), the level a country's "defence share" moves to ("which was X in 2021, rose to Y in
2022"), and the part of a budget right before what it buys ("25% procurement"). Each sentence is
invented; the values are read from the bundled facts, never typed."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for, value_of

AUTUMN_2024 = date(2024, 10, 8)  # NATO's estimates of 17 Jun 2024 out


# --- a capital spending is its ally ---------------------------------------------------------------

def test_a_capital_that_raised_its_share_owns_it_not_the_ally_before(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Slovak Republic")
    text = ("Hungary kept its budget flat this year. Bratislava has already raised its military "
            f"outlays to {share:.2f}% of GDP in 2024.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Slovak Republic"
    assert row["status"] in ("consistent", "superseded")


def test_a_capital_that_spent_a_share_after_a_dated_opening_owns_it(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2021, "NATO 2024-06", "Portugal")
    text = f"In 2021, Lisbon spent {share:.2f}% of GDP on its armed forces."
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Portugal"
    assert row["status"] in ("consistent", "superseded")


def test_a_capital_pressing_others_to_spend_owns_no_share(facts) -> None:
    text = "Washington has increased pressure on its partners to spend 2.5% of GDP on arms."
    row = row_for(checked(text, AUTUMN_2024, facts), "2.5%")
    assert row["entity"] != "United States" and row["status"] != "differs"


def test_a_summit_named_by_its_city_owns_no_share(facts) -> None:
    text = "Since the Madrid summit, the allies' defence outlays averaged 2.2% of GDP."
    row = row_for(checked(text, AUTUMN_2024, facts), "2.2%")
    assert row["entity"] != "Spain" and row["status"] != "differs"


# --- "its defence share, which was X, rose to Y": Y is the same share of GDP ---------------------

def test_the_level_a_defence_share_rose_to_is_a_share_of_gdp(facts) -> None:
    earlier = value_of(facts, "ally_share_gdp", 2021, "NATO 2024-06", "Bulgaria")
    later = value_of(facts, "ally_share_gdp", 2022, "NATO 2024-06", "Bulgaria")
    text = (f"Bulgaria's defence share, which was {earlier:.2f} percent in 2021, rose to "
            f"{later:.2f} percent in 2022.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{later:.2f} percent")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Bulgaria"
    assert row["status"] in ("consistent", "superseded")


def test_the_level_a_defence_share_of_a_budget_rose_to_is_no_share_of_gdp(facts) -> None:
    text = ("Bulgaria's defence share of the state budget, which was 5.1 percent in 2021, "
            "rose to 5.6 percent in 2022.")
    row = row_for(checked(text, AUTUMN_2024, facts), "5.6 percent")
    assert row["metric"] != "ally_share_gdp" and row["status"] != "differs"


# --- "X% procurement": the part of a defence budget that buys equipment --------------------------

def test_a_share_of_a_budget_spent_on_procurement_is_the_equipment_share(facts) -> None:
    share = value_of(facts, "ally_equipment_share", 2023, "NATO 2024-06", "Slovenia")
    text = (f"In 2023, NATO's figures show, Slovenia's defence budget went {share:.1f}% to "
            "procurement and development, and the rest to personnel and operations.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.1f}%")
    assert row["metric"] == "ally_equipment_share" and row["entity"] == "Slovenia"
    assert row["status"] in ("consistent", "superseded")


def test_a_share_that_went_to_buying_arms_is_the_equipment_share(facts) -> None:
    share = value_of(facts, "ally_equipment_share", 2023, "NATO 2024-06", "Hungary")
    text = (f"Of Hungary's military budget in 2023, {share:.1f}% was spent on the purchase of "
            "new weapons.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.1f}%")
    assert row["metric"] == "ally_equipment_share" and row["entity"] == "Hungary"


def test_a_share_of_the_procurement_itself_is_no_equipment_share(facts) -> None:
    text = "In 2023, 12% of Hungary's procurement went to drones, the ministry said."
    row = row_for(checked(text, AUTUMN_2024, facts), "12%")
    assert row["metric"] != "ally_equipment_share" and row["status"] != "differs"


# --- a government named by its ally's adjective, spending the share -------------------------------

def test_a_government_named_by_its_adjective_that_spends_owns_the_share(facts) -> None:
    share = value_of(facts, "ally_share_gdp", 2024, "NATO 2024-06", "Albania")
    text = (f"A visiting envoy from Paris commended the Albanian authorities in front of other "
            f"member countries for devoting {share:.2f}% of GDP to the army this year.")
    row = row_for(checked(text, AUTUMN_2024, facts), f"{share:.2f}%")
    assert row["metric"] == "ally_share_gdp" and row["entity"] == "Albania"
    assert row["status"] in ("consistent", "superseded")


def test_a_government_that_urges_the_alliance_to_spend_owns_no_share(facts) -> None:
    text = ("The Albanian government called on the alliance as a whole to keep spending "
            "2.4% of GDP.")
    row = row_for(checked(text, AUTUMN_2024, facts), "2.4%")
    assert row["entity"] != "Albania" and row["status"] != "differs"
