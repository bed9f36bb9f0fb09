"""The year a figure of a source is about, as the brief reads it (issue 9).

The extractor gives the year nearest a figure; the brief drops it when the time phrase belongs to
an earlier figure ("jumped to 32 from 22 a year earlier") or dates an event rather than the figure
("just 9 countries ... before", "1.40% when the pledge was made"), and counts "last year" from the
source's date.
"""

from __future__ import annotations

import re
from datetime import date

from analysis.brief.clause_years import (
    time_of_another_present_clause,
    year_compared_after,
)
from analysis.brief.compared_years import year_compared_before
from analysis.brief.naming_years import (
    COMMITMENT_MADE,
    COMMITMENT_NOUN,
    YEAR,
    naming_year,
    year_beside_a_naming_year,
    year_of_parenthesis_after,
)
from analysis.brief.pair_end import (
    starts_from_the_present,
    year_of_the_pairs_end,
    year_of_the_pairs_start,
)
from analysis.brief.parentheses import year_of_another_parenthesis
from analysis.brief.since_event import year_of_an_event_since
from analysis.brief.vague import governing_year
from analysis.brief.years_ago import AT_THE_TIME_AT_END, OPENS_ON_THE_TIME_BEFORE, years_ago_after
from analysis.extract.other_languages import RELATIVE_YEARS
from analysis.extract.relative_asides import RELATIVE_OPENS
from analysis.foreign_words import FOREIGN_COMPARED_WITH, NOW_ANY_LANGUAGE, NOW_WORDS_ENGLISH

# "this year", "last year", and the same in the other languages the extractor reads ("vorig
# jaar", "l'année dernière", "šogad"): each counts from the source's date.
RELATIVE_YEAR = re.compile(r"\b(?:(?:this|last|next|previous|coming)\s+year\b" + RELATIVE_YEARS
                           + ")", re.I)

# "jumped to 32 from 22 a year earlier": the time phrase is the earlier figure's, not this one's.
# The same after a comparison with that figure: "Poland's 4.48% of GDP is more than double the
# 2% it spent in 2015", "3.2%, higher than the 2.9% of 2024".
FROM_EARLIER_AFTER = re.compile(
    r"^(?:\s+of\s+(?:its\s+|their\s+)?GDP)?,?(?:\s+(?:is|was|are|were|remains?|stands?))?"
    r"\s+(?:from|compared\s+(?:with|to)|up\s+from|down\s+from|against|versus|"
    r"(?:more|less|higher|lower|greater|smaller|bigger)\s+than|(?:more\s+than\s+|almost\s+|"
    r"nearly\s+)?(?:double|twice|triple|three\s+times|half)(?:\s+of)?)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:just\s+|only\s+)?"
    r"[\w.,%$€-]+(?:\s+[\w%]+){0,2}?\s+(?:a\s+year\s+(?:earlier|ago|before)|last\s+year|"
    r"the\s+(?:previous|prior)\s+year|(?:in|of)\s+20\d\d)\b", re.I)

# "Canada's equipment share rose to 22.5% this year from 18.3%": the time between the later
# level and "from" is the later level's; the earlier one, with no time of its own after it
# (OWN_TIME_AFTER: "from 18.3% in 2024"), is of some earlier year the sentence does not give.
TIME_OF_THE_LATER_BEFORE_FROM = re.compile(
    r"\b(?:to|at)\s+[\w.,%$€£-]+(?:\s+[\w%]+){0,3}?\s+(?:(?:this|last|next)\s+year|"
    r"in\s+(?:19|20)\d\d)\s+(?:up\s+|down\s+)?from\s+(?:just\s+|only\s+|about\s+|around\s+)?$",
    re.I)
OWN_TIME_AFTER = re.compile(r"^(?:\s+of\s+(?:its\s+)?GDP)?,?\s+(?:in|of|during|for)\s+"
                            r"(?:(?:19|20)\d\d|the\s+(?:previous|prior)|that)\b|"
                            r"^(?:\s+of\s+(?:its\s+)?GDP)?,?\s+(?:a\s+year\s+(?:earlier|ago|before)|"
                            r"last\s+year)\b", re.I)

# "just 9 countries had earmarked 2% of GDP for defence before, but the number has increased to
# 23 afterwards": a time relative to an event, whatever year the event's own words give.
# "just 1.40% when the pledge was made": the pledge's year, which the sentence does not give.
EVENT_RELATIVE_AFTER = re.compile(
    # "just three in 2014 when the commitment was made": the year stands before the event
    r"^(?![^,;.]{0,12}?\bin\s+(?:19|20)\d\d\b)[^,;.]{0,70}?\b(?:before(?=\s*(?:[,.;]|$))|afterwards?(?=\s*(?:[,.;]|$))|thereafter|"
    r"when\s+the\s+(?:\w+\s+)?" + COMMITMENT_NOUN + r"\s+was\s+" + COMMITMENT_MADE +
    r"\b(?!\s+in\s+\d))",
    re.I)


# "... a nearly fourfold increase from 2021 ... Only six nations were meeting the goal that year":
# the year the sentence before names, wherever "that year" stands.
THAT_YEAR = re.compile(r"\b(?:in\s+)?(?:that|the\s+same|that\s+same)\s+year\b", re.I)
# "... did not meet the 2 percent standard in 2022. Belgium ranks 28th out of 30 NATO countries,
# with a rate of 1.18 percent": a place in a ranking is the ranking of the time just named.
# "In 2014, allies pledged 2%. A year before that, only four spent more: the United States
# (4.4%)": the sentence dates itself back from the one before, whose year is not its own.
# Russian "За год до этого", German "ein Jahr zuvor", French "un an plus tôt", Spanish "un año
# antes", Polish "rok wcześniej".
BEFORE_THAT = re.compile(r"\b(?:before\s+that|\w+\s+years?\s+(?:earlier|before)|the\s+(?:previous|"
                         r"preceding|prior)\s+year|до\s+этого|годом\s+ранее|zuvor|davor|plus\s+tôt"
                         r"|auparavant|año\s+antes|anno\s+prima|ano\s+antes|rok\s+wcześniej)\b",
                         re.I)
RANKED_PLACE = re.compile(r"\b(?:ranks?|ranked|placed?|comes?|came)\s+(?:\w+\s+)?\d{1,2}"
                          r"(?:st|nd|rd|th)\b", re.I)


# "In 2024, Finland ranked seventh. Only Latvia (2.85%), Lithuania (3.15%) and Estonia (3.43%)
# spent more": figures each in brackets after a name are a table, of the time just named.
IN_BRACKETS_BEFORE = re.compile(r"\(\s*(?:at\s+|with\s+)?$", re.I)
BRACKETED_FIGURE = re.compile(r"\(\s*(?:at\s+|with\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)?"
                              r"[^()]{0,20}\)", re.I)
# "So, in 2022, seven allies met it, while in 2014 only three did": a sentence opening on a
# year is about that year; a year later in it ("while in 2014") is a comparison.
OPENING_YEAR = re.compile(r"^\W*(?:(?:so|and|but|thus|yet|overall|altogether)\W+)?"
                          r"(?:in|for|during)\s+((?:19|20)\d\d)\s*,", re.I)


# "Only three allies met it in 2014. Now the leaders are Poland (4.12%), Estonia (3.43%)": a
# table worded as of the source's day is not of the year the sentence before names.
NOW_WORD = re.compile(r"(?<!\w)" + NOW_ANY_LANGUAGE + r"(?!\w)", re.I)


def in_a_bracketed_table(sentence: str, at: int) -> bool:
    """Whether the figure at ``at`` stands in brackets as one of two or more figures the
    sentence gives in brackets ("Latvia (2.85%), Lithuania (3.15%)"), in a sentence that names
    no time of its own ("this year", "letos", "now", "jelenleg": the table is of that time)."""
    return IN_BRACKETS_BEFORE.search(sentence[max(0, at - 8):at]) is not None and \
        len(BRACKETED_FIGURE.findall(sentence)) >= 2 and not RELATIVE_YEAR.search(sentence) \
        and not NOW_WORD.search(sentence)


def year_of_sentence(sentence: str) -> int | None:
    """The one year ``sentence`` names, or the year it opens on ("In 2022, ..."); else None.
    Not a year of prices ("The figures are based on 2021 prices"): no time the sentence is
    about."""
    years = {int(year) for year in YEAR.findall(sentence)} - price_base_years(sentence)
    if len(years) == 1:
        return years.pop()
    opening = OPENING_YEAR.match(sentence)
    return int(opening.group(1)) if opening else None


# "Poland will spend 4.5%, up from 3.8% in 2024": the year of a figure compared with, not the
# time the sentence is about; "all allies should reach 2% by 2024", "since 2014", "after 2014",
# "pledged in 2014": a deadline, the start of a period or a promise's date, not it either.
COMPARED_YEAR = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|against|versus"
                           + FOREIGN_COMPARED_WITH + r")\s+"
                           r"[^;]{0,25}?(?<![\d.,])(?:19|20)\d\d\b"
                           r"|\b(?:by|until|till|before|since|after)\s+(?:the\s+end\s+of\s+)?"
                           r"(?:19|20)\d\d\b"
                           # "since Russia annexed Crimea in 2014": the event a period starts at
                           r"|\b(?:since|after)\s+[^,;.\d]{0,60}?\s+in\s+(?:19|20)\d\d\b"
                           # "Allies pledged in 2014 to spend 2%": when a promise was made;
                           # "Russia annexed Crimea in 2014", "Trump was elected in 2016",
                           # "Rutte said in 2023": when an event the sentence reports happened
                           r"|\b(?:pledged|agreed|committed|promised|vowed|decided|said|told|"
                           r"warned|announced|elected|joined|annexed|invaded|signed|founded)\s+"
                           r"(?:[^.;\d]{0,40}?\s)?(?:19|20)\d\d\b", re.I)


# "At that time, only four allies spent 2%, an agreed minimum since 2006": a year only since
# which something holds dates no figure of the sentence.
SINCE_A_YEAR = re.compile(r"\bsince\s+(?:19|20)\d\d\b", re.I)


# "At the time, Greece spent 2.2%; it now spends 3.08%": the clause "now" marks is the present's.
CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\s[—–]\s", re.I)


def own_clause(sentence: str, at: int) -> str:
    """The clause of ``sentence`` the figure at ``at`` stands in (cut at ";", ", and", ", but",
    ", while" and dashes)."""
    lo = max((found.end() for found in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    after = CLAUSE_BREAK.search(sentence, at)
    return sentence[lo:after.start() if after else len(sentence)]


def year_of_the_time(sentence: str, at: int, previous_sentence: str) -> int | None:
    """The year of the sentence before (:func:`year_of_sentence`), when the figure's sentence
    opens with "At the time" (or compares with the figure before, "This is less than"), says
    "that year", gives a place in a ranking before the figure or a table of figures in
    brackets (then not a year the sentence before only compares with), and names no year of
    its own; else None."""
    if at < 0 or YEAR.search(SINCE_A_YEAR.sub(" ", sentence)) or BEFORE_THAT.search(sentence) \
            or NOW_WORD.search(own_clause(sentence, at)):
        return None
    if OPENS_ON_THE_TIME_BEFORE.search(sentence) or AT_THE_TIME_AT_END.search(sentence) or \
            THAT_YEAR.search(sentence) or RANKED_PLACE.search(sentence[:at]):
        return year_of_sentence(previous_sentence)
    if not in_a_bracketed_table(sentence, at):
        return None
    year = year_of_sentence(previous_sentence)
    compared = {int(y) for found in COMPARED_YEAR.finditer(previous_sentence)
                for y in YEAR.findall(found.group())}
    if year is None or year in compared or naming_year(year, previous_sentence):
        return None
    return year


# "In 2014, only three allies met the target. The leaders are Poland (4.12%), Estonia (3.43%)":
# the table may be of 2014 or of the source's day; read as the year before, it may agree with
# NATO's value of that year, never differ from it.
TABLE_YEAR_BEFORE = "the year of the sentence before, read for a table of figures in brackets"


def dated_by_the_table_before(stated: int | None, sentence: str, at: int,
                              previous_sentence: str) -> bool:
    """Whether a figure with no ``stated`` year takes its year only from the sentence before,
    as one of a table of figures in brackets (:func:`year_of_the_time`)."""
    return stated is None and at >= 0 and not YEAR.search(sentence) and \
        in_a_bracketed_table(sentence, at) and \
        year_of_the_time(sentence, at, previous_sentence) is not None

# "Poland, already the biggest spender at 4.48% of GDP, said it will lift the ratio to 4.8% next
# year": the time phrase after a figure a plan moves to ("to 4.8%") later in the sentence is the
# plan's, not that of the figure before it (when no time stands before that figure); "three
# countries will surpass the 3.5% threshold by 2035" is the count's own plan.
# Spanish, Portuguese, French and Italian the same way: "y planea elevarla al 4,7% este año",
# "prevé llevarlo hasta el 3% en 2026", "pretende elevá-lo para 2% em 2029", "prévoit de le
# porter à 3 % l'an prochain", "prevede di portarla al 2% entro il 2028".
PLAN_WITH_ITS_TIME_AFTER = re.compile(
    r"^[^.;]{0,80}?\b(?:will|would|plans?\s+to|aims?\s+to|intends?\s+to|set\s+to|expected\s+to"
    r"|planea|prevé|pretende|planeia|prévoit|compte|prevede|intende)"
    r"\b[^.;\d]{0,50}?(?:\bto|\bal|\bhasta\s+el|\bpara|\bà|\bao|\breach|\bhit)\s+"
    r"(?:about\s+|around\s+|at\s+least\s+)?\d[\d.,]*\s*(?:%|per\s?cent|"
    r"percent)[^.;\d]{0,25}?(?:\bnext\s+year|\bthis\s+year|\b(?:in|by)\s+(?:19|20)\d\d"
    r"|\beste\s+a[ñn]o|\bel\s+próximo\s+año|\bcette\s+année|\bl['’]an(?:née)?\s+prochaine?"
    r"|\bquest['’]anno|\bl['’]anno\s+prossimo|\b(?:en|em|d['’]ici|entro\s+il)\s+(?:19|20)\d\d)\b",
    re.I)
# (the other languages' relative years too: "este año, Polonia gasta el 4,1% y planea ...")
TIME_BEFORE = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d%])|\b(?:this|last|next)\s+year\b"
                         r"|\b(?:" + RELATIVE_YEARS.lstrip("|") + ")", re.I)


# "2.76% of GDP (at 2021 prices)", "in base ai prezzi del 2021", "based on 2021 exchange rates",
# Slovenian "v cenah iz leta 2015", Croatian "u cijenama iz 2015.": the year of the prices a
# figure is expressed in, not the year it is about.
PRICE_BASE_YEAR = re.compile(
    r"\b(?:prices|prezzi|preços|precios|prix|Preisen|pre[țţ]urile|exchange\s+rates?|tassi\s+di\s+"
    r"cambio|cenah|cenama|cijenama)\s+(?:of\s+|del\s+|de\s+|do\s+|von\s+|din\s+"
    r"|iz\s+(?:leta\s+|godine\s+)?)?(?:the\s+)?((?:19|20)\d\d)\b|"
    r"\b((?:19|20)\d\d)\s+(?:prices|exchange\s+rates?|(?:constant\s+)?dollars)\b", re.I)


# "In 2022, Oslo spent 1.4% of GDP on defence, and in 2024, 2.2%": the year right before the
# figure is its own, whatever year the rest of the sentence names.
YEAR_RIGHT_BEFORE = re.compile(r"\b(?:in|for)\s+((?:19|20)\d\d),?\s+$", re.I)
# "a decrease in 2022 (1.40%) and 2023 (1.48%)": a figure in a parenthesis right after a year;
# not when the parenthesis gives the figure's own year ("1.90% in 2023 (1.88% in 2022)").
YEAR_THEN_PARENTHESIS = re.compile(r"(?<![\d.,])((?:19|20)\d\d)\s*\(\s*$")
OWN_YEAR_IN_PARENTHESIS = re.compile(
    r"[^()]{0,30}?(?<![\d.,])((?:19|20)\d\d)(?![\d.,]?\d)[^()]{0,12}\)")
# A relative aside still open where a year stands (", which spent 1.2% in 2014"): its year.
OPEN_RELATIVE_BEFORE = re.compile(RELATIVE_OPENS.pattern + r"[^,;]*$", re.I)
# "spent 1.9% in 2014, 3.9% in 2023": a figure (and its unit word) right before the year.
FIGURE_RIGHT_BEFORE = re.compile(
    r"\d(?:\s*(?:%|[^\W\d]+))?(?:\s+of\s+(?:its\s+|their\s+)?GDP)?\s*$", re.I)


def owned_before(sentence: str, year_at: int) -> bool:
    """Whether the year phrase at ``sentence[year_at:]`` ("in 2014, ") right before a figure is
    another's: the year of the figure right before it, or of a relative aside still open."""
    return bool(FIGURE_RIGHT_BEFORE.search(sentence, max(0, year_at - 30), year_at)
                or OPEN_RELATIVE_BEFORE.search(sentence, 0, year_at))


# "an increase from last year's 3.26 percent", "this year's 2.1%": the year owns the figure.
OWNING_RELATIVE_YEAR = re.compile(r"\b(last|previous|this|next)\s+year['’]s\s+$", re.I)
OFFSETS = {"last": -1, "previous": -1, "this": 0, "next": 1}


def price_base_years(sentence: str) -> set[int]:
    """The years ``sentence`` names as a price or exchange-rate base."""
    return {int(m.group(1) or m.group(2)) for m in PRICE_BASE_YEAR.finditer(sentence)}


def figure_year(year: int | None, sentence: str, at: int, surface: str,
                published: date | None, previous_sentence: str = "") -> int | None:
    """The year a figure is about: the extractor's ``year``, unless the time phrase belongs to
    another figure or to an event; "last year" counted from ``published``; "At the time" the
    year of ``previous_sentence``."""
    if year is not None and year in price_base_years(sentence):
        return None
    if time_of_another_present_clause(sentence, at, surface) or (
            year is not None and (year_compared_after(year, sentence, at, surface)
                                  or year_compared_before(year, sentence, at))):
        return None  # "In 2023, Germany missed the goal, but it now spends 2.12%"
    if year is not None and naming_year(year, sentence):
        year = year_beside_a_naming_year(year, sentence, at)
        if year is None:
            return None
    if year is not None and at >= 0 and (
            year_of_parenthesis_after(year, sentence, at + len(surface))
            or year_of_another_parenthesis(year, sentence, at, surface)
            or year_of_an_event_since(year, sentence, at, surface)):
        return None
    if years_ago_after(sentence, at, surface):
        # "2,2 % před deseti lety": not the year the sentence names elsewhere; left undated, as
        # "less than 10 members five years ago" is about, not exactly, the published year minus 5
        return None
    if year is not None and (year_of_the_pairs_start(year, sentence, at)
                             or year_of_the_pairs_end(year, sentence, at, surface)):
        return None  # "compared with 2021, from 2.2% to 4.3%": 2021 owns 2.2%, never 4.3%
    if year is not None and starts_from_the_present(sentence, at):
        return None  # "would rise from its current 2.3% to 2.5% in 2027": today's, not 2027's
    before = sentence[max(0, at - 12):at] if at >= 0 else ""
    right_before = YEAR_RIGHT_BEFORE.search(before) or YEAR_THEN_PARENTHESIS.search(before)
    if right_before and owned_before(sentence, max(0, at - 12) + right_before.start()):
        right_before = None
    if right_before and right_before.re is YEAR_THEN_PARENTHESIS and year is not None:
        own = OWN_YEAR_IN_PARENTHESIS.match(sentence, at + len(surface))
        right_before = None if own and int(own.group(1)) == year else right_before
    if right_before:
        return int(right_before.group(1))
    owning = OWNING_RELATIVE_YEAR.search(sentence[max(0, at - 25):at]) if at >= 0 else None
    if owning and published is not None:
        return published.year + OFFSETS[owning.group(1).lower()]
    if year is None:
        year = year_of_the_time(sentence, at, previous_sentence)
    if at >= 0 and EVENT_RELATIVE_AFTER.search(sentence[at + len(surface):at + len(surface) + 80]):
        return None
    if year is not None and at >= 0 and FROM_EARLIER_AFTER.search(
            sentence[at + len(surface):at + len(surface) + 60]):
        return None
    if year is not None and at >= 0 and TIME_OF_THE_LATER_BEFORE_FROM.search(
            sentence[max(0, at - 80):at]) and not OWN_TIME_AFTER.match(
            sentence[at + len(surface):]):
        return None  # "rose to 22.5% this year from 18.3%": this year is 22.5%'s
    if year is None and at >= 0 and published is not None and RELATIVE_YEAR.search(sentence):
        # "from 11 last year": read without the article's date, "last year" counts from it
        year = governing_year(sentence, at, at + len(surface), published)
    if year is not None and at >= 0 and PLAN_WITH_ITS_TIME_AFTER.match(
            sentence[at + len(surface):]) and not TIME_BEFORE.search(sentence[:at]):
        return None  # "at 4.48% of GDP, said it will lift the ratio to 4.8% next year"
    return year


def starts_the_period(year: int | None, sentence: str) -> bool:
    """True when ``year`` is where a sum starts ("since 2014", "since we made the Defence
    Investment Pledge in 2014", "since the Wales summit in 2014"), not the year it is about."""
    return year is not None and re.search(
        rf"\bsince\s+(?:[^,;.]{{0,60}}?\s+in\s+)?{year}\b", sentence) is not None


# "Greece is now spending about 3% of its GDP", "The Balkan nation currently spends 2%": an ally's
# whole-number share worded as of the source's day is the source's year, not the last year NATO
# had published (a whole number's tolerance spans several years' values, so only the words tell
# the year); when NATO had not yet published that year, it is compared with the first release
# that gives it only to agree (:func:`share_of_the_sources_day`). A share with decimals ("The UK
# currently spends 2.3%" in February 2025) quotes NATO's latest estimate.
SHARE_OF_NOW_BEFORE = re.compile(
    r"\b(?:" + "|".join(NOW_WORDS_ENGLISH) + r"),?\s+(?:[\w-]+\s+){0,3}?"
    r"(?:spends|spending|allocates|allocating|devotes|devoting|invests|investing|puts|at|is|"
    r"stands\s+at|sits\s+at)\s+(?:[\w-]+\s+){0,3}?$", re.I)


def year_of_a_share_of_now(key: str, year: int | None, sentence: str, at: int,
                           published: date | None, surface: str = "") -> int | None:
    """The source's own year for an ally's whole-number share with no year stated that is
    worded as of its day ("is now spending about 3%"); else ``year``."""
    if key != "ally_share_gdp" or year is not None or published is None or at < 0 or \
            re.search(r"\d[.,]\d", surface):
        return year
    if SHARE_OF_NOW_BEFORE.search(sentence[max(0, at - 70):at]):
        return published.year
    return year


def share_of_the_sources_day(key: str, year: int | None, sentence: str, at: int,
                             published: date | None) -> bool:
    """Whether an ally's share is stated as a fact of the source's own year ("Denmark now spends
    at least 2 percent of its GDP" in February 2024): what it spends as it writes, which NATO's
    estimate of that year, published later, measures. Not a plan or a forecast ("will spend",
    "is expected to spend"): those name no "now"."""
    return key == "ally_share_gdp" and published is not None and year == published.year and \
        at >= 0 and SHARE_OF_NOW_BEFORE.search(sentence[max(0, at - 70):at]) is not None
