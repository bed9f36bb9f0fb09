"""NATO's name is one vocabulary (analysis.vocabulary.NATO_NAMES), read the same in the extractor
and the brief, in every language read; "the alliance" only where a reader takes it for NATO.
Sentences are written for the tests in news style."""

from __future__ import annotations

import pytest

from analysis.brief.national_plans import national_plan
from analysis.vocabulary import NATO_NAMED, NATO_OR_ALLIANCE_NAMED


@pytest.mark.parametrize("sentence", [
    "Volgens de NAVO geeft Nederland 2,05% uit.",
    "Selon l'Otan, la France consacre 2,06 % de son PIB.",
    "За оцінками НАТО, Польща витратить 4,1% ВВП.",
    "Nato figures put Germany at 2.1%.",
])
def test_nato_is_named_in_every_language(sentence) -> None:
    assert NATO_NAMED.search(sentence)
    assert NATO_OR_ALLIANCE_NAMED.search(sentence)


def test_the_alliance_names_nato_only_where_a_reader_takes_it_so() -> None:
    sentence = "The alliance expects Poland to spend 4.1%."
    assert NATO_OR_ALLIANCE_NAMED.search(sentence)
    assert not NATO_NAMED.search(sentence)
    assert not NATO_NAMED.search("A nation of donors.")  # case-sensitive: no "nato" in a word


def test_a_plan_in_a_sentence_naming_nato_with_a_case_ending_is_natos_estimate() -> None:
    sentence = "Laut NATOs Zahlen soll Litauen 4% des BIP ausgeben."
    before = " Zahlen soll Litauen "
    assert national_plan(sentence, before) is None
    assert national_plan("Laut Regierung soll Litauen 4% des BIP ausgeben.", before)
