"""The allies' adjectives in German and French, as the news writes an ally's spending with them
("die deutschen Verteidigungsausgaben", "les dépenses militaires polonaises"). English adjectives
are :data:`analysis.vocabulary.ALLY_ADJECTIVES`. Each stem takes the language's endings (German
-e/-en/-er/-es; French -e/-s/-es). Imports nothing of the package.
"""

from __future__ import annotations

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
