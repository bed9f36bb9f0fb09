"""A sentence that is only a list of counts, then a sentence naming an exercise: the list gives
that exercise's numbers.

"10.000 manschappen, 250 vliegtuigen, 12 dagen, 6 luchtmachtbasissen en 25 landen. Met
duizelingwekkende cijfers kroont operatie 'Air Defender 2023' zich als grootste luchtoefening"
(De Standaard, June 2023) opens on the exercise's figures and names it only after them, as a fact
box does ("Plus de 50 navires, 80 avions et 1 100 véhicules."). A list of three or more counts
with no other word, no verb, cannot be about anything else the next sentence names.
"""

from __future__ import annotations

import re

from analysis.foreign_words import AND_ANY_LANGUAGE
from analysis.vocabulary import find_exercise

# One count: up to two words before the number ("plus de", "mehr als"), a number (with a space
# between thousands, "1 100"), then one or two words of its noun.
COUNT_ITEM = (r"(?:[^\W\d_]+\s+){0,2}\d[\d.,]*(?:\s\d{3})*\s+[^\W\d_][\w'’-]*"
              r"(?:\s+[^\W\d_][\w'’-]*)?")
ITEM_SEPARATOR = r"\s*(?:,|\s" + AND_ANY_LANGUAGE + r"\s)\s*"
# Three counts or more, and nothing else.
ONLY_COUNTS = re.compile(rf"\W*{COUNT_ITEM}(?:{ITEM_SEPARATOR}{COUNT_ITEM}){{2,}}\s*[.!]?\s*",
                         re.I)
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def exercise_after_a_list(sentence: str, following: str, exercises: list[str]) -> str | None:
    """The exercise of ``exercises`` that the sentence right after ``sentence`` names, when
    ``sentence`` is only a list of counts (``following``: the text after it); else None."""
    if not ONLY_COUNTS.fullmatch(sentence):
        return None
    end = SENTENCE_END.search(following.lstrip(), 1)
    next_sentence = following.lstrip()[:end.end() if end else 300]
    return find_exercise(next_sentence, exercises)
