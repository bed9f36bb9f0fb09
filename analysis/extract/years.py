"""The year a figure refers to: the nearest time expression that governs it.

A sentence can hold several time expressions, each governing its own clause: "This year 23
allies meet the target, a marked advance from 2014 when only 5 allies met it" (23 -> this year,
5 -> 2014); "Eight allies remain below the target, and a third of them will not reach it before
2027" (2027 is when something else happens, not the year of the eight). The rules, in order:

1. A clause opened by "when" right after a time expression ("from 2014 when", "last year
   when") happened at that time, unless the figure's own segment names a time after it; after
   a time named by no year ("the end of the Cold War, when") it has none; the comma that ends
   the "when" clause's first segment closes it ("Compared with 2023, when it spent 1.64%,
   ..."). A relative aside (", which spent 1.2% in 2014,") in a sentence about the present
   keeps its time to itself.
2. A time expression in the figure's own comma segment, then in its clause (clauses end at ";",
   a dash, ", and", ", but", ", which", "when", "while", "and will" ...). A year written right
   after the figure ("2.53 percent in 2023", "2% of GDP by 2030") wins. Baselines ("since
   2014", "from 2014", "compared with 2014") and the years of comparison segments (", up from
   2.2% in 2022") are left for later; deadlines ("before 2027", "until 2032") count only right
   after the figure.
3. "a third of them", "11 of those": the year of the figure they count.
4. A baseline of the clause ("Since 2014, allies added $600 billion").
5. A plain time expression of another clause of the sentence ("In 2023, ..., and 11 allies"),
   unless the figure's clause opens on a time of its own ("; today 23 do", "; ten years ago
   the figure was 1.1%"). Deadlines and "by 2027" of other clauses are never borrowed, nor a
   "next year" of a later clause ("spends 2.9%, and next year it wants more").
6. None: the caller decides (checks read it as the publication year).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from analysis.extract.bracket_year import BRACKET_KEY, is_bracket_key, year_of_a_keyed_parenthesis
from analysis.extract.numbers import WORD_NUMBER
from analysis.extract.other_languages import counts_a_year_forward
from analysis.extract.relative_asides import relative_asides
from analysis.extract.window_end import search_window, words_at_end
from analysis.extract.year_conjuncts import (
    COMPARED_AFTER,
    CONJUNCT_OPENS,
    PARTICIPLE_THEN_YEAR,
    changes_named_from,
    opens_a_later_figure,
    opens_next_conjunct,
    time_of_the_compared,
)

PLAIN, BASELINE, DEADLINE, BY = "plain", "baseline", "deadline", "by"
# A year that says "in <year>" with a word or an ending after it (Turkish "2022’de", "2022
# yılında") governs what follows it: it is never "right after" the figure before it.
LEADING = "leading"
_LEADING_AFTER = re.compile(r"\d{4}(?:['’](?:de|da|te|ta)\b|\s+yılında\b)")

# The word right before a time expression says how it governs.
ROLE_BEFORE = words_at_end(
    # "desde 2014", "depuis 2014", "seit 2014", "dal 2014", "od 2014", "sedan 2014": since
    r"\b(?:(?P<baseline>since|from|than|with|to|versus|vs\.?|after|over|desde|depuis|seit|dal|"
    r"od|sedan|siden)"
    r"|(?P<deadline>before|until|till|through|ahead\s+of|no\s+later\s+than|prior\s+to)"
    r"|(?P<by>by))\s+(?:in\s+|the\s+end\s+of\s+)?$")
YEAR_RIGHT_AFTER = 10  # "2.53 percent in 2023": a year this close after a figure is its year
# "2% of GDP before 2030": what a share is of does not separate it from its year.
_OF_GDP = re.compile(r"\s+of\s+(?:[\w'’]+\s+){0,3}?(?:GDP|gross\s+domestic\s+product)\b", re.I)

# Clause boundaries within a sentence, and the commas that cut clauses into segments. Only
# where a cut starts counts: ";", ": ", " - ", ", and", ", which", "when" (at the "w"), " and
# will". Every cut starts with a character of the first class, which the regex engine then
# looks for in C instead of trying every branch at every character (the class is outside the
# case-insensitive group, which would keep it from doing so); the look-behinds say which it was.
STRONG_CUT = re.compile(
    r"[;:,\sWw](?i:(?<=;)|(?<=:)(?=\s)|(?<=\s)[–—]\s|(?<=\s)-\s"
    r"|(?<=,)\s+(?=(?:and|but|while|whereas|although|though|which|who|where|when|yet)\b)"
    r"|(?<=\b[Ww])(?=(?:hen|hile|hereas)\b)"
    # "spends 1.3% and will reach the target by 2029": a second verb phrase, its own clause.
    r"|(?<=\s)(?=(?:and|but)\s+(?:will|would|could|can|may|might|must|should|is|are|was|were|"
    r"has|have|had|does|did|do)\b))")
_WHEN = re.compile(r"[,\s]*when\b", re.I)
# "the end of the Cold War, when", "the start of the decade, when": a time named by no year.
_TIME_OF_AN_EVENT_BEFORE = re.compile(
    r"\b(?:start|end|beginning|height|time|days|era|peak|close|turn|middle|eve)\s+of\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+[\s,]*$", re.I)
# "; today 23 do", "but now 23 do", "Three years ago only six ...": a clause opening on a time of
# its own (the present, or counted back from the source's date) borrows no other clause's year.
_OWN_TIME_OPENS = re.compile(
    r"[\s;:,–—-]*(?:(?:and|but|while|whereas|yet)\s+)?(?:today|now|currently|nowadays|"
    r"(?:\w+|a)\s+(?:years|decades?)\s+ago)\b", re.I)
_WEAK_CUT = re.compile(r",(?!\d)")
# "now" before the figure in its own comma segment: the figure is of the present.
_NOW = re.compile(r"\b(?:[Nn]ow|[Tt]oday|[Cc]urrently|[Nn]owadays)\b")
# "1.82% in 2014, a figure that has risen to 2.06%": what a share has risen or fallen to is of
# the present, as after "now"; "has since" says so also in the segment of the year before it
# ("1.82% in 2014 and has since raised that to 2.06%", "a level it has since lifted to 1.49%").
_HAS_MOVED_TO = re.compile(
    r"\b(?:has|have)\s+(?P<since>since\s+)?(?:risen|grown|climbed|increased|jumped|soared|"
    r"fallen|dropped|declined|gone\s+(?:up|down)|(?:raised|lifted|boosted|pushed|brought|"
    r"taken|cut)(?:\s+(?:it|that|this|them|(?:its|the|their)\s+[\w-]+))?)\s+to\s+$", re.I)
# A number in the clause before the figure's segment, no year: the other segment's year is that
# number's ("1.82% in 2014, a figure that has risen to 2.06%", "In 2014 only three allies met it,
# a number that has risen to 23"); with none, it is the clause's time ("By 2024, the share has
# risen to 2.1%").
_NUMBER_NOT_A_YEAR = re.compile(
    rf"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]?\d))\d|\b(?:{WORD_NUMBER})\b", re.I)
# "hovering around 4% of GDP in recent years": a span of years in the figure's own comma segment
# is its time, no one year of it; another segment's year ("as of 2022") is not borrowed.
_SPAN_OF_YEARS = re.compile(r"\b(?:in|over|during|for)\s+(?:the\s+)?(?:(?:past|last|recent)\s+)?"
                            r"(?:(?:few|several|many|recent)\s+)?years\b", re.I)

# A segment that compares with an earlier time: its year is the compared figure's only.
_COMPARISON_SEGMENT = re.compile(
    r"[\s,;:–—-]*(?:(?:(?:a|an|the|[a-z]+ly|marked|sharp|big|steep|slight|huge|small|modest)\s+)*"
    r"(?:(?:up|down|rising|falling|rose|fell|increas\w*|decreas\w*|jump\w*|advance|rise|drop\w*|"
    r"gain\w*|climb\w*|change|growth|compared)\s+)?"
    r"(?:from|since|(?<=compared\s)(?:with|to)|versus|vs\.?|against"
    # other languages: "por encima del 1,78% de 2023", "wobec 3,26%", "gegenüber", "rispetto al"
    r"|por\s+encima\s+del?|frente\s+al?|respecto\s+al?|gegenüber|wobec|rispetto\s+all['’]"
    r"|rispetto\s+al?"
    r"|par\s+rapport\s+à|contre)"
    # ", the same as Denmark did last year", ", like Poland in 2023": the other's time (a branch
    # of its own, tried once, not after every reading of the words before "from")
    r"|(?:the\s+)?same\s+as|as\s+much\s+as|as\s+(?:did|does|do)|(?:un)?like|similar\s+to"
    r"|on\s+a\s+par\s+with|level\s+with"
    # the same in the other languages: "genauso viel wie Frankreich", "comme l'Allemagne", "igual
    # que Bélgica", "tyle co Estonia", "net als Frankrijk", "tal como a Itália": "as" alone
    # only before a name (", wie das Ministerium mitteilte" is no comparison)
    r"|(?:genauso|ebenso|so)\s+(?:viel\s+)?wie|(?:igual|lo\s+mismo|tanto)\s+(?:que|como)"
    r"|tyle\s+(?:co|ile)|podobnie\s+jak|net\s+als|evenals|(?:tal|assim)\s+como|tanto\s+quanto"
    r"|(?:wie|comme|como|come|jak)\s+(?:(?:l['’]|la|le|les|el|lo|il|a|o|die|der|das)\s*)?"
    r"(?-i:(?=[A-ZÀ-Ý])))\b", re.I)


class TimeRef(NamedTuple):
    """A time expression: "in 2014", "2023", "this year", "a year earlier"."""

    start: int
    end: int
    year: int | None
    role: str  # PLAIN, BASELINE, DEADLINE or BY


def time_role(text: str, start: int) -> str:
    """How the time expression at ``text[start]`` governs, from the word before it."""
    match = search_window(ROLE_BEFORE, text, max(0, start - 22), start)
    if match is None or not match.lastgroup:
        return LEADING if _LEADING_AFTER.match(text, start) else \
            BRACKET_KEY if is_bracket_key(text, start) else PLAIN
    return match.lastgroup


class Clauses(NamedTuple):
    """Where a sentence's clauses and comma segments start (absolute offsets, sorted)."""

    strong: tuple[int, ...]
    weak: tuple[int, ...]
    when: frozenset[int]  # clause starts that are "when"
    comparison: ComparisonCuts  # segment starts that open a comparison
    end: int
    asides: tuple[tuple[int, int], ...] = ()  # relative clauses set off by commas
    compared: tuple[int, ...] = ()  # where "compared with", "versus" ... start


class ComparisonCuts:
    """The segment starts of a sentence that open a comparison (``cut in comparison``), each
    read when first asked: a figure's year asks about a few of a sentence's segments only."""

    __slots__ = ("text", "cuts", "end", "known")

    def __init__(self, text: str, cuts: tuple[int, ...], end: int):
        self.text, self.cuts, self.end = text, cuts, end
        self.known: dict[int, bool] = {}

    def __contains__(self, cut: int) -> bool:
        opens = self.known.get(cut)
        if opens is None:
            text = self.text
            opens = self.known[cut] = cut in self.cuts and _COMPARISON_SEGMENT.match(
                text, cut + (text[cut] == ","), self.end) is not None
        return opens


def clauses_of(text: str, lo: int, hi: int) -> Clauses:
    strong = [lo]
    when = set()
    for start in strong_cuts(text, lo, hi):
        strong.append(start)
        if _WHEN.match(text, start):
            when.add(start)
    weak = tuple(sorted(set(strong).union(m.start() for m in _WEAK_CUT.finditer(text, lo, hi))))
    compared = tuple(match.start() for match in COMPARED_AFTER.finditer(text, lo, hi)) if (
        text.find("ompar", lo, hi) >= 0 or text.find("vs.", lo, hi) >= 0
        or text.find("versus", lo, hi) >= 0) else ()
    if text.find(" from ", lo, hi) >= 0:
        compared = tuple(sorted((*compared, *changes_named_from(text, lo, hi))))
    return Clauses(tuple(strong), weak, frozenset(when), ComparisonCuts(text, weak, hi), hi,
                   relative_asides(text, weak, hi), compared)


def strong_cuts(text: str, lo: int, hi: int) -> list[int]:
    """Where the matches of ``STRONG_CUT.finditer(text, lo, hi)`` start, found faster: the
    regex is tried only where one of its cuts can start (";", ":", ",", the space before a dash
    or before "and"/"but", the "w" of "wh"), which str.find finds in C, instead of at every
    space the regex engine meets."""
    segment = text[lo:hi]
    lowered = segment.lower()
    if len(lowered) != len(segment):  # "İ" lower-cases to two characters: offsets would move
        return [match.start() for match in STRONG_CUT.finditer(text, lo, hi)]
    candidates = []
    for mark, before in ((";", 0), (":", 0), (",", 0), ("–", 1), ("—", 1), ("-", 1),
                         ("wh", 0), ("and", 1), ("but", 1)):
        found = lowered.find(mark)
        while found >= 0:
            if not before:
                candidates.append(found)
            elif found and segment[found - 1].isspace():
                candidates.append(found - 1)
            found = lowered.find(mark, found + 1)
    starts = []
    resume = 0
    match_at = STRONG_CUT.match
    for candidate in sorted(candidates):
        if candidate >= resume:
            match = match_at(text, lo + candidate, hi)
            if match is not None:
                starts.append(lo + candidate)
                resume = match.end() - lo
    return starts


def _span(cuts: tuple[int, ...], position: int, end: int) -> tuple[int, int]:
    index = bisect_right(cuts, position) - 1
    return cuts[index], cuts[index + 1] if index + 1 < len(cuts) else end


class _Unset:
    pass


NO_ANTECEDENT = _Unset()


def year_for(start: int, end: int, refs: list[TimeRef], clauses: Clauses, text: str,
             antecedent_year: int | None | _Unset = NO_ANTECEDENT) -> int | None:
    """The year of the figure at ``text[start:end]`` from the sentence's time expressions
    (see the module docstring); ``antecedent_year`` is the year of the figure that "of them"
    points back to, when it does."""
    if (keyed := year_of_a_keyed_parenthesis(text, start, refs)) is not None:
        return keyed
    refs = _refs_that_may_date(start, end, refs, clauses, text)
    if not refs and isinstance(antecedent_year, _Unset):
        return None
    clause_lo, clause_hi = _span(clauses.strong, start, clauses.end)
    segment_lo, segment_hi = _span(clauses.weak, start, clauses.end)
    in_segment = [ref for ref in refs if segment_lo <= ref.start < segment_hi]
    window = max(clause_lo, start - 50)
    # (the find first, in C: most figures have no "has"/"have" before them)
    moved = _HAS_MOVED_TO.search(text, window, start) if text.find("ha", window, start) >= 0 \
        else None
    if moved and moved.group("since") and not any(ref.start >= end for ref in in_segment):
        return None
    # "since 2021, when six did, to 23 this year": a time after the figure in its own comma
    # segment is its own, not the time the "when" clause happened at.
    # (only in the "when" clause's own first segment: "Compared with 2023, when it spent 1.64%,
    # Germany's share rose to 2.12%": the comma closes the aside, the main clause follows)
    if clause_lo in clauses.when and segment_lo == clause_lo and \
            not any(ref.start >= end for ref in in_segment):
        for ref in refs:
            if ref.end <= clause_lo and not text[ref.end:clause_lo].strip(" ,"):
                return ref.year
        if _TIME_OF_AN_EVENT_BEFORE.search(text, max(0, clause_lo - 60), clause_lo) and \
                not any(clause_lo <= ref.start < clause_hi for ref in refs):
            return None  # "at the start of the decade, when it spent 1.1%": that time's
    # "Germany, which spent 1.2% in 2014, now spends 2.1%": a relative aside's time is its own.
    if clauses.asides:
        own_aside = _aside_of(start, clauses.asides)
        refs = [ref for ref in refs if _aside_of(ref.start, clauses.asides) in (None, own_aside)]
        in_segment = [ref for ref in in_segment if ref in refs]
    gdp = _OF_GDP.match(text, end, min(end + 50, clauses.end))
    if gdp:
        end = gdp.end()
    participle = PARTICIPLE_THEN_YEAR.match(text, end, min(end + 40, clauses.end))
    if participle:
        end = participle.end()
    found = _nearest(_without_a_closed_conjunct(in_segment, text, start, end), start, end)
    if found:
        return found[0]
    if text.find("ears", segment_lo, segment_hi) >= 0 and \
            _SPAN_OF_YEARS.search(text, segment_lo, segment_hi):
        return None  # (the find first: the search costs ~1% of the extractor on real text)
    if segment_lo not in clauses.comparison:
        # ", up from 11": the compared figure is not of the clause's time.
        in_clause = [ref for ref in refs if clause_lo <= ref.start < clause_hi and _span(
            clauses.weak, ref.start, clauses.end)[0] not in clauses.comparison]
        found = _nearest(in_clause, start, end)
        if found:
            # "Germany, 1.64% in 2023, now spends 2.12%": "now" in the figure's own segment
            # makes it the present's, not the year of another segment
            return None if segment_lo != clause_lo and (
                _NOW.search(text, segment_lo, start)
                or moved and moved.start() >= segment_lo
                and _NUMBER_NOT_A_YEAR.search(text, clause_lo, segment_lo)) \
                else found[0]
    if not isinstance(antecedent_year, _Unset):
        return antecedent_year
    return _year_of_the_sentence(start, end, refs, clauses, text, (clause_lo, clause_hi),
                                 (segment_lo, segment_hi))


def _year_of_the_sentence(start: int, end: int, refs: list[TimeRef], clauses: Clauses,
                          text: str, clause: tuple[int, int],
                          segment: tuple[int, int]) -> int | None:
    """The year of a figure that its own segment and clause do not date: a leading baseline of
    the clause, else a plain time of another clause (rules 4 and 5 of the module docstring)."""
    (clause_lo, clause_hi), (segment_lo, segment_hi) = clause, segment
    # A leading baseline scopes the clause ("Since 2014, allies added $600 billion"); a
    # trailing comparison (", compared with 2014") does not.
    baselines = [ref for ref in refs if clause_lo <= ref.start < clause_hi
                 and ref.role == BASELINE
                 and (ref.start < start or segment_lo <= ref.start < segment_hi)]
    if baselines:
        return min(baselines, key=lambda ref: abs(ref.start - start)).year
    # "23 Allies are now spending 2%, up from three when we made the pledge in 2014": "now" in
    # the figure's own segment is a time of its own; the other clauses' years are not borrowed.
    if _OWN_TIME_OPENS.match(text, clause_lo, clause_hi) or \
            _NOW.search(text, segment_lo, segment_hi):
        return None
    # ("spends 2.85%, and next year it wants more": a time counted forward dates its own clause,
    # never a figure before the clause break)
    elsewhere = [ref for ref in refs if not clause_lo <= ref.start < clause_hi
                 and ref.role in (PLAIN, LEADING)
                 and _span(clauses.weak, ref.start, clauses.end)[0] not in clauses.comparison
                 and not (ref.start >= clause_hi
                          and counts_a_year_forward(text[ref.start:ref.end]))]
    found = _nearest(elsewhere, start, end)
    return found[0] if found else None


def _refs_that_may_date(start: int, end: int, refs: list[TimeRef], clauses: Clauses,
                        text: str) -> list[TimeRef]:
    """The times but one the figure is part of, one "and" opens right after it, one after a
    comparison word after it ("The 23 allies at 2% compare with 10 last year", found in C)."""
    refs = [ref for ref in refs if not ref.start <= start < ref.end and ref.role != BRACKET_KEY
            and not opens_next_conjunct(text, end, ref.start)
            and not opens_a_later_figure(text, end, ref.start, ref.end)]
    if clauses.compared:
        compared = next((at for at in clauses.compared if at >= end), None)
        refs = [ref for ref in refs if compared is None or ref.start < compared
                or not time_of_the_compared(text, compared, ref.start)]
    return refs


def _aside_of(position: int, asides: tuple[tuple[int, int], ...]) -> tuple[int, int] | None:
    return next((aside for aside in asides if aside[0] <= position < aside[1]), None)


def _without_a_closed_conjunct(refs: list[TimeRef], text: str, start: int,
                               end: int) -> list[TimeRef]:
    if not any(ref.start >= end and ref.role != BASELINE for ref in refs):
        return refs
    return [ref for ref in refs
            if not (ref.end <= start and CONJUNCT_OPENS.match(text, ref.end, start))]


def _nearest(refs: list[TimeRef], start: int, end: int) -> tuple[int | None] | None:
    """The year of the nearest governing reference (baselines and far deadlines excluded)."""
    best: tuple[int, int | None] | None = None
    for ref in refs:
        if ref.role == BASELINE:
            continue
        right_after = 0 <= ref.start - end <= YEAR_RIGHT_AFTER and ref.role != LEADING
        if ref.role == DEADLINE and not right_after:
            continue
        distance = 0 if right_after else abs(ref.start - start)
        if best is None or distance < best[0]:
            best = (distance, ref.year)
    return (best[1],) if best else None

