"""A year written inside another figure's parenthesis dates that figure only (issue 9).

"Regno Unito con 90,5 miliardi di euro (2,40% del Pil), ..., Germania con oltre 93,7 miliardi
(dato del 2024, pari al 2% del Pil), Italia con 45,3 miliardi (2,01%)": the 2024 is Germany's
2%, an older figure than the rest of the list, not the year of the United Kingdom's 2,40% or
Italy's 2,01%. The same holds in English ("Germany with 93.7 billion (2024 data, 2% of GDP)").
The rules are :data:`PARENTHESIS_YEAR_RULES`, each with an example;
:func:`year_of_another_parenthesis` applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ParenthesisYearRule:
    """One reading of a year inside a parenthesis, with the sentence it must read right."""

    name: str
    example: str
    figure: str  # a figure of the example the year is not of
    year: int


PARENTHESIS_YEAR_RULES = (
    ParenthesisYearRule(
        "year_with_another_figure",
        "Fra gli alleati europei spiccano Regno Unito con 90,5 miliardi di euro (2,40% del Pil), "
        "Germania con oltre 93,7 miliardi (dato del 2024, pari al 2% del Pil), Italia con 45,3 "
        "miliardi (2,01%).", "2,40%", 2024),
)

# A parenthesis that gives a figure of its own besides a year: a number that is no year.
PARENTHESIS = re.compile(r"\(([^()]*)\)")
OTHER_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]\d))\d[\d.,]*")


def year_of_another_parenthesis(year: int, sentence: str, at: int, surface: str) -> bool:
    """True when ``year`` stands in ``sentence`` only inside parentheses that also give another
    figure and do not hold the figure at ``at`` (module doc)."""
    if at < 0:
        return False
    written = str(year)
    outside = PARENTHESIS.sub(lambda m: " " * len(m.group()), sentence)
    if re.search(rf"(?<!\d){written}(?!\d)", outside):
        return False
    holding = [m for m in PARENTHESIS.finditer(sentence)
               if re.search(rf"(?<!\d){written}(?!\d)", m.group(1))]
    if not holding:
        return False
    return all(not m.start() < at < m.end() and OTHER_NUMBER.search(m.group(1))
               for m in holding)
