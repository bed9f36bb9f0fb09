"""The precompiled regexes and word lists of the figure extractor.

The master regex runs once over the lower-cased text; every other pattern here is anchored at a
known position (``pattern.match(text, pos)``) and reads only a few characters around a number.
"""

from __future__ import annotations

import re

from analysis.extract import other_languages as L
from analysis.extract.numbers import (
    WORD_DURATION,
    WORD_FRACTION,
    WORD_NUMBER,
    number_word_alternation,
)
from analysis.extract.scales import CURRENCY_SIGN
from analysis.extract.window_end import words_at_end
from analysis.foreign_words import AND_ANY_LANGUAGE, FOREIGN_OF_SPENDING, OR_WORDS
from analysis.vocabulary import (
    GUIDELINE_NOUNS,
    HEDGES,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    NATO_IN_ENGLISH,
    POST_HEDGES,
    membership_sizes_since,
)

# Digits with thousands separators (90,000 and 90 000) and decimals. _DIGIT_REST follows a first
# digit already consumed, so that every branch of the master regex starts with a plain character
# (the regex engine then skips quickly over text that cannot start a match).
_SPACES = "[ \u00a0\u202f\u2009]"
# Continental writing, also in English copies of Italian or German outlets: dots group thousands
# ("over 90.000 soldiers", "500.000 personnel") and a comma marks decimals ("4,07%", "19,4%",
# "2,05 Prozent"). A single dot group counts as thousands only before a word that is not a scale
# (also a Greek or Cyrillic one: "10.000 στρατιώτες", "10.000 војника") or a percent ("1.052
# trillion" and "2.125 percent" stay decimals); a decimal comma has one or two
# digits and only before a percent, a word or a closing parenthesis ("Romania (2,26)" in a list of
# shares; English groups by three: "4,070 troops") or an opening one that gives a change
# ("Grekland: 3,54 (-0,16)"); also before an accented word ("1,3 és") and before the comma
# that opens the next item of a list of names ("Kanada 1,38, Portugália 1,55"), the semicolon
# that opens it ("Polen 4,48; Litauen 4,0"), a full stop or the end of a line ("Lettland: 3,73"
# under a heading): one or two digits after a comma never group thousands.
_SCALE_OR_PERCENT = (r"(?:%|per\s?cent|pro[czs]ent|punt|bn\b|billion|trillion|mil+i(?:on|ard)"
                     r"|mrd|mld|tn\b)")
_DOT_GROUPS = (
    rf"\d{{0,2}}(?:\.\d{{3}}){{2,}}(?![\d.]?\d)"
    rf"|\d{{0,2}}\.\d{{3}}(?![\d.,]?\d)(?={_SPACES}+(?!{_SCALE_OR_PERCENT})[a-zα-ωά-ώа-яё])"
)
# (Turkish glues its case ending after an apostrophe, Azerbaijani after a hyphen: "yüzde
# 4,48'lik", "yüzdə 2,09-unu"; Greek words follow as Latin ones do: "3,5 δισ. ευρώ", "3,5 τοις
# εκατό", and Cyrillic ones: "1,5 триллиона", "1,9 милиарда".)
# ("Lettland 3,15 (Anteil am BIP)": a bracket that opens on a word says what the share is of;
# one that opens on "and" or "or" goes on with a list of whole numbers: "2,3 (und 4)")
_NOT_A_LIST_GOING_ON = rf"(?!(?:{AND_ANY_LANGUAGE}|{'|'.join(OR_WORDS)})\b)"
_DECIMAL_COMMA = (rf"\d{{0,2}},\d{{1,2}}(?!\d)"
                  rf"(?={_SPACES}?(?:%|[a-zα-ωά-ώа-яёіїєґ]|\)|['’-][a-zçğıöşüə])"
                  rf"|{_SPACES}(?:\(\+?[-+−–]?\d|\({_NOT_A_LIST_GOING_ON}[^\W\d_]|[à-öø-ÿőű])"
                  rf"|,{_SPACES}[^\W\d_]"
                  rf"|{_SPACES}?;|\.(?!\d)|{_SPACES}*(?:\n|$))")
_DIGIT_REST = (
    rf"(?:\d{{0,2}}(?:,\d{{3}})+(?!\d)|{_DOT_GROUPS}|{_DECIMAL_COMMA}"
    rf"|\d{{0,2}}(?:{_SPACES}\d{{3}})+(?![\d,]\d)|\d*)(?:\.\d+)?"
)
DIGITS = r"\d" + _DIGIT_REST
# Anchored where a number's digits start: do its digits group thousands with dots?
DOT_GROUPED = re.compile(rf"\d(?:{_DOT_GROUPS})", re.I)

# Branches for words start with a word boundary and a one-character gate, so that the engine
# gives up at once on the many words that cannot start a number.
_WORDS = (
    rf"(?:(?P<frac>{WORD_FRACTION})|(?P<dur>{WORD_DURATION})"
    rf"|(?P<words>{WORD_NUMBER}{L.NUMBER_WORDS}))"
    r"(?:(?![a-z])|(?=fold\b))"
)
RELATIVE_YEAR_WORDS = ("this", "last", "next", "previous", "coming", "following")
_RELATIVE_YEAR = (
    rf"(?P<relyear>(?:{'|'.join(RELATIVE_YEAR_WORDS)})\s+year\b(?!\s*(?:'s|’s))"
    r"|a\s+year\s+(?:ago|earlier)\b"
    rf"{L.RELATIVE_YEARS})"
)
MASTER = re.compile(
    rf"(?P<dig>\d(?<![\d.,]\d){_DIGIT_REST})"
    rf"|(?P<cur>[$€£]){_SPACES}?(?P<dig2>{DIGITS})"
    rf"|\b(?=[zotfsenhdalpc{L.OTHER_STARTS}])(?:{_WORDS}|{_RELATIVE_YEAR})"
)
# MASTER tries its three branches at every character. The finder below starts with a class the
# engine tests in C with a bitmap (every character but a-z and "_": on the lower-cased text a
# superset of ``[\d\W]``, which would call Unicode tables), stopping one character early for a
# number word; MASTER matches at or right after a finder's match (``scan.next_match``), and the
# finder never decides alone. The gate: the first letters of every number word and relative
# year, tight enough that common words ("and", "this", "last", "several") fail it: "a"/"an" only
# before the first letters of third, quarter, fourth, fifth, tenth, dozen, hundred, thousand,
# million, billion, trillion, decade, century and "year"; "this"/"last"/... only before "y".
# Past its first word a gate is a look-ahead, so that the scanner, which consumes what it reads
# after a space, never swallows the next number ("l'an" before "an eighth").
WORD_GATE_WORDS = (
    rf"z(?:ero{L.GATE_Z})|o(?:ne(?![a-eg-z]){L.GATE_O})|h(?:alf{L.GATE_H})|d(?:ozen{L.GATE_D})"
    rf"|t(?:wo(?![a-eg-z])|hree|hirt|his(?=\s+y)|en(?![a-eg-z])|we[ln]{L.GATE_T})"
    rf"|f(?:our|ive|if[tf]|ollowing(?=\s+y)|orty{L.GATE_F})|s(?:ix|even{L.GATE_S})|e(?:ight|leven{L.GATE_E})"
    rf"|n(?:ine|ext(?=\s+y){L.GATE_N})|l(?:ast(?=\s+y){L.GATE_L})|p(?:revious(?=\s+y){L.GATE_P})"
    rf"|c(?:oming(?=\s+y){L.GATE_C}){L.GATE_OTHER}"
)
# The article, and what must follow it.
ARTICLE_GATE = (r"an?", r"[\s-]+(?:t[hre]|qu|f[oi]|d[eo]|ce|hu|mi|bi|ye)")
WORD_GATE = rf"(?={WORD_GATE_WORDS}|{ARTICLE_GATE[0]}{ARTICLE_GATE[1]})"
CORE_FINDER = re.compile(
    rf"[^a-z_](?:(?<=[\d$€£])|(?=[zotfsenhdalpc{L.OTHER_STARTS}]){WORD_GATE}"
    rf"(?:{_WORDS}|{_RELATIVE_YEAR}))"
)
WORD_STARTS = frozenset("zotfsenhdalpc" + L.OTHER_STARTS)
# Letters glued before "$" ("US$", "C$") and currency codes before a number ("EUR 1.6 billion").
DOLLAR_PREFIXES = {"US": "USD", "U.S.": "USD", "C": "other", "CA": "other", "A": "other",
                   "AU": "other", "NZ": "other", "HK": "other", "S": "other"}
CODES_BEFORE = {"USD": "USD", "EUR": "EUR", "GBP": "GBP", "PLN": "other", "NOK": "other",
                "SEK": "other", "DKK": "other", "CAD": "other", "CHF": "other", "AUD": "other",
                "JPY": "other", "CNY": "other", "UAH": "other", "RUB": "other", "TRY": "other"}

# Hedges before a number, as word tuples: the hedges of the vocabulary that are written before it
# (not the post hedges "50+", "or more", "or so", nor "~", which is glued to the number).
HEDGES_MULTI = frozenset(
    tuple(hedge.split()) for hedge in HEDGES if hedge not in POST_HEDGES and hedge != "~")
HEDGE_MAX_WORDS = max(len(hedge) for hedge in HEDGES_MULTI)
HEDGE_LAST_WORDS = frozenset(hedge[-1] for hedge in HEDGES_MULTI)
# The month words the extractor reads before a number: names, abbreviations and "Sept".
MONTHS = {**MONTH_NUMBERS, **MONTH_ABBREVIATIONS, "sept": 9}
# Typed out rather than joined from MONTH_NAMES: a trie that reads each abbreviation's optional
# full stop in the same pass.
_MONTH_ALT = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
    r"Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?,?\s+(?:of\s+)?(?:{_MONTH_ALT})(?![a-z])"
                         rf"|\.?\s+(?:de\s+)?(?:{L.MONTHS_AFTER_DAY})")
GLUED_NUMBER = re.compile(
    r"(?P<time>:\d\d\b(?:\s*[ap]\.?m\.?)?|\s*[ap]\.m\.|\s*[ap]m\b"
    r"|(?<=\d\d\d\d)\s+(?:GMT|UTC|CET|CEST|EST|EDT|BST|ET)\b)"
    r"|(?P<slash>/)(?P<den>\d{1,3})(?![\d/])"
)
ONE_IN = re.compile(
    r"\s+in\s+(?:every\s+)?(?:(?P<dig>\d{1,3})(?![\d,.])|(?P<word>(?i:"
    + number_word_alternation(2, 10) + r"|twenty|hundred)))\b"
    r"(?!\s*(?:%|per\s?cent|percent|years?|months?|weeks?|days?|decades?|hours?)\b)"
)
ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d(?:T[\d:.]+Z?)?\b")
DAY_RANGE = re.compile(r"(?:\s*[-–]\s*|\s+(?:to|through|until)\s+)(\d{1,2})(?![\d,.]?\d)")
ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
DECADE = re.compile(r"'?s\b")
CALIBRE = re.compile(r"(?:-|\s)?(?:mm|millimet(?:re|er))s?\b")
# "three or four members", "drei oder vier": one rough count (read.py accepts it only so).
RANGE = re.compile(
    rf"(?P<sep>[-–]\s+to\s+|\s*[-–—]\s*|\s+to\s+|\s+and\s+"
    rf"|\s+(?:{'|'.join(OR_WORDS)})\s+)(?P<cur2>{CURRENCY_SIGN})?"
    rf"(?:(?P<dig2>{DIGITS})(?![\d])|(?<![\w-])(?i:(?P<words2>{WORD_NUMBER}{L.NUMBER_WORDS}))(?![a-z]))"
)
# British papers write "2.4pc", "3.73 pc" (Telegraph, Times, Daily Mail), Indian and wire copy
# "2.12 p.c." or "3.4 p.c": lower case only and right after the number, so "200 PCs", "50 pcs"
# and "30 PC units" (computers, pieces) stay counts.
# A unit an editor adds to a quotation in square brackets is the figure's unit: "risen by an
# unprecedented 11 [percent]", "2 [per cent] of their GDP".
PERCENT = re.compile(
    r"\s*%|\s*\[(?i:per[\s-]?cent|percent|%)\]|(?:\s+|-)?(?i:per[\s-]?cent|percent|pct|pro[czs]ent(?:[aoui]|iem)?|p[eo]r\s+cento"
    + L.PERCENT_WORDS + r")\b|\s?pc\b|\s?p\.c\b\.?"
    r"|\s+percentage\s+points?\b" + L.PERCENT_ABBREVIATIONS)
OF_GDP = re.compile(
    # "2.85% of its economic output": the wire services' word for GDP
    r"\s+of\s+(?:[\w'’.-]+\s+){0,3}?(?:GDP|(?i:gross\s+domestic\s+product|economic\s+output))\b"
    r"|\s+GDP\b"
    r"|-of-(?:GDP|gdp)\b"
    # Italian, Romanian, Portuguese, Spanish, French, German, Norwegian, Polish: "2% del PIL",
    # "2,28% din PIB", "2 Prozent des BIP", "1,28% de su PIB", "2 prosent av BNP", "4,48% PKB"
    r"|\s+(?:del|din|do|da|de|des|du|dello|ihres|seines|av)\s+(?:(?:su|sus|leur|their)\s+)?"
    r"(?:PIL|PIB|BIP|BNP|Bruttoinlandsprodukts?)\b|\s+PKB\b" + L.OF_GDP_WORDS
)
BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
AND_GAP = re.compile(r"\s+and\s+")
# "the two-percent target", "the 2% defence spending guideline": implicitly of GDP.
TARGET_AFTER = re.compile(
    r"(?:\s+|-)(?:(?:NATO|defen[cs]e|spending|military|core|GDP|alliance(?:'s|’s)?|guideline)"
    r"\s+){0,3}(?i:" + "|".join(GUIDELINE_NOUNS) + r")s?\b"
)
# "spend 2%", "spending at least 2%": the share spent is of GDP.
SPEND_BEFORE = re.compile(
    r"\b(?:spend|spends|spending|spent|invest|invests|investing" + L.SPEND_VERBS
    + r")\s+(?:just\s+|only\s+|a\s+mere\s+|a\s+(?:bit|little)\s+|slightly\s+|well\s+)?$", re.I)
# "spends 4.5% of total public spending": a share spent of another whole than the economy.
# The words before the whole are its own ("of all government"), never a preposition that starts
# what is spent on ("2% of GDP on defence spending").
OF_OTHER_SPENDING = re.compile(
    r"\s+(?:of\s+(?:(?!(?:on|for|to|in|at)\s)[\w'’-]+\s+){0,3}?"
    r"(?:spending|expenditures?|budgets?|outlays?)|" + "|".join(FOREIGN_OF_SPENDING) + r")\b",
    re.I)
POST_HEDGE = re.compile("|".join(
    re.escape(hedge) if not hedge[0].isalpha() else r"\s+" + r"\s+".join(hedge.split()) + r"\b"
    for hedge in POST_HEDGES))
YEAR_RANGE_SUFFIX = re.compile(r"[-–/](?:\d\d)(?!\d)")
# Capitalised words that may stand before a number without making it part of a name.
NOT_NAMES = frozenset(
    "In On At By For From To Of Over Under About Around Nearly Roughly Some Almost Since Until "
    "Between And But With Than Only Just All The A An Its Their This That These Those Last Next "
    "Today Yesterday Now Then Also Here There When While After Before During Another Each Every "
    "Up Down Fewer More Less Most Least Approximately Estimated Still Total Around Nearly Some "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday US U.S. UK EU Europe NATO Nato FY "
    "Allies Among Nearly Almost Both Just Another Record Roughly Over".split()
) | L.NOT_NAMES
# Words that number the thing they name: "Article 5", "Leopard 2", "Resolution 2231".
NAME_LEADERS = frozenset(
    "Article Articles Chapter Section Paragraph Resolution Phase Block Tranche Mark Mk Model Type "
    "Leopard Patriot Typhoon Exercise Operation Vision Agenda Horizon Defender Juncture Response "
    "Table Figure Chart Appendix Box Note Page "
    "Lot Batch Flight Rule Protocol Amendment Title Annex Level Stage Round Gate Room Building "
    "Route Highway Brigade Division Battalion Corps Squadron Regiment Fleet Army Group Team Unit "
    "Stryker Bradley Abrams Challenger Gripen Rafale Tornado Sentinel Aegis Iskander Kalibr "
    "Kinzhal Shahed Storm Shadow SCALP Taurus Dragon Arrow Noon Flag Strike Shield Swift Saber "
    "Steadfast Trident Anakonda Zapad BALTOPS Hedgehog Spring Iron Wolf Locked Shields".split()
)
LONG_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
ORDINAL_WORDS = frozenset("first second third fourth latter other final last".split())
# Words looked for in a window: each alternative starts with its first letter and then checks
# the word boundary before it (a look-behind), so that the regex engine finds the candidates in
# C (by that letter) instead of trying a word boundary at every character; "\bEU" is "E(?<=\bE)U".
EU_CONTEXT = re.compile(r"E(?<=\bE)(?:U|uropean\s+Union)\b")
NATO_CONTEXT = re.compile(
    r"(?:N(?<=\bN)(?:ATO|ato)|A(?<=\bA)(?:llies|llied|lliance)|a(?<=\ba)(?:llies|llied|lliance)"
    r"|g(?<=\bg)uideline|t(?<=\bt)(?:arget|hreshold)|G(?<=\bG)DP|M(?<=\bM)ember|m(?<=\bm)ember)\b")
NATO_OWNER_BEFORE = re.compile(r"\b(?:" + NATO_IN_ENGLISH + r"|[Aa]lliance|[Aa]llied)(?:'s|"
                               r"’s)?\s+(?:[a-z]+\s+)?$")
LEADING_NUMBER = re.compile(r"\d+")
# Membership sizes of the alliance since 2004 (26) to 2024 (32): with NATO named nearby, that many
# "countries" are the allies.
MEMBERSHIP_SIZES = frozenset(map(float, membership_sizes_since(2004)))
# The EU has had 27 members since 2020 (and NATO never had 27): "all 27 member states".
EU_SIZE = 27.0
# Verbs of a change that ends at a level with "to" ("grew to", "will raise that to")
CHANGE_VERBS = (
    r"grow|grows|grew|grown|rise|rises|rose|risen|increase[sd]?|"
    r"fall|falls|fell|drop\w*|shrink\w*|shrank|shrunk|climb\w*|expand\w*|cut|reduce[sd]?|"
    r"raise[sd]?|lift\w*|boost\w*|doubl\w*|tripl\w*|halv\w*"
)
# "must grow to 203,000", "will raise that to 1.5 million", "plans to double to 10,000"
_CHANGE_TO = (
    rf"^\s*,?\s*(?:[\w’']+\s+){{0,6}}?(?:{CHANGE_VERBS})\s+(?:that\s+|it\s+|them\s+|this\s+)?"
    r"to\s+$"
)
LINK_CHANGE_TO = re.compile(_CHANGE_TO)
LINK_SAME_UNIT = re.compile(
    r"^\s*,?\s*(?:(?:a|per|each|every)\s+(?:year|month|week|day)\s+)?"
    r"(?:(?:up|down|rising|falling|increasing|decreasing)\s+)?"
    r"(?:from|to|and|or(?:\s+even)?|versus|vs\.?|compared\s+(?:with|to)|against|(?:out\s+)?of|"
    r"of\s+(?:which|whom|them|those))\s+$"
    r"|^\s*,?\s*(?:[\w’']+\s+){0,3}?(?:up\s+|down\s+)?(?:from|compared\s+(?:with|to)|versus|"
    r"against|than)\s+(?:just\s+|only\s+|a\s+mere\s+)?$"
    # "..., but that is a fall from 2.6 percent": the level a change named after the figure
    # before starts from
    r"|^\s*,?\s*(?:but\s+|and\s+)?(?:that|this|it)\s+(?:is|was|marks|marked|represents|"
    r"represented)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:drop|fall|decline|decrease|rise|increase|"
    r"jump|climb)\s+from\s+$"
    r"|" + _CHANGE_TO
)
# Words that make a second percentage measure something other than the first's share of GDP.
OTHER_SHARE_WORDS = re.compile(
    r"\b(?:grow\w*|grew|rise|rises|rose|risen|increase\w*|inflation|economy|budget|of\s+which|"
    r"equipment|real|interest|unemployment|growth|cut\w*|fell|drop\w*|jump\w*|poll\w*|"
    r"survey\w*|vote\w*|turnout" + L.EQUIPMENT_WORDS + r")\b", re.I)
OTHER_SHARE_GAP = re.compile(OTHER_SHARE_WORDS.pattern + r"|%|per\s?cent", re.I)
# What a share listed by ally measures when it is not written "of GDP": the text has given a
# share of GDP before, or the sentence speaks of spending as a share of the economy.
SHARE_OF_ECONOMY = re.compile(
    rf"\b(?:GDP|gross\s+domestic\s+product|{L.GDP_ABBREVIATIONS}|"
    r"(?:share|size|percentage|proportion)\s+of\s+"
    r"(?:its\s+|their\s+|the\s+)?econom(?:y|ies)|relative\s+to\s+(?:the\s+size\s+of\s+)?"
    r"(?:its\s+|their\s+|the\s+)?econom(?:y|ies))\b" + L.SHARE_OF_ECONOMY_WORDS, re.I)
# "the U.K. (2.3 percent), Romania (2.2 percent), North Macedonia (2.1 percent)": one share per
# ally in parentheses, a ranking of allies (gdp_rules.listed_in_parentheses).
PARENTHESISED_SHARE = re.compile(
    r"\(\s*\d+(?:\.\d+)?\s*(?:%|per\s?cent)\s*\)" + L.PARENTHESISED_SHARE_FORMS, re.I)
# Words near a listed share that make it another measure (growth, a poll, equipment).
LISTED_SHARE_OTHER = re.compile(
    r"\b(?:grow\w*|grew|rise|rises|rose|risen|increase\w*|inflation|interest|unemployment|"
    r"cut\w*|fell|drop\w*|jump\w*|poll\w*|survey\w*|vote\w*|turnout|equipment|real|"
    r"of\s+which|budget\w*|tax\w*|debt|deficit" + L.EQUIPMENT_WORDS + r")\b", re.I)
LINK_OF = re.compile(
    r"^\s+(?:out\s+)?of(?:\s+(?:the|its|all|their))?(?:\s+[\w]+(?:’s|'s)|\s+[a-z]+)?\s+$")
OF_THEM = re.compile(r"\s+of\s+(?:them|those|these|which|whom)\b")
TROOP_WORDS = re.compile(r"\b(?:troops|forces|soldiers|personnel|service\s?members)\b", re.I)
SEND_BEFORE = re.compile(
    r"\b(?:send|sends|sending|sent|deploy|deploys|deploying|deployed|contribute|contributes|"
    r"contributing|contributed|station|stations|stationed|provide|provides|provided)\s+$", re.I)
YEAR_ESTIMATE = re.compile(r"e\b")
# "a decade ago": a point in time like "a year ago", not a duration.
AGO_AFTER = re.compile(r"\s+(?:ago|earlier)\b")
# "level of roughly 430,000": the count is of what the clause already counted.
LEVEL_OF = re.compile(
    r"\b(?:level|levels|total|strength|headcount|workforce|size|peak|number)\s+of\s+$")
# "leads by about 20 points in the polls": percentage points of a poll lead.
POINTS_AFTER = re.compile(r"\s+(?:percentage\s+)?points?\b")
POLL_CONTEXT = re.compile(r"\b(?:polls?|polling|survey|lead|leads|ahead|behind|approval)\b", re.I)
# "known as Quadriga 2024", "dubbed Dragon 24": the number ends a name.
NAMED_BEFORE = re.compile(
    r"\b(?:known\s+as|dubbed|called|named|code-?named|exercise|operation|drills?)\s+$", re.I)
# "71,500 regular members": members of the armed forces, not of the alliance.
FORCE_MEMBERS = re.compile(
    r"\b(?:regular|active|active-duty|reserve|uniformed|serving|military|service|crew|army|"
    r"armed)\b", re.I)
# Single words that name a unit and number it: "Panzergrenadierbataillon 122", "Brigade 45".
UNIT_NAME_ENDINGS = ("bataillon", "battalion", "brigade", "regiment", "squadron", "geschwader",
                     "flotilla", "division")
# Verbs with the particle "up" before "up to": "sign up to 5%", "ramp up to 200,000 shells".
UP_VERBS = frozenset(
    "sign signs signed signing ramp ramps ramped ramping scale scales scaled scaling step steps "
    "stepped stepping gear geared gearing move moves moved moving add adds added adding live "
    "lives lived living match matched measure measured stand stands stood own owned open opened "
    "build builds built building speed sped speeded".split())
# "five times as many", "ten times that of Russia": a multiplier.
TIMES_AFTER = re.compile(
    r"\s+times\b(?=\s+(?:as|more|less|larger|bigger|higher|greater|smaller|faster|that|those|"
    r"the|what|over|(?:expected\s+|forward\s+|annual\s+|its\s+)?(?:earnings|sales|revenues?|"
    r"profits?))\b)")
# A share of GDP that is not defence spending: "its budget deficit stands at 5.8% of GDP".
NOT_DEFENCE_GDP = words_at_end(
    r"\b(?:deficits?|debts?|borrowing|tax(?:es)?|revenues?|pensions?|health|inflation|"
    r"(?<!size\sof\s)(?<!share\sof\s)(?<!relative\sto\s)(?<!size\sof\sthe\s)"
    r"(?<!size\sof\sits\s)(?<!share\sof\sthe\s)(?<!share\sof\sits\s)economy|growth)\b[^,;.]*$")
# "1. Figures for 2024 ...": a numbered list at the start of a line.
LIST_NUMBER = re.compile(r"[.)]\s")
# "+32 2 707 50 41": a telephone number.
PHONE = re.compile(r"\+\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,}")
# "aged 18 to 27": an age, read as years.
AGE_BEFORE = re.compile(r"\b(?:aged|ages|age)\s+(?:between\s+|of\s+)?$", re.I)
# "8,000 members of the National Guard": members of a force.
FORCE_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Guard|[Aa]rmed\s+[Ff]orces|"
    r"[Aa]rmy|[Mm]ilitary|[Rr]eserves?|[Ff]orces|[Nn]avy|[Aa]ir\s+[Ff]orce|[Mm]arines|[Mm]ilitia)\b")
# "it would send a fourth": an ordinal after a verb of supplying, not the fraction.
ORDINAL_VERBS = frozenset(
    "send sends sent deliver delivers delivered add adds added buy buys bought order orders "
    "ordered build builds built open opens opened deploy deploys deployed provide provides "
    "provided give gives gave host hosts hosted hold holds held launch launches launched win "
    "wins won seek seeks sought sign signs signed field fields fielded".split())
