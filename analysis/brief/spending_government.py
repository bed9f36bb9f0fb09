"""An ally named by its capital, or its government by the ally's adjective, as the subject of
its own spending (issue 9).

"Warsaw has more than doubled the share of its economy dedicated to defence, up from 2.2pc to
4.5pc", "In 2022, Oslo spent 1.4% of GDP on defence": news names a government by its capital,
and the capital spending is that ally. :func:`ally_of_capital_subject` reads it only when the
capital opens a clause and a verb of spending (or of raising "its" spending) follows it, so that
"the Washington summit", "according to Warsaw" or "Washington has increased pressure on allies
to spend 3.5%" name no owner. Brussels and Luxembourg are not in the capitals' list
(:mod:`analysis.data.capitals`).

"The Montenegrin authorities ... for allocating just over 2% of GDP", "The Croatian government
is now spending about 1.8% of GDP": :func:`ally_of_spending_government` reads the ally whose
government, named by the ally's adjective, spends the share: a spending verb right before it,
no other owner between them but "other" countries the government is compared with.
"""

from __future__ import annotations

import re

from analysis.brief import subject_words as words
from analysis.brief.ally_names import find_ally
from analysis.data.capitals import ALLY_CAPITALS
from analysis.vocabulary import ALLY_ADJECTIVES

CAPITAL_AS_OWNER = "the ally whose capital the sentence says spends"
_ALLY_OF_CAPITAL = {name: ally for ally, names in ALLY_CAPITALS.items() for name in names}
# English spending verbs right after the capital (an adverb or an auxiliary between): "spends",
# "has spent", "now allocates", "devoted"; raising only the capital's own spending or share:
# "has more than doubled the share of its economy", "raised its defence budget".
_SPENDS = (r"(?:spends?|spent|is\s+spending|allocat(?:es|ed)|devot(?:es|ed)|dedicat(?:es|ed)"
           r"|invest(?:s|ed)|puts|budget(?:s|ed))\b")
_RAISES_ITS_OWN = (r"(?:more\s+than\s+|nearly\s+|almost\s+)?(?:raised|increased|boosted|lifted|"
                   r"doubled|tripled)\s+(?:the\s+share\s+of\s+)?its\b")
_AUXILIARY = r"(?:(?:now|currently|already|still|also|has|had|will|would|is|was)\s+){0,2}"
# The capitals' names, longest first, as one regex alternation.
_CAPITAL_NAMES = "|".join(
    re.escape(name) for name in sorted(_ALLY_OF_CAPITAL, key=len, reverse=True))
CAPITAL_SPENDS = re.compile(
    rf"(?:^|[,;]\s+|\b(?:and|but|while|whereas)\s+)({_CAPITAL_NAMES})\s+{_AUXILIARY}"
    rf"(?:{_SPENDS}|{_RAISES_ITS_OWN})")
# Another clause's subject may stand between the capital and the figure.
_ANOTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but)\b")
# Another owner between them: a capital or an ally ("Warsaw spent 4.12%, and Tallinn 3.43%"), a
# relative clause ("pressing Rome, which spent 1.49%"), or a figure not the starting point of a
# change ("4.12% ..., its neighbour 1.37%"; "up from 2.2pc to 4.5pc" is the capital's own).
ANY_CAPITAL = re.compile(rf"\b(?:{_CAPITAL_NAMES})\b")
_RELATIVE = re.compile(r"\b(?:which|who)\b")
_FIGURE_NOT_A_STARTING_POINT = re.compile(r"(?<!from\s)(?<![\d.,])\d")


def another_owner_between(between: str) -> bool:
    """Whether ``between`` (the words from a capital's or government's verb to the figure) names
    another owner or gives another figure."""
    return bool(ANY_CAPITAL.search(between) or find_ally(between) or _RELATIVE.search(between))


def ally_of_capital_subject(sentence: str, at: int) -> str | None:
    """The ally whose capital is the subject spending in the clause of the figure at ``at`` in
    ``sentence`` (the last such capital before it), else None."""
    if not sentence or at <= 0:
        return None
    found = None
    for match in CAPITAL_SPENDS.finditer(sentence, 0, at):
        found = match
    if found is None:
        return None
    between = sentence[found.end():at]
    if _ANOTHER_CLAUSE.search(between) or another_owner_between(between) or \
            _FIGURE_NOT_A_STARTING_POINT.search(between):
        return None
    return _ALLY_OF_CAPITAL[found.group(1)]


GOVERNMENT_SPENDS = "the ally whose government, named by its adjective, spends it"
_GOVERNMENT_THEN_VERB = re.compile(
    r"\b(" + "|".join(ALLY_ADJECTIVES) + r")\s+(?:government|authorities|cabinet)\b"
    r"([^.;]{0,100}?)\b(?:allocat(?:es|ed|ing)|spend(?:s|ing)?|spent|devot(?:es|ed|ing)|"
    r"invest(?:s|ed|ing)|putting)\s+(?:(?:now|currently|about|around|roughly|some)\s+)?$")
# "an example to other alliance member countries": those it is compared with, not the owner
_OTHERS = re.compile(r"\bother\s+(?:[\w-]+\s+){0,3}?(?:countries|allies|members|nations|states)\b",
                     re.I)


def ally_of_spending_government(sentence: str, at: int) -> str | None:
    """The ally whose government (its adjective before "government", "authorities") spends the
    share at ``at`` in ``sentence``, the spending verb right before it, else None."""
    if not sentence or at <= 0:
        return None
    found = _GOVERNMENT_THEN_VERB.search(sentence[max(0, at - 200):at])
    if found is None:
        return None
    between = _OTHERS.sub(" ", found.group(2))
    if words.NATO_WORDS.search(between) or words.EUROPE.search(between) or \
            another_owner_between(between):
        return None
    return ALLY_ADJECTIVES[found.group(1)]
