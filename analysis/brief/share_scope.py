"""Shares of GDP that are not one ally's measured share: a government's own figure, an average
over years or over allies, a level several allies pass (guards of :mod:`analysis.brief.subject`,
beside those of :mod:`analysis.brief.scope`)."""

from __future__ import annotations

import re

from analysis.brief.aggregates import COMBINED_GDP_AFTER
from analysis.brief.national_sources import (
    CAPITAL_AS_SOURCE_IN_ENGLISH,
    foreign_national_source,
)
from analysis.brief.other_sources import (
    COUNT_OR_DEFINITION,
    OTHER_ATTRIBUTION,
    OTHER_SOURCE_WORD,
)
from analysis.brief.scope import AGREE_ONLY, clause_before, whole_words
from analysis.brief.subject_phrases import NATO_AS_SOURCE
from analysis.foreign_words import (
    AND_ANY_LANGUAGE,
    FOREIGN_LOWER_BOUNDS,
    FOREIGN_TARGET_WORDS,
)
from analysis.vocabulary import (
    ALLY_ADJECTIVES,
    GOVERNMENT_SEATS,
    NATIONAL_SOURCE_WORDS,
    NATO_IN_ENGLISH,
    NATO_OR_ALLIANCE_NAMED,
    OWN_CLAIM_VERBS,
)

# A government's own accounts and budget acts: "Germany's own figures put ... at 1.6%", "Poland's
# budget law sets defence at 3.1%" (a budget on the national definition, not NATO's estimate).
OWN_ACCOUNT_WORDS = ("own figures", "own data", "own calculations", "own estimate",
                     "national figures", "national data", "budget law", "budget act",
                     "budget bill", "finance law", "finance act", "own reckoning", "own count",
                     "official figures", "official data", "official statistics", "draft budget",
                     "budget draft", "budget plan", "stability programme", "stability program",
                     "national definition", "own definition", "national accounting",
                     "national methodology")
NATIONAL_SOURCE = whole_words(NATIONAL_SOURCE_WORDS + OWN_ACCOUNT_WORDS)
# "Germany says it spends 2.3%", "Spain claims to spend 1.4%": the spender's own claim.
SPENDER_SAYS = re.compile(r"\b(?:" + "|".join(OWN_CLAIM_VERBS) + r")\s+(?:that\s+)?"
                          r"(?:it\b|to\s+(?:spend|have\s+spent|be\s+spending)\b)", re.I)
# "Latvia raised its 2025 defence budget to 3.45% of GDP": the spender's own budget act.
OWN_BUDGET_ACT = re.compile(
    r"\b(?:raised|increased|boosted|lifted|set|approved|adopted|passed)\s+(?:its|their)\s+"
    r"(?:(?:19|20)\d\d\s+)?(?:defen[cs]e\s+|military\s+)?budget\s+(?:to|at)\s+$", re.I)
# "below the 1.66% predicted by the previous Government": a plan or forecast the figure's own
# words give to a government, even where the sentence quotes NATO for another figure.
GOVERNMENT_FORECAST_AFTER = re.compile(
    r"^\s*(?:of\s+(?:its\s+)?GDP\s+)?(?:predicted|forecast|projected|planned|expected|"
    r"estimated|budgeted|promised|targeted|announced)\s+by\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:government|ministry|minister|cabinet|treasury)\b", re.I)
# "Poland's defence budget for 2025 amounts to 4.7% of GDP", "Germany's 2024 budget gives 2.12%":
# a budget a government set for a year, on its own definition; it may be NATO's figure too, so
# only to agree.
BUDGET_OF_A_YEAR = re.compile(
    r"\bbudget\s+for\s+(?:(?:19|20)\d\d|this\s+year|next\s+year|the\s+(?:coming|next)\s+year)\b|"
    r"\b(?:19|20)\d\d\s+(?:(?:defen[cs]e|military|state|national)\s+)?budget\b", re.I)


def national_figure(sentence: str, at: int, surface: str) -> str:
    """Why a share of GDP is a government's own figure, not NATO's estimate, else '': its
    clause names a ministry or government as the spender ("Romania's Defence Ministry spent
    some 2.26% of GDP") or a budget year ("in fiscal 2024"), and the sentence does not name
    NATO."""
    if at < 0:
        return ""
    forecast = GOVERNMENT_FORECAST_AFTER.match(sentence[at + len(surface):])
    if forecast:  # the figure's own attribution, whoever else the sentence names
        return f"a government's own figure ('{forecast.group().strip()}'), not NATO's estimate"
    if NATO_OR_ALLIANCE_NAMED.search(sentence):
        return ""
    found = NATIONAL_SOURCE.search(clause_before(sentence, at, 90)) or \
        SPENDER_SAYS.search(clause_before(sentence, at, 90)) or \
        OWN_BUDGET_ACT.search(sentence[max(0, at - 60):at]) or \
        NATIONAL_ATTRIBUTION.search(sentence[at + len(surface):]) or \
        GOVERNMENT_COUNT.search(sentence) or CAPITAL_AS_SOURCE_IN_ENGLISH.search(sentence)
    if found:
        return f"a government's own figure ('{found.group()}'), not NATO's estimate"
    fiscal = FISCAL_YEAR.search(sentence[:at]) or \
        FISCAL_YEAR.match(sentence[at + len(surface):at + len(surface) + 50])
    if fiscal:
        return (f"a government's figure for its budget year ('{fiscal.group().strip()}'), "
                "not NATO's estimate")
    return ""


# "U.S. defense spending in fiscal 2024 totaled about $842 billion, equivalent to about 3% of
# GDP", "In the current fiscal year budget, ... 1.8 percent of GDP", "2.32 per cent in the
# 2024-25 fiscal year": a share worked out from a government's budget for its budget year, on
# the national definition; NATO's estimates are named by the year alone.
FISCAL_YEAR = re.compile(
    r"\bfiscal\s+(?:year\b|(?:19|20)\d\d\b)|\bfinancial\s+year\b|\bFY\s?(?:19|20)?\d\d\b|"
    r"^[^.;,]{0,20}?\b(?:19|20)\d\d\s*[-–/]\s*\d\d(?:\d\d)?\s+(?:fiscal|financial|budget)\s+year\b|"
    # "UK defence spending in 2025/26", "in the year to March 2026": a budget year by its form
    # ("For 2024-25, ...", "in 2024-25": a year and the next one's last two digits)
    r"^[^.;,]{0,20}?\b(?:19|20)\d\d\s*[/–-]\s*\d\d\b(?![/–-]?\d)|"
    r"\b(?:19|20)\d\d\s*[/–-]\s*\d\d\b(?![/–-]?\d)|"
    r"^[^.;,]{0,30}?\byear\s+(?:to|ending|ended)\s+(?:3[01]\s+)?(?:March|April|June|September)\b|"
    r"\byear\s+(?:to|ending|ended)\s+(?:3[01]\s+)?(?:March|April|June|September)\b",
    re.I)


# "Spanish" in "by Spanish estimates": the ally's own count
_ALLY_ADJECTIVE = "|".join(sorted(ALLY_ADJECTIVES, key=len, reverse=True))


# "Estonia allocates about 3.3% of its GDP to defense, according to national broadcaster ERR",
# "..., the defence ministry said": a national source named after the figure.
# A national leader or ministry speaking ("the prime minister", "the finance ministry").
NATIONAL_SPEAKER = (r"prime\s+minister|premier|chancellor|(?:defen[cs]e\s+|finance\s+)?"
                    r"minist(?:er|ry)|government|leader|president|chancellery|spokes(?:wo)?man|"
                    r"spokesperson|comptroller|"
                    # defence ministries by their abbreviations (UK, US, Canada)
                    r"(?-i:MoD|DoD|DND)|"
                    + "|".join(seat.replace(" ", r"\s+") for seat in GOVERNMENT_SEATS))
# "by the government's count", "according to Warsaw's figures", "on the Treasury's definition": a
# government's own count or definition; it names the basis of the whole sentence's figures
GOVERNMENT_COUNT = re.compile(
    rf"\b(?:by|according\s+to|on|under|using)\s+(?:the\s+)?(?!{OTHER_SOURCE_WORD})"
    r"(?:government|ministry|(?-i:[A-Z])[\w-]+)['’]s\s+"
    rf"(?:own\s+)?(?:{COUNT_OR_DEFINITION})\b", re.I)
NATIONAL_ATTRIBUTION = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:national|state|public)\s+\w+|"
    r"(?:defen[cs]e\s+)?(?:ministry|minister|government|cabinet|treasury|budget|"
    r"(?-i:MoD|DoD|DND)))\b|"
    # "“Greece already spends more than 3% of its GDP on defense,” the prime minister said": a
    # quotation of a national leader or ministry, said right after the quote closes.
    rf"[”\"]\s*,?\s*(?:(?:the|its|his|her)\s+)?(?:[\w-]+\s+){{0,2}}?(?:president|{NATIONAL_SPEAKER})"
    r"(?:\s+[A-Z][\w-]+){0,3},?\s+(?:said|says|told|added|stated|noted)\b|"
    # "..., or 3.1% of GDP, the finance ministry said", "..., Polish officials said": the same
    # national speaker named after a comma
    # (never a new clause: "..., and the government said in May it aims to spend 3.3%")
    r",\s*(?!(?:and|but|while|whereas|as|after|before|though|although)\b)"
    rf"(?:(?:the|its|his|her)\s+)?(?:[\w-]+\s+){{0,2}}?(?:{NATIONAL_SPEAKER}|officials)"
    r"(?:\s+[A-Z][\w-]+){0,3},?\s+(?:said|says|told|added|stated|noted|estimated|decided|"
    r"announced)\b|"
    # "..., said Defence Minister Boris Pistorius": the verb first
    rf",\s*(?:said|says|told|added)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{NATIONAL_SPEAKER})\b|"
    rf"{GOVERNMENT_COUNT.pattern}|"
    # "..., by its own count", "... under its national definition", "..., by Spanish
    # estimates": the spender's own count or definition named after the figure
    rf"\b(?:by|according\s+to|on|under|using)\s+(?:the\s+)?(?:its\s+|their\s+)?"
    rf"(?:own|national|(?-i:{_ALLY_ADJECTIVE}))\s+(?:government\s+|official\s+)?"
    r"(?:count|figures|data|calculations?|reckoning|definition|accounting|methodology|"
    r"estimates?)\b", re.I)


OTHER_SOURCE = f"another source's figure, not NATO's estimate, {AGREE_ONLY}"


def other_source(sentence: str) -> str:
    """The note for a figure of a sentence that names another source than NATO ("according to
    SIPRI"), else '' (and '' when the sentence names NATO as a source too)."""
    found = OTHER_ATTRIBUTION.search(sentence)
    if not found:
        # "podle dat ministerstva obrany vydala 2,08 procenta": a government named as the source
        # in another language; its figure may be NATO's own, so only to agree
        budget = BUDGET_OF_A_YEAR.search(sentence)
        named = "" if NATO_OR_ALLIANCE_NAMED.search(sentence) else \
            foreign_national_source(sentence) or (budget.group() if budget else "")
        return f"'{named}': {NATIONAL_SOURCE_ELSEWHERE}" if named else ""
    if NATO_AS_SOURCE.search(sentence) or NATO_OR_ALLIANCE_NAMED.search(found.group()):
        return ""
    return f"'{found.group()}': {OTHER_SOURCE}"


NATIONAL_SOURCE_ELSEWHERE = f"a government's own figure, not NATO's estimate, {AGREE_ONLY}"


# "with just 1% and 0.7% of defense spending planned in 2023": a plan named after the figures.
PLANNED_AFTER = re.compile(
    r"^(?:\s*(?:and|or|,)\s*[\d.,]+\s*(?:%|per\s?cent|percent))*\s+(?:of\s+(?:its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,3}?)?(?:planned|budgeted|foreseen|envisaged|earmarked\s+for\s+20\d\d)\b",
    re.I)


# "at least 3.5% of GDP should be allocated to core defence": what is owed, not what is spent.
OBLIGED_AFTER = re.compile(
    r"^\s+(?:of\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,3}?)?(?:should|must|shall|ought\s+to|"
    r"(?:will\s+)?(?:has|have|need|needs)\s+to|is\s+to|are\s+to)\s+(?:be\s+)?(?:allocated|"
    r"spent|devoted|invested|earmarked|dedicated|directed|set\s+aside)\b", re.I)


def planned_after(sentence: str, at: int, surface: str) -> str:
    """Why a share is a plan or an obligation the words after it name, else ''."""
    after = sentence[at + len(surface):at + len(surface) + 80] if at >= 0 else ""
    if PLANNED_AFTER.search(after):
        return "a plan ('planned' after the figure), not a share NATO measured"
    if OBLIGED_AFTER.search(after):
        return "what is to be allocated, a goal, not a share NATO measured"
    return ""


# "Over the past decade, Türkiye's average hovered around 1.58 percent", "a ten-year average of
# 1.6%": an average over several years; NATO publishes one share a year.
AVERAGE_WORD = re.compile(r"\baverag\w*\b|\bmean\b", re.I)
SEVERAL_YEARS = re.compile(
    r"\b(?:(?:over|during|in|across)\s+the\s+(?:past|last|previous)\s+(?:decade|\w+\s+years)|"
    r"(?:\w+|\d+)[-\s]years?[-\s]average|decade[-\s]long|(?:between|from)\s+(?:19|20)\d\d\s+"
    r"(?:and|to|-|–)\s+(?:19|20)\d\d)\b", re.I)


def average_over_years(sentence: str, at: int, surface: str) -> str:
    """Why a share is an average over several years, not one year's share, else ''."""
    if at < 0:
        return ""
    # the average's own comma-delimited piece: "peaking at 1.86 percent in 2020" is no average
    own = re.split(r"[,;:]", sentence[:at])[-1] + surface + \
        re.split(r"[,;:]", sentence[at + len(surface):])[0]
    if AVERAGE_WORD.search(own) and SEVERAL_YEARS.search(sentence[max(0, at - 90):at] + own):
        return "an average over several years; NATO publishes one share a year"
    if AVERAGE_OF_ALLIES.search(sentence[max(0, at - 60):at]):
        return "an average of the allies' shares, not one ally's share or NATO's aggregate"
    if MIDDLE_ALLY.search(sentence[max(0, at - 60):at]) or UNWEIGHTED_AVERAGE.search(own):
        return "the share of a typical ally (median or average), not NATO's aggregate"
    return ""


# "just below the NATO average of 2.11 per cent": a mean of allies, not the sentence's ally's.
AVERAGE_OF_ALLIES = re.compile(r"(?:\b(?:" + NATO_IN_ENGLISH + r"|alliance|allied|allies['’]?|"
                               r"members['’]?)\s+"
                               r"(?:\w+\s+)?average|\baverage\s+(?:of\s+|for\s+)(?:the\s+)?"
                               r"(?:" + NATO_IN_ENGLISH + r"|alliance|allies|"
                               r"members))\s+(?:of\s+|at\s+|is\s+|was\s+)?"
                               r"(?:about\s+|around\s+|roughly\s+)?$", re.I)


# "NATO's median ally spends 2.1% of GDP", "the typical European member": a middle ally's share;
# "the unweighted average across allies", "a simple average of the allies' shares": each ally
# counted once, never NATO's aggregate (their spending over their GDP).
MIDDLE_ALLY = re.compile(r"\b(?:median|typical|average)\s+(?:NATO\s+|European\s+)?"
                         r"(?:ally|member|member\s+state|country)\b|"
                         # "der durchschnittliche Verbündete", "l'allié moyen", "el aliado
                         # medio", "il membro medio", "statystyczny sojusznik"
                         r"\bdurchschnittlich\w*\s+(?:Verbündete\w*|Mitglied\w*|Staat\w*|Land)|"
                         r"\b(?:allié|membre|pays|aliado|miembro|país|alleato|membro|paese)\s+"
                         r"(?:moyen|medio)\b|\bstatystyczn\w+\s+(?:sojusznik|członek|państwo)\w*",
                         re.I)
UNWEIGHTED_AVERAGE = re.compile(r"\b(?:unweighted|simple|arithmetic)\s+(?:average|mean)\b", re.I)


# The two vocabularies only this module reads.
# Poll respondents: a share they favour is an opinion, not a measured share ("more than a
# third of respondents consider exactly 2% of GDP ideal", "třetina dotázaných považuje").
RESPONDENT_WORDS = ("respondents", "those surveyed", "those polled", "people surveyed",
                    "people polled", "dotázaných", "dotázaní", "respondentů", "respondenti",
                    "befragten", "encuestados", "sondés", "personnes interrogées",
                    "ankietowanych", "respondentów", "respondenci", "intervistati",
                    "ondervraagden", "respondenter", "respondenterne", "válaszadók")
# Several owners in the other languages ("los países ... que superan el 3%", "kraje"; "all" of
# them: "todos por encima del 3%", "alle über 3%"): a group, not one ally (plural forms only;
# "pays" and "země" are also singular).
FOREIGN_PLURAL_OWNERS = ("todos", "todas", "tous", "toutes", "tutti", "tutte", "alle",
                         "wszystkie", "wszyscy", "tüm", "hepsi", "países", "paesi", "länder",
                         "staaten", "kraje", "krajów", "landen", "lande", "landene", "ţări",
                         "țări", "ţările", "țările", "ülkeler", "miembros", "membres", "membri",
                         "mitglieder", "członków", "aliados", "alliés", "alleati", "verbündeten",
                         "sojusznicy", "státy", "zemí", "országok")


# A level several allies pass, not one's share: "Other members spending more than 3 percent
# include Estonia, Norway, the United States and Denmark", "Poland, Lithuania and Estonia
# allocated more than 3 percent of GDP", "the only ally above the 4-percent mark".
# "the only countries that exceed 3%", "son las únicas que superan el 3%", "ponad 3 proc."
LOWER_BOUND_WORDS = (
    r"(?:more\s+than|over|above|beyond|in\s+excess\s+of|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|"
    r"at\s+least|"
    + "|".join(r"\s+".join(map(re.escape, words.split())) for words in FOREIGN_LOWER_BOUNDS)
    + r")")
# The same for a level several allies fall short of: "Among the countries with defense
# spending below 2% of GDP are Croatia, Portugal, Italy", "Spain and Belgium spent under 1.3%".
UPPER_BOUND_WORDS = r"(?:(?:well\s+|just\s+|still\s+)?(?:less\s+than|below|under|" \
    r"short\s+of))"
LEVEL_WORDS = rf"(?:{LOWER_BOUND_WORDS}|{UPPER_BOUND_WORDS})"
BOUND_BEFORE = re.compile(r"(?<![\w])" + LEVEL_WORDS + r"\s+$", re.I)
BOUND_START = re.compile(LEVEL_WORDS + r"(?![\w])", re.I)
# ... or written after it: "3% or more", Azerbaijani "3 %-dən çox" (vocabulary.POST_HEDGES).
BOUND_END = re.compile(r"(?:\sor\s+more|\+|-dən\s+çox)$", re.I)
# A year owning the figure right after it makes it a dated value the sentence compares with, not
# a level: "the allies will spend 2.02%, above the 1.78% of 2023", "por encima del 1,78% de
# 2023" (while "more than 2% in 2024" is still a level, in a year).
YEAR_OWNS_AFTER = re.compile(r"\s*(?:of|de|del|di|du|do|da|von|z)\s+(?:19|20)\d\d\b", re.I)
# "and" between allies: English, then the other languages' ("Łotwa i Grecja").
AND_BETWEEN = re.compile(r",|\b" + AND_ANY_LANGUAGE + r"\b")
PLURAL_OWNERS = re.compile(r"\b(?:members|countries|allies|nations|states|economies|"
                           + "|".join(FOREIGN_PLURAL_OWNERS) + r")\b", re.I)
MARK_AFTER = re.compile(r"^\s*(?:of\s+GDP\s+)?(?:mark|threshold|line|bar|level)\b", re.I)
# "Germany, the Netherlands, Norway and Turkey are among those that reached the 2 percent figure
# for the first time": a figure reached is a mark too, not one of them's share ("Germany's 2.1
# percent figure" stays a share).
FIGURE_REACHED = re.compile(r"\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|meet(?:s|ing)?|met|"
                            r"cross(?:es|ed|ing)?|pass(?:es|ed|ing)?)\s+the\s+$", re.I)
FIGURE_AFTER = re.compile(r"^\s*(?:of\s+GDP\s+)?figure\b", re.I)


# "Najmniej, 1,3 proc. PKB i poniżej na obronę wydadzą w br.: Belgia, Luksemburg, Słowenia i
# Hiszpania", "The lowest, 1.3% or less, will be spent by: Belgium, Luxembourg and Spain": one
# share, then the allies at it listed after a colon with no figure of their own.
ALLIES_LISTED_AFTER = re.compile(r"^[^:;\d]{0,80}:\s*(?P<allies>[^\d:;]+)$")


# "the United States spent about 3.38% of its GDP in 2024 - well under 5%": a share, then the
# level it is compared with after a dash or comma.
LEVEL_COMPARED_WITH = re.compile(
    r"\d\s*(?:%|per\s?cent|percent)[^;%]{0,60}?(?:[-–—,]|\band)\s*(?:(?:well|far|just|still|"
    r"only|much|way|slightly)\s+)?(?:under|below|above|over|short\s+of|less\s+than|more\s+than|"
    r"beyond)\s+$", re.I)


# "La OTAN debate ahora aumentar esa meta al 3%", "l'obiettivo del 3%": a target in another
# language, then a short preposition, right before its value (a guideline NATO has is read
# before this guard); not "przeznaczy na ten cel rekordowe 4,48 proc." ("for this purpose").
TARGET_RIGHT_BEFORE = re.compile(
    r"\b(?:" + "|".join(map(re.escape, FOREIGN_TARGET_WORDS)) + r")\s+[a-zà-ÿ'’]{1,5}\s+$", re.I)


def threshold_of_several(sentence: str, at: int, surface: str, find_ally) -> str:
    """Why a share is a level several allies pass or a mark, not one ally's share, else ''."""
    if at < 0:
        return ""
    if MARK_AFTER.search(sentence[at + len(surface):]) or re.search(r"-?\s*mark\b", surface) \
            or (FIGURE_AFTER.search(sentence[at + len(surface):])
                and FIGURE_REACHED.search(sentence[max(0, at - 30):at])):
        return "a mark allies are measured against, not a share of its own"
    listed = ALLIES_LISTED_AFTER.match(sentence[at + len(surface):])
    if listed and len({find_ally(piece) for piece in AND_BETWEEN.split(listed["allies"])}
                      - {None}) >= 2:
        return "a level several allies share, listed after it, not one ally's share"
    before = sentence[max(0, at - 60):at]
    if TARGET_RIGHT_BEFORE.search(sentence[max(0, at - 40):at]):
        return "a target named in words before it, not one ally's share"
    if LEVEL_COMPARED_WITH.search(sentence[max(0, at - 80):at] + re.match(r"\D*", surface)[0]):
        return "a level the share just named is compared with, not a share of its own"
    bound = BOUND_BEFORE.search(before) or BOUND_START.match(surface) or BOUND_END.search(surface)
    if not bound or YEAR_OWNS_AFTER.match(sentence[at + len(surface):]) or \
            re.match(COMBINED_GDP_AFTER, sentence[at + len(surface):]):
        return ""  # "more than 2% of their combined GDP" is the group's own share
    # "Polen mit mehr als vier Prozent und Estland mit 3,4 Prozent": allies named after the
    # figure with figures of their own own those, not this level.
    # "Hungary ..., spending more than 2% of GDP, while a quarter of member states have not":
    # the clause a contrast opens is about others
    after = re.split(r"[;:.]|,\s+(?:while|whereas|but)\b", sentence[at + len(surface):])[0]
    own = re.split(r"[;:]", sentence[:at])[-1] + surface + ("" if re.search(r"\d", after)
                                                             else after)
    allies = {find_ally(piece) for piece in AND_BETWEEN.split(own)} - {None}
    # ("at least" after one ally beside a plural is its hedged share: "Like other frontline
    # countries, Estonia spends at least 3.4%"; several allies named still share the level)
    plural = PLURAL_OWNERS.search(own) and not re.match(r"at\s+least\b", bound.group(), re.I)
    if plural or len(allies) >= 2:
        return "a level several allies pass (or fall short of), not one ally's share"
    return ""


RESPONDENTS = whole_words(RESPONDENT_WORDS)


def respondents_opinion(sentence: str, at: int, surface: str) -> str:
    """Why a share is what poll respondents favour ("a third of respondents consider 2% of GDP
    ideal"), not a share NATO measured, else ''."""
    if at < 0:
        return ""
    own = re.split(r"[,;:]", sentence[:at])[-1] + surface + \
        re.split(r"[,;:.]", sentence[at + len(surface):])[0]
    found = RESPONDENTS.search(own)
    return f"an opinion of poll {found.group()}, not a share NATO measured" if found else ""
