"""Where a figure's conjunct ends, for the year a figure refers to (:mod:`analysis.extract.years`):
"and" between a figure and the year after it, a participle that dates the figure, "and" closing
the conjunct before it. Imports only :mod:`analysis.foreign_words`."""

from __future__ import annotations

import re

from analysis.foreign_words import FOREIGN_AND_WORDS, GERMAN_VERB_PARTICLES

# "eclipsing the 2.69 percent reached in 2020": a year a participle right after the figure
# dates is the figure's own, however near another year stands before it.
PARTICIPLE_THEN_YEAR = re.compile(r"\s+(?:[a-z]+ed|seen|spent|hit|met)(?=\s+(?:in|during)\s+"
                                  r"(?:19|20)\d\d\b)")


# "10 countries met it in 2023 and three countries in 2014": a year that "and" alone parts from
# the figure closes the conjunct before it, when a year follows the figure in its own.
CONJUNCT_OPENS = re.compile(r"\s*,?\s*(?:and|but|while|whereas)\s+$")


# "In 2024 the ratio was 2.13% and in 2023 1.48%", Turkish "yüzde 2,13 ve 2023'te": a year
# that "and" (in any language read) opens right after the figure is the next conjunct's. Not
# the words for "and" that are also "in" or "a" elsewhere: Dutch "en" is Spanish and French
# "in" ("el 1,28% en 2024"), Latvian "un" French "a". A German verb's particle closing the
# figure's clause before "und" ends it as "und" alone does: "gibt dieses Jahr 2,4 Prozent aus
# und nächstes Jahr 2,8 Prozent".
AND_WORDS = "and|" + "|".join(word for word in FOREIGN_AND_WORDS if word not in ("en", "un"))
NEXT_CONJUNCT_OPENS = re.compile(
    r"\s*,?\s*(?:(?:" + "|".join(GERMAN_VERB_PARTICLES) + r")\s+(?=und\b))?(?:" + AND_WORDS
    + r")\s+(?:in\s+)?", re.I)
# Polish "i" (and) is the Nordic "in" of "i år", "i fjor": "3,35 prosent i år, mot 2,27 i fjor".
NORDIC_RELATIVE_YEAR = re.compile(r"(?<=\bi\s)(?:år(?!\w)(?!\s+(?:19|20)\d\d\b)|fjo[rl](?!\w))",
                                  re.I)


def opens_next_conjunct(text: str, end: int, time_start: int) -> bool:
    """Whether "and" alone parts the time starting at ``time_start`` from the figure ending at
    ``end``."""
    return 0 < time_start - end <= 12 and \
        NEXT_CONJUNCT_OPENS.fullmatch(text, end, time_start) is not None and \
        not NORDIC_RELATIVE_YEAR.match(text, time_start)


# "Norge brukte 1,5 prosent ... for to år siden, og i år 2,2 prosent", "Once Italy spent 1.1% of
# GDP; last year 1.5%": a time that "and" or a clause break opens right before another figure
# is that figure's, never the time of a figure before it.
TIME_OPENING_A_LATER_FIGURE_BEFORE = re.compile(
    r"(?:[;:]|,|\b(?:" + AND_WORDS + r"))\s+(?:in\s+|i\s+)?$", re.I)
FIGURE_RIGHT_AFTER = re.compile(r"\s*,?\s*[$€£]?\d")


def opens_a_later_figure(text: str, end: int, time_start: int, time_end: int) -> bool:
    """Whether the time at ``text[time_start:time_end]``, after the figure ending at ``end``, is
    opened by "and" or a clause break and followed at once by another figure."""
    return time_start >= end and FIGURE_RIGHT_AFTER.match(text, time_end) is not None and \
        TIME_OPENING_A_LATER_FIGURE_BEFORE.search(text, max(end, time_start - 12), time_start) \
        is not None


# "The 23 allies at 2% compare with 10 last year": a time after a comparison word that follows
# a figure is the compared figure's when it follows the word at once ("compared with 2023") or
# another figure stands between; not in "high compared with other allies in 2023".
COMPARED_AFTER = re.compile(r"\b(?:compared?\s+(?:with|to)|compares?\s+with|versus|vs\.)", re.I)
FIGURE_DIGIT = re.compile(r"(?<![\d.,])\d(?!\d{3}\b)")
# A change named as a noun before "from" compares the same way ("1.76% of GDP, which is a
# slight rise from 1.64% in 2021"): the year after the starting point is that point's.
CHANGE_NOUNS = ("rise", "increase", "improvement", "jump", "climb", "gain", "drop", "decline",
                "fall", "decrease", "dip")
_CHANGE_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|the|its|this)\s+(?:[a-z]+\s+)?(?:" + "|".join(CHANGE_NOUNS) + r")\s$", re.I)
_FROM = re.compile(r"from\b")


def changes_named_from(text: str, lo: int, hi: int) -> list[int]:
    """Where "from" after a change named as a noun ("a slight rise from") starts in
    ``text[lo:hi]`` (each "from" found in C, the noun looked for only before it)."""
    found = []
    at = text.find(" from ", lo, hi)
    while at >= 0:
        if _CHANGE_NOUN_BEFORE.search(text, max(lo, at - 24), at + 1):
            found.append(at + 1)
        at = text.find(" from ", at + 5, hi)
    return found


def time_of_the_compared(text: str, compared_at: int, time_start: int) -> bool:
    """Whether the time at ``time_start`` dates the figure compared after the comparison word at
    ``compared_at``, not the figure before that word."""
    word = COMPARED_AFTER.match(text, compared_at) or _FROM.match(text, compared_at)
    gap = text[word.end() if word else compared_at:time_start]
    return not gap.strip() or FIGURE_DIGIT.search(gap) is not None
