"""The hedges the brief's patterns allow between a phrase and its number ("up from about 1.2%",
"reached nearly 2%", "revised to just 1.3%"): named subsets of the vocabulary's ``HEDGES``,
written as patterns by :func:`optional_hedge`."""

from __future__ import annotations

from analysis.vocabulary import HEDGES

ROUND_HEDGES = ("about", "around", "roughly")  # the number is a round stand-in
NEAR_HEDGES = ("nearly", "almost")  # the value is a little below the number
# Words that stress a number is small ("just 1.2%", "only three"): no hedge, the number is exact.
SMALL_NUMBER_WORDS = ("just", "only")


def optional_hedge(*words: str) -> str:
    r"""An optional hedge of ``words`` before a number, as a pattern (``(?:about\s+|just\s+)?``);
    each word is a hedge of the vocabulary or stresses a small number."""
    unknown = [word for word in words if word not in HEDGES and word not in SMALL_NUMBER_WORDS]
    if unknown:
        raise ValueError(f"not a hedge of the vocabulary: {unknown}")
    return "(?:" + "|".join(word.replace(" ", r"\s+") + r"\s+" for word in words) + ")?"
