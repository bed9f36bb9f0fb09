"""An ally named by its capital as the subject of its own spending (issue 9).

"Warsaw has more than doubled the share of its economy dedicated to defence, up from 2.2pc to
4.5pc", "In 2022, Oslo spent 1.4% of GDP on defence": news names a government by its capital,
and the capital spending is that ally. :func:`ally_of_capital_subject` reads it only when the
capital opens a clause and a verb of spending (or of raising "its" spending) follows it, so that
"the Washington summit", "according to Warsaw" or "Washington has increased pressure on allies
to spend 3.5%" name no owner. Brussels and Luxembourg are not in the capitals' list
(:mod:`analysis.data.capitals`).
"""

from __future__ import annotations

import re

from analysis.data.capitals import ALLY_CAPITALS

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
CAPITAL_SPENDS = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|while|whereas)\s+)(" + "|".join(
        re.escape(name) for name in sorted(_ALLY_OF_CAPITAL, key=len, reverse=True))
    + rf")\s+{_AUXILIARY}(?:{_SPENDS}|{_RAISES_ITS_OWN})")
# Another clause's subject may stand between the capital and the figure.
_ANOTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but)\b")


def ally_of_capital_subject(sentence: str, at: int) -> str | None:
    """The ally whose capital is the subject spending in the clause of the figure at ``at`` in
    ``sentence`` (the last such capital before it), else None."""
    if not sentence or at <= 0:
        return None
    found = None
    for match in CAPITAL_SPENDS.finditer(sentence, 0, at):
        found = match
    if found is None or _ANOTHER_CLAUSE.search(sentence, found.end(), at):
        return None
    return _ALLY_OF_CAPITAL[found.group(1)]
