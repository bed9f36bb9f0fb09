"""The regexes by which the unit rules (:mod:`analysis.extract.unit_rules`) tell what a bare count
counts: "the number of military personnel is 3.38 million", "a population of 1.9 million", "a
further 3,000", "All three", the alliance's size, allies doing something, people, an age in a
headline, and each ally with its number in a list of counts of troops.
:mod:`analysis.extract.patterns` holds the other regexes.
"""

from __future__ import annotations

import re

from analysis.extract import other_languages as L
from analysis.vocabulary import SURE_GUIDELINE_NOUNS, membership_sizes_since

# "The number of military personnel ... is estimated at 3.38 million": what a bare count counts.
# "The number of countries expected to meet that goal has risen to 23": countries meeting a
# target are the allies at NATO's guideline.
COUNTRIES_AT_A_TARGET = (r"(?=\s+(?:[\w-]+\s+){0,3}?(?:meet|meeting|reach|reaching|hit|hitting|"
                         r"achieve|achieving)\s+(?:[\w%.-]+\s+){0,3}?(?:"
                         + "|".join(SURE_GUIDELINE_NOUNS) + r")\b)")
NUMBER_OF = re.compile(
    r"\b(?:number|total|strength|size)\s+of\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?P<troops>troops|soldiers|personnel|forces|service\s?members|servicemen|sailors|"
    r"airmen|reservists|conscripts|recruits)|(?P<people>people|civilians|refugees|workers|"
    r"employees|residents|citizens)|(?P<allies>allies|member\s+states|states|member\s+countries|"
    r"members|(?<!EU\s)(?<!European\s)(?:countries|nations)" + COUNTRIES_AT_A_TARGET + r"))\b",
    re.I)

# "increased its troop count from 455,900", "personnel numbers stood at 138,100": the compound
# noun names what the count counts.
TROOP_COUNT_NOUNS = ("troop", "personnel", "soldier", "army")
TROOP_COUNT = re.compile(r"\b(?:" + "|".join(TROOP_COUNT_NOUNS) + r")\s+(?:counts?|numbers?|"
                         r"strength|headcount|levels?)\b", re.I)
# each noun without its first letter, which a sentence may capitalise: what str.find looks for
# before the regex runs
TROOP_COUNT_LITERALS = tuple(noun[1:] for noun in TROOP_COUNT_NOUNS)


# "a population of 1.9 million", "a wartime force of 43,000": what a bare count counts.
BARE_OF = re.compile(
    r"\b(?:(?P<people>(?:populations?|inhabitants)\s+of|(?:workforce|headcount|staff)\s+"
    r"(?:of|to|at))|(?P<troops>(?:force|forces|army|garrison|contingent|reserve|reserves)\s+of))"
    r"\s+$", re.I)
# "a further 3,000", "another 20,000": more of what was just counted.
FURTHER_BEFORE = re.compile(r"\b(?:a\s+further|another|an\s+additional|an\s+extra)\s+$", re.I)
# "Of the 24 analysts covering it, 19 ...": the second count counts the same.
OF_THE_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|its|their|these|those)\s+$")
# "All three", "the three countries": a count that repeats one given before.
DEFINITE_BEFORE = re.compile(r"\b(?:all|the|these|those|both)\s+$", re.I)


DURATION_TEXT = re.compile(r"(?:years?|decades?|months?|weeks?|days?|hours?)\b")
# "taking membership to 26", "bringing the total to 16": the alliance's size at the time.
MEMBERSHIP_BEFORE = re.compile(r"\b(?:membership|total|members)\s+(?:to|of|at)\s+$", re.I)
NATO_SIZES = frozenset(map(float, membership_sizes_since(1949)))
# "Only three did so", "23 will", "with only seven meeting NATO's target": a count of the allies
# the sentence (or the one before) names.
ALLIES_VERB_AFTER = re.compile(
    r"\s+(?:did|do|does|will|would|met|meet|meets|meeting|reached|reach|reaches|reaching|hit|"
    r"hits|hitting|spend|spends|spent)\b")
ALLIES_WORD = re.compile(r"\b(?:allies|[Aa]llied\s+countries|member\s+states|members)\b")
# "NATO at 75": an age in a headline.
AGE_AT_BEFORE = re.compile(r"\b[A-Z][A-Za-z]+\s+at\s+$")
# "leaving more than 1 million without power", "20 were injured": people.
PEOPLE_AFTER = re.compile(
    r"\s+(?:without\s+(?:power|electricity|water|heat|heating)|(?:were\s+|are\s+|have\s+been\s+|"
    r"had\s+been\s+)?(?:killed|injured|wounded|dead|missing|displaced|evacuated|homeless))\b")


# "France follows with 205,700 personnel, then Germany with 185,600, Italy with 171,400", "France
# has 204,700 personnel, Germany 185,600 and Italy 171,400", "Poland (216,100 personnel), France
# (204,700)": after a count of troops, each ally (with) a bare number is the next list item.
# The list may open with its verb: "armies above 100 thousand personnel are France (204.7
# thousand), Germany (185.6 thousand)".
ALLY_WITH = re.compile(r"^\s*\)?\s+(?:(?:are|include|including|namely)\s+)?(?:"
                       + L.NOUN_ADJECTIVE_AFTER + r"(?:and|then" + L.LIST_AND_WORDS
                       + r")\s+)*(?:the\s+|la\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}"
                       r"(?:(?:with" + L.LIST_WITH_WORDS + r")\s+|\(\s*)?"
                       r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")
# A list item ends with its number ("185,600," "(204,700)"); "(216 ,1 thousand)" does not.
ITEM_END = re.compile(r"[),;]|\.(?!\d)|\s+(?:and|then" + L.LIST_AND_WORDS + r")\b|\s*(?:\n|$)")
