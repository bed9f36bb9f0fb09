"""The scale words and currencies the figure extractor reads after (or before) a number: "bn",
"billion", "Milliarden" with their values, and dollars, euros, pounds and other currencies by
sign, code or name. :mod:`analysis.extract.patterns` holds the other regexes.
"""

from __future__ import annotations

import re

from analysis.extract.other_language_numbers import (
    DOLLAR_WORDS,
    SCALE_ABBREVIATIONS,
    SCALE_VALUES,
    SCALE_WORDS,
)
from analysis.vocabulary import SCALES

# (Romanian writes "de" between a number from 20 on and its scale: "380 de miliarde de dolari")
SCALE_AFTER = re.compile(
    r"(?:\s+(?:de\s+(?=mili))?|-)(?P<word>(?i:thousand|million|billion|trillion|milliarden|milliarde|miliardi|"
    rf"miliardo|miliarde|miliard|millionen|milioni|milioane{SCALE_WORDS}))\b"
    rf"|\s?(?P<abbr>bn|mn|tn|trn|mln|bln|Mrd\.?|mld{SCALE_ABBREVIATIONS})(?!\w)"
    r"|(?P<short>[bmkBMKT])\b"
)
# "943 billion 218 million", "1 million 300 thousand troops" (translations from Russian and
# Ukrainian write a number as its groups, each with its scale word): the next group of a number
# read up to a scale word, a smaller scale than the one before (see read._smaller_scales).
SCALE_REST = re.compile(
    r"[ \u00a0]+(?P<rest>\d{1,3}(?:\.\d+)?)[ \u00a0]+(?P<word>(?i:thousand|million|billion))\b")
SCALE_VALUE = {
    **SCALES, "bn": 1e9, "bln": 1e9,
    "mn": 1e6, "mln": 1e6, "tn": 1e12, "trn": 1e12, "b": 1e9, "m": 1e6, "k": 1e3, "t": 1e12,
    # German, Italian, Romanian: "380 Milliarden Dollar", "2,5 miliardi di euro", "Mrd."
    "milliarden": 1e9, "milliarde": 1e9, "miliardi": 1e9, "miliardo": 1e9, "miliarde": 1e9,
    "miliard": 1e9, "millionen": 1e6, "milioni": 1e6, "milioane": 1e6, "mrd": 1e9, "mrd.": 1e9,
    "mld": 1e9, **SCALE_VALUES,
}
SCALE_NAME = {value: name for name, value in SCALES.items()}
# The euro and the pound, and the currencies of the other allies in Europe and of Canada, by word
# and code: the brief reads a sum in one of these restated in dollars (money_scope); the
# extractor reads them among more currencies.
EURO_WORD = r"[Ee]uros?"
POUND_WORD = r"[Pp]ounds?"
EURO_OR_POUND_CODES = r"EUR|GBP"
ALLIED_CURRENCY_WORDS = r"zlotys?|kroner|kronor|crowns?|korun[ay]?|forints?|lei"
ALLIED_CURRENCY_CODES = r"PLN|NOK|SEK|DKK|CAD"
CURRENCY_SIGN = rf"US\$|U\.S\.\s?\$|(?:C|CA|A|AU|NZ)\$|\$|€|£|\b(?:USD|{EURO_OR_POUND_CODES})\s?"
CURRENCY_AFTER = re.compile(
    rf"(?:\s+|-)(?P<usd>(?:(?:US|U\.S\.|American)\s+)?[Dd]ollars?{DOLLAR_WORDS})\b"
    r"|\s+(?P<odollar>(?:Canadian|Australian|New\s+Zealand|Hong\s+Kong|Singapore)\s+dollars?)\b"
    rf"|(?:\s+|-)(?P<eur>{EURO_WORD}|ευρώ)\b"  # (Greek "7,1 δισ. ευρώ")
    rf"|(?:\s+|-)(?P<gbp>(?:British\s+)?{POUND_WORD}(?:\s+sterling)?|sterling)\b"
    rf"|\s*(?P<code>USD|{EURO_OR_POUND_CODES})\b"
    # (each word ends at a word's end: the order of the words decides no reading)
    rf"|\s+(?P<other>{ALLIED_CURRENCY_WORDS}|zloty|krone|yen|yuan|roubles?|rubles?|hryvnias?|"
    r"lira|francs|won|rupees|(?:(?:Swedish|Danish|Norwegian|Czech|Icelandic)\s+)?crowns?|"
    r"leva|dinars?|shekels?)\b"
    rf"|\s*(?P<ocode>{ALLIED_CURRENCY_CODES}|CHF|JPY|CNY|RUB|UAH|TRY|AUD)\b"
)
SIGNS = {"$": "USD", "€": "EUR", "£": "GBP"}
