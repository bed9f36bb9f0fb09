"""Where a figure stands in its document: the exercise the text last named before it (or the
headline's), the sentence before it and its offset in its own sentence. Imports only
:mod:`analysis.brief` leaf modules and :mod:`analysis.vocabulary`."""

from __future__ import annotations

import re
from typing import Any

from analysis.brief.ally_names import find_ally
from analysis.brief.anaphora import sentence_referred_to
from analysis.brief.count_list import exercise_after_a_list
from analysis.brief.past_editions import editions_older_than_main, passed_over
from analysis.brief.values import float_or_none, text_of
from analysis.sentences import sentence_before
from analysis.vocabulary import EXERCISE_NAMES, EXERCISE_WORDS, find_exercise

# Exercises that ran as parts of Steadfast Defender 2024 ("Nordic Response", "Dragon 24"): naming
# one does not name another exercise than NATO's.
EXERCISE_PARTS = (
    "Nordic Response", "Dragon", "Brilliant Jump", "Saber Strike", "Swift Response",
    "Immediate Response", "Crystal Arrow", "Spring Storm", "Hedgehog",
)


# A part named as an exercise of its own: with its edition ("Dragon-24", "Dragon 2024") or right
# after an exercise word in any language ("ćwiczenia Dragon", "the exercise Nordic Response").
PART_AS_EXERCISE = r"(?:{words}\W+)?\b{name}(?:[\s-]?(?:20)?\d\d\b)?"


def headline_names_a_part_first(title: str, exercises: list[str]) -> bool:
    """Whether the headline names, before any exercise NATO's data covers, one of its parts as
    an exercise of its own: "Ruszają ćwiczenia Dragon-24, polski element manewrów NATO Steadfast
    Defender-24" is about Dragon-24 (a national part), so its figures are never the whole's."""
    lowered = title.lower()
    covered = [lowered.find(name.lower()) for name in exercises if name.lower() in lowered]
    first_covered = min(covered, default=len(lowered))
    for part in EXERCISE_PARTS:
        for m in re.finditer(PART_AS_EXERCISE.format(words=EXERCISE_WORDS.pattern,
                                                     name=re.escape(part.lower())), lowered):
            named_as_exercise = m.group() != part.lower()
            if m.start() < first_covered and named_as_exercise:
                return True
    return False


def part_named_as_exercise(text: str) -> str:
    """The first of the exercise's parts that ``text`` names as an exercise of its own ("Dragon
    24", "the Nordic Response drills", "exercise Hedgehog"), else ''."""
    for part in EXERCISE_PARTS:
        for m in re.finditer(PART_AS_EXERCISE.format(words=EXERCISE_WORDS.pattern,
                                                     name=re.escape(part)) + PART_WORD_AFTER,
                             text, re.I):
            if m.group().lower() != part.lower():
                return m.group()
    return ""


# "the Nordic Response drills": the exercise word right after the part's name
PART_WORD_AFTER = rf"(?:\s+{EXERCISE_WORDS.pattern})?"


# "Across the whole series", "the entire exercise": the whole, after a part was talked about
WHOLE_NAMED_AGAIN = re.compile(r"\b(?:whole|entire|overall|full)\s+(?:series|exercise)\b", re.I)


def parts_named_as_exercises(text: str) -> list[int]:
    """Where ``text`` names one of the exercise's parts as an exercise of its own."""
    return sorted(m.start() for part in EXERCISE_PARTS for m in re.finditer(
        PART_AS_EXERCISE.format(words=EXERCISE_WORDS.pattern, name=re.escape(part))
        + PART_WORD_AFTER, text, re.I) if m.group().lower() != part.lower())


# "exercise Nordic Response 2024, part of the Steadfast Defender exercise series": the whole a
# part belongs to, named in the part's appositive, is not what the text goes on about.
WHOLE_OF_A_PART_BEFORE = re.compile(r"\b(?:part|Teil|parte|partie|część|onderdeel)\s+(?:of|von|"
                                    r"der|des|de|di|do|da|du|van)\s+(?:the\s+|la\s+|le\s+|l[’'])?$",
                                    re.I)


def uncovered_exercises(exercises: list[str]) -> list[str]:
    """The exercises the vocabulary names that NATO's data (``exercises``) does not cover."""
    covered = {name.lower() for name in exercises}
    return [name for name in EXERCISE_NAMES if name.lower() not in covered
            and name not in EXERCISE_PARTS and not any(name.lower() in c for c in covered)]


def editions_older_than_main_named(text: str, exercises: list[str], opening: int) -> set[int]:
    """Where ``text`` (the headline, a newline, then the article from ``opening`` on) names an
    exercise with an edition year earlier than the main one's, as offsets in the article."""
    lowered = text.lower()
    named = sorted((m.start(), name) for name in exercises + uncovered_exercises(exercises)
                   for m in re.finditer(re.escape(name.lower()), lowered))
    return {at - opening for at in editions_older_than_main(text, named)}


def other_exercises_named(text: str, exercises: list[str], opening: int) -> list[int]:
    """Where ``text`` (the headline, a newline, then the article from ``opening`` on) names an
    exercise NATO's data does not cover, as offsets in the article (-1 for the headline)."""
    names = uncovered_exercises(exercises)
    lowered = text.lower()
    return [max(-1, m.start() - opening) for name in names
            for m in re.finditer(re.escape(name.lower()), lowered)]


def exercise_opening_next(text: str, end: int, exercises: list[str]) -> str | None:
    """The exercise of ``exercises`` whose name opens the sentence right after offset ``end``
    (the end of a figure's sentence), else None."""
    following = text[end:end + 200].lstrip(" \t\n\"'“”‘’„«»").lower()
    return next((name for name in exercises if following.startswith(name.lower())), None)


def entity_past_the_edition(entity: object, named_before: list[tuple[int, str]],
                            kept: list[tuple[int, str]]) -> object:
    """The extractor's ``entity`` of a figure, or the exercise last named before it (``kept``)
    when ``entity`` is an exercise last named before it only as a past edition."""
    last = {name: at for at, name in named_before}
    passed = [name for name, at in last.items() if (at, name) not in kept]
    if isinstance(entity, str) and kept and any(name.lower() in entity.lower() for name in passed):
        return kept[-1][1]
    return entity


def with_document_exercise(records: list[dict[str, Any]], text: str, exercises: list[str],
                            by_date: str | None = None, title: str = "") -> list[dict[str, Any]]:
    """Each record with the exercise the document was last talking about before the figure,
    and the sentence before the figure's.

    "The exercise brought together roughly 90,000 troops" names no exercise; the headline above
    it ("Steadfast Defender 24 ends") does. Without offsets, the first exercise the text names.
    """
    lowered = text.lower()
    mentions = sorted((m.start(), name) for name in exercises
                      for m in re.finditer(re.escape(name.lower()), lowered))
    # the headline stands above the text: before every figure
    part_first = headline_names_a_part_first(title, exercises)
    mentions = [(-1, name) for name in exercises if name.lower() in title.lower()
                and not part_first][:1] + mentions
    parts = parts_named_as_exercises(text)
    every_mention = mentions
    mentions = [(at, name) for at, name in mentions if not (
        any(at - 120 < part < at for part in parts)
        and WHOLE_OF_A_PART_BEFORE.search(text[max(0, at - 20):at]))]
    a_whole_left_for_its_part = mentions != every_mention
    others = other_exercises_named(f"{title}\n{text}", exercises, len(title) + 1) + (
        [-1] if part_first else []) + parts
    past = editions_older_than_main_named(f"{title}\n{text}", exercises, len(title) + 1)
    for record in records:
        start = float_or_none(record.get("start"))
        sentence = record.get("sentence")
        begin = text.find(sentence, max(0, int(start) - len(sentence))) \
            if start is not None and isinstance(sentence, str) and sentence else -1
        # "The ongoing exercises incorporate 90,000 soldiers" after "In comparison, Trident
        # Juncture in 2018 involved 50,000": the past edition is not what the text talks about
        # "Across the whole series, 90,000 troops": the whole a part belongs to, named again
        whole_again = a_whole_left_for_its_part and isinstance(sentence, str) and \
            bool(WHOLE_NAMED_AGAIN.search(sentence))
        named_before = [(at, name) for at, name in (every_mention if whole_again else mentions)
                        if start is not None and at < start]
        kept = [(at, name) for at, name in named_before
                if not passed_over(at, past, sentence, begin)] or named_before
        before = [name for _, name in kept]
        if kept != named_before:
            record["entity"] = entity_past_the_edition(record.get("entity"), named_before, kept)
        # An exercise named only after the figure is another one ("... 90,000 personnel. The
        # last exercise this large was Trident Juncture 2018"), never the figure's.
        record["document_exercise"] = before[-1] if before else (
            mentions[0][1] if mentions and start is None else None)
        # no exercise named before the figure: the one NATO was running, to agree only
        record["exercise_by_date"] = by_date if not (before if start is not None
                                                     else mentions) else None
        # an exercise named before the figure, whose ships or aircraft it may count; words
        # alone ("the exercise started on June 7") may be about an exercise NATO's data lacks
        record["exercise_before"] = bool(before)
        # "NATO concluded its BALTOPS24 ... The 17-day exercises involved over 50 various class
        # ships": an exercise NATO's data does not cover named nearer before the figure (or,
        # when none of NATO's is named, anywhere before it) is the figure's; never compared
        last = max((at for at, _ in kept), default=-2)
        if start is not None and not whole_again and any(last < at < start for at in others
                                     if not passed_over(at, past, sentence, begin)):
            record["document_exercise"], record["exercise_by_date"] = None, None
            record["exercise_before"] = False
        # "The target is 2%. In 2014 just 7 allies met it": what "it" points back to.
        # the headline stands above the text's first sentence
        record["previous_sentence"] = previous = sentence_before(text, begin) or (
            title if begin == 0 and not text.startswith(title.strip()) else "")
        record["previous_in_paragraph"] = sentence_referred_to(text, previous, begin,
                                                               sentence, find_ally)
        # "90,000 troops will be involved ... Steadfast Defender 2024 is the largest NATO war game
        # since 1988": no exercise named before nor in the sentence, the next one opens with it
        unnamed = begin >= 0 and not before and not find_exercise(sentence, EXERCISE_NAMES) \
            and not any(at < start for at in others)
        record["exercise_named_next"] = (
            exercise_opening_next(text, begin + len(sentence), exercises)
            or exercise_after_a_list(sentence, text[begin + len(sentence):], exercises)
        ) if unnamed else None
        surface, at = text_of(record.get("text")), int(start) - begin if begin >= 0 else -1
        # its own place: "2.1 percent" may stand for several allies in one sentence
        record["at"] = at if at >= 0 and sentence[at:at + len(surface)] == surface else (
            text_of(sentence).find(surface) if surface else -1)
    return records
