"""A year that dates an event a figure is placed before or after (issue 9).

"Before the 2022 invasion, Lithuania spent 2.5%", "after the 2023 election, Poland raised it to
4.1%", "ahead of the 2025 Hague summit", "prima dell'invasione del 2022", "nach der Wahl 2023",
"po wyborach w 2023 r.": the year is the event's; the figure is of a time before or after it,
which the words do not give. :func:`analysis.brief.clause_years.dated_events` counts these
among a sentence's dated events, so the figure is left without that year (compared only when
it agrees). "Since" is left to :data:`analysis.brief.clause_years.EVENT_IN`: a period starting
at the event is read there.
"""

from __future__ import annotations

import re

# "before", "after", "ahead of", "following", "until" in the languages the brief reads: English,
# German, French, Spanish, Italian, Portuguese, Polish, Dutch, Nordic, Romanian, Czech.
BEFORE_OR_AFTER = (
    r"before|after|ahead\s+of|following|prior\s+to|until|in\s+the\s+(?:run-up|wake)\s+of|"
    r"within\s+\w+\s+(?:years?|months?)\s+of|by\s+the\s+time\s+of|"
    r"vor|nach|bis\s+zu[mr]|avant|après|jusqu['’]à|antes\s+de|después\s+de|tras|hasta|"
    r"prima|dopo|fino\s+a|antes|após|depois|até|przed|po|voor|na(?=\s+(?:de|het)\s)|tot|före|"
    r"efter|før|etter|"
    r"înainte\s+de|după|před")
# The events a figure is placed around: an invasion, a war, an election, a summit, a pledge.
EVENT_NOUNS = (
    r"invasion|war|annexation|attacks?|elections?|vote|summit|pledge|referendum|accession|"
    r"pandemic|crisis|"
    r"[\w-]*(?:invasion|überfall|krieg|wahl|wahlen|gipfel|annexion|angriff|beitritt)|"
    r"guerre|élections?|sommet|annexion|adhésion|pandémie|"
    r"invasión|guerra|elecciones|cumbre|anexión|adhesión|pandemia|"
    r"invasione|elezioni|vertice|annessione|"
    r"invasão|eleições|cimeira|cúpula|anexação|adesão|"
    r"inwazj\w*|wojn\w*|wybor\w*|szczyt\w*|aneksj\w*|agresj\w*|"
    r"invasie|inval|oorlog|verkiezingen|(?:navo-?)?top|annexatie|"
    r"invasionen|kriget|krigen|valet|valget|toppmötet|toppmøtet|topmødet|"
    r"invazi[ae]|invazí|războiul|alegeril\w*|summitul|volb\w*|válk\w*|summit\w*")
YEAR_OF_AN_EVENT = r"((?:19|20)\d\d)"
AN_ARTICLE = (r"(?:(?:the|its|their|this|that|[A-Z][\w]*['’]s|de[mnr]|die|l['’]|la|le|les|el|"
              r"los|las|il|lo|gli|a|o|os|as|da|do|das|dos|dell['’]|della|del|delle|de)\s*)?")
# "the 2022 invasion", "Russia's 2014 annexation of Crimea", "the 2025 Hague summit"; "the
# invasion of 2022", "die Wahl 2023", "l'invasion de l'Ukraine en 2022", "inwazją w 2022 r.".
AROUND_AN_EVENT = re.compile(
    r"(?<!\w)(?:" + BEFORE_OR_AFTER + r")\s+" + AN_ARTICLE +
    r"(?:(?:[\w-]+\s+){0,2}?" + YEAR_OF_AN_EVENT + r"\s+(?:[\w'’-]+\s+){0,3}?(?:"
    + EVENT_NOUNS + r")"
    r"|(?:[\w'’-]+\s+){0,2}?(?:" + EVENT_NOUNS + r")\b[^,;.\d]{0,30}?" + YEAR_OF_AN_EVENT +
    r")(?!\w)", re.I)


def events_around(sentence: str) -> list[re.Match]:
    """The events ``sentence`` places something before or after, each with its year."""
    return list(AROUND_AN_EVENT.finditer(sentence))
