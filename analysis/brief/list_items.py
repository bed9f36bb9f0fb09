"""One ally per list item, for every per-ally metric (issue 9): dollars, personnel, shares.

News lists allies' figures in one sentence: "such as Germany (USD 97 billion), the United
Kingdom (USD 82 billion), and France (USD 64 billion)", "Spain and Greece with 117,400 and
110,800 soldiers respectively". The owner of each item is the ally of its own item, not the ally
or group the sentence names nearest before it ("other Western European nations such as Germany
(USD 97 billion)" is Germany's, not Europe's; "Spain and Greece with 117,400" is Spain's).

The rules are :data:`LIST_ITEM_RULES`, each with an example; :func:`item_ally` applies them to one
figure (its sentence and its offset there); :data:`EQUIPMENT_LIST_RULES` and
:func:`equipment_item_ally` read allies ranked by their equipment share. Shares of GDP listed
bare ("Estonia (3.41)") are read by :mod:`analysis.brief.series`, which also makes them shares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.entity import ALLY_RE, allies_named
from analysis.extract.other_languages import EQUIPMENT_WORDS
from analysis.extract.patterns import LISTED_SHARE_OTHER


@dataclass(frozen=True)
class ListItemRule:
    """One reading of a list item, with the sentence it must read right."""

    name: str
    example: str
    figure: str  # the example's figure, read as ``ally``'s
    ally: str


LIST_ITEM_RULES = (
    ListItemRule("ally_then_parenthesis",
                 "This is less than other major Western European nations such as Germany (USD 97 "
                 "billion), the United Kingdom (USD 82 billion), and France (USD 64 billion).",
                 "USD 82 billion", "United Kingdom"),
    ListItemRule("respectively",
                 "Other notable mentions include Spain and Greece with 117,400 and 110,800 "
                 "soldiers respectively.", "117,400", "Spain"),
)

# Allies ranked by their equipment share after the sentence that gave the first one: "Polsko v
# roce 2025 vyčlení 54,4 % svého obranného rozpočtu na vybavení ... Za ním následuje Lucembursko
# (53,4 %), Finsko (46 %) a Litva (45,8 %)" (Czech), "It is followed by Luxembourg (53.4%),
# Finland (46%) and Lithuania (45.8%)": each item is its ally's share of spending on equipment.
EQUIPMENT_LIST_RULES = (
    ListItemRule("equipment_ranked_in_parentheses",
                 "Poland will spend 54.4% of its defence budget on equipment, the highest share. "
                 "It is followed by Luxembourg (53.4%), Finland (46%) and Lithuania (45.8%).",
                 "46%", "Finland"),
)
EQUIPMENT = re.compile(r"\b(?:equipment" + EQUIPMENT_WORDS + r")\b", re.I)
# A share in parentheses right after an ally: "Finland (46%)", "Finsko (46 %)".
PARENTHESISED_SHARE = re.compile(rf"(?:{ALLY_RE.pattern})\s*\(\s*\d+(?:[.,]\d+)?\s*%\s*\)")
# A share in the sentence before: the equipment share the ranking continues.
SHARE = re.compile(r"\d\s*(?:%|per\s?cent|percent|proc\.|procent)", re.I)


def equipment_item_ally(sentence: str, at: int, surface: str, previous_sentence: str) -> str | None:
    """The ally whose equipment share the figure at ``at`` is, as an item "Ally (X%)" of a
    ranking of two or more allies that the sentence before began with an equipment share; else
    None. The sentence itself names no other measure than equipment."""
    if at < 0 or not surface or len(PARENTHESISED_SHARE.findall(sentence)) < 2:
        return None
    if not (EQUIPMENT.search(previous_sentence) and SHARE.search(previous_sentence)) or \
            LISTED_SHARE_OTHER.search(EQUIPMENT.sub(" ", sentence)):
        return None
    return parenthesis_item(sentence, at, surface)


# "Germany (", "the United Kingdom (": the ally right before its figure, then an opening
# parenthesis; the figure is the whole parenthesis ("(USD 97 billion)", not "(USD 97 billion
# in 2024, up from ...)").
ITEM_BEFORE = re.compile(rf"(?:{ALLY_RE.pattern})\s*\(\s*$")
ITEM_CLOSES = re.compile(r"^\s*\)")
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# A figure of a list paired "respectively": a number, with its currency and scale, not a year.
FIGURE = re.compile(r"(?<![\w.,])(?:(?:US)?\$\s?|€\s?|£\s?|USD\s|EUR\s)?(?!(?:19|20)\d\d\b)"
                    r"\d[\d,.]*(?:\s*(?:%|per\s?cent\b|percent\b|trillion\b|billion\b|bn\b|"
                    r"million\b))?")


def item_ally(sentence: str, at: int, surface: str) -> str | None:
    """The ally whose figure the one at ``at`` is, as an item of a list of allies' figures
    (module doc), else None."""
    if at < 0 or not surface:
        return None
    return parenthesis_item(sentence, at, surface) or respective_item(sentence, at, surface)


def parenthesis_item(sentence: str, at: int, surface: str) -> str | None:
    """"Germany (USD 97 billion)": the ally before the parenthesis the figure fills."""
    found = ITEM_BEFORE.search(sentence[max(0, at - 40):at])
    if not found or not ITEM_CLOSES.match(sentence[at + len(surface):]):
        return None
    named = allies_named(found.group())
    return named.pop() if len(named) == 1 else None


def respective_item(sentence: str, at: int, surface: str) -> str | None:
    """"A and B with x and y respectively": the ally in the figure's place, when as many allies
    as figures are named before the first figure and none after it."""
    end = at + len(surface)
    later = RESPECTIVELY.search(sentence, end)
    if not later:
        return None
    figures = [m for m in FIGURE.finditer(sentence[:later.start()])]
    mine = [i for i, m in enumerate(figures) if at <= m.start() < end]
    if len(figures) < 2 or len(mine) != 1:
        return None
    first = figures[0].start()
    named = list(dict.fromkeys(name for m in ALLY_RE.finditer(sentence[:first])
                               for name in allies_named(m.group())))
    if len(named) != len(figures) or ALLY_RE.search(sentence[first:later.start()]):
        return None
    return named[mine[0]]
