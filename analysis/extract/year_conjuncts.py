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
NEXT_CONJUNCT_OPENS = re.compile(
    r"\s*,?\s*(?:(?:" + "|".join(GERMAN_VERB_PARTICLES) + r")\s+(?=und\b))?(?:and|"
    + "|".join(word for word in FOREIGN_AND_WORDS if word not in ("en", "un"))
    + r")\s+(?:in\s+)?", re.I)
# Polish "i" (and) is the Nordic "in" of "i år", "i fjor": "3,35 prosent i år, mot 2,27 i fjor".
NORDIC_RELATIVE_YEAR = re.compile(r"(?<=\bi\s)(?:år|fjo[rl])(?!\w)", re.I)


def opens_next_conjunct(text: str, end: int, time_start: int) -> bool:
    """Whether "and" alone parts the time starting at ``time_start`` from the figure ending at
    ``end``."""
    return 0 < time_start - end <= 12 and \
        NEXT_CONJUNCT_OPENS.fullmatch(text, end, time_start) is not None and \
        not NORDIC_RELATIVE_YEAR.match(text, time_start)
