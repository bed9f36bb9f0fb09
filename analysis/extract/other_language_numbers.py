"""Numbers as other languages than English write them (issue 9): small cardinals as words
("zwei", "trois", "tre"), the number words read only inside a relative past ("vor einem
Jahrzehnt"), thousands, millions and billions as words and abbreviations with their values, and
dollars. :mod:`analysis.extract.other_languages` joins the number words into the master regex's
gates; :mod:`analysis.extract.scales` reads the scales and dollars.
"""

from __future__ import annotations

from analysis.extract import other_languages_central as central
from analysis.extract import other_languages_more as more

# Thousands, millions and trillions as words: "455 bin", "90 tys.", "90 Tsd.", "10.471 millones".
# Dutch "miljard", "miljoen", Czech "miliardy", "miliard" (as Polish), Hungarian "milliárd",
# "millió", Latvian "miljardi", "miljardu", Portuguese "mil milhões", "milhões".
SCALE_WORDS = (r"|mil millones|millones|bin(?:den)?|billionen|biljoen|miljard(?:en)?|miljoen(?:en)?"
               r"|miliardy|milliárd|millió|miljard[iu]|miljon[iu]|mil milhões|milhões"
               # Swedish "miljarder", "miljoner", Norwegian and Danish "milliarder", "millioner";
               # Turkish "milyar", "milyon", "trilyon"; Croatian and Slovenian "milijardi",
               # "milijuna"; Greek "δισεκατομμύρια", "3,5 δισ."; Italian "90 mila"
               r"|(?=[mtδεхмтh])(?:mil(?:a|j(?:arder|oner)|li(?:arder|oner)|y(?:ard?|on)"
               r"|ij(?:ard[aei]?|un[a]?))|trilyon|" + more.POLISH_THOUSANDS
               + more.SCALE_WORDS_MORE + r"|δισεκατομμύρια|εκατομμύρια)"
               + central.CZECH_SLOVAK_SCALE_WORDS)
# French "380 milliards de dollars", "millions"; Spanish "1,3 billones de dólares" and Catalan "1,1
# bilions de dòlars" (trillions: the long scale); Albanian "380 miliardë dollarë", "milionë";
# Indonesian "485 miliar dolar", "triliun"; Italian "1,5 trilioni di dollari" (the news's
# trillion, as English writes it).
ROMANCE_AND_MORE_SCALES = {"milliards": 1e9, "millions": 1e6, "billones": 1e12, "billón": 1e12,
                           "bilions": 1e12, "bilió": 1e12, "miliardë": 1e9, "milionë": 1e6,
                           "miliar": 1e9, "triliun": 1e12, "trilioni": 1e12}
SCALE_WORDS += "|" + "|".join(ROMANCE_AND_MORE_SCALES)
SCALE_ABBREVIATIONS = r"|tys\.|Tsd\.|δισ\.|εκατ\.|τρισ\." + more.SCALE_ABBREVIATIONS_MORE
# (German "Billionen" and Dutch "biljoen" are trillions: "1,47 Billionen Dollar", "1,5 biljoen
# dollar"; Portuguese "bilião" is one too, Brazilian "bilhão" a billion: both left out.)
SCALE_VALUES = {"mil millones": 1e9, "millones": 1e6, "bin": 1e3, "tys.": 1e3, "tsd.": 1e3,
                "billionen": 1e12, "biljoen": 1e12, "miljard": 1e9, "miljarden": 1e9,
                "miljoen": 1e6, "miljoenen": 1e6, "miliardy": 1e9, "milliárd": 1e9,
                "millió": 1e6, "miljardi": 1e9, "miljardu": 1e9, "miljoni": 1e6, "miljonu": 1e6,
                "mil milhões": 1e9, "milhões": 1e6, "miljarder": 1e9, "miljoner": 1e6,
                "milliarder": 1e9, "millioner": 1e6, "milyar": 1e9, "milyon": 1e6,
                "trilyon": 1e12, "milijard": 1e9, "milijarda": 1e9, "milijarde": 1e9,
                "milijardi": 1e9, "milijun": 1e6, "milijuna": 1e6, "δισεκατομμύρια": 1e9,
                "εκατομμύρια": 1e6, "δισ.": 1e9, "εκατ.": 1e6, "τρισ.": 1e12,
                **more.SCALE_VALUES_MORE, **central.CZECH_SLOVAK_SCALE_VALUES,
                **ROMANCE_AND_MORE_SCALES}

# Dollars in the other languages, after a number or its scale (scales.CURRENCY_AFTER): German
# "968 Milliarden US-Dollar", Polish "35 mld dolarów", "967 mld dol.", Romanian "2,2 miliarde
# de dolari", Croatian and Turkish "559 milijardi dolara", "1,4 trilyon dolara", Czech
# "dolarů", Italian "968 miliardi di dollari", Spanish "millones de dólares", French
# "milliards de dollars", Hungarian "milliárd dollár", Greek "δολάρια".
# (Catalan "dòlars", Albanian "dollarë")
DOLLAR_WORDS = (r"|US-Dollars?|(?:(?:de|di)\s+)?(?:dolar(?:ów|i|a|y|ů|ilor)?|dollari|dólares"
                r"|dòlars|dollarë|dollars|dollár\w*|δολάρια|δολαρίων)|dol(?=\.)"
                + more.DOLLAR_WORDS_MORE
                + central.SLOVAK_DOLLAR_WORDS)


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
    # Italian and French past the first table: "quattro Paesi", "quatre pays", "nove alleati"
    "quattro": 4, "quatre": 4, "nove": 9,
    # Portuguese ("cinco", "seis" as Spanish, "onze" as French, "nove" as Italian)
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "sete": 7, "oito": 8, "dez": 10, "doze": 12,
    # Dutch ("elf", "vier" as German): "Zeven landen", "drie bondgenoten"
    "twee": 2, "drie": 3, "vijf": 5, "zes": 6, "zeven": 7, "negen": 9, "tien": 10,
    "twaalf": 12,
    # Czech, with the genitive of two and three ("dvou procent", "tří zemí"); not "jedenáct"
    # (eleven), which would open a branch for "j"
    "dva": 2, "dvě": 2, "dvou": 2, "tři": 3, "tří": 3, "čtyři": 4, "pět": 5, "šest": 6,
    "sedm": 7, "osm": 8, "devět": 9, "deset": 10, "dvanáct": 12,
    # Hungarian ("hat", six, is German "has", and "hét", seven, is also "week"; "két", "kettő"
    # and "kilenc" would open a branch for "k"): "három ország"
    "három": 3, "négy": 4, "öt": 5, "nyolc": 8, "tíz": 10, "tizenegy": 11, "tizenkét": 12,
    "tizenkettő": 12,
    # Latvian, masculine and feminine: "trīs valstis", "septiņas dalībvalstis"
    "divi": 2, "divas": 2, "trīs": 3, "četri": 4, "četras": 4, "pieci": 5, "piecas": 5,
    "seši": 6, "sešas": 6, "septiņi": 7, "septiņas": 7, "deviņi": 9, "deviņas": 9, "desmit": 10,
    "vienpadsmit": 11, "divpadsmit": 12,
    # Hungarian counts of people or allies ("heten teljesítették", seven of them did; "2021-ben
    # nyolcan"); Romanian ("trei țări", "șapte țări"; not "opt" or "nouă", also "opt" and "new");
    # Albanian ("pesë", "shtatë", "tetë", "dhjetë"; "tre" as Italian)
    "hárman": 3, "négyen": 4, "öten": 5, "hatan": 6, "heten": 7, "nyolcan": 8, "tízen": 10,
    "două": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6, "şase": 6, "șapte": 7, "şapte": 7,
    "zece": 10, "pesë": 5, "shtatë": 7, "tetë": 8, "dhjetë": 10,
    # teens, the counts of allies at 2% (18, 19, 23 ...): German, Dutch, Italian, Spanish,
    # Polish (not those starting "a", "j" or "v": "achtzehn", "achttien", "jedenaście", "veinte")
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
    "neunzehn": 19, "zwanzig": 20, "dertien": 13, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "negentien": 19, "twintig": 20, "tredici": 13, "quindici": 15, "sedici": 16,
    "diciassette": 17, "diciotto": 18, "diciannove": 19, "trece": 13, "catorce": 14,
    "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    "trzynaście": 13, "czternaście": 14, "piętnaście": 15, "szesnaście": 16,
    "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19, "dwadzieścia": 20,
    # French and Portuguese ("Dix-huit pays", "dezoito países"; not French "seize", an English
    # verb)
    "treize": 13, "quatorze": 14, "quinze": 15, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
    "vingt": 20, "treze": 13, "catorze": 14, "dezasseis": 16, "dezesseis": 16, "dezassete": 17,
    "dezessete": 17, "dezoito": 18, "dezanove": 19, "dezenove": 19, "vinte": 20,
    **more.TENS_WORD_VALUES, **more.MORE_NUMBER_WORD_VALUES,
}


# Number words read only inside a relative past ("před deseti lety", "vor einem Jahrzehnt",
# "il y a une décennie", "a decade ago"), never as figures: the case forms after a preposition,
# "one" as an article, a decade as ten. The figures' own words are NUMBER_WORD_VALUES above and
# English's cardinals analysis.extract.numbers' (which also reads "a dozen").
COUNTED_BACK_WORDS = {
    # English
    "a": 1, "decade": 10, "a decade": 10,
    # Czech / Slovak (the instrumental after "před", "pred")
    "rokem": 1, "dvěma": 2, "dvoma": 2, "třemi": 3, "tromi": 3, "čtyřmi": 4, "štyrmi": 4,
    "pěti": 5, "piatimi": 5, "deseti": 10, "desiatimi": 10, "desetiletím": 10,
    # German (the dative after "vor")
    "einem": 1, "einem jahrzehnt": 10,
    # French, Spanish, Italian, Portuguese
    "un": 1, "une": 1, "uno": 1, "une décennie": 10, "una década": 10, "due": 2,
    "un decennio": 10, "uma década": 10,
    # Polish
    "dekadę": 10,
}
