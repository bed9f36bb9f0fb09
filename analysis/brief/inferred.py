"""The subject of a figure the extractor did not label, inferred from its unit and its sentence:
allies at the guideline, exercise participants and personnel, shares of GDP, money totals
(:func:`inferred`, the last reading of :func:`analysis.brief.subject.classify`)."""

from __future__ import annotations

import re

from analysis.brief import counts, scope, share_guards
from analysis.brief import subject_words as words
from analysis.brief.ally_names import find_ally, without_allies_in_apposition
from analysis.brief.anaphora import (
    NOUN_REFERS_BACK,
    ally_of_budget_share,
    ally_share_before,
)
from analysis.brief.clues import Clues, Subject
from analysis.brief.count_guards import level_counted
from analysis.brief.exercise_dates import equipment_key, participants_key
from analysis.brief.foreign_counts import MUST, PLEDGED
from analysis.brief.money_lists import earlier_amount_start
from analysis.brief.owner import AGGREGATE_OWNER, forces_by_nationality, owner_in_segment
from analysis.brief.spending_government import (
    CAPITAL_AS_OWNER,
    GOVERNMENT_SPENDS,
    ally_of_capital_subject,
    ally_of_spending_government,
)
from analysis.brief.subject_phrases import without_nato_source
from analysis.extract.guideline_reading import meets_named_target, names_target
from analysis.extract.patterns import TROOP_WORDS
from analysis.vocabulary import MONEY_UNITS, SURE_GUIDELINE_NOUNS, TAKING_PART

NATO_SOURCE_ONLY = f"NATO named only as the source, {scope.AGREE_ONLY}"
DEPLOYMENT = "troops sent or stationed somewhere, not an ally's whole armed forces"
MANY_NATIONS = "troops of many nations, not one ally's armed forces"
FORCES_BY_NATIONALITY = f"an ally's armed forces named by their adjective, {scope.AGREE_ONLY}"
PEOPLE_TAKING_PART = f"the people taking part in the exercise, {scope.AGREE_ONLY}"


def inferred(clues: Clues) -> Subject:
    unit, ally = clues.unit, clues.ally or ""
    if unit == "count" and (personnel_listed(clues) or personnel_numbered(clues)):
        unit = "troops"
    if unit == "allies":
        return _allies_subject(clues)
    if unit == "countries" and clues.is_exercise:
        return Subject("exercise_participating_nations", clues.exercise, "inferred")
    if unit == "people" and clues.is_exercise and clues.at >= 0 and (
            TAKING_PART.search(clues.after(40))
            or words.MANY_NATIONS_AFTER.search(clues.after(60))):
        # "Up to 10,000 people will take part in the exercise", "bringing together about 10,000
        # people from 25 countries": its personnel, civilians or not
        return Subject("exercise_personnel", clues.exercise, f"inferred, {PEOPLE_TAKING_PART}")
    if unit == "troops":
        if clues.is_exercise:
            return Subject("exercise_personnel", clues.exercise, "inferred")
        if clues.at >= 0 and words.MANY_NATIONS_AFTER.search(clues.after(60)):
            # troops of many nations are a multinational force: the exercise the article
            # names (its headline), to agree only; else no ally's armed forces
            if clues.exercise:
                return Subject("exercise_personnel", clues.exercise,
                               f"inferred, {MANY_NATIONS}, {scope.AGREE_ONLY}")
            return Subject("troops", "", "inferred", MANY_NATIONS)
        if deployed(clues):
            return Subject("troops", "", "inferred", DEPLOYMENT)
        named = forces_by_nationality(clues.sentence, clues.at)
        if named:
            # a deployment is sized the same way ("The German army has 5,000 troops in ..."):
            # the whole force's size may agree, never differ; the force named right before
            # the figure owns it, not an ally named earlier ("Following Poland are the French
            # armed forces with 204,700 personnel")
            return Subject("ally_personnel", named, f"inferred, {FORCES_BY_NATIONALITY}")
        return Subject("ally_personnel" if ally else "troops", ally, "inferred")
    if unit == "count" and clues.is_exercise:
        # its noun ("more than 50 naval assets"), or the extractor's: "80 fighter jets"
        key = equipment_key(clues.surface, clues.after(40)) or (
            f"exercise_{clues.metric_name}" if clues.metric_name in (
                "ships", "aircraft", "vehicles") else None)
        key = key or participants_key(clues.surface, clues.after(60))
        if key:
            return Subject(key, clues.exercise, "inferred")
    if unit in ("percent_gdp", "percent"):
        return _share_subject(clues)
    if unit in MONEY_UNITS:
        return _money_subject(clues)
    return Subject(clues.metric_name or str(unit or "other"), ally, "inferred")


# "Among the countries whose army number exceeds 100 thousand military personnel are France
# (204.7 thousand), Germany (185.6 thousand)": bare numbers as allies' items of a list of
# personnel, headed in the sentence or (a list cut in two) the one before.
ARMY_WORDS = re.compile(r"\b(?:arm(?:y|ies)|armed\s+forces)\b", re.I)


def personnel_listed(clues: Clues) -> bool:
    """True when a bare count of at least a thousand is an ally's item "Ally (N)" of a list
    whose heading, before the first item, names troops or an army; no money or share is in
    the sentence."""
    if not clues.listed or clues.value < 1000 or clues.at < 0 or \
            re.search(r"[%$€£]|\b(?:USD|EUR|dollars|euros|per\s?cent|GDP)\b", clues.sentence):
        return False
    first_item = clues.sentence.find("(")
    heading = clues.sentence[:first_item] if 0 <= first_item <= clues.at else ""
    if re.match(r"\s*[a-z)]", clues.sentence):
        heading = clues.previous_sentence  # "thousand) Spain (117.4 thousand)": cut in two
    return bool(TROOP_WORDS.search(heading) or ARMY_WORDS.search(heading))


# "Military personnel in Greece will total 110,800 this year", "The armed forces of Greece number
# some 110,800": a count of at least a thousand that a clause on troops or an army says it
# numbers is their size, though no noun follows it.
SIZE_OF_FORCES_BEFORE = re.compile(
    rf"(?:{TROOP_WORDS.pattern}|{ARMY_WORDS.pattern})[^.;:,%$€£]{{0,40}}?"
    r"\b(?:numbers?|numbered|totals?|totall?ed|stands?\s+at|stood\s+at|amounts?\s+to|"
    r"amounted\s+to)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|"
    r"over\s+|more\s+than\s+)?$", re.I)


def personnel_numbered(clues: Clues) -> bool:
    """True when a bare count of at least a thousand is what troops or an army, named in its
    clause before it, number ("Military personnel in Greece will total 110,800")."""
    return clues.value >= 1000 and clues.at >= 0 and bool(
        SIZE_OF_FORCES_BEFORE.search(scope.clause_before(clues.sentence, clues.at, 90)))


def deployed(clues: Clues) -> bool:
    """Troops sent or stationed somewhere ("5,000 troops in Lithuania"), not a whole force."""
    if clues.at < 0:
        return False
    return bool(words.DEPLOYED_AFTER.search(clues.after(60))
                or words.DEPLOYED_BEFORE.search(clues.sentence[max(0, clues.at - 60):clues.at]))


def at_another_threshold(clues: Clues) -> Subject | None:
    """"Five member states will spend over 3% of their GDP", "the number of allies above 3% rose
    to five", "Three NATO countries: Poland, Lithuania and Latvia, are on track to hit 3.5%":
    allies above 3%, not at 2%."""
    after = without_allies_in_apposition(clues.after(200))[:80]
    found = level_counted(after, clues.guidelines.newer_counted) or \
        counts.level_of_the_number_before(clues.sentence, clues.at)
    return Subject(found[0], "", "inferred", found[1]) if found else None


# "It involves 90,000 forces from 31 member countries and NATO partner Sweden": the allies the
# troops of the exercise the article is about come from are its participants.
TROOPS_FROM_BEFORE = re.compile(r"\b(?:troops|forces|soldiers|personnel|service\s?members)\s+"
                                r"from\s+(?:all\s+|some\s+|about\s+|around\s+)?$", re.I)
TROOPS_FROM = f"the allies the troops of the exercise come from, {scope.AGREE_ONLY}"


# "in 2014, when only three members met the goal and when the alliance pledged all members
# would have to meet it": the obligation of another clause is not the counted allies'.
ANOTHER_CLAUSE = re.compile(r";|\b(?:when|while|whereas|but|though|although)\b", re.I)


def _allies_subject(clues: Clues) -> Subject:
    if clues.is_exercise:
        return Subject("exercise_participating_allies", clues.exercise, "inferred")
    if clues.exercise and clues.at >= 0 and TROOPS_FROM_BEFORE.search(
            clues.sentence[max(0, clues.at - 40):clues.at]):
        return Subject("exercise_participating_allies", clues.exercise, f"inferred, {TROOPS_FROM}")
    other = at_another_threshold(clues)
    if other is not None:
        return other
    own_clause = ANOTHER_CLAUSE.split(clues.after(80))[0]
    if clues.at >= 0 and (MUST.search(own_clause) or PLEDGED.search(own_clause)):
        # "Die 30 Staaten müssen das Ziel erreichen": the allies' obligation, not a count at it;
        # "2014 haben sich 28 Verbündete zum Zwei-Prozent-Ziel verpflichtet": their pledge
        return Subject("allies_count", "", "inferred")
    if (words.GUIDELINE_WORDS.search(clues.sentence) or "2pct" in clues.metric_name
            or "guideline" in clues.metric_name):
        return Subject("allies_meeting_2pct_guideline", "", "inferred")
    if clues.at >= 0 and meets_named_target(clues.after(),
                                            names_target(clues.previous_sentence)):
        return Subject("allies_meeting_2pct_guideline", "", "inferred")
    if clues.at >= 0 and counts.meets_target(clues.after(), names_target(
            f"{clues.previous_sentence} {clues.sentence}")):
        return Subject("allies_meeting_2pct_guideline", "", "inferred")
    if counts.refers_back(clues.sentence, clues.at, clues.surface, clues.previous_sentence) \
            and counts.counted_at_the_target(clues.previous_sentence):
        # "them", "this number": the allies the sentence before counted at the guideline
        return Subject("allies_meeting_2pct_guideline", "", "inferred")
    return Subject("allies_count", "", "inferred")


# "The US spent 3.2% of GDP; its allies spent 2.3%": the allies of the United States the
# sentence named before are all the others, Europe and Canada.
ITS_ALLIES = re.compile(r"\b(?:its|their)\s+(?:NATO\s+)?(?:allies|partners)\b", re.I)


def _share_subject(clues: Clues) -> Subject:
    metric_name, ally = clues.metric_name, clues.ally or ""
    # a share of GDP the extractor read as such is no equipment share because equipment
    # stands elsewhere in the sentence ("a defense budget of 2.22 percent ..., with equipment
    # procurement accounting for 29.3 percent of total defense spending")
    of_gdp = clues.unit == "percent_gdp" and metric_name == "defence_spending_share_gdp" and \
        "equipment" not in clues.own_clause().lower()
    equipment = "equipment" in clues.context.lower() or \
        words.EQUIPMENT_BOUGHT_AFTER.match(clues.after(90))  # "25.7% procurement"
    if equipment and not of_gdp:
        key = clues.guidelines.key_for(clues.value, "percent")
        if key and words.GUIDELINE_WORDS.search(clues.sentence):
            return Subject(key, "", "inferred")
        if ally:
            return Subject("ally_equipment_share", ally, "inferred")
        # "The country ... with equipment procurement accounting for 29.3 percent", "31.8
        # percent of its budget": the ally the sentence refers back to
        own = words.GUIDELINE_OF_NATO.sub(" ", clues.own_clause())
        carried = ally_of_budget_share(
            clues.sentence, clues.after(), clues.previous_sentence, clues.previous_in_paragraph,
            find_ally, bool(words.NATO_WORDS.search(own) or words.EUROPE.search(own)))
        return Subject("ally_equipment_share", *carried) if carried else \
            Subject("ally_equipment_share", "", "inferred")
    if clues.unit == "percent_gdp" or "guideline" in metric_name or "share" in metric_name:
        measured = metric_name == "defence_spending_share_gdp"
        key = None if measured else _guideline_mention(clues)
        if key:
            return Subject(key, "", "inferred")
        around = scope.clause_around(clues.sentence, clues.at, clues.surface, 90)
        if (ally in ("", "Canada") and words.EUROPE_CANADA.search(around)) or \
                (ally == "United States" and (words.NON_US.search(around) or ITS_ALLIES.search(
                    clues.own_clause()))):
            # "allies in Europe and Canada will spend 2% of their combined GDP": not Canada's;
            # "Spending by the US's allies rose to 2.3%": not the United States'
            return Subject("europe_canada_defence_share_gdp", "Europe and Canada", "inferred")
        if ally == "Canada" and words.EUROPE_CANADA.search(clues.sentence):
            if share_guards.continues_a_chain_of_years(clues.sentence, clues.at,
                                                       words.EUROPE_CANADA):
                return Subject("europe_canada_defence_share_gdp", "Europe and Canada",
                               f"inferred, {share_guards.CHAIN_OF_YEARS}")
            return Subject("percent", "", "inferred")  # "European allies and Canada", far off
        if ally:
            return Subject("ally_share_gdp", ally, "inferred")
        # another owner in it; "NATO's guidelines" after a comma is not, nor "NATO members'
        # requirements" anywhere: a guideline, not an owner
        own = words.GUIDELINE_OF_NATO.sub(" ", clues.own_clause())
        other_owner = bool(words.NATO_WORDS.search(own) or words.EUROPE.search(own))
        capital = None if other_owner else ally_of_capital_subject(clues.sentence, clues.at)
        if capital:  # "In 2022, Oslo spent 1.4% of GDP": the capital spending is the ally
            return Subject("ally_share_gdp", capital, f"inferred, {CAPITAL_AS_OWNER}")
        government = ally_of_spending_government(clues.sentence, clues.at)
        if government:  # "the Croatian government is spending about 1.8%"
            return Subject("ally_share_gdp", government, f"inferred, {GOVERNMENT_SPENDS}")
        carried = ally_share_before(clues.sentence, clues.previous_in_paragraph, find_ally,
                                    other_owner)
        if carried:
            return Subject("ally_share_gdp", *carried)
        if NOUN_REFERS_BACK.search(clues.sentence) and not words.NATO_WORDS.search(own):
            # "The country with a defense budget of 2.22 percent": a country, never NATO's
            return Subject("ally_share_gdp", "", "inferred",
                           "the country the sentence refers back to is not named near it")
        segment = re.split(r"[,;:]", clues.sentence[:max(clues.at, 0)])[-1]
        if AGGREGATE_OWNER.search(segment) and not words.EUROPE.search(segment):
            # "the European average was below it, while NATO's overall average was 2.6%"
            return Subject("nato_total_defence_share_gdp", "", "inferred")
        if words.EUROPE.search(clues.context):
            return Subject("nato_europe_defence_share_gdp", "Europe", "inferred")
        if not words.NATO_WORDS.search(words.GUIDELINE_OF_NATO.sub(
                " ", without_nato_source(clues.sentence))):
            # "NATO estimates show spending at 1.28% of GDP": NATO the source, the owner unsaid
            return Subject("nato_total_defence_share_gdp", "", f"inferred, {NATO_SOURCE_ONLY}")
        return Subject("nato_total_defence_share_gdp", "", "inferred")
    return Subject(metric_name or "percent", ally, "inferred")


# Money in an aside giving the worth of what it follows: "2% of their GDP – worth $380bn –",
# "2% of GDP (worth about $380bn)".
WORTH_ASIDE_BEFORE = re.compile(r"[–—(]\s*(?:worth|equal\s+to|equivalent\s+to)\s+(?:about\s+|"
                                r"around\s+|some\s+|nearly\s+|roughly\s+)?$", re.I)


def _money_subject(clues: Clues) -> Subject:
    if words.CONTRACTS.search(clues.context) or "contract" in clues.metric_name:
        return Subject("nato_ammunition_contracts_value", "", "inferred")
    if words.SINCE_2014.search(clues.sentence):
        return Subject("europe_canada_cumulative_additional_spending_since_2014", "",
                       "inferred")
    source = _money_source(clues)
    if source:
        return source
    if clues.ally and (clues.listed or owner_in_segment(clues.sentence, clues.at, find_ally)
                       == clues.ally):
        # "such as Germany (USD 97 billion)", "Among European allies, Germany spends the most at
        # $97.7 billion": Germany's, not Europe's
        return Subject("ally_defence_spending", clues.ally, "inferred, an item of a list")
    # Whose money: the words of its own clause ("nearing 1.6 trillion, with European members
    # and Canada rising to $559 billion": the 1.6 trillion is not Europe and Canada's).
    compared_from = earlier_amount_start(clues.sentence, clues.at)
    own = scope.clause_before(clues.sentence, compared_from, 90) if compared_from >= 0 \
        else clues.own_clause()
    aside = WORTH_ASIDE_BEFORE.search(clues.sentence[:clues.at]) if clues.at >= 0 else None
    if aside:  # "allies spend 2% of their GDP – worth $380bn –": the worth of what it follows
        own = scope.clause_before(clues.sentence, aside.start(), 120) + own
    if words.EUROPE_CANADA.search(own):
        return Subject("europe_canada_defence_spending", "Europe and Canada", "inferred")
    if words.EUROPE.search(own):
        return Subject("nato_europe_defence_spending", "Europe", "inferred")
    if clues.ally:
        return Subject("ally_defence_spending", clues.ally, "inferred")
    return Subject("nato_total_defence_spending", "", "inferred")


# "$968 billion from the United States and $507 billion from European nations and Canada":
# the money comes "from" whom the words right after it name, whoever the clause names before.
FROM_RIGHT_AFTER = re.compile(r"^\s*from\s+(?:the\s+)?")
CAPITALISED_WORDS = re.compile(r"[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}")


def _money_source(clues: Clues) -> Subject | None:
    after = clues.after(80)
    opening = FROM_RIGHT_AFTER.match(after)
    if not opening:
        return None
    named = after[opening.end():]
    if words.EUROPE_CANADA.match(named):
        return Subject("europe_canada_defence_spending", "Europe and Canada", "inferred")
    if words.EUROPE.match(named):
        return Subject("nato_europe_defence_spending", "Europe", "inferred")
    name = CAPITALISED_WORDS.match(named)
    ally = find_ally(name.group()) if name else None
    return Subject("ally_defence_spending", ally, "inferred") if ally else None


# The sure nouns of a guideline, and the stems of pledging, reaching and meeting it ("pledged",
# "reaches", "meeting").
GUIDELINE_MENTIONED = re.compile(
    r"\b(" + "|".join((*SURE_GUIDELINE_NOUNS, "pledge", "reach", "meet")) + ")", re.IGNORECASE)


def _guideline_mention(clues: Clues) -> str | None:
    # "reach two percent of GDP", "the two percent benchmark": the guideline itself, not a
    # measured share of anybody's GDP. The guideline's key, else None.
    key = clues.guidelines.key_for(clues.value, "percent_gdp")
    if key is None:
        return None
    if "guideline" in clues.metric_name or "target" in clues.metric_name:
        return key
    found = GUIDELINE_MENTIONED.search(clues.sentence) or (
        share_guards.foreign_target_before(clues.sentence, clues.at))
    return key if found else None
