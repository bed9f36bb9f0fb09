"""A government's plan for a share in the other languages the brief reads (issue 9): "La France
prévoit de consacrer 2,2 %", "Polska zamierza wydać 4,7 proc.", "Nederland verwacht ... 2,2
procent uit te geven", "Sverige planerar att lägga 2,4 procent", "Česko chce ... 2,2 % HDP".
What the ally means or expects to spend is its plan, not NATO's estimate (the English words are
:data:`analysis.vocabulary.PLAN_WORDS`). Read by :func:`analysis.brief.scope.share_is_plan`.
Verbs that also say NATO forecasts ("prévoit que", "se espera que") are left out, and so is
German "will", which an English text would match, and German "plant", Polish "planuje", which
articles on NATO's tables use for NATO's estimate of the year ("Slowenien plant 2024 mit 1,29 %
des BIP", "Druga jest Litwa, która planuje przeznaczyć 4 proc.").
"""

from __future__ import annotations

import re

from analysis.vocabulary import NATO_NAME

# plan, intend, expect, aim, want: French, Spanish, Italian, Portuguese, German, Dutch, Polish,
# Nordic, Romanian, Czech (the verb of the spender, before its infinitive).
PLAN_VERBS = (
    r"prévoi\w*\s+d(?:e|['’])|compte|entend|vise|ambitionne|projette\s+de|envisage\s+de|veut|"
    r"doit|"
    r"planea|pretende|espera\s+(?!que\b)|aspira\s+a|se\s+propone|quiere|"
    r"prevede\s+di|intende|punta\s+a|vuole|conta\s+di|mira\s+a|"
    r"prevê(?!\s+que)|planeia|planeja|quer|"
    r"beabsichtig\w*|erwartet|rechne[nt]\s+damit|strebt|streben|soll|sollen|"
    r"verwacht|is\s+van\s+plan|streeft|wil|"
    r"zamierza|ma\s+zamiar|zakłada|chce|chcą|chtějí|"
    r"ma(?=[^,.;]{0,20}\b(?:wydać|przeznaczyć)\b)|má(?=[^,.;]{0,20}\b(?:dát|vydat)\b)|ska|skal|"
    r"planerar|planlegger|planlægger|forventer|förväntar|räknar\s+med|regner\s+med|"
    r"planifică|intenționează|intenţionează|vrea|[îi][șş]i\s+propune|"
    r"plánuje|hodlá|počítá\s+s")
NATIONAL_PLAN = re.compile(r"(?<!\w)(?:" + PLAN_VERBS + r")(?!\w)", re.I)
# A sentence that names NATO may word NATO's own estimate as a plan ("Druga jest Litwa, która
# planuje przeznaczyć 4 proc. PKB", in an article on NATO's figures): no national plan then.
# Also NATO with a case ending glued on (German "NATOs").
NATO_NAMED_OR_INFLECTED = re.compile(rf"\b(?:{NATO_NAME}|NATO\w+)\b")


def national_plan(sentence: str, before: str) -> re.Match | None:
    """The plan verb of the words ``before`` a figure (from their second character: the first
    word may be cut), when ``sentence`` does not name NATO; else None."""
    return None if NATO_NAMED_OR_INFLECTED.search(sentence) else NATIONAL_PLAN.search(before, 1)
