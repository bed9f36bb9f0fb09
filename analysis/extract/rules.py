"""The rule engine: ordered tables of rules applied to the figures of a text.

Owns :class:`Rule` (one row of a table: name, condition, pattern, effect, example and the
reading the example must give), :class:`Scene` (what a rule sees: the text, every figure, the
one being decided) and :func:`apply_table`.

Precedence is the order of the table: for each figure the first rule whose ``condition`` holds
and whose ``pattern`` finds something decides, and no later rule of that table is tried for it.
Figures are decided in text order (or backwards for a table read ``backwards``), so a rule sees
the earlier figures as already decided and the later ones as read. Every rule's example runs
as a test (``tests/extract/test_extract_rules.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any

from analysis.extract.figure import Figure


@dataclass(frozen=True)
class Reading:
    """What ``extract_figures`` must give for the example of a rule: a figure with this text
    and reading, or (``present=False``) no figure overlapping this text."""

    text: str
    value: float | None = None
    unit: str | None = None
    kind: str | None = None
    approximate: bool = False
    present: bool = True


def no_figure(text: str) -> Reading:
    """The example's ``text`` holds no figure ("10:30", "+32 2 707 50 41")."""
    return Reading(text, present=False)


class Scene:
    """The figures of one text and the one being decided (a cursor, not a value)."""

    __slots__ = ("text", "figures", "index", "state")

    def __init__(self, text: str, figures: list[Figure], state: dict | None = None):
        self.text = text
        self.figures = figures
        self.index = 0
        self.state = state if state is not None else {}

    @property
    def figure(self) -> Figure:
        return self.figures[self.index]

    @property
    def next(self) -> Figure | None:
        return self.figures[self.index + 1] if self.index + 1 < len(self.figures) else None

    def gap_to_next(self) -> str:
        following = self.next
        return self.text[self.figure.end:following.start] if following else ""

    def previous_in_sentence(self, kind: str) -> Figure | None:
        """The nearest earlier figure of the same sentence and kind (at most five back)."""
        sentence = self.figure.sentence_index
        for back in range(self.index - 1, max(-1, self.index - 6), -1):
            candidate = self.figures[back]
            if candidate.sentence_index != sentence:
                return None
            if candidate.kind == kind:
                return candidate
        return None


@dataclass(frozen=True)
class Rule:
    """One row of a rule table.

    ``condition`` looks at the subject alone (a :class:`Figure`, or for the number rules a
    number just found; cheap, tried first); ``pattern`` looks at the text and the neighbours and
    returns what it found (a regex match, a neighbour, a position, True) or a false value;
    ``effect`` returns the new figure (or for the number rules the outcome) from the subject and
    what the pattern found.
    """

    name: str
    condition: Callable[[Any], bool]
    pattern: Callable[[Any], Any]
    effect: Callable[[Any, Any, Any], Any]
    example: str
    expected: Reading
    # The units of the figures the rule applies to (None: any): the engine then tries only the
    # rules for a figure's unit, without calling every condition.
    units: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Table:
    """An ordered list of rules and how it walks the figures.

    ``prepare`` runs once before the walk (it may fill ``Scene.state``); ``observe`` runs after
    each figure is decided (it may update ``Scene.state``, e.g. "a share of GDP was given").
    """

    name: str
    rules: Sequence[Rule]
    backwards: bool = False
    prepare: Callable[[Scene], None] | None = None
    observe: Callable[[Scene], None] | None = None
    doc: str = field(default="", compare=False)
    # The rules that may apply to a figure of each unit, filled as units are met: the same for
    # every text, so filtered once per unit and not once per text (not an argument: a table
    # made with dataclasses.replace gets its own).
    rules_by_unit: dict[str, tuple[Rule, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False)

    def rules_for(self, unit: str) -> tuple[Rule, ...]:
        """The rules of the table whose ``units`` include ``unit`` (or that take any unit)."""
        rules = self.rules_by_unit.get(unit)
        if rules is None:
            rules = self.rules_by_unit[unit] = tuple(
                rule for rule in self.rules if rule.units is None or unit in rule.units)
        return rules


def decide(rules: Sequence[Rule], subject: Any, scene: Any) -> Any:
    """What the first matching rule makes of ``subject`` (a figure, or a number just found), or
    None when no rule matches."""
    for rule in rules:
        if rule.condition(subject):
            found = rule.pattern(scene)
            if found:
                return rule.effect(subject, scene, found)
    return None


class RuleIndex:
    """Rules tried on many subjects whose conditions depend only on ``key(subject)``: each
    condition runs once per key, and a subject is tried only against the rules that hold for
    its key (same precedence as :func:`decide`)."""

    def __init__(self, rules: Sequence[Rule], key: Callable[[Any], Hashable]):
        self.rules = tuple(rules)
        self.key = key
        self.by_key: dict[Hashable, tuple[Rule, ...]] = {}

    def decide(self, subject: Any, scene: Any) -> Any:
        key = self.key(subject)
        rules = self.by_key.get(key)
        if rules is None:
            rules = self.by_key[key] = tuple(
                rule for rule in self.rules if rule.condition(subject))
        for rule in rules:
            found = rule.pattern(scene)
            if found:
                return rule.effect(subject, scene, found)
        return None


def apply_table(table: Table, scene: Scene) -> None:
    """Decides every figure of ``scene`` by ``table`` (in place in ``scene.figures``)."""
    if table.prepare is not None:
        table.prepare(scene)
    figures, observe = scene.figures, table.observe
    order = range(len(figures) - 1, -1, -1) if table.backwards else range(len(figures))
    by_unit, rules_for = table.rules_by_unit, table.rules_for
    for index in order:
        scene.index = index
        figure = figures[index]
        rules = by_unit.get(figure.unit) or rules_for(figure.unit)
        decided = decide(rules, figure, scene) if rules else None
        if decided is not None:
            figures[index] = decided
        if observe is not None:
            observe(scene)
