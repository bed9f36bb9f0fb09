"""Counted nouns: the words after a number that say what it counts ("31 allies", "90,000
troops", "12 tanks"), grouped by the unit they give, and the hyphenated words glued after it
("4,000-strong", "32-member", "two-fold").

Anchored after a number (``pattern.match(text, end)``); the other languages' nouns join from
:mod:`analysis.extract.other_languages`.
"""

from __future__ import annotations

import re

from analysis.extract import other_languages as L

# Counted nouns, grouped by the unit they give. "countries"/"states"/"nations" and "members" are
# allies or countries depending on context.
# A singular noun ends the phrase unless a plural noun follows ("2 missile systems").
_SINGULAR_END = r"(?!\s+(?!was\b|is\b|has\b|as\b|this\b|its\b|plus\b)[a-z]+s\b)"
NOUN_UNITS = (
    ("allies", r"allies|ally|member\s+states|member\s+countries|member\s+nations|members"
               + L.ALLY_NOUNS),
    ("nations", r"countries|country|states|nations" + L.NATION_NOUNS),
    ("troops", r"troops|soldiers|forces|personnel|service\s?members|servicemen|servicewomen|"
               r"sailors|airmen|marines|paratroopers|reservists|conscripts|participants|"
               r"military\s+personnel|staff|staffers|officers|recruits|crew|crews|"
               r"crew\s+members|pilots|instructors|commandos|volunteers" + L.TROOP_NOUNS),
    ("people", r"people|civilians|persons|residents|citizens|refugees|workers|employees|"
               r"inhabitants|casualties|adults|children|men|women|voters|respondents|migrants|"
               r"households|families|jobs|senators|lawmakers|legislators|MPs|officials|"
               r"diplomats|journalists|students|prisoners|hostages|delegates|leaders|analysts|experts|"
               r"economists|executives|investors|"
               r"heads\s+of\s+(?:state|government)|(?-i:Poles|Britons|Danes|Finns|Swedes|Turks|Czechs|"
               r"[A-Z][a-z]+(?:ians|eans|ans))"),
    ("count", r"ships|vessels|warships|submarines|frigates|destroyers|carriers|"
              rf"(?:ship|vessel|warship|submarine|frigate|destroyer|carrier|plane|jet|tank|vehicle|"
              rf"missile|helicopter|drone|howitzer|brigade|battalion|battlegroup){_SINGULAR_END}|"
              r"aircraft|planes|jets|"
              r"fighter\s+jets|helicopters|drones|tanks|vehicles|missiles|rounds|shells|"
              r"howitzers|launchers|guns|brigades|battalions|battlegroups|battle\s+groups|"
              r"divisions|sorties|contracts|bases|units|systems"),
    ("duration_year", r"years?|decades?"),
    ("measure", r"km|kilomet(?:re|er)s?|miles?|nautical\s+miles|met(?:re|er)s?|tonnes?|tons|"
                r"kilograms?|kg|feet|ft|knots|hectares|acres|square\s+(?:kilomet(?:re|er)s|miles)"),
    ("duration", r"months?|weeks?|days?|hours?|minutes?"),
)
_STOP = (
    r"of|the|and|or|to|in|on|at|by|for|from|with|a|an|its|their|his|her|our|this|that|these|"
    r"those|per|than|as|was|were|is|are|be|been|have|has|had|will|would|could|should|may|might|"
    r"which|who|when|while|if|but|so|it|they|we|he|she|across|into|over|under|since|until|after|"
    r"before|during|more|less|each|all|only|just|about|around|out|percent|per\s+cent|year|years|"
    r"ago|later|earlier|times|thousand|million|billion|trillion|not|no|now|then|also|said|says|"
    r"last|next|previous|coming|every|a|within|without|via|through|towards?|one|two|three|four|"
    r"five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred"
)


def _top_level_alternatives(alternation: str) -> list[str]:
    """The alternatives of ``alternation`` split at its top-level ``|``."""
    alternatives, depth, in_class, start, index = [], 0, False, 0, 0
    while index < len(alternation):
        char = alternation[index]
        if char == "\\":
            index += 1
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += alternation[index + 1:index + 2] == "]"  # "[]...]": "]" is a member
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            alternatives.append(alternation[start:index])
            start = index + 1
        index += 1
    return alternatives + [alternation[start:]]


# The characters each ASCII letter matches under re.IGNORECASE ("s" also "ſ", "k" also the
# Kelvin sign, "i" also "ı" and "İ"), found by the regex engine itself. No character outside
# the Basic Multilingual Plane has a case mapping to ASCII.
_FOLDS = {letter: letter + letter.upper() + "".join(re.findall(
    "(?i)" + letter, "".join(map(chr, range(0x80, 0xD800))) + "".join(
        map(chr, range(0xE000, 0x10000))))) for letter in "abcdefghijklmnopqrstuvwxyz"}


def by_first_letter(alternation: str) -> str:
    """``(?i:alternation)`` with its words grouped under their first letter, written as a plain
    class the regex engine compares before entering a word (under IGNORECASE it enters every
    word to compare its first letter). Only a word starting with an ASCII letter not followed
    by a quantifier is grouped; any other alternative stays in place, and the words between
    two such are grouped apart, so the order in which words that may match at one place are
    tried is the written order. Matches the same text, and adds no group."""
    branches: list[str] = []
    run: dict[str, list[str]] = {}

    def close_run() -> None:
        branches.extend(f"[{_FOLDS[letter]}](?i:{'|'.join(rests)})"
                        for letter, rests in run.items())
        run.clear()

    for alternative in _top_level_alternatives(alternation):
        letter = alternative[:1].lower()
        if letter in _FOLDS and alternative[1:2] not in ("?", "*", "+", "{"):
            run.setdefault(letter, []).append(alternative[1:])
        else:
            close_run()
            branches.append(f"(?i:{alternative})")
    close_run()
    return "(?:" + "|".join(branches) + ")"


def noun_after_pattern(words) -> re.Pattern:
    """The counted noun after a number, its alternations written by ``words`` (the stop words'
    and each unit's: ``by_first_letter``, or ``(?i:...)`` as written)."""
    return re.compile(
        rf"(?P<mods>(?:\s+(?:more|additional|further|extra|new))?"
        r"(?:\s+[A-Z][a-z]+\s+(?:and|or)(?=\s+[A-Z]))?"
        rf"(?:\s+(?!{words(_STOP)}\b)[A-Za-z][\w.'’]*(?:-[A-Za-z]+)?){{0,2}}?)[\s-]+"
        r"(?:" + "|".join(f"(?P<{unit}>{words(alt)})" for unit, alt in NOUN_UNITS)
        + r")(?![\w-])"
    )


NOUN_AFTER = noun_after_pattern(by_first_letter)
HYPHEN_AFTER = re.compile(
    r"-(?:(?P<strong>strong)|(?P<member>member|nation|country)|(?P<fold>fold)|"
    r"(?P<plus>plus)|(?P<word>[a-z]+(?:-[a-z]+)*))\b"
)
FOLD = re.compile(r"-?fold\b")
