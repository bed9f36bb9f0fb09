"""What a parenthesis names belongs to the figures inside it (issue 9): its year and its allies.

"Regno Unito con 90,5 miliardi di euro (2,40% del Pil), ..., Germania con oltre 93,7 miliardi
(dato del 2024, pari al 2% del Pil), Italia con 45,3 miliardi (2,01%)": the 2024 is Germany's
2%, an older figure than the rest of the list, not the year of the United Kingdom's 2,40% or
Italy's 2,01%. The same holds in English ("Germany with 93.7 billion (2024 data, 2% of GDP)").
"la spesa italiana è stata pari all'1,5 per cento del Pil (a fronte di un valore superiore al 2
per cento di Francia e Germania ...)", "Italian spending was 1.5 percent of GDP (against over 2
percent for France and Germany)": France, named in the parenthesis that compares, is not the
owner of the 1.5 before it.
The rules are :data:`PARENTHESIS_YEAR_RULES` and :data:`PARENTHESIS_OWNER_RULES`, each with an
example; :func:`year_of_another_parenthesis` and :func:`outside_other_parentheses` apply them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ParenthesisYearRule:
    """One reading of a year inside a parenthesis, with the sentence it must read right."""

    name: str
    example: str
    figure: str  # a figure of the example the parenthesis's year or allies are not of
    year: int  # the year in the parenthesis (0: a rule of allies)


PARENTHESIS_YEAR_RULES = (
    ParenthesisYearRule(
        "year_with_another_figure",
        "Fra gli alleati europei spiccano Regno Unito con 90,5 miliardi di euro (2,40% del Pil), "
        "Germania con oltre 93,7 miliardi (dato del 2024, pari al 2% del Pil), Italia con 45,3 "
        "miliardi (2,01%).", "2,40%", 2024),
)

PARENTHESIS_OWNER_RULES = (
    ParenthesisYearRule(
        "ally_in_a_comparing_parenthesis",
        "Italian spending was 1.5 percent of GDP (against over 2 percent for France and "
        "Germany), up from 1.1 percent in 2014.", "1.5 percent", 0),
    ParenthesisYearRule(
        "ally_in_an_aside_set_off_by_dashes",
        "Only eleven allies — now 32 with Sweden’s entry — will spend two percent of "
        "their GDP on defence this year.", "two percent", 0),
)

# A parenthesis that gives a figure of its own besides a year: a number that is no year.
PARENTHESIS = re.compile(r"\(([^()]*)\)")
# "eleven allies — now 32 with Sweden's entry — will spend": an aside set off by a pair of dashes.
# A dash right before a figure links an ally to it ("Estonia — 2.7%, Germany — 1.6%", as Russian
# and Ukrainian lists write them): it opens no aside.
DASH_ASIDE = re.compile(r"\s[—–]\s(?!\d)[^—–()]{1,120}?\s[—–]\s")
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


def outside_other_parentheses(sentence: str, at: int) -> str:
    """``sentence`` with every parenthesis, or aside set off by a pair of dashes, that does not
    hold offset ``at`` blanked (same length), so that the allies it names are no owner of the
    figure at ``at``."""
    if at < 0 or ("(" not in sentence and "—" not in sentence and "–" not in sentence):
        return sentence
    for aside in (PARENTHESIS, DASH_ASIDE):
        sentence = aside.sub(lambda m: m.group() if m.start() < at < m.end()
                             else " " * len(m.group()), sentence)
    return sentence
