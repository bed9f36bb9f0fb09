"""Counted nouns: the words after a number that say what it counts ("31 allies", "90,000
troops", "12 tanks"), grouped by the unit they give, and the hyphenated words glued after it
("4,000-strong", "32-member", "two-fold").

Anchored after a number (``pattern.match(text, end)``); the other languages' nouns join from
:mod:`analysis.extract.other_languages`.
"""

from __future__ import annotations

import re

from analysis.extract import other_languages as L
from analysis.extract.first_letter import any_case_by_first_letter
from analysis.extract.numbers import number_word_alternation
from analysis.extract.other_languages_more import TURKIC_CASE_ENDINGS
from analysis.foreign_words import FOREIGN_EXERCISE_NOUNS

# Counted nouns, grouped by the unit they give. "countries"/"states"/"nations" and "members" are
# allies or countries depending on context.
# A singular noun ends the phrase unless a plural noun follows ("2 missile systems").
_SINGULAR_END = r"(?!\s+(?!was\b|is\b|has\b|as\b|this\b|its\b|plus\b)[a-z]+s\b)"
NOUN_UNITS = (
    ("allies", r"allies|ally|member\s+states|member\s+countries|member\s+nations|members"
               + L.ALLY_NOUNS),
    ("nations", r"countries|country|states|nations|militaries" + L.NATION_NOUNS),
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
              r"aircraft|planes|warplanes|jets|"
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
    r"last|next|previous|coming|every|a|within|without|via|through|towards?|"
    + number_word_alternation(1, 12) + "|" + number_word_alternation(20, 50) + "|hundred"
)



def noun_after_pattern(words) -> re.Pattern:
    """The counted noun after a number, its alternations written by ``words`` (the stop words'
    and each unit's: ``any_case_by_first_letter``, or ``(?i:...)`` as written)."""
    return re.compile(
        rf"(?P<mods>(?:\s+(?:more|additional|further|extra|new))?"
        r"(?:\s+[A-Z][a-z]+\s+(?:and|or)(?=\s+[A-Z]))?"
        rf"(?:\s+(?!{words(_STOP)}\b)[A-Za-z][\w.'’]*(?:-[A-Za-z]+)?){{0,2}}?)[\s-]+"
        r"(?:" + "|".join(f"(?P<{unit}>{words(alt)})" for unit, alt in NOUN_UNITS)
        + r")(?![\w-])"
    )


# An exercise's equipment named in another language is what the number counts, never a word
# before troops: in "250 aeronaves militares", "250 aerei militari", "250 avionë ushtarakë" the
# word after the aircraft is the adjective "military", not the troops "militares" alone would be.
EQUIPMENT_BEFORE_TROOPS = re.compile(
    r"\s+(?i:" + "|".join(nouns for _, nouns, _ in FOREIGN_EXERCISE_NOUNS) + r")(?![\w-])")


class CountedNounAfter:
    """The counted noun after a number (``match(text, end)``, as a compiled pattern's), but for
    troops an equipment noun stands before (``EQUIPMENT_BEFORE_TROOPS``): checked only on the
    rare match that has both, so the plain pattern stays as fast as before."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        found = self.pattern.match(text, pos)
        if found and found.lastgroup == "troops" and found.group("mods") and \
                EQUIPMENT_BEFORE_TROOPS.match(found.group("mods")):
            return None
        return found


NOUN_AFTER = CountedNounAfter(noun_after_pattern(any_case_by_first_letter))
HYPHEN_AFTER = re.compile(
    r"-(?:(?P<strong>strong)|(?P<member>member|nation|country)|(?P<fold>fold)|"
    rf"(?P<plus>plus)|(?P<case>(?:{TURKIC_CASE_ENDINGS})\b)|(?P<word>[a-z]+(?:-[a-z]+)*))\b"
)
FOLD = re.compile(r"-?fold\b")
