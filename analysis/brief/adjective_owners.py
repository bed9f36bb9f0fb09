"""An ally's spending named by its adjective in Dutch, Spanish, Portuguese, Italian, Polish,
Danish, Norwegian, Swedish, Czech, Greek, Romanian and Hungarian ("de Deense defensie-uitgaven",
"el gasto militar español", "la spesa italiana per la difesa", "polskie wydatki obronne"), read
as :mod:`analysis.brief.owner` reads the English, German and French ones. Only the adjective
right before or after the spending noun owns it: "el ministro español dijo que la OTAN gasta
2,7%" names a person's country, not the spending's owner."""

from __future__ import annotations

import re

from analysis.data.ally_adjectives import (
    CZECH_ADJECTIVE_STEMS,
    DUTCH_ADJECTIVE_STEMS,
    GREEK_ADJECTIVE_STEMS,
    HUNGARIAN_ADJECTIVES,
    ITALIAN_ADJECTIVE_STEMS,
    NORDIC_ADJECTIVE_STEMS,
    POLISH_ADJECTIVE_STEMS,
    PORTUGUESE_ADJECTIVE_STEMS,
    ROMANIAN_ADJECTIVE_STEMS,
    SPANISH_ADJECTIVE_STEMS,
)

# An accented vowel of a stem may lose its accent before an ending ("alemán", "alemana";
# "português", "portuguesa").
_UNACCENTED = {"á": "a", "à": "a", "â": "a", "ã": "a", "é": "e", "ê": "e", "í": "i", "ó": "o",
               "ô": "o", "õ": "o", "ú": "u"}


def _stem_pattern(stem: str) -> str:
    return "".join(f"[{_UNACCENTED[c]}{c}]" if c in _UNACCENTED else re.escape(c)
                   for c in stem.lower())


def _key(word: str) -> str:
    return "".join(_UNACCENTED.get(c, c) for c in word.lower())


def _adjective(stems: dict[str, str], endings: str) -> str:
    alternation = "|".join(_stem_pattern(stem) for stem in sorted(stems, key=len, reverse=True))
    return r"\b(" + alternation + r")(?:" + endings + r")?\b"


# Each language's spending, with its defence words where they stand (a spending noun alone,
# "el gasto italiano", is still the ally's own).
_SPENDING_NOUN_FIRST = {
    "es": r"\b(?:gastos?|presupuestos?|inversi[oó]n(?:es)?)\s+(?:(?:militar(?:es)?|(?:en|de)"
          r"\s+(?:la\s+)?defensa)\s+)?",
    "pt": r"\b(?:gastos?|despesas?|or[çc]amentos?|investimentos?)\s+(?:(?:militar(?:es)?|"
          r"(?:com|em|de)\s+(?:a\s+)?defesa)\s+)?",
    "it": r"\b(?:spes[ae]|bilanci[oi]|budget)\s+(?:(?:militar[ei]|(?:per\s+la|della)\s+difesa)"
          r"\s+)?",
    "ro": r"\bcheltuiel\w*\s+(?:(?:militare|(?:de|pentru)\s+apărare)\s+)?",
}
_SPENDING_AFTER = {
    "nl": r"\s+(?:defensie-?(?:uitgaven|budget|begroting|bestedingen)|militaire\s+uitgaven|"
          r"uitgaven)\b",
    "pl": r"\s+(?:wydatk\w*|budżet\w*|nakład\w*)",
    "nordic": r"\s+(?:f[oö]rsvars|milit[æä]r\w*\s+)?(?:udgift|utgift|budget|budsjett)\w*",
    "cs": r"\s+(?:(?:obrann|vojensk)\w+\s+)?(?:výdaj|rozpoč)\w*",
    "el": r"\s+(?:(?:αμυντικ|στρατιωτικ)\w+\s+)?(?:δαπάν|προϋπολογισμ)\w*",
    "hu": r"\s+(?:(?:védelmi|katonai)\s+)?(?:kiadás|költségvetés)\w*",
}
_ADJECTIVES = {
    "es": (SPANISH_ADJECTIVE_STEMS, "o|a|os|as|es|e|s"),
    "pt": (PORTUGUESE_ADJECTIVE_STEMS, "o|a|os|as|es|e|s"),
    "it": (ITALIAN_ADJECTIVE_STEMS, "o|a|i|e|hi|he"),
    "ro": (ROMANIAN_ADJECTIVE_STEMS, "e|ă|a|i|ești|ească|ez|eze|eză|ezi|ii|ei"),
    "nl": (DUTCH_ADJECTIVE_STEMS, "e"),
    "pl": (POLISH_ADJECTIVE_STEMS, "i|ie|a|ą|ich|iego|iej|im|imi|y|e"),
    "nordic": (NORDIC_ADJECTIVE_STEMS, "e|a"),
    "cs": (CZECH_ADJECTIVE_STEMS, "é|ý|á|ých|ého|ou|ém|ými|ým"),
    "el": (GREEK_ADJECTIVE_STEMS, "ές|ες|ή|η|ός|ος|ό|ο|ών|ού|ά|α|ής|ης|οί|οι|ούς|ους"),
    "hu": (HUNGARIAN_ADJECTIVES, ""),
}
ADJECTIVE_READINGS = tuple(
    (re.compile((_SPENDING_NOUN_FIRST.get(language, "")
                 + _adjective(stems, endings) + _SPENDING_AFTER.get(language, "")), re.I),
     {_key(stem): ally for stem, ally in stems.items()})
    for language, (stems, endings) in _ADJECTIVES.items())
# The spending nouns these readings need, one of which a sentence must hold.
SPENDING_NOUNS = ("gast", "presupuest", "inversi", "despes", "orçament", "orcament",
                  "investiment", "spes", "bilanci", "budget", "cheltuiel", "uitgaven",
                  "besteding", "begroting", "wydatk", "budżet", "nakład", "udgift", "utgift",
                  "budsjett", "výdaj", "rozpoč", "δαπάν", "προϋπολογισμ", "kiadás", "költségvetés")


# The defence those spending nouns must be about, somewhere in the sentence, as the English reading
# asks "defence spending": "el gasto italiano en investigación", "de Nederlandse uitgaven aan
# onderwijs" are another spending.
DEFENCE_STEMS = ("defens", "defes", "difes", "militar", "militair", "apărar", "obron", "zbroj",
                 "obran", "vojensk", "forsvar", "försvar", "αμυντικ", "στρατιωτικ", "védelm",
                 "katonai", "armat", "armad", "krijgsmacht", "leger")


def spending_of_ally_in_more_languages(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, ally) for each adjective that owns the spending it stands with, in a sentence
    about defence."""
    lowered = sentence.lower()
    if not any(noun in lowered for noun in SPENDING_NOUNS) or \
            not any(stem in lowered for stem in DEFENCE_STEMS):
        return []
    found = []
    for pattern, allies in ADJECTIVE_READINGS:
        for match in pattern.finditer(sentence):
            found.append((match.start(1), match.end(), allies[_key(match.group(1))]))
    return found
