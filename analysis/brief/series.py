"""Allies' shares of GDP listed in one sentence, each right after its ally (issue 9).

"Defense expenses according to the NATO report: Poland (4.07 percent of GDP), Estonia (3.41),
Latvia (3.39) ...", "Trei state (Polonia - 4,48%, Lituania - 4% și Letonia - 3,73%)", "la
Polonia (4,48%), la Lituania (4%), la Lettonia (3,73%)": in a run of three or more items "ally
(figure)" or "ally - figure", with "of GDP" (or its Italian, Romanian, Portuguese or German
words) stated once in the sentence or the sentence before, each item is that ally's share of
GDP, also when it is written bare ("3.41") or without "of GDP" ("4%"). The year is the
sentence's or, when it states none, the latest NATO had published by the source's date
(:func:`analysis.brief.check`).

The rules are :data:`SERIES_RULES`, each with an example; :func:`with_listed_share` applies them
to one figure's record (the extractor's columns, with ``at``, its offset in its sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from analysis.brief.list_items import equipment_item_ally
from analysis.brief.values import text_of
from analysis.data.allies import ALLIES
from analysis.extract.entity import ALLY_RE, allies_named
from analysis.extract.guideline_reading import MAX_SHARE_GDP
from analysis.extract.other_languages import (
    GDP_ABBREVIATIONS,
    LIST_AT_WORDS,
    LIST_WITH_WORDS,
    NOT_NAMES,
)
from analysis.extract.patterns import LISTED_SHARE_OTHER
from analysis.foreign_words import FOREIGN_AND_WORDS

# "Estonia (", "Polonia - ", "Latvia: ": the ally right before its figure, then its separator;
# "Francia con 66,5 miliardi (" (the ally's money, then its share in parentheses), "Lituania al "
# ("followed by Lithuania at 4%"), "Estonia with 3.43" (a ranked list: "Poland with 4.12 percent
# of GDP, ahead of Estonia with 3.43, the United States with 3.38"), in the languages of
# analysis.extract.other_languages.
_SEPARATOR = (r"\s*(?:\(\s*|[-–—:]\s*)|\s+(?:with" + LIST_WITH_WORDS + r")\s+"
              r"(?:[^\W\d]+\s+){0,2}\d[\d.,]*\s+[^\W\d]+(?:\s+(?:di\s+|de\s+)?[^\W\d]+)?\s*\(\s*"
              r"|\s+(?:at" + LIST_AT_WORDS + r")\s+|\s+(?:with" + LIST_WITH_WORDS + r")\s+")
ITEM_BEFORE = re.compile(rf"(?:{ALLY_RE.pattern})(?:{_SEPARATOR})$")
# An item anywhere in the sentence: an ally, its separator, then digits.
ITEM = re.compile(rf"(?:{ALLY_RE.pattern})(?:{_SEPARATOR})\d")
# "And" between two items of a list: foreign_words.AND_ANY_LANGUAGE but French and Spanish "en",
# also "in" ("Allemagne (1,57 % en 2023)" is one item, its year after it), and Bulgarian and
# Russian "и", left out so far only to keep what the lists read ("Белгия - 1,21% и Испания").
LIST_AND = "(?:and|" + "|".join(word for word in FOREIGN_AND_WORDS if word not in ("en", "и")) + ")"
# The item ends right after its figure, or its "of GDP": a closing parenthesis, a comma, "and",
# the end, or the parenthesis that gives the ally's money ("Lituania al 4% (3,6 miliardi)").
ITEM_END = re.compile(r"^(?:\s+(?:of|del|din|do|da|de|des)\s+(?:\w+\s+)?(?:GDP|PIL|PIB|BIP|PKB|HDP)"
                      r"\b)?\s*(?:\)|[,;.]|$|\s" + LIST_AND + r"\b|\((?=\s*\d))", re.I)
# "of GDP" in the languages the brief reads: English, Italian (PIL), Romanian, Portuguese,
# Spanish, French (PIB), German (BIP).
GDP_WORDS = re.compile(r"\b(?:GDP|PIL|PIB|BIP|gross\s+domestic\s+product|Bruttoinlandsprodukt\w*|"
                       r"(?:share|size)\s+of\s+(?:its|their|the)\s+econom(?:y|ies)"
                       # the other languages' abbreviations (Polish PKB, Czech HDP, Slovenian
                       # and Croatian BDP: "1,37 odstotka BDP. Manj so porabile le Španija (1,24)";
                       # Lithuanian BVP, Finnish BKT, Estonian SKP: "2 proc. BVP gynybai skiria
                       # Estija (2,12 proc.)")
                       rf"|{GDP_ABBREVIATIONS}|" + "|".join(
                           name for name in NOT_NAMES if name.isupper()) + r")\b", re.I)
# "the highest expenditure. ... Poland (3.9 percent) leads the way from Greece (3.01), Estonia
# (2.73) ...": a list of allies' spending whose items are per cents (one written so) is of shares
# of GDP, also when "of GDP" stood paragraphs before.
SPENDING_WORDS = re.compile(r"\b(?:expenditures?|spending|spends?|spent|outlays?)\b", re.I)
PERCENT_ITEM = re.compile(rf"(?:{ALLY_RE.pattern})(?:{_SEPARATOR})\d{{1,2}}(?:[.,]\d{{1,2}})?"
                          r"\s*(?:%|per\s?cent\b|percent\b)", re.I)
LISTED_METRIC = "listed_ally_share"  # the metric name METRIC_ALIASES reads as ally_share_gdp


@dataclass(frozen=True)
class SeriesRule:
    """One reading of a list item, with the sentence it must read right."""

    name: str
    example: str
    figure: str  # the example's figure, read as ``ally``'s share of GDP
    ally: str


SERIES_RULES = (
    SeriesRule("ally_then_parenthesis",
               "Defense expenses according to the NATO report: Poland (4.07 percent of GDP), "
               "Estonia (3.41), Latvia (3.39).", "3.41", "Estonia"),
    SeriesRule("ally_then_dash",
               "Trei state (Polonia - 4,48%, Lituania - 4% și Letonia - 3,73%) îndeplinesc "
               "obiectivul de 3,5% din PIB.", "4%", "Lithuania"),
    SeriesRule("ally_with_money_then_share",
               "Fra gli alleati europei spiccano Regno Unito con 90,5 miliardi di euro (2,40% del "
               "Pil), Francia con 66,5 miliardi (2,05%), Italia con 45,3 miliardi (2,01%).",
               "2,05%", "France"),
    SeriesRule("ally_at_share",
               "La Polonia guida con il 4,48% del Pil, seguita da Lituania al 4% (3,6 miliardi), "
               "Lettonia al 3,73% (1,6 miliardi) ed Estonia al 3,38% (1,4 miliardi).",
               "3,73%", "Latvia"),
    SeriesRule("per_cent_item_of_a_spending_list",
               "The nations closest to Russia have the highest expenditure. According to 2023 "
               "data, Poland (3.9 percent) leads the way from Greece (3.01), Estonia (2.73), "
               "Lithuania (2.54).", "2.73", "Estonia"),
    SeriesRule("respectively",
               "Poland and Lithuania are the leaders with 4.5% and 4% of GDP, respectively.",
               "4%", "Lithuania"),
    SeriesRule("ally_then_bare_figure",
               "Nem mindenki érte el: Dánia 1,65, Csehország 1,52, Norvégia 1,6 és Belgium a "
               "GDP-jének 1,1 százalékát költötte.", "1,52", "Czechia"),
)

# "Kanada 1,38, Portugália 1,55, ... a GDP-jének 1,28 százalékát": items written "ally figure",
# with no separator and no unit, the unit and "of GDP" given once at the end of the sentence.
# Read only with "of GDP" in the sentence itself and three such items or more.
BARE_ITEM_BEFORE = re.compile(rf"(?:{ALLY_RE.pattern})[ \t\u00a0]+$")
BARE_ITEM = re.compile(rf"(?:{ALLY_RE.pattern})[ \t\u00a0]+\d{{1,2}}(?:[.,]\d{{1,2}})?"
                       r"(?=[,;]|\s" + LIST_AND + r"\b)")

# "A and B ... 4.5% and 4% of GDP, respectively": the allies named before the shares, in order.
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
SHARE_FIGURE = re.compile(r"(?<![\w.,])\d{1,2}(?:[.,]\d{1,2})?\s*(?:%|per\s?cent\b|percent\b)")


def respective_ally(sentence: str, at: int) -> str | None:
    """The ally a share stands for in a "respectively" pairing of as many allies as shares,
    the allies all named before the first share; else None."""
    if not RESPECTIVELY.search(sentence[at:]):
        return None
    starts = [m.start() for m in SHARE_FIGURE.finditer(sentence)]
    if at not in starts or len(starts) < 2:
        return None
    named = list(dict.fromkeys(name for m in ALLY_RE.finditer(sentence[:starts[0]])
                               for name in allies_named(m.group())))
    if len(named) != len(starts) or ALLY_RE.search(sentence[starts[0]:]):
        return None
    return named[starts.index(at)]


def listed_ally(sentence: str, at: int, surface: str, previous_sentence: str = "") -> str | None:
    """The ally whose share of GDP the figure at ``at`` is, as an item of a list of allies'
    shares (module doc), else None."""
    if at < 0 or not surface:
        return None
    if not (GDP_WORDS.search(sentence) or GDP_WORDS.search(previous_sentence)
            or (PERCENT_ITEM.search(sentence) and (SPENDING_WORDS.search(sentence)
                                                   or SPENDING_WORDS.search(previous_sentence)))):
        return None
    respective = respective_ally(sentence, at)
    if respective:
        return respective
    found = ITEM_BEFORE.search(sentence[max(0, at - 60):at])
    items = ITEM.findall(sentence)
    if not found and GDP_WORDS.search(sentence):
        found = BARE_ITEM_BEFORE.search(sentence[max(0, at - 60):at])
        items = BARE_ITEM.findall(sentence) if found else items
    if not found or not ITEM_END.match(sentence[at + len(surface):at + len(surface) + 24]):
        return None
    if len(items) < 3 or LISTED_SHARE_OTHER.search(sentence):
        return None
    named = allies_named(found.group())
    return named.pop() if len(named) == 1 else None


def with_listed_share(record: dict[str, Any]) -> dict[str, Any]:
    """The record as its ally's share of GDP when it is an item of a list of shares."""
    if record.get("unit") not in ("count", "percent", "percent_gdp"):
        return record
    value = record.get("value")
    if value is not None and record.get("unit") == "percent" and 0 < float(value) < 100:
        equipment_ally = equipment_item_ally(
            text_of(record.get("sentence")), record.get("at", -1), text_of(record.get("text")),
            text_of(record.get("previous_sentence")))
        if equipment_ally:
            return {**record, "metric": "equipment_share", "entity": equipment_ally}
    if value is None or not 0 < float(value) <= MAX_SHARE_GDP:
        return record
    ally = listed_ally(text_of(record.get("sentence")), record.get("at", -1),
                       text_of(record.get("text")), text_of(record.get("previous_sentence")))
    if ally is None:
        return record
    return {**record, "unit": "percent_gdp", "metric": LISTED_METRIC, "entity": ally}


def listed_subject(metric_name: str, entity: str) -> tuple[str, str, str] | None:
    """(key, entity, how it was read) for a record :func:`with_listed_share` marked, else
    None."""
    if metric_name == LISTED_METRIC and entity in ALLIES:
        return "ally_share_gdp", entity, "an item of a list of allies' shares"
    return None
