"""A year a clause opens by comparing with (issue 9): "Compared with 2014, Belgium's share
doubled to 1.3%", "Im Vergleich zu 2014 hat Belgien seine Ausgaben auf 1,3 Prozent erhöht",
"Par rapport à 2014, la Belgique a porté ses dépenses à 1,3 %", "W porównaniu z 2014 r. Belgia
zwiększyła wydatki do 1,3 proc.": the year the change is measured from, not the figure's (the
same year after the figure is :func:`analysis.brief.clause_years.year_compared_after`). A figure
of a "when" clause after it ("Compared with 2014, when it spent 0.9%") or of the year's own
quantity ("Compared with 2014's 0.97%") keeps the year.
"""

from __future__ import annotations

import re

from analysis.foreign_words import FOREIGN_COMPARED_WITH

# "compared with", "in comparison with", "relative to" and the other languages' (German,
# French, Spanish, Italian, Portuguese, Polish, Dutch: FOREIGN_COMPARED_WITH; Nordic, Romanian,
# Czech and a few more forms here).
COMPARED_WITH = (r"compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|relative\s+to"
                 + FOREIGN_COMPARED_WITH +
                 r"|im\s+Vergleich\s+zum\s+Jahr|verglichen\s+mit|comparé\s+à|en\s+comparaison\s+"
                 r"(?:avec|de)|en\s+comparación\s+con|in\s+confronto\s+al|em\s+comparação\s+com|"
                 r"in\s+vergelijking\s+met|jämfört\s+med|sammenlignet\s+med|sammenliknet\s+med|"
                 r"comparativ\s+cu|față\s+de|ve\s+srovnání\s+s|oproti")
COMPARED_OPENING = re.compile(
    r"(?:^|[;:,(]\s*)\W*(?:" + COMPARED_WITH + r")\s+(?:(?:the\s+)?(?:year\s+)?|dem\s+Jahr\s+|"
    r"l['’]année\s+|el\s+año\s+|l['’]anno\s+|o\s+ano\s+|het\s+jaar\s+|rokiem\s+)"
    r"((?:19|20)\d\d)\b(?:\s+r\.)?(?![’']s|\s*[-–]\s*\d)", re.I)
# The figure's own time between the year and the figure: "Compared with 2014, when it spent".
WHEN_IN_BETWEEN = re.compile(r"\b(?:when|then|als|lorsque|quand|cuando|quando|kiedy|toen|då|"
                             r"när|când|kdy)\b", re.I)


def year_compared_before(year: int, sentence: str, at: int) -> bool:
    """Whether ``year``, written once in ``sentence``, stands only where a clause before the
    figure at ``at`` opens by comparing with it."""
    if at < 0 or len(re.findall(rf"(?<!\d){year}(?!\d)", sentence)) != 1:
        return False
    found = [m for m in COMPARED_OPENING.finditer(sentence, 0, at) if int(m.group(1)) == year]
    return bool(found) and WHEN_IN_BETWEEN.search(sentence, found[-1].end(), at) is None
