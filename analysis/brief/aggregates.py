"""Aggregates NATO publishes, read from how news states them (issue 9).

Each rule of :data:`AGGREGATE_RULES` names the reference key a percentage is checked under when
its sentence says so, with an example: the United States' share of all allies' defence spending
("the United States contributing $818 billion - approximately 64% of the total"), the growth of
European allies' and Canada's spending ("Members from Europe and Canada increased last year by
over 19 percent"), and the share of GDP of all allies together, named right before the figure
("more than the total (2.76%)", "all allies (2.6%)"). :func:`aggregate_subject` returns the first
rule's key and entity, else None; the brief's guards (analysis.brief.subject) still apply.

Also here, for money: a difference between two totals ("$123 billion more than in 2023") is no
level of spending (:func:`difference_not_level`), "spent $1.3 trillion on defence needs"
names defence spending, not a need for aid (:func:`defence_needs`), and "The collective outlay"
opening a sentence after one about all the allies is theirs (:func:`collective_of_allies_before`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from analysis.extract.other_languages import GDP_ABBREVIATIONS
from analysis.foreign_words import EUROPE_AND_CANADA, FOREIGN_AVERAGE_WORDS, FOREIGN_TOTAL_WORDS
from analysis.vocabulary import NATO_IN_ENGLISH

ALLIANCE = (r"(?:" + NATO_IN_ENGLISH + r"|[Aa]lliance|[Aa]llies|[Aa]llied|member\s+states|"
            r"Alleanza|alleati|"
            r"Alian[țţ]\w*|Bündnis\w*|aliados|Aliança)")
GROWTH_VERB = (r"(?:increas\w*|ros[ei]|rise[sn]?|grew|grow\w*|jump\w*|climb\w*|up|boost\w*|"
               r"rais\w*)")


@dataclass(frozen=True)
class AggregateRule:
    """A percentage read as one of NATO's aggregates when ``before`` matches the words before
    it in its sentence (up to 160 characters) and ``after`` the words after it (up to 80)."""

    name: str
    key: str
    entity: str
    low: float  # the range of values the aggregate can take
    high: float
    before: re.Pattern
    after: re.Pattern
    example: str
    figure: str


def _rule(name: str, key: str, entity: str, low: float, high: float, before: str, after: str,
          example: str, figure: str) -> AggregateRule:
    return AggregateRule(name, key, entity, low, high, re.compile(before, re.S),
                         re.compile(after, re.S), example, figure)


US = r"\b(?:United\s+States|U\.S\.|US|USA|America|Washington)\b"
# All allies together, named as such: "the total", "the NATO average", "all allies".
ALL_ALLIES_WORDS = (r"\b(?:the\s+(?:whole\s+|overall\s+)?total|all\s+(?:32\s+|31\s+|30\s+)?allies|"
                    r"(?:the\s+)?(?:NATO|alliance|allied)(?:'s|’s)?\s+average|"
                    # "the average of all nations combined": of all the allies together
                    r"[Tt]he\s+average\s+of\s+all\s+(?:the\s+)?(?:3[0-2]\s+)?(?:allies|nations|"
                    r"members|member\s+states|countries)(?:\s+combined)?|"
                    r"(?:the\s+)?alliance\s+as\s+a\s+whole|NATO\s+as\s+a\s+whole|"
                    + FOREIGN_TOTAL_WORDS + ")")
ALL_ALLIES = re.compile(ALL_ALLIES_WORDS)
# "... amounting to more than 2 per cent of their combined GDP": the group's aggregate share.
# The European allies without Canada: "European allies", "Europe's NATO members", and the same
# named after the alliance word: "NATO Allies in Europe", "members from Europe" (never the
# European Union's: "European Union countries").
EUROPEAN_ALLIES_WORDS = (
    rf"(?:\bEurope(?:an|['’]s)?\s+(?!Union\b)(?:\w+\s+){{0,2}}?(?:{ALLIANCE}|members|nations|"
    r"countries)\b|"
    rf"{ALLIANCE}\s+(?:in|from|of)\s+Europe\b|\b(?:members|nations|countries)\s+(?:in|from)\s+"
    r"Europe\b)(?![^.;]{0,40}\band\s+Canada\b)")
COMBINED_GDP_AFTER = (r"^\s*of\s+(?:their\s+|its\s+)?(?:combined|collective|aggregate|joint|"
                      r"total)\s+(?:GDP|gross\s+domestic\s+product|economic\s+output)\b")
AGGREGATE_RULES = (
    _rule("us_share_of_total", "us_share_of_nato_defence_expenditure", "", 40, 80,
          rf"{US}[^;]{{0,90}}(?:account\w*\s+for|contribut\w*|made\s+up|represent\w*|"
          # "its share of $845 billion will amount to 60.2% of the total"
          r"amount\w*\s+to)"
          r"[^;]{0,40}$",
          rf"^\s*(?:of\s+(?:the\s+)?total\b|\.?\s*(?:\w+\s+){{0,3}}(?:spending|expenditure|"
          rf"expenses|budgets?)\s+of\s+(?:the\s+)?(?:\w+\s+){{0,3}}{ALLIANCE}|"
          # "... roughly 60 percent of all allied military spending"
          rf"\s*of\s+(?:the\s+)?(?:all\s+|total\s+)?{ALLIANCE}(?:'s|’s)?\s+(?:\w+\s+){{0,2}}"
          rf"(?:spending|expenditure|expenses|budgets?)|"
          # "Washington still represents 64% of military spending in the organization"
          rf"\s*of\s+(?:\w+\s+){{0,2}}(?:spending|expenditure|expenses|budgets?)\s+(?:in|within|"
          rf"across)\s+(?:the\s+)?(?:organi[sz]ation|{ALLIANCE}))",
          "Military expenditures by NATO countries reached a record $1.303 trillion last year, "
          "with the United States contributing $818 billion - approximately 64% of the total.",
          "approximately 64%"),
    _rule("us_share_named", "us_share_of_nato_defence_expenditure", "", 40, 80,
          rf"{US}(?:['’]s?)?\s+share\s+of\s+(?:the\s+)?(?:(?:total|overall|combined|{ALLIANCE}"
          rf"(?:'s|’s)?)\s+){{0,3}}(?:defen[cs]e\s+|military\s+)?(?:spending|expenditure|"
          r"budgets?)\b[^;.%]{0,40}$", r"^",
          "The US share of total allied defence spending fell to about 64% in 2024.",
          "about 64%"),
    _rule("europe_canada_growth", "europe_canada_defence_spending_change", "Europe and Canada",
          1, 50,
          r"\b(?:Europe(?:an)?\b[^.;]{0,40}\band\s+Canada)\b[^.;]{0,60}\b" + GROWTH_VERB
          + r"\b[^.;%]{0,30}$",
          r"^(?!\s+of\s+(?:their\s+|its\s+)?GDP)",
          "According to the report, Members from Europe and Canada increased last year by "
          "over 19 percent.", "over 19 percent"),
    # "an unprecedented rise of 11% across European Allies and Canada": the group named after
    # the growth it had
    _rule("europe_canada_growth_across", "europe_canada_defence_spending_change",
          "Europe and Canada", 1, 50, r"\b" + GROWTH_VERB + r"\s+of\s+(?:about\s+|around\s+|"
          r"roughly\s+|some\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?$",
          r"^\s+(?:across|among|for|in)\s+(?:the\s+)?(?:all\s+)?Europe(?:an)?\s+(?:\w+\s+)?"
          r"(?:Allies|allies|members|nations|countries)\s+and\s+Canada\b",
          "Last year brought a rise of 9% across European allies and Canada.", "9%"),
    _rule("europe_canada_combined_share", "europe_canada_defence_share_gdp", "Europe and Canada",
          0.5, 5, r"\bEurope(?:an|['’]s)?\b[^.;]{0,40}\band\s+Canada\b[^.;%]{0,100}$",
          COMBINED_GDP_AFTER,
          "European allies and Canada will spend 2.02% of their combined GDP this year.",
          "2.02%"),
    _rule("europe_combined_share", "nato_europe_defence_share_gdp", "Europe", 0.5, 5,
          rf"(?:{EUROPEAN_ALLIES_WORDS})[^.;%]{{0,120}}$", COMBINED_GDP_AFTER,
          "Europe's allies will together spend $380 billion, amounting to 2% of their combined "
          "GDP.", "2%"),
    # "European NATO members will invest an average of 2% of their annual GDP": the group's
    # average, its combined share
    _rule("europe_average_share", "nato_europe_defence_share_gdp", "Europe", 0.5, 5,
          rf"(?:{EUROPEAN_ALLIES_WORDS})[^.;%]{{0,80}}\b(?:an|the|their)\s+average\s+of\s+$",
          r"^\s*of\s+(?:their|its)\s+(?:annual\s+|yearly\s+|combined\s+)?(?:GDP|gross\s+"
          r"domestic\s+product|economic\s+output)\b",
          "NATO's European members will spend an average of 2.1% of their GDP this year.",
          "2.1%"),
    # "while the alliance as a whole will spend $1.47tn, or 2.71% of combined GDP"
    _rule("total_combined_share", "nato_total_defence_share_gdp", "", 1, 5,
          rf"{ALL_ALLIES_WORDS}(?:[^.;%]|\.\d){{0,80}}$", COMBINED_GDP_AFTER,
          "Europe will spend $507bn, while the alliance as a whole will spend $1.47tn, or 2.71% "
          "of combined GDP.", "2.71%"),
    _rule("total_in_parentheses", "nato_total_defence_share_gdp", "", 1, 5,
          rf"{ALL_ALLIES_WORDS}\s*\(\s*$", r"^\s*\)",
          "The share is below the average of the European allies and Canada (2.27%) and even "
          "more than the total (2.76%), which includes the United States.", "2.76%"),
    # an ally's share set against its group's average, in brackets: of GDP, as the total's
    _rule("europe_canada_average_in_parentheses", "europe_canada_defence_share_gdp",
          "Europe and Canada", 0.5, 5, rf"\b(?:average|{FOREIGN_AVERAGE_WORDS})\s+(?:of\s+)?"
          rf"[^.;()%]{{0,20}}?{EUROPE_AND_CANADA}\s*\(\s*$", r"^\s*\)",
          "The share is below the average of the European allies and Canada (2.27%).", "2.27%"),
    _rule("total_stands_at", "nato_total_defence_share_gdp", "", 1, 5,
          rf"{ALL_ALLIES_WORDS}\s+(?:rises|rose|stands|stood|is|was|reaches|reached|comes|came)\s+"
          r"(?:to\s+|at\s+)?(?:about\s+|around\s+|roughly\s+)?$", r"^(?!\s+of\s+the\b)",
          "Following Poland, Estonia and the United States are the next highest spenders in "
          "relation to their GDP; the NATO average stands at 2.71 percent.", "2.71 percent"),
)

# Rules naming no GDP themselves: a bare "%" is a share of GDP only near "GDP" ("PIB").
READ_AFTER_A_GDP_WORD = ("total_in_parentheses", "total_stands_at",
                         "europe_canada_average_in_parentheses")


# "NATO Allies in Europe will invest a combined total of $380 billion. For the first time, this
# amounts to 2% of their combined GDP": "their" points back to the group the sentence before
# names when the figure's sentence names none before it. Each: (rule name, the group in the
# sentence before, an example of the two sentences, the figure).
GROUPS_REFERRED_BACK = (
    ("europe_canada_combined_share", re.compile(r"\bEurope(?:an|['’]s)?\b[^.;]{0,40}\band\s+"
                                                r"Canada\b"),
     "European allies and Canada will spend $507 billion this year. That is 2.02% of their "
     "combined GDP.", "2.02%"),
    ("europe_combined_share", re.compile(EUROPEAN_ALLIES_WORDS),
     "In 2024, NATO allies in Europe will spend $380 billion. This amounts to 2% of their "
     "combined GDP.", "2%"),
)
GROUP_NAMED = re.compile(rf"{ALLIANCE}|\b(?:Europe\w*|Canad\w*|members|nations|countries)\b|{US}")


def group_referred_back(rule: AggregateRule, before: str, previous_sentence: str) -> bool:
    """Whether the figure's "their combined GDP" is the group of ``rule`` named by the sentence
    before, its own sentence naming no group before it."""
    return rule.after.pattern == COMBINED_GDP_AFTER and not GROUP_NAMED.search(before) and any(
        name == rule.name and group.search(previous_sentence)
        for name, group, _, _ in GROUPS_REFERRED_BACK)


def aggregate_subject(unit: object, value: float, sentence: str, at: int,
                      surface: str, previous_sentence: str = "") -> tuple[str, str, str] | None:
    """(key, entity, how it was read) of the first aggregate rule the figure's sentence
    matches, else None."""
    if unit not in ("percent", "percent_gdp") or at < 0 or not surface:
        return None
    before = sentence[max(0, at - 160):at]
    after = sentence[at + len(surface):at + len(surface) + 80]
    for rule in AGGREGATE_RULES:
        if rule.low <= value <= rule.high and rule.after.search(after) and (
                rule.before.search(before) or group_referred_back(rule, before,
                                                                  previous_sentence)):
            if rule.name in READ_AFTER_A_GDP_WORD and unit != "percent_gdp" and \
                    not GDP_WORD.search(f"{previous_sentence} {sentence}"):
                continue  # "the total rises to 2.76%" is a share of GDP only after "of GDP"
            return rule.key, rule.entity, f"inferred, {rule.name.replace('_', ' ')}"
    return None


GDP_WORD = re.compile(r"\b(?:GDP|gross\s+domestic\s+product|econom(?:y|ies)|"
                      + GDP_ABBREVIATIONS + r")\b", re.I)


# "$123 billion more than in 2023", "$50 billion higher than last year": a difference.
DIFFERENCE_AFTER = re.compile(r"^\s*(?:more|less|higher|lower|fewer)\s+than\b", re.I)


# "(+17 tys. personelu)", "Turkey's army grew most (+17,000)": a number written with its plus
# sign is a change in any language, not a level.
PLUS_SIGN_BEFORE = re.compile(r"\+\s?$")


def difference_not_level(sentence: str, at: int, surface: str) -> str:
    """Why a money figure or an ally's count is a difference between two totals or a change
    written with its plus sign, not a level, else ''."""
    if at >= 0 and DIFFERENCE_AFTER.search(sentence[at + len(surface):at + len(surface) + 20]):
        return "a difference between two totals ('more than'), not a level of spending"
    if at >= 0 and PLUS_SIGN_BEFORE.search(sentence[max(0, at - 2):at]):
        return "a change written with its plus sign, not a level"
    return ""


# "spent more than $1.3 trillion on defense needs": the needs are defence's, not aid.
DEFENCE_NEEDS = re.compile(r"\b(?:defen[cs]e|military|security)\s+needs\b", re.I)


def defence_needs(sentence: str, why: str) -> bool:
    """True when ``why`` (a money figure read as aid for the word 'needs') is defence needs."""
    return "('needs')" in why and bool(DEFENCE_NEEDS.search(sentence))


# "NATO released new figures showing that all 32 member states are on course ... The collective
# outlay is projected to top $1.5 trillion": a sentence opening with a collective spending noun
# sums up the allies the sentence before named (not a group of them: "European allies").
COLLECTIVE_OPENING = re.compile(
    r"^\s*(?:The|Their)\s+(?:collective|combined|total|overall|joint|aggregate)\s+"
    r"(?:defen[cs]e\s+|military\s+)?(?:outlays?|spending|expenditures?|budgets?)\b")
SOME_ALLIES = re.compile(r"\b(?:Europe\w*|Canad\w*|Baltic|Nordic|eastern|flank|United\s+States|"
                         r"U\.S\.|America\w*)\b", re.I)


def collective_of_allies_before(sentence: str, at: int, previous_sentence: str) -> bool:
    """True when the sentence of the money figure at ``at`` opens with a collective spending noun
    ("The collective outlay") and the sentence before names the allies, not a group of them."""
    return at >= 0 and COLLECTIVE_OPENING.match(sentence[:at]) is not None and \
        re.search(rf"\b{ALLIANCE}", previous_sentence) is not None and \
        not SOME_ALLIES.search(previous_sentence)
