"""A share of GDP on another basis than NATO's definition (issue 9): "or 1.2% excluding the
special fund", "o el 0,9% si se excluyen las pensiones", "ma escludendo le pensioni la quota
scende all'1,2%", "ou 1,8 % hors pensions", "ohne das Sondervermögen wären es 1,5 Prozent",
"the regular defence budget"; and a part of a share of GDP ("2.1% of GDP, of which 0.5% goes on
equipment"), which is of GDP, not the part of defence spending NATO's equipment share is; a
share of another whole ("2% of total public spending"). Read by :mod:`analysis.brief.subject`."""

from __future__ import annotations

import re

from analysis.extract.patterns import OF_OTHER_SPENDING
from analysis.vocabulary import LEAVING_OUT_WORDS

# Leaving a part of spending out, in English, German, French, Spanish, Italian and Polish: the
# words shared with leaving an ally out, and the ones read anywhere in the figure's piece that
# need no ally after them. Not "without" or a bare "sans": too common alone.
EXCLUDING_A_PART = re.compile(
    r"\b(?:" + "|".join(word for word, _ in LEAVING_OUT_WORDS) + r"|"
    r"excluded|exclude|not\s+counting|leaving\s+out|net\s+of|minus|"
    r"ausgenommen|sans\s+(?:les?|la|l['’])|en\s+excluant|exclu\w*|"
    r"excluy\w*|escludendo|esclus\w*|al\s+netto|nie\s+licząc|wyłączając|"
    # Norwegian, Danish, Romanian, Turkish (after the noun: "ABD hariç"); not Swedish "utan",
    # which is also "but"
    r"uten|uden|fără|hariç)\b", re.I)
# A part of the defence budget named as the figure's subject: "Germany's regular defence budget
# equals 1.5% of GDP; with the special fund, 2.4%", "der Kernhaushalt", "le budget ordinaire".
PART_OF_THE_BUDGET = re.compile(
    r"\b(?:regular|ordinary|base|core)\s+(?:defen[cs]e\s+|military\s+)?budget\b|"
    r"\bKernhaushalt\w*|\bEinzelplan\s+14\b|\bregulären\s+(?:Verteidigungs)?[Hh]aushalt\w*|"
    r"\bbudget\s+ordinaire\b|\bpresupuesto\s+ordinario\b|\bbilancio\s+ordinario\b", re.I)
# Adding a part the base figure leaves out, on a condition: "a figure that rises to 2% when coast
# guard spending is counted", "if pensions are included", "With coast guard spending counted, ...".
COUNTED_IN = re.compile(
    r"\b(?:when|if|once)\s+(?:[\w'’-]+\s+){0,5}?(?:is|are|were|was)\s+(?:counted|included|"
    r"added|factored\s+in|taken\s+into\s+account)\b|"
    r"^\W*with\s+(?:[\w'’-]+\s+){1,4}?(?:counted|included|added)\s*$", re.I)
OPENING_EXCLUSION = re.compile(r"\W*(?:(?:and|but|yet|or)\s+)?" + EXCLUDING_A_PART.pattern, re.I)
OTHER_BASIS = ("a share on another basis (a part of spending left out or added), not NATO's "
               "definition")
# "Germany's defence budget rose to 2% of total public spending", "2.12% of the federal
# budget": a share of another whole than the economy, whatever a level read it as.
OTHER_WHOLE = "a share of another whole (a budget, public spending), not of GDP"

# "2.1% of GDP on defence, of which 0.5% on equipment": the part is of GDP.
OF_WHICH_AFTER_SHARE = re.compile(
    r"\d\s*(?:%|per\s?cent|percent)\s+of\s+(?:its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product)"
    r"\b[^.;]{0,40}?,?\s+of\s+(?:which|that|this)\s+(?:[\w-]+\s+){0,3}?$", re.I)
PART_OF_SHARE = "a part of a share of GDP, of GDP, not a share of defence spending"


def share_on_another_basis(sentence: str, at: int, surface: str) -> str:
    """Why an ally's share of GDP leaves a part of spending out, else '': the exclusion stands
    in the figure's own piece of the sentence (between commas), or opens the piece before it
    ("Excluding pensions, Italy spends 1.2%")."""
    if at < 0:
        return ""
    before = re.split(r"[,;:]", sentence[:at])
    own = before[-1] + surface + re.split(r"[,;:]", sentence[at + len(surface):])[0]
    opening = before[-2] if len(before) > 1 else ""
    if EXCLUDING_A_PART.search(own) or OPENING_EXCLUSION.match(opening) or \
            PART_OF_THE_BUDGET.search(own) or COUNTED_IN.search(own) or \
            COUNTED_IN.search(opening):
        return OTHER_BASIS
    return OTHER_WHOLE if OF_OTHER_SPENDING.match(sentence, at + len(surface)) else ""


def part_of_a_share_of_gdp(sentence: str, at: int) -> str:
    """Why an equipment share is a part of a share of GDP written before it, else ''."""
    if at < 0 or not OF_WHICH_AFTER_SHARE.search(sentence[max(0, at - 110):at]):
        return ""
    return PART_OF_SHARE


# "Poland will spend 4.5% of its 2023 GDP this year", "equal to 4.5% of last year's GDP": a
# share of another year's GDP; NATO divides a year's spending by the same year's GDP.
GDP_OF_NAMED_YEAR = re.compile(
    r"\bof\s+(?:its\s+|their\s+|the\s+)?(?:(?P<year>(?:19|20)\d\d)|(?:the\s+)?(?:last|previous)"
    r"\s+year['’]s)\s+(?:GDP|gross\s+domestic\s+product)\b", re.I)
OTHER_YEAR_NAMED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:this|next|last)\s+year\b", re.I)
ANOTHER_YEARS_GDP = "a share of another year's GDP, not of the same year's as NATO's"


def share_of_another_years_gdp(sentence: str, at: int, surface: str) -> str:
    """Why a share of GDP is of another year's GDP than its spending's, else '': its GDP is
    "last year's", or of a year while the sentence names another year for the spending."""
    if at < 0:
        return ""
    found = GDP_OF_NAMED_YEAR.search(sentence, at, at + len(surface) + 40)
    if found is None or found.start() > at + len(surface) + 5:
        return ""
    if found["year"] is None:
        return ANOTHER_YEARS_GDP
    rest = sentence[:found.start()] + " " + sentence[found.end():]
    others = {m.group().lower() for m in OTHER_YEAR_NAMED.finditer(rest)} - {found["year"]}
    return ANOTHER_YEARS_GDP if others else ""
