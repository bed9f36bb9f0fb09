"""Years a sentence names rather than dates a figure by: a commitment's name or making ("the 2014
Wales summit goal", "the target agreed in 2014"), and a year inside a parenthesis that gives
another figure. :mod:`analysis.brief.figure_year` drops such a year from a figure.
"""

from __future__ import annotations

import re

from analysis.brief.clause_years import JOINED_IN, dated_events, without_dated_events
from analysis.vocabulary import PLEDGE_NOUNS, SURE_GUIDELINE_NOUNS

# The words of a spending commitment and of its making, once for every reading below: "the 2%
# benchmark", "the commitment made at the Wales summit in 2014", "the target was agreed in 2014",
# "since it was set in 2014", "when the pledge was launched", "since its establishment in 2014".
COMMITMENT_NOUN = "(?:" + "|".join((*SURE_GUIDELINE_NOUNS, *PLEDGE_NOUNS)) + ")s?"
COMMITMENT_MADE = r"(?:made|agreed|set|adopted|taken|established|launched|introduced)"
COMMITMENT_MAKING = r"(?:establishment|adoption|introduction|creation|inception|launch)"


# A year in digits, not part of a larger number or a share ("2014", never "2014.5" or "2014%").
YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)")


# "met the 2014 Wales summit goal", "the 2014 pledge": the year names a goal; a figure takes it
# only when the sentence also dates something by it ("in 2014"). "At the 2014 summit" is a time.
NAMING_YEAR = re.compile(r"(?<!\bat\sthe\s)(?<!\bduring\sthe\s)\b((?:19|20)\d\d)\s+"
                         r"(?:[A-Z][\w-]+\s+){0,2}(?:summit\s+)?" + COMMITMENT_NOUN + r"\b")


# "have yet to meet the commitment made at the Wales summit in 2014", "the target agreed upon in
# 2014": the year dates the commitment, not a figure of the sentence. "when the pledge was made in
# 2014" is a time a figure may take ("three allies met it when ..."), so it is left to the figure.
# The same after "since": "for the first time since its establishment in 2014", "since it was set
# in 2014", "since the target was agreed in 2014" (the figure is of a later time).
COMMITMENT_MADE_IN = re.compile(
    r"(?:(?<!\bwhen\sthe\s)\b" + COMMITMENT_NOUN + r"\s+(?:(?:that\s+)?(?:was|were)\s+)?"
    r"|\bsince\s+(?:it|they)\s+(?:was|were)\s+)" + COMMITMENT_MADE +
    r"(?:\s+(?:up)?on)?(?:\s+(?:at|during)\s+the\s+(?:[A-Z][\w-]+\s+){0,2}summit)?"
    r"\s+in\s+((?:19|20)\d\d)\b"
    # "a more ambitious 3.5% goal agreed at a June 2025 summit", "set at the 2014 Wales Summit"
    r"|\b" + COMMITMENT_NOUN + r"\s+" + COMMITMENT_MADE + r"\s+(?:at|during)\s+(?:a|the)\s+"
    r"(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\s+(?:[A-Z][\w-]+\s+){0,2}[Ss]ummit\b"
    r"|\bsince\s+(?:its|their|the\s+(?:[\w%-]+\s+){0,3}?" + COMMITMENT_NOUN + r"['’]s)\s+"
    + COMMITMENT_MAKING + r"\s+in\s+((?:19|20)\d\d)\b"
    # "Germany's 2024 budget, adopted in 2023, gives 2.12%": when a budget or law was passed
    r"|\b(?:budget|law|bill|plan)s?,\s+(?:" + COMMITMENT_MADE +
    r"|passed|approved|presented|drafted|tabled)\s+in\s+((?:19|20)\d\d)\b")


def naming_year(year: int, sentence: str) -> bool:
    """True when ``sentence`` names ``year`` only as an event's name ("the 2014 Wales summit"),
    as when a commitment was made ("the commitment made at the Wales summit in 2014"), as when
    an ally joined ("joining in April 2023") or as another event's date ("elected in 2021")."""
    named = [m for found in (NAMING_YEAR.finditer(sentence), COMMITMENT_MADE_IN.finditer(sentence),
                             JOINED_IN.finditer(sentence), dated_events(sentence))
             for m in found if int(next(group for group in m.groups() if group)) == year]
    rest = without_dated_events(JOINED_IN.sub(" ", COMMITMENT_MADE_IN.sub(" ", sentence)))
    return bool(named) and re.search(rf"\b(?:in|for|of|by|since)\s+{year}\b", rest) is None


# "al 2,76% del PIL (2,61% nel 2024; 2,44% del 2023)": a year inside the parenthesis right after
# a figure is the year of the figure the parenthesis gives, not of the one before it.
PARENTHESIS_WITH_FIGURE = re.compile(
    r"[^()\d.;]{0,20}\(\s*[^()]*?\d(?:[\d.,]*\d)?\s*(?:%|per\s?cent|percent)[^()]*\)", re.I)


# "In 2022, only seven allies met the 2% target that was agreed upon in 2014": the figure's year is
# the one the sentence dates itself by before the figure, when the year nearest it only names
# when the commitment was made and the sentence names no third year.
DATED_BY = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d\d)\b(?![%.,]\d)", re.I)


def year_beside_a_naming_year(year: int, sentence: str, at: int) -> int | None:
    """The other year of ``sentence`` dating it ("in 2022") before the figure at ``at``, when
    ``year`` only names a commitment's making; else None."""
    if at < 0:
        return None
    others = {int(found) for found in YEAR.findall(sentence)} - {year}
    dated = {int(found.group(1)) for found in DATED_BY.finditer(
        COMMITMENT_MADE_IN.sub(" ", sentence[:at]))} - {year}
    return dated.pop() if len(others) == 1 and dated == others else None


def year_of_parenthesis_after(year: int, sentence: str, end: int) -> bool:
    """True when ``year`` stands only in a parenthesis right after the figure ending at ``end``
    that gives another figure with it."""
    found = PARENTHESIS_WITH_FIGURE.match(sentence, end)
    if not found or str(year) not in found.group():
        return False
    return str(year) not in sentence[:end] + sentence[found.end():]
