"""Reading one figure: the number found by the master regex and the words around it.

``read_figure(text, match)`` returns the figure as a dict (or None when the number is not a
figure, e.g. "one of") and the position where scanning resumes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.extract import patterns as P
from analysis.extract.context import allies_named
from analysis.extract.figure import Figure, figure_at
from analysis.extract.numbers import (
    parse_word_fraction,
    parse_word_number,
    word_number_is_valid_prefix,
)

_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")


@dataclass(frozen=True)
class Core:
    """A number found by the master regex, before its surroundings are read."""

    start: int
    end: int
    value: float
    source: str  # 'digits', 'words', 'fraction', 'duration'
    currency: str | None
    is_year_like: bool


@dataclass(frozen=True)
class Before:
    """What stands right before a number: a hedge, "between"/"from", a month, a name word."""

    hedge: str | None
    hedge_start: int
    between: bool
    from_: bool
    month_start: int | None
    name_word: str | None
    name_run: bool = False  # the word before the name word is capitalised too
    name_word_start: int | None = None


def core_of(text: str, match: re.Match) -> Core | None:
    digits = match.group("dig") or match.group("dig2")
    if digits is not None and len(digits) > 24:
        return None  # a serial number or a run of digits, not a quantity
    if digits is not None:
        sign = match.group("cur")
        if sign:
            start, currency = _sign_start(text, match.start(), sign)
        else:
            start, currency = _code_before(text, match.start())
        is_year_like = (
            len(digits) == 4 and digits.isdigit() and digits[:2] in ("19", "20") and not currency
        )
        # most numbers have no separator: skip the regex for them
        plain = digits if digits.isdigit() else _SEPARATORS.sub("", digits)
        return Core(start, match.end(), float(plain), "digits", currency, is_year_like)
    start = match.start()
    if start and text[start - 1] == "-":
        return None  # the tail of a hyphenated word ("non-one", "E-Seven")
    if match.group("frac") is not None:
        frac = match.group("frac")
        if frac == "half" and _word_before(text, start) in P.ORDINAL_WORDS:
            return None  # "the first half of 2024"
        if frac[0] == "a" and _word_before(text, start) in P.ORDINAL_VERBS:
            return None  # "Germany would send a fourth"
        return Core(start, match.end(), parse_word_fraction(frac), "fraction", None, False)
    if match.group("dur") is not None:
        if P.AGO_AFTER.match(text, match.end()):
            return None  # "a decade ago": a point in time, like "a year ago"
        value = 100.0 if "century" in match.group("dur") else 10.0
        if match.group("dur").startswith("half"):
            value /= 2  # "half a decade"
        return Core(start, match.end(), value, "duration", None, False)
    words = match.group("words")
    words = words[:word_number_is_valid_prefix(words)].rstrip(" -")
    if words.endswith(" and"):
        words = words[:-4]
    return Core(start, start + len(words), parse_word_number(words), "words", None, False)


def _sign_start(text: str, start: int, sign: str) -> tuple[int, str]:
    """Start and unit of a currency sign, with letters glued before "$" ("US$", "C$")."""
    if sign != "$":
        return start, P.SIGNS[sign]
    for prefix in ("U.S.", "US", "CA", "AU", "NZ", "HK", "C", "A", "S"):
        begin = start - len(prefix)
        if begin >= 0 and text.startswith(prefix, begin) and (
                begin == 0 or not text[begin - 1].isalpha()):
            return begin, P.DOLLAR_PREFIXES[prefix]
    return start, "USD"


def _code_before(text: str, start: int) -> tuple[int, str | None]:
    """A currency code right before a number: "EUR 1.6 billion", "USD380m"."""
    end = start - 1 if start and text[start - 1] in " \u00a0" else start
    begin = end - 3
    if begin >= 0 and text[begin:end] in P.CODES_BEFORE and (
            begin == 0 or not text[begin - 1].isalnum()):
        return begin, P.CODES_BEFORE[text[begin:end]]
    return start, None


def sign_unit(sign: str) -> str:
    sign = sign.strip()
    if sign in P.CODES_BEFORE:
        return P.CODES_BEFORE[sign]
    if sign[-1] in P.SIGNS and sign[-1] != "$":
        return P.SIGNS[sign[-1]]
    prefix = sign[:-1].strip()
    return P.DOLLAR_PREFIXES.get(prefix, "other") if prefix else "USD"


def _word_before(text: str, pos: int) -> str:
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end].lower()


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.'’~")


def previous_words(text: str, pos: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` words right before ``pos``, nearest first, separated by spaces only."""
    lo = max(0, pos - 48)
    tail = text[lo:pos]
    if not tail or tail[-1] not in " \t\u00a0":
        return []  # glued to what precedes (punctuation or a sign): no adjacent words
    parts = tail.split()
    if lo and not tail[0].isspace() and parts:
        parts = parts[1:]  # the first part may be cut
    words: list[tuple[str, int]] = []
    cursor = len(tail)
    for part in reversed(parts):
        start = tail.rfind(part, 0, cursor)
        between = tail[start + len(part):cursor]
        if (words and between.strip(" \t\u00a0")) or not _WORD_CHARS.issuperset(part):
            break
        if words and not between:
            break
        words.append((part, lo + start))
        cursor = start
        if len(words) == limit:
            break
    return words


def before_of(text: str, start: int) -> Before:
    words = previous_words(text, start, P.HEDGE_MAX_WORDS + 1)
    if not words:
        if start and text[start - 1] == "~":
            return Before("~", start - 1, False, False, None, None)
        return Before(None, start, False, False, None, None)
    lowered = [w.lower() for w, _ in words]
    between = bool(lowered) and lowered[0] == "between"
    from_ = bool(lowered) and lowered[0] == "from"
    offset = 1 if between else 0
    hedge = None
    hedge_start = start
    if start and text[start - 1] == "~":
        hedge, hedge_start = "~", start - 1
    elif len(lowered) > offset and lowered[offset] in P.HEDGE_LAST_WORDS:
        for size in range(P.HEDGE_MAX_WORDS, 0, -1):
            chunk = tuple(reversed(lowered[offset:offset + size]))
            if len(chunk) == size and chunk in P.HEDGES_MULTI:
                if chunk == ("up", "to") and len(lowered) > offset + 2 and \
                        lowered[offset + 2] in P.UP_VERBS:
                    break  # "sign up to 5%", "ramped up to 200,000": a verb, not a bound
                hedge = " ".join(chunk)
                hedge_start = words[offset + size - 1][1]
                break
    month_start = None
    if lowered and lowered[0].rstrip(".") in P.MONTHS and words[0][0][0].isupper():
        month_start = words[0][1]
    name_word = words[0][0] if words and words[0][0][:1].isupper() else None
    if name_word is not None and name_word not in P.NAME_LEADERS and \
            _at_sentence_start(text, words[0][1]):
        name_word = None  # "Phase one of ...", "Article 5 says" keep their leader
    name_run = bool(name_word and len(words) > 1 and words[1][0][:1].isupper()
                    and words[1][0] not in P.NOT_NAMES)
    return Before(hedge, hedge_start, between, from_, month_start, name_word, name_run,
                  words[0][1] if name_word else None)


def _at_line_start(text: str, pos: int) -> bool:
    index = pos - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] == "\n"


def _at_sentence_start(text: str, pos: int) -> bool:
    index = pos - 1
    while index >= 0 and text[index] in " \t":
        index -= 1
    return index < 0 or text[index] in '.!?"“(\n\'‘:—-'


def is_name(text: str, start: int, before: Before) -> bool:
    """A number inside a name: after a run of capitalised words ("Steadfast Defender 2024"),
    an all-capitals name ("BALTOPS 24") or a word that numbers things ("Article 5")."""
    word = before.name_word
    if not word:
        return False
    if word in ("No.", "Nos."):
        return True  # "No. 10"
    if word in P.NOT_NAMES or word.rstrip(".") in P.NOT_NAMES:
        return False
    if word.endswith(("'s", "’s", ".")) or word.lower().rstrip(".") in P.MONTHS:
        return False
    if word in P.NAME_LEADERS or (word.isupper() and len(word) > 1) or \
            word.lower().endswith(P.UNIT_NAME_ENDINGS):
        return True
    if before.name_word_start is not None and P.NAMED_BEFORE.search(
            text, max(0, before.name_word_start - 16), before.name_word_start):
        return True  # "known as Quadriga 2024", "dubbed Dragon 24"
    return before.name_run and not _title_case_line(text, start)


def _title_case_line(text: str, pos: int) -> bool:
    """A headline in title case ("Allies Set For Record Spending As 23 Of 32 Meet Target"),
    where capitalised words say nothing about names."""
    lo = text.rfind("\n", max(0, pos - 200), pos) + 1
    hi = text.find("\n", pos, pos + 200)
    words = P.LONG_WORD.findall(text, lo, hi if hi >= 0 else min(len(text), pos + 200))
    return len(words) >= 3 and all(w[0].isupper() for w in words)


row = figure_at  # the figure spanning text[start:end], as read


def read_figure(text: str, match: re.Match) -> tuple[Figure | None, int]:
    core = core_of(text, match)
    if core is None:
        return None, match.end()
    if core.source == "digits":
        skip_to = _machine_token_end(text, core)
        if skip_to is not None:
            return None, skip_to
        if core.start and text[core.start - 1] == "+":
            phone = P.PHONE.match(text, core.start - 1)
            if phone and sum(c.isdigit() for c in phone.group()) >= 8:
                return None, phone.end()  # "+32 2 707 50 41"
        if core.end - core.start <= 2 and _at_line_start(text, core.start) and \
                P.LIST_NUMBER.match(text, core.end):
            return None, core.end + 1  # "1. Figures for 2024 are estimates"
    start, end, value = core.start, core.end, core.value
    before = before_of(text, start)
    hedge = before.hedge
    span_start = before.hedge_start
    qualifier = hedge
    approximate = hedge is not None

    if core.source == "fraction":
        return row(text, span_start, end, value, "other", "share", approximate, qualifier,
                   "fraction"), end
    if core.source == "duration":
        if hedge == "over":  # "over a decade" means across a decade
            approximate, qualifier, span_start = False, None, start
        return row(text, span_start, end, value, "year", "other", approximate, qualifier), end

    if core.source == "digits":
        special = _digit_special(text, core, before)
        if special is not None:
            return special
        if text[start] == "0" and end - start > 1 and text[start + 1].isdigit():
            return row(text, start, end, value, "other", "other"), end  # "086": an identifier
        if start >= 1 and text[start - 1] in "-−" and not core.currency and (
                start == 1 or text[start - 2] in " (\n\t"):
            value = -value
            span_start = min(span_start, start - 1)
    elif (text[start].isupper() and not _at_sentence_start(text, start)) or (
            before.name_word in P.NAME_LEADERS and not P.NOUN_AFTER.match(text, end)
            and not P.HYPHEN_AFTER.match(text, end)):
        # "Article Five", "Group of Seven", "Phase one": a number word inside a name.
        return row(text, start, end, value, "other", "other"), end

    if core.source == "digits" and before.month_start is not None and value <= 31 and \
            value == int(value) and not core.currency and not core.is_year_like:
        # "June 26", "July 9-11": a day of the month (the year is labelled on its own).
        date_end = end
        days = P.DAY_RANGE.match(text, end)
        high_day = None
        if days:
            date_end, high_day = days.end(), float(days.group(1))
        return row(text, before.month_start, date_end, value, "other", "date",
                   low=value if days else None, high=high_day), date_end
    one_in = P.ONE_IN.match(text, end) if not core.currency and not core.is_year_like else None
    if one_in:
        denominator = (float(one_in.group("dig")) if one_in.group("dig")
                       else parse_word_number(one_in.group("word")))
        if value < denominator:
            # "one in five allies", "1 in 4": a proportion
            return row(text, span_start, one_in.end(), value / denominator, "other", "share",
                       approximate, qualifier, "fraction"), one_in.end()
    low = high = None
    range_match = P.RANGE.match(text, end)
    if not core.currency and text.find("age", max(0, start - 16), start) >= 0 and \
            P.AGE_BEFORE.search(text, max(0, start - 16), start):
        # "aged 18 to 27": an age in years
        age_end = range_match.end() if range_match and range_match.group("dig2") else end
        age_high = float(range_match.group("dig2")) if age_end != end else None
        return row(text, span_start, age_end, value, "year", "other", approximate, qualifier,
                   low=value if age_high else None, high=age_high), age_end
    if range_match and _accept_range(core, range_match, before):
        second = range_match.group("dig2")
        second_value = (float(_SEPARATORS.sub("", second)) if second
                        else parse_word_number(range_match.group("words2")))
        low, high = value, second_value
        end = range_match.end()
        if core.currency is None and range_match.group("cur2"):
            core = Core(core.start, core.end, core.value, core.source,
                        sign_unit(range_match.group("cur2")), False)

    multiplier, scale, end = _scale(text, core, end)
    currency = core.currency
    percent = P.PERCENT.match(text, end) if currency is None else None
    if currency is None and not percent:
        currency_after = P.CURRENCY_AFTER.match(text, end)
        if currency_after:
            end = currency_after.end()
            currency = _currency_of(currency_after)

    if currency is None and not percent and value <= 100 and \
            text.startswith((" point", " percentage"), end):
        points = P.POINTS_AFTER.match(text, end)
        if points and P.POLL_CONTEXT.search(text, max(0, span_start - 80), points.end() + 80):
            # "leads by about 20 points in the polls": percentage points
            return row(text, span_start, points.end(), value, "percent", "share", approximate,
                       qualifier, scale, low, high), points.end()

    unit = kind = None
    bare = False
    if percent:
        end = percent.end()
        kind, unit = "share", "percent"
        if P.OF_GDP.match(text, end) or P.TARGET_AFTER.match(text, end) or \
                P.SPEND_BEFORE.search(text, max(0, span_start - 12), span_start):
            unit = "percent_gdp"
            if P.NOT_DEFENCE_GDP.search(text, max(0, span_start - 50), span_start):
                unit = "percent"  # "its budget deficit stands at 5.8% of GDP"
    elif currency:
        kind, unit = "amount", currency
    elif core.is_year_like and multiplier == 1.0 and low is None and not (
            hedge and P.NOUN_AFTER.match(text, end)):
        fiscal = P.YEAR_RANGE_SUFFIX.match(text, end)
        if fiscal:
            end = fiscal.end()
        if is_name(text, start, before):
            return row(text, start, end, value, "other", "other"), end
        return row(text, start, end, value, "year", "year"), end

    if kind is None:
        if core.source == "digits" and multiplier == 1.0 and not approximate and \
                is_name(text, start, before) and not P.NOUN_AFTER.match(text, end):
            return row(text, start, end, value, "other", "other"), end
        if core.source == "digits" and value <= 31 and value == int(value) and low is None:
            month_after = P.MONTH_AFTER.match(text, end)
            if month_after:
                return row(text, start, month_after.end(), value, "other", "date"), \
                    month_after.end()
        number_end = end
        kind, unit, end, approximate, qualifier, span_start = _count_or_other(
            text, core, start, end, approximate, qualifier, span_start)
        if kind is None:
            return None, end
        bare = unit == "count" and end == number_end
    post = P.POST_HEDGE.match(text, end)
    if post:
        end = post.end()
        approximate, qualifier = True, qualifier or post.group().strip()
    if low is not None:
        low, high = low * multiplier, high * multiplier
    figure = row(text, span_start, end, value * multiplier, unit, kind, approximate, qualifier,
                 scale, low, high)
    # A count without its noun ("23 of 32 allies") may take the unit of a neighbour.
    return (replace(figure, bare=True) if kind == "count" and bare else figure), end


def _count_or_other(text: str, core: Core, start: int, end: int, approximate: bool,
                    qualifier: str | None, span_start: int):
    """A number with no currency or percent: a count (of a noun when one follows) or other."""
    fold = P.FOLD.match(text, end) or P.TIMES_AFTER.match(text, end)
    hyphen = P.HYPHEN_AFTER.match(text, end)
    pronoun_like = core.source == "words" and core.value in (0.0, 1.0)
    if fold:
        return "other", "other", fold.end(), approximate, qualifier, span_start
    if hyphen and not hyphen.group("plus"):
        word = hyphen.group("word") or ""
        if hyphen.group("strong"):
            return "count", "troops", hyphen.end(), approximate, qualifier, span_start
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
    noun = P.NOUN_AFTER.match(text, end)
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
        if group in ("allies", "nations"):
            unit = allies_or_countries(text, start, noun.end(), group)
        return "count", unit, noun.end(), approximate, qualifier, span_start
    if pronoun_like:
        return None, None, end, approximate, qualifier, span_start  # "one of", "no one"
    return "count", "count", end, approximate, qualifier, span_start


def _scale(text: str, core: Core, end: int) -> tuple[float, str | None, int]:
    if core.source == "words":
        lowered = text[core.start:core.end].lower()
        for name in ("trillion", "billion", "million", "thousand"):
            if name in lowered:
                return 1.0, name, end
        return 1.0, None, end
    match = P.SCALE_AFTER.match(text, end)
    if match is None:
        return 1.0, None, end
    short = match.group("short")
    # A lone lower-case "m" or "b" is a scale only for money ("$2m"); "2m" alone may be metres.
    if short and short.islower() and short != "k" and not (
            core.currency or P.CURRENCY_AFTER.match(text, match.end())
            or P.NOUN_AFTER.match(text, match.end())):
        return 1.0, None, end
    word = (match.group("word") or match.group("abbr") or short).lower()
    multiplier = P.SCALE_VALUE[word]
    return multiplier, P.SCALE_NAME[multiplier], match.end()


def _digit_special(text: str, core: Core, before: Before) -> tuple[Figure | None, int] | None:
    """Digits glued to letters: names ("E-7A", "F-35"), ordinals ("75th"), calibres ("155-mm"),
    decades ("1990s"), multipliers ("6-fold")."""
    start, end, value = core.start, core.end, core.value
    if core.currency is None and start and (text[start - 1].isalpha() or (
            text[start - 1] == "-" and start > 1 and text[start - 2].isalpha())):
        prefix_start = start - 1 if text[start - 1] == "-" else start
        while prefix_start > 0 and text[prefix_start - 1].isalpha():
            prefix_start -= 1
        prefix = text[prefix_start:start]
        if prefix.upper() == "FY" and (value < 100 or core.is_year_like) and end - start in (2, 4):
            # "FY25", "FY2025": a fiscal year
            return row(text, prefix_start, end, value + 2000 if value < 100 else value, "year",
                       "year"), end
        if text[start - 1] != "-" or any(c.isupper() for c in prefix):
            stop = _token_end(text, end)
            return row(text, prefix_start, stop, value, "other", "other"), stop
    glued = P.GLUED_NUMBER.match(text, end)
    if glued and core.currency is None and not (core.is_year_like and glued.group("slash")):
        if glued.group("time"):  # "10:30", "10 a.m.": a clock time, not a figure
            return None, glued.end()
        denominator = float(glued.group("den"))
        if glued.group("slash") and 1 < denominator <= 10 and value < denominator:
            # "1/3 of allies": a fraction
            return row(text, before.hedge_start, glued.end(), value / denominator, "other",
                       "share", before.hedge is not None, before.hedge, "fraction"), glued.end()
        return row(text, start, glued.end(), value, "other", "other"), glued.end()  # "9/11"
    if end < len(text) and text[end].isalpha():
        ordinal = P.ORDINAL.match(text, end)
        if ordinal:
            month_after = P.MONTH_AFTER.match(text, end)
            if month_after and value <= 31:
                return row(text, start, month_after.end(), value, "other", "date"), \
                    month_after.end()
            return row(text, start, ordinal.end(), value, "other", "other"), ordinal.end()
        if core.is_year_like and P.YEAR_ESTIMATE.match(text, end):
            return row(text, start, end + 1, value, "year", "year"), end + 1  # "2024e"
        decade = P.DECADE.match(text, end)
        if core.is_year_like and decade:
            return None, decade.end()  # "the 1990s": a period, not a figure
        calibre = P.CALIBRE.match(text, end)
        if calibre:
            return row(text, start, calibre.end(), value, "other", "other"), calibre.end()
        fold = P.FOLD.match(text, end)
        if fold:
            return row(text, before.hedge_start, fold.end(), value, "other", "other",
                       before.hedge is not None, before.hedge), fold.end()
        if P.SCALE_AFTER.match(text, end) or P.PERCENT.match(text, end):
            return None
        stop = _token_end(text, end)
        return row(text, start, stop, value, "other", "other"), stop
    calibre = P.CALIBRE.match(text, end)
    if calibre:
        return row(text, start, calibre.end(), value, "other", "other"), calibre.end()
    return None


def _machine_token_end(text: str, core: Core) -> int | None:
    """End of a URL, e-mail address or ISO date holding the number, which are not figures."""
    if P.ISO_DATE.match(text, core.start) and core.is_year_like:
        return P.ISO_DATE.match(text, core.start).end()
    # The token lies within 200 characters of the number and between the spaces around it:
    # without any of the marks there, it holds none of them either (str.find is much cheaper
    # than walking the token character by character).
    lo = max(0, core.start - 200)
    lo = text.rfind(" ", lo, core.start) + 1 or lo
    hi = text.find(" ", core.end, core.end + 200)
    hi = hi if hi >= 0 else core.end + 200
    if text.find("://", lo, hi) < 0 and text.find("www.", lo, hi) < 0 and \
            text.find("@", lo, hi) < 0 and text.find(".htm", lo, hi) < 0:
        return None
    lo = core.start
    while lo > 0 and not text[lo - 1].isspace() and core.start - lo < 200:
        lo -= 1
    hi = core.end
    while hi < len(text) and not text[hi].isspace() and hi - core.end < 200:
        hi += 1
    token = text[lo:hi]
    if "://" in token or "www." in token or "@" in token or ".htm" in token:
        return hi
    return None


def _token_end(text: str, pos: int) -> int:
    size = len(text)
    while pos < size and (text[pos].isalnum() or (
            text[pos] == "-" and pos + 1 < size and text[pos + 1].isalnum())):
        pos += 1
    return pos


def _accept_range(core: Core, match: re.Match, before: Before) -> bool:
    second = match.group("dig2")
    if second is not None:
        if core.source == "words" and match.group("sep").strip() in ("to", "-", "–") and \
                float(_SEPARATORS.sub("", second)) > core.value:
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


_NATO_WORD = re.compile(r"\b(?:NATO|Nato)\b")


def allies_or_countries(text: str, start: int, end: int, group: str) -> str:
    """NATO members are ``allies`` whatever the noun; other sets of countries are ``countries``."""
    # The paragraph around the noun, at most 120 characters before and 80 after.
    lo = text.rfind("\n", max(0, start - 120), start) + 1 or max(0, start - 120)
    hi = text.find("\n", end, end + 80)
    window = text[lo:hi if hi >= 0 else min(len(text), end + 80)]
    if group == "allies":
        value = P.LEADING_NUMBER.match(text, start)
        if value and float(value.group()) == P.EU_SIZE and not _NATO_WORD.search(text, start, end):
            return "countries"
        return "countries" if P.EU_CONTEXT.search(window) and not _NATO_WORD.search(window) \
            else "allies"
    noun_phrase = text[start:end]
    if re.search(r"\b(?:NATO|Nato|member|allied|Allied)\b", noun_phrase):
        return "allies"
    if re.search(r"\bpartner", noun_phrase):
        return "countries"
    value = P.LEADING_NUMBER.match(noun_phrase)
    count = float(value.group().replace(",", "")) if value else parse_word_number(
        noun_phrase.split()[0])
    if text[end:end + 3].lstrip(" ")[:1] in (":", "-", "–", "—", "(") and \
            2 <= count <= len(allies_named(text[end:end + 250])):
        return "allies"  # "12 countries: Belgium, Britain, Canada, ..."
    if P.DEFINITE_BEFORE.search(text, max(0, start - 8), start) and value is None and \
            2 <= parse_word_number(noun_phrase.split()[0]) <= len(
                allies_named(text[max(0, start - 600):start])):
        return "allies"  # "Estonia, Latvia and Lithuania ... The three countries"
    if P.EU_CONTEXT.search(window) or not P.NATO_CONTEXT.search(window):
        return "countries"
    if P.NATO_OWNER_BEFORE.search(text, max(0, start - 25), start):
        return "allies"  # "NATO's 32 countries", "the alliance's 31 nations"
    value = P.LEADING_NUMBER.match(noun_phrase)
    if value and float(value.group().replace(",", "")) in P.MEMBERSHIP_SIZES and \
            re.search(r"\b(?:NATO|Nato|[Aa]lliance)\b", window):
        return "allies"
    if re.search(r"\b(?:of\s+(?:the\s+)?(?:29|30|31|32)|out\s+of)\b", window) or re.search(
            r"\b(?:guideline|target|GDP|benchmark)\b", window):
        return "allies"
    return "countries"
