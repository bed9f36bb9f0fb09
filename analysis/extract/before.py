"""What stands right before a number: a hedge, "between"/"from", a month, a name.

Owns :class:`Before` and :func:`before_of` (the hedge table comes from
:data:`analysis.vocabulary.HEDGES` through :mod:`analysis.extract.patterns`), and the test
whether a number is part of a name (:func:`is_name`: "Steadfast Defender 2024", "Article 5").
"""

from __future__ import annotations

from typing import NamedTuple

from analysis.extract import patterns as P


class Before(NamedTuple):
    """What stands right before a number: a hedge, "between"/"from", a month, a name word
    (a named tuple: one is built for every number, see :class:`analysis.extract.figure.Figure`).
    """

    hedge: str | None
    hedge_start: int
    between: bool
    from_: bool
    month_start: int | None
    name_word: str | None
    name_run: bool = False  # the word before the name word is capitalised too
    name_word_start: int | None = None


# (with the letters of the other languages' hedges: "über 1.000", "más de 80", "około 90 tys.",
# Cyrillic "более 20", "майже 1,5", Greek "περίπου 10.000")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.'’~"
                        "áàâäãéèêëíìîïóòôöõúùûüçñłśżźćńąęşğıőűšžčřťďňůýășțţÁÉÍÓÚÜÖÄŁŚŻ"
                        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґјљњћџ"
                        "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐЈЉЊЋЏ"
                        "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώςΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ")


def previous_words(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` words right before ``pos``, nearest first, separated by spaces only."""
    lo = pos - 48 if pos > 48 else 0
    tail = text[lo:pos]
    if not tail or tail[-1] not in " \t\u00a0":
        return []  # glued to what precedes (punctuation or a sign): no adjacent words
    # Only the last ``limit`` parts can be words: split those off, not the whole tail.
    parts = tail.rsplit(None, limit)
    if len(parts) > limit:
        del parts[0]  # the rest of the tail, before them
    elif lo and parts and not tail[0].isspace():
        del parts[0]  # the first part may be cut
    words: list[tuple[str, int]] = []
    cursor = len(tail)
    for part in reversed(parts):
        if not _WORD_CHARS.issuperset(part):
            break
        start = tail.rfind(part, 0, cursor)
        if words:
            between = tail[start + len(part):cursor]
            if not between or between.strip(" \t\u00a0"):
                break
        words.append((part, lo + start))
        cursor = start
    return words


# The last words of the hedges of several words ("more than", "up to", "roughly about"): after
# any other hedge word ("roughly", "approximately") the two words read say all.
_ENDS_LONGER_HEDGE = frozenset(hedge[-1] for hedge in P.HEDGES_MULTI if len(hedge) > 1)
# The last two words of those hedges ("more than", "excess of"): two words that end none of
# them ("a total of", "rose to") start no longer hedge either.
_LAST_TWO_OF_HEDGES = frozenset(hedge[-2:] for hedge in P.HEDGES_MULTI if len(hedge) > 1)


def before_of(text: str, start: int) -> Before:
    # The word right before the number says most. The one before it is read only after
    # "between" (the hedge stands before it) or a capitalised word (a name may run over both),
    # and more words only when the word read may end a hedge of several words ("a little more
    # than"): a hedge of one word ends no longer hedge, so a second word would say nothing.
    words = previous_words(text, start, 1)
    if not words:
        if start and text[start - 1] == "~":
            return Before("~", start - 1, False, False, None, None)
        return Before(None, start, False, False, None, None)
    # A word was read, so a space stands right before the number: no "~" there.
    nearest, nearest_start = words[0]
    first = nearest.lower()
    capitalised = nearest[0].isupper()
    between = first == "between"
    if capitalised or between:
        words = previous_words(text, start, 2)
    hedge, hedge_start = None, start
    if not between:
        if first in P.HEDGE_LAST_WORDS:
            hedge, hedge_start = _hedge(text, start, words, 0, first)
    elif len(words) > 1 and words[1][0].lower() in P.HEDGE_LAST_WORDS:
        hedge, hedge_start = _hedge(text, start, words, 1, words[1][0].lower())
    month_start = nearest_start if capitalised and first.rstrip(".") in P.MONTHS else None
    name_word = nearest if capitalised else None
    if name_word is not None and name_word not in P.NAME_LEADERS and \
            at_sentence_start(text, nearest_start):
        name_word = None  # "Phase one of ...", "Article 5 says" keep their leader
    name_run = bool(name_word and len(words) > 1 and words[1][0][:1].isupper()
                    and words[1][0] not in P.NOT_NAMES)
    return Before(hedge, hedge_start, between, first == "from", month_start, name_word,
                  name_run, nearest_start if name_word else None)


def _hedge(text: str, start: int, words: list[tuple[str, int]], offset: int,
           last: str) -> tuple[str | None, int]:
    """The hedge ending with ``last``, the word ``offset`` words before the number, and where
    it starts; (None, start) when the words before it make no hedge."""
    if last in _ENDS_LONGER_HEDGE:  # "than", "of": read the words before it
        # The word before it first: most often the two end no hedge ("a total of"), and then
        # no more words are read (words read with a smaller limit are the first ones of more).
        words = previous_words(text, start, offset + 2)
        if len(words) == offset + 2 and (words[offset + 1][0].lower(), last) in \
                _LAST_TWO_OF_HEDGES:
            words = previous_words(text, start, P.HEDGE_MAX_WORDS + 1)
    lowered = [w.lower() for w, _ in words]
    for size in range(min(P.HEDGE_MAX_WORDS, len(lowered) - offset), 0, -1):
        chunk = tuple(reversed(lowered[offset:offset + size]))
        if len(chunk) == size and chunk in P.HEDGES_MULTI:
            if chunk == ("up", "to") and len(lowered) > offset + 2 and \
                    lowered[offset + 2] in P.UP_VERBS:
                break  # "sign up to 5%", "ramped up to 200,000": a verb, not a bound
            return " ".join(chunk), words[offset + size - 1][1]
    return None, start


def at_line_start(text: str, pos: int) -> bool:
    index = pos - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] == "\n"


def at_sentence_start(text: str, pos: int) -> bool:
    index = pos - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] in '.!?"“(\n\'‘:—-'


def is_name(text: str, start: int, before: Before) -> bool:
    """A number inside a name: after a run of capitalised words ("Steadfast Defender 2024"),
    an all-capitals name ("BALTOPS 24") or a word that numbers things ("Article 5")."""
    word = before.name_word
    if not word:
        return False
    if word in ("No.", "Nos."):
        return True  # "No. 10"
    if word in P.NOT_NAMES or word.rstrip(".") in P.NOT_NAMES:
        return False
    if word.endswith(("'s", "’s", ".")) or word.lower().rstrip(".") in P.MONTHS:
        return False
    if word in P.NAME_LEADERS or (word.isupper() and len(word) > 1) or \
            word.lower().endswith(P.UNIT_NAME_ENDINGS):
        return True
    if before.name_word_start is not None and P.NAMED_BEFORE.search(
            text, max(0, before.name_word_start - 16), before.name_word_start):
        return True  # "known as Quadriga 2024", "dubbed Dragon 24"
    return before.name_run and not title_case_line(text, start)


def title_case_line(text: str, pos: int) -> bool:
    """A headline in title case ("Allies Set For Record Spending As 23 Of 32 Meet Target"),
    where capitalised words say nothing about names."""
    lo = text.rfind("\n", max(0, pos - 200), pos) + 1
    hi = text.find("\n", pos, pos + 200)
    words = P.LONG_WORD.findall(text, lo, hi if hi >= 0 else min(len(text), pos + 200))
    return len(words) >= 3 and all(w[0].isupper() for w in words)
