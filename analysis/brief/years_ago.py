"""A time counted back from the source's date ("ten years ago"), in the languages the brief reads.

"4,5 % HDP, což představuje nárůst oproti 3,8 % v roce 2024 a 2,2 % před deseti lety": the
2,2 % is of ten years before the article, not of the 2024 the sentence also names (issue 9). The
brief leaves such a figure undated (:func:`analysis.brief.figure_year.figure_year`): N years ago
is about, not exactly, the published year minus N, which :func:`year_counted_back` still reads.
Rules as data: one pattern per language, with an example; the number words are read by
:data:`NUMBER_WORDS`.
"""

from __future__ import annotations

import re
from datetime import date

# Number words (lower case) of the relative pasts below, by value; "decade" is ten.
NUMBER_WORDS: dict[str, int] = {
    # English
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "a decade": 10, "decade": 10, "a dozen": 12,
    # Czech / Slovak (the instrumental after "před", "pred")
    "rokem": 1, "dvěma": 2, "dvoma": 2, "třemi": 3, "tromi": 3, "čtyřmi": 4, "štyrmi": 4,
    "pěti": 5, "piatimi": 5, "deseti": 10, "desiatimi": 10, "desetiletím": 10,
    # German (the dative after "vor")
    "einem": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "zehn": 10, "einem jahrzehnt": 10,
    # French, Spanish, Italian, Portuguese
    "un": 1, "une": 1, "deux": 2, "trois": 3, "cinq": 5, "dix": 10, "une décennie": 10,
    "dos": 2, "tres": 3, "cinco": 5, "diez": 10, "una década": 10, "uno": 1,
    "due": 2, "tre": 3, "dieci": 10, "un decennio": 10,
    "dois": 2, "três": 3, "dez": 10, "uma década": 10,
    # Polish
    "dwa": 2, "trzy": 3, "pięć": 5, "dziesięć": 10, "dekadę": 10,
}
_NUMBER = r"(\d{1,2}|[^\W\d]+(?:\s+[^\W\d]+)?)"

# Each rule: (language, pattern with the count as group 1, example). A pattern with no group is
# one year ("a year ago", "vor einem Jahr" read through NUMBER_WORDS).
RELATIVE_PAST_RULES: tuple[tuple[str, str, str], ...] = (
    # "ago", not "earlier" or "before": those count back from another time the sentence names
    ("en", rf"\b{_NUMBER}\s+years?\s+ago\b", "2.2% ten years ago"),
    ("en", r"\b(a\s+decade)\s+ago\b", "1.9% a decade ago"),
    ("cs", rf"\bp[řr]ed\s+{_NUMBER}\s+(?:lety|rokmi|rokem)\b", "2,2 % před deseti lety"),
    ("cs", r"\bp[řr]ed\s+(desetiletím)\b", "2,2 % před desetiletím"),
    ("de", rf"\bvor\s+{_NUMBER}\s+(?:Jahren|Jahr)\b", "2,2 % vor zehn Jahren"),
    ("de", r"\bvor\s+(einem\s+Jahrzehnt)\b", "1,9 % vor einem Jahrzehnt"),
    ("fr", rf"\bil\s+y\s+a\s+{_NUMBER}\s+ans?\b", "2,2 % il y a dix ans"),
    ("fr", r"\bil\s+y\s+a\s+(une\s+décennie)\b", "1,9 % il y a une décennie"),
    ("es", rf"\bhace\s+{_NUMBER}\s+años?\b", "2,2 % hace diez años"),
    ("es", r"\bhace\s+(una\s+década)\b", "1,9 % hace una década"),
    ("it", rf"\b{_NUMBER}\s+anni\s+fa\b", "2,2% dieci anni fa"),
    ("it", r"\b(un\s+decennio)\s+fa\b", "1,9% un decennio fa"),
    ("pl", rf"\b{_NUMBER}\s+lat(?:a)?\s+temu\b", "2,2 proc. dziesięć lat temu"),
    ("pl", r"\b(dekadę)\s+temu\b", "1,9 proc. dekadę temu"),
    ("pt", rf"\bh[áa]\s+{_NUMBER}\s+anos?\b", "2,2% há dez anos"),
    ("pt", r"\bh[áa]\s+(uma\s+década)\b", "1,9% há uma década"),
)
RELATIVE_PAST = tuple(re.compile(pattern, re.I) for _, pattern, _ in RELATIVE_PAST_RULES)

# The phrase must follow the figure closely, with no other number between ("3,8 % v roce 2024 a
# 2,2 % před deseti lety": the phrase is the 2,2 %'s, not the 3,8 %'s).
REACH_AFTER = 40


def count_back(found: re.Match[str]) -> int | None:
    """The number of years a relative past counts back, or None when it is not read."""
    word = re.sub(r"\s+", " ", found.group(1).lower())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word) or NUMBER_WORDS.get(word.split(" ")[-1])


def years_ago_after(sentence: str, at: int, surface: str) -> re.Match[str] | None:
    """The relative past right after the figure, in its own piece of the sentence, else None."""
    if at < 0:
        return None
    after = sentence[at + len(surface):at + len(surface) + REACH_AFTER]
    after = re.split(r";|\.\s+(?=[A-Z])|\d[\d.,]*\s*(?:%|per\s?cent|percent|proc|prozent|"
                     r"por\s+ciento|pour\s+cent|\$|€)", after, flags=re.I)[0]
    for pattern in RELATIVE_PAST:
        found = pattern.search(after)
        if found:
            return found
    return None


def year_counted_back(sentence: str, at: int, surface: str,
                      published: date | None) -> tuple[bool, int | None]:
    """(True, the published year minus N) when a relative past follows the figure; (True, None)
    when the phrase is there but N or the date is not read; (False, None) when there is none."""
    found = years_ago_after(sentence, at, surface)
    if not found:
        return False, None
    back = count_back(found)
    if back is None or published is None:
        return True, None
    return True, published.year - back
