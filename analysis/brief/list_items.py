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
    # the word before the list's last figure, the list after the allies' own: "Deutschland
    # erzielte 1,66 Prozent, während Spanien, Belgien und Luxemburg mit Quoten von 1,24 Prozent,
    # 1,21 Prozent respektive 1,01 Prozent das Schlusslicht bilden"
    ListItemRule("respectively_before_the_last",
                 "Germany reached 1.66%, while Spain, Belgium and Luxembourg trail with 1.24%, "
                 "1.21% respectively 1.01%.", "1.21%", "Belgium"),
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
# "respectively" in English and the other languages: German, Swedish, Norwegian, Danish and Czech
# "respektive", Spanish and Portuguese "respectivamente", "respetivamente", French
# "respectivement", Italian "rispettivamente", Dutch "respectievelijk", Romanian "respectiv",
# Greek "αντίστοιχα", Polish "odpowiednio".
RESPECTIVELY = re.compile(r"\b(?:respectively|respektive|respe(?:c)?tivamente|respectivement"
                          r"|rispettivamente|respectievelijk|respectiv|αντίστοιχα|odpowiednio)\b",
                          re.I)
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


# Between two figures of a list: a unit word or two, a comma, "and", an article ("consacrent
# respectivement 4,1 % et 3,4 %", "el 1,4% y el 1,3%", "l'1,4% e l'1,3%", Polish "77,1 tysiąca
# oraz 66,6 tysiąca").
ARTICLES = r"(?:(?:the|el|la|le|il|un|una)\s+|l['’])"
LIST_GAP = (rf"(?:\s+[^\W\d_]+){{0,2}}?\s*,?\s*"
            rf"(?:(?:and|und|et|y|e|i|en|og|och|oraz)\s+|{ARTICLES})*")
FIGURES_THEN_GAPS = re.compile(rf"\s*{ARTICLES}?(?:(?:{FIGURE.pattern}){LIST_GAP})*")
NEXT_IN_LIST = re.compile(LIST_GAP + FIGURE.pattern)


def _list_end_after_the_word_before(sentence: str, at: int, end: int) -> int | None:
    """Where the list ends whose "respectively" stands before it and the figure at ``at``
    ("consacrent respectivement 4,1 % et 3,4 %", "1,21 Prozent respektive 1,01 Prozent"), only
    figures and what joins them between; else None."""
    words = list(RESPECTIVELY.finditer(sentence, max(0, at - 80), at))
    if not words or FIGURES_THEN_GAPS.fullmatch(sentence, words[-1].end(), at) is None:
        return None
    following = NEXT_IN_LIST.match(sentence, end)
    while following:
        end = following.end()
        following = NEXT_IN_LIST.match(sentence, end)
    return end


def respective_item(sentence: str, at: int, surface: str) -> str | None:
    """"A and B with x and y respectively" (or "A, B and C with x, y respectively z"): the ally
    in the figure's place, when as many allies as the list has figures are named after the
    figure before the list and before its first one, and none between its figures."""
    end = at + len(surface)
    list_end = _list_end_after_the_word_before(sentence, at, end)
    word = RESPECTIVELY.search(sentence, end) if list_end is None else None
    if word is not None:
        following = FIGURE.match(sentence, word.end() + 1) if \
            sentence[word.end():word.end() + 1] == " " else None
        list_end = following.end() if following else word.start()
    if list_end is None:
        return None
    allies = [m for m in ALLY_RE.finditer(sentence[:list_end]) if allies_named(m.group())]
    if not allies or allies[-1].end() > at:
        return None
    figures = list(FIGURE.finditer(sentence[:list_end]))
    listed = [m for m in figures if m.start() >= allies[-1].end()]
    before = [m for m in figures if m.end() <= allies[-1].start()]
    mine = [i for i, m in enumerate(listed) if at <= m.start() < end]
    if len(listed) < 2 or len(mine) != 1:
        return None
    start = before[-1].end() if before else 0
    named = list(dict.fromkeys(name for m in ALLY_RE.finditer(sentence[start:listed[0].start()])
                               for name in allies_named(m.group())))
    if len(named) != len(listed):
        return None
    return named[mine[0]]
