"""Whether a figure measures the same quantity as NATO's numbers: the like-for-like guards.

:mod:`analysis.brief.subject` maps a figure onto a reference key; the guards here say when it must
not be compared although its unit matches (issue 9): aid to Ukraine is not an ally's defence
spending, one contract is not NATO's total of contracts, one country's troops are a part of an
exercise's total, a country's plan is not a measured share, and a share whose owner the sentence
does not name belongs to nobody. Each guard returns the reason the figure is not compared, shown
in the brief with the nearest NATO figure. The word lists are in :mod:`analysis.vocabulary`.
"""

from __future__ import annotations

import re

from analysis.vocabulary import (
    AID_WORDS,
    CONSTANT_PRICE_WORDS,
    CURRENT_PRICE_WORDS,
    FOREIGN_DEFENCE_STEMS,
    GUIDELINE_NOUNS,
    NATIONAL_SOURCE_WORDS,
    NATIONALITIES,
    NON_ALLY_COUNTRIES,
    PART_OF_VEHICLES,
    PLAN_WORDS,
    STANDING_FORCE_WORDS,
)


def _words(words: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # Whole words; a word list entry ending in a stem ("donat") matches its longer forms.
    return re.compile(r"(?<![\w])(?:" + "|".join(
        re.escape(w) + (r"\w*" if w in ("donat",) else r"(?![\w])") for w in
        sorted(words, key=len, reverse=True)) + ")", flags)


AID = _words(AID_WORDS)
NON_ALLY = _words(NON_ALLY_COUNTRIES, 0)
PLAN = _words(PLAN_WORDS)
CONSTANT_PRICES = _words(CONSTANT_PRICE_WORDS)
CURRENT_PRICES = _words(CURRENT_PRICE_WORDS)
NATIONALITY = _words(NATIONALITIES, 0)
PART_VEHICLES = _words(PART_OF_VEHICLES)
STANDING_FORCE = _words(STANDING_FORCE_WORDS)
SPENDING = re.compile(
    r"\b(?:spend\w*|spent|invest\w*|budgets?|expenditures?|outlays?|allocat\w*)\b", re.I)
DEFENCE = re.compile(r"\b(?:defen[cs]e|military|armed\s+forces|armies)\b|\b(?:"
                     + "|".join(FOREIGN_DEFENCE_STEMS) + r")\w*", re.I)
# NATO's agreed contracts as a whole ("NATO has agreed contracts worth", "contracts signed by
# NATO"), not one contract or order.
NATO_CONTRACTS = re.compile(
    r"\b(?:NATO|Nato|[Aa]llies|[Aa]lliance)\b[^.;]{0,40}\bcontracts\b|\bcontracts\b[^.;]{0,40}"
    r"\b(?:by|through|via)\s+(?:the\s+)?(?:NATO|Nato|NSPA|[Aa]lliance)\b")
ONE_CONTRACT = re.compile(r"\b(?:a|one|the|its|this|that|new)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:contract|deal|order|purchase)\b", re.I)
BY_YEAR_AFTER = re.compile(r"^[^.;]{0,30}?\b(?:by|until|in)\s+(?:20[3-9]\d)\b", re.I)
CLAUSE_BREAK = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|which)\b|\.\s")


def clause_before(sentence: str, at: int, width: int = 90) -> str:
    """The words of the figure's clause before it (``at``: where the figure starts)."""
    if at < 0:
        return ""
    start = max(0, at - width)
    piece = sentence[start:at]
    breaks = list(CLAUSE_BREAK.finditer(piece))
    return piece[breaks[-1].end():] if breaks else piece


def clause_around(sentence: str, at: int, surface: str, width: int = 60) -> str:
    """The figure's clause from ``width`` characters before it to ``width`` after it."""
    if at < 0:
        return sentence
    after = sentence[at + len(surface):at + len(surface) + width]
    cut = CLAUSE_BREAK.search(after)
    return clause_before(sentence, at, width) + surface + (after[:cut.start()] if cut else after)


def for_partner(sentence: str, at: int, surface: str) -> str:
    """Why money is for or about a partner, or aid, or a fund, else ''."""
    around = clause_around(sentence, at, surface)
    found = NON_ALLY.search(around) or AID.search(around)
    if found:
        return (f"money for or about a partner or a fund ('{found.group()}'), not an ally's "
                "defence spending")
    return ""


def money_not_spending(sentence: str, at: int, surface: str) -> str:
    """Why a money figure is not an ally's or the alliance's defence spending, else ''."""
    around = clause_around(sentence, at, surface)
    partner = for_partner(sentence, at, surface)
    if partner:
        return partner
    if re.search(r"\bcontracts?\b|\bdeals?\b|\borders?\b|\bpurchases?\b", around, re.I):
        return ""  # decided by contract_not_total
    if not (SPENDING.search(around) or DEFENCE.search(around)
            or _spending_named_before(sentence, at)):
        return "the sentence does not say this money is defence spending"
    return ""


# Money that takes its meaning from earlier in the sentence: an ally's total in a list ("behind
# the US ($968 billion), Germany ($98 billion)"), a relative clause ("NATO's total defense
# budget, which exceeds $1.66 trillion") or a with-clause ("Combined allied outlays are nearing
# 1.6 trillion, with European members and Canada rising to an estimated $559 billion").
REFERS_BACK = re.compile(
    r"(?:\w\s*\(\s*|,\s+which\s+(?:\w+\s+){0,2}|,\s+with\s+[^,;()]{0,60}\s)$")


def _spending_named_before(sentence: str, at: int) -> bool:
    before = referred_to(sentence, at)
    return bool(SPENDING.search(before) or DEFENCE.search(before))


def referred_to(sentence: str, at: int) -> str:
    """The sentence before a figure that refers back to it (see ``REFERS_BACK``), else ''."""
    before = sentence[:at] if at >= 0 else ""
    return before if REFERS_BACK.search(before) else ""


def contract_not_total(sentence: str, at: int, surface: str) -> str:
    """Why a contract value is not NATO's total of agreed contracts, else ''."""
    around = clause_around(sentence, at, surface, 80)
    if NATO_CONTRACTS.search(around) and not ONE_CONTRACT.search(around):
        return ""
    return "one contract or order, not the total of contracts NATO agreed"


# "Poland is forecast to be the biggest spender on 4.12 percent": NATO's own estimate of the
# current year is a forecast too, so these words leave a share comparable, to agree only.
ESTIMATE_WORDS = ("forecast", "expected", "projected", "estimated")


def forecast_word(sentence: str, at: int, surface: str) -> str:
    """The estimate word ("forecast") when it is the only plan word of the figure's clause and
    no later year follows the figure, else ''."""
    words = [m.group().lower() for m in PLAN.finditer(clause_before(sentence, at, 70))]
    after = sentence[at + len(surface):] if at >= 0 else ""
    if words and set(words) <= set(ESTIMATE_WORDS) and not BY_YEAR_AFTER.search(after):
        return words[0]
    return ""


# "Spain was among eight nations still falling short of the spending goal, contributing about
# 1.3 percent of its GDP", "Greece, which has long exceeded the target, spent 3.08%": the
# share's own piece, after the comma, says what was spent; the goal before it is another's.
SPENT_PIECE = re.compile(r",\s+(?:contributing|spending|allocating|devoting|investing|"
                         r"putting|with|spent|spends|allocated|allocates|devoted|devotes|"
                         r"invested|invests)\b[^,]*$", re.I)


# "Turkiye is just above NATO's 2 per cent target at 2.09 per cent": the target is the
# guideline's, named with its value, not the plan of the share after it.
GUIDELINE_PHRASE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:%|per\s?cent|percent)\s+(?:[\w-]+\s+)?(?:target|goal|guideline|"
    r"benchmark|threshold|pledge)s?\b", re.I)


def share_is_plan(sentence: str, at: int, surface: str) -> str:
    """Why a share of GDP is a plan or goal, not a measured share, else ''."""
    before = clause_before(sentence, at, 70)
    if forecast_word(sentence, at, surface):
        return ""
    own = SPENT_PIECE.search(before)
    before = GUIDELINE_PHRASE.sub(" ", own.group() if own else before)
    found = PLAN.search(before)
    if found:
        return f"a plan or goal ('{found.group()}'), not a share NATO measured"
    after = sentence[at + len(surface):] if at >= 0 else ""
    if BY_YEAR_AFTER.search(after):
        return "a goal for a later year, not a share NATO measured"
    return ""


NATIONAL_SOURCE = _words(NATIONAL_SOURCE_WORDS)
NATO_NAMED = re.compile(r"\b(?:NATO|Nato|OTAN|[Aa]lliance)\b")


def national_figure(sentence: str, at: int, surface: str) -> str:
    """Why a share of GDP is a government's own figure, not NATO's estimate, else '': its
    clause names a ministry or government as the spender ("Romania's Defence Ministry spent
    some 2.26% of GDP") and the sentence does not name NATO."""
    if at < 0 or NATO_NAMED.search(sentence):
        return ""
    found = NATIONAL_SOURCE.search(clause_before(sentence, at, 90)) or \
        NATIONAL_ATTRIBUTION.search(sentence[at + len(surface):])
    if found:
        return (f"a government's own figure ('{found.group()}'), not NATO's estimate")
    return ""


# "Estonia allocates about 3.3% of its GDP to defense, according to national broadcaster ERR",
# "..., the defence ministry said": a national source named after the figure.
NATIONAL_ATTRIBUTION = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:national|state|public)\s+\w+|"
    r"(?:defen[cs]e\s+)?(?:ministry|minister|government|cabinet|treasury))\b", re.I)


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
    return ""


# "just below the NATO average of 2.11 per cent": a mean of allies, not the sentence's ally's.
AVERAGE_OF_ALLIES = re.compile(r"(?:\b(?:NATO|Nato|alliance|allied|allies['’]?|members['’]?)\s+"
                               r"(?:\w+\s+)?average|\baverage\s+(?:of\s+|for\s+)(?:the\s+)?"
                               r"(?:NATO|Nato|alliance|allies|members))\s+(?:of\s+|at\s+|is\s+|was\s+)?"
                               r"(?:about\s+|around\s+|roughly\s+)?$", re.I)


# A level several allies pass, not one's share: "Other members spending more than 3 percent
# include Estonia, Norway, the United States and Denmark", "Poland, Lithuania and Estonia
# allocated more than 3 percent of GDP", "the only ally above the 4-percent mark".
LOWER_BOUND_BEFORE = re.compile(r"\b(?:more\s+than|over|above|beyond|in\s+excess\s+of)\s+$", re.I)
PLURAL_OWNERS = re.compile(r"\b(?:members|countries|allies|nations|states|economies)\b", re.I)
MARK_AFTER = re.compile(r"^\s*(?:of\s+GDP\s+)?(?:mark|threshold|line|bar|level)\b", re.I)


def threshold_of_several(sentence: str, at: int, surface: str, find_ally) -> str:
    """Why a share is a level several allies pass or a mark, not one ally's share, else ''."""
    if at < 0:
        return ""
    if MARK_AFTER.search(sentence[at + len(surface):]) or re.search(r"-?\s*mark\b", surface):
        return "a mark allies are measured against, not a share of its own"
    before = sentence[max(0, at - 60):at]
    lower = LOWER_BOUND_BEFORE.search(before) or re.match(
        r"(?:more\s+than|over|above)\b", surface, re.I)
    if not lower:
        return ""
    own = re.split(r"[;:]", sentence[:at])[-1] + surface + \
        re.split(r"[;:.]", sentence[at + len(surface):])[0]
    allies = {find_ally(piece) for piece in re.split(r",|\band\b", own)} - {None}
    if PLURAL_OWNERS.search(own) or len(allies) >= 2:
        return "a level several allies pass, not one ally's share"
    return ""


ALLIES_AND_ONE = re.compile(r"\b(?:allies|allied\s+nations|members|nations)\s+(?:and|plus)\s+"
                            r"[A-Z]\w+", re.I)


def part_of_exercise(sentence: str, at: int, surface: str, ally: str | None,
                     find_ally=None) -> str:
    """Why a count is one country's or one kind's part of an exercise's total, else ''.
    ``find_ally``: :func:`analysis.brief.ally_names.find_ally`, for an ally the figure's clause
    names in its own words ("while Britain contributes 20,000")."""
    if PART_VEHICLES.search(surface):
        return f"one kind of equipment ('{surface}'), not the exercise's total"
    around = clause_around(sentence, at, surface, 40)
    standing = STANDING_FORCE.search(clause_before(sentence, at, 90))
    if standing:
        return f"standing forces ('{standing.group()}'), not an exercise's participants"
    nation = NATIONALITY.search(surface) or NATIONALITY.search(around)
    if nation:
        return f"one country's contribution ('{nation.group()}'), not the exercise's total"
    # "from all 31 allies and Sweden, more than 50 ships": Sweden is among the whole's nations
    clause = ALLIES_AND_ONE.sub(" ", clause_before(sentence, at, 150))
    if ally and re.search(re.escape(ally.split()[0]), clause):
        return f"one country's contribution ({ally}), not the exercise's total"
    named = find_ally(clause) if find_ally else None
    if named:
        return f"one country's contribution ({named}), not the exercise's total"
    return ""


def stated_price_basis(sentence: str, at: int = -1, surface: str = "") -> str:
    """'constant2015', 'current' or '' when the figure's clause does not say ("USD 486 billion,
    a 19.4% increase in real terms" states the basis of the increase, not of the money)."""
    if not surface or at < 0:
        clause = sentence
    else:
        clause = clause_before(sentence, at, 80) + sentence[at:].split(",")[0]
    if CONSTANT_PRICES.search(clause):
        return "constant2015"
    if CURRENT_PRICES.search(clause):
        return "current"
    return ""


YEARS_AGO = re.compile(r"\b(?:\w+|\d+)\s+(?:years?|decades?)\s+ago\b|\ba\s+decade\s+ago\b", re.I)
CHANGE_FROM_YEAR = re.compile(r"\b(?:from|over|compared\s+(?:with|to)|than\s+in|versus|on)\s+"
                              r"(?:the\s+previous\s+year\s+)?(20\d\d)\b", re.I)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
IN_MONTH = re.compile(r"\b(?:in|by|as\s+of|until)\s+(" + "|".join(MONTHS) + r")\b"
                      r"(?!\s+\d)(?:\s+(?:this|last)\s+year)?", re.I)


def month_named(sentence: str) -> int | None:
    """The month "In February this year, 18 allies ..." speaks of (1-12), else None."""
    found = IN_MONTH.search(sentence)
    return MONTHS.index(found.group(1).lower()) + 1 if found else None


# Counts of allies, guideline names and thresholds near a figure (analysis.brief.subject).
COUNT_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty[-\w]*|"
    r"thirty[-\w]*|all|majority|most|half|many|few)\s+(?:[\w-]+\s+){0,2}(?:allies|members|"
    r"member\s+states|countries|"
    r"nations)\b[^.;]{0,50}$", re.IGNORECASE)

GUIDELINE_NOUN = "(?:" + "|".join(GUIDELINE_NOUNS) + ")"
TARGET_NEXT = re.compile(rf"{GUIDELINE_NOUN}s?\s+(?:of|at|to\s+spend)\s+(?:at\s+least\s+|"
                         rf"about\s+)?$|^\s*(?:of\s+GDP\s+)?(?:\w+\s+){{0,2}}{GUIDELINE_NOUN}s?\b",
                         re.IGNORECASE)

# The guideline restated as what allies promised: "NATO defense ministers pledged to spend at
# least 2 percent of their gross domestic product", "members agreed last year to spend at least".
PLEDGED_TO_SPEND = re.compile(
    r"\b(?:pledg|commit|agree|promis|vow|undert[ao]ok|oblig)\w*\s+(?:[\w-]+\s+){0,3}?to\s+"
    # "agreed to move towards spending at least 2 per cent": the pledge's way there
    r"(?:(?:move|work|head|aim)\s+(?:towards?|for)\s+)?"
    r"(?:spend|allocate|devote|invest|earmark|dedicate)\w*\s+(?:at\s+least\s+|a\s+minimum\s+of\s+)?$",
    re.IGNORECASE)

COUNT_KEY = "allies_meeting_2pct_guideline"
THRESHOLD_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:over|above|more\s+than|at\s+least|exceed\w*|"
                             r"surpass\w*|beyond)?\s*(\d+(?:\.\d+)?)\s*(?:%|per\s?cent|percent)",
                             re.IGNORECASE)


def owner_of(sentence: str, at: int, entity_text: str, find_ally,
             surface: str = "") -> str | None:
    """The ally a figure is about: named before it in its comma-delimited segment, else the
    first named after it in the sentence, else the nearest before ("the U.S. Ambassador to
    Prague, with spending at 1.8% of GDP, Czechia risks ..." is Czechia's share).
    ``find_ally(text, near)`` is :func:`analysis.brief.ally_names.find_ally`."""
    if at < 0:
        return find_ally(entity_text) or find_ally(sentence)
    # "the U.S. Ambassador", "U.S. President Donald Trump": a person's country, not the owner.
    sentence = TITLED.sub(lambda m: " " * len(m.group()), sentence)
    segment = re.split(r"[,;:]", sentence[:at])[-1]
    found = find_ally(segment, len(segment)) or ally_named_right_after(
        sentence, at, surface, find_ally) or find_ally(sentence[:at], at)
    if found or re.search(r"\b(?:NATO|Nato|[Aa]lliance|[Aa]llies|[Aa]llied)\b", segment):
        return found  # "Total NATO military expenditure reached $1.3 trillion": nobody's own
    return find_ally(sentence[at:], 0) or find_ally(entity_text)


# "between 1.28%, like Spain, ... and 1.81%, like Croatia": the ally named right after its
# figure, when the figure's own clause names none before it.
# "the 3.92% of GDP Poland spent on defence last year": the owner as the subject of a clause
# right after "of GDP".
NAMED_RIGHT_AFTER = re.compile(r"^\)?\s*(?:of\s+(?:its\s+)?GDP\s*)?(?:(?:,\s*|\(\s*|\s+)(?:like|"
                               r"such\s+as|as\s+in|for|in|by)\s+(?:the\s+)?|(?<=GDP)\s+"
                               r"(?=[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:spent|spends|spend|invested|"
                               r"allocated|devoted)\b))", re.I)


def ally_named_right_after(sentence: str, at: int, surface: str, find_ally) -> str | None:
    """The ally named right after a figure ("1.81%, like Croatia"), else None."""
    rest = sentence[at + len(surface):] if at >= 0 and surface else ""
    named_after = NAMED_RIGHT_AFTER.match(rest)
    if not named_after:
        return None
    words = re.match(r"[\w.]+(?:\s+[A-Z][\w.]*){0,2}", rest[named_after.end():])
    return find_ally(words.group()) if words else None


TITLED = re.compile(r"\S+(?=\s+(?:Ambassador|President|Prime\s+Minister|Minister|Secretary|"
                    r"Chancellor|envoy|officials?|Senator|lawmakers?|General|Gen\.)\b)")


# Figures that may confirm NATO's value but are too loosely worded to dispute it: the brief
# leaves them unmatched when they differ (the marker ends Subject.how).
AGREE_ONLY = "compared only to agree"


# "According to NATO estimates, ...", "NATO figures show ...", "..., NATO said": NATO as the
# source of a figure, not as its owner.
NATO_AS_SOURCE = re.compile(
    r"\baccording\s+to\s+(?:the\s+)?(?:latest\s+|new\s+)?(?:NATO|Nato|alliance)(?:['’]s)?"
    r"(?:\s+(?:latest\s+|new\s+|own\s+)?(?:estimates?|figures|data|report|projections?))?|"
    r"\b(?:NATO|Nato)(?:['’]s)?\s+(?:latest\s+|new\s+|own\s+)?(?:estimates?|figures|data|report|"
    r"projections?)\s+(?:show\w*|put\w*|suggest\w*|indicat\w*)|\b(?:NATO|Nato)\s+(?:said|says|"
    r"reported)\b")


def without_nato_source(sentence: str) -> str:
    """``sentence`` with the phrases naming NATO as a source blanked out."""
    return NATO_AS_SOURCE.sub(" ", sentence)
