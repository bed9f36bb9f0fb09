"""How Czech, Slovak and Finnish write the counts of allies the extractor reads (issue 9, round
23), beside :mod:`analysis.extract.other_languages_more`, which joins these pieces to its own:
the members and states counted after a number, "23 ze 32" (23 of the 32), and the cardinals as
words that count the allies at the target ("Osemnásť z 31 členských štátov", "Třiadvacet
spojeneckých zemí").

Imports nothing from the package: every module of the extractor may read it.
"""

from __future__ import annotations

import re

# The members in Czech ("23 členů NATO", the genitive plural after a number) and the member
# states in Slovak ("22 členských štátov NATO", "členské štáty"), after
# other_languages_more.MORE_MEMBER_NOUNS.
CZECH_SLOVAK_MEMBER_NOUNS = r"|členů|členských\s+štátov|členské\s+štáty"
# Slovak states and countries counted ("18 štátov", "štyri krajiny", "11 krajín"), after
# other_languages_more.SLAVIC_NATION_NOUNS.
SLOVAK_NATION_NOUNS = r"|štát(?:ov|y)|krajin(?:y|ách)|krajín"
# "23 of the 32 members" in Czech before a word opening with "s", "z" or another consonant
# pair ("23 ze 32 členských zemí"), after other_languages_more.OUT_OF_WORDS_MORE.
CZECH_OUT_OF = r"|ze"
# Czech and Slovak cardinals of the counts of allies at 2% past the Czech table of
# other_language_numbers (2 to 12): the teens and twenties, the Czech compounds "třiadvacet"
# (three-and-twenty), and the Slovak forms for male persons ("traja spojenci", three allies).
# Left out: the words starting "j" ("jedenáct", "jedenásť"), which would open a gate branch of
# their own, and Slovak four and five, "štyri", "päť" (also levels: "prekročilo štyri
# percentá", "päť percent HDP", the newer target).
CZECH_SLOVAK_NUMBER_WORD_VALUES = {
    # Czech
    "třináct": 13, "čtrnáct": 14, "patnáct": 15, "šestnáct": 16, "sedmnáct": 17,
    "osmnáct": 18, "devatenáct": 19, "dvacet": 20, "dvaadvacet": 22, "třiadvacet": 23,
    "čtyřiadvacet": 24, "třicet": 30,
    # Slovak
    "dvaja": 2, "traja": 3, "šesť": 6, "deväť": 9, "desať": 10, "dvanásť": 12,
    "trinásť": 13, "štrnásť": 14, "pätnásť": 15, "šestnásť": 16, "sedemnásť": 17,
    "osemnásť": 18, "devätnásť": 19, "dvadsať": 20, "tridsať": 30,
}

# Finnish counts its allies with the noun in a case: "Naton 32 jäsenmaasta 23 yltää" (of NATO's
# 32 member countries 23 reach): the elative "-sta/-stä" (out of) makes the number before it
# the membership the bare count after it is taken from. The members and allies as Finnish
# writes them (the brief reads them; the extractor does not, as a "j" branch of its word gate
# costs 1M instructions).
# Estonian, its neighbour, writes them so too: "NATO 32 liikmesriigist 23-s" (of NATO's 32
# member states, in 23), "23 NATO liikmesriiki", its elative in "-st" ("liitlastest", of the
# allies).
FINNISH_MEMBER_NOUNS = (r"|jäsenma\w*|jäsenvaltio\w*|liittolais\w*"
                        r"|liikmesri\w*|liitla\w*")
# (matched right after the number)
FINNISH_OUT_OF = re.compile(r"\s+(?:(?:jäsenma|jäsenvaltio|liittolais)\w*(?:sta|stä)"
                            r"|(?:liikmesri|liitla)\w*st)\b", re.I)

# Billions and trillions in Slovak and Czech after a number: "600 miliárd dolárov" (the Slovak
# genitive plural; the Czech "miliard" and "miliardy" are other_language_numbers'), and the
# trillion, Slovak "1,3 bilióna", "biliónov", Czech "bilionu", "biliony" (10^12, as Polish
# "bilion": the long scale); other_language_numbers.SCALE_WORDS and SCALE_VALUES end with them.
CZECH_SLOVAK_SCALE_ENDINGS = ("", "a", "ov", "u", "y", "ů")
CZECH_SLOVAK_SCALE_WORDS = r"|miliárd|bili[oó]n(?:a|ov|u|y|ů)?"
CZECH_SLOVAK_SCALE_VALUES = {"miliárd": 1e9, **{stem + ending: 1e12 for stem in ("bilion", "bilión")
                                                for ending in CZECH_SLOVAK_SCALE_ENDINGS}}
# Dollars in Slovak, "600 miliárd dolárov", "dolára"; after other_language_numbers.DOLLAR_WORDS.
SLOVAK_DOLLAR_WORDS = r"|dolár(?:ov|a|e|och)?"

# This year and last year in Serbian, Croatian and Bosnian ("ove godine je više od 20 članica
# dostiglo cilj", "prošle godine"), after other_languages_more.RELATIVE_YEARS_MORE; their gates
# past the first letter (other_languages.GATE_O, GATE_P), and how "last year" starts.
SOUTH_SLAVIC_RELATIVE_YEARS = r"|ove\s+godine\b|prošle\s+godine\b"
SOUTH_SLAVIC_GATE_O, SOUTH_SLAVIC_GATE_P = r"|ve(?=\s+godine)", r"|rošle(?=\s+godine)"
SOUTH_SLAVIC_LAST_YEAR_STARTS = ("prošle",)

# This year and last year in Finnish ("tänä vuonna", "viime vuonna"), Estonian ("sel aastal",
# "eelmisel aastal") and Indonesian ("tahun ini", "tahun lalu"), after SOUTH_SLAVIC_RELATIVE_YEARS;
# their gates past the first letter (other_languages.GATE_T, GATE_S, GATE_E and the "v" branch of
# RELATIVE_GATE_OTHER), and how "last year" starts or (Indonesian, the noun first) ends.
# ("dua tahun lalu", "beberapa tahun lalu": two, a few years ago; never last year after a number)
INDONESIAN_COUNTS_BEFORE_YEARS = ("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
                                  "delapan", "sembilan", "sepuluh", "puluh", "belas", "ratus",
                                  "beberapa", "banyak")
BALTIC_FINNIC_INDONESIAN_RELATIVE_YEARS = (
    r"|tänä\s+vuonna\b|viime\s+vuonna\b|sel\s+aastal\b|eelmisel\s+aastal\b|tahun\s+ini\b"
    r"|(?<!\d\s)" + "".join(f"(?<!{word}\\s)" for word in INDONESIAN_COUNTS_BEFORE_YEARS)
    + r"tahun\s+lalu\b")
FINNIC_INDONESIAN_GATE_T = r"|änä(?=\s+vuonna)|ahun(?=\s+(?:ini|lalu)\b)"
ESTONIAN_GATE_S, ESTONIAN_GATE_E = r"|el(?=\s+aastal)", r"|elmisel(?=\s+aastal)"
FINNISH_GATE_V = r"|iime(?=\s+vuonna)"
FINNIC_LAST_YEAR_STARTS = ("viime", "eelmisel")
INDONESIAN_LAST_YEAR_ENDS = ("lalu",)
