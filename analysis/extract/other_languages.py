"""How other languages than English write what the extractor reads (issue 9): relative years,
counted nouns, GDP abbreviations and thousands as words, as regex pieces that
:mod:`analysis.extract.patterns` joins into its patterns.

Every piece is lower case (the patterns run case-insensitive or on lower-cased text) unless it
says otherwise. Imports nothing, so that every module of the extractor may read it.
"""

from __future__ import annotations

import re

# "este año", "el año pasado", "dieses Jahr", "letztes Jahr", "cette année", "l'année
# dernière", "l'an dernier", Polish "w ub.r." (ubiegłego roku, last year); the master regex reads
# them with the English "this year", so each one's first letters join its gate.
RELATIVE_YEARS = (
    r"|este\s+año\b|el\s+año\s+pasado\b|dieses\s+jahr\b|letztes\s+jahr\b"
    r"|cette\s+année\b|l['’]ann[ée]e\s+derni[èe]re\b|l['’]an\s+dernier\b|ub\.\s?r\."
)
# Their gates, by first letter, joined to the English gate's branch of that letter (a branch of
# its own for each costs more: the gate is tried at every word).
# Past the first word, a gate is a look-ahead (see patterns.WORD_GATE_WORDS).
GATE_E, GATE_D = r"|ste(?=\s+a)|l(?=\s+año\s+p)", r"|ieses(?=\s+j)"
GATE_L, GATE_C = r"|etztes(?=\s+j)|(?=['’]an)", r"|ette(?=\s+a)"
GATE_OTHER = r"|ub(?=\.)"
# The words that start them, and how they count back ("last year" is the year before).
RELATIVE_YEAR_STARTS = "u"
LAST_YEAR_STARTS = ("letztes", "l'a", "l’a", "ub.")
LAST_YEAR_ENDS = ("pasado",)

# Counted nouns: "31 Verbündeten", "23 allierte", "31 pays membres" (allies); "tre Paesi",
# "üç ülke" (countries); "90.000 Soldaten", "90 tys. żołnierzy", "495 bin asker" (troops).
ALLY_NOUNS = (
    r"|verbündeten|verbündete|mitgliedsstaaten|mitgliedstaaten|allierte|alleati|alliés|aliados|"
    r"sojuszników|müttefik|pays\s+membres|stati\s+membri|estados\s+miembros|"
    r"państw\s+członkowskich|nato-land"
)
NATION_NOUNS = r"|paesi|pays|países|państw|ülke|staaten|länder"
TROOP_NOUNS = (
    r"|soldaten|żołnierzy|soldati|soldats|soldados|soldater|asker|militari|militares"
)

# GDP written as an abbreviation in capitals (case-sensitive): PIL, PIB, BIP, PKB, BNP, GSYH.
GDP_ABBREVIATIONS = r"(?-i:PIL|PIB|BIP|PKB|BNP|GSYI?H|GSYİH)"

# "spend 2%" in French, Italian, Spanish, Polish, Turkish, Norwegian: "qu'ils dépensent 3,22 %",
# "spendono", "gastan", "destina", "wydaje", "harcıyor", "bruker" (the share spent is of GDP).
SPEND_VERBS = (r"|dépens(?:e|ent)|consacr(?:e|ent)|spend(?:e|ono)|gast(?:a|an)|destin(?:a|an)|"
               r"wydaj[eą]|harcıyor|bruker")

# Thousands, millions and trillions as words: "455 bin", "90 tys.", "90 Tsd.", "10.471 millones".
SCALE_WORDS = r"|mil millones|millones|bin|billionen"
SCALE_ABBREVIATIONS = r"|tys\.|Tsd\."
# (German "Billionen" are trillions: "1,47 Billionen Dollar".)
SCALE_VALUES = {"mil millones": 1e9, "millones": 1e6, "bin": 1e3, "tys.": 1e3, "tsd.": 1e3,
                "billionen": 1e12}

# Turkish "asker sayısı" (the number of soldiers), "personel sayısı": the count is of troops.
TROOPS_COUNTED_BEFORE = re.compile(r"\b(?:asker|personel)\s+sayıs\w*")
# "455 bin 900", "90 tys. 500": thousands as a word, then the hundreds.
THOUSANDS_WORD_REST = re.compile(r" (?:bin|tys\.|Tsd\.) (?P<rest>\d{3})(?![\d,.]\d)")
THOUSANDS_WORDS = (" bin ", " tys. ", " Tsd. ")  # what the pattern starts with, as literals
# Turkish writes the percent before the number: "yüzde 4,48" (per cent 4.48).
PERCENT_WORD_BEFORE = "yüzde "
