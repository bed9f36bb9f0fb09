"""The exercise an article speaks of when it names none: the one NATO was announcing or running.

"This massive military exercise involves approximately 90,000 troops" (East Coast Daily, 25 Jan
2024) names no exercise; NATO's statements about Steadfast Defender 2024 run from its announcement
(18 Jan 2024) to its end (30 May 2024). Inferred from a date only, the exercise may confirm a figure
but never contradict it (``AGREE_ONLY``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd

from analysis.extract.other_language_numbers import SCALE_VALUES
from analysis.foreign_words import FOREIGN_EXERCISE_NOUNS, FOREIGN_PARTICIPANT_WORDS
from analysis.vocabulary import NATO_IN_ENGLISH

# An article about an exercise may appear a little after NATO's last statement about it.
AFTER_LAST_STATEMENT = timedelta(days=31)


def exercise_under_way(facts: pd.DataFrame, published: date | None) -> str | None:
    """The only exercise whose NATO statements span ``published``, else None."""
    if published is None:
        return None
    rows = facts[facts["key"].str.startswith("exercise_") & facts["entity"].astype(bool)]
    found = []
    for name, group in rows.groupby("entity"):
        dates = pd.to_datetime(group["release_date"], errors="coerce").dropna()
        if len(dates) and dates.min().date() <= published <= (
                dates.max().date() + AFTER_LAST_STATEMENT):
            found.append(name)
    return found[0] if len(found) == 1 else None


def nearest_exercise(sentence: str, at: int, names: list[str]) -> str | None:
    lowered = sentence.lower()
    hits = [(abs(m.start() - max(at, 0)), name) for name in names
            for m in re.finditer(re.escape(name.lower()), lowered)]
    return min(hits)[1] if hits else None


# A number with no noun: "more than 1,100", "Más de 80", "plus de 1 100" (a space between
# thousands), a number word ("più di cinquanta"), of two ("plus de deux cents"), thousands as a
# word ("щонайменше 1,1 тисячі", "90 тысяч").
THOUSAND_WORDS = "|".join(re.escape(word) for word, value in SCALE_VALUES.items() if value == 1e3)
BARE_NUMBER = (r"[^\w]*(?:[^\W\d_]+\s+){0,3}(?:\d[\d.,]*(?:\s\d{3})*|[^\W\d_]+)"
               rf"(?:\s+(?i:{THOUSAND_WORDS}))?")
# What a count of an exercise's equipment counts, read from the noun that ends its phrase (the
# head: "aircraft carriers" are ships). Each rule: (reference key, nouns, example).
EQUIPMENT_NOUNS = (
    ("exercise_ships", r"ships?|vessels?|warships?|submarines?|frigates?|destroyers?|carriers?|"
                       r"corvettes?|naval\s+(?:assets|units|platforms)",
     "more than 50 naval assets"),
    ("exercise_aircraft", r"aircraft|planes?|jets?|helicopters?|fighters?|"
                          r"air\s+(?:assets|platforms)", "more than 80 air platforms"),
    ("exercise_vehicles", r"vehicles?|tanks?", "more than 1,100 combat vehicles"),
)
# (the other languages' nouns join each key's English ones: "80 avions", "50 Kriegsschiffe")
FOREIGN_NOUNS = {key: nouns for key, nouns, _ in FOREIGN_EXERCISE_NOUNS}
EQUIPMENT = re.compile("|".join(f"(?P<{key}>\\b(?:{nouns}|{FOREIGN_NOUNS[key]})\\b)"
                                for key, nouns, _ in EQUIPMENT_NOUNS), re.I)
# A case ending glued to the number and a hedge after it come before its noun: Turkish "50’den
# fazla gemi" (more than 50 ships), "80'den fazla uçak".
GLUED_SUFFIX_AND_HEDGE = re.compile(r"^['’]\w+(?:\s+fazla\b)?")
# The phrase ends where a list of its kinds or a new clause starts.
PHRASE_END = re.compile(r"[,;:(]|\b(?:including|such\s+as|like|from|and|with|will|are|were|"
                        r"is|was|have|had|take|took|to|in|on|for)\b", re.I)


def equipment_key(surface: str, after: str = "") -> str | None:
    """The exercise key of a count of equipment ("more than 50 naval assets" ->
    ``exercise_ships``), from its surface and, for a bare number, the words right after it;
    else None."""
    found = [m.lastgroup for m in EQUIPMENT.finditer(surface)]
    if not found and re.fullmatch(BARE_NUMBER, surface):
        # a bare number: its noun is the next two words, unless a clause or list starts first
        after = GLUED_SUFFIX_AND_HEDGE.sub("", after, count=1)
        end = PHRASE_END.search(after)
        words = re.match(r"\s*(?:[\w-]+\s+)?[\w-]+", (after[:end.start()] if end else after))
        found = [m.lastgroup for m in EQUIPMENT.finditer(words.group() if words else "")]
    return found[-1] if found else None


# A count of an exercise's equipment anywhere in a sentence: "25 nations, 250 aircraft and more
# than 10,000 soldiers" lists the exercise's participants with its equipment.
EQUIPMENT_COUNTED = re.compile(r"\d[\d.,]*\s+(?:[\w-]+\s+)?(?:" + EQUIPMENT.pattern + ")", re.I)


def lists_equipment(sentence: str) -> bool:
    """Whether ``sentence`` counts an exercise's ships, aircraft or vehicles."""
    return bool(EQUIPMENT_COUNTED.search(sentence))


# Who takes part, when the extractor left the number bare (each rule: key, words after, example).
PARTICIPANT_WORDS = (
    # (and the other languages' words: "Quelque 90.000 hommes et femmes")
    ("exercise_personnel", r"military(?=\s+(?:and|from|in|to)\b|\s*[,.;)]|$)|individuals\b|"
     + FOREIGN_PARTICIPANT_WORDS, "10,000 military and 250 aircraft; about 50,000 individuals"),
    ("exercise_participating_nations", r"(?:" + NATO_IN_ENGLISH + r"|allied|"
                                    r"Allied)\s+(?:member\s+)?and\s+"
                                       r"partner\s+(?:countries|nations|states)\b",
     "25 NATO and partner countries, 25 NATO member and partner countries"),
)
PARTICIPANTS = re.compile("|".join(f"(?P<{key}>{words})" for key, words, _ in PARTICIPANT_WORDS))


def participants_key(surface: str, after: str) -> str | None:
    """The exercise key of a bare number whose words right after it say who takes part
    ("10,000 military and 250 aircraft" -> ``exercise_personnel``), else None."""
    if not re.fullmatch(BARE_NUMBER, surface):
        return None
    found = PARTICIPANTS.match(after.lstrip())
    return found.lastgroup if found else None


# "bis zu 10.000 Übungsteilnehmer": digits grouped by dots in threes, read by the extractor as a
# decimal when no noun told it the language; people, ships and aircraft are counted whole.
DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
# "90 mil soldados": Portuguese and Spanish "mil" (a thousand), which the extractor leaves to
# English's "mil" (a million, "$5 mil"); read only for an exercise's people and equipment.
THOUSAND_AFTER = re.compile(r"\b(\d{1,3})\s+mil\s+(?!milh|millon)[^\W\d_]", re.I)


def whole_count(key: str, surface: str, value: float) -> float:
    """An exercise's count as a whole number: ``value`` read again with the dots of ``surface``
    ("10.000" read as 10.0) as thousands separators, or with its "mil" ("90 mil soldados" read
    as 90) as a thousand; else ``value``."""
    if not key.startswith("exercise_"):
        return value
    thousand = THOUSAND_AFTER.search(surface)
    if thousand and float(thousand.group(1)) == value:
        return value * 1000
    digits = DOT_GROUPED.search(surface)
    if digits is None:
        return value
    whole = float(digits.group().replace(".", ""))
    return whole if abs(whole / 10 ** (3 * digits.group().count(".")) - value) < 1e-9 else value


def exercise_key(base: str, unit: object) -> str:
    if base in ("exercise_participating", "exercise_participants"):
        return "exercise_participating_allies" if unit == "allies" else \
            "exercise_participating_nations"
    return base


def year_in_exercise_name(exercise: str | None, sentence: str, at: int,
                          latest: int | None = None) -> int | None:
    """The year an exercise's own name gives right before the figure, in the same clause
    ("REFORGER in 1988 with 125,000 participants and exercise Trident Juncture 2018, with 50,000
    contributing military personnel": 2018, not the 1988 the sentence named first), else None.
    Not when another year stands between the name and the figure, nor when the name's number
    is after ``latest`` (the year the source was published): "BALTOPS 50" in 2021 is the 50th
    edition, not 2050."""
    if not exercise or at < 0:
        return None
    names = list(re.finditer(rf"\b{re.escape(exercise)}\s+(20\d\d|\d\d)\b", sentence[:at], re.I))
    named = names[-1] if names else None
    if named is None or at - named.end() > 60:
        return None
    between = sentence[named.end():at]
    if re.search(r"[.;:]\s|\b(?:19|20)\d\d\b", between):
        return None
    digits = named.group(1)
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    return year if latest is None or year <= latest else None
