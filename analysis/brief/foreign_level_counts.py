"""Counts of allies, in other languages than English, at another level than the 2% guideline
(issue 9): exactly at the 2% floor ("Zeven landen zullen uitkomen op de ondergrens van 2
procent") or at a newer, higher target ("Trei state îndeplinesc obiectivul mai ambiţios de
3,5%"). :func:`count_at_another_level` gives the key; :mod:`analysis.brief.foreign_counts` reads
the counts at the guideline itself, and its words for a count are read here too.
"""

from __future__ import annotations

import re

from analysis.brief.foreign_counts import (
    ALLIANCE,
    BARE,
    CLAUSE_END,
    COUNT_NOUNS,
    NOT_AT,
    NOUN_AFTER,
    PARENTHESES,
    PERCENT_WORDS,
    SUBSET_BEFORE,
    TARGET,
    is_a_count,
)

# "Of them" after a bare count whose allies were named before: "tylko trzy z nich", "seuls
# trois d'entre eux", "trei dintre ele", "drei von ihnen", "tre di loro", "tres de ellos".
OF_THEM = re.compile(r"^\s+(?:z\s+nich|d['’]entre\s+eux|dintre\s+(?:ele|ei)|von\s+ihnen|"
                     r"di\s+(?:loro|essi)|de\s+ell[oa]s|van\s+hen|af\s+dem|av\s+dem"
                     # Russian "девять из них", Ukrainian "дев'ять з них"
                     r"|из\s+них|з\s+них)\b", re.I)
# Each rule: a newer, higher target than 2% named after a count (its level not written), with
# an example; NATO published the count of allies at one such level ("allies_above_3.5pct").
NEWER_TARGET_RULES = (
    (r"nouvel|nouveau|nouvelle|plus\s+ambitieu\w*", "seuls trois membres atteignent déjà le "
     "nouveau seuil plus ambitieux; seuls trois pays sont en passe d'atteindre ce nouvel objectif"),
    (r"wyższ\w*|now\w+|ambitniejsz\w*", "tylko trzy z nich realizują wyższy cel"),
    (r"nou[aă]?|mai\s+ambi[tţț]ios\w*", "Trei state îndeplinesc obiectivul mai ambiţios"),
    (r"neue[nrs]?|höhere[nrs]?|ehrgeizigere[nrs]?", "nur drei Staaten erreichen das neue Ziel"),
    (r"nuov[oa]|più\s+(?:alt[oa]|ambizios[oa])", "solo tre Paesi raggiungono il nuovo obiettivo"),
    (r"nuev[oa]|más\s+(?:alt[oa]|ambicios[oa])", "solo tres países cumplen el nuevo objetivo"),
    (r"nieuwe|hogere", "slechts drie landen halen de nieuwe norm"),
    (r"nov[oa]|mais\s+ambicios[oa]", "apenas três países cumprem a nova meta"),
    (r"e\s+ri|të\s+ri", "vetëm tre vende arrijnë objektivin e ri"),
)
NEWER_TARGET = re.compile(r"\b(?:" + "|".join(pattern for pattern, _ in NEWER_TARGET_RULES)
                          + r")\b", re.I)
PERCENT_LEVEL = re.compile(r"(?<![\d,.])(\d+(?:[.,]\d+)?)\s*" + PERCENT_WORDS, re.I)


def _counted_abroad(unit: object, sentence: str, at: int, surface: str) -> bool:
    after = sentence[at + len(surface):]
    return is_a_count(unit, sentence, at, surface) or bool(
        unit in ("count", "countries", "allies") and BARE.fullmatch(surface.strip())
        and (NOUN_AFTER.match(after) or OF_THEM.match(after)))


# Each rule: the allies exactly at the 2% floor, not at or above it, in a language the brief reads
# (the words right before the level, a preposition or two between), with an example.
EXACTLY_AT_RULES = (
    (r"(?:fiind|sunt|este|se\s+află|vor\s+fi)\s+la\s+nivelul(?:\s+minim)?",
     "şapte fiind la nivelul de 2%"),
    (r"ondergrens|precies", "Zeven landen zullen uitkomen op de ondergrens van 2 procent"),
    (r"minimum,?\s+czyli|dokładnie", "Siedem z nich spełni minimum czyli 2%"),
    (r"exactement|tout\s+juste|au\s+plancher", "sept pays sont tout juste à 2 %"),
    (r"genau|exakt|an\s+der\s+Untergrenze", "sieben Staaten liegen genau bei 2 Prozent"),
    (r"exactamente|justo", "siete países están exactamente en el 2 %"),
    (r"esattamente", "sette Paesi sono esattamente al 2%"),
    (r"exactly|precisely", "seven countries will spend exactly 2.0 percent of GDP"),
)
EXACTLY_AT = re.compile(r"\b(?:" + "|".join(pattern for pattern, _ in EXACTLY_AT_RULES)
                        + r")(?:\s+[^\W\d_]{1,4}){0,2}\s+$", re.I)
# A bare number in a sentence that named the allies before it ("Toate ţările NATO vor atinge
# ..., şapte fiind la nivelul de 2%"): read only with a level as exact as EXACTLY_AT.
ALLIES_BEFORE = re.compile(rf"\b(?:{COUNT_NOUNS}|ţările|țările|landen|państwa)\b", re.I)


def _clause_after(sentence: str, at: int, surface: str) -> str:
    """The count's clause after it, past "of them" ("șapte dintre ei fiind la nivelul minim de
    2%": the "ei" of "dintre ei" is no Finnish "not")."""
    after = PARENTHESES.sub("", sentence[at + len(surface):])
    of_them = OF_THEM.match(after)
    after = after[of_them.end():] if of_them else after
    stop = CLAUSE_END.search(after)
    return after[:stop.start() if stop else 160][:160]


def _exactly_at_two(clause: str) -> str | None:
    levels = list(PERCENT_LEVEL.finditer(clause))
    if len(levels) != 1 or not re.fullmatch(r"2(?:[.,]0{1,2})?", levels[0].group(1)) or \
            not EXACTLY_AT.search(clause[:levels[0].start()]) or \
            NOT_AT.search(clause[:levels[0].start()]):
        return None
    decimals = levels[0].group(1)[2:]
    return f"allies_at_exactly_2.{decimals or '0'}pct"


def count_at_another_level(unit: object, sentence: str, at: int, surface: str,
                           previous_sentence: str, newer_counted: tuple[float, ...]
                           ) -> str | None:
    """The key of a count of the allies exactly at the 2% floor (in any language read)
    ("Zeven landen zullen uitkomen op de ondergrens van 2 procent") or at a newer guideline its
    clause names after it ("Trei state (...) îndeplinesc obiectivul mai ambiţios de 3,5%",
    "seuls trois pays sont en passe d'atteindre ce nouvel objectif"); else None. Not when the
    clause names another level too, or a negation or "below" word stands before the level."""
    if at < 0 or not surface or unit not in ("count", "countries", "allies") or \
            not ALLIANCE.search(f"{previous_sentence} {sentence}"):
        return None
    clause = _clause_after(sentence, at, surface)
    exactly = _exactly_at_two(clause)
    # (the extractor's allies or countries: "seven countries will spend exactly 2.0 percent")
    if exactly and (unit in ("countries", "allies") or _counted_abroad(unit, sentence, at, surface)
                    or (BARE.fullmatch(surface.strip()) and ALLIES_BEFORE.search(sentence[:at]))):
        return exactly
    if len(newer_counted) != 1 or SUBSET_BEFORE.search(sentence[max(0, at - 30):at]) or \
            not _counted_abroad(unit, sentence, at, surface):
        return None
    levels = {float(value.replace(",", ".")) for value in PERCENT_LEVEL.findall(clause)}
    level = newer_counted[0]
    found = PERCENT_LEVEL.search(clause) if levels == {level} else (
        NEWER_TARGET.search(clause) if not levels else None)
    if found is None or NOT_AT.search(clause[:found.start()]) or \
            not (levels or TARGET.search(clause)):
        return None
    return f"allies_above_{level:g}pct"
