"""What a figure is about: the reference key (metric) and entity it is checked under.

:func:`classify` reads the extractor's labels (metric, entity) where they map onto the
reference's keys, else infers the subject from the unit and the sentence: allies at the
guideline, exercise participants and personnel, shares of GDP, money totals. Guideline values
("2% of GDP", "3.5% of GDP") come from the guideline facts (:class:`Guidelines`), not the code.
"""

from __future__ import annotations

from analysis.brief import counts, foreign_counts, money_scope, scope, share_guards, share_scope
from analysis.brief import subject_words as words
from analysis.brief.aggregates import (
    ALL_ALLIES,
    aggregate_subject,
    collective_of_allies_before,
    defence_needs,
    difference_not_level,
)
from analysis.brief.alliance_size import names_the_alliance_by_size
from analysis.brief.ally_names import find_ally
from analysis.brief.clues import Clues, Subject
from analysis.brief.count_guards import not_the_count_meeting
from analysis.brief.exercise_contribution import part_of_exercise
from analysis.brief.exercise_dates import (
    equipment_key,
    exercise_key,
    lists_equipment,
    nearest_exercise,
)
from analysis.brief.exercise_parts import exercise_part
from analysis.brief.foreign_level_counts import count_at_another_level
from analysis.brief.group_shares import share_of_a_group
from analysis.brief.guidelines import Guidelines
from analysis.brief.inferred import at_another_threshold, inferred
from analysis.brief.list_items import item_ally
from analysis.brief.metric_aliases import METRIC_ALIASES
from analysis.brief.non_member import non_member_owner
from analysis.brief.owner import owner_of
from analysis.brief.paired_lists import paired_ally
from analysis.brief.part_counts import group_named_with_the_count, part_of_a_count
from analysis.brief.piece_sources import source_beside_nato
from analysis.brief.series import listed_subject
from analysis.brief.share_basis import (
    part_of_a_share_of_gdp,
    share_of_another_years_gdp,
    share_on_another_basis,
)
from analysis.brief.share_guards import (
    GROWTH_OWNER_BEFORE,
    change_not_comparable,
    estimated_to_reach,
    growth_owner_before,
    guideline_named_near,
    level_of_a_count,
    nato_estimate_reached,
)
from analysis.brief.subject_phrases import PLEDGED_TO_SPEND, TARGET_NEXT
from analysis.brief.values import clean
from analysis.extract.all_allies import ALL_BEFORE
from analysis.vocabulary import EXERCISE_NAMES, find_exercise, talks_of_exercise


def classify(metric: object, unit: object, entity: object, sentence: object, value: float,
             text: object = "", exercise_names: list[str] | None = None,
             document_exercise: str | None = None, previous_sentence: str = "",
             guidelines: Guidelines | None = None, at: int | None = None,
             exercise_before: bool = False, *, previous_in_paragraph: str = "",
             exercise_next: bool = False) -> Subject:
    """Map one figure onto a reference key (metric) and entity. ``previous_sentence``: where "it"
    finds the target; ``guidelines``: :meth:`Guidelines.from_facts`; ``at``: the figure's offset
    in its sentence (else the first occurrence of ``text``, wrong for "2.1 percent" repeated);
    ``exercise_before``: the text before the figure named an exercise, so that a count of
    ships, aircraft or vehicles may be its equipment (to agree only); ``exercise_next``: no
    exercise named before, the next sentence opens with ``document_exercise``'s name."""
    exercise_names = exercise_names or []
    sentence = sentence if isinstance(sentence, str) else ""
    surface = text if isinstance(text, str) else ""
    entity_text = entity if isinstance(entity, str) else ""
    metric_name = clean(metric).replace(" ", "_")
    guidelines = guidelines or Guidelines()
    if (METRIC_ALIASES.get(metric_name) == "guideline_share_gdp"
            and guidelines.key_for(value, "percent_gdp") is None):
        # "leads the table at 4.12%": a share, not the guideline
        metric_name = "defence_spending_share_gdp"
    at = (sentence.find(surface) if surface else -1) if at is None else at
    exercise = (find_exercise(entity_text, exercise_names)
                # the exercise named nearest the figure: "4,000 troops take part in the
                # Dragon-24 exercise, part of Steadfast Defender" are Dragon's, not the whole's
                or nearest_exercise(sentence, at, [*exercise_names, *EXERCISE_NAMES])
                # another exercise than those NATO's statements cover: itself, never theirs
                or find_exercise(entity_text, EXERCISE_NAMES))
    level = count_at_another_level(unit, sentence, at, surface,
                                   previous_sentence, guidelines.newer_counted)
    if level:  # "Trei state (...) îndeplinesc obiectivul mai ambiţios de 3,5%"
        return Subject(level, "", "inferred")
    if counts.counts_allies(unit, sentence, at, surface, previous_sentence) and not \
            foreign_counts.out_of_the_members(sentence, at, surface):
        unit = "allies"
    elif (metric_name == "allies_count" or not metric_name.startswith("allies")) and \
            foreign_counts.counts_at_target(unit, sentence, at, surface, previous_sentence):
        # (the extractor's bare "allies_count" too: it reads the target only in English)
        unit, metric_name = "allies", foreign_counts.KEY  # "18 aliaţi să cheltuiască 2%"
    in_sentence = (bool(exercise) or "exercise" in metric_name or exercise_next
                   or talks_of_exercise(sentence, previous_sentence))
    equipment = equipment_key(surface, sentence[at + len(surface):] if at >= 0 else "") \
        if unit == "count" else None
    # "25 nations, 250 aircraft and more than 10,000 soldiers" after an exercise was named:
    # its participants, listed with its equipment
    listed_participants = exercise_before and not in_sentence and \
        unit in ("troops", "countries") and lists_equipment(sentence)
    listed_ally = item_ally(sentence, at, surface) or paired_ally(sentence, at, surface)
    clues = Clues(
        metric_name=metric_name, unit=unit, value=value, sentence=sentence, surface=surface,
        at=at, context=f"{entity_text} {sentence}",
        ally=listed_ally or owner_of(sentence, at, entity_text, find_ally, surface),
        exercise=exercise or document_exercise or "",
        is_exercise=in_sentence or bool(exercise_before and equipment) or listed_participants,
        previous_sentence=previous_sentence, guidelines=guidelines,
        previous_in_paragraph=previous_in_paragraph, listed=bool(listed_ally))
    if equipment and not in_sentence and clues.is_exercise:
        # "There will also be more than 50 naval assets" after sentences about the exercise
        found = Subject(equipment, clues.exercise, f"inferred, equipment of the exercise the "
                        f"article spoke of before, {AGREE_ONLY}")
        return _guarded(found, clues)
    if listed_participants:
        key = "exercise_personnel" if unit == "troops" else "exercise_participating_nations"
        return _guarded(Subject(key, clues.exercise, f"inferred, participants listed with the "
                                f"equipment of the exercise the article spoke of before, "
                                f"{AGREE_ONLY}"), clues)
    if clues.unit == "percent_gdp" and at >= 0 and \
            words.EUROPE_CANADA_RIGHT_AFTER.match(sentence[at + len(surface):]):
        return _guarded(Subject("europe_canada_defence_share_gdp", "Europe and Canada",
                                "inferred, the owner named right after ('for ...')"), clues)
    aggregate = aggregate_subject(clues.unit, value, sentence, at, surface, previous_sentence)
    found = (_as_subject(listed_subject(metric_name, entity_text))
             or _membership_or_below(clues) or _as_subject(aggregate)
             or _by_extractor_label(clues) or inferred(clues))
    return _guarded(found, clues)


MONEY_KEYS = ("nato_total_defence_spending", "nato_europe_defence_spending",
              "europe_canada_defence_spending", "ally_defence_spending")
SHARE_KEYS = ("ally_share_gdp", "nato_total_defence_share_gdp", "nato_europe_defence_share_gdp",
              "europe_canada_defence_share_gdp")

AGREE_ONLY = scope.AGREE_ONLY  # appended to Subject.how: may agree, never differs
SPENDING_LEVEL = f"a level of spending in per cent, read as a share of GDP, {AGREE_ONLY}"
FORECAST = f"a forecast, {AGREE_ONLY}"
REACHES_GUIDELINE = f"an ally reaching a guideline, {AGREE_ONLY}"
EUROPE_FOR_EUROPE_CANADA = f"European allies for NATO's 'European allies and Canada', {AGREE_ONLY}"
ALL_OF_THEM = f"every ally counted by number, which may round the allies NATO counts, {AGREE_ONLY}"
MEMBERSHIP = "the alliance's membership, not a count of allies at a level NATO publishes"
# An ally's own figures besides money and share of GDP; like a share, a plan is not a count.
OWN_FIGURE_KEYS = ("ally_personnel", "ally_equipment_share")
CHANGE_KEYS = ("defence_spending_change", "europe_canada_defence_spending_change")


def _restates_guideline(clues: Clues) -> bool:
    # "the alliance's guideline of 2%", "a 2% NATO quota": a guideline's value next to its name.
    if clues.unit not in ("percent", "percent_gdp") or clues.at < 0 or not any(
            abs(value - clues.value) < 1e-9 for _, value, _ in clues.guidelines.keys):
        return False
    before = clues.sentence[max(0, clues.at - 40):clues.at]
    return bool(TARGET_NEXT.search(before) or TARGET_NEXT.search(clues.after(40))
                or guideline_named_near(clues.sentence, clues.at, clues.surface)
                or words.GUIDELINE_PURPOSE_AFTER.match(clues.after(80))
                or words.OR_MORE_AFTER.match(clues.after(40))
                or words.GUIDELINE_THEN_COLON.search(before)
                or PLEDGED_TO_SPEND.search(clues.sentence[max(0, clues.at - 80):clues.at]))


def _guarded(subject: Subject, clues: Clues) -> Subject:
    """The subject, with ``why`` set when the figure measures another quantity (see
    :mod:`analysis.brief.scope`)."""
    if subject.why:
        return subject
    if subject.key == "allies_meeting_2pct_guideline":
        subject = at_another_threshold(clues) or subject
        before = clues.sentence[max(0, clues.at - 9):clues.at] if clues.at >= 0 else ""
        if ALL_BEFORE.search(before):
            # "all 32 allies are expected to meet it" may round "every ally with armed forces"
            subject = Subject(subject.key, subject.entity, f"{subject.how}, {ALL_OF_THEM}")
    key, sentence, at, surface = subject.key, clues.sentence, clues.at, clues.surface
    why = ""
    if key.startswith("guideline_") or _restates_guideline(clues):
        why = "restates a NATO guideline; a goal, not a measured figure"
    elif clues.unit in ("percent", "percent_gdp") and words.GOAL_RIGHT_AFTER.match(clues.after()):
        why = "a level its noun names a goal (a target, a benchmark), not a measured figure"
    elif key in MONEY_KEYS:
        why = scope.money_not_spending(sentence, at, surface)
        back = money_scope.nato_spending_referred_back(sentence, at, clues.previous_sentence)
        if defence_needs(sentence, why) or (back and why == scope.NOT_SAID_TO_BE_SPENDING):
            why = ""
        why = why or difference_not_level(sentence, at, surface) or \
            money_scope.sum_over_years(sentence, at, surface) or \
            money_scope.at_another_base_years_prices(sentence, at, surface)
        if not why and key == "nato_total_defence_spending" and not words.NATO_WORDS.search(
                scope.clause_around(sentence, at, surface, 90) + scope.referred_to(sentence, at)
                + back) and not collective_of_allies_before(sentence, at, clues.previous_sentence):
            why = "the sentence does not say whose spending this is"
        source = "" if why or subject.only_to_agree else (
            share_scope.other_source(sentence)
            or money_scope.converted_from_other_currency(sentence, at))
        if source:  # SIPRI's money, often on its own price basis: only to agree
            subject = Subject(key, subject.entity, f"{subject.how}, {source}")
    elif key == "nato_ammunition_contracts_value":
        why = scope.for_partner(sentence, at, surface) or \
            scope.contract_not_total(sentence, at, surface)
    elif key in SHARE_KEYS:
        subject, why = _share_guarded(subject, clues)
    elif key in OWN_FIGURE_KEYS:
        why = scope.figure_is_plan(sentence, at, surface) or \
            difference_not_level(sentence, at, surface) or part_of_a_share_of_gdp(sentence, at) \
            or share_scope.average_over_years(sentence, at, surface)
        subject = _agreeing_if_other_source(subject, sentence, why)
    elif key in CHANGE_KEYS:
        before = clues.previous_in_paragraph if GROWTH_OWNER_BEFORE in subject.how else ""
        why = change_not_comparable(clues.sentence, clues.at, clues.ally,
                                    f"{clues.context} {before}")
    elif key == "exercise_participating_allies" and at >= 0 and (
            words.BESIDE_ONE_BEFORE.search(sentence[max(0, at - 60):at])
            or words.OTHERS_AFTER_NUMBER.match(sentence[at:])):
        why = "some of the exercise's participants (those beside one named), not their count"
    elif key in ("exercise_participating_allies", "allies_meeting_2pct_guideline") and at >= 0 \
            and words.OFFICIALS_OF_BEFORE.search(sentence[max(0, at - 60):at]):
        why = "the allies whose officials meet, not a count of allies taking part or at a level"
    elif key in ("exercise_personnel", "exercise_vehicles", "exercise_ships",
                 "exercise_aircraft"):
        # "led by Germany, and 10,000 people from 25 countries": the count gathers many
        # nations, the whole's, whichever ally its clause named before it
        many = at >= 0 and words.MANY_NATIONS_AFTER.match(sentence[at + len(surface):])
        why = exercise_part(sentence, at, surface) or \
            part_of_exercise(sentence, at, surface, None if many else clues.ally,
                             None if many else find_ally)
    if not why and key in ("exercise_participating_nations", "exercise_participating_allies"):
        why = exercise_part(sentence, at, surface)
    source = "" if why or key.startswith("exercise_") or subject.only_to_agree or \
        key in MONEY_KEYS + SHARE_KEYS + OWN_FIGURE_KEYS else share_scope.other_source(sentence)
    if share_scope.OTHER_SOURCE in source:
        # "According to the IISS, 15 allies met the target", "SIPRI puts the US share at 66%":
        # another source's count, change or share of the total (a government's figure
        # elsewhere in the sentence says nothing of a count of allies)
        subject = subject.noted(source)
    return Subject(key, subject.entity, subject.how, why) if why else subject


def _share_guarded(subject: Subject, clues: Clues) -> tuple[Subject, str]:
    """A share of GDP's subject (marked a forecast, a guideline reached or another source's
    figure) and why it is not compared ('' when it is)."""
    key, sentence, at, surface = subject.key, clues.sentence, clues.at, clues.surface
    if scope.forecast_word(sentence, at, surface):
        subject = Subject(key, subject.entity, f"{subject.how}, {FORECAST}")
    elif clues.guidelines.key_for(clues.value, "percent_gdp") and at >= 0 and (
            words.REACH_BEFORE.search(sentence[max(0, at - 30):at]) or key != "ally_share_gdp"):
        # all allies "at 2%" is the guideline in words the brief may not read
        subject = Subject(key, subject.entity, f"{subject.how}, {REACHES_GUIDELINE}")
    why = scope.share_is_plan(sentence, at, surface)
    if why and at >= 0 and (estimated_to_reach(sentence, at, surface)
                            or nato_estimate_reached(sentence, at)):
        why, subject = "", Subject(key, subject.entity, f"{subject.how}, {FORECAST}")
    elif why and share_guards.starting_point_of_a_plan(sentence, at, surface):
        why = ""
        subject = Subject(key, subject.entity, f"{subject.how}, {share_guards.STARTING_POINT}")
    why = why or share_scope.national_figure(sentence, at, surface) or \
        share_guards.guard_reason(share_guards.PIECES_OF_ANOTHER_SHARE, sentence, at, surface) or \
        non_member_owner(sentence, at, lambda text: find_ally(text, len(text))) or \
        share_scope.planned_after(sentence, at, surface) or \
        share_on_another_basis(sentence, at, surface) or \
        share_of_another_years_gdp(sentence, at, surface)
    subject = _agreeing_if_other_source(subject, sentence, why)
    beside, named = ("", "") if why else source_beside_nato(sentence, at, surface)
    if beside == "national":  # "NATO puts Spain's share at 1.43%, the government at 1.3%"
        why = f"a government's own figure ('{named}'), not NATO's estimate"
    elif beside == "other" and not subject.only_to_agree:
        subject = Subject(key, subject.entity, f"{subject.how}, '{named}': "
                          f"{share_scope.OTHER_SOURCE}")
    why = why or money_scope.share_for_partner(sentence, at, surface) or \
        share_scope.average_over_years(sentence, at, surface) or \
        share_scope.respondents_opinion(sentence, at, surface)
    if not why and level_of_a_count(sentence, at, surface, find_ally):
        why = "the level a count of allies is measured against, not a share of its own"
    why = why or share_scope.threshold_of_several(sentence, at, surface, find_ally) or \
        share_guards.guard_reason(share_guards.LEVELS_NOT_OWNED, sentence, at, surface)
    if not why and key == "nato_total_defence_share_gdp":
        why = share_of_a_group(sentence, at)
    if not why and key == "nato_total_defence_share_gdp" and not words.NATO_WORDS.search(
            clues.context) and not ALL_ALLIES.search(sentence):
        why = "the sentence does not say whose share of GDP this is"
    return subject, why


def _agreeing_if_other_source(subject: Subject, sentence: str, why: str) -> Subject:
    """The subject, only to agree when its sentence names another source than NATO ("according
    to the IISS", "the Kiel Institute estimates"): it may count on another definition."""
    source = share_scope.other_source(sentence)
    if why or not source or subject.only_to_agree:
        return subject
    return Subject(subject.key, subject.entity, f"{subject.how}, {source}")


def _as_subject(reading: tuple[str, str, str] | None) -> Subject | None:
    return Subject(*reading) if reading else None


def _membership_or_below(clues: Clues) -> Subject | None:
    if clues.unit not in ("allies", "count") or not clues.surface:
        return None
    if names_the_alliance_by_size(clues.value, clues.surface, clues.sentence, clues.at):
        return Subject("allies_total", "", "inferred", MEMBERSHIP)
    if clues.is_exercise:
        return None
    # "23 NATO countries out of 32", "The 32 members of the alliance agreed": the membership,
    # not a count at the guideline; "Eight allies remain below the target" counts the others.
    if counts.is_membership(clues.value, clues.surface, clues.sentence) \
            or clues.metric_name == "alliance_members":
        return Subject("allies_total", "", "inferred", MEMBERSHIP)
    if clues.at >= 0:
        part = part_of_a_count(clues.sentence, clues.at, clues.surface)
        if part:
            return Subject("allies_subset", "", "inferred", part)
        found = not_the_count_meeting(clues.sentence, clues.at, clues.surface)
        if found:
            return Subject(found[0], "", "inferred", found[1])
        group = group_named_with_the_count(clues.sentence, clues.at, clues.surface)
        if group:
            return Subject("allies_subset", "", "inferred", group)
    return None


def own_ally_clause(clause: str) -> bool:
    """Whether the clause a level stands in names an ally and no other whole it may be of."""
    return bool(find_ally(clause)) and not words.OTHER_WHOLE.search(clause)


def _by_extractor_label(clues: Clues) -> Subject | None:
    metric_name = clues.metric_name
    mapped = METRIC_ALIASES.get(metric_name)
    if mapped and mapped.startswith("exercise_"):
        return Subject(exercise_key(mapped, clues.unit), clues.exercise, "extractor")
    if metric_name.startswith("exercise_") and ("participant" in metric_name
                                                or "nation" in metric_name):
        return Subject(exercise_key("exercise_participating", clues.unit), clues.exercise,
                       "extractor")
    if mapped == "guideline_share_gdp":  # the value is a guideline's (see classify)
        return Subject(clues.guidelines.key_for(clues.value, "percent_gdp") or mapped, "",
                       "extractor")
    if mapped:
        return Subject(mapped, clues.ally or "", "extractor")
    if metric_name == "equipment_share" and clues.ally:
        return Subject("ally_equipment_share", clues.ally, "extractor")
    if metric_name in ("defence_spending_change", "defence_spending_real_change") and \
            clues.unit == "percent" and clues.ally and clues.value < 10 and clues.at >= 0 and (
                words.SPENDING_AT.search(scope.clause_before(clues.sentence, clues.at, 60))
                or words.SHARE_OF_GDP_LEVEL.search(scope.clause_before(clues.sentence, clues.at))
                or words.RAISED_TO_LEVEL.search(scope.clause_before(clues.sentence, clues.at, 90))
                or estimated_to_reach(clues.sentence, clues.at, clues.surface)):
        # "Canada is lagging behind, with current spending at around 1.37 per cent", "The UK has
        # increased its contribution to an estimated 2.4% this year", "Italy is
        # expected to reach 1.46% this year", "Poland's spending as a share of GDP will rise to
        # 4.12% this year from 3.26%": a level of spending, its share of GDP
        return Subject("ally_share_gdp", clues.ally, f"extractor, {SPENDING_LEVEL}")
    if metric_name in ("defence_spending_change", "defence_spending_real_change") and \
            clues.unit == "percent" and clues.ally and clues.at >= 0 and \
            words.LEVEL_RIGHT_BEFORE.search(clues.sentence[max(0, clues.at - 20):clues.at]) and \
            words.EQUIPMENT_SHARE_NAMED.search(clues.sentence[:clues.at]) and \
            own_ally_clause(scope.clause_before(clues.sentence, clues.at, 60)):
        return Subject("ally_equipment_share", clues.ally, "extractor, equipment named before")
    if metric_name in ("defence_spending_change", "defence_spending_real_change"):
        if words.EUROPE_CANADA.search(clues.context):
            return Subject("europe_canada_defence_spending_change", "Europe and Canada",
                           "extractor")
        if words.EUROPE.search(scope.clause_around(clues.sentence, clues.at, clues.surface, 90)):
            # NATO publishes the growth of Europe and Canada together, not of Europe alone
            return Subject("europe_canada_defence_spending_change", "Europe and Canada",
                           f"extractor, {EUROPE_FOR_EUROPE_CANADA}")
        owner = growth_owner_before(clues.sentence, clues.previous_in_paragraph)
        if owner is not None:
            return Subject("europe_canada_defence_spending_change" if owner else
                           "defence_spending_change", owner,
                           f"extractor, {GROWTH_OWNER_BEFORE}, {scope.AGREE_ONLY}")
        return Subject("defence_spending_change", "", "extractor")
    return None
