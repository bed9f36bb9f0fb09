"""More of how the other languages than English write what the extractor reads (issue 9, round
12), beside :mod:`analysis.extract.other_languages` (kept under 400 lines): the words that refer
back to a share given before ("bu oran", "this ratio", "dieser Anteil"); the Slovenian,
Croatian, Serbian and Polish nouns and scale words of round 14.

Imports only :mod:`analysis.extract.other_languages_central` (Czech, Slovak and Finnish, round
23), which imports nothing from the package: every module of the extractor may read it.
"""

from __future__ import annotations

import re

from analysis.extract import other_languages_central as central

# A share's noun that refers back to the share of GDP the text gave before: Turkish "2024’te bu
# oran yüzde 2,13" (this ratio), English "this ratio", German "dieser Anteil", "diese Quote",
# French "ce ratio", "cette part", Spanish "esta proporción", "este porcentaje", Italian "questa
# quota", "questa percentuale", Dutch "dit percentage", Polish "ten wskaźnik", "ten odsetek".
# Not "the share of ..." (a share of something else) nor "rate" ("this rate" of inflation).
SHARE_REFERRED_BACK = (
    r"bu\s+oran|(?:this|that)\s+ratio|dieser\s+anteil|diese\s+quote|ce\s+ratio|cette\s+part"
    r"|esta\s+proporción|este\s+porcentaje|questa\s+(?:quota|percentuale)|dit\s+percentage"
    r"|ten\s+(?:wskaźnik|odsetek)"
)
# The noun, then at most three words (a verb, "at", a year, Turkish "ise") before the figure; no
# "of" right after the noun, no other figure between.
SHARE_REFERRED_BACK_BEFORE = re.compile(
    rf"\b(?:{SHARE_REFERRED_BACK})\b(?!\s+(?:of|des|der|de|du|di|del|van|w|z)\b)"
    r"(?:\s+(?:[^\W\d]+|(?:19|20)\d\d\S*)){0,3}\s+$", re.I)
# A year written in digits ("2024", "2024’te", "2024-ben").
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b")

# Counted nations in Croatian and Serbian ("25 nacija", "zemalja"), Slovenian ("23 držav", "tri
# države"), Croatian ("država") and Polish ("z 25 krajów"); other_languages.NATION_NOUNS ends
# with them; Polish "trzy kraje", Russian "семь стран", Ukrainian "сім країн", Bulgarian "седем
# държави", Lithuanian "septynios NATO šalys".
SLAVIC_NATION_NOUNS = (r"|nacija|zemalja|držav[ae]?|krajów|kraje|земаља|стран(?:ы|ах|и)?"
                       r"|країн[иа]?|държави|šal(?:ys|ių)"
                       # Russian "23 государства НАТО", "всех 18 государств", Ukrainian "23
                       # держави" (states)
                       r"|государств[ао]?|держав[иа]?" + central.SLOVAK_NATION_NOUNS)
# Counted nations in Turkish and Azerbaijani with their case endings glued on ("25 ülkeden", from
# 25 countries; "23 NATO ölkəsi", 23 NATO countries; "23 dövlət", 23 states); other_languages.
# NATION_NOUNS ends with them.
TURKIC_NATION_NOUNS = r"|ülke\w*|ölkə\w*|dövlət\w*"
# A Turkish or Azerbaijani case ending glued to a bare count after a hyphen or an apostrophe:
# "22-si" (22 of them), "23-nün", "23’ü", "11’inin" (of 11 of them): the count of a group named
# before it, never a hyphenated word (counted_nouns.HYPHEN_AFTER); not the ordinal "-cü"
# ("2024-cü").
TURKIC_CASE_ENDINGS = r"s[iıuü]|n[iıuü]n|n[iıuü]|[iıuü]n[iıuü]n|[iıuü]"
# A Turkish or Azerbaijani count whose noun ends in the ablative or the genitive ("32 NATO
# ölkəsindən 22-si", 22 of the 32 NATO countries; "31 NATO ülkesinin 11’inin"): the membership
# the count after it is taken from, when it is a size the alliance has had. (Only these nouns:
# the Dutch "32 lidstaten" ends in "-ten" too.)
TURKIC_OUT_OF = re.compile(r"\b(?:ülke|ölkə|dövlət|müttefik|müttəfiq)\w*"
                           r"(?:d[eəa]n|t[eəa]n|n[iıuü]n)$")
# "Out of" written after the membership: Hungarian "a 32 tagállam közül 23" (23 of the 32
# member states), Turkish "32 üye arasından 23'ü", "32 müttefik içinden": the count before it is
# the membership, never the count at the target.
OUT_OF_AFTER = re.compile(r"^\s+(?:közül|arasından|içinden)\b", re.I)
# Counted troops in Croatian and Serbian ("10.000 vojnika", "10.000 војника"), Slovenian
# ("vojakov"), Bulgarian ("90 хиляди войници", "90 000 военнослужещи") and Lithuanian ("90 000
# karių").
SLAVIC_TROOP_NOUNS = (r"|vojnika|vojakov|војника|войници|военнослужещи|karių"
                      # Russian "90 тысяч военнослужащих", Ukrainian "військовослужбовців"
                      r"|военнослужащ\w*|військовослужбовц\w*")
# A force's men as its troops, Italian "90 mila uomini", Spanish "90.000 hombres" (as
# foreign_words.FOREIGN_PARTICIPANT_WORDS' French "hommes", read when the number is bare).
ROMANCE_MEN_NOUNS = r"|uomini|hombres"
# Turkish "90 bin personel" (other_languages.TROOP_NOUNS' "personel\w*", as Polish "personelu"),
# "askerin" (of soldiers), "askerler", Lithuanian "pratybų dalyvių" (the exercise's
# participants); not "askeri", also the adjective military ("50 askeri gemi", military ships).
TURKISH_BALTIC_TROOP_NOUNS = r"|asker(?:in|ler\w*)|dalyvi\w*" + (
    # Azerbaijani "90 min əsgər" (soldiers), "10 min hərbçi" (servicemen)
    r"|əsgər\w*|hərbçi\w*")
# Thousand as a Polish word, in the forms that follow a number: "10 tysięcy", "117,4 tysiąca",
# "481 tysiącami" ("z 481 tysiącami żołnierzy"), "dwa tysiące".
POLISH_THOUSAND_VALUES = {"tysięcy": 1e3, "tysiące": 1e3, "tysiąca": 1e3, "tysiącami": 1e3}
POLISH_THOUSANDS = r"tysi(?:ęcy|ąc[ea]|ącami)"
# Thousand as a word after a number, Polish and Italian ("90 mila uomini"), for
# other_language_numbers.SCALE_VALUES.
THOUSAND_WORD_VALUES = {**POLISH_THOUSAND_VALUES, "mila": 1e3, "хиляди": 1e3, "tisíc": 1e3,
                        "tūkst.": 1e3, "hiljada": 1e3, "hiljade": 1e3,
                        "hiljadu": 1e3, "tisuća": 1e3, "tisuće": 1e3, "tisuću": 1e3, "binden": 1e3,
                        **{stem + ending: 1e3 for stem in ("тысяч", "тисяч")
                           for ending in ("", "а", "и", "і")}}
# Thousand as a word in Bulgarian ("90 хиляди войници"), Czech ("40 tisíc vojáků"), Serbian and
# Bosnian ("90 hiljada vojnika"), Croatian ("90 tisuća vojnika"), and
# abbreviated in Lithuanian ("90 tūkst. karių"), Russian ("около 90 тысяч") and Ukrainian
# ("близько 90 тисяч", "1,1 тисячі"), for other_language_numbers.SCALE_WORDS (which reads Turkish
# "binden" itself, valued here: "90 binden fazla", more than 90 thousand).
THOUSAND_WORDS_MORE = r"|хиляди|tisíc|hiljad[aeu]|tisuć[aeu]|т[ыи]сяч[аиі]?"
THOUSAND_ABBREVIATIONS_MORE = r"|tūkst\."
# Slovenian and Croatian "lani" (last year) and Slovenian "v lanskem letu" (in last year), after
# other_languages.RELATIVE_YEARS; their gates past the "l" (other_languages.GATE_L).
SLOVENIAN_LAST_YEAR = r"|lani\b|lanskem\s+letu\b"
SLOVENIAN_LAST_YEAR_GATE_L = r"|ani(?![a-z])|anskem(?=\s+letu)"
# This year and last year in Russian ("в этом году", "в текущем году", "в прошлом году"),
# Ukrainian ("цього року", "поточного року", "минулого року"), Bulgarian ("тази година",
# "миналата година") and Greek ("φέτος", "πέρυσι"), after other_languages.RELATIVE_YEARS; their
# gates past the first letter, by letter (other_languages.RELATIVE_GATE_OTHER), and how "last
# year" starts.
CYRILLIC_GREEK_RELATIVE_YEARS = (r"|в\s+(?:прошлом|этом|текущем)\s+году\b"
                                 r"|(?:минулого|цього|поточного)\s+року\b"
                                 r"|(?:миналата|тази)\s+година\b|торік\b|φέτος\b|πέρυσι\b")
CYRILLIC_GREEK_RELATIVE_GATES = {"в": r"(?=\s+(?:прошлом|этом|текущем)\s+году)",
                                 "п": r"оточного(?=\s+року)",
                                 "м": r"и(?:нулого(?=\s+року)|налата(?=\s+година))",
                                 "ц": r"ього(?=\s+року)", "т": r"(?:ази(?=\s+година)|орік(?!\w))",
                                 "φ": r"έτος(?!\w)", "π": r"έρυσι(?!\w)"}
CYRILLIC_GREEK_LAST_YEAR_STARTS = ("в прошлом", "минулого", "миналата", "торік", "πέρυσι")
# Equipment in Slovenian, Croatian and Serbian ("24 odsto svog budžeta za odbranu na opremu",
# "naložbe v opremo"), after other_languages.EQUIPMENT_WORDS.
SLAVIC_EQUIPMENT = r"|oprem[aeiou]?"
# GDP's full name after a share, in Spanish and French, which the abbreviation usually stands
# for: "un 2% de su Producto Interior Bruto" (Spain), "del producto interno bruto" (Latin
# America), "2 % du produit intérieur brut", "de son produit intérieur brut"; after
# other_languages.OF_GDP_WORDS.
ROMANCE_GDP_NAMES = (r"|\s+(?:del|de|du)\s+(?:(?:su|son|leur)\s+)?"
                     r"(?i:producto\s+inter(?:ior|no)\s+bruto|produit\s+int[ée]rieur\s+brut)\b")
# GDP after a Bulgarian share: "2,18 на сто от БВП", "1,54 на сто от своя брутен вътрешен
# продукт" (of its gross domestic product), and a Ukrainian one, "2 відсотки від ВВП"; after
# other_languages.OF_GDP_WORDS.
CYRILLIC_GDP_WORDS = (r"|\s+от\s+(?:своя\s+)?(?:БВП\b"
                      r"|(?i:брут(?:ен|ния)\s+вътрешен\s+продукт)\b)|\s+від\s+ВВП\b")
# GDP after a Danish, Norwegian or Swedish share, which often write it in lower case or in full:
# "1,4 procent af bnp", "1,38 procent af bruttonationalproduktet", "2 prosent av
# bruttonasjonalproduktet"; after other_languages.OF_GDP_WORDS.
SCANDINAVIAN_GDP_WORDS = (r"|\s+(?:af|av)\s+(?:(?:sit|sitt|deres|landets)\s+)?(?:bnp|BNP"
                          r"|(?i:brutto(?:national|nasjonal)produkt(?:et)?))\b")
# "18 of the 31 members" in Slovenian, Croatian and Serbian ("22 od 32 članic"), after
# other_languages.OUT_OF_WORDS.
OUT_OF_WORDS_SOUTH_SLAVIC = r"|od"
# "18 of the 31 members" in Albanian ("18 nga 31 shtetet anëtare"), after
# other_languages.OUT_OF_WORDS.
OUT_OF_WORDS_ALBANIAN = r"|nga"
# "23 of the 32 members" in Russian ("23 из 32 стран"), Ukrainian ("23 з 32 країн") and
# Bulgarian ("23 от 32 държави"), after other_languages.OUT_OF_WORDS.
OUT_OF_WORDS_CYRILLIC = r"|из|з|от"
# Bulgarian writes the membership with its article glued on: "23 от 32-те членки" (of the 32).
DEFINITE_NUMBER_SUFFIX = r"(?:-те)?"
# ... and in Greek, with its articles ("11 από τις 30 χώρες", "Επτά από τις τριάντα χώρες");
# after other_languages.OUT_OF_WORDS and OUT_OF_ARTICLE_WORDS.
OUT_OF_WORDS_GREEK, GREEK_ARTICLES = r"|από", r"|τα|τις|τους|των|οι"
# The members in Slovenian ("22 od 32 članic"), Croatian and Serbian ("članica", "članice"),
# after other_languages.ALLY_NOUNS.
SLAVIC_MEMBER_NOUNS = r"|članic[aei]?"
# The allies in German ("elf von 31 Alliierten"), Catalan ("tres aliats"), Russian and
# Ukrainian ("18 союзников", "23 союзника", "союзників"), Bulgarian ("23 съюзници", and the
# members, "32-те членки", "страни членки") and the members in Lithuanian ("iš 30 Aljanso
# narių"); MORE_MEMBER_NOUNS ends with them.
ALLIES_MORE = r"|alliierten|aliats|союзник(?:ов|ів|и|а)?|съюзни(?:ци|ка)|членки|narių"
# The members in Swedish ("de 31 medlemsländerna"), Danish and Norwegian ("31 medlemslande"),
# Slovak ("31 členských krajín"), Serbian ("20 земаља-чланица") and Greek ("25 χώρες-μέλη"),
# member countries, and the Danish allies ("11 allierede"), and the South Slavic allies ("23
# saveznice", "23 saveznika", "23 савезника", Slovenian "23 zaveznic"; not "savezni", federal);
# after other_languages.ALLY_NOUNS. (Not the Finnish "jäsenmaata": a "j" branch costs the
# extractor 1M instructions on the speed corpus.)
MORE_MEMBER_NOUNS = (r"|medlemsländer\w*|medlemsland\w*|členských\s+krajín|земаља-чланица"
                     r"|χώρες-μέλη|χωρών-μελών|allierede|[sz]avezni[ck]\w*|савезни[цк]\w*"
                     # Azerbaijani "23 müttəfiq" (23 allies), "18 müttəfiqin" (of 18 allies)
                     r"|müttəfiq\w*"
                     + ALLIES_MORE + central.CZECH_SLOVAK_MEMBER_NOUNS)
# Tens as words, the counts of an exercise's ships and aircraft and of the allies: Italian "più
# di cinquanta navi", "più di ottanta aerei", "trentadue paesi alleati", Spanish "cincuenta
# buques", French "cinquante navires"; other_language_numbers.NUMBER_WORD_VALUES ends with them.
TENS_WORD_VALUES = {
    "trenta": 30, "trentuno": 31, "trentadue": 32, "quaranta": 40, "cinquanta": 50,
    "sessanta": 60, "settanta": 70, "ottanta": 80, "novanta": 90, "treinta": 30,
    "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}
# Millions, billions and trillions in Russian ("1,5 триллиона долларов", "957 миллиардов"),
# Ukrainian ("1,5 трильйона", "мільярдів"), Bulgarian ("2,3 милиарда долара") and Serbian
# ("милијарди"), in the case endings that follow a number; other_language_numbers.SCALE_WORDS ends
# with them. (Not "билион": a trillion in Serbian, a billion in Bulgarian.)
CYRILLIC_SCALE_STEMS = {"миллиард": 1e9, "милиард": 1e9, "мільярд": 1e9, "милијард": 1e9,
                        "миллион": 1e6, "милион": 1e6, "мільйон": 1e6, "триллион": 1e12,
                        "трилион": 1e12, "трильйон": 1e12}
CYRILLIC_SCALE_ENDINGS = ("", "а", "ов", "ы", "и", "ів", "е")
CYRILLIC_SCALE_WORDS = ("|(?:" + "|".join(CYRILLIC_SCALE_STEMS) + ")"
                        + "(?:ов|ів|[аыие])?")
# Their abbreviations, "млрд", "млн", "трлн", with or without a dot ("380 млрд. долара").
CYRILLIC_SCALE_ABBREVIATIONS = r"|млрд\.?|млн\.?|трлн\.?"
CYRILLIC_SCALE_VALUES = {
    **{stem + ending: value for stem, value in CYRILLIC_SCALE_STEMS.items()
       for ending in CYRILLIC_SCALE_ENDINGS},
    **{abbreviation + dot: value for abbreviation, value in
       (("млрд", 1e9), ("млн", 1e6), ("трлн", 1e12)) for dot in ("", ".")},
}
# Dollars in Russian ("долларов", "доллара", "доллары"), Ukrainian ("доларів", "долари"),
# Bulgarian and Serbian ("долара"); after other_language_numbers.DOLLAR_WORDS.
CYRILLIC_DOLLAR_WORDS = r"|долл?ар(?:ов|ів|[аыи])?|долл(?=\.)"
# Azerbaijani billions and dollars: "468 milyard ABŞ dolları" (US dollars), "600 milyard dollar"
# (the Turkish "milyar" with a "d"; SCALE_WORDS reads the word).
AZERBAIJANI_SCALE_VALUES = {"milyard": 1e9, "min": 1e3}
# Azerbaijani thousand, "10 min insan" (10,000 people), "90 min əsgər": only before the people it
# counts, never alone (English "10 min" is minutes).
AZERBAIJANI_THOUSAND = r"|min(?=\s+(?:insan|əsgər|hərbçi))"
AZERBAIJANI_DOLLAR_WORDS = r"|(?-i:ABŞ)\s+dolları|dolları"
DOLLAR_WORDS_MORE = CYRILLIC_DOLLAR_WORDS + AZERBAIJANI_DOLLAR_WORDS
# Azerbaijani GDP, "ÜDM-in 4,07 faizini" (4.07 per cent of GDP), "ümumdaxili məhsulun" (of the
# gross domestic product): the shares listed by ally in the sentence are of GDP.
AZERBAIJANI_GDP = r"|(?-i:ÜDM)|ümumdaxili\s+məhsul\w*"
# Turkish GDP written out, "gayrisafi yurtiçi hasıla içindeki payı" (its share in the gross
# domestic product), also as the gross national product news uses for it ("gayri safi milli
# hasıla"): the shares listed by ally in the sentence are of GDP.
TURKISH_GDP = r"|gayri\s?safi\s+(?:yurt\s?içi|milli)\s+hasıla\w*"
# A ranking of allies, past the English words gdp_rules.RANKING reads: Turkish "Polonya’nın
# ardından gelen ABD" (the US, coming after Poland), "ilk sırada" (in first place), "takip
# ediyor" (follows).
RANKING_WORDS_MORE = r"|ardından|takip\w*|ilk\s+sırada"
# The scale words, their abbreviations and values other_language_numbers.SCALE_WORDS,
# SCALE_ABBREVIATIONS and SCALE_VALUES end with.
SCALE_WORDS_MORE = THOUSAND_WORDS_MORE + CYRILLIC_SCALE_WORDS + AZERBAIJANI_THOUSAND
SCALE_ABBREVIATIONS_MORE = THOUSAND_ABBREVIATIONS_MORE + CYRILLIC_SCALE_ABBREVIATIONS
SCALE_VALUES_MORE = {**THOUSAND_WORD_VALUES, **CYRILLIC_SCALE_VALUES, **AZERBAIJANI_SCALE_VALUES}
# Small cardinals in the languages written in Greek and Cyrillic letters, and in the South
# Slavic and Baltic ones, as the allies at a level are counted: Greek "μόνο τρεις χώρες",
# Russian "только семь стран", Ukrainian "сім країн", Bulgarian "седем държави", Serbian "седам
# земаља", Croatian and Serbian "sedam država", Lithuanian "septynios iš 30 narių";
# other_language_numbers.NUMBER_WORD_VALUES ends with them. (The letters outside ASCII cost the
# extractor's word gate little; left out: Croatian "pet" (five, English "pet"), "jedanaest" and
# the Lithuanian words starting "k" or "a", which would open a gate branch of their own; and
# four, Slovenian "štiri", Croatian "četiri": "kot edina presegla štiri odstotke" is the level
# Poland alone passed, no share.)
GREEK_NUMBER_WORD_VALUES = {
    "δύο": 2, "τρεις": 3, "τρία": 3, "τέσσερις": 4, "τέσσερα": 4, "πέντε": 5, "έξι": 6,
    "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9, "δέκα": 10,
    "έντεκα": 11, "δώδεκα": 12, "δεκατρείς": 13, "δεκατέσσερις": 14, "δεκαπέντε": 15,
    "δεκαέξι": 16, "δεκαεπτά": 17, "δεκαεφτά": 17, "δεκαοκτώ": 18, "δεκαοχτώ": 18,
    "δεκαεννέα": 19, "δεκαεννιά": 19, "είκοσι": 20, "τριάντα": 30,
}
CYRILLIC_NUMBER_WORD_VALUES = {
    # Russian
    "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7, "восемь": 8,
    "девять": 9, "десять": 10, "одиннадцать": 11, "двенадцать": 12, "тринадцать": 13,
    "четырнадцать": 14, "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "тридцать": 30,
    # Ukrainian (its apostrophe written both ways)
    "дві": 2, "чотири": 4, "п'ять": 5, "п’ять": 5, "шість": 6, "сім": 7, "вісім": 8,
    "дев'ять": 9, "дев’ять": 9, "одинадцять": 11, "дванадцять": 12, "тринадцять": 13,
    "чотирнадцять": 14, "п'ятнадцять": 15, "п’ятнадцять": 15, "шістнадцять": 16,
    "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19, "дев’ятнадцять": 19,
    "двадцять": 20, "тридцять": 30,
    # Bulgarian
    "четири": 4, "пет": 5, "шест": 6, "седем": 7, "осем": 8, "девет": 9, "десет": 10,
    "единадесет": 11, "дванадесет": 12, "тринадесет": 13, "четиринадесет": 14,
    "петнадесет": 15, "шестнадесет": 16, "седемнадесет": 17, "осемнадесет": 18,
    "деветнадесет": 19, "двадесет": 20, "тридесет": 30,
    # Serbian
    "седам": 7, "осам": 8, "једанаест": 11, "дванаест": 12, "тринаест": 13, "четрнаест": 14,
    "петнаест": 15, "шеснаест": 16, "седамнаест": 17, "осамнаест": 18, "деветнаест": 19,
}
SOUTH_SLAVIC_AND_BALTIC_NUMBER_WORD_VALUES = {
    # Croatian, Serbian and Bosnian in Latin letters ("dva", "šest", "deset" as Czech)
    "tri": 3, "sedam": 7, "osam": 8, "devet": 9, "dvanaest": 12, "trinaest": 13,
    "četrnaest": 14, "petnaest": 15, "šesnaest": 16, "sedamnaest": 17, "osamnaest": 18,
    "devetnaest": 19, "dvadeset": 20,
    # Slovenian
    "sedem": 7, "osem": 8,
    # Lithuanian, masculine and feminine
    "trys": 3, "penki": 5, "penkios": 5, "šeši": 6, "šešios": 6, "septyni": 7, "septynios": 7,
    "devyni": 9, "devynios": 9, "dešimt": 10,
}
# An exercise's people and aircraft in round words: Dutch "ongeveer tienduizend militairen",
# French "plus de deux cents aéronefs".
ROUND_NUMBER_WORD_VALUES = {"tienduizend": 10000, "deux cents": 200}
MORE_NUMBER_WORD_VALUES = {**GREEK_NUMBER_WORD_VALUES, **CYRILLIC_NUMBER_WORD_VALUES,
                           **SOUTH_SLAVIC_AND_BALTIC_NUMBER_WORD_VALUES,
                           **ROUND_NUMBER_WORD_VALUES,
                           **central.CZECH_SLOVAK_NUMBER_WORD_VALUES}
# Greek troops, "10.000 στρατιώτες", "10.000 στρατιωτών", "90.000 άτομα προσωπικό" (persons of
# personnel), "90.000 στρατιωτικό προσωπικό"; other_languages.TROOP_NOUNS reads them.
GREEK_TROOP_NOUNS = r"|στρατιώτες|στρατιωτών|(?:άτομα\s+|στρατιωτικό\s+)?προσωπικ(?:ό|ού)"
# What other_languages.TROOP_NOUNS ends with.
TROOP_NOUNS_MORE = (GREEK_TROOP_NOUNS + SLAVIC_TROOP_NOUNS + ROMANCE_MEN_NOUNS
                    + TURKISH_BALTIC_TROOP_NOUNS)
# What other_languages.OUT_OF_WORDS, OF_GDP_WORDS and RELATIVE_YEARS end with.
OUT_OF_WORDS_MORE = (OUT_OF_WORDS_SOUTH_SLAVIC + OUT_OF_WORDS_ALBANIAN + OUT_OF_WORDS_CYRILLIC
                     + OUT_OF_WORDS_GREEK + central.CZECH_OUT_OF)
OF_GDP_WORDS_MORE = ROMANCE_GDP_NAMES + CYRILLIC_GDP_WORDS + SCANDINAVIAN_GDP_WORDS
RELATIVE_YEARS_MORE = (SLOVENIAN_LAST_YEAR + CYRILLIC_GREEK_RELATIVE_YEARS
                       + central.SOUTH_SLAVIC_RELATIVE_YEARS)
