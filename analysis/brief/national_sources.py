"""A government, ministry or state budget named as the source of a share in the other languages
(issue 9): "según el Gobierno", "nach Angaben des Verteidigungsministeriums", "selon le
ministère", "segundo o Governo", "według rządu", "volgens het kabinet", ", a indiqué le
ministre", "- poinformował minister obrony". Its figure is on the national definition, not NATO's
estimate (the English forms are :data:`analysis.brief.share_scope.NATIONAL_ATTRIBUTION`). Read by
:mod:`analysis.brief.share_scope`."""

from __future__ import annotations

import re

from analysis.data.capitals import CAPITAL_NAMES
from analysis.foreign_words import ACCORDING_TO, ACCORDING_TO_AFTER
from analysis.vocabulary import OWN_CLAIM_VERBS

# Other sources than NATO the other languages name (with
# :data:`analysis.vocabulary.OTHER_SOURCE_WORDS`): "według danych GUS", "laut Destatis".
FOREIGN_OTHER_SOURCE_WORDS = ("GUS", "Destatis", "Statistisches Bundesamt", "INE", "ISTAT",
                              "INSEE", "CBS", "SSB", "SCB", "Institut", "Instituto", "Istituto",
                              "Instytut", "Bundesbank", "COFOG", "TÜİK", "TurkStat",
                              # Russian, Ukrainian and Bulgarian: Eurostat, an institute, the IMF
                              "Евростат", "Евростата", "Євростат", "Євростату", "институт",
                              "института", "інститут", "інституту", "МВФ")
# A government or ministry in the other languages (stems, lower case): German, French, Spanish,
# Italian, Portuguese, Polish, Dutch, Nordic, Romanian; "MON" (Poland's defence ministry),
# "Ejecutivo" (the Spanish cabinet).
NATIONAL_SOURCE_STEMS = (
    r"\w*minist\w*|\w*regierung\w*|gouvernement\w*|gobierno|ejecutivo|govern[oa]\w*|rząd\w*"
    r"|kabinet\w*|regering\w*|regjering\w*|guvern\w*|(?-i:MON)|executivo|moncloa|élysée|matignon"
    r"|bundeskanzler\w*|kanzleramt|premier\w*"
    # Nordic ministries: "Forsvarsdepartementet", "Finansdepartementet"
    r"|\w*departement\w*"
    # ministries and governments in Cyrillic (Russian, Ukrainian, Bulgarian: "Минобороны",
    # "міністерства", "правителството", "уряду") and in the Baltic, Finnish, Hungarian and
    # western Slavic languages ("vyriausybės", "valdība", "valitsus", "hallitus", "kormány",
    # "vláda", "vlada")
    r"|\w*министер\w*|\w*міністер\w*|минобороны|міноборони|правител\w*|уряд\w*"
    r"|vyriausyb\w*|valdīb\w*|valitsus\w*|hallitu\w*|kormány\w*|vlád\w*|vlad[aeiou]")
# A state budget or its draft as the subject or the source: "O Orçamento do Estado prevê",
# "la loi de finances", "der Haushaltsentwurf", "la legge di bilancio", "ustawa budżetowa".
BUDGET_LAW_STEMS = (
    r"orçamento\s+do\s+estado|presupuestos?\s+generales|proyecto\s+de\s+presupuestos|"
    r"loi\s+de\s+finances|projet\s+de\s+budget|haushaltsentwurf\w*|bundeshaushalt\w*|"
    r"haushaltsplan\w*|legge\s+di\s+bilancio|manovra\s+finanziaria|ustaw\w+\s+budżetow\w+|"
    r"projekt\w*\s+budżetu|miljoenennota|rijksbegroting|statsbudsjett\w*|statsbudget\w*|"
    r"finanslov\w*|legea\s+bugetului|proiectul\s+de\s+buget")
# Speech verbs after a comma or dash, in the other languages: ", sagte der Minister", ", a
# indiqué le ministre", ", afirmó la ministra", ", disse o ministro", ", ha detto il ministro",
# " - poinformował minister", ", zei de minister", ", sa ministern", ", a declarat ministrul".
SAID_VERBS = (
    r"sagte|erklärte|betonte|teilte\s+\w+\s+mit|(?:a|ont)\s+(?:indiqué|déclaré|affirmé|annoncé|"
    r"précisé|souligné)|dijo|afirmó|aseguró|señaló|indicó|explicó|declaró|disse|afirmou|declarou"
    r"|referiu|ha\s+(?:detto|dichiarato|affermato|spiegato)|poinformował\w*|powiedział\w*"
    r"|przekazał\w*|podał\w*|zapowiedział\w*|anunció|anunciou|zei|verklaarde|sa|sade|uttalte|opplyste|a\s+(?:declarat|spus|"
    r"anunțat|anunţat|precizat)")
# A state budget named as the source after "according to": "laut Haushalt", "selon le budget",
# "zgodnie z budżetem", "volgens de begroting", "enligt budgeten", "podle rozpočtu".
BUDGET_NOUNS = (r"haushalt\w*|budget\w*|presupuesto\w*|bilancio|orçamento|budżet\w*|"
                r"begroting\w*|rozpočt\w*|buget\w*")
THE = r"(?:(?:der|die|das|des|le|la|les|l['’]|el|los|las|il|lo|o|a|os|as|het|de|den|det)\s*)?"
# A verb of saying or estimating and the "that" after it, in the other languages: "estime
# que", "schätzt, dass", "stima che", "calcula que", "estimează că", "a declarat că", "szacuje,
# że", "schat dat" (a source as the subject of the statement that carries the figure).
SAYS_THAT = (
    r"(?:(?:a|ont|hat|ha|han|tem|heeft)\s+)?(?:estim\w*|schätz\w*|stim[ao]\w*|calcul\w*|"
    r"affirm\w*|assur\w*|asegur\w*|garant\w*|sostien\w*|sus[țţt]in\w*|declar\w*|erklär\w*|"
    r"indiqu\w*|indic\w*|preciz\w*|précis\w*|apreciaz\w*|szacuj\w*|szacował\w*|twierdz\w*|"
    r"wylicz\w*|schat|schatte|berekent|rekent|meldt|sagt|sagte|dijo|disse|detto|spus|zegt|zei|"
    r"annonc\w*|anun[țţt]\w*|anunci\w*|betont\w*|soulign\w*|rechnet)"
    r"\s*,?\s+(?:(?:que|dass|daß|che|că|ca|że|dat)\b|qu['’])")

NATIONAL_SOURCE_NAMED = re.compile(
    # "según el Gobierno", "nach Angaben des Verteidigungsministeriums", "según los datos del
    # Ministerio de Defensa", "selon les chiffres du gouvernement", "laut Haushalt"
    rf"\b(?:{ACCORDING_TO})\s+(?:[\w'’]+\s+){{0,3}}?{THE}"
    rf"(?:{NATIONAL_SOURCE_STEMS}|{BUDGET_LAW_STEMS}|{BUDGET_NOUNS})\b"
    # ", sagte der Verteidigungsminister", "- poinformował minister obrony"
    rf"|[,–—-]\s*(?:{SAID_VERBS})\s+{THE}(?:[\w'’]+\s+)?(?:{NATIONAL_SOURCE_STEMS})\b"
    # "Le ministère de la Défense estime que", "Ministerul Apărării estimează că", "Das
    # Verteidigungsministerium schätzt, dass": the government as the subject that says it
    rf"|\b{THE}(?:{NATIONAL_SOURCE_STEMS})\b(?:\s+[\w'’-]+){{0,4}}?\s+{SAYS_THAT}"
    # "O Orçamento do Estado prevê", "le projet de budget prévoit"
    rf"|\b{THE}(?:{BUDGET_LAW_STEMS})\b"
    # "nach eigener Rechnung", "selon ses propres calculs", "según sus propios cálculos",
    # "według własnych wyliczeń", "volgens eigen berekening": the spender's own count
    rf"|\b(?:{ACCORDING_TO}|nach)\s+(?:\w+\s+)?(?:eigen\w*|pr[oó]pr\w*|propi[oa]s|własn\w*|"
    r"egn[ae])\s+\w+"
    # "nach Regierungsangaben", "laut Ministeriumsangaben": German compounds of the source
    r"|\b(?:nach|laut)\s+(?:\w+\s+)?(?:regierungs|ministeriums)\w+"
    # Turkish, Finnish, Estonian, Lithuanian and Hungarian put "according to" after the ministry
    # or government: "Bakanlığına göre", "ministeriön mukaan", "ministeeriumi andmetel"
    rf"|\b(?:\w*(?:bakanlı|hükümet)\w*|{NATIONAL_SOURCE_STEMS})\s+(?:\w+\s+)?"
    rf"(?:{ACCORDING_TO_AFTER})\b", re.I)

# An ally's capital named as its government, the one who gives the figure: "according to
# Warsaw", "Paris says", "selon Varsovie", "laut Berlin", "Madrid estima que"; never a capital
# inside a longer name ("according to Stockholm International Peace Research Institute",
# "Washington-based").
_CAPITAL = (r"\b(?-i:" + "|".join(sorted(map(re.escape, CAPITAL_NAMES), key=len, reverse=True))
            + r")(?![\w’'-])")
# ("which Rome later revised to 1.6%": the government's own revision)
_CAPITAL_SAYS = (r"\s+(?:(?:later|since|then|has|had)\s+)?(?:" + "|".join(OWN_CLAIM_VERBS)
                 + r"|estimates|estimated|revised(?:\s+it)?\s+to)\b")
CAPITAL_AS_SOURCE_IN_ENGLISH = re.compile(
    rf"\baccording\s+to\s+{_CAPITAL}(?!\s+(?-i:[A-Z]))|{_CAPITAL}{_CAPITAL_SAYS}", re.I)
CAPITAL_AS_SOURCE = re.compile(
    rf"\b(?:{ACCORDING_TO})\s+{_CAPITAL}(?!\s+(?-i:[A-Z]))|{_CAPITAL}{_CAPITAL_SAYS}"
    rf"|{_CAPITAL}\s+{SAYS_THAT}", re.I)


def foreign_national_source(sentence: str) -> str:
    """The words of ``sentence`` naming a government, ministry or state budget (or the capital
    as the government) as the source of its figures in another language than English, else
    ''."""
    found = NATIONAL_SOURCE_NAMED.search(sentence) or CAPITAL_AS_SOURCE.search(sentence)
    return found.group().strip(" ,–—-") if found else ""
