"""A figure the source itself dates before its own day (issue 9): "Earlier this year, Stoltenberg
said 18 allies would hit the target", "NATO had previously forecast 18", "zu Jahresbeginn",
"plus tôt cette année", "a principios de año", "na początku roku". It quotes what NATO said
then: an older release it agrees with is that statement, revised since, not a disagreement
(read by :mod:`analysis.brief.verdict`)."""

from __future__ import annotations

import re
from datetime import date

from analysis.brief.figure_year import RELATIVE_YEAR
from analysis.brief.hedge_words import SMALL_NUMBER_WORDS, optional_hedge
from analysis.brief.national_sources import SAID_VERBS
from analysis.extract.extractor import relative_year
from analysis.extract.numbers import number_word_alternation
from analysis.foreign_words import AT_THE_TIME_ANY_LANGUAGE
from analysis.vocabulary import MONTH_NAMES, NATO_IN_ENGLISH

EARLIER_STATEMENT = "a statement the source dates before its own day"

STATED_EARLIER = re.compile(
    r"\b(?:earlier\s+(?:this|in\s+the)\s+year|at\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)"
    r"\s+year|(?:had\s+)?(?:earlier|previously|initially|originally)\s+(?:forecast|predicted|"
    r"estimated|projected|expected|said)|(?:an?|the|its|NATO['’]s)\s+(?:earlier|previous|prior)"
    r"\s+(?:forecast|estimate|projection)"
    # German, French, Spanish, Italian, Polish, Portuguese, Dutch
    r"|Anfang\s+des\s+Jahres|zu\s+Jahresbeginn|früher\s+in\s+diesem\s+Jahr|plus\s+tôt\s+cette\s+"
    r"année|en\s+début\s+d['’]année|a\s+(?:principios|comienzos)\s+de(?:\s+este)?\s+año|"
    r"all['’]inizio\s+dell['’]anno|a\s+inizio\s+anno|na\s+początku\s+(?:tego\s+)?roku|"
    r"wcześniej\s+w\s+tym\s+roku|no\s+início\s+do\s+ano|eerder\s+dit\s+jaar|begin\s+dit\s+jaar)\b",
    re.I)


# "22 allies met the target in 2024, NATO said in April" (in September): the month the statement
# was made, after the figure in its part of the sentence; an earlier month of the source's year
# (or of an earlier year written with it) dates it before the source's day; "18 allies were
# expected in February to hit it" the same.
SAID_IN_A_MONTH = re.compile(
    r"[^;]{0,60}?\b(?:said|says|reported|estimated|forecast|projected|announced|found|stated|"
    r"wrote|published|expected|predicted)\s+in\s+(" + "|".join(MONTH_NAMES)
    + r")\b(?:\s+((?:19|20)\d\d)\b)?", re.I)


# "NATO's 2024 annual report", "NATO's June 2024 estimate", "2024 NATO figures", "NATO's estimate
# from June 2024", "In June 2024 NATO estimated", "Last year NATO estimated": NATO's statement
# dated by the words; before the source's month, it is what NATO said then.
_MONTH = r"(?:(" + "|".join(MONTH_NAMES) + r")\s+)?"
_NATO = r"(?:" + NATO_IN_ENGLISH + r"|the\s+alliance)"
_RELEASE = r"(?:annual\s+)?(?:report|estimates?|figures|data|numbers)"
NATO_DATED = re.compile(
    rf"\b{_NATO}['’]s\s+{_MONTH}((?:19|20)\d\d)\s+{_RELEASE}\b"
    rf"|\b{_MONTH}((?:19|20)\d\d)\s+{_NATO}\s+{_RELEASE}\b"
    rf"|\b{_NATO}(?:['’]s)?\s+{_RELEASE}\s+(?:from|of)\s+{_MONTH}((?:19|20)\d\d)\b"
    r"|\bin\s+(" + "|".join(MONTH_NAMES) + r")\s+((?:19|20)\d\d),?\s+" + _NATO +
    r"\s+(?:estimated|said|put|forecast|"
    r"projected|reported)\b", re.I)
# "Last year NATO estimated", "Last June, NATO expected": a time of saying always before the
# source's day.
NATO_LAST_YEAR = re.compile(
    r"\b(?:last\s+(?:year|" + "|".join(MONTH_NAMES) + rf")|a\s+year\s+ago),?\s+{_NATO}\s+"
    r"(?:estimated|said|put|forecast|projected|reported|expected|predicted)\b", re.I)

# "NATO's April report", "In April, NATO said", "NATO said in April that", "the annual report,
# published in April": a month of the source's year NATO spoke in.
_SAID = r"(?:said|says|estimated|reported|put|forecast|projected|found)"
_MONTHS = "(" + "|".join(MONTH_NAMES) + ")"
NATO_MONTH = re.compile(
    rf"\b{_NATO}['’]s\s+{_MONTHS}\s+{_RELEASE}\b|\bin\s+{_MONTHS},?\s+{_NATO}\s+{_SAID}\b"
    rf"|\b{_NATO}\s+{_SAID}\s+in\s+{_MONTHS}\b(?!\s+\d)"
    rf"|\breport,?\s+(?:published|released|issued)\s+in\s+{_MONTHS}\b(?!\s+\d)", re.I)


# "At the 2023 Vilnius summit, 11 allies met the target", "at the Vilnius summit in 2023": the
# count as NATO gave it at a summit of an earlier year.
SUMMIT_OF_A_YEAR = re.compile(
    r"\b(?i:at|during|for|by)\s+(?i:the)\s+(?:(?P<year>(?:19|20)\d\d)\s+(?:[A-Z][\w-]+\s+){0,2}summit|"
    r"(?:[A-Z][\w-]+\s+){1,2}summit\s+(?:in|of)\s+(?P<year_after>(?:19|20)\d\d))\b")


def nato_dated_earlier(part: str, published: date) -> bool:
    """Whether ``part`` of a sentence dates NATO's statement before the source's month."""
    if NATO_LAST_YEAR.search(part):
        return True
    for found in NATO_MONTH.finditer(part):
        month = next(g for g in found.groups() if g)
        if MONTH_NAMES.index(month.lower()) + 1 < published.month:
            return True
    for found in NATO_DATED.finditer(part):
        groups = [g for g in found.groups() if g]
        year = int(groups[-1])
        month = MONTH_NAMES.index(groups[0].lower()) + 1 if len(groups) > 1 else 12
        if (year, month) < (published.year, published.month) and \
                (len(groups) > 1 or year < published.year):
            return True
    return False


def stated_earlier(sentence: str, at: int, published: date | None = None,
                   surface: str = "") -> bool:
    """Whether the words before the figure at ``at`` (in its part of the sentence, up to a
    semicolon) date it before the source's day, or those after it name an earlier month the
    statement was made in (:data:`SAID_IN_A_MONTH`)."""
    if at < 0:
        return False
    before = sentence[max(0, at - 120):at].rsplit(";", 1)[-1]
    if STATED_EARLIER.search(before) is not None:
        return True
    part = sentence[:at].rsplit(";", 1)[-1] + sentence[at:].split(";", 1)[0]
    if published is not None and nato_dated_earlier(part, published):
        return True
    said = time_of_saying(sentence, at, published)
    if said is not None and said[0] < published.year:
        return True  # "Rutte said in June 2024 that 23 allies would meet it in 2024"
    summit = SUMMIT_OF_A_YEAR.search(before)
    if published is not None and summit and \
            int(summit.group("year") or summit.group("year_after")) < published.year:
        return True
    if REVISED_SINCE_AFTER.match(sentence, at + len(surface)):
        return True
    said = SAID_IN_A_MONTH.match(sentence, at + len(surface)) if published else None
    if said is None or published is None:
        return False
    year = int(said.group(2) or published.year)
    month = MONTH_NAMES.index(said.group(1).lower()) + 1
    return (year, month) < (published.year, published.month)


# "4.07% of GDP last year according to the spring report, revised to 3.79% in August": a figure
# its sentence says was revised since is what was said before the source's day (not another
# clause's figure: "in 2024, while its 2023 share was revised to 1.31%").
REVISED_SINCE_AFTER = re.compile(
    r"(?:(?!,\s+(?:while|but|whereas|and)\b)[^;]){0,80}?"
    r"\b(?:(?:since|later|subsequently|now|then)\s+)?(?:been\s+)?revised\s+"
    r"(?:(?:up|down)(?:wards?)?\s+)?to\s+" + optional_hedge(*SMALL_NUMBER_WORDS, "about")
    + r"[$€£]?\d", re.I)


# "Last year, NATO's Secretary General said that only seven allies spend 2%", "В прошлом году
# генсек НАТО заявлял, что только семь стран ...": the time dates the saying, not the figure in
# what was said, which is whatever was current then (compared only to agree), unless what was
# said has a year of its own.
STATEMENT_OF_AN_EARLIER_YEAR = "what was said in an earlier year, of the time it was said"
# The time: "last year" and the like in every language the extractor reads
# (figure_year.RELATIVE_YEAR), "a year ago", a year written ("in 2023", "in June 2023") or the
# occasion of a year ("in a 2023 interview", "in his 2023 speech").
_OCCASION = (r"(?:speech|interview|address|remarks|statement|report|letter|article|op-ed|"
             r"press\s+conference|testimony|book)")
# "In einem Interview 2023", "In un'intervista del 2023", "Dans un entretien en 2023", "W
# wywiadzie z 2023 r.", "En una entrevista en 2023"
_FOREIGN_OCCASION = (
    r"\b(?:in|im|dans|en|w|i|op)\s+(?:(?:un['’]|una|un|une|einem|einer|een|ett)\s*)?"
    r"(?:intervist\w*|interview\w*|entretien|entrevista|wywiad\w*|discors\w*|rede|discours|"
    r"discurso|przemówieni\w*|toespraak)\s+(?:(?:del|von|aus|de|en|z|van|från|fra|din)\s+)?"
    r"(?P<foreign_year>(?:19|20)\d\d)\b(?:\s+r\.)?")
# (a year written after "in" in the other languages too: "Im Jahr 2023", "En 2023", "Nel 2023",
# "W 2023 r.", "I 2023", "În 2023")
# ("two years ago" is read as at least a year before the source's: only "before" matters)
_TIME = (r"(?P<time>" + RELATIVE_YEAR.pattern + r"|\b(?:a|" + number_word_alternation(1, 10)
         + r"|\d{1,2})\s+years?\s+ago|(?:\bin|\bim\s+Jahre?|\ben|"
         r"\bnel|\bw|\bi|\bîn|\bem)\s+(?:(?:" + "|".join(MONTH_NAMES)
         + r")\s+)?(?P<year>(?:19|20)\d\d)\b(?:\s+r\.)?|\bin\s+(?:an?|the|his|her|its|"
         r"their)\s+(?P<occasion_year>(?:19|20)\d\d)\s+" + _OCCASION + r"\b|"
         + _FOREIGN_OCCASION + ")")
_SAYING = (r"\b(?:said|stated|announced|declared|claimed|wrote|warned|noted|told(?:\s+(?:the\s+)?"
           r"[\w-]+){1,2}?)")
SAID_IN_AN_EARLIER_YEAR = re.compile(
    _TIME + r",?\s+[^.;:]{0,80}?(?:" + _SAYING + r"|\b(?:заявля\w*|заяви\w*|сказа\w*|"
    r"говори\w*|" + SAID_VERBS + r"))\b[^.;]{0,40}$", re.I)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The same time named after the verb of saying: "Stoltenberg said last year that 11 allies met
# the target", "told the BBC in June 2023 that ...", "said in his 2023 speech that ...", or after
# what was said: "“Eleven allies meet it,” he said in 2023".
# "sagte im vergangenen Jahr, ...", "a déclaré l'an dernier que", "powiedział w zeszłym roku, że"
# (not "sa" before "în", Romanian "its": "cheltuiala sa în 2023"; Norwegian "sa i fjor" is said)
_SAYING_ANY = r"(?:" + _SAYING + r"|\b(?!sa\s+în\b)(?:" + SAID_VERBS + r"))"
SAID_THEN_THE_TIME = re.compile(
    _SAYING_ANY + r",?\s+(?:(?:im|w|i|en|el|lo)\s+)?" + _TIME
    + r",?\s+(?:(?:that|dass|que|qu['’]|che|że|dat|att|at|că)\s*)?[^.;:]{0,80}$", re.I)
FIGURE_SAID_THEN_THE_TIME = re.compile(r"[^.;]{0,100}?" + _SAYING_ANY + r"\s+" + _TIME, re.I)


def time_of_saying(sentence: str, at: int, published: date | None
                   ) -> tuple[int, str] | None:
    """The year a speaker said the figure at ``at`` in (:data:`SAID_IN_AN_EARLIER_YEAR`,
    :data:`SAID_THEN_THE_TIME`, :data:`FIGURE_SAID_THEN_THE_TIME`) and the rest of the sentence,
    where a year of the figure's own would stand; None when no time of saying is named."""
    if at < 0 or published is None:
        return None
    start = max(0, at - 160)
    found = SAID_IN_AN_EARLIER_YEAR.search(sentence, start, at) or \
        SAID_THEN_THE_TIME.search(sentence, start, at)
    rest = sentence[found.end("time"):] if found else ""
    if found is None:
        found = FIGURE_SAID_THEN_THE_TIME.match(sentence, at)
        if found is None:
            return None
        rest = sentence[:found.start("time")] + sentence[found.end("time"):]
    year = found.group("year") or found.group("occasion_year") or found.group("foreign_year")
    said_in = int(year) if year else relative_year(found.group("time").lower(), published.year)
    return said_in, rest


def said_in_an_earlier_year(sentence: str, at: int, published: date | None) -> bool:
    """Whether the figure at ``at`` stands in what a speaker said in a year before the source's
    and has no year of its own."""
    said = time_of_saying(sentence, at, published)
    # "In 2023, he said 18 nations were expected to spend 2% in 2024": a year of its own
    return said is not None and said[0] < published.year and not YEAR.search(said[1])


# "Stoltenberg said in 2023 that 20 allies would meet the target in 2024": the year written in
# what was said, after the figure, is the figure's; the time before it dates only the saying.
YEAR_OF_WHAT_WAS_SAID = re.compile(r"^[^.;:]{0,60}?\b(?:in|for|by)\s+((?:19|20)\d\d)\b")


def year_of_what_was_said(sentence: str, at: int, surface: str) -> int | None:
    """The year written after the figure when a time of saying stands before it, else None."""
    if at < 0:
        return None
    start = max(0, at - 160)
    if not (SAID_IN_AN_EARLIER_YEAR.search(sentence, start, at)
            or SAID_THEN_THE_TIME.search(sentence, start, at)):
        return None
    found = YEAR_OF_WHAT_WAS_SAID.match(sentence[at + len(surface):])
    return int(found.group(1)) if found else None


# "Only seven allies met the target in 2021, Stoltenberg said at the time", "At the time, NATO said
# seven allies met it in 2021", "damals sagte Stoltenberg", "a déclaré à l'époque": the time of
# saying is the figure's own year; said in a year before the source's, what was said was NATO's
# estimate of then, revised since (compared only to agree).
SAID_AT_THE_TIME = re.compile(
    _SAYING_ANY + r",?\s+(?:\w+\s+){0,2}?(?:then|" + AT_THE_TIME_ANY_LANGUAGE + r")\b|\b"
    + AT_THE_TIME_ANY_LANGUAGE + r",?\s+[^.;:]{0,60}?" + _SAYING_ANY + r"\b", re.I)


def said_at_the_time(sentence: str, at: int, year: int | None, published: date | None) -> bool:
    """Whether the figure at ``at`` of its own ``year``, before the source's, stands in what a
    speaker said at that time (:data:`SAID_AT_THE_TIME` in its part of the sentence)."""
    if at < 0 or year is None or published is None or year >= published.year:
        return False
    part = sentence[:at].rsplit(";", 1)[-1] + sentence[at:].split(";", 1)[0]
    return SAID_AT_THE_TIME.search(part) is not None
