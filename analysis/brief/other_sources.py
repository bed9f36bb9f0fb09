"""Another source than NATO or a government named for a sentence's figures (issue 9): "According
to SIPRI, Norway spent 1.6%", "SIPRI data show", "IISS: Germany spent 1.6%", "По данным SIPRI".
Its figures may agree with NATO's but are never held against them. Read by
:func:`analysis.brief.share_scope.other_source`."""

from __future__ import annotations

import re

from analysis.brief.national_sources import FOREIGN_OTHER_SOURCE_WORDS
from analysis.brief.scope import whole_words
from analysis.foreign_words import ACCORDING_TO, ACCORDING_TO_AFTER, FOREIGN_SOURCE_VERBS
from analysis.vocabulary import OTHER_SOURCE_WORDS

# the other sources than NATO or a government (also read by share_scope.GOVERNMENT_COUNT)
OTHER_SOURCE_WORD = whole_words(OTHER_SOURCE_WORDS + FOREIGN_OTHER_SOURCE_WORDS).pattern
# What a count or definition is called: "by the government's count", "on SIPRI's measure".
COUNT_OR_DEFINITION = (r"count|figures|data|calculations?|reckoning|definition|measure|accounting|"
                       r"methodology")


# Another source than NATO or a government named for the sentence's figures (the words are
# :data:`analysis.vocabulary.OTHER_SOURCE_WORDS`): "According to the Stockholm International Peace
# Research Institute (SIPRI), Norway spent ... 1.6% of GDP", "SIPRI data show", "data from
# Eurostat", "..., the institute said", "..., the national statistics agency (SSB) said in
# April". Its figures may agree with NATO's but are never held against them.
# The EU as the subject of an estimate ("The EU estimates that Spain spent 1.4%"), never "EU" in
# a phrase ("according to figures for EU members").
SOURCE_AS_SUBJECT = whole_words(OTHER_SOURCE_WORDS + FOREIGN_OTHER_SOURCE_WORDS
                                 + ("EU", "European Union")).pattern
# the source's abbreviation in brackets after its name: "(SSB)", "(SIPRI)"
ABBREVIATION = r"(?:\s*\([^()]{1,30}\))?"
# a source's name going on after the source word: "Kiel Institute for the World Economy", "Janes
# Defence Budgets" (a preposition and two words, or two capitalised words)
NAME_GOES_ON = (r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?"
                r"|(?:\s+(?-i:[A-Z])[\w-]+){1,2})?")
# The writer's own calculation, in the other languages (regex alternatives, case-insensitive):
# "volgens onze berekening", "pelas nossas contas", "según nuestros cálculos", "secondo i nostri
# calcoli", "według naszych wyliczeń", "podle našich výpočtů", "számításaink szerint", "etter
# våre beregninger", "ifølge vores beregninger", "enligt våra beräkningar", "samkvæmt okkar
# útreikningum", "σύμφωνα με τους υπολογισμούς μας", "hesaplamalarımıza göre", "după calculele
# noastre", "selon nos calculs", "nach unseren Berechnungen".
FOREIGN_OUR_CALCULATIONS = (
    r"onze\s+(?:eigen\s+)?bereken\w*|nossa?s?\s+(?:contas|cálculos)|nuestros\s+cálculos"
    r"|nostri\s+calcoli|nasz\w*\s+(?:wylicze\w*|oblicze\w*)|naš\w*\s+výpočt\w*|számításaink"
    r"|v[åo]r\w*\s+(?:beregning\w*|beräkning\w*)|okkar\s+útreikning\w*|υπολογισμο\w*\s+μας"
    r"|hesaplamalarımız\w*|calculele\s+noastre|nos\s+(?:propres\s+)?calculs"
    r"|unser\w*\s+(?:eigenen\s+)?Berechnung\w*")
# A calculation or analysis as the source, in the other languages (stems, regex alternatives,
# case-insensitive): "potrivit calculelor", "podle propočtů", "ifølge E24s beregninger",
# "secondo un'analisi", "według wyliczeń", "segundo cálculos", "számításai szerint",
# "hesaplamasına göre", "enligt SvD:s genomgång", "ifølge Børsens opgørelse", "σύμφωνα με
# ανάλυση".
FOREIGN_CALCULATION_STEMS = (
    r"c[áa]lcul|calcol|anal[iy]s|análise|análisis|analiz|propočt|výpočt|számítás|elemzés"
    r"|hesapla|ανάλυσ|υπολογισμ|wylicze|oblicze|rachun|bereken|beregning|beräkning|genomgång"
    r"|gjennomgang|opgørelse|útreikning")
# An outlet's, a bank's or the writer's own calculation (NATO's own is told apart by the caller,
# which drops a match naming NATO): "by our count", "according to our calculations", "The
# Economist's tally", "a Politico review of budget papers", "calculations by The Telegraph", "an
# analysis by this newspaper", "..., Reuters calculated", "Capital Economics reckons", "JPMorgan
# analysts estimate", and the writer's own in the other languages.
# (a pronoun opening a sentence names no source: "It calculated that ..." after NATO is NATO)
_OWN = r"(?:propres?|eigen\w*|własn\w*|propi[oa]s?|propri[oa]|propri[ei]|próprios?|próprias?)"
_NAME = (r"(?!(?:It|They|He|She|We|This|That)\b)(?-i:[A-Z])[\w&.'’-]*"
         r"(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}")
_CALCULATION_WORDS = r"count|calculations?|reckoning|tally|review|analysis|arithmetic|re-estimate"
# (lower case after a name: "the Strategic Defence Review" is a government's programme)
_CALCULATION = rf"(?-i:{_CALCULATION_WORDS})"
OWN_CALCULATION = (
    rf"\b(?:our|my)\s+(?:own\s+)?{_CALCULATION}\b|"
    rf"\b(?:{FOREIGN_OUR_CALCULATIONS})|"
    # "potrivit calculelor ...", "számításai szerint": the words after it kept, for the caller
    # to tell NATO's own calculation ("secondo i calcoli della Nato")
    # (not the spender's own: "selon ses propres calculs" is a government's own figure)
    rf"(?:\b(?:{ACCORDING_TO}|segundo)|σύμφωνα\s+με)\s+(?:(?!{_OWN}\b)(?:\w+['’]|[\w'’:]+\s+))"
    rf"{{0,2}}?"
    rf"(?:{FOREIGN_CALCULATION_STEMS})\w*(?:\s+[^\s,.;:]+){{0,3}}|"
    rf"(?:[^\s,.;:]+\s+){{0,3}}(?:{FOREIGN_CALCULATION_STEMS})\w*\s+(?:{ACCORDING_TO_AFTER})\b|"
    rf"\b(?:{_CALCULATION_WORDS})\s+(?:by|from)\s+(?:the\s+)?(?:{_NAME}|(?:this|our)\s+(?:newspaper|"
    rf"paper|magazine|site|broadcaster|publication))\b|"
    rf"\b{_NAME}['’]s?\s+(?:own\s+)?{_CALCULATION}\b|"
    rf"\b(?:a|an|the)\s+{_NAME}\s+{_CALCULATION}\b|"
    rf"\b{_NAME}\s+(?:(?:analysts|economists|strategists)\s+(?:estimat|calculat|reckon)\w*|"
    rf"calculat(?:es|ed)|reckon(?:s|ed)|re-estimat(?:es|ed)|tallied|computed)\b")
OTHER_ATTRIBUTION = re.compile(
    rf"\b(?:{ACCORDING_TO})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,7}}?"
    rf"{OTHER_SOURCE_WORD}|"
    # "selon les données de l'Institut international de recherche sur la paix de Stockholm
    # (Sipri)": a long name in another language, the source's abbreviation after it
    rf"\b(?:{ACCORDING_TO})\s+[^.;()]{{0,100}}?\(\s*{OTHER_SOURCE_WORD}\s*\)|"
    # "by SIPRI's measure", "on the IMF's definition": another source's count or definition
    rf"\b(?:by|on|under|using)\s+(?:the\s+)?{OTHER_SOURCE_WORD}['’]s?\s+(?:own\s+)?"
    rf"(?:{COUNT_OR_DEFINITION}|estimates?)\b|"
    # Turkish, Finnish, Estonian, Lithuanian and Hungarian put "according to" after the source:
    # "SIPRI'ye göre", "SIPRI verilerine göre", "SIPRI:n mukaan", "SIPRI andmetel"
    rf"{OTHER_SOURCE_WORD}(?:['’:]\w+)?\s+(?:\w+\s+)?(?:{ACCORDING_TO_AFTER})\b|"
    rf"{OTHER_SOURCE_WORD}{ABBREVIATION}(?:['’]s)?\s+(?:(?:[\w-]+\s+)?(?:data|figures|"
    rf"statistics|estimates?|calculations)\s+)?(?:show\w*|put\w*|suggest\w*|indicat\w*)\b|"
    # "In EDA data, Estonia spent 3.2%", "in SIPRI's figures": the source's data named first
    rf"\bin\s+(?:the\s+)?{OTHER_SOURCE_WORD}(?:['’]s)?\s+(?:data|figures|statistics|estimates)\b|"
    rf"\b(?:data|figures|statistics|estimates)\s+(?:from|by|published\s+by)\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,5}}?{OTHER_SOURCE_WORD}|"
    # "..., the institute said", "..., SIPRI's annual report found", "..., the Kiel Institute for
    # the World Economy calculates", "..., Janes Defence Budgets estimates", "..., Stockholm
    # researchers say": the source after the figure, its name, report or study before the verb
    rf"[,”\"]\s*(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{OTHER_SOURCE_WORD}{NAME_GOES_ON}{ABBREVIATION}"
    rf"(?:['’]s(?:\s+[\w-]+){{1,2}})?\s+(?:said|says|say|reported|estimated|estimates?|found|"
    rf"finds|calculated|calculates?|wrote)\b|"
    # "..., said Christian Weber of the Bonn institute": the speaker of another source
    rf",\s*(?:said|says)\s+[^,.;:]{{0,60}}?\b{OTHER_SOURCE_WORD}|"
    # "Germany spent 1.9% in 2024 (SIPRI)", "(source: SIPRI)", "..., per SIPRI", "as measured
    # by SIPRI", "— SIPRI", "SIPRI's Germany figure": the source named after or for the figure
    # (a capitalised name in the brackets, never a gloss: "the Chamber of Deputies (parliament)")
    rf"\(\s*(?:source:?\s*)?(?:the\s+)?(?=(?-i:[A-Z])){OTHER_SOURCE_WORD}[^()]{{0,40}}\)|"
    rf"\b(?:per|source:|(?:as\s+)?(?:measured|calculated|estimated|compiled)\s+by)\s*"
    rf"(?:the\s+)?{OTHER_SOURCE_WORD}|[—–]\s*(?:the\s+)?{OTHER_SOURCE_WORD}\W*$|"
    rf"{OTHER_SOURCE_WORD}['’]s?\s+(?:[\w-]+\s+){{0,2}}?(?:figure|estimate|number|tally)s?\b|"
    # "The Kiel Institute estimates that Germany spends only 1.6%": the source as the subject
    rf"{SOURCE_AS_SUBJECT}{ABBREVIATION}\s+(?:estimat(?:es|ed)|calculat(?:es|ed)|reckon(?:s|ed)|"
    rf"puts?|finds|found|expects|expected|forecasts?|projects|projected|predicts|predicted)\b|"
    # "Dane SIPRI pokazują", "Институт SIPRI оценивает": the same in the other languages
    rf"{SOURCE_AS_SUBJECT}{ABBREVIATION}\s+(?:{FOREIGN_SOURCE_VERBS})\b|"
    # "SIPRI: Poland spent 4.2% in 2024": the source opening the sentence before a colon, as
    # headlines and captions quote it (never a kind of article: "Analysis: ...")
    rf"^\W*(?:[\w'’-]+\s+){{0,2}}?(?!(?:analys[ie]s|articles?|stud(?:y|ies)|research|surveys?|"
    rf"index|opposition|parliament)\b){SOURCE_AS_SUBJECT}{ABBREVIATION}"
    rf"(?:\s+(?:data|figures|estimates?))?\s*:\s|"
    # "The statistics office said Portugal spent ...": the source opening the sentence
    rf"^\W*(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?{SOURCE_AS_SUBJECT}{ABBREVIATION}\s+(?:said|says|"
    rf"reported|reports|shows?|showed)\b|" + OWN_CALCULATION, re.I)
