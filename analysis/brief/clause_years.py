"""Years a figure's sentence names for something other than the figure (issue 9): the time of
another clause when the figure's own clause is worded in the present ("In 2023, Germany missed
the goal, but it now spends 2.12%"), the date of an event ("Scholz, elected in 2021, said ...",
"a fund set up in 2022", "since the invasion in 2022") and a year the figure is compared with
("2.33%, the same as in 2023", "a rise on the 2023 level").

Each reading only drops a year: a figure left without one is compared only when it agrees.
"""

from __future__ import annotations

import re

from analysis.brief.event_years import events_around
from analysis.extract.other_languages import RELATIVE_YEARS, SPEND_VERBS
from analysis.foreign_words import FOREIGN_NOW_WORDS, NOW_ANY_LANGUAGE

YEAR_WRITTEN = r"(?<![\d.,])(?:19|20)\d\d(?![\d%]|[.,]\d)"

# Where one clause ends and another with its own time begins: "; ", ", but", ", while",
# ", having spent ...", ", after reaching ..."; "aber", "alors qu'en 2023", "podczas gdy",
# "mientras que", "mentre", "enquanto", "terwijl"; a comma before "now" in any language read
# ("In 2023 eleven did, now 18 will", Albanian "gjatë 2023-shit, tani ... 18 nga 31"): the
# present's clause after the past's. (Of the English "now" words only "now" and "today": after
# a comma "currently", "at present" often describe a noun, "Norway, currently the chair,".)
NOW_WORDS = r"now|today|" + "|".join(FOREIGN_NOW_WORDS)
CLAUSE_BREAK = re.compile(
    r";|,?\s+(?:but|aber|maar|pero|whereas|während|terwijl|mientras|mentre|enquanto|"
    r"tandis\s+que|alors\s+qu|podczas\s+gdy|natomiast)\b"
    r"|,\s+(?:while|having|after|although|though|before|following|mais|ma|mas|ale|doch)\b"
    rf"|,(?=\s+(?:{NOW_WORDS})(?!\w))", re.I)
# A clause worded as of the source's day: "now", "currently", "today", or a spending verb in
# the present ("spends", "is spending", "consacre", "destina", "wydaje").
PRESENT_CLAUSE = re.compile(
    r"(?<!\w)" + NOW_ANY_LANGUAGE + r"(?!\w)"
    r"|\b(?:spends|devotes|allocates|invests|(?:is|are)\s+spending" + SPEND_VERBS + r")\b",
    re.I)
TIME_OF_A_CLAUSE = re.compile(
    YEAR_WRITTEN + r"|\b(?:this|last|next|previous|coming)\s+year\b|\ba\s+year\s+"
    r"(?:earlier|ago|before)\b" + RELATIVE_YEARS, re.I)


def clause_around(sentence: str, at: int, end: int) -> tuple[int, int]:
    """The bounds of the clause of ``sentence`` the figure at ``at``..``end`` stands in."""
    start = max((found.end() for found in CLAUSE_BREAK.finditer(sentence, 0, at)), default=0)
    after = CLAUSE_BREAK.search(sentence, end)
    return start, after.start() if after else len(sentence)


def time_of_another_present_clause(sentence: str, at: int, surface: str) -> bool:
    """Whether the figure at ``at`` stands in a clause worded in the present that names no time
    of its own, while another clause of its sentence does ("Last year Europe's spending jumped;
    Germany spends 2.12%"): that time is the other clause's."""
    if at < 0:
        return False
    start, end = clause_around(sentence, at, at + len(surface))
    own = sentence[start:end]
    return (start > 0 or end < len(sentence)) and \
        PRESENT_CLAUSE.search(own) is not None and TIME_OF_A_CLAUSE.search(own) is None and \
        TIME_OF_A_CLAUSE.search(sentence[:start] + " " + sentence[end:]) is not None


# "Olaf Scholz, elected in 2021, said ...", "a fund set up in 2022", "the pledge it made in
# 2022", "Russia invaded Ukraine in February 2022", "according to figures released in 2023", "a
# goal it missed in 2023": the year an event the sentence reports
# happened; "since the invasion in 2022", "seit dem russischen Überfall 2022", "depuis
# l'invasion de l'Ukraine en 2022", "od inwazji Rosji w 2022 r.": the event a period starts at;
# "das 2023 der Nato beitrat", "qui a rejoint l'Otan en 2023", "entrata nella Nato nel 2023":
# when an ally joined (English: :data:`JOINED_IN`).
# A target set or agreed, in the other languages (Italian, Spanish, French, Portuguese, German,
# Polish, Dutch participles).
SET_OR_AGREED = (r"fissat[oa]|stabilit[oa]|concordat[oa]|adottat[oa]|decis[oa]|fijad[oa]|"
                 r"acordad[oa]|pactad[oa]|decidid[oa]|marcad[oa]|definid[oa]|trazad[oa]|"
                 r"establecid[oa]|adoptad[oa]|fixée?|adoptée?|décidée?|convenue?|fixad[oa]|"
                 r"estabelecid[oa]|beschlossen|vereinbart|festgelegt|ustalon\w*|przyjęt\w*|"
                 r"uzgodnion\w*|vastgesteld|afgesproken|overeengekomen")
JOINING_WORDS = (r"beitrat|beigetreten|rejoint|adhéré|wstąpiła?|wstąpiły|przystąpiła?|"
                 r"dołączyła?|ingresó|se\s+unió|entrat[ao]|aderito|aderiu|ingressou|entrou|"
                 r"lid\s+werd|toetrad|toegetreden")
EVENT_IN = re.compile(
    r"\b(?:(?:re-?)?elected|appointed|took\s+office|came\s+to\s+power|invaded|annexed|founded|"
    r"set\s+up|created|established|launched|signed|made|hosted|held|passed|approved|released|"
    r"published|issued|missed|set|agreed|adopted|fixed|renewed|reaffirmed|enshrined|"
    r"formali[sz]ed|endorsed)\b"
    r"[^,;.\d]{0,25}?\s+in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
    # "il target del 2%, fissato nel 2014 nel Galles", "fijado en 2014", "fixé en 2014",
    # "2014 beschlossen", "ustalony w 2014 r.": when a target was set or agreed
    r"|\b(?:" + SET_OR_AGREED + r")\b[^,;.\d]{0,25}?\b(?:nel|in|en|em|im|w|no|na)\s+"
    r"((?:19|20)\d\d)\b"
    r"|\bin\s+(?:force|place|effect)\s+since\s+((?:19|20)\d\d)\b"
    r"|\bsince\s+(?:the|its|their|Russia['’]s|Moscow['’]s)\s+[^,;.\d]{0,40}?\s+in\s+"
    r"(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b"
    r"|(?:\b(?:[Ss]eit|[Dd]epuis|[Dd]esde|[Oo]d|[Ss]inds)\s|\b[Dd]all['’]|\b[Dd]alla?\s)"
    r"[^,;.\d]{3,40}?((?:19|20)\d\d)\b"
    r"|\b(?:" + JOINING_WORDS + r")\b[^,;.\d]{0,30}?((?:19|20)\d\d)\b"
    r"|\b((?:19|20)\d\d)\b[^,;.\d]{0,30}?\b(?:" + JOINING_WORDS + r")\b")

# "A recent addition to the alliance, joining in April 2023, Finland's share ... was 2.41%": the
# year the ally joined, not the year of its figures (the other languages: JOINING_WORDS above).
# "Finland, a member since 2023", "Mitglied seit 2023", "membre depuis 2023": the same.
JOINED_IN = re.compile(r"\b(?:joining|joined|accession|admission|admitted|became\s+(?:a\s+|the\s+"
                       r"\w+\s+)?(?:member|ally)|(?:member|ally|Mitglied|membre|miembro|membro|"
                       r"członkiem|lid|medlem|membru)\s+(?:since|seit|depuis|desde|dal|od|sinds|"
                       r"sedan|siden|din))\b[^,;.\d]{0,30}?\b((?:19|20)\d\d)\b", re.I)


# "Only three allies spent 2% when the pledge was made in 2014", "when Russia invaded in 2022,
# Germany spent 1.5%": a "when" clause dates the figure by its event.
WHEN_BEFORE = re.compile(r"\bwhen\b[^,;.\d]*$", re.I)


# "The 2% mark was set in 2014, at a time when only 3 NATO countries met that objective": a
# "when" clause right after the event is of the event's time.
WHEN_AFTER = re.compile(r"[^.;\d]{0,25}?\b(?:at\s+a\s+time\s+when|when|quando|cuando|lorsque"
                        r"|quand|als|kiedy|toen)\b", re.I)


def dated_events(sentence: str) -> list[re.Match]:
    """The events :data:`EVENT_IN` finds in ``sentence`` and those it places a figure before
    or after (:func:`events_around`), in order, but those of a "when" clause or followed by
    one."""
    found = sorted([*EVENT_IN.finditer(sentence), *events_around(sentence)],
                   key=lambda m: m.start())
    return [m for i, m in enumerate(found)
            if not WHEN_BEFORE.search(sentence, max(0, m.start() - 60), m.start())
            and not WHEN_AFTER.match(sentence, m.end())
            and all(m.start() >= other.end() for other in found[:i])]


def without_dated_events(sentence: str) -> str:
    """``sentence`` with each of its :func:`dated_events` blanked."""
    for m in reversed(dated_events(sentence)):
        sentence = sentence[:m.start()] + " " + sentence[m.end():]
    return sentence


# "Britain spends 2.33% of GDP, the same as in 2023", "2.12%, a rise on the 2023 level",
# "unchanged from 2023", "as it did in 2023": the year compared with, not the figure's.
COMPARED_AFTER = re.compile(
    r"^(?:\s+of\s+(?:its\s+|their\s+)?GDP)?[^.;\d]{0,30}?\b(?:the\s+same\s+as|as\s+(?:it|they)"
    r"\s+did|unchanged\s+(?:from|on|since)|similar\s+to|level\s+with|on\s+a\s+par\s+with|"
    r"(?:a\s+)?(?:rise|increase|jump|fall|drop|decline)\s+(?:on|from|over)|up\s+on|down\s+on"
    # "mehr als 2023", "plus qu'en 2023", "más que en 2023", "più che nel 2023", "mais do que
    # em 2023", "meer dan in 2023", "więcej niż w 2023", "gegenüber 2023", "par rapport à 2023"
    r"|(?:mehr|weniger|höher|niedriger)\s+als(?:\s+im(?:\s+Jahr)?)?|gegenüber|"
    r"im\s+Vergleich\s+zu(?:m\s+Jahr)?|(?:plus|moins)\s+qu['’](?:en)?|par\s+rapport\s+à|"
    r"(?:más|menos)\s+que\s+en|respecto\s+(?:a|al|de)|rispetto\s+al|(?:più|meno)\s+che\s+nel|"
    r"(?:mais|menos)\s+do\s+que\s+em|em\s+relação\s+a|(?:meer|minder)\s+dan\s+in|"
    r"(?:więcej|mniej)\s+niż\s+w|w\s+porównaniu\s+z)"
    r"\s*(?:in\s+|of\s+)?(?:the\s+)?((?:19|20)\d\d)\b", re.I)


# "23 allies, more than double the 2023 number", "2.12%, above the estimate for 2023", "mehr als
# die Schätzung für 2023", "au-dessus de l'estimation de 2023", "sopra la stima del 2023",
# "acima da estimativa de 2023", "powyżej szacunków z 2023 r.", "boven de schatting van 2023":
# a year naming the quantity compared with.
COMPARING = (r"double|twice|triple|half|than|from|on|over|above|below|with|to|exceeds?|exceeding|"
             r"beats?|beating|tops?|topping|surpass\w*|als|über|gegenüber|au-dessus|en\s+dessous|"
             r"dépass\w*|encima|debajo|supera\w*|sopra|sotto|acima|abaixo|powyżej|poniżej|boven|"
             r"onder")
QUANTITY_NOUNS = (r"number|level|figure|total|estimate|forecast|count|mark|share|rate|amount|tally|"
                  r"projection|Schätzung|Prognose|Wert|estimation|prévision|niveau|estimación|"
                  r"previsión|cifra|stima|previsione|livello|estimativa|previsão|nível|szacun\w*|"
                  r"prognoz\w*|poziom\w*|schatting|prognose")
COMPARED_QUANTITY_AFTER = re.compile(
    r"^[^.;\d]{0,40}?\b(?:" + COMPARING + r")\s+(?:that\s+of\s+)?(?:the\s+|die\s+|de\s+l['’]|"
    r"l['’]|la\s+|da\s+|de\s+la\s+|del\s+|de\s+)?(?:((?:19|20)\d\d)\s+(?:" + QUANTITY_NOUNS +
    r")\b|(?:" + QUANTITY_NOUNS + r")\s+(?:for|of|in|from|für|von|de|del|da|do|z|van)\s+"
    r"((?:19|20)\d\d)\b)", re.I)


def year_compared_after(year: int, sentence: str, at: int, surface: str) -> bool:
    """Whether ``year``, written once in ``sentence``, stands only in a comparison right after
    the figure at ``at`` (:data:`COMPARED_AFTER`, :data:`COMPARED_QUANTITY_AFTER`)."""
    if at < 0 or len(re.findall(rf"(?<!\d){year}(?!\d)", sentence)) != 1:
        return False
    after = sentence[at + len(surface):at + len(surface) + 80]
    found = COMPARED_AFTER.match(after) or COMPARED_QUANTITY_AFTER.match(after)
    return found is not None and int(next(y for y in found.groups() if y)) == year
