"""A list of allies' troop numbers after a count of troops (unit rule ``listed_with_troops``):
each "<ally> with <number>" is the next item of the same list, and nothing else is."""

from __future__ import annotations

from analysis.extract.extractor import extract_figures


def units(text: str) -> dict[str, str]:
    figures = extract_figures(text)
    return dict(zip(figures["text"], figures["unit"], strict=True))


def test_each_ally_with_a_number_after_a_troop_count_counts_troops() -> None:
    found = units("Poland has 216,100 personnel. France follows with 205,700 personnel, then "
                  "Germany with 185,600, Italy with 171,400, and the United Kingdom with 138,100.")
    assert [found[n] for n in ("185,600", "171,400", "138,100")] == ["troops"] * 3


def test_a_number_with_no_ally_before_with_stays_a_count() -> None:
    found = units("The exercise brings 90,000 troops together, with 50 ships and 80 aircraft.")
    assert found["90,000 troops"] == "troops"
    assert found.get("50") != "troops"


def test_an_ally_with_a_number_after_money_is_not_troops() -> None:
    found = units("Poland spends $35 billion, then Germany with 98, Italy with 34.")
    assert "troops" not in (found.get("98"), found.get("34"))


def test_each_ally_then_a_bare_number_after_a_troop_count_counts_troops() -> None:
    found = units("France has about 204,700 military personnel, Germany 185,600 and Italy 171,400.")
    assert [found[n] for n in ("185,600", "171,400")] == ["troops"] * 2


def test_an_ally_then_a_bare_number_after_money_is_not_troops() -> None:
    found = units("Poland spends $35 billion, Germany 98 and Italy 34.")
    assert "troops" not in (found.get("98"), found.get("34"))


def test_allies_with_numbers_in_parentheses_after_a_troop_count_count_troops() -> None:
    found = units("The largest armies belong to Poland (216,100 personnel), France (204,700) and "
                  "Germany (185,600).")
    assert [found[n] for n in ("204,700", "185,600")] == ["troops"] * 2
