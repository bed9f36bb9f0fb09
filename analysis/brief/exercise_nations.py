"""A count of an exercise's "NATO nations" where NATO counts only its nations (issue 9).

"The German-led drill brings together 25 NATO nations", "25 members take part": news calls
every participant of a NATO exercise a NATO nation, partners included. Where NATO gives the
exercise's participating nations but no count of the allies among them, such a count is compared
with the nations, only to agree: it may be the allies alone ("23 allies and two partners"), which
NATO does not give, so it never differs.
"""

from __future__ import annotations

import pandas as pd

from analysis.brief.clues import Subject
from analysis.brief.scope import AGREE_ONLY

ALLIES_KEY = "exercise_participating_allies"
NATIONS_KEY = "exercise_participating_nations"
NATIONS_CALLED_ALLIES = ("the exercise's participating nations, called NATO's; NATO counts no "
                         "allies of it")


def allies_read_as_nations(subject: Subject, facts: pd.DataFrame) -> Subject:
    """``subject`` as the exercise's participating nations, compared only to agree, when it
    counts the exercise's allies and NATO gives that exercise's nations but not its allies."""
    if subject.key != ALLIES_KEY or not subject.entity or subject.why:
        return subject
    keys = set(facts.loc[facts["entity"] == subject.entity, "key"])
    if ALLIES_KEY in keys or NATIONS_KEY not in keys:
        return subject
    how = subject.how.removesuffix(f", {AGREE_ONLY}")
    return Subject(NATIONS_KEY, subject.entity, f"{how}, {NATIONS_CALLED_ALLIES}, {AGREE_ONLY}")
