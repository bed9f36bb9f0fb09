"""Reading one figure: the number found by the master regex and the words around it.

Owns :func:`read_figure`, which returns the figure (or None when the number is not a figure,
e.g. "one of") and the position where scanning resumes: the number rules first
(:mod:`analysis.extract.number_rules`), then the sign, dates, proportions and ages, ranges,
scale words, and the unit: percent, currency, then the plain-number rules (years, names, days;
:mod:`analysis.extract.plain_rules`), else a counted noun (allies or countries) or a count.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from analysis.extract import counted_nouns as N
from analysis.extract import patterns as P
from analysis.extract.before import Before
from analysis.extract.core import SEPARATORS, Core, core_of, sign_unit
from analysis.extract.counted_members import allies_or_countries
from analysis.extract.figure import ReadFigure, figure_at
from analysis.extract.number_rules import NUMBER_INDEX, NumberScene
from analysis.extract.numbers import parse_word_number
from analysis.extract.other_language_numbers import NUMBER_WORD_VALUES
from analysis.extract.plain_rules import PLAIN_RULES, PlainNumber
from analysis.extract.rules import decide
from analysis.extract.scales import CURRENCY_AFTER, SCALE_AFTER, SCALE_NAME, SCALE_REST, SCALE_VALUE
from analysis.extract.window_end import search_window
from analysis.foreign_words import OR_WORDS
from analysis.vocabulary import SCALES

# The scale words English writes (and English copy abbreviates): before them "2,325 billion" groups
# thousands. The other languages' scale words follow continental writing, where a comma is a
# decimal one: "2,325 милиарда долара", "2,325 miliardy" are 2.325 billion.
ENGLISH_SCALES = frozenset((*SCALES, "bn", "mn", "tn", "trn",
                            "bln", "mln", "b", "m", "k", "t", None))
COMMA_THOUSANDTHS = re.compile(r"\d{1,3},\d{3}")

row = figure_at  # the figure spanning text[start:end], as read


def read_figure(text: str, match: re.Match) -> tuple[ReadFigure | None, int]:
    """The figure at ``match`` (None when the number is no figure) and where scanning resumes."""
    core = core_of(text, match)
    if core is None:
        return None, match.end()
    scene = NumberScene(text, core)
    if core.source in ("fraction", "duration"):
        return _fraction_or_duration(text, core, scene.before)
    decided = NUMBER_INDEX.decide(core, scene)
    if decided is not None:
        return decided
    before = scene.before
    value, span_start = core.value, before.hedge_start
    if core.source == "digits" and core.start >= 1 and text[core.start - 1] in "-−" and \
            not core.currency and (core.start == 1 or text[core.start - 2] in " (\n\t"):
        value, span_start = -value, min(span_start, core.start - 1)  # a minus sign
    special = _date_proportion_or_age(text, core, before, value, span_start)
    if special is not None:
        return special
    low = high = None
    end = core.end
    range_match = P.RANGE.match(text, end)
    if range_match and _accept_range(core, range_match, before):
        second = range_match.group("dig2")
        low, high = value, (float(SEPARATORS.sub("", second)) if second
                            else parse_word_number(range_match.group("words2")))
        end = range_match.end()
        if core.currency is None and range_match.group("cur2"):
            core = Core(core.start, core.end, core.value, core.source,
                        sign_unit(range_match.group("cur2")), False)
    multiplier, scale, end, word = _scale(text, core, end)
    if scale is not None and low is None and core.source == "digits":
        value, end = _smaller_scales(text, value, multiplier, end)
        if word not in ENGLISH_SCALES and COMMA_THOUSANDTHS.fullmatch(text, core.start, core.end):
            value /= 1000
    return _read_unit(text, core, before, Quantity(
        value, span_start, end, before.hedge is not None, before.hedge, low, high, multiplier,
        scale))


def _fraction_or_duration(text: str, core: Core, before: Before) -> tuple[ReadFigure, int]:
    if core.source == "fraction":
        return row(text, before.hedge_start, core.end, core.value, "other", "share",
                   before.hedge is not None, before.hedge, "fraction"), core.end
    if before.hedge == "over":  # "over a decade" means across a decade
        return row(text, core.start, core.end, core.value, "year", "other"), core.end
    return row(text, before.hedge_start, core.end, core.value, "year", "other",
               before.hedge is not None, before.hedge), core.end


def _date_proportion_or_age(text: str, core: Core, before: Before, value: float,
                            span_start: int) -> tuple[ReadFigure, int] | None:
    """"June 26" and "July 9-11" (days of a month), "one in five" and "aged 18 to 27"."""
    start, end = core.start, core.end
    approximate, qualifier = before.hedge is not None, before.hedge
    if core.source == "digits" and before.month_start is not None and value <= 31 and \
            value == int(value) and not core.currency and not core.is_year_like:
        # A day of the month (the year is labelled on its own).
        days = P.DAY_RANGE.match(text, end)
        date_end, high_day = (days.end(), float(days.group(1))) if days else (end, None)
        return row(text, before.month_start, date_end, value, "other", "date",
                   low=value if days else None, high=high_day), date_end
    one_in = P.ONE_IN.match(text, end) if not core.currency and not core.is_year_like else None
    if one_in:
        denominator = (float(one_in.group("dig")) if one_in.group("dig")
                       else parse_word_number(one_in.group("word")))
        if value < denominator:  # "one in five allies", "1 in 4": a proportion
            return row(text, span_start, one_in.end(), value / denominator, "other", "share",
                       approximate, qualifier, "fraction"), one_in.end()
    if not core.currency and text.find("age", max(0, start - 16), start) >= 0 and \
            P.AGE_BEFORE.search(text, max(0, start - 16), start):
        range_match = P.RANGE.match(text, end)  # "aged 18 to 27": an age in years
        age_end = range_match.end() if range_match and range_match.group("dig2") else end
        age_high = float(range_match.group("dig2")) if age_end != end else None
        return row(text, span_start, age_end, value, "year", "other", approximate, qualifier,
                   low=value if age_high else None, high=age_high), age_end
    return None


class Quantity(NamedTuple):
    """A number read up to its scale word, before its unit is read."""

    value: float
    span_start: int
    end: int
    approximate: bool
    qualifier: str | None
    low: float | None
    high: float | None
    multiplier: float
    scale: str | None


def _read_unit(text: str, core: Core, before: Before, number: Quantity
               ) -> tuple[ReadFigure | None, int]:
    """The unit after the number: a percent, a currency, a year, a counted noun or none."""
    end, currency = number.end, core.currency
    percent = P.PERCENT.match(text, end) if currency is None else None
    if currency is None and not percent:
        currency_after = CURRENCY_AFTER.match(text, end)
        if currency_after:
            end, currency = currency_after.end(), _currency_of(currency_after)
    if currency is None and not percent and number.value <= 100 and \
            text.startswith((" point", " percentage"), end):
        points = P.POINTS_AFTER.match(text, end)
        if points and P.POLL_CONTEXT.search(
                text, max(0, number.span_start - 80), points.end() + 80):
            # "leads by about 20 points in the polls": percentage points
            return _finish(text, number, "percent", "share", points.end(), apply_scale=False)
    if percent:
        return _finish(text, number, _percent_unit(text, number.span_start, percent.end()),
                       "share", percent.end())
    if currency:
        return _finish(text, number, currency, "amount", end)
    start = core.start
    plain = PlainNumber(text, core, before, number.value, number.low, number.multiplier, end)
    decided = decide(PLAIN_RULES, plain, plain)
    if decided is not None:
        return decided
    kind, unit, count_end, approximate, qualifier, span_start = _count_or_other(
        text, core, start, end, number.approximate, number.qualifier, number.span_start,
        number.value * number.multiplier)
    if kind is None:
        return None, count_end
    number = Quantity(number.value, span_start, count_end, approximate, qualifier, number.low,
                      number.high, number.multiplier, number.scale)
    # A count without its noun ("23 of 32 allies") may take the unit of a neighbour.
    return _finish(text, number, unit, kind, count_end, bare=unit == "count" and count_end == end)


def _percent_unit(text: str, span_start: int, end: int) -> str:
    if P.OF_GDP.match(text, end) or P.TARGET_AFTER.match(text, end) or \
            P.SPEND_BEFORE.search(text, max(0, span_start - 20), span_start):
        if search_window(P.NOT_DEFENCE_GDP, text, max(0, span_start - 50), span_start):
            return "percent"  # "its budget deficit stands at 5.8% of GDP"
        return "percent_gdp"
    return "percent"


def _finish(text: str, number: Quantity, unit: str, kind: str, end: int,
            apply_scale: bool = True, bare: bool = False) -> tuple[ReadFigure, int]:
    """The figure up to ``end`` and a hedge written after it ("50+", "or more")."""
    approximate, qualifier = number.approximate, number.qualifier
    low, high, value = number.low, number.high, number.value
    if apply_scale:
        post = P.POST_HEDGE.match(text, end)
        if post:
            end = post.end()
            approximate, qualifier = True, qualifier or post.group().strip()
        if low is not None:
            low, high = low * number.multiplier, high * number.multiplier
        value *= number.multiplier
    return ReadFigure(text[number.span_start:end], number.span_start, end, float(value), unit, kind,
                  approximate, qualifier, number.scale, low, high, bare), end


# More members than any union of states has (the UN has 193): members of something else.
MOST_MEMBERS_OF_STATES = 200


def _count_or_other(text: str, core: Core, start: int, end: int, approximate: bool,
                    qualifier: str | None, span_start: int, size: float):
    """A number with no currency or percent: a count (of a noun when one follows) or other."""
    # "-fold", "fold" and the hyphenated words start with their first character right after
    # the number: most numbers have a space there, and a regex call costs more than a look.
    glued = text[end:end + 1]
    fold = (N.FOLD.match(text, end) if glued in ("-", "f") else None) or \
        P.TIMES_AFTER.match(text, end)
    hyphen = N.HYPHEN_AFTER.match(text, end) if glued == "-" else None
    pronoun_like = core.source == "words" and core.value in (0.0, 1.0)
    if fold:
        return "other", "other", fold.end(), approximate, qualifier, span_start
    if hyphen and not hyphen.group("plus"):
        word = hyphen.group("word") or ""
        if hyphen.group("strong"):
            return "count", "troops", hyphen.end(), approximate, qualifier, span_start
        if hyphen.group("case"):  # "Müttəfiqlərdən 22-si": 22 of them, a bare count
            return "count", "count", end, approximate, qualifier, span_start
        if hyphen.group("member"):
            unit = allies_or_countries(text, start, hyphen.end(), "nations")
            return "count", unit, hyphen.end(), approximate, qualifier, span_start
        is_duration = word.startswith(("year", "decade", "month", "week", "day", "hour"))
        if pronoun_like and not is_duration:
            return None, None, hyphen.end(), approximate, qualifier, span_start  # "one-time"
        unit = "year" if word.startswith(("year", "decade")) else "other"
        return "other", unit, hyphen.end(), approximate, qualifier, span_start
    if hyphen and hyphen.group("plus"):
        end = hyphen.end()
        approximate, qualifier = True, qualifier or "plus"
    elif text.startswith("+", end):
        end += 1
        approximate, qualifier = True, qualifier or "+"
    noun = N.NOUN_AFTER.match(text, end)
    if noun:
        group = noun.lastgroup
        if group == "measure":  # "some 100 km", "62 miles"
            return "other", "other", noun.end(), approximate, qualifier, span_start
        if group in ("duration_year", "duration"):
            unit = "year" if group == "duration_year" else "other"
            if qualifier == "over":  # "over 10 years" means across ten years
                approximate, qualifier, span_start = False, None, start
            return "other", unit, noun.end(), approximate, qualifier, span_start
        unit = group
        if group == "allies" and (P.FORCE_MEMBERS.search(noun.group("mods"))
                                  or P.FORCE_AFTER.match(text, noun.end())):
            return "count", "troops", noun.end(), approximate, qualifier, span_start
        if group == "allies" and size > MOST_MEMBERS_OF_STATES and \
                noun.group("allies").lower() == "members":
            # "Turkey, with 481,000 members": too many to be states; people, a force's when
            # troops are named before ("1.3 million personnel, and Turkey, with 481,000 members")
            troops = P.TROOP_WORDS.search(text, max(0, start - 200), start)
            return "count", "troops" if troops else "people", noun.end(), approximate, \
                qualifier, span_start
        if group in ("allies", "nations"):
            unit = allies_or_countries(text, start, noun.end(), group)
        return "count", unit, noun.end(), approximate, qualifier, span_start
    if pronoun_like:
        return None, None, end, approximate, qualifier, span_start  # "one of", "no one"
    return "count", "count", end, approximate, qualifier, span_start


def _scale(text: str, core: Core, end: int) -> tuple[float, str | None, int, str | None]:
    """The scale word after a number: its multiplier, name, end, and the word as written."""
    if core.source == "words":
        lowered = text[core.start:core.end].lower()
        for name in reversed(SCALES):  # the largest first
            if name in lowered:
                return 1.0, name, end, name
        if lowered not in NUMBER_WORD_VALUES:
            return 1.0, None, end, None
        # another language's number word, then its written scale word: "deset tisíc", "tre miliardi"
        match = SCALE_AFTER.match(text, end)
        if match is None or match.group("short"):
            return 1.0, None, end, None
    else:
        match = SCALE_AFTER.match(text, end)
    if match is None:
        return 1.0, None, end, None
    short = match.group("short")
    # A lone lower-case "m" or "b" is a scale only for money ("$2m"); "2m" alone may be metres.
    if short and short.islower() and short != "k" and not (
            core.currency or CURRENCY_AFTER.match(text, match.end())
            or N.NOUN_AFTER.match(text, match.end())):
        return 1.0, None, end, None
    word = (match.group("word") or match.group("abbr") or short).lower()
    multiplier = SCALE_VALUE[word]
    return multiplier, SCALE_NAME[multiplier], match.end(), word


def _smaller_scales(text: str, value: float, multiplier: float, end: int) -> tuple[float, int]:
    """"943 billion 218 million" is 943.218 billion: each further group of digits with a smaller
    scale word adds to the number (in units of its first scale), and the figure ends after it."""
    scale = multiplier
    rest = SCALE_REST.match(text, end)
    while rest is not None:
        rest_scale = SCALE_VALUE[rest.group("word").lower()]
        if rest_scale >= scale:
            break
        added = float(rest.group("rest")) * rest_scale / multiplier
        value, end, scale = value - added if value < 0 else value + added, rest.end(), rest_scale
        rest = SCALE_REST.match(text, end)
    return value, end


def _accept_range(core: Core, match: re.Match, before: Before) -> bool:
    second = match.group("dig2")
    if match.group("sep").strip() in OR_WORDS:
        if core.source == "digits" and (second is None or core.is_year_like):
            return False
        high = float(SEPARATORS.sub("", second)) if second else parse_word_number(
            match.group("words2"))
        return core.value == int(core.value) and 0 < high - core.value <= 2
    if second is not None:
        if core.source == "words" and match.group("sep").strip() in ("to", "-", "–") and \
                float(SEPARATORS.sub("", second)) > core.value:
            return not before.from_  # "three to 10 years"
        if core.source != "digits":
            return False
        if core.is_year_like or (len(second) == 4 and second[:2] in ("19", "20")):
            return False  # "2014-2024", "between 2014 and 2024": two years
    elif core.source != "words":
        return False
    sep = match.group("sep").strip()
    if sep == "and":
        return before.between
    if sep == "to":
        return not before.from_
    return True


def _currency_of(match: re.Match) -> str:
    if match.group("usd"):
        return "USD"
    if match.group("eur"):
        return "EUR"
    if match.group("gbp"):
        return "GBP"
    if match.group("code"):
        return match.group("code")
    return "other"
