"""Lists of allies' shares under a heading in other languages (issue 9)."""

from __future__ import annotations

from datetime import date

from tests.brief.conftest import checked, row_for

# TT (Swedish), March 2023: NATO's annual report for 2022, each share with its change from 2021.
HEADING = ("Så här mycket lade Natoländerna på sitt försvar 2022, i procent av sin BNP "
           "(förändring i procentenheter jämfört med 2021 inom parentes):\n\n")
ITEMS = "Grekland: 3,54 (-0,16)\n\nLitauen: 2,47 (+0,50)\n\nLettland: 2,07 (+-0)\n"


def test_a_foreign_heading_gives_its_items_the_year_and_share_of_gdp(facts) -> None:
    table = checked(HEADING + ITEMS, date(2023, 3, 21), facts)
    greece, latvia = row_for(table, "3,54"), row_for(table, "2,07")
    # the heading's year outside its parentheses: 2021 only dates the changes
    assert (greece["entity"], greece["year"], greece["metric"]) == ("Greece", 2022,
                                                                   "ally_share_gdp")
    assert latvia["entity"] == "Latvia" and latvia["year"] == 2022
    assert greece["status"] != "unmatched"


def test_the_change_in_parentheses_is_not_a_share(facts) -> None:
    table = checked(HEADING + ITEMS, date(2023, 3, 21), facts)
    change = row_for(table, "-0,16")
    assert change["metric"] != "ally_share_gdp" and change["status"] == "unmatched"


def test_a_heading_without_a_share_of_gdp_gives_nothing(facts) -> None:
    heading = HEADING.replace("i procent av sin BNP", "i miljarder kronor")
    row = row_for(checked(heading + ITEMS, date(2023, 3, 21), facts), "3,54")
    assert row["metric"] != "ally_share_gdp"
