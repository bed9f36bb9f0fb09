"""The share guards as data (analysis.brief.share_guards): every rule catches its own example,
and the tables keep the order the brief reads them in."""

from __future__ import annotations

import pytest

from analysis.brief import share_guards
from analysis.brief.share_guards import SHARE_GUARDS, guard_reason


@pytest.mark.parametrize("guard", SHARE_GUARDS, ids=lambda guard: guard.name)
def test_every_share_guard_catches_its_example(guard) -> None:
    at = guard.example.index(guard.share)
    assert guard.catches(guard.example, at, guard.share)
    assert guard_reason(SHARE_GUARDS, guard.example, at, guard.share) == guard.reason


def test_a_share_of_its_own_is_caught_by_no_guard() -> None:
    sentence = "Portugal spent 1.6% of GDP on defence last year."
    assert guard_reason(SHARE_GUARDS, sentence, sentence.index("1.6%"), "1.6%") == ""
    assert guard_reason(SHARE_GUARDS, sentence, -1, "1.6%") == ""


def test_a_level_its_year_owns_is_no_level_compared_with() -> None:
    sentence = "Croacia gasta el 1,9 % del PIB, por encima del 1,7 % de 2023."
    at = sentence.index("1,7 %")
    assert guard_reason(share_guards.LEVELS_NOT_OWNED, sentence, at, "1,7 %") == ""


def test_a_level_below_in_another_language_is_compared_with() -> None:
    # an upper bound of foreign_words ("mniej niż", less than)
    sentence = "Hiszpania wyda 1,4 proc. PKB, a więc mniej niż 2 proc."
    at = sentence.index("2 proc.")
    assert guard_reason(share_guards.LEVELS_NOT_OWNED, sentence, at, "2 proc.") == \
        share_guards.LEVEL_COMPARED


def test_the_and_of_a_range_is_any_languages_and_the_czech_a() -> None:
    for sentence, share in (("Výdaje dosáhnou mezi 1,8 a 2,05 % HDP.", "2,05 %"),
                            ("Försvaret får mellan 1,7 och 1,95 procent.", "1,95")):
        at = sentence.index(share)
        assert guard_reason(share_guards.PIECES_OF_ANOTHER_SHARE, sentence, at, share) == \
            share_guards.RANGE_END


def test_one_of_those_reads_the_extractors_ally_nouns() -> None:
    # "estados miembros" (member states), one of the extractor's ally nouns
    sentence = "Eslovaquia es uno de los estados miembros que destinan el 2,1% a defensa."
    at = sentence.index("2,1%")
    assert guard_reason(share_guards.LEVELS_NOT_OWNED, sentence, at, "2,1%") == \
        share_guards.ONE_OF_THOSE
