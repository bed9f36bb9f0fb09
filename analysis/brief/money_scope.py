"""Money and shares that are not an ally's own defence spending: money with no currency named,
and shares of GDP given to a partner (Ukraine, aid); and the price basis a money figure states."""

from __future__ import annotations

import re

from analysis.brief.scope import (
    AGREE_ONLY,
    DEFENCE,
    SPENDING,
    clause_around,
    clause_before,
    whole_words,
)
from analysis.extract.numbers import number_word_alternation
from analysis.extract.scales import (
    ALLIED_CURRENCY_CODES,
    ALLIED_CURRENCY_WORDS,
    EURO_OR_POUND_CODES,
    EURO_WORD,
    POUND_WORD,
)
from analysis.vocabulary import (
    CONSTANT_PRICE_WORDS,
    CURRENT_PRICE_WORDS,
    NATO_OR_ALLIANCE_NAMED,
)

CONSTANT_PRICES = whole_words(CONSTANT_PRICE_WORDS)
CURRENT_PRICES = whole_words(CURRENT_PRICE_WORDS)

# "Combined allied outlays are nearing 1.6 trillion": money with no currency, in a sentence
# about NATO's spending. NATO publishes dollars; the figure may agree with them, never dispute.
NO_CURRENCY_SCALE = re.compile(r"\b(?:billion|trillion|bn|tn)\b", re.I)
NO_CURRENCY = f"currency not stated, read as US dollars, {AGREE_ONLY}"


def dollars_assumed(unit: object, value: float, surface: str, sentence: str, at: int) -> str:
    """NO_CURRENCY when a plain count is money with no currency named, else ''."""
    if unit != "count" or value < 1e9 or not NO_CURRENCY_SCALE.search(surface):
        return ""
    around = clause_around(sentence, at, surface, 80)
    # another currency named before it: "€1.5 trillion ... and 1.6 trillion" are euros
    # ("zlot\w*": the zloty's declined forms too, "zlotych")
    other = re.search(
        rf"\b(?:{EURO_WORD}|{POUND_WORD}|kroner|zlot\w*|{EURO_OR_POUND_CODES})\b|[€£]",
        sentence[:max(at, 0)], re.I)
    if (SPENDING.search(around) or DEFENCE.search(around)) and not other:
        return NO_CURRENCY
    return ""


# "give Ukraine 0.25% of their GDP in military aid": a share for a partner, not defence spending.
SHARE_FOR_PARTNER = re.compile(
    r"\b(?:for|to|on|give|gave|giving|support\w*)\s+(?:\w+\s+)?(?:Ukraine|Kyiv)\b|"
    r"\b(?:aid|assistance|donat\w*|military\s+support|support\s+(?:for|to))\b", re.I)


def share_for_partner(sentence: str, at: int, surface: str) -> str:
    """Why a share of GDP is aid or spending for a partner, else ''."""
    found = SHARE_FOR_PARTNER.search(clause_around(sentence, at, surface, 60))
    if found:
        return f"a share for a partner or aid ('{found.group()}'), not defence spending"
    return ""


# "will spend $100 billion over four years", "in the past two years", "over the next decade",
# "über vier Jahre", "sur cinq ans", "en los próximos cinco años", "w ciągu czterech lat",
# "in vier jaar", "nei prossimi cinque anni", "em quatro anos": a sum over several years, never one
# year's spending.
SEVERAL = r"(?:\d{1,2}|" + number_word_alternation(2, 10) + r"|several|a\s+few)"
YEARS_SPAN = re.compile(
    r"\b(?:over|across|in|during|within|for)\s+(?:the\s+)?(?:(?:past|last|next|coming|"
    rf"following|previous)\s+)?(?:{SEVERAL}\s+years|(?:a|the|one)\s+decade)\b"
    r"|\b(?:über|binnen|innerhalb)\s+(?:der\s+)?(?:nächsten\s+)?\w+\s+Jahren?\b"
    r"|\bin\s+den\s+(?:nächsten|kommenden|letzten|vergangenen)\s+\w+\s+Jahren\b"
    r"|\b(?:sur|en)\s+(?:les\s+)?(?:\w+\s+)?(?:prochaines\s+|dernières\s+)?\w+\s+ans\b"
    r"|\ben\s+(?:los\s+)?(?:próximos\s+|últimos\s+)?\w+\s+años\b"
    r"|\bw\s+ciągu\s+(?:najbliższych\s+|ostatnich\s+)?\w+\s+lat\b"
    r"|\bin\s+(?:de\s+)?(?:komende\s+|afgelopen\s+)?\w+\s+jaar\b"
    r"|\b(?:in|nei|negli)\s+(?:prossimi\s+|ultimi\s+)?\w+\s+anni\b"
    r"|\b(?:em|nos)\s+(?:próximos\s+|últimos\s+)?\w+\s+anos\b", re.I)


# "has risen for ten years in a row to $380 billion": the years of a trend, not of a sum.
TREND = re.compile(r"\b(?:ris\w*|rose|gr[eo]w\w*|increas\w*|climb\w*|doubl\w*|in\s+a\s+row|"
                   r"straight|running|consecutive)\b", re.I)


def sum_over_years(sentence: str, at: int, surface: str) -> str:
    """Why money is a sum over several years, not one year's spending, else ''."""
    around = clause_around(sentence, at, surface, 60)
    found = YEARS_SPAN.search(around)
    if found and not TREND.search(around):
        return f"a sum over several years ('{found.group()}'), not one year's spending"
    return ""


# "At constant 2021 prices, European allies spent $380bn", "in 2023 dollars": money at the
# prices of a base year NATO does not use (it publishes current and 2015 prices).
OTHER_BASE_YEAR = re.compile(
    r"\b(?:(?:at|in)\s+(?:constant\s+)?(?!2015\b)(?:19|20)\d\d\s+(?:prices|dollars|euros|"
    r"US\s+dollars|USD|EUR)|constant\s+(?!2015\b)(?:19|20)\d\d\s+(?:prices|dollars|euros|USD|"
    r"EUR))\b", re.I)


def at_another_base_years_prices(sentence: str, at: int, surface: str) -> str:
    """Why money is at another base year's constant prices than NATO's, else ''."""
    # (a basis opening the sentence before a comma is of all of it: "In 2023 dollars, ...")
    opening = sentence.split(",")[0] if at > sentence.find(",") > 0 else ""
    found = OTHER_BASE_YEAR.search(opening + " " + clause_around(sentence, at, surface, 60))
    if found:
        return (f"money at another base year's prices ('{found.group()}'); NATO publishes "
                "current and 2015 prices")
    return ""


def stated_price_basis(sentence: str, at: int = -1, surface: str = "") -> str:
    """'constant2015', 'current' or '' when the figure's clause does not say ("USD 486 billion,
    a 19.4% increase in real terms" states the basis of the increase, not of the money)."""
    if not surface or at < 0:
        clause = sentence
    else:
        # (a basis opening the sentence before a comma is of all of it: "In real terms, ...")
        opening = sentence.split(",")[0] if at > sentence.find(",") > 0 else ""
        clause = opening + " " + clause_before(sentence, at, 80) + sentence[at:].split(",")[0]
    if CONSTANT_PRICES.search(clause):
        return "constant2015"
    if CURRENT_PRICES.search(clause):
        return "current"
    return ""


# "€423.3 billion ($457 billion)", "£64bn, or about $81bn": a sum in another currency restated in
# dollars right after it is the writer's conversion at a rate of their day, not NATO's dollars.
_OTHER_CODES = f"{EURO_OR_POUND_CODES}|{ALLIED_CURRENCY_CODES}"
_OTHER_CURRENCY_AMOUNT = (
    rf"(?:(?:[€£]|\b(?:{_OTHER_CODES})\s?)\s?\d[\d.,]*(?:\s*(?:billion|bn|million|mn|"
    rf"trillion|tn)\b)?|\d[\d.,]*(?:\s*(?:billion|bn|million|mn|trillion|tn))?\s*(?:{EURO_WORD}|"
    rf"{POUND_WORD}|{ALLIED_CURRENCY_WORDS}|{_OTHER_CODES})\b)")
CONVERTED_AFTER = re.compile(
    _OTHER_CURRENCY_AMOUNT + r"\s*(?:\(|,?\s+or\s+|[–—]\s*)\s*(?:about|around|roughly|some|"
    r"nearly|approximately|almost|equivalent\s+to|equal\s+to)?\s*$", re.I)
CONVERTED = f"the writer's conversion of a sum in another currency, {AGREE_ONLY}"


def converted_from_other_currency(sentence: str, at: int) -> str:
    """CONVERTED when the money at ``at`` restates, right after it, a sum in another currency."""
    if at <= 0:
        return ""
    return CONVERTED if CONVERTED_AFTER.search(sentence[max(0, at - 60):at]) else ""


# "The latest figures of NATO expenditures are out. This year, they are approaching $1.4
# trillion": a pronoun opening the money's clause points to the spending the sentence before names.
PRONOUN_OPENS_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:they|it|these|this)\s+(?:[\w-]+\s+){0,3}$",
                                  re.I)


def nato_spending_referred_back(sentence: str, at: int, previous_sentence: str) -> str:
    """The sentence before, when it names NATO's spending and the money's clause opens with a
    pronoun pointing to it, else ''."""
    if at <= 0 or not previous_sentence or not PRONOUN_OPENS_CLAUSE.search(sentence[:at]):
        return ""
    named = NATO_OR_ALLIANCE_NAMED.search(previous_sentence) and (
        SPENDING.search(previous_sentence) or DEFENCE.search(previous_sentence))
    return previous_sentence if named else ""
