"""Which words around an exercise's count describe that count, not another part of the sentence.

:func:`analysis.brief.exercise_contribution.part_of_exercise` reads a nationality near a count as
one country's contribution; these readings keep it to the count's own phrase: in "Britain provides
20,000 out of 90,000 troops" the words before "out of" are the part's, and in "90,000 troops
overall, with 16,000 British troops" the words past the comma belong to another phrase.
"""

from __future__ import annotations

import re

# "20,000 out of 90,000", "20,000 out of a total of 90,000": the second number is the whole the
# first is a part of, whoever the sentence names for the part.
PART_OUT_OF = re.compile(r"\d[\d,. ]*(?:\s+[a-z]+)?\s+out\s+of\s+(?:a\s+total\s+of\s+|the\s+)?"
                         r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$", re.I)
# After the count, its own phrase ends at a comma or another number ("involving 90,000 troops
# overall, with 16,000 British troops"; "involve 90,000 troops, will test how US troops").
PHRASE_END = re.compile(r",|\d")
# "the exercise involving 90,000 troops overall": the count says it is the whole, whatever ally
# the sentence named before it ("vehicles transported to Poland for the exercise involving").
WHOLE_AFTER = re.compile(r"\s*(?:overall|in\s+total|in\s+all|altogether|all\s+told)\b", re.I)


def blank(text: str, start: int, end: int) -> str:
    """``text`` with ``start:end`` blanked, so that the offsets of the rest stay."""
    return text[:start] + " " * (end - start) + text[end:]


def without_the_part_before(sentence: str, at: int) -> str:
    """The sentence with the words before "N out of" blanked when the count is the whole."""
    if at < 0:
        return sentence
    part = PART_OUT_OF.search(sentence[max(0, at - 60):at])
    return blank(sentence, 0, at) if part else sentence


def own_phrase_after(sentence: str, at: int, surface: str) -> str:
    """The sentence with everything after the count's own phrase blanked."""
    if at < 0:
        return sentence
    end = at + len(surface)
    stop = PHRASE_END.search(sentence, end)
    return blank(sentence, stop.start(), len(sentence)) if stop else sentence


def marked_whole(sentence: str, at: int, surface: str) -> bool:
    """Whether the words right after the count call it the whole ("90,000 troops overall")."""
    return at >= 0 and bool(WHOLE_AFTER.match(sentence, at + len(surface)))
