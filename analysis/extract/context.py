"""The cues of the sentence a figure sits in, read once per sentence (:func:`sentence_cues`),
and the words near a figure that tell its metric (guideline, contract, aid, spending, change,
ships, aircraft, vehicles; :func:`has_word` finds them). :mod:`analysis.extract.metric` gives the
metric, :mod:`analysis.extract.guideline_reading` reads the guideline; the entity is elsewhere.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.extract.entity import find_exercise
from analysis.extract.first_letter import grouped_by_first_letter
from analysis.extract.window_end import (
    first_letter_guard,
)


def word_pattern(alternatives: str) -> re.Pattern:
    """Words (``alternatives``, case-insensitive) to look for with :func:`has_word`: the
    ``\\b(?:alternatives)\\b`` of a text, found faster. The non-word character before a word is
    read first, through a class the regex engine looks for in C (all but a-z, 0-9 and "_"; the
    look-behind then rejects other word characters), instead of trying a word boundary at
    every character; the class stays outside the case-insensitive group, which would keep the
    engine from doing so. The letters the words start with are then tested in one look-ahead
    (:func:`~analysis.extract.window_end.first_letter_guard`)."""
    return re.compile(r"[^a-z0-9_](?<=\W)" + first_letter_guard(alternatives)
                      + "(?i:(?:" + alternatives + r")\b)")


def has_word(pattern: re.Pattern, text: str) -> bool:
    """Whether ``text`` holds a word of ``pattern`` (see :func:`word_pattern`): a space
    before the text stands for the boundary at its start."""
    return pattern.search(" " + text) is not None


GUIDELINE = word_pattern(
    r"(?:guideline|target|benchmark|pledge|goal|threshold|commitment|requirement|mark)s?")
# Every branch starts with a plain character, so that the regex engine skips in C to the next
# of ",;.!?" instead of trying every branch at every character.
CLAUSE_END = re.compile(r",\s+(?:and|but|while|whereas)\b|;|\.(?:\s|$)|!(?:\s|$)|\?(?:\s|$)")
GDP = re.compile(r"\b(?:GDP|gross\s+domestic\s+product)\b")
TWO_PERCENT = re.compile(r"\b(?:2|two)[\s-]?(?:%|per\s?cent)", re.I)
SPEND_NEAR = re.compile(r"\bspen[dt]s?\b", re.I)
CONTRACT = word_pattern(
    r"contracts?|orders?|deals?|procurement|purchases?|acquisitions?")
AID = word_pattern(
    r"aid|assistance|package|support\s+for|donat\w*|pledged\s+to|provid\w*|receiv\w*|"
    r"deliver\w*|get|gets|got|give|gives|gave|given|grant\w*|loan\w*")
SPENDING = word_pattern(
    r"spend\w*|spent|invest\w*|budgets?|expenditures?|outlays?|defen[cs]e|military|"
    r"request\w*|fund\w*|allocat\w*|earmark\w*|pentagon")
CHANGE = word_pattern(
    r"rise|rises|rose|risen|rising|increase[sd]?|increasing|growth|grew|grow|grown|up|"
    r"boost\w*|jump\w*|climb\w*|soar\w*|surg\w*|doubl\w*|fell|fall|fallen|drop\w*|"
    r"decrease[sd]?|cut|cuts|lift\w*|real\s+terms")
SHIPS = re.compile(r"\b(?:ships|vessels|warships|submarines|frigates|destroyers)\b", re.I)
AIRCRAFT = re.compile(r"\b(?:aircraft|planes|warplanes|jets|helicopters|fighters)\b", re.I)
VEHICLES = re.compile(r"\b(?:vehicles|tanks)\b", re.I)


class SentenceCues(NamedTuple):
    """Cues read once per sentence and shared by all its figures."""

    exercise: bool
    guideline: bool
    two_percent: bool
    contract: bool
    spending: bool
    exercise_name: str | None = None
    nato: bool = False


# The cue words of a sentence, by the cue they give (each a small case-sensitive regex, read in
# the lower-cased sentence right after a non-word character). Within a cue the words are tried
# in this order, and the cues in this order: the first that matches at a place gives its cue.
CUE_WORDS = (
    ("exercise", ("exercises?", "drills?", "manoeuvres?", "maneuvers?", "wargames?")),
    ("guideline", tuple(word + "s?" for word in (
        "guideline", "target", "benchmark", "pledge", "goal", "threshold", "commitment",
        "requirement", "mark", "floor", "ceiling", "minimum", "promise", "ambition",
        "baseline"))),
    ("contract", ("contracts?", "orders?", "deals?", "procurement", "purchases?",
                  "acquisitions?")),
    ("spending", (r"spend\w*", "spent", r"invest\w*", "budgets?", "expenditures?", "outlays?",
                  "defen[cs]e", "military", r"request\w*", r"fund\w*", r"allocat\w*",
                  r"earmark\w*", "pentagon")),
    ("nato", ("nato", "allies", "alliance", "allied", "summit")),
    # "%" is not read, so that the next cue word may start right after it.
    ("two_percent", (r"2[\s-]?(?:(?=%)|per\s?cent)", r"two[\s-]?(?:(?=%)|per\s?cent)")),
)


def _cue_patterns() -> tuple[re.Pattern, re.Pattern, tuple[str | None, ...]]:
    """One pass over the lower-cased sentence finds every cue word. A cue word starts after a
    non-word character, which the pattern reads first: through a class the regex engine looks
    for in C (all but a-z, 0-9 and "_"), instead of trying a word boundary at every character.
    The words are grouped under their first letter, a plain character the engine compares
    before entering a word (words with different first letters never match at one place, so
    the order within each letter is the order that decides). Each word ends with an empty
    group, whose number says its cue (``lastindex``). Two patterns: for any text, a
    look-behind rejects the letters outside ASCII that the class lets through; an ASCII text
    has none, and is read without it."""
    cue_of: list[str | None] = [None]
    branches = []
    cue_words = [(cue, word) for cue, words in CUE_WORDS for word in words]
    for letter, group in grouped_by_first_letter(cue_words, lambda cue_word: cue_word[1]).items():
        branches.append(letter + "(?:" + "|".join(word[1:] + "()" for _cue, word in group) + ")")
        cue_of.extend(cue for cue, _word in group)
    words = "(?:" + "|".join(branches) + ")"
    return (re.compile(r"[^a-z0-9_](?<=\W)" + words), re.compile(r"[^a-z0-9_]" + words),
            tuple(cue_of))


CUES, ASCII_CUES, CUE_OF_GROUP = _cue_patterns()


def sentence_cues(sentence: str) -> SentenceCues:
    lowered = " " + sentence.lower()
    cues = ASCII_CUES if lowered.isascii() else CUES
    found = {CUE_OF_GROUP[match.lastindex] for match in cues.finditer(lowered)}
    name = find_exercise(sentence)
    return SentenceCues(
        exercise="exercise" in found or name is not None,
        guideline="guideline" in found,
        two_percent="two_percent" in found,
        contract="contract" in found,
        spending="spending" in found,
        exercise_name=name,
        nato="nato" in found,
    )
