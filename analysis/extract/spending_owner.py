"""The ally whose spending a sentence names by the ally's adjective: "German defence spending",
"the Polish military budget", "die deutschen Verteidigungsausgaben", "les dépenses militaires
polonaises". Read by :mod:`analysis.brief.owner` in the figure's own clause only (a sentence may
go on to another owner: "American spending is 60% of NATO's total, which exceeds $1.6 trillion"),
as an ally's adjective before its GDP is read (``entity.economy_of_ally``). Imports data and
vocabulary only.
"""

from __future__ import annotations

import re

from analysis.data.ally_adjectives import FRENCH_ADJECTIVE_STEMS, GERMAN_ADJECTIVE_STEMS
from analysis.vocabulary import ALLY_ADJECTIVES


def _alternation(words: dict[str, str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The spending an adjective can own: defence or military spending, budget or expenditure.
_ENGLISH = re.compile(
    r"\b(" + _alternation(ALLY_ADJECTIVES) + r")\s+(?:defen[cs]e|military)\s+"
    r"(?:spending|budgets?|expenditures?|outlays?)\b")
_GERMAN = re.compile(
    r"\b(" + _alternation(GERMAN_ADJECTIVE_STEMS) + r")(?:e|en|er|es)?\s+[»«\"„“]?"
    r"(?:Verteidigungs|Militär|Rüstungs|Wehr)(?:ausgaben|etat|haushalt|budget)", re.I)
_FRENCH = re.compile(
    r"\b(?:dépenses|budgets?)\s+(?:de\s+(?:la\s+)?défense|militaires?)\s+("
    + _alternation(FRENCH_ADJECTIVE_STEMS) + r")(?:e|s|es|ne|nes)?\b", re.I)
_READINGS = ((_ENGLISH, ALLY_ADJECTIVES, False), (_GERMAN, GERMAN_ADJECTIVE_STEMS, True),
             (_FRENCH, FRENCH_ADJECTIVE_STEMS, True))
SPENDING_WORDS = ("spending", "budget", "expenditure", "outlay", "ausgaben", "etat",
                  "haushalt", "dépenses")


def spending_of_ally(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, ally) for each ally's adjective that owns the defence spending it stands in,
    from the adjective's start to the spending phrase's end."""
    lowered = sentence.lower()
    if not any(word in lowered for word in SPENDING_WORDS):
        return []
    found = []
    for pattern, allies, any_case in _READINGS:
        for match in pattern.finditer(sentence):
            word = match.group(1).lower() if any_case else match.group(1)
            found.append((match.start(1), match.end(), allies[word]))
    return sorted(found)
