"""Money in a list the sentence began: "Germany spends the most at $97.7 billion, followed by
Britain at $82.1 billion", "$968 billion from the United States and $507 billion from European
nations and Canada". An item takes its meaning (defence spending, or not) from the list's first
amount. Imports only ``re``.
"""

from __future__ import annotations

import re

# "Germany spends the most at $97.7 billion, followed by Britain at $82.1 billion and France at
# $64 billion": an ally heading the next item of a list of money the sentence began.
ITEM_HEAD_BEFORE = re.compile(r"(?:\bfollowed\s+by|\bthen|,|\band)\s+(?:the\s+)?[A-Z][\w.’'-]*"
                              r"(?:\s+[A-Z][\w.’'-]*){0,2}\s+(?:at|with|on)?\s*$")
# "... $968 billion from the United States and $507 billion from European nations": the item
# before names whom its amount comes from, after it.
SOURCED_ITEM_BEFORE = re.compile(r"\d\s*(?:trillion|billion|bn|million)?\s+from\s+(?:the\s+)?"
                                 r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+and\s+(?:about\s+)?\S*$")
# "$968 billion", "€1.2bn": an amount with its currency written before it
AMOUNT_IN_CURRENCY = r"(?:\$|USD|€|EUR|£)\s?\d[\d.,]*\s*(?:trillion|billion|bn|million)?"
MONEY_BEFORE = re.compile(AMOUNT_IN_CURRENCY + r"|\d[\d.,]*\s*(?:trillion|billion|bn)\b", re.I)


# "..., and France $20 billion on pensions": the item names a purpose of its own.
OTHER_PURPOSE_AFTER = re.compile(r"^[^,;]{0,25}?\b(?:on|for)\s+(?!defen[cs]e\b|(?:the\s+)?"
                                 r"(?:military|armed\s+forces|armies|arms)\b)[a-z]", re.I)


def spending_list_continued(sentence: str, at: int, surface: str = "") -> str:
    """The sentence up to the list's first amount when the figure at ``at`` is an ally's next
    item of a list of money and names no purpose of its own, else ''."""
    if at < 0 or not (ITEM_HEAD_BEFORE.search(sentence[max(0, at - 50):at])
                      or SOURCED_ITEM_BEFORE.search(sentence[max(0, at - 80):at])) or \
            OTHER_PURPOSE_AFTER.search(sentence[at + len(surface):]):
        return ""
    first = MONEY_BEFORE.search(sentence[:at])
    return sentence[:first.start()] if first else ""


# "are expected to spend $607 billion in 2025, up from $516 billion in 2024 and $419 billion in
# 2023": the amounts a rise or fall starts from are the same quantity's in earlier years.
ROUGHLY = r"(?:(?:about|around|some|nearly)\s+)?"
EARLIER_AMOUNTS_BEFORE = re.compile(
    r"\b(?:up|down|rising|falling|rose|fell|increas\w*|decreas\w*|grew|growing)\s+from\s+"
    rf"{ROUGHLY}(?:{AMOUNT_IN_CURRENCY}(?:\s+(?:in|for)\s+(?:19|20)\d\d)?\s*"
    rf"(?:,\s*(?:and\s+)?|and\s+){ROUGHLY})*$", re.I)


def earlier_amount_start(sentence: str, at: int) -> int:
    """Where the amount a rise or fall is measured against starts, when the money at ``at`` is
    that quantity in an earlier year ("$607 billion in 2025, up from $516 billion"), else -1."""
    if at < 0:
        return -1
    window = max(0, at - 160)
    found = EARLIER_AMOUNTS_BEFORE.search(sentence, window, at)
    amounts = list(MONEY_BEFORE.finditer(sentence, 0, found.start())) if found else []
    return amounts[-1].start() if amounts else -1
