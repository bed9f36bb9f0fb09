"""Whose figure it is: the ally a figure is about, named in its clause, right after it or
nearest before it, or by its currency (:func:`owner_of`, used by :mod:`analysis.brief.subject`)."""

from __future__ import annotations

import re

from analysis.brief.adjective_owners import spending_of_ally_in_more_languages
from analysis.brief.anaphora import REFERS_BACK_START
from analysis.brief.asides import without_compared_asides, without_comparisons_after
from analysis.brief.parentheses import outside_other_parentheses
from analysis.data.ally_adjectives import FRENCH_ADJECTIVE_STEMS, GERMAN_ADJECTIVE_STEMS
from analysis.extract.entity import allies_named
from analysis.foreign_words import WITH_OWNER_AFTER as WITH_OWNER_AFTER_WORDS
from analysis.vocabulary import ALLY_ADJECTIVES, EXCLUDING_AN_ALLY, NATO_IN_ENGLISH


def owner_of(sentence: str, at: int, entity_text: str, find_ally,
             surface: str = "") -> str | None:
    """The ally a figure is about: named before it in its comma-delimited segment, else the
    first named after it in the sentence, else the nearest before ("the U.S. Ambassador to
    Prague, with spending at 1.8% of GDP, Czechia risks ..." is Czechia's share).
    ``find_ally(text, near)`` is :func:`analysis.brief.ally_names.find_ally`."""
    if at < 0:
        return find_ally(entity_text) or find_ally(sentence)
    # "the U.S. Ambassador", "U.S. President Donald Trump": a person's country, not the owner;
    # "1.5 percent of GDP (against over 2 percent for France)": France is not the owner either.
    bracketed = "(" in sentence
    sentence = TITLED.sub(lambda m: " " * len(m.group()), outside_other_parentheses(sentence, at))
    sentence, left_out = without_allies_left_out(
        without_compared_asides(sentence, at, find_ally), find_ally)
    sentence = without_closed_inclusions(sentence, at)
    segment = re.split(r"[,;:]", sentence[:at])[-1]
    if AGGREGATE_OWNER.search(segment) and not find_ally(segment, len(segment)):
        return None
    if referred_back_among_several(segment, sentence[:at], find_ally):
        return None
    found = ally_with_figure_after(sentence, at, surface, find_ally) or \
        owner_not_compared(segment, find_ally) or find_ally(segment, len(segment)) or \
        ally_named_right_after(
        sentence, at, surface, find_ally) or find_ally(sentence[:at], at) or \
        ally_of_the_currency(sentence[:at], surface) or ally_of_the_spending(segment)
    if found or re.search(r"\b(?:" + NATO_IN_ENGLISH + r"|[Aa]lliance|[Aa]llies|"
                          r"[Aa]llied)\b", segment):
        return found  # "Total NATO military expenditure reached $1.3 trillion": nobody's own
    # the extractor's entity, unless it is named only in a parenthesis blanked above
    named = find_ally(entity_text)
    named = None if named in left_out else named
    return find_ally(without_comparisons_after(sentence[at:]), 0) or (
        named if named is None or not bracketed or
        find_ally(sentence) else None)


# An ally's spending named by its adjective: "German defence spending", "the Polish military
# budget", "die deutschen Verteidigungsausgaben", "les dépenses militaires polonaises" (read in
# the figure's own clause only: a sentence may go on to another owner, "American spending is
# 60% of NATO's total, which exceeds $1.6 trillion").
def _alternation(words: dict[str, str]) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


# The spending an adjective can own: defence or military spending, budget or expenditure.
_ENGLISH = re.compile(
    r"\b(" + _alternation(ALLY_ADJECTIVES) + r")\s+(?:defen[cs]e|military)\s+"
    r"(?:spending|budgets?|expenditures?|outlays?)\b")
_GERMAN = re.compile(
    r"\b(" + _alternation(GERMAN_ADJECTIVE_STEMS) + r")(?:e|en|er|es)?\s+[»«\"„“]?"
    r"(?:Verteidigungs|Militär|Rüstungs|Wehr)(?:ausgaben|etat|haushalt|budget)", re.I)
_FRENCH = re.compile(
    r"\b(?:dépenses|budgets?)\s+(?:de\s+(?:la\s+)?défense|militaires?)\s+("
    + _alternation(FRENCH_ADJECTIVE_STEMS) + r")(?:e|s|es|ne|nes)?\b", re.I)
_READINGS = ((_ENGLISH, ALLY_ADJECTIVES, False), (_GERMAN, GERMAN_ADJECTIVE_STEMS, True),
             (_FRENCH, FRENCH_ADJECTIVE_STEMS, True))
SPENDING_WORDS = ("spending", "budget", "expenditure", "outlay", "ausgaben", "etat",
                  "haushalt", "dépenses")


def spending_of_ally(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, ally) for each ally's adjective that owns the defence spending it stands in,
    from the adjective's start to the spending phrase's end."""
    found = spending_of_ally_in_more_languages(sentence)
    lowered = sentence.lower()
    if not any(word in lowered for word in SPENDING_WORDS):
        return sorted(found)
    for pattern, allies, any_case in _READINGS:
        for match in pattern.finditer(sentence):
            word = match.group(1).lower() if any_case else match.group(1)
            found.append((match.start(1), match.end(), allies[word]))
    return sorted(found)


# "British defence spending was higher than the European average of 2.02%", "French defence
# spending stayed above Russia's 2.4%": after the spending, a comparison or another whole (an
# average, a group, another's possession) owns the figure ("is above 3.4%" keeps it).
COMPARED_OR_ANOTHER_WHOLE = re.compile(
    r"\b(?:than|compared|versus|vs|exceed\w*|surpass\w*|outpac\w*|trail\w*|behind|ahead|"
    r"match\w*|dwarf\w*|close\s+to|level\s+with|average|allies|alliance|Europe\w*|EU|world|"
    r"global|combined|rest|other|neighbou?rs?|Durchschnitt\w*|moyenne|supérieur\w*|"
    r"inférieur\w*|dépass\w*|celles?|ceux|"
    # the other languages' "than" and "average" ("más que", "dan", "niż", "än", "než", "mint",
    # "media", "gemiddelde", "średnia", "gennemsnit", "průměr", "átlag", "μέσο όρο")
    r"que|dan|niż|än|enn|než|mint|από|decât|media|promedio|média|medie|gemiddel\w*|średni\w*|"
    r"gennemsnit\w*|genomsnitt\w*|gjennomsnitt\w*|průměr\w*|átlag\w*|μέσο\w*|"
    r"(?:above|below|over|under|über|unter)(?!\s+(?:\d|just|about|around|roughly)))\b"
    r"|\w['’]s?\s", re.I)


def ally_of_the_spending(segment: str) -> str | None:
    """The ally whose spending the figure's clause names by its adjective, the last before the
    figure, unless a comparison or another whole stands between them: "NATO headquarters
    estimates German defence spending at 2.12%" is Germany's."""
    owners = spending_of_ally(segment)
    if not owners:
        return None
    _, end, ally = owners[-1]
    return None if COMPARED_OR_ANOTHER_WHOLE.search(segment, end) else ally


def referred_back_among_several(segment: str, before: str, find_ally) -> bool:
    """Whether the figure's clause opens by referring back ("the country", "it") to one of
    several allies named before it: "Germany hosted France's president; the country spends
    2.12%" may mean either, and the nearest is not more likely than the first."""
    if not REFERS_BACK_START.match(segment.lstrip()) or find_ally(segment, len(segment)):
        return False
    return len(allies_named(before)) >= 2


def without_allies_left_out(sentence: str, find_ally) -> tuple[str, set[str]]:
    """``sentence`` with each ally an "excluding" word leaves out blanked, and those allies:
    "Neskaitot ASV, NATO valstis ... vidēji 1,8%" ("Not counting the US, NATO countries ...
    on average 1.8%") is never the US's figure."""
    left_out = set()
    for m in EXCLUDING_AN_ALLY.finditer(sentence):
        words = list(re.finditer(r"[\w.’'-]+", sentence[m.end():m.end() + 40]))[:3]
        for word in words:
            ally = find_ally(sentence[m.end():m.end() + word.end()])
            if ally:
                left_out.add(ally)
                end = m.end() + word.end()
                sentence = sentence[:m.start()] + " " * (end - m.start()) + sentence[end:]
                break
    return sentence, left_out


# "Total NATO spending, including the United States, reaches 2.76%", "la spesa della Nato, inclusi
# gli Stati Uniti, raggiunge il 2,76%": an ally in an aside that counts it into a whole named
# before, closed before the figure, is a member of that whole, not the figure's owner.
INCLUSION_ASIDE = re.compile(
    r"[,(–—]\s*(?:including|incl\.|inclusi|incluse|compresi|comprese|einschließlich|inklusive|"
    r"y\s+compris|incluidos|incluidas|incluyendo|incluindo|inclusive|w\s+tym|включая|включно\s+з|"
    r"inclusiv)\b[^,;:()–—]{1,60}[,)–—]|"
    # "Total spending by the allies, the US included, reached 2.5%"
    r"[,(–—]\s*(?:[\w.’'-]+\s+){1,3}?included\s*[,)–—]", re.I)


# "um terço ainda está aquém, incluindo Portugal, com 1,55% do PIB": an included ally the figure
# follows with "with" is the one the figure describes.
WITH_BEFORE_FIGURE = re.compile(
    r"\s*(?:with|com|con|avec|mit|met)\s+(?:(?:the|o|a|il|el|le|la)\s+)?$", re.I)


def without_closed_inclusions(sentence: str, at: int) -> str:
    """``sentence`` with each :data:`INCLUSION_ASIDE` that closes before ``at`` blanked, unless
    the figure follows it with "with" (:data:`WITH_BEFORE_FIGURE`)."""
    for m in INCLUSION_ASIDE.finditer(sentence, 0, max(0, at)):
        if WITH_BEFORE_FIGURE.match(sentence, m.end(), at):
            continue
        sentence = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
    return sentence


# "While Türkiye was below the threshold in 2014, NATO's overall average was approximately 2.6%":
# the alliance's aggregate named in the figure's own clause owns it, not an ally named before.
AGGREGATE_OWNER = re.compile(
    r"\b(?:" + NATO_IN_ENGLISH + r"|[Tt]he\s+[Aa]lliance|[Aa]llies)(?:['’]s|"
    r"['’])\s+(?:[\w-]+\s+){0,2}?"
    r"(?:average|total|overall|combined|collective|aggregate)\b|\b(?:" + NATO_IN_ENGLISH + r"|"
    r"[Aa]lliance)-wide\b|"
    r"\bacross\s+(?:the\s+)?(?:[Aa]lliance|" + NATO_IN_ENGLISH + r")\b|"
    r"\b[Aa]lliance\s+as\s+a\s+whole\b")


# "between 1.28%, like Spain, ... and 1.81%, like Croatia": the ally named right after its
# figure, when the figure's own clause names none before it.
# "the 3.92% of GDP Poland spent on defence last year": the owner as the subject of a clause
# right after "of GDP".
NAMED_RIGHT_AFTER = re.compile(r"^\)?\s*(?:of\s+(?:its\s+)?GDP\s*)?(?:(?:,\s*|\(\s*|\s+)(?:like|"
                               r"such\s+as|as\s+in|for|in|by)\s+(?:the\s+)?|(?<=GDP)\s+"
                               r"(?=[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:spent|spends|spend|invested|"
                               r"allocated|devoted)\b))", re.I)


# "compared with the 3.49%, and roughly $743.3 billion, the U.S. is estimated to spend": a
# definite figure whose clause goes on with an ally that spends it (the relative "that" left out).
SPENDER_RIGHT_AFTER = re.compile(
    r"^(?:\s+of\s+(?:its\s+)?GDP)?(?:,\s+and\s+[^,;]{1,40},)?\s+(?:the\s+)?(?=[A-Z][\w.]*"
    r"(?:\s+[A-Z][\w.]*)?\s+(?:spent|spends|(?:is|was)\s+(?:estimated|expected|projected|set|"
    r"forecast)\s+to\s+spend)\b)")
DEFINITE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def ally_named_right_after(sentence: str, at: int, surface: str, find_ally) -> str | None:
    """The ally named right after a figure ("1.81%, like Croatia"), else None."""
    rest = sentence[at + len(surface):] if at >= 0 and surface else ""
    named_after = NAMED_RIGHT_AFTER.match(rest) or (
        DEFINITE_BEFORE.search(sentence[max(0, at - 5):at]) and SPENDER_RIGHT_AFTER.match(rest))
    if not named_after:
        return None
    words = re.match(r"[\w.]+(?:\s+[A-Z][\w.]*){0,2}", rest[named_after.end():])
    return find_ally(words.group()) if words else None


# "yüzde 4 ile Litvanya" (Lithuania with 4 per cent): the ally right after "with", in its bare
# form (a case ending, "Litvanya'yı geçti", makes it the object: "passed Lithuania with 4%").
WITH_OWNER_AFTER = re.compile(
    rf"^(?:['’]\w+)?\s+(?:{WITH_OWNER_AFTER_WORDS})\s+([A-ZÇĞİÖŞÜ][\w.]*(?:\s+[A-Z][\w.]*)?)"
    r"(?=[\s,;.]|$)")


def ally_with_figure_after(sentence: str, at: int, surface: str, find_ally) -> str | None:
    """The ally named right after its figure past "with" ("yüzde 4 ile Litvanya"), else None."""
    found = WITH_OWNER_AFTER.match(sentence[at + len(surface):]) if surface else None
    return find_ally(found.group(1)) if found else None


TITLED = re.compile(r"\S+(?=\s+(?:Ambassador|President|Prime\s+Minister|Minister|Secretary|"
                    r"Chancellor|envoy|officials?|Senator|lawmakers?|General|Gen\.)\b)")


# "Italy's spending is comparable to Poland's at approximately USD 34.5 billion", "Spain spends
# less than Portugal, at 1.28%": the ally compared with is not the figure's owner.
COMPARED_WITH = re.compile(
    r"\b(?:(?:comparable|similar|equal|close|compared|equivalent)\s+(?:to|with)|than|behind|"
    r"ahead\s+of|trailing)\s+(?:that\s+of\s+|those\s+of\s+)?(?:the\s+)?[A-Z][\w.’'-]*"
    r"(?:\s+[A-Z][\w.’'-]*){0,2}")


def owner_not_compared(segment: str, find_ally) -> str | None:
    """The ally the segment before a figure names as the one compared, when it also names
    another ally outside the comparison (that other one), else None. "more than Germany's
    $97 billion" right before the figure is the compared ally's own figure: None."""
    if any(not segment[m.end():].strip() for m in COMPARED_WITH.finditer(segment)):
        return None
    masked = COMPARED_WITH.sub(lambda m: " " * len(m.group()), segment)
    return find_ally(masked, len(masked)) if masked != segment else None


GROUP_WORDS = re.compile(r"\b(?:" + NATO_IN_ENGLISH + r"|[Aa]llies|[Aa]lliance|[Aa]llied|"
                         r"[Ee]urop\w*|members|"
                         r"nations|countries)\b")


def owner_in_segment(sentence: str, at: int, find_ally) -> str | None:
    """The one ally the figure's comma-delimited segment names before it when the segment names
    no group ("Among European allies, Germany spends the most at $97.7 billion": Germany's, the
    group is another segment's), else None."""
    if at < 0:
        return None
    segment = re.split(r"[,;:]", sentence[:at])[-1]
    return None if GROUP_WORDS.search(segment) else find_ally(segment)


# "The Polish military currently boasts 216,100 personnel": the ally's whole armed forces named by
# its adjective, right before the figure's verb.
# "Following Poland are the French armed forces with 204,700 personnel", "the Polish military
# has now become the third-largest force in the alliance, with a total of 216,100 personnel":
# the same, with "with" (at the end of the clause the force opens). "The Polish army now exceeds
# 200,000 soldiers": the same, the verb a hedge the figure's text begins with.
FORCES_OF_NATIONALITY = re.compile(
    r"\b(?:[Tt]he\s+)(" + "|".join(ALLY_ADJECTIVES) + r")\s+(?:military|army|armed\s+forces)\s+"
    r"(?:(?:\w+ly\s+)?(?:has|had|have|boasts?|boasted|numbers?|numbered|counts?|counted|"
    r"comprises?|fields?|fielded|totals?|totalled|totaled|exceeds?|exceeded|tops|topped)|"
    r"(?:[^.;,]{0,120},\s+)?with(?:\s+a\s+total\s+of)?"
    # "the Polish military now exceeds 200,000 soldiers": the verb read as the figure's hedge
    r"|now|currently|still)\s+(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+|"
    r"more\s+than\s+|over\s+)?$")


def forces_by_nationality(sentence: str, at: int) -> str | None:
    """The ally whose armed forces, named by their adjective, the count at ``at`` sizes."""
    found = FORCES_OF_NATIONALITY.search(sentence[max(0, at - 200):at]) if at >= 0 else None
    return ALLY_ADJECTIVES[found.group(1)] if found else None


# "The defence budget will exceed 9bn Canadian dollars (US$6.6bn), up from 1.45 percent of GDP
# last year", "166.8 billion Czech korunas, equivalent to 2.09% of GDP": money in an ally's own
# currency, named by the ally's adjective, is that ally's budget, and so the share beside it.
CURRENCY_OF_ALLY = re.compile(
    r"\b(" + "|".join(ALLY_ADJECTIVES) + r")\s+(?:dollars|korun(?:a|as|y)|crowns|kron(?:er|or|e)|"
    r"zlot(?:y|ys|ies)|forints?|lei|leu|leva|levs?|leke?|denars?|lir(?:a|as)|pounds)\b")


def ally_of_the_currency(before: str, surface: str) -> str | None:
    """The one ally whose currency the words before a share (in per cent) name, else None; a
    sum of money beside it may be a conversion or a part ("US$6.6bn"), not the ally's total."""
    if not re.search(r"%|per\s?cent", surface, re.I):
        return None
    named = {ALLY_ADJECTIVES[m.group(1)] for m in CURRENCY_OF_ALLY.finditer(before)}
    return named.pop() if len(named) == 1 else None
