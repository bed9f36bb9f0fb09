"""The rules that decide, right after a number is found, that it is no figure or a special one.

Owns :data:`NUMBER_RULES`, tried in order on every number (digits or words) before its unit
is read; the first rule that matches decides (see :mod:`analysis.extract.rules`):

- no figure at all: URLs, e-mail addresses and ISO dates, telephone numbers, numbered list
  markers, clock times, decades ("the 1990s");
- a figure of unit ``other``: numbers inside names ("E-7A", "F-35", "Phase one"), identifiers
  ("086"), ordinals ("75th"), calibres ("155 mm"), "9/11", multipliers glued to letters;
- a special reading: fiscal years ("FY25"), "2024e", dates written "11th of July", "1/3".

An effect returns ``(figure or None, position where scanning resumes)``.
"""

from __future__ import annotations

from analysis.extract import counted_nouns as N
from analysis.extract import patterns as P
from analysis.extract.before import Before, at_line_start, at_sentence_start, before_of
from analysis.extract.core import Core
from analysis.extract.figure import ReadFigure, figure_at
from analysis.extract.language_rules import (
    after_space_digits,
    digits_then_space,
    percent_from,
    percent_word_before,
    thousands_and_rest,
    thousands_word_then_rest,
)
from analysis.extract.rules import Reading, Rule, RuleIndex, no_figure
from analysis.extract.scales import SCALE_AFTER

Outcome = tuple[ReadFigure | None, int]


class NumberScene:
    """A number just found and its text; the words before it are read when a rule asks."""

    __slots__ = ("text", "core", "_before")

    def __init__(self, text: str, core: Core, before: Before | None = None):
        self.text = text
        self.core = core
        self._before = before

    @property
    def before(self) -> Before:
        if self._before is None:
            self._before = before_of(self.text, self.core.start)
        return self._before


# --- conditions on the number alone ------------------------------------------------------------
def is_digits(core: Core) -> bool:
    return core.source == "digits"


def after_plus(core: Core) -> bool:
    return core.char_before == "+"


def letters_glued_before(core: Core) -> bool:
    """Digits after a letter or a hyphen ("FY25", "E-7A"), with no currency."""
    return core.currency is None and (core.char_before.isalpha() or core.char_before == "-")


def glued_after(core: Core) -> bool:
    """A colon, "am"/"pm" or a time zone after the digits (maybe after a space)."""
    after = core.char_after
    return core.currency is None and (after in (":", "a", "p") or after.isspace())


def slash_after(core: Core) -> bool:
    return core.currency is None and core.char_after == "/"


def letter_glued_after(core: Core) -> bool:
    return core.char_after.isalpha()


def may_be_calibre(core: Core) -> bool:
    after = core.char_after
    return core.source == "digits" and (after in ("-", "m") or after.isspace())


def list_marker_candidate(core: Core) -> bool:
    return core.source == "digits" and core.end - core.start <= 2 and core.char_after in ".)"


def is_words(core: Core) -> bool:
    return core.source == "words"


# --- effects -----------------------------------------------------------------------------------
def skip_to(_core: Core, _scene: NumberScene, end: int) -> Outcome:
    return None, end


def skip_match(_core: Core, _scene: NumberScene, found) -> Outcome:
    return None, found.end()


def other_to(_core: Core, scene: NumberScene, end) -> Outcome:
    """A figure of unit and kind ``other`` from the number to ``end`` (a position or a match)."""
    end = end if isinstance(end, int) else end.end()
    return figure_at(scene.text, scene.core.start, end, scene.core.value, "other", "other"), end


def token_end(text: str, pos: int) -> int:
    size = len(text)
    while pos < size and (text[pos].isalnum() or (
            text[pos] == "-" and pos + 1 < size and text[pos + 1].isalnum())):
        pos += 1
    return pos


# --- no figure ---------------------------------------------------------------------------------
def machine_token_end(scene: NumberScene) -> int | None:
    """End of a URL, e-mail address or ISO date holding the number, which are not figures."""
    text, core = scene.text, scene.core
    if core.is_year_like:
        iso = P.ISO_DATE.match(text, core.start)
        if iso:
            return iso.end()
    # The token lies within 200 characters of the number and between the spaces around it:
    # without any of the marks there, it holds none of them either (str.find is much cheaper
    # than walking the token character by character).
    lo = max(0, core.start - 200)
    lo = text.rfind(" ", lo, core.start) + 1 or lo
    hi = text.find(" ", core.end, core.end + 200)
    hi = hi if hi >= 0 else core.end + 200
    if text.find("://", lo, hi) < 0 and text.find("www.", lo, hi) < 0 and \
            text.find("@", lo, hi) < 0 and text.find(".htm", lo, hi) < 0:
        return None
    lo = core.start
    while lo > 0 and not text[lo - 1].isspace() and core.start - lo < 200:
        lo -= 1
    hi = core.end
    while hi < len(text) and not text[hi].isspace() and hi - core.end < 200:
        hi += 1
    token = text[lo:hi]
    if "://" in token or "www." in token or "@" in token or ".htm" in token:
        return hi
    return None


def telephone_number(scene: NumberScene):
    text, start = scene.text, scene.core.start
    if not start or text[start - 1] != "+":
        return None
    phone = P.PHONE.match(text, start - 1)
    return phone if phone and sum(c.isdigit() for c in phone.group()) >= 8 else None


def list_marker(scene: NumberScene) -> int | None:
    core = scene.core
    if at_line_start(scene.text, core.start) and P.LIST_NUMBER.match(scene.text, core.end):
        return core.end + 1
    return None


# --- digits glued to letters or signs ------------------------------------------------------------
def letters_before(scene: NumberScene) -> tuple[int, str] | None:
    """(start, letters) of letters glued before the digits: "FY25", "E-7A", "F-35"."""
    text, start = scene.text, scene.core.start
    if not start or not (text[start - 1].isalpha() or (
            text[start - 1] == "-" and start > 1 and text[start - 2].isalpha())):
        return None
    prefix_start = start - 1 if text[start - 1] == "-" else start
    while prefix_start > 0 and text[prefix_start - 1].isalpha():
        prefix_start -= 1
    return prefix_start, text[prefix_start:start]


def fiscal_year_prefix(scene: NumberScene) -> tuple[int, str] | None:
    core, prefix = scene.core, letters_before(scene)
    if prefix and prefix[1].upper() == "FY" and (core.value < 100 or core.is_year_like) and \
            core.end - core.start in (2, 4):
        return prefix
    return None


def fiscal_year(core: Core, scene: NumberScene, prefix: tuple[int, str]) -> Outcome:
    value = core.value + 2000 if core.value < 100 else core.value
    return figure_at(scene.text, prefix[0], core.end, value, "year", "year"), core.end


def name_prefix(scene: NumberScene) -> tuple[int, str] | None:
    prefix = letters_before(scene)
    if prefix and (scene.text[scene.core.start - 1] != "-" or any(
            c.isupper() for c in prefix[1])):
        return prefix
    return None


def named_token(core: Core, scene: NumberScene, prefix: tuple[int, str]) -> Outcome:
    stop = token_end(scene.text, core.end)
    return figure_at(scene.text, prefix[0], stop, core.value, "other", "other"), stop


def glued(scene: NumberScene):
    found = P.GLUED_NUMBER.match(scene.text, scene.core.end)
    if found is None or (scene.core.is_year_like and found.group("slash")):
        return None
    return found


def clock_time(scene: NumberScene):
    found = glued(scene)
    return found if found and found.group("time") else None


def slash_fraction(scene: NumberScene):
    found = glued(scene)
    if found and found.group("slash"):
        denominator = float(found.group("den"))
        if 1 < denominator <= 10 and scene.core.value < denominator:
            return found
    return None


def fraction_of_slash(core: Core, scene: NumberScene, found) -> Outcome:
    before = scene.before
    return figure_at(scene.text, before.hedge_start, found.end(),
                     core.value / float(found.group("den")), "other", "share",
                     before.hedge is not None, before.hedge, "fraction"), found.end()


def slash_number(scene: NumberScene):
    found = glued(scene)
    return found if found and found.group("slash") else None


# --- letters glued after the digits --------------------------------------------------------------
def letter_after(scene: NumberScene) -> bool:
    end = scene.core.end
    return end < len(scene.text) and scene.text[end].isalpha()


def ordinal_date(scene: NumberScene):
    if not letter_after(scene) or scene.core.value > 31 or \
            not P.ORDINAL.match(scene.text, scene.core.end):
        return None
    return P.MONTH_AFTER.match(scene.text, scene.core.end)


def date_to(core: Core, scene: NumberScene, found) -> Outcome:
    return figure_at(scene.text, core.start, found.end(), core.value, "other", "date"), found.end()


def ordinal(scene: NumberScene):
    return P.ORDINAL.match(scene.text, scene.core.end) if letter_after(scene) else None


def year_estimate(scene: NumberScene):
    if scene.core.is_year_like and letter_after(scene):
        return P.YEAR_ESTIMATE.match(scene.text, scene.core.end)
    return None


def estimated_year(core: Core, scene: NumberScene, found) -> Outcome:
    return figure_at(scene.text, core.start, found.end(), core.value, "year", "year"), found.end()


def decade(scene: NumberScene):
    if scene.core.is_year_like and letter_after(scene):
        return P.DECADE.match(scene.text, scene.core.end)
    return None


def calibre(scene: NumberScene):
    return P.CALIBRE.match(scene.text, scene.core.end)


def glued_fold(scene: NumberScene):
    return N.FOLD.match(scene.text, scene.core.end) if letter_after(scene) else None


def multiplier(core: Core, scene: NumberScene, found) -> Outcome:
    before = scene.before
    return figure_at(scene.text, before.hedge_start, found.end(), core.value, "other", "other",
                     before.hedge is not None, before.hedge), found.end()


def glued_letters(scene: NumberScene) -> int | None:
    """"5G", "12PAC": letters after the digits that are no scale ("5bn") and no percent."""
    text, end = scene.text, scene.core.end
    if not letter_after(scene) or SCALE_AFTER.match(text, end) or P.PERCENT.match(text, end):
        return None
    return token_end(text, end)


def leading_zero(scene: NumberScene) -> int | None:
    text, core = scene.text, scene.core
    if text[core.start] == "0" and core.end - core.start > 1 and text[core.start + 1].isdigit():
        return core.end
    return None


def word_in_name(scene: NumberScene) -> int | None:
    """"Article Five", "Group of Seven", "Phase one": a number word inside a name."""
    text, core = scene.text, scene.core
    if (text[core.start].isupper() and not at_sentence_start(text, core.start)) or (
            scene.before.name_word in P.NAME_LEADERS and not N.NOUN_AFTER.match(text, core.end)
            and not N.HYPHEN_AFTER.match(text, core.end)):
        return core.end
    return None


def _rule(name, condition, pattern, effect, example, expected) -> Rule:
    return Rule(name, condition, pattern, effect, example, expected)


def _reading(text: str, value: float, unit: str = "other", kind: str = "other",
             approximate: bool = False) -> Reading:
    return Reading(text, value, unit, kind, approximate)


def shape(core: Core) -> tuple:
    """All the number rules' conditions look at (the key of :data:`NUMBER_INDEX`)."""
    return (core.source, core.currency is None, core.char_before, core.char_after,
            core.end - core.start <= 2)


NUMBER_RULES = (
    _rule("url_email_or_iso_date", is_digits, machine_token_end, skip_to,
          "Updated 2024-06-17T10:00Z, see www.nato.int/cps/en/natohq/topics_49198.htm today.",
          no_figure("2024-06-17")),
    _rule("telephone_number", after_plus, telephone_number, skip_match,
          "Call +32 2 707 50 41 for details.", no_figure("+32 2 707 50 41")),
    _rule("list_marker", list_marker_candidate, list_marker, skip_to,
          "Notes\n1. Figures are estimates.", no_figure("1.")),
    _rule("fiscal_year", letters_glued_before, fiscal_year_prefix, fiscal_year,
          "The FY25 request grew.", _reading("FY25", 2025.0, "year", "year")),
    _rule("letters_before_digits", letters_glued_before, name_prefix, named_token,
          "The E-7A Wedgetail flies.", _reading("E-7A", 7.0)),
    _rule("clock_time", glued_after, clock_time, skip_match,
          "They met at 10:30 in Brussels.", no_figure("10:30")),
    _rule("slash_fraction", slash_after, slash_fraction, fraction_of_slash,
          "About 1/3 of allies agreed.",
          _reading("About 1/3", 1 / 3, "other", "share", approximate=True)),
    _rule("slash_number", slash_after, slash_number, other_to,
          "After 9/11 the alliance invoked its treaty.", _reading("9/11", 9.0)),
    _rule("ordinal_date", letter_glued_after, ordinal_date, date_to,
          "It ends on the 11th of July.", _reading("11th of July", 11.0, "other", "date")),
    _rule("ordinal", letter_glued_after, ordinal, other_to,
          "NATO marks its 75th-birthday summit.", _reading("75th", 75.0)),
    _rule("year_estimate", letter_glued_after, year_estimate, estimated_year,
          "Spending in 2024e rose.", _reading("2024e", 2024.0, "year", "year")),
    _rule("decade", letter_glued_after, decade, skip_match,
          "Cuts in the 1990s left gaps.", no_figure("1990s")),
    _rule("calibre", may_be_calibre, calibre, other_to,
          "It fires 155 mm shells.", _reading("155 mm", 155.0)),
    _rule("multiplier_glued", letter_glued_after, glued_fold, multiplier,
          "Output rose roughly 3fold.", _reading("roughly 3fold", 3.0, approximate=True)),
    _rule("letters_after_digits", letter_glued_after, glued_letters, other_to,
          "Operators rolled out 5G masts.", _reading("5G", 5.0)),
    _rule("leading_zero", is_digits, leading_zero, other_to,
          "The file number is 086.", _reading("086", 86.0)),
    _rule("percent_word_before", after_space_digits, percent_word_before, percent_from,
          "Polonya yüzde 4,48'lik payla başı çekiyor.",
          _reading("yüzde 4,48", 4.48, "percent", "share")),
    _rule("thousands_word_then_rest", digits_then_space, thousands_word_then_rest,
          thousands_and_rest, "Türkiye 2022’de 455 bin 900 olan asker sayısını artırdı.",
          _reading("455 bin 900", 455900.0, "troops", "count")),
    _rule("number_word_in_name", is_words, word_in_name, other_to,
          "Phase one of the drill ends in March.", _reading("one", 1.0)),
)
# The conditions of NUMBER_RULES depend only on shape(core): each runs once per shape.
NUMBER_INDEX = RuleIndex(NUMBER_RULES, shape)
