"""Number rules for how other languages than English write a number (issue 9): the percent
written before it (Turkish "yüzde 4,48") and thousands as a word between two groups of digits
(Turkish "455 bin 900", Polish "90 tys. 500").

Conditions, patterns and effects of rows of :data:`analysis.extract.number_rules.NUMBER_RULES`
(the rows, with their examples, are there). A ``scene`` is that module's ``NumberScene``: the
text, the number found (``core``) and the words before it (``before``).
"""

from __future__ import annotations

from analysis.extract import counted_nouns as N
from analysis.extract import other_languages as L
from analysis.extract.core import Core
from analysis.extract.figure import ReadFigure, figure_at

Outcome = tuple[ReadFigure | None, int]


# --- the percent written before the number -------------------------------------------------------
def after_space_digits(core: Core) -> bool:
    return core.source == "digits" and core.currency is None and core.char_before == " "


def percent_word_before(scene) -> int | None:
    """Where "yüzde" ("yüzdə") starts right before the digits, else None."""
    text, at = scene.text, scene.core.start
    # the letter before the space first: one character, most numbers fail here
    if at < 2 or text[at - 2] not in "eEəƏ":
        return None
    start = at - len(L.PERCENT_WORDS_BEFORE[0])
    if start >= 0 and text[start:at].lower() in L.PERCENT_WORDS_BEFORE:
        return start
    return None


def percent_from(core: Core, scene, start: int) -> Outcome:
    """The share from "yüzde" on; its decimals past a comma the number patterns leave out,
    a comma ending the clause right after them ("bu oran yüzde 2,13, 2025’te ise ...")."""
    text, end, value = scene.text, core.end, core.value
    decimals = L.DECIMALS_BEFORE_COMMA.match(text, end) if value == int(value) else None
    if decimals is not None:
        end = decimals.end(1)
        value = float(f"{int(value)}.{decimals.group(1)[1:]}")
    return figure_at(text, start, end, value, "percent", "share"), end


# --- thousands written as a word between two groups of digits -------------------------------------
def digits_then_space(core: Core) -> bool:
    return core.source == "digits" and core.currency is None and core.char_after == " "


def thousands_word_then_rest(scene):
    """"455 bin 900" (Turkish), "90 tys. 500" (Polish): thousands as a word, then the rest."""
    core, text = scene.core, scene.text
    # a cheap literal first: the thousands word right after the space
    if not text.startswith(L.THOUSANDS_WORDS, core.end) or core.value >= 1000 or \
            core.value != int(core.value):
        return None
    return L.THOUSANDS_WORD_REST.match(text, core.end)


def thousands_and_rest(core: Core, scene, found) -> Outcome:
    """The number in full; soldiers when a troops noun follows ("900 olan asker": the noun,
    after "olan" (which is), stays out of the figure's text, as the labels write it)."""
    text, before = scene.text, scene.before
    value = core.value * 1000 + float(found.group("rest"))
    end = found.end()
    noun = N.NOUN_AFTER.match(text, end)
    unit = "troops" if noun is not None and noun.lastgroup == "troops" else "count"
    figure = figure_at(text, before.hedge_start, end, value, unit, "count",
                       before.hedge is not None, before.hedge, "thousand")
    # without its noun, a count the unit rules may still name ("asker sayısı ... 143 bin 600")
    return figure._replace(bare=unit == "count"), end
