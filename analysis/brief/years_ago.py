"""A time counted back from the source's date ("ten years ago"), in the languages the brief reads.

"4,5 % HDP, což představuje nárůst oproti 3,8 % v roce 2024 a 2,2 % před deseti lety": the
2,2 % is of ten years before the article, not of the 2024 the sentence also names (issue 9). The
brief leaves such a figure undated (:func:`analysis.brief.figure_year.figure_year`): N years ago
is about, not exactly, the published year minus N, which :func:`year_counted_back` still reads.
Rules as data: one pattern per language, with an example; the number words are the
extractor's (:mod:`analysis.extract.numbers` for English, the words of
:mod:`analysis.extract.other_languages` for the others, with the case forms a relative past
takes). Also here: the year an opening "Ten years ago," names (:func:`year_of_opening`).
"""

from __future__ import annotations

import re
from datetime import date

from analysis.brief.naming_years import COMMITMENT_MADE, COMMITMENT_NOUN
from analysis.brief.scope import clause_around, clause_before
from analysis.brief.subject_phrases import YEARS_AGO
from analysis.extract.numbers import TENS, UNITS, WORD_FRACTION, WORD_NUMBER, parse_word_number
from analysis.extract.other_language_numbers import COUNTED_BACK_WORDS, NUMBER_WORD_VALUES
from analysis.foreign_words import AT_THE_TIME_ENGLISH

_NUMBER = r"(\d{1,2}|[^\W\d]+(?:\s+[^\W\d]+)?)"

# Each rule: (language, pattern with the count as group 1, example). A pattern with no group is
# one year ("a year ago", "vor einem Jahr" read through COUNTED_BACK_WORDS).
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


def number_of(words: str) -> int | None:
    """The value of a count written in digits or words ("10", "ten", "deseti", "a decade"),
    else None."""
    words = " ".join(words.lower().split())
    if words.isdigit():
        return int(words)
    if words in COUNTED_BACK_WORDS:
        return COUNTED_BACK_WORDS[words]
    english = re.split(r"[\s-]+", words)
    if words in NUMBER_WORD_VALUES or words == "a dozen" or all(
            word in UNITS or word in TENS for word in english):
        return int(parse_word_number(words))
    return None


def count_back(found: re.Match[str]) -> int | None:
    """The number of years a relative past counts back, or None when it is not read."""
    words = found.group(1)
    return number_of(words) or number_of(words.split()[-1])


# "Ten years ago, only three allies met it", "Two decades ago": a sentence that opens with a
# relative past is of that time.
OPENING_YEARS_AGO = re.compile(
    r"^\s*(?P<n>\d{1,2}|[a-z]+|a)\s+(?P<unit>years?|decades?)\s+ago\b", re.I)


def year_of_opening(sentence: str, published: date | None) -> int | None:
    """The year an opening "Ten years ago," names, counted from ``published``; else None."""
    found = OPENING_YEARS_AGO.search(sentence)
    if not found or published is None:
        return None
    count = number_of(found["n"])
    if not count:
        return None
    return published.year - count * (10 if found["unit"].lower().startswith("decade") else 1)


# "The 2% target was set ... in 2014. At the time, only four allies ...": the time of the
# sentence before, when that sentence names one year
# (:func:`analysis.brief.figure_year.year_of_the_time`). A comparison with the figure before
# ("For 2024, Poland's spending is around USD 35 billion. This is less than Germany (USD 97
# billion)") is of the same time. (English only so far, and with "at that time", which
# earlier_statements' "said at the time" does not read.) "At the time of writing" is now.
OPENS_ON_THE_TIME_BEFORE = re.compile(
    r"^\s*(?:" + "|".join(AT_THE_TIME_ENGLISH) + r"|at\s+that\s+time|then|"
    r"(?:this|that|it)\s+(?:is|was)\s+(?:\w+\s+)?(?:less|more|lower|higher|smaller|larger|"
    r"bigger)\s+than|by\s+comparison|in\s+comparison)\b(?!\s+of\b)", re.I)

# "Canada was barely spending 1.2 per cent at the time." at the end of the figure's sentence:
# the same time; not "at the time of writing" (now).
AT_THE_TIME_AT_END = re.compile(r"\b(?:" + "|".join(AT_THE_TIME_ENGLISH) + r")(?!\s+of\b)\s*[.!]?"
                                r"\s*$", re.I)


def year_counted_back_before(sentence: str, previous_sentence: str,
                             published: date | None) -> int | None:
    """"A decade ago, allies pledged 2%. At the time, Europe spent 1.43%": the year the sentence
    before counts back to, when this one opens with "At the time"; else None."""
    if not OPENS_ON_THE_TIME_BEFORE.search(sentence):
        return None
    return year_of_opening(previous_sentence, published)


# "60 per cent, down from two-thirds a decade ago", "compared with about half that a decade ago":
# a starting figure written in words owns the
# relative past after it, as one written in digits does (split off above). "Up 50% from a decade
# ago" has no figure in between: that change still runs from then.
FROM_A_WORD_FIGURE = re.compile(
    rf"\b(?:from|compared\s+(?:with|to))\s+(?:the\s+)?(?:about\s+|around\s+|roughly\s+|"
    rf"nearly\s+|almost\s+|some\s+|just\s+|only\s+)?(?:{WORD_FRACTION}|{WORD_NUMBER})"
    r"(?:\s+(?:that|this|as\s+much|of\s+that))?\s+$",
    re.I)


# "the goal set by NATO ten years ago", "the pledge made a decade ago": a time counted back that
# dates a commitment, not the figure.
COMMITMENT_BEFORE = re.compile(
    rf"\b(?:{COMMITMENT_MADE}|{COMMITMENT_NOUN})(?:\s+(?:by|at|in)\s+(?:the\s+)?[\w-]+"
    r"(?:\s+[\w-]+)?)?\s+(?:back\s+)?$", re.I)


def years_ago_of_another_thing(sentence: str, at: int, surface: str, width: int = 80) -> bool:
    """True when every time counted back in the figure's clause belongs to something else: a
    starting figure written in words after it ("60 per cent, down from two-thirds a decade ago")
    or a commitment ("the goal set by NATO ten years ago"); never when the figure is that
    starting figure ("rose to 23, from three a decade ago": the three's)."""
    if at < 0:
        return False
    clause = clause_around(sentence, at, surface, width)
    figure_end = len(clause_before(sentence, at, width)) + len(surface)
    pasts = list(YEARS_AGO.finditer(clause))
    owners = [FROM_A_WORD_FIGURE.search(clause[:found.start()]) for found in pasts]
    return bool(pasts) and all(
        (owner and owner.start() >= figure_end) or COMMITMENT_BEFORE.search(clause[:found.start()])
        for owner, found in zip(owners, pasts, strict=True))


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
            return None if FROM_A_WORD_FIGURE.search(after[:found.start()]) else found
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
