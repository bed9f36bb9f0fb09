"""Who or what a figure is about: an exercise, a group of allies, one ally, or NATO.

Owns the names the extractor recognises (allies as running text writes them, from
:mod:`analysis.data.allies`; groups of allies; exercises from
:data:`analysis.vocabulary.EXERCISE_NAMES`) and the choice among those a sentence names.

``entity`` is an exercise ("Steadfast Defender 24", also when a later sentence says only "the
exercise"), a group ("European allies", "European allies and Canada"), one ally in NATO spelling
(the one named last before the figure when several are named), or "NATO". With the headline
reference keys: ``defence_spending`` + "European allies" is ``nato_europe_defence_spending``,
+ "European allies and Canada" is ``europe_canada_defence_spending``, + "NATO" is
``nato_total_defence_spending``; ``defence_spending_share_gdp`` + "European allies" is
``nato_europe_defence_share_gdp``; ``contracts_value`` + "NATO" is
``nato_ammunition_contracts_value`` when the contracts are for ammunition; ``exercise_*`` +
exercise name is ``exercise_*:<exercise>``.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.data.allies import is_abbreviation, written_forms
from analysis.extract.first_letter import folds_only_to_other_case, grouped_by_first_letter
from analysis.foreign_words import WHICH_IS_OWNER_AFTER
from analysis.vocabulary import ALLY_ADJECTIVES, EXERCISE_NAMES


def _by_first_letter(names: list[str], after_letter: str, tail: str) -> str:
    """Alternatives for ``names`` (capitalised words), one branch per first letter in the order
    of ``names``, each branch starting with its plain letter: the regex engine then skips in C
    to the next capital instead of trying the alternatives at every character. ``after_letter``
    is checked right after the letter (a look-behind standing for a word boundary before it)."""
    capitalised = [name for name in names if "A" <= name[0] <= "Z"]
    return "|".join(
        letter + after_letter + "(?:" + "|".join(re.escape(name[1:]) for name in group) + ")"
        + tail for letter, group in grouped_by_first_letter(capitalised).items())


# "(?<!\w.)" after the capital is "\b" before it.
_EXERCISE_RE = re.compile(
    _by_first_letter(list(EXERCISE_NAMES), r"(?<!\w.)", r"\b(?:[ -]?(?:20)?\d\d\b)?")
)
_NAMED_EXERCISE_RE = re.compile(
    r"\b(?:exercise|drills?)\s+((?:[A-Z][a-zA-Z]+\s){0,2}[A-Z][a-zA-Z]+)"
)


def _words_any_case(alternatives: list[str]) -> re.Pattern[str]:
    """The case-insensitive ``\\b(?:alternatives)``, found faster: each alternative is led by
    its first letter (a plain letter, no special case folding), in either case, as a plain
    character, so that the regex engine skips in C to the next such letter instead of trying a
    word boundary and every alternative at every character; a look-behind then stands for the
    boundary before it. Alternatives keep their order."""
    if not all(folds_only_to_other_case(alternative[0]) for alternative in alternatives):
        raise ValueError("first letters must fold only to their own other case")
    return re.compile("|".join(
        f"{letter}(?<!\\w.)(?i:{alternative[1:]})"
        for alternative in alternatives for letter in (alternative[0].upper(), alternative[0])))


# Groups of allies, most specific first.
GROUPS = (
    (_words_any_case([r"europe(?:an)?\s+(?:allies|members|nato\s+(?:allies|members))"
                      r"\s+and\s+canada", r"allies\s+in\s+europe\s+and\s+canada",
                      r"european\s+and\s+canadian\s+(?:nato\s+)?(?:allies|members|countries)",
                      r"europe\s+and\s+canada"]),
     "European allies and Canada"),
    (_words_any_case([r"european\s+(?:nato\s+)?(?:allies|members|member\s+states|countries)",
                      r"nato\s+allies\s+in\s+europe", r"allies\s+in\s+europe",
                      r"nato\s+europe\b"]),
     "European allies"),
)
# Allies as running text names them (analysis.data.allies), and what only running text says.
_ALLY_FORMS = {**written_forms(), "Pentagon": "United States"}
_ABBREVIATIONS = [form for form in _ALLY_FORMS if is_abbreviation(form.lower())]
_NAMED_FORMS = [form for form in _ALLY_FORMS if form not in _ABBREVIATIONS]


def _ally_alternatives() -> str:
    """Names end at a word boundary; abbreviations ("US", "UK") stand alone and are not the
    "US" of "US dollars". One branch per first letter (see ``_by_first_letter``)."""
    branches = []
    capitalised = [form for form in _ALLY_FORMS if form[0].isupper()]
    for letter, forms in grouped_by_first_letter(capitalised).items():
        named = [re.escape(form[1:]) for form in forms if form in _NAMED_FORMS]
        short = [re.escape(form[1:]) for form in forms if form in _ABBREVIATIONS]
        parts = []
        if named:
            parts.append(r"(?<!\w.)(?:" + "|".join(named) + r")\b")
        if short:
            parts.append(r"(?<![\w.].)(?:" + "|".join(short) + r")(?![\w$])(?!\s+dollars)")
        branches.append(letter + "(?:" + "|".join(parts) + ")")
    return "|".join(branches)


ALLY_RE = re.compile(_ally_alternatives())
# "1.3% of Belgian GDP", "2% of the German economy": the adjective names the ally whose output
# it is. The nouns are found with str.find, then the one word before them read (speed).
# Only a share of that economy: "more than double the share of the German economy" or "more
# than the German economy could bear" compares with the ally, the figure is another's.
ECONOMY_NOUNS = ("GDP", "economy")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_SHARE_OF_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+)?$")


def economy_of_ally(sentence: str) -> list[tuple[int, str]]:
    """(offset, ally) for each ally's adjective right before a word of its economy, a share
    of which stands right before it."""
    found = []
    for noun in ECONOMY_NOUNS:
        start = sentence.find(noun)
        while start > 0:
            word = _WORD_BEFORE.search(sentence, max(0, start - 16), start)
            if word and word.group(1) in ALLY_ADJECTIVES and _SHARE_OF_BEFORE.search(
                    sentence, max(0, word.start(1) - 30), word.start(1)):
                found.append((word.start(1), ALLY_ADJECTIVES[word.group(1)]))
            start = sentence.find(noun, start + len(noun))
    return found


# "\b(?:NATO|Nato|[Aa]lliance|Allies)\b", found by its first letters (see patterns.EU_CONTEXT)
_NATO_RE = re.compile(r"(?:N(?<=\bN)(?:ATO|ato)|A(?<=\bA)(?:lliance|llies)|a(?<=\ba)lliance)\b")

class EntityCandidates(NamedTuple):
    """The entities a sentence names, read once and shared by its figures."""

    exercise: str | None  # holds for every figure of the sentence
    mentions: tuple[tuple[int, str], ...]  # (offset in the sentence, group or ally name)
    nato: bool
    # (offset of "from", name) for each mention "from" opens: "$968 billion from the United
    # States" is the money that ally gives, whoever is named before it.
    sources: tuple[tuple[int, str], ...] = ()


def entity_candidates(sentence: str, exercise: str | None = None) -> EntityCandidates:
    if exercise:
        return EntityCandidates(exercise, (), False)
    mentions = []
    taken: list[tuple[int, int]] = []
    lowered = sentence.lower()
    for pattern, name in GROUPS if "europ" in lowered else ():
        for match in pattern.finditer(sentence):
            if not any(a <= match.start() < b for a, b in taken):
                mentions.append((match.start(), name))
                taken.append(match.span())
    for match in ALLY_RE.finditer(sentence):
        if not any(a <= match.start() < b for a, b in taken):
            mentions.append((match.start(), _ALLY_FORMS[match.group()]))
    if not mentions and ("GDP" in sentence or "econom" in sentence):
        mentions = economy_of_ally(sentence)  # only when no ally is named by name (speed)
    sources = tuple((found.start(), name) for start, name in mentions if "from" in sentence
                    and (found := _FROM_BEFORE.search(sentence, max(0, start - 10), start)))
    if "lan " in sentence or "şan " in sentence:
        sources += tuple((found.start(), name) for start, name in mentions if (
            found := _WHICH_IS_BEFORE.search(sentence, max(0, start - 30), start)))
    nato = bool(_mentions_nato(sentence) or (
        ("allies" in sentence or "member states" in sentence) and _ALLIES_WORDS.search(sentence)
        and not (("EU" in sentence or "Union" in sentence) and _EU_WORDS.search(sentence))))
    return EntityCandidates(None, tuple(sorted(mentions)), nato, sources)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$")
# "yüzde 3,9 oranına ulaşan Polonya": the figure is of the ally the participle after it opens.
_WHICH_IS_BEFORE = re.compile(rf"\s+(?:{WHICH_IS_OWNER_AFTER})\s+$")
_ALLIES_WORDS = re.compile(r"\b(?:allies|member states)\b")
_EU_WORDS = re.compile(r"\b(?:EU|European Union)\b")


def _mentions_nato(sentence: str) -> bool:
    # str.find first: each word _NATO_RE looks for holds one of these literal strings.
    return ("NATO" in sentence or "Nato" in sentence or "lliance" in sentence
            or "Allies" in sentence) and _NATO_RE.search(sentence) is not None


def allies_named(text: str) -> set[str]:
    """The allies a text names ("Estonia", "the U.S.", ...), in NATO spelling."""
    return {_ALLY_FORMS[match.group()] for match in ALLY_RE.finditer(text)}


def pick_entity(candidates: EntityCandidates, position: int | None = None,
                end: int | None = None) -> str | None:
    """The sentence's entity for a figure at ``position`` (ending at ``end``): the exercise,
    else the group or ally "from" which the figure comes, right after it, else the group or ally
    named last before the figure, else one named after it, else NATO."""
    if candidates.exercise:
        return candidates.exercise
    if end is not None:
        for start, name in candidates.sources:
            if start - end in (0, 1):
                return name
    mentions = candidates.mentions
    before = [name for start, name in mentions if position is None or start < position]
    if before:
        return before[-1]
    names = {name for _, name in mentions}
    if len(names) == 1 and not candidates.nato:
        return names.pop()  # "4% in Poland"
    if "European allies and Canada" in names or "European allies" in names:
        return mentions[0][1]  # "... across European Allies and Canada"
    return "NATO" if candidates.nato else None


def find_exercise(sentence: str) -> str | None:
    match = _EXERCISE_RE.search(sentence)
    if match:
        return match.group()
    if "exercise" not in sentence and "drill" not in sentence:
        return None
    match = _NAMED_EXERCISE_RE.search(sentence)
    return match.group(1) if match else None
