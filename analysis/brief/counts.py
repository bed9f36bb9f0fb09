"""How English news counts allies: which count a number of allies is (issue 9).

Each rule is a pattern with an example. A count is NATO's count of allies at or above the 2%
guideline only when none of these says otherwise: the allies below it ("eight fell short"),
allies that promise ("pledged to reach"), the change of a count ("seven more countries"), or a
count at another level ("only three above 3.5%", "seven at the minimum of 2.0%", "a new, higher
goal"). Functions return ``(key, why)``; ``why`` is '' when the count is compared under ``key``.
:mod:`analysis.brief.subject` turns them into subjects. Also here: the membership worded as such
("the other 31 members of the bloc") and a count meeting a target named in other words ("only
eleven of the thirty-one members had kept their promise"). The year of a count is
:mod:`analysis.brief.count_years`'s; a subset, a band, a year's membership and a count at another
level are :mod:`analysis.brief.count_guards`'s.
"""

from __future__ import annotations

import re

from analysis.brief.foreign_counts import (
    BELOW_WORDS_ABROAD,
    NOT_AT_WORDS,
    OUT_OF,
    OUT_OF_ARTICLES,
)
from analysis.brief.subject_phrases import GUIDELINE_NOUN
from analysis.extract.guideline_reading import meets_named_target, names_target
from analysis.extract.other_languages import ALLY_NOUNS as OTHER_ALLY_NOUNS
from analysis.extract.other_languages import NATION_NOUNS as OTHER_NATION_NOUNS
from analysis.vocabulary import (
    MEMBERSHIP_SIZES,
    NATO_IN_ENGLISH,
    NATO_OR_MEMBERS_IN_ENGLISH,
    SURE_GUIDELINE_NOUNS,
    talks_of_exercise,
)

# --- counts of allies: what a count counts ----------------------------------------------------
# English news counts allies in a few set ways; each rule below is one of them, with an example.

# "seven more countries" (18 - 11), "up by seven", "another five allies": the change of a count,
# never the count itself.
COUNT_CHANGE_SURFACE = re.compile(
    r"\b(?:more(?!\s+than)|additional|extra|fewer(?!\s+than)|new)\s+(?:[\w-]+\s+)?(?:allies|"
    r"members|countries|nations|states)\b", re.I)
COUNT_CHANGE_BEFORE = re.compile(
    r"\b(?:(?:rose|grew|increased|jumped|climbed|fell|dropped|up|down)\s+by|another|an?\s+"
    r"(?:additional|extra|increase\s+of|rise\s+of|jump\s+of))\s+$", re.I)
COUNT_CHANGE_AFTER = re.compile(r"^\s*(?:more|additional|extra|fewer)\b(?!\s+than)", re.I)


def count_change(sentence: str, at: int, surface: str) -> str:
    """Why a count of allies is the change of a count ("seven more countries"), else ''."""
    after = sentence[at + len(surface):at + len(surface) + 20] if at >= 0 else ""
    if (COUNT_CHANGE_SURFACE.search(surface) or COUNT_CHANGE_AFTER.search(after)
            or (at >= 0 and COUNT_CHANGE_BEFORE.search(sentence[max(0, at - 30):at]))):
        return "the change of a count of allies, not the count NATO publishes"
    return ""


# "All NATO members will hit ... but only three currently reach a new goal": a number whose noun
# stands earlier in the sentence, followed by a verb or a preposition, not by a noun of its own.
BARE_NUMBER = re.compile(r"(?:(?:only|just|some|about|around|nearly|almost|over|more\s+than|"
                         r"fewer\s+than|at\s+least)\s+)?(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)", re.I)
ALLIES_NOUN_BEFORE = re.compile(r"\b(?:allies|members|member\s+(?:states|countries)|countries|"
                                r"nations)\b", re.I)
VERB_OR_PREPOSITION_AFTER = re.compile(
    r"^\s*(?:[,.;](?!\d)|$)|^\s*(?:of\s+them|currently|now|already|still|also|at|above|over|below|under|"
    r"with|have|had|has|are|were|will|would|met|meet|meets|reach\w*|exceed\w*|spen[dt]\w*|hit|"
    r"surpass\w*|did|do|fell|fall\w*|remain\w*)\b", re.I)


# "two-thirds of allies will reach 2%, compared to only three in 2014", "23 allies, up from three
# in 2014", "all allies will hit the 2% mark, up from 22 last year": the count its sentence
# compares with, of the same allies in another year.
COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|up\s+from|from|against|versus|"
                             r"as\s+against)\s+(?:(?:only|just)\s+)?$", re.I)
IN_A_YEAR_AFTER = re.compile(r"^\s*(?:in\s+(?:19|20)\d\d|last\s+year|a\s+year\s+(?:earlier|"
                             r"before|ago)|the\s+(?:previous|prior)\s+year)\b", re.I)


def noun_stands_before(sentence: str, at: int, surface: str) -> bool:
    """Whether a bare number ("only three") counts the allies its sentence named before it."""
    if at < 0 or not BARE_NUMBER.fullmatch(surface.strip()):
        return False
    after = sentence[at + len(surface):at + len(surface) + 30]
    compared = COMPARED_BEFORE.search(sentence[max(0, at - 20):at]) and \
        IN_A_YEAR_AFTER.match(after)
    return bool(ALLIES_NOUN_BEFORE.search(sentence[:at])
                and (VERB_OR_PREPOSITION_AFTER.search(after) or compared)) or \
        number_of_allies_before(sentence, at)


# "The number of NATO countries meeting the target rose to 23 this year", "the count of allies
# at 2% has jumped to 23 from just three in 2014": the number the count of allies moved to or from.
NUMBER_OF_ALLIES = re.compile(
    r"\b(?:number|count|tally)\s+of\s+(?:NATO\s+|Nato\s+)?(?:allies|members|member\s+(?:states|"
    r"countries)|countries|nations)\s+(?:meeting|hitting|reaching|at|above|that\s+(?:meet|hit|"
    r"reach)|spending)\b(?P<between>[^.;]{0,60}?)\b(?:rose|risen|rises|jumped|climbed|increased|"
    r"grew|grown|reached|went\s+up|is|was|stands|stood)\s+(?:\w+\s+){0,2}?(?:to|at)\s+"
    r"(?:(?:only|just|some|about|around|nearly|almost)\s+)?(?:\S+\s+from\s+"
    r"(?:(?:only|just|some|about|around|nearly|almost)\s+)?)?$", re.I)
PERCENT_IN = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent|percent)", re.I)


def level_of_the_number_before(sentence: str, at: int) -> tuple[str, str] | None:
    """(key, why) when "the number of allies above 3% rose to five" counts at another level than
    the 2% guideline, else None."""
    found = NUMBER_OF_ALLIES.search(sentence[:at]) if at >= 0 else None
    levels = {float(value.replace(",", ".")) for value in
              PERCENT_IN.findall(found.group("between"))} - {2.0} if found else set()
    if len(levels) == 1:
        return f"allies_above_{levels.pop():g}pct", ""
    return None


def number_of_allies_before(sentence: str, at: int) -> bool:
    """Whether the number at ``at`` is what "the number of allies meeting the target" rose to
    (or from); not when the count is at another level than 2% ("the number of allies above 3%
    rose to five")."""
    found = NUMBER_OF_ALLIES.search(sentence[:at])
    return bool(found) and all(float(value.replace(",", ".")) == 2.0
                               for value in PERCENT_IN.findall(found.group("between")))


# "only three currently reach a new, higher goal": the newest guideline, not the 2% one ("new
# pledges" are promises, not a level a count is measured at).
NEW_TARGET_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:new|newer|higher|new,\s+higher)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join((*SURE_GUIDELINE_NOUNS, "commitment")) + r")s?\b", re.I)
# "seven at the minimum of 2.0%", "six at exactly 2.00%": allies at a level, not at or above it.
# "Seven members are just at the minimum 2.0%" too.
EXACTLY_AT = re.compile(r"\bat\s+(?:exactly|precisely|just|the\s+(?:minimum|floor)(?:\s+of)?)"
                        r"\s+$", re.I)


# In English only: a count's own sentence (subject_words.NATO_WORDS reads every language).
NATO_OR_MEMBERS = re.compile(r"\b(?:" + "|".join(NATO_OR_MEMBERS_IN_ENGLISH) + r")\b")
# "Eight allies remain below", "nine have yet to reach", "eight of the 32 fell short": the count
# of the allies under the guideline, when no meeting verb comes first ("23 meet 2% while ...").
BELOW_WORDS = re.compile(r"\b(?:remain(?:s|ed)?\s+below|below|short\s+of|f[ae]ll(?:s|ing)?\s+short|"
                         r"miss(?:es|ed)?|fail(?:s|ed)?\s+to|do(?:es)?\s+not|did\s+not|don't|"
                         r"doesn't|didn't|ha(?:ve|s)\s+(?:not|yet\s+to)|haven't|hasn't|yet\s+to|"
                         # "Eight members are not estimated to reach", "will not meet"
                         r"(?:are|is|were|was|will|would)\s+not|aren't|isn't|weren't|wasn't|won't|"
                         r"not\s+yet|less\s+than|lag(?:s|ged|ging)?(?:\s+behind)?|under|"
                         # other languages: "circa 10 membri NATO ... erau sub pragul de 2%"
                         + BELOW_WORDS_ABROAD + r")\b",
                         re.IGNORECASE)
MEETING_FIRST = re.compile(r"\b(?:meet|meets|met|reach\w*|hit|hits|exceed\w*|surpass\w*|"
                           r"achiev\w*|at\s+least|above|over|more\s+than|or\s+more)\b|"
                           # another clause: "risen to 18, though Canada is not among them"
                           r",\s+(?:and|but|while|whereas|though|although)\b|;|"
                           r"\b(?:while|whereas|but|though|although)\b", re.I)
# "40 countries pledged to reach the target": allies that promise, not allies that meet it;
# "20 countries signed the drone coalition's pledge": allies that put their names to one;
# "11 Nato countries met this pledge" meet it (a meeting verb comes first).
PROMISE_FIRST = re.compile(r"^\s+(?:(?!(?:met|meet\w*|reach\w*|hit|kept|keep\w*|fulfil\w*|"
                           r"honou?r\w*|achiev\w*|exceed\w*)\b)[\w-]+\s+){0,3}?(?:pledg\w*|"
                           r"promis\w*|commit\w*|vow\w*|plan\w*|aim\w*|intend\w*|want\w*|"
                           r"hop\w*|seek\w*|agreed\s+to|sign\w*|endors\w*|co-?sign\w*)\b", re.I)

# How news says that a count of allies meets the guideline named in its sentence or the one
# before, beyond the extractor's plain "met the target" (each rule with an example):
MEETS_TARGET_AFTER = re.compile(
    # "only eleven of the thirty-one members ...", "23 countries, including the three, ..."
    r"^(?:\s+of\s+(?:the\s+|its\s+)?[\w-]+\s+(?:[\w-]+\s+)?(?:members|allies|countries|"
    r"states|nations))?(?:,\s+including\s+[^,.;]{1,60},)?"
    # "... were expected to meet", "... had kept", "... have been able to reach"
    r"\s+(?:[a-z]+\s+){0,4}?(?:(?:met|meets?|meeting|reach(?:ed|es|ing)?|hit|hits|achieved?|"
    r"achieves|fulfill?(?:ed|s)?|kept|keep|keeps|honou?red|complied\s+with|compl(?:y|ies)\s+with)"
    # "... their promise", "... this criterion", "... that goal", "... the 2% target"
    r"\s+(?:(?P<pronoun>it)\b|(?:the\s+|their\s+|its\s+|this\s+|that\s+|nato['’]s\s+)"
    rf"(?:[\w%-]+\s+){{0,2}}?{GUIDELINE_NOUN}s?\b)"
    # "18 ... to reach the 2% spending mark ... Last year, only 11 countries were part of this club"
    r"|(?:part|members?)\s+of\s+(?:this|that|the)\s+(?:[\w%-]+\s+)?(?:club|group)\b)", re.I)


def meets_target(after: str, target_named: bool) -> bool:
    """Whether a count followed by ``after`` counts the allies meeting a target its sentence or
    the one before named (``target_named``): "only eleven of the thirty-one members had kept
    their promise", "18 NATO countries were expected to meet this criterion"."""
    return target_named and MEETS_TARGET_AFTER.match(after) is not None


# "the other 31 members of the bloc", "of the alliance's 32 members", "out of 32": the
# membership, not a count at a level (each alternative with an example).
MEMBERSHIP_AROUND = (
    # "23 NATO countries out of 32", "the majority of the other 31 members"
    r"\b(?<!one\s)(?:out\s+of|of)\s+(?:the\s+|its\s+|all\s+)?(?:other\s+)?"
    r"(?:(?:alliance|nato|bloc)(?:'s|’s)\s+)?(?:then-)?{surface}\b",
    # "The 32 members of the alliance agreed", "the other 31 members of the bloc"
    r"\b(?:the|all|its)\s+(?:other\s+)?{surface}\s+of\s+(?:the\s+)?(?:alliance|nato|bloc)\b",
    # "NATO's 32 members", "the alliance's 31 countries"
    r"\b(?:alliance|nato|bloc)(?:'s|’s)\s+{surface}\b",
    # "eleven member states - now 32 with Sweden's recent entry -", "32 since Finland joined"
    r"\b{surface}\s+(?:with|after|following|since)\s+[^.;,]{{0,40}}?\b(?:entry|accession|"
    r"joining|joined|admission)\b",
    # other languages: "10 dei 32 paesi della NATO", "elf von 31 Verbündeten", "sur les 32 pays",
    # "de los 32 países", "z 32 państw", "av 32 allierte"
    # "18 din cele 31 de ţări", "18 der 31 Mitgliedstaaten" (the words of foreign_counts.OUT_OF)
    r"\b(?:dei|degli|delle|spośród|" + OUT_OF + r")\s+(?:(?:le|" + OUT_OF_ARTICLES + r")\s+)?"
    r"{surface}\b",
)


# "Belgium, like the other 31 NATO Member States, ...": the membership but one.
OTHER_MEMBERS = r"\b(?:the|all)\s+(?:\w+\s+)?other\s+{surface}"


def is_membership(value: float, surface: str, sentence: str) -> bool:
    """Whether a count that equals a size the alliance has had (or that size but one, "the
    other 31") is worded as its membership."""
    if not surface:
        return False
    escaped = re.escape(surface)
    if value + 1 in MEMBERSHIP_SIZES and re.search(OTHER_MEMBERS.format(surface=escaped),
                                                    sentence, re.I):
        return True
    return value in MEMBERSHIP_SIZES and any(
        re.search(rule.format(surface=escaped), sentence, re.I) for rule in MEMBERSHIP_AROUND)


# "only three alliance partners achieved the two percent target": allies by another name
PARTNERS_AFTER = re.compile(r"^\s+(?:alliance|" + NATO_IN_ENGLISH + r"|allied)\s+(?:partners|"
                            r"countries|nations|"
                            r"states|members)\b", re.I)


# "23 of Nato's then-31 member countries will reach", "11 of the alliance's 31 members": a
# bare number out of the membership counts allies.
OF_THE_MEMBERS_AFTER = re.compile(
    # "nine of the Western military alliance's 30 members": the alliance described
    r"^\s+(?:out\s+)?of\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:alliance|nato|bloc)(?:'s|’s)\s+|"
    r"its\s+)?(?:then[-\s])?(?:\d{2}|[a-z]+-[a-z]+)\s+(?:nato\s+)?(?:allies|members|member\s+"
    r"(?:states|countries|nations)|countries|nations)\b"
    # "23 of its members would spend at least 2%", "23 of the alliance's allies", "only three of
    # the members of NATO": no size given
    r"|^\s+of\s+(?:its|the\s+(?:alliance|nato|bloc)(?:'s|’s)|nato(?:'s|’s))\s+(?:allies|members|"
    r"member\s+(?:states|countries|nations))\b"
    # "eleven of the allies invested two percent": "allies" needs no alliance named
    r"|^\s+of\s+the\s+(?:nato\s+)?allies\b"
    r"|^\s+of\s+the\s+(?:allies|members|member\s+(?:states|countries|nations))\s+of\s+(?:the\s+)?"
    r"(?:nato|alliance|bloc)\b"
    # other languages: "elf von 31 Verbündeten", "tre su 32 alleati", "trois sur 32 pays",
    # "18 din cele 31 de ţări", but
    # not when a negation or "below" follows ("ponad 10 z 32 państw sojuszu nie spełniało celu
    # 2%", "10 dei 32 paesi della NATO hanno assegnato meno del 2%")
    rf"|^\s+(?:{OUT_OF})\s+(?:(?:{OUT_OF_ARTICLES})\s+)?\d{{2}}\s+(?:de\s+)?(?:nato-)?"
    rf"(?:{OTHER_ALLY_NOUNS[1:]}{OTHER_NATION_NOUNS})\b"
    rf"(?![^.;]{{0,60}}\b(?:{NOT_AT_WORDS})\b)", re.I)
OF_THEM_AFTER = re.compile(r"^\s+of\s+them\b", re.I)
# "In 2014, only three allies met the target. This year, 23 will.", "Today, 23 do": the verb of
# the sentence before left out, the bare number ending its sentence with an auxiliary.
ELLIPSIS_AFTER = re.compile(r"^\s+(?:(?:now|already)\s+)?(?:will|do|does|did|have|has|had|are|"
                            r"were|can)(?:\s+(?:so|too|now))?\s*[.!]?\s*$", re.I)
A_COUNT_OF_ALLIES = re.compile(r"\b(?:\d{1,2}|[a-z]+(?:-[a-z]+)?)\s+(?:[\w-]+\s+){0,2}?(?:allies|"
                               r"members|member\s+(?:states|countries)|countries|nations)\b",
                               re.I)


def count_at(sentence: str) -> int:
    """Where the words after the first count of allies in ``sentence`` start (its end when it
    counts none)."""
    found = A_COUNT_OF_ALLIES.search(sentence)
    return found.end() if found else len(sentence)


# "In 2023, 11 Nato countries met this pledge. ... in 2024, this number is likely to rise to 18
# countries": the same count, at a later date.
NUMBER_RISES_TO_BEFORE = re.compile(
    r"\b(?:this|that|the)\s+number\b[^.;]{0,40}?\b(?:rise|rises|rose|risen|increase[sd]?|grow|"
    r"grows|grew|grown|climb\w*|jump\w*|go\s+up|goes\s+up|went\s+up)\s+to\s+$", re.I)


def refers_back(sentence: str, at: int, surface: str, previous_sentence: str) -> bool:
    """Whether a number counts the allies the sentence before counted: "them" ("More than 20
    NATO countries have reached 2%. Ten years ago, there were only three of them"), "this
    number" ("this number is likely to rise to 18 countries") or the verb left out ("This
    year, 23 will")."""
    if at < 0 or not ALLIES_NOUN_BEFORE.search(previous_sentence):
        return False
    if BARE_NUMBER.fullmatch(surface.strip()) and (
            OF_THEM_AFTER.match(sentence[at + len(surface):])
            or ELLIPSIS_AFTER.match(sentence[at + len(surface):])):
        return True
    return NUMBER_RISES_TO_BEFORE.search(sentence[max(0, at - 80):at]) is not None


def counted_at_the_target(sentence: str) -> bool:
    """Whether the first count of allies in ``sentence`` counts those meeting a target it names
    ("11 Nato countries met this pledge")."""
    after, named = sentence[count_at(sentence):], names_target(sentence)
    return meets_named_target(after, named) or meets_target(after, named)


def counts_allies(unit: object, sentence: str, at: int, surface: str,
                  previous_sentence: str) -> bool:
    """Whether a figure the extractor read as a plain count or as countries counts allies:
    "All NATO members will hit ... but only three currently reach" (a bare number whose noun
    stands before it), "Of NATO's members, 23 countries now meet the 2% target"."""
    around = f"{previous_sentence} {sentence}"
    if not NATO_OR_MEMBERS.search(around) or talks_of_exercise(sentence, previous_sentence):
        return False
    if unit == "count":
        return noun_stands_before(sentence, at, surface) or (
            at >= 0 and bool(PARTNERS_AFTER.match(sentence[at + len(surface):])
                             or OF_THE_MEMBERS_AFTER.match(sentence[at + len(surface):]))) or \
            refers_back(sentence, at, surface, previous_sentence)
    after = sentence[at + len(surface):]
    return unit == "countries" and at >= 0 and (
        meets_named_target(after, names_target(around)) or meets_target(
            after, names_target(around)) or refers_back(sentence, at, surface,
                                                        previous_sentence))
