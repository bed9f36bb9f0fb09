"""The rules that fix a figure's unit from its neighbours, after every number is read.

Owns :data:`UNIT_RULES`, applied in text order (the first rule that matches decides, see
:mod:`analysis.extract.rules`): what a bare count counts ("23 of 32 allies", "a population of
1.9 million", "All three") and units a sentence states once for several numbers ("4.1% of GDP,
up from 2.2%", "40 billion euros, up from 24.5 billion"). The tables for shares of GDP that
follow it are in :mod:`analysis.extract.gdp_rules`.
"""

from __future__ import annotations

from analysis.extract import count_patterns as C
from analysis.extract import other_languages as L
from analysis.extract import patterns as P
from analysis.extract.entity import allies_named
from analysis.extract.figure import Figure
from analysis.extract.rules import Reading, Rule, Scene
from analysis.extract.unit_conditions import (
    duration_of_next,
    is_bare,
    is_bare_scaled,
    is_bare_unscaled,
    is_share,
    is_share_not_points,
    reading_of_next,
    unit_and_kind_of_neighbour,
    unit_is,
    unit_of_group,
    unit_of_neighbour,
)
from analysis.vocabulary import NATO_OR_ALLIANCE_NAMED


# --- patterns: a bare count and the words before or after it -------------------------------------
def searched_before(scene: Scene, literal: str, pattern):
    """``pattern`` searched in the 120 characters of the sentence before the figure, tried only
    when ``literal`` (which every match contains) stands there: ``str.find`` runs in C."""
    figure, text = scene.figure, scene.text
    lo = max(figure.start - figure.offset, figure.start - 120)
    if text.find(literal, lo, figure.start) < 0:
        return None
    return pattern.search(text, lo, figure.start)


def counted_before(scene: Scene):
    """"The number of military personnel is 3.38 million": what the sentence counts."""
    return searched_before(scene, " of ", C.NUMBER_OF)


def troop_count_before(scene: Scene):
    """"Türkiye increased its troop count from 455,900": the compound noun named before."""
    figure, text = scene.figure, scene.text
    lo = max(figure.start - figure.offset, figure.start - 120)
    if all(text.find(noun, lo, figure.start) < 0 for noun in C.TROOP_COUNT_LITERALS):
        return None
    return C.TROOP_COUNT.search(text, lo, figure.start)


def troops_counted_before(scene: Scene):
    """"İngiltere’nin asker sayısı ... 143 bin 600": the number of soldiers named before."""
    return searched_before(scene, " sayısı", L.TROOPS_COUNTED_BEFORE)


def bare_of_before(scene: Scene):
    figure, text = scene.figure, scene.text
    lo = max(0, figure.start - 24)
    if text.find(" of ", lo, figure.start) < 0 and text.find(" to ", lo, figure.start) < 0 \
            and text.find(" at ", lo, figure.start) < 0:
        return None
    return C.BARE_OF.search(text, lo, figure.start)


def membership_size(scene: Scene) -> bool:
    figure, text = scene.figure, scene.text
    return figure.value in C.NATO_SIZES and bool(
        C.MEMBERSHIP_BEFORE.search(text, max(0, figure.start - 20), figure.start)
        and NATO_OR_ALLIANCE_NAMED.search(text, max(0, figure.start - 2000), figure.start))


def allies_doing(scene: Scene) -> bool:
    figure = scene.figure
    return figure.value <= 32 and bool(C.ALLIES_VERB_AFTER.match(scene.text, figure.end)) and bool(
        C.ALLIES_WORD.search(figure.sentence) or C.ALLIES_WORD.search(figure.previous_sentence))


def people_after(scene: Scene):
    return C.PEOPLE_AFTER.match(scene.text, scene.figure.end)


def age_in_headline(scene: Scene):
    figure, text = scene.figure, scene.text
    if text[figure.end:figure.end + 1] not in (":", "\n", ""):
        return None
    return C.AGE_AT_BEFORE.search(text, max(0, figure.start - 24), figure.start)


def repeated_count(scene: Scene) -> Figure | None:
    """An earlier count of the same number that "All three" or "the three" repeats."""
    figure = scene.figure
    if figure.value > 100 or not C.DEFINITE_BEFORE.search(
            scene.text, max(0, figure.start - 8), figure.start):
        return None
    for back in range(scene.index - 1, max(-1, scene.index - 6), -1):
        earlier = scene.figures[back]
        if figure.start - earlier.end > 300:
            return None
        if earlier.kind == "count" and earlier.value == figure.value and \
                earlier.unit not in ("count", "other"):
            return earlier
    return None


# --- patterns: the next figure ---------------------------------------------------------------
def next_count_of(scene: Scene) -> Figure | None:
    """"23 of 32 allies", "11 out of the alliance's 32 members"."""
    following = scene.next
    if following is not None and following.kind == "count" and following.unit != "count" and \
            P.LINK_OF.match(scene.gap_to_next()):
        return following
    return None


def out_of_membership(scene: Scene) -> bool:
    """"23 out of 32 have kept it": out of the membership (26-32), alliance context before."""
    following, figure = scene.next, scene.figure
    return following is not None and following.bare and figure.value < following.value in \
        P.MEMBERSHIP_SIZES and bool(P.LINK_OF.match(scene.gap_to_next())) and \
        bool(P.NATO_CONTEXT.search(scene.text, max(0, figure.start - 2000), figure.start))


def next_count_linked(scene: Scene) -> Figure | None:
    following = scene.next
    if following is not None and following.kind == "count" and following.unit != "count" and \
            following.sentence == scene.figure.sentence and \
            P.LINK_SAME_UNIT.match(scene.gap_to_next()):
        return following
    return None


def next_duration(scene: Scene) -> Figure | None:
    following = scene.next
    if following is not None and following.kind == "other" and \
            scene.gap_to_next().strip() == "to" and C.DURATION_TEXT.search(following.text):
        return following
    return None


def next_amount_or_share_linked(scene: Scene) -> Figure | None:
    following = scene.next
    if following is not None and following.kind in ("share", "amount") and \
            following.sentence == scene.figure.sentence and \
            P.LINK_SAME_UNIT.match(scene.gap_to_next()):
        return following
    return None


def next_share_of_gdp_linked(scene: Scene) -> bool:
    following = scene.next
    return following is not None and following.unit == "percent_gdp" and bool(
        P.LINK_SAME_UNIT.match(scene.gap_to_next()))


# --- patterns: an earlier figure of the sentence ----------------------------------------------
def continues_earlier(figure: Figure) -> bool:
    """A share or count that may continue an earlier figure of its sentence."""
    return figure.unit in ("percent", "count") and figure.kind in ("share", "count")


def earlier_amount_linked(scene: Scene) -> Figure | None:
    """"40 billion euros, up from 24.5 billion"."""
    if not scene.index:
        return None
    amount = scene.previous_in_sentence("amount")
    if amount is not None and P.LINK_SAME_UNIT.match(
            " " + scene.text[amount.end:scene.figure.start].split(",")[-1].lstrip()):
        return amount
    return None


def previous_of_kind(scene: Scene) -> Figure | None:
    return scene.previous_in_sentence(scene.figure.kind) if scene.index else None


def further_of_earlier(scene: Scene) -> Figure | None:
    """"a further 3,000", "Of the 24 analysts covering it, 19"."""
    figure, text, earlier = scene.figure, scene.text, previous_of_kind(scene)
    if earlier is None or earlier.unit == "count":
        return None
    if C.FURTHER_BEFORE.search(text, max(0, figure.start - 16), figure.start) or (
            C.OF_THE_BEFORE.search(text, max(0, earlier.start - 12), earlier.start)
            and text.count(",", earlier.end, figure.start) == 1
            and figure.start - earlier.end < 60):
        return earlier
    return None


def of_them_after(scene: Scene) -> Figure | None:
    """"31 member countries ... 11 of them"."""
    earlier = previous_of_kind(scene)
    if earlier is not None and earlier.unit not in ("count", "people") and \
            P.OF_THEM.match(scene.text, scene.figure.end):
        return earlier
    return None


def sent_as_troops(scene: Scene) -> bool:
    """A bare number that a country sends or deploys, in a sentence about forces."""
    figure, text = scene.figure, scene.text
    if figure.value < 100 or not scene.index:
        return False
    earlier = previous_of_kind(scene)
    if earlier is not None and earlier.unit not in ("count", "troops"):
        return False
    return bool(P.SEND_BEFORE.search(text, max(0, figure.start - 30), figure.start)) and bool(
        P.TROOP_WORDS.search(text, figure.start - figure.offset, figure.start))


def clause_since(scene: Scene, earlier: Figure) -> str:
    """The words between ``earlier`` and the figure, from the last comma on."""
    return " " + scene.text[earlier.end:scene.figure.start].split(",")[-1].lstrip()


def level_of_earlier(scene: Scene) -> Figure | None:
    """"cutting 72,000 jobs ... to a level of 430,000"."""
    earlier = previous_of_kind(scene)
    if earlier is not None and earlier.unit != "count" and \
            P.LEVEL_OF.search(clause_since(scene, earlier)):
        return earlier
    return None


def listed_after_share_of_gdp(scene: Scene) -> bool:
    """"Poland at 4.12% of GDP, followed by Estonia at 3.43%": a list of the same share."""
    figure, text, earlier = scene.figure, scene.text, previous_of_kind(scene)
    if earlier is None or earlier.unit != "percent_gdp" or \
            P.LINK_SAME_UNIT.match(clause_since(scene, earlier)):
        return False
    gap = text[earlier.end:figure.start]
    return len(gap) <= 80 and not P.OTHER_SHARE_GAP.search(gap) and \
        not P.OF_GDP.match(text, figure.end) and not text.startswith(" of ", figure.end)


def linked_to_share_of_gdp(scene: Scene) -> bool:
    earlier = previous_of_kind(scene)
    return earlier is not None and earlier.unit == "percent_gdp" and bool(
        P.LINK_SAME_UNIT.match(clause_since(scene, earlier)))


def linked_to_count(scene: Scene) -> Figure | None:
    """"The army, which has 181,500 soldiers, must grow to 203,000"."""
    earlier = previous_of_kind(scene)
    if earlier is None:
        return None
    clause = clause_since(scene, earlier)
    if not P.LINK_SAME_UNIT.match(clause):
        return None
    if earlier.unit not in ("count", "people") or (
            earlier.unit == "people" and P.LINK_CHANGE_TO.match(clause)):
        return earlier
    return None


def listed_with_troops(scene: Scene) -> Figure | None:
    """"... 205,700 personnel, then Germany with 185,600": the earlier count of troops."""
    earlier = previous_of_kind(scene)
    if earlier is None or earlier.unit != "troops" or \
            not C.ITEM_END.match(scene.text, scene.figure.end):
        return None
    clause = clause_since(scene, earlier)
    if C.ALLY_WITH.match(clause) and allies_named(clause):
        return earlier
    return None


def bare_continuing(figure: Figure) -> bool:
    return figure.bare and continues_earlier(figure)


def share_continuing(figure: Figure) -> bool:
    return figure.unit == "percent" and figure.kind == "share"


# The unit a figure has for each condition to hold (the engine's index, see Rule.units).
CONDITION_UNITS = {
    is_bare: ("count",), is_bare_unscaled: ("count",), is_bare_scaled: ("count",),
    bare_continuing: ("count",), is_share: ("percent",), is_share_not_points: ("percent",),
    share_continuing: ("percent",),
}


def rule_with_example(name, condition, pattern, effect, example, *expected, approximate=False,
                      units: tuple[str, ...] | None = None) -> Rule:
    """A table row: the rule and the reading its example must give (text, value, unit, kind)."""
    text, value, unit, kind = expected
    return Rule(name, condition, pattern, effect, example,
                Reading(text, value, unit, kind, approximate),
                units or CONDITION_UNITS.get(condition))


_rule = rule_with_example
UNIT_RULES = (
    # What a bare count counts, from the words before or after it.
    _rule("number_of", is_bare, counted_before, unit_of_group,
          "The number of military personnel is 3.38 million, of which 1.31 million are American.",
          "3.38 million", 3.38e6, "troops", "count"),
    _rule("troop_count", is_bare, troop_count_before, unit_is("troops"),
          "Greece lifted its troop count to 142,700 last year.",
          "142,700", 142700.0, "troops", "count"),
    _rule("number_of_soldiers_turkish", is_bare, troops_counted_before, unit_is("troops"),
          "İngiltere’nin asker sayısı 2022 yılında 143 bin 600 idi.",
          "143 bin 600", 143600.0, "troops", "count"),
    _rule("population_or_force_of", is_bare, bare_of_before, unit_of_group,
          "It has a population of 1.9 million and a wartime force of 43,000.",
          "43,000", 43000.0, "troops", "count"),
    _rule("membership_size", is_bare, membership_size, unit_is("allies"),
          "NATO grew from 12 to 32 members. Spain joined in 1982, bringing the total to 16.",
          "16", 16.0, "allies", "count"),
    _rule("allies_doing", is_bare, allies_doing, unit_is("allies"),
          "In 2014, allies agreed to spend more. Only three did so that year.",
          "three", 3.0, "allies", "count"),
    _rule("people_without_or_hurt", is_bare, people_after, unit_is("people"),
          "It left more than 1 million without power; 20 were injured.",
          "20", 20.0, "people", "count"),
    _rule("age_in_headline", is_bare, age_in_headline, unit_is("year", "other"),
          "NATO at 75:\nThe alliance meets in Washington.", "75", 75.0, "year", "other"),
    _rule("repeated_count", is_bare, repeated_count, unit_of_neighbour,
          "Estonia, Latvia and Lithuania border Russia. The three countries spend a lot. "
          "All three act.", "three", 3.0, "allies", "count"),
    # A bare count before a figure that states the unit for both.
    _rule("count_of_next", is_bare_unscaled, next_count_of, unit_of_neighbour,
          "In 2024, 23 of NATO's 32 allies met the target.", "23", 23.0, "allies", "count"),
    _rule("count_out_of_membership", is_bare_unscaled, out_of_membership, unit_is("allies"),
          "NATO allies pledged 2% in 2014. Now 23 out of 32 have kept this commitment.",
          "23", 23.0, "allies", "count"),
    _rule("count_linked_to_next", is_bare_unscaled, next_count_linked, unit_of_neighbour,
          "NATO grew from 12 to 32 members.", "12", 12.0, "allies", "count"),
    _rule("duration_range", is_bare_unscaled, next_duration, duration_of_next,
          "Men serve from four to 11 months.", "four", 4.0, "other", "other"),
    _rule("amount_or_share_linked_to_next", is_bare_unscaled, next_amount_or_share_linked,
          reading_of_next, "Budgets rose from 40 to 45 billion euros.",
          "40", 40e9, "EUR", "amount"),
    _rule("share_before_share_of_gdp", is_share, next_share_of_gdp_linked,
          unit_is("percent_gdp"), "Spending fell from 2.5%\nto 1.9% of GDP.",  # wrapped line
          "2.5%", 2.5, "percent_gdp", "share"),
    # A figure that continues an earlier figure of its sentence.
    _rule("amount_continued", is_bare_scaled, earlier_amount_linked, unit_and_kind_of_neighbour,
          "The backlog was 40 billion euros, up from 24.5 billion.",
          "24.5 billion", 24.5e9, "EUR", "amount"),
    _rule("further_count", bare_continuing, further_of_earlier, unit_of_neighbour,
          "Of the 24 analysts covering it, 19 rate it a buy.", "19", 19.0, "people", "count"),
    _rule("of_them", bare_continuing, of_them_after, unit_of_neighbour,
          "The 31 member countries spend more, and in 2024 11 of them met NATO's target.",
          "11", 11.0, "allies", "count"),
    _rule("sent_as_troops", bare_continuing, sent_as_troops, unit_is("troops"),
          "In 2024 allies pledged troops, and the United States will send around 20,000.",
          "around 20,000", 20000.0, "troops", "count", approximate=True),
    _rule("level_of", bare_continuing, level_of_earlier, unit_of_neighbour,
          "They cut 72,000 jobs, returning headcount to a level of roughly 430,000.",
          "roughly 430,000", 430000.0, "people", "count", approximate=True),
    _rule("listed_after_share_of_gdp", is_share_not_points, listed_after_share_of_gdp,
          unit_is("percent_gdp"),
          # (a list by ally is the gdp_implicit table's listed_ally_share)
          "The budget plan puts spending at 2.1% of GDP, with the euro area at 1.7%.",
          "1.7%", 1.7, "percent_gdp", "share"),
    _rule("linked_to_share_of_gdp", share_continuing, linked_to_share_of_gdp,
          unit_is("percent_gdp"), "Spending reached 2.1% of GDP, up from 1.9%.",
          "1.9%", 1.9, "percent_gdp", "share"),
    _rule("listed_with_troops", bare_continuing, listed_with_troops, unit_of_neighbour,
          "France has 205,700 personnel, then Germany with 185,600, Italy with 171,400.",
          "171,400", 171400.0, "troops", "count"),
    _rule("linked_to_count", bare_continuing, linked_to_count, unit_of_neighbour,
          "The army, which has 181,500 soldiers, must grow to 203,000.",
          "203,000", 203000.0, "troops", "count"),
)
