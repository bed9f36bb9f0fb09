"""Price basis and growth basis: compare a figure only with NATO values on the same basis.

NATO publishes money both at current prices and at constant 2015 prices, and growth both nominal
and real. An article rarely says which; then the figure is compared on each basis NATO publishes
and the brief says which one agrees (:func:`bases_for`). A NATO statement that does not name its
basis either (the Secretary General's "380 billion US dollars" of February 2024) is read on the
basis of NATO's next tables whose value for the same year is nearest (:func:`with_statement_bases`),
so that a later release on the same basis, not the other one, decides whether it was revised.
A statement no later table places on either basis, of a year earlier tables give (the annual
report of April 2025's "around $1.3 trillion" for 2024, 12% below June 2024's current-price
estimate, with no table after it), is of unknown basis: it may confirm a figure, never revise
or contradict one (:func:`agreeing_or_known_basis`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from analysis.brief import match

CONSTANT = "_constant2015"
# key -> the keys of the same quantity on each basis, the basis named for the reader.
BASES = {
    "nato_europe_defence_spending": (("nato_europe_defence_spending", "current prices"),
                                     ("nato_europe_defence_spending_constant2015",
                                      "constant 2015 prices")),
    "europe_canada_defence_spending": (("europe_canada_defence_spending", "current prices"),
                                       ("europe_canada_defence_spending_constant2015",
                                        "constant 2015 prices")),
    # NATO's data has an ally's and the alliance's spending at current prices only: without a
    # stated basis a figure that disagrees may be at constant prices (see check._check_one).
    "ally_defence_spending": (("ally_defence_spending", "current prices"),
                              ("ally_defence_spending_constant2015", "constant 2015 prices")),
    "nato_total_defence_spending": (("nato_total_defence_spending", "current prices"),
                                    ("nato_total_defence_spending_constant2015",
                                     "constant 2015 prices")),
    "europe_canada_defence_spending_change": (
        ("europe_canada_defence_spending_change", "growth as NATO stated it"),
        ("europe_canada_defence_spending_real_change", "real growth (constant prices)")),
    "defence_spending_change": (
        ("defence_spending_change", "growth as NATO stated it"),
        ("nato_total_defence_spending_real_change", "real growth (constant prices)")),
}
STATED = {"current": 0, "constant2015": 1}
# The keys of money on either price basis (not growth): a figure without a stated basis may be
# on one only a later release bundles (:func:`analysis.brief.verdict.on_unbundled_basis`).
PRICE_BASIS_KEYS = frozenset(key for options in BASES.values() if options[1][0].endswith(CONSTANT)
                             for key, _ in options)


@dataclass(frozen=True)
class Basis:
    key: str
    label: str


def bases_for(key: str, stated: str) -> list[Basis]:
    """The keys a figure of ``key`` is compared under: the stated basis only, else each."""
    options = BASES.get(key)
    if not options:
        return [Basis(key, "")]
    if stated in STATED and options[1][0].endswith(CONSTANT):
        chosen = options[STATED[stated]]
        return [Basis(chosen[0], chosen[1] + " (as the article states)")]
    return [Basis(k, label) for k, label in options]


def with_statement_bases(facts: pd.DataFrame) -> pd.DataFrame:
    """Statements of a money total without a stated basis moved to the basis of NATO's next
    tables whose value for the same year and entity is nearest; the quote says so. Facts
    already placed (a ``basis_unknown`` column) are returned as they are: a caller checking
    many texts places them once."""
    if "basis_unknown" in facts.columns:
        return facts
    keys = [(options[0][0], options[1][0]) for options in BASES.values()
            if options[1][0].endswith(CONSTANT)]
    facts = facts.assign(basis_unknown=False)
    for current_key, constant_key in keys:
        statements = facts[(facts["key"] == current_key) & (facts["origin"] == "headline")]
        for index, fact in statements.iterrows():
            current = _nearest_later(facts, current_key, fact)
            constant = _nearest_later(facts, constant_key, fact)
            if constant is None:
                # tables of the same year exist, yet none after it places it on a basis
                facts.loc[index, "basis_unknown"] = current is None and _tabled(
                    facts, (current_key, constant_key), fact)
                continue
            value = float(fact["value"])
            if current is None or abs(constant - value) < abs(current - value):
                facts.loc[index, "key"] = constant_key
                facts.loc[index, "quote"] = (
                    f"{fact['quote']} [no price basis stated; read at constant 2015 prices, "
                    "nearest NATO's next tables]")
    return facts


def _tabled(facts: pd.DataFrame, keys: tuple[str, str], fact: pd.Series) -> bool:
    # Whether NATO's tables give the statement's year and entity on either basis at any date.
    return bool(((facts["key"].isin(keys)) & (facts["origin"] != "headline")
                 & (facts["year"] == fact["year"]) & (facts["entity"] == fact["entity"])).any())


def _nearest_later(facts: pd.DataFrame, key: str, fact: pd.Series) -> float | None:
    # NATO's first table value for the same year and entity on or after the statement.
    rows = facts[(facts["key"] == key) & (facts["origin"] != "headline")
                 & (facts["year"] == fact["year"]) & (facts["entity"] == fact["entity"])]
    when = fact["release_date"]
    if rows.empty or not isinstance(when, date):
        return None
    dated = rows[rows["release_date"].map(lambda d: isinstance(d, date) and d >= when)]
    if dated.empty:
        return None
    first = dated.loc[dated["release_date"].map(date.toordinal).idxmin()]
    return float(first["value"])


def agreeing_or_known_basis(candidates: pd.DataFrame, interval: match.Interval,
                            value: float, unit: object) -> pd.DataFrame:
    """The facts a figure is judged against, less those of unknown basis it disagrees with
    beyond a small revision (:func:`analysis.brief.match.small_revision`): "around $1.3
    trillion" of unknown basis neither revises nor contradicts "1.47 trillion" at current
    prices, but still confirms "1.3 trillion"; "486 billion" beside a statement's 485 is the
    same basis, rounded otherwise."""
    if "basis_unknown" not in candidates.columns or not candidates["basis_unknown"].any():
        return candidates
    unknown = candidates["basis_unknown"].astype(bool)
    near = candidates.apply(lambda fact: match.consistent(interval, match.allowed_interval(
        float(fact["value"]), fact["qualifier"], fact["unit"]))
        or match.small_revision(value, fact["value"], unit), axis=1)
    return candidates[~unknown | near]
