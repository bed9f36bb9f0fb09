"""The ally a sentence takes from the sentence before it (issue 9).

"Lithuania's incoming government will target defence spending of at least 3.5% of its GDP. The
Baltic country of 2.9 million people will spend about 3% of GDP on its armed forces this year":
the second sentence's share is Lithuania's. :func:`ally_referred_back` reads it when the
sentence starts by referring back ("The country", "The Baltic country", "It", "Its") and names
no ally itself, and the sentence before, in the same paragraph, names exactly one ally.
:func:`ally_of_paragraph` reads the same ally for a share whose sentence names no owner at all
("In 2022, Oslo spent 1.4% of GDP on defence" after "Norway is ..."); that reading is weaker,
and the brief compares it only to agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from analysis.brief.scope import AGREE_ONLY, NON_ALLY
from analysis.extract.entity import allies_named
from analysis.extract.guideline_reading import MAX_SHARE_GDP
from analysis.extract.patterns import NOT_NAMES
from analysis.vocabulary import ALLY_ADJECTIVES, MONTH_NAMES

# A noun that refers back to a country: "The country", "The Baltic country", "This nation". Not
# when it only owns the subject, a group of others: "The country's NATO allies spent 2.71% on
# average" is the allies' share, never the country's.
_REFERRING_NOUN = (
    r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w-]+\s+){0,2}?(?:country|nation|kingdom|republic)\b"
    r"(?!['’]s\s+(?:[\w-]+\s+){0,2}?(?:allies|partners|neighbou?rs|members|peers)\b)")
# The sentence's subject points back: the noun, or "It". After a source named first:
# "According to NATO estimates, it will allocate 1.28% of GDP".
REFERS_BACK_START = re.compile(
    r"^\W*(?:According\s+to\s+[^,.;]{1,60},\s+|[\w\s’']{1,40}\bestimates?\s+show,?\s+)?"
    rf"(?:{_REFERRING_NOUN}|(?:[Ii]t|[Ii]ts)\b)")

# An example for each reading, checked by the tests.
EXAMPLES = (
    ("Lithuania will target defence spending of at least 3.5% of its GDP.",
     "The Baltic country of 2.9 million people will spend about 3% of GDP this year.",
     "Lithuania"),
    ("Spain is the alliance's lowest spender.",
     "According to NATO estimates, it will allocate 1.28% of GDP to defence this year.",
     "Spain"),
)


# "The Danish government announced a fund ... The country spent 2.4% of GDP": the adjective of
# an ally on the government a sentence opens on names that ally for the sentence that refers
# back to it. Not when that sentence names another place or person after it ("The American
# president has attacked the government in Madrid", "The French president visited Warsaw"):
# the country may be that one.
GOVERNMENT_OF_ALLY = re.compile(
    r"^\W*(?:[Tt]he\s+)?(" + "|".join(ALLY_ADJECTIVES) + r")\s+(?:government|prime\s+minister|"
    r"president|defen[cs]e\s+minist(?:er|ry)|finance\s+minist(?:er|ry)|parliament|cabinet|"
    r"authorities)\b")
CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")


def ally_of_its_government(text: str) -> str | None:
    """The one ally whose government a sentence of ``text`` opens on by its adjective ("The
    Danish government"), naming no other place or person, when ``text`` names no ally by name;
    else None."""
    if not text or allies_named(text):
        return None
    allies = set()
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        found = GOVERNMENT_OF_ALLY.search(sentence)
        if found:
            allies.add(ALLY_ADJECTIVES[found.group(1)])
            if any(word not in NOT_NAMES and word.lower() not in MONTH_NAMES
                   for word in CAPITALISED.findall(sentence[found.end():])):
                return None
    return allies.pop() if len(allies) == 1 else None


def _one_ally(text: str, find_ally: Callable[..., str | None]) -> str | None:
    return (find_ally(text) or ally_of_its_government(text)) if text else None


def names_no_ally(sentence: str, find_ally: Callable[..., str | None]) -> bool:
    return find_ally(sentence) is None and not allies_named(sentence)


def ally_referred_back(sentence: str, previous_in_paragraph: str,
                       find_ally: Callable[..., str | None]) -> str | None:
    """The one ally the sentence before names, when this sentence starts by referring back to
    it and names none itself; else None. ``find_ally`` is
    :func:`analysis.brief.ally_names.find_ally`."""
    if not previous_in_paragraph or not REFERS_BACK_START.search(sentence):
        return None
    if not names_no_ally(sentence, find_ally):
        return None
    return _one_ally(previous_in_paragraph, find_ally)


def ally_of_paragraph(sentence: str, previous_in_paragraph: str,
                      find_ally: Callable[..., str | None]) -> str | None:
    """The one ally the sentence before names, for a sentence that names no ally (the caller
    checks it names no other owner either); else None."""
    if not previous_in_paragraph or not names_no_ally(sentence, find_ally):
        return None
    return _one_ally(previous_in_paragraph, find_ally)


def ally_share_before(sentence: str, previous_in_paragraph: str,
                      find_ally: Callable[..., str | None],
                      other_owner_named: bool) -> tuple[str, str] | None:
    """(ally, how it was read) for a share of GDP whose sentence names no ally: the one the
    sentence before names, when this one refers back to it, or, compared only to agree, when
    this one names no owner at all (``other_owner_named``: NATO, Europe); else None."""
    referred = ally_referred_back(sentence, previous_in_paragraph, find_ally)
    if referred:
        return referred, ("inferred, the ally the sentence before names, which this sentence "
                          "refers back to")
    if other_owner_named:
        return None
    owner = ally_of_paragraph(sentence, previous_in_paragraph, find_ally)
    return (owner, f"inferred, the ally the sentence before names, {AGREE_ONLY}") if owner \
        else None


# "Turkey's spending rose to 2.09 percent of GDP in 2024. At the same time, 31.8 percent of its
# 2024 defense budget went to major equipment": "its" right after the share is the one ally the
# sentence before names, as a sentence opening on "It" would be; an owner of a budget, so even
# over a paragraph break (news often gives each sentence its own).
ITS_BUDGET_AFTER = re.compile(r"^\s*of\s+its\s+(?:(?:19|20)\d\d\s+)?(?:annual\s+)?"
                              r"(?:defen[cs]e\s+|military\s+)?(?:budget|spending|expenditures?)\b",
                              re.I)


def ally_of_budget_share(sentence: str, after: str, previous: str, previous_in_paragraph: str,
                         find_ally: Callable[..., str | None],
                         other_owner_named: bool) -> tuple[str, str] | None:
    """(ally, how it was read) for a share of a defence budget (its equipment share) whose
    sentence names no ally: the one the sentence before (``previous``) names, when the share is
    "of its budget"; else the one the sentence before in its paragraph names, when this one
    refers back to it at its start or, compared only to agree, names no owner at all; else
    None. ``after`` is the sentence after the share."""
    if previous and ITS_BUDGET_AFTER.search(after) and names_no_ally(sentence, find_ally):
        owner = _one_ally(previous, find_ally)
        if owner:
            return owner, "inferred, the ally the sentence before names, which 'its' refers to"
    return ally_share_before(sentence, previous_in_paragraph, find_ally, other_owner_named)


# "Türkiye's defence expenditure is estimated to reach 2.09% of its GDP in 2024. This is a
# notable increase from 1.50% in 2023.": the share the increase starts from is the same ally's
# share of GDP, though "of GDP" stands only in the sentence before.
CHANGE_FROM_BEFORE = re.compile(
    r"^\W*(?:This|That|It)\s+(?:is|was|marks|marked|represents|represented)\s+(?:an?\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:increase|rise|jump|climb|drop|decrease|decline|fall|cut)\s+"
    r"(?:from|on)\s+(?:last\s+year['’]s\s+)?$", re.I)
SHARE_OF_GDP = re.compile(r"%\s+of\s+(?:its|the\s+country['’]s)\s+(?:GDP|gross\s+domestic\s+"
                          r"product)|\bper\s?cent\s+of\s+(?:its\s+)?GDP", re.I)


def with_share_referred_back(record: dict, find_ally: Callable[..., str | None]) -> dict:
    """The record as the ally's share of GDP when its sentence opens "This is an increase from"
    right before it and the sentence before, in its paragraph, gives one ally's share of GDP."""
    sentence, at = record.get("sentence"), record.get("at", -1)
    previous = record.get("previous_in_paragraph") or ""
    value = record.get("value")
    if record.get("unit") != "percent" or not isinstance(sentence, str) or at is None or \
            at < 0 or value is None or not 0 < float(value) <= MAX_SHARE_GDP:
        return record
    if not CHANGE_FROM_BEFORE.search(sentence[:at]) or not SHARE_OF_GDP.search(previous):
        return record
    ally = _one_ally(previous, find_ally)
    if ally is None or not names_no_ally(sentence, find_ally):
        return record
    return {**record, "unit": "percent_gdp", "metric": "defence_spending_share_gdp",
            "entity": ally}


# "The country", "This nation": a noun that refers back, unlike a bare "It" (which may stand for
# anything the text spoke of), may reach over a paragraph break to the one ally the text named.
NOUN_REFERS_BACK = re.compile(rf"^\W*{_REFERRING_NOUN}")


def sentence_referred_to(text: str, previous: str, begin: int, sentence: str,
                         find_ally: Callable[..., str | None]) -> str:
    """The sentence an anaphora at the start of ``sentence`` (starting at ``begin`` in ``text``)
    may refer back to: the sentence before in its paragraph, else, when it opens with a noun
    that refers back ("The country with a defense budget of 2.22 percent ranks 11th") and the
    text before it names exactly one ally and no non-member since, the last sentence that names
    that ally; else ''."""
    same = previous_in_paragraph(text, previous, begin)
    if same or begin <= 0 or not NOUN_REFERS_BACK.search(sentence or ""):
        return same
    before = text[:begin]
    if (len(allies_named(before)) != 1 or find_ally(before) is None) and \
            ally_of_its_government(before) is None:
        return ""
    parts = re.split(r"(?<=[.!?])\s+", before)
    for last, part in reversed(list(enumerate(parts))):
        if _one_ally(part, find_ally):
            # "Poland sent tanks to Ukraine.\n\nThe country has spent about 3% of its GDP": the
            # country may be the non-member named since, so no ally is referred to
            return "" if NON_ALLY.search(" ".join(parts[last:])) else part
    return ""


def previous_in_paragraph(text: str, previous: str, begin: int) -> str:
    """``previous`` (the sentence before the one starting at ``begin`` in ``text``) when no blank
    line parts the two, else '': the sentence an anaphora may refer back to."""
    at = text.rfind(previous, 0, begin) if previous and begin > 0 else -1
    if at < 0 or re.search(r"\n[ \t]*\n", text[at + len(previous):begin]):
        return ""
    return previous
