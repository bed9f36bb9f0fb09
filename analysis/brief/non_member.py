"""A share of GDP owned by a country that is not a NATO member (issue 9).

"Serbia was the first country in the region in terms of defense spending, which accounted for 2%
of its GDP in 2023, followed by North Macedonia with 1.7%": the 2% is Serbia's, though an ally is
named later in the sentence; NATO publishes no share for Serbia, so the figure is left unmatched
with a note. The non-members are the one list :data:`analysis.vocabulary.NON_ALLY_COUNTRIES`.
"""

from __future__ import annotations

import re

from analysis.brief.scope import NON_ALLY

# A non-member that owns the figure is the subject of its clause: named at the sentence's or a
# clause's start ("Serbia was the first country ...", "..., while Kosovo spends"), not as an
# object ("which neighbours Russia will spend about 3%", "aid to Ukraine", "the war against
# Russia").
OWNER_START_BEFORE = re.compile(
    r"(?:^\s*|[,;:(]\s*|\s[–—-]\s+|\b(?:and|while|whereas|but|meanwhile|as|followed\s+by)\s+)"
    # "In 2024 Russia spent 6.7%", "Last year, Serbia spent": a time the clause opens on
    r"(?:(?:(?:in|during)\s+(?:19|20)\d\d|(?:last|this)\s+year),?\s+)?"
    r"(?:the\s+)?$", re.I)
NOT_THE_OWNER_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:full[-\s]scale\s+)?(?:war|invasion|aggression|attacks?|threat|"
    r"offensive|military\s+threat)\b|^\s+(?:invaded|invades|attacked|attacks|launched|started|"
    r"began|threatens|threatened)\b", re.I)

# "Poland, a frontline country bordering Russia, Ukraine and Russian ally Belarus": the countries
# a word of place lists are the ally's neighbours, not the owners of its figures ("Poland, which
# shares a border with Ukraine and Russia's Kaliningrad, ranks first at 4.1%").
NEIGHBOURS_BEFORE = re.compile(r"\b(?:bordering|borders|neighbou?ring|neighbou?rs|next\s+to|"
                               r"close\s+to|facing|(?:shares?|sharing)\s+(?:a\s+|its\s+)?"
                               r"borders?\s+with)\s+(?:[\w'’-]+,?\s+){0,6}?$", re.I)


def non_member_owner(sentence: str, at: int, find_ally) -> str:
    """Why a share belongs to a non-member, else '': the last country the figure's clause names
    before it is not a NATO member ("Serbia ... accounted for 2% of its GDP"), with no ally named
    between them."""
    if at < 0:
        return ""
    before = re.split(r"[;:]", sentence[:at])[-1]
    owners = [found for found in NON_ALLY.finditer(before)
              if OWNER_START_BEFORE.search(before[:found.start()])
              and not NOT_THE_OWNER_AFTER.search(before[found.end():])
              and not NEIGHBOURS_BEFORE.search(before[:found.start()])]
    if not owners:
        return ""
    last = owners[-1]
    if find_ally(before[last.end():]):
        return ""
    return f"a share of {last.group()}, which is not a NATO member; NATO publishes none"
