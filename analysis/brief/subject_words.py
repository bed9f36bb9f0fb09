"""The words by which :mod:`analysis.brief.subject` tells what a figure is about: guideline,
Europe (and Canada), contracts, since 2014, NATO, spending at, reaching (regexes built from the
vocabularies of :mod:`analysis.vocabulary` where one exists)."""

from __future__ import annotations

import re

from analysis.data.ally_adjectives import NATIONALITIES
from analysis.extract.other_languages import NATION_NOUNS
from analysis.foreign_words import (
    AND_ANY_LANGUAGE,
    BEFORE_CANADA,
    FOREIGN_ALLIANCE_WORDS,
    FOREIGN_FROM_WORDS,
)
from analysis.vocabulary import (
    GUIDELINE_NOUNS,
    HEDGES,
    NATO_IN_ENGLISH,
    NATO_OR_MEMBERS_IN_ENGLISH,
    PLEDGE_NOUNS,
    SURE_GUIDELINE_NOUNS,
)

GUIDELINE_WORDS = re.compile(
    r"\b(" + "|".join((*SURE_GUIDELINE_NOUNS, *PLEDGE_NOUNS, "quota")) + r")s?\b|"
    # "zwei Prozent", "deux pour cent", "dos por ciento", "dwa procent", "due per cento"
    r"\b(2|two|zwei|deux|dos|dwa|due)[\s-]?(%|per\s?cent|percent|pro[czs]ent|per\s+cento|"
    r"pour\s+cent|por\s+ciento)|\byüzde\s+(?:2|iki)\b", re.IGNORECASE)
# Europe in English and in the other languages the brief reads ("in Europa", "europei",
# "aliados europeos", "alliés européens", "europejscy", "europeiske", Danish "europæiske",
# "Avrupalı", Dutch "Europese bondgenoten", Czech "evropské státy", Latvian "Eiropas valstis").
EUROPE_WORDS = (r"(?:europe(?:an)?|europa|europ[äe]isch\w*|europe[ie]|europeni|europene|europeus|"
           r"europe[ao]s|europ[ée]en(?:ne)?s?|europejs\w*|europy|europeisk\w*|europæisk\w*|"
           r"avrupa\w*|europese|"
           r"evrop\w*|eirop\w*|"
           # Russian, Bulgarian "европейских стран", Ukrainian "європейські країни", Azerbaijani
           # "Avropa" (not "Евросоюз", the EU)
           r"европ\w*|європ\w*|avropa\w*)")
# "European allies and Canada" in any of those languages is NATO's aggregate, never Canada alone.
# (also the adjective: "European and Canadian allies", "alleati europei e canadesi")
_CANADA = r"(?:canad[aá]|canadian|canades[ei]|canadien\w*|kanad\w*|kanād\w*|канад\w*)"
# "the alliance's non-U.S. members", "allies other than the United States": the same aggregate.
# Also the United States' allies ("America's allies", "Washington's NATO partners", "the US's
# allies"), "the rest of NATO" and the alliance without the US ("Without the US, NATO's ...").
_US = r"(?:the\s+)?(?:U\.?S\.?|US|United\s+States|America|Washington)"
_NON_US = (r"non[-\s]?(?:U\.?S\.?|US|American)\s+(?:allies|members|nations|countries)|"
           rf"(?:allies|members)\s+other\s+than\s+{_US}|"
           rf"{_US}['’]s?\s+(?:NATO\s+)?(?:allies|partners)(?![^.;]{{0,40}}\b(?:Asia|Pacific|"
           r"Middle\s+East|Gulf|Africa|Latin\s+America))|"
           r"the\s+rest\s+of\s+(?:NATO|the\s+alliance)|"
           rf"(?:without|excluding|outside|minus|apart\s+from|except\s+for)\s+{_US}\b,?\s+"
           r"(?:(?:NATO|the\s+alliance)(?:['’]s)?|(?:the\s+)?(?:allies|members))")
# (Russian and Serbian say "in Europe and in Canada": "в Европе и в Канаде")
EUROPE_CANADA = re.compile(rf"\b({EUROPE_WORDS}\b[^.]{{0,40}}\b{AND_ANY_LANGUAGE}"
                           rf"\s+(?:(?:{'|'.join(BEFORE_CANADA)})\s+)?{_CANADA}"
                           rf"|{_CANADA}\s+{AND_ANY_LANGUAGE}\s+(?:the\s+)?(?:\w+\s+)?{EUROPE_WORDS}|"
                           rf"{_NON_US})(?!\w)", re.I)
# Not the European Union or another EU body ("European Union countries", "Union européenne",
# "Unii Europejskiej", "European Defence Agency"): the EU's members are not NATO's European allies.
_NOT_AFTER_UNION = r"(?<!union\s)(?<!unii\s)(?<!unia\s)(?<!unię\s)"
_NOT_BEFORE_EU_BODY = (r"(?!\s+(?:union\w*|unie|birli\w*|commission|parliament|council|"
                       r"central\s+bank|defen[cs]e\s+agency)\b)")
NON_US = re.compile(rf"\b(?:{_NON_US})(?!\w)", re.I)
EUROPE = re.compile(rf"{_NOT_AFTER_UNION}\b{EUROPE_WORDS}\b{_NOT_BEFORE_EU_BODY}", re.IGNORECASE)
# "The US spends 3.2 per cent, compared with 2.3 per cent for European allies and Canada": the
# owner named right after the share, whoever the sentence named before it.
EUROPE_CANADA_RIGHT_AFTER = re.compile(
    r"^\s*(?:of\s+(?:their\s+|its\s+)?(?:combined\s+)?GDP\s+)?(?:for|among)\s+(?:the\s+)?"
    r"(?:NATO['’]s\s+|alliance['’]s\s+)?(?:European\s+(?:allies|members|countries|nations)|Europe)"
    r"\s+and\s+Canada\b", re.I)
CONTRACTS = re.compile(r"\bcontracts?\b", re.IGNORECASE)
SINCE_2014 = re.compile(
    # not "the largest increase since 2014", "the highest level since 2014": a comparison
    r"(?<!increase\s)(?<!rise\s)(?<!growth\s)(?<!jump\s)(?<!level\s)(?<!highest\s)"
    r"(?<!largest\s)(?<!biggest\s)(?<!fastest\s)"
    r"\bsince\s+(2014|then|the\s+(?:defen[cs]e\s+)?investment\s+pledge|the\s+wales\s+summit|"
    # "an extra $600bn on defence since the 2% target was set 10 years ago": the 2014 pledge, by
    # any noun of a guideline or of the pledge ("since the 2% commitment was made")
    r"the\s+(?:2\s?%|two[\s-]per\s?cent|2[\s-]per\s?cent)\s+"
    r"(?:" + "|".join((*SURE_GUIDELINE_NOUNS, *PLEDGE_NOUNS))
    + r")\s+was\s+(?:set|agreed|made|adopted))|"
    r"\badded\b.*\bsince\b|\badded\b[^.;]*\bextra\b|\bextra\b[^.;]{0,40}\bsince\b",
    re.IGNORECASE)

NATO_WORDS = re.compile(r"\b(?:" + "|".join(NATO_OR_MEMBERS_IN_ENGLISH) + r"|(?i:"
                        + "|".join(map(re.escape, FOREIGN_ALLIANCE_WORDS)) + r"))\b")
# "exceeding NATO members' requirements", "the allies' 2% target": the guideline NATO's words
# name, not an owner of the figure beside it.
GUIDELINE_OF_NATO = re.compile(
    r"\b(?:" + NATO_IN_ENGLISH + r"|[Aa]lliance|[Aa]llies|[Aa]llied|members|member\s+states|"
    r"member\s+countries)"
    r"(?:['’]s?)?\s+(?:(?:members|allies)['’]\s+)?(?:[\w%-]+\s+){0,2}?(?:"
    + "|".join(GUIDELINE_NOUNS) + r")s?\b")
SPENDING_AT = re.compile(r"\b(?:spending|expenditure|budget)\s+(?:\w+\s+)?(?:at|of)\s+"
                         r"(?:around\s+|about\s+|roughly\s+|some\s+|just\s+)?$", re.I)
# "NATO outlines equipment expenditures as a percentage of overall defense spending, showing
# Poland leading the way at 51.1 percent and Belgium bringing up the rear at 15.2 percent": a
# level ("at", "with") after equipment named as a share of defence spending is an ally's
# equipment share, whatever change word ("up the rear") stands near it.
EQUIPMENT_SHARE_NAMED = re.compile(
    r"\bequipment\b[^.;]{0,80}?\b(?:as\s+an?\s+(?:percentage|share|proportion)|share|"
    r"percentage|proportion)\s+of\s+(?:[\w-]+\s+){0,2}?(?:defen[cs]e\s+)?(?:spending|"
    r"expenditures?|budgets?)\b", re.I)
# Another whole in the level's own clause: "with the alliance average at 30 percent".
OTHER_WHOLE = re.compile(r"\b(?:average|mean|median|personnel|infrastructure|salar\w*|pensions?|"
                         r"overall|combined|whole|total)\b", re.I)
LEVEL_RIGHT_BEFORE = re.compile(r"\b(?:at|with)\s+(?:around\s+|about\s+|roughly\s+|some\s+|"
                                r"just\s+)?$", re.I)
# "Poland's defence spending as a share of GDP will rise to 4.12% this year from 3.26%": the
# share named, then the levels it moves between ("to", "from", "at"), not a rate of growth.
SHARE_OF_GDP_LEVEL = re.compile(
    r"\bas\s+a\s+(?:share|percentage|proportion)\s+of\s+(?:its\s+|their\s+|the\s+)?(?:GDP|"
    r"gross\s+domestic\s+product|econom(?:y|ies))\b(?:[^.;]|\.(?=\d)){0,60}\b(?:to|from|at)\s+"
    r"(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?$", re.I)
# "Spain ... has now reached 2%": the guideline reached, as of a time the clause may not state.
REACH_BEFORE = re.compile(r"\b(?:reach\w*|hit|hits|met|meets?|achiev\w*|cross\w*|surpass\w*)\s+"
                          r"(?:the\s+)?(?:\w+\s+)?$", re.I)

# Troops sent, stationed or deployed somewhere are a deployment, never an ally's whole armed
# forces: "5,000 troops in Lithuania", "deployed 4,000 soldiers to Romania", "100,000 US troops in
# Europe". Read before the figure (the verb) and right after it (where they are).
DEPLOYED_BEFORE = re.compile(
    r"\b(?:station|deploy|send|sent|sending|dispatch|rotat|contribut|redeploy|withdr[ae]w|"
    r"pull(?:ed|ing)?\s+out)\w*\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
DEPLOYED_AFTER = re.compile(
    r"^\s*(?:(?:\w+|\([^)]*\))\s+){0,3}?(?:in|to|into|across|on|along|at|from)\s+(?:the\s+)?"
    r"(?:[A-Z]\w+|NATO's\s+eastern|eastern\s+flank|(?:the\s+)?Baltic)|"
    r"^\s*(?:\w+\s+){0,3}?(?:stationed|deployed|based|serving|abroad|overseas)\b")

# Troops of many nations ("90,000 forces from 31 member countries and NATO partner Sweden",
# "soldiers from more than 20 nations"): a multinational force, never one ally's armed forces.
# (and in the other languages: "10 000 personer från 25 länder", "aus 25 Ländern")
MANY_NATIONS_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,2}?(?:from" + FOREIGN_FROM_WORDS + r")\s+"
    r"(?:(?:more\s+than|over|some|about|around|nearly|all)\s+)?"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)\s+(?:(?:" + NATO_IN_ENGLISH + r"|allied|member|partner|other|"
    r"different)\s+)?"
    r"(?:countries|nations|[Aa]llies|member\s+states|states|(?i:" + NATION_NOUNS.lstrip("|") +
    r"|land|lande))\b")

# Allies that take part beside one named ("our military joining forces with counterparts from 30
# NATO countries plus Sweden", "alongside 30 other allies"): a part of the participants, never
# their count. Read right before the figure, or as "other"/"fellow" right after its number.
BESIDE_ONE_BEFORE = re.compile(
    r"\b(?:(?:counterparts|colleagues|partners|comrades)\s+(?:from|of|in)|alongside|"
    r"together\s+with|along\s+with|joined\s+by)\s+(?:(?:troops|forces|soldiers|personnel|"
    r"units)\s+(?:from|of)\s+)?(?:the\s+)?(?:some\s+|around\s+|about\s+)?$", re.I)
# "Defence chiefs from 31 member states ... met", "ministers of 32 allies gathered": the countries
# whose officials meet, a meeting's attendance (often the whole membership), never a count of
# allies taking part in an exercise or reaching a level.
OFFICIALS_OF_BEFORE = re.compile(
    r"\b(?:chiefs|ministers|leaders|heads\s+of\s+(?:state|government)|ambassadors|envoys|"
    r"delegations|delegates|representatives|officials|commanders)\s+(?:from|of)\s+(?:the\s+)?"
    r"(?:all\s+)?$", re.I)
OTHERS_AFTER_NUMBER = re.compile(r"^[\w,.]+\s+(?:other|fellow|remaining)\s", re.I)

# A level an ally's spending was raised to, not a rate of growth: "The UK has increased its
# contribution to an estimated 2.4% this year", "Italy's defence spending rose to 1.5%".
_SPENDING_NOUN = r"(?:spending|expenditures?|budgets?|contributions?|outlays?)"
# any hedge of the one list written with words ("an estimated", "just over", "nearly")
WORDED_HEDGE = "(?:" + "|".join(
    re.escape(hedge).replace(r"\ ", r"\s+") + r"\s+"
    for hedge in sorted(HEDGES, key=len, reverse=True) if hedge[0].isalpha()) + ")?"
RAISED_TO_LEVEL = re.compile(
    r"\b(?:increas|rais|lift|boost|hik|push|br[io]ng|brought)\w*\s+(?:(?:its|their|his|her|the|"
    rf"defen[cs]e|military|annual|overall|national)\s+)*{_SPENDING_NOUN}\s+(?:on\s+defen[cs]e\s+)?"
    rf"to\s+{WORDED_HEDGE}$|"
    rf"\b{_SPENDING_NOUN}\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+|is\s+set\s+to\s+)?"
    # not "spending growth increased to 8%": a rate raised to a rate
    r"(?:(?!growth\b|rates?\b|increases?\b|rises?\b)\w+\s+)?"
    r"(?:increas|ris|rose|grow|grew|climb|jump)\w*\s+to\s+" + WORDED_HEDGE + "$", re.I)

# The Hague guidelines (2025) named by their purpose right after their value: "3.5% on core
# defence and 1.5% on defence-related investment", "up to 1.5% on resilience and infrastructure".
GUIDELINE_PURPOSE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:their\s+|its\s+)?(?:GDP|gross\s+domestic\s+product)\s+)?(?:annually\s+|a\s+"
    r"year\s+)?(?:on|for|to)\s+(?:core\s+defen[cs]e|(?:broader\s+)?defen[cs]e[-\s]+(?:and[-\s]+"
    r"security[-\s]+)?related|security[-\s]+related|resilience|(?:critical\s+)?infrastructure)\b",
    re.I)
# A level "or more" is the threshold a count is measured against, never anybody's measured share:
# "11 of 31 members spent two percent of GDP or more", Slovenian "dva odstotka BDP ali več",
# Croatian "ili više", Polish "lub więcej", Spanish "o más", French "ou plus", German "oder mehr",
# Italian "o più", Portuguese "ou mais", Dutch "of meer", Scandinavian "eller mer(e)".
OR_MORE_AFTER = re.compile(
    r"^\s*(?:of\s+(?:their\s+|its\s+)?GDP|\w{2,4}\s+(?:BDP|PIB|PIL|BIP|PKB|HDP|BNP|BKT)|BDP|PIB|"
    r"PIL|BIP|PKB|HDP|BNP|BKT|ВВП|БВП|ΑΕΠ)?\s*(?:or\s+(?:more|above|higher)|ali\s+več|ili\s+više|"
    r"lub\s+więcej|o\s+más|ou\s+plus|oder\s+mehr|o\s+più|ou\s+mais|of\s+meer|eller\s+mer\w*|"
    # Russian, Ukrainian, Bulgarian, Greek, Romanian, Hungarian, Czech, Turkish
    r"или\s+(?:больше|более|повече)|або\s+більше|ή\s+περισσότερο|sau\s+mai\s+mult|vagy\s+több|"
    r"nebo\s+více|veya\s+(?:daha\s+)?fazla"
    # ... and a level the verb right after says was passed, Azerbaijani "2 faizi keçib",
    # Turkish "yüzde 2'yi geçti", "aştı" (passed 2%: the line, not the ally's share)
    r"|(?:['’]\w{1,3}\s+)?(?:keç(?:ib|di|ir|miş)|geç(?:ti|iyor|miş|en)|aş(?:tı|ıyor|mış|ıb|dı)))(?!\w)",
    re.I)
# A guideline named, then its value after a colon: "Turkey has reached both of NATO's key
# benchmarks: allocating at least 2 percent of gross domestic product (GDP) to defense".
GUIDELINE_THEN_COLON = re.compile(
    r"\b(?:" + "|".join(GUIDELINE_NOUNS) + r")s?\s*:\s*"
    r"(?:[\w-]+\s+){0,2}?(?:at\s+least\s+|a\s+minimum\s+of\s+)?$", re.I)

# "let alone the 3 percent target Donald Trump proposed", "a 3% spending goal": a level its noun
# names a goal is a goal, whether or not NATO ever set it.
GOAL_RIGHT_AFTER = re.compile(
    r"^\s*(?:of\s+GDP\s+)?(?:defen[cs]e\s+)?(?:spending\s+)?(?:" + "|".join(GUIDELINE_NOUNS)
    + r")s?\b", re.I)

# "250 aircraft from 25 countries to practice in German airspace", "at German bases": a nation's
# place, where the exercise is held, not its contribution.
NATION_AS_PLACE = re.compile(r"\b(?:" + "|".join(NATIONALITIES) + r")\s+(?:air\s*space|territory|"
                             r"soil|skies|waters|coast|bases?|airfields?|border)\b")
