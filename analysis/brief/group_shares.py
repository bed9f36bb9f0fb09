"""A share of GDP whose owner is a group of some of the allies (issue 9): "NATO's eastern flank
allies spent 3.1%", "the G7 allies", "NATO's Nordic members", "the alliance's newest members",
"NATO members bordering Russia", "allies on NATO's eastern flank". The group's share is not the
whole alliance's, whatever the sentence says of NATO. Read by :mod:`analysis.brief.subject`."""

from __future__ import annotations

import re

from analysis.brief.scope import clause_before

# Words that pick some of the allies out by place, size, age or grouping (lower case; "European"
# is NATO's Europe, read elsewhere).
GROUP_QUALIFIERS = (
    "eastern", "western", "southern", "northern", "central", "south-eastern", "north-eastern",
    "frontline", "front-line", "flank", "eastern-flank", "baltic", "nordic", "scandinavian",
    "balkan", "mediterranean", "g7", "g-7", "visegrad", "largest", "biggest", "smallest",
    "richest", "poorest", "wealthiest", "newest", "newer", "new", "older", "oldest", "founding",
    "original", "remaining", "top", "leading", "major", "smaller", "bigger", "larger",
    "border", "neighbouring", "neighboring", "non-nuclear",
    # the allies in (or outside) the European Union: "NATO's EU members", "the non-EU allies"
    "eu", "non-eu",
)
_NOUN = r"(?:allies|members|member\s+(?:states|countries)|countries|nations|states|economies)"
# "NATO's eastern flank allies", "The five largest NATO economies": a qualifier among the few
# words right before the noun.
QUALIFIED_BEFORE = re.compile(
    r"\b(?:" + "|".join(re.escape(word) for word in GROUP_QUALIFIERS) + r")\s+"
    r"(?:(?:NATO|alliance|allied|member)\s+)?" + _NOUN + r"\b[^,;]{0,40}$", re.I)
# "allies on NATO's eastern flank", "NATO members bordering Russia", "allies that joined after
# 1999", "the allies closest to Russia", "NATO allies in the Baltic region": the noun followed by
# a phrase that picks some of them out (never "in Europe" or "in the alliance").
QUALIFIED_AFTER = re.compile(
    _NOUN + r"\s+(?:on|along)\s+(?:\w+['’]s\s+|the\s+)?(?:\w+\s+)?flank\b|"
    + _NOUN + r"\s+(?:(?:that|which|who)\s+)?(?:border(?:ing|s)?|neighbouring|neighboring|"
    r"closest\s+to|nearest\s+to|joined|in\s+the\s+(?:Baltic|Nordic|Balkan|Black\s+Sea|"
    r"Mediterranean)\w*|"
    # allies of a region outside the alliance: "America's allies in Asia"
    r"(?:and\s+partners\s+)?in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Asia|Pacific|Indo-Pacific|"
    r"Middle\s+East|Gulf|Africa))\b[^,;]{0,40}$", re.I)

# The same groups in the other languages: "an der Ostflanke", "du flanc est", "del flanco
# oriental", "del fianco orientale", "wschodniej flanki", "aan de oostflank", "pe flancul estic",
# "doğu kanadındaki", "die G7-Staaten", "die baltischen NATO-Staaten", "les membres les plus
# récents".
FOREIGN_GROUP = re.compile(
    r"\b(?:\w*flank\w*|flanc\w*|fianc\w*|kanadı\w*|G-?7\b|baltisch\w*|baltes|bálticos|"
    r"baltici|bałtyck\w*|nordisch\w*|nordiques|nórdicos|nordici|nordyck\w*|"
    r"plus\s+récents|más\s+recientes|più\s+recenti|najnowsz\w*|"
    # the allies of the European Union: "die EU-Staaten der NATO", "los miembros de la UE"
    r"(?-i:EU)-\w+|(?-i:UE|EU|Ue)\s+(?:[\w'’]+\s+){0,3}?(?:de\s+la\s+|de\s+l['’]|dell['’]|"
    r"della\s+)?(?:OTAN|NATO|Otan|Nato)\b)", re.I)

GROUP_SHARE = "a share of some of the allies (a group the sentence names), not the whole alliance's"


def share_of_a_group(sentence: str, at: int) -> str:
    """Why the ownerless share at ``at`` is a group of the allies', else '': its clause names a
    group of them right before it (:data:`QUALIFIED_BEFORE`, :data:`QUALIFIED_AFTER`)."""
    if at < 0:
        return ""
    own = clause_before(sentence, at, 90)
    # (Polish "w 2025 r." ends no clause: the other languages are read up to a semicolon)
    piece = sentence[max(0, at - 90):at].rsplit(";", 1)[-1]
    if QUALIFIED_BEFORE.search(own) or QUALIFIED_AFTER.search(own) or FOREIGN_GROUP.search(piece):
        return GROUP_SHARE
    return ""
