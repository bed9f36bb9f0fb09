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
    # "im Vorjahr", "im vergangenen Jahr", "l'anno scorso", "lo scorso anno", Polish "w ubiegłym
    # roku", "w zeszłym roku", Norwegian "i fjor" (last year)
    r"|vorjahr(?:es)?\b|vergangenen\s+jahr(?:es)?\b|l['’]anno\s+scorso\b|lo\s+scorso\s+anno\b"
    r"|ubiegłym\s+roku\b|zeszłym\s+roku\b|fjor\b"
)
# Their gates, by first letter, joined to the English gate's branch of that letter (a branch of
# its own for each costs more: the gate is tried at every word).
# Past the first word, a gate is a look-ahead (see patterns.WORD_GATE_WORDS).
RELATIVE_GATE_E, RELATIVE_GATE_D = r"|ste(?=\s+a)|l(?=\s+año\s+p)", r"|ieses(?=\s+j)"
GATE_L, RELATIVE_GATE_C = r"|etztes(?=\s+j)|(?=['’]an)|o(?=\s+scorso)", r"|ette(?=\s+a)"
RELATIVE_GATE_Z, RELATIVE_GATE_F = r"|eszłym(?=\s+r)", r"|jor(?![a-z])"
# (the gates of "ub.", "ubiegłym", "vorjahr" and "vergangenen" join GATE_OTHER's branches)
RELATIVE_GATE_OTHER = {"u": r"b(?=\.)|biegłym(?=\s+r)", "v": r"orjahr|ergangenen(?=\s+j)"}
# The words that start them, and how they count back ("last year" is the year before).
RELATIVE_YEAR_STARTS = "u"
LAST_YEAR_STARTS = ("letztes", "l'a", "l’a", "ub.", "vorjahr", "vergangenen", "lo scorso",
                    "ubiegłym", "zeszłym", "fjor")
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

# Small cardinals written as words: "elf von 31 Verbündeten", "solo tre Paesi", "seuls trois
# pays", "tylko trzy", "Bu üç ülke". Left out: the words that are also common words of another
# language read here ("due", "sei", "sept", "neuf", "once", "to", "fire", "ni", "on", "otto"),
# and those that start with a letter no English number word starts with, but for "u", "v" and
# "ü" (see GATE_OTHER): "åtte", "acht", "quatre", "quattro", "iki", "altı", "beş", "yedi",
# "jedenaście".
NUMBER_WORD_VALUES = {
    # German
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12,
    # French ("six" reads as English)
    "deux": 2, "trois": 3, "cinq": 5, "huit": 8, "dix": 10, "onze": 11, "douze": 12,
    # Italian
    "tre": 3, "cinque": 5, "sette": 7, "dieci": 10, "undici": 11, "dodici": 12,
    # Spanish
    "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
    "diez": 10, "doce": 12,
    # Polish
    "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6, "siedem": 7, "osiem": 8,
    "dziewięć": 9, "dziesięć": 10, "dwanaście": 12,
    # Turkish
    "üç": 3, "dört": 4, "sekiz": 8, "dokuz": 9,
    # Norwegian ("tre" as Italian)
    "fem": 5, "seks": 6, "sju": 7, "syv": 7, "elleve": 11, "tolv": 12,
}


def _trie(words: list[str], ending: str = "") -> str:
    """The words as alternatives that branch letter by letter ("tre", "tres", "trzy" ->
    "tr(?:es?|zy)"-like), each top alternative starting with a letter (the regex engine skips
    an alternative on its first letter at once) and closed by ``ending``."""
    firsts: dict[str, list[str]] = {}
    for word in words:
        firsts.setdefault(word[:1], []).append(word[1:])
    branches = []
    for first, rests in firsts.items():
        if not first:
            continue
        inner = _trie(sorted(rests))
        optional = "" in rests
        if optional and inner:
            inner = f"(?:{inner})?"
        elif "|" in inner:
            inner = f"(?:{inner})"
        branches.append(re.escape(first) + inner + ending)
    return "|".join(branches)


# The master regex reads them as whole words (a letter outside ASCII may follow: "treść").
NUMBER_WORDS = "|" + _trie(sorted(NUMBER_WORD_VALUES), r"(?!\w)")
# The letters English number words start with (and "a", the article, which has its own gate).
ENGLISH_GATE_LETTERS = "zotfsenhdlpc"


def _gate_rests(letter: str) -> str:
    """The gate of the words above that start with ``letter``, past that letter: each word is
    whole (no letter follows it), so that "treaty" or "dose" fails the gate."""
    rests = sorted(word[1:] for word in NUMBER_WORD_VALUES if word[0] == letter)
    return "|" + _trie(rests, "(?![a-z])") if rests else ""


GATE_T, GATE_S, GATE_O = (_gate_rests(letter) for letter in "tso")
GATE_N, GATE_P, GATE_H = (_gate_rests(letter) for letter in "nph")
GATE_Z = RELATIVE_GATE_Z + _gate_rests("z")
GATE_F = RELATIVE_GATE_F + _gate_rests("f")
GATE_E = RELATIVE_GATE_E + _gate_rests("e")
GATE_D = RELATIVE_GATE_D + _gate_rests("d")
GATE_C = RELATIVE_GATE_C + _gate_rests("c")
NUMBER_WORD_STARTS = "".join(sorted({word[0] for word in NUMBER_WORD_VALUES}
                                    - set(ENGLISH_GATE_LETTERS)))
# What the other languages' words start with, past the English number words' first letters.
OTHER_STARTS = RELATIVE_YEAR_STARTS + NUMBER_WORD_STARTS
# The words whose first letter no English number word starts with: a branch for each such
# letter, tried at every word (about 1% of the extractor's time each, so the table above has
# only three such letters: "u", "v" and "ü", which the gate's ASCII shapes read as "?").
# Polish "ub." (last year) shares the "u" branch, "vorjahr" the "v" branch.
GATE_OTHER = "".join(
    f"|{letter}(?:{(RELATIVE_GATE_OTHER.get(letter, '') + _gate_rests(letter)).lstrip('|')})"
    for letter in NUMBER_WORD_STARTS)
