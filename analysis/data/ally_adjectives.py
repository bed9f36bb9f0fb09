"""The allies' adjectives in German and French, as the news writes an ally's spending with them
("die deutschen Verteidigungsausgaben", "les dépenses militaires polonaises"). English adjectives
are :data:`analysis.vocabulary.ALLY_ADJECTIVES`. Each stem takes the language's endings (German
-e/-en/-er/-es; French -e/-s/-es). :data:`NATIONALITIES` puts them with the English ones and
the other languages' words for one ally's forces.
"""

from __future__ import annotations

from analysis.vocabulary import ALLY_ADJECTIVES

GERMAN_ADJECTIVE_STEMS: dict[str, str] = {
    "deutsch": "Germany", "polnisch": "Poland", "französisch": "France",
    "britisch": "United Kingdom", "amerikanisch": "United States",
    "us-amerikanisch": "United States",
    "italienisch": "Italy", "spanisch": "Spain", "niederländisch": "Netherlands",
    "norwegisch": "Norway", "schwedisch": "Sweden", "finnisch": "Finland", "dänisch": "Denmark",
    "kanadisch": "Canada", "türkisch": "Türkiye", "rumänisch": "Romania", "estnisch": "Estonia",
    "lettisch": "Latvia", "litauisch": "Lithuania", "belgisch": "Belgium",
    "tschechisch": "Czechia", "slowakisch": "Slovak Republic", "ungarisch": "Hungary",
    "griechisch": "Greece", "portugiesisch": "Portugal", "bulgarisch": "Bulgaria",
    "kroatisch": "Croatia", "albanisch": "Albania", "slowenisch": "Slovenia",
    "montenegrinisch": "Montenegro", "isländisch": "Iceland", "luxemburgisch": "Luxembourg",
    "nordmazedonisch": "North Macedonia",
}
# French masculine singular forms; "français" and "polonais" already end in -s.
FRENCH_ADJECTIVE_STEMS: dict[str, str] = {
    "allemand": "Germany", "polonais": "Poland", "français": "France",
    "britannique": "United Kingdom", "américain": "United States", "italien": "Italy",
    "espagnol": "Spain", "néerlandais": "Netherlands", "norvégien": "Norway", "suédois": "Sweden",
    "finlandais": "Finland", "danois": "Denmark", "canadien": "Canada", "turc": "Türkiye",
    "roumain": "Romania", "estonien": "Estonia", "letton": "Latvia", "lituanien": "Lithuania",
    "belge": "Belgium", "tchèque": "Czechia", "slovaque": "Slovak Republic", "hongrois": "Hungary",
    "grec": "Greece", "portugais": "Portugal", "bulgare": "Bulgaria", "croate": "Croatia",
    "albanais": "Albania", "slovène": "Slovenia", "monténégrin": "Montenegro",
    "islandais": "Iceland", "luxembourgeois": "Luxembourg", "macédonien": "North Macedonia",
    "turque": "Türkiye", "grecque": "Greece",
}

# The allies whose forces the news names by their German or French adjective ("deutsche
# Soldaten", "soldats français"), each by its first stem above.
FORCES_NAMED_BY_ADJECTIVE = ("Germany", "United States", "United Kingdom", "Poland", "France")


def _first_stem(stems: dict[str, str], ally: str) -> str:
    return next(stem for stem, named in stems.items() if named == ally)


# Nationality words: "12,000 German troops" are one ally's part of an exercise.
NATIONALITIES = (
    *ALLY_ADJECTIVES, "U.S.", "US",
    # other languages: one ally's armed forces or soldiers ("12.000 Soldaten der Bundeswehr",
    # "deutsche Soldaten", "soldati italiani", "soldats français", "polskich żołnierzy")
    "Bundeswehr", "Forsvaret", "TSK", "Wojska Polskiego", "Wojsko Polskie",
    *(_first_stem(GERMAN_ADJECTIVE_STEMS, ally) + ending
      for ally in FORCES_NAMED_BY_ADJECTIVE for ending in ("e", "en")),
    "italiani", "tedeschi", "americani", "britannici", "polacchi", "francesi",
    # (the plural: "français" and "polonais" already end in -s)
    *(stem if stem.endswith("s") else stem + "s" for stem in (
        _first_stem(FRENCH_ADJECTIVE_STEMS, ally) for ally in FORCES_NAMED_BY_ADJECTIVE)),
    "españoles", "alemanes", "estadounidenses", "británicos", "polacos", "polskich",
    "amerykańskich", "niemieckich", "brytyjskich", "norske", "amerikanske", "britiske",
)
