"""Every rule of the extractor's rule tables, on the example sentence its table row gives.

The tests are generated from the tables: a new rule is tested as soon as it is written, and a
rule whose example no longer reads as stated fails by its name.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from analysis.extract import extractor, read
from analysis.extract import patterns as P
from analysis.extract.core import core_of
from analysis.extract.extractor import TABLES, extract_figures
from analysis.extract.figure import Figure
from analysis.extract.number_rules import NUMBER_INDEX, NUMBER_RULES, NumberScene, shape
from analysis.extract.plain_rules import PLAIN_RULES
from analysis.extract.rules import Reading, Rule, RuleIndex, Scene, Table, apply_table, decide

FORMS = Path(__file__).parents[1] / "fixtures" / "sources" / "forms.json"
UNIT_TABLE_RULES: list[Rule] = [rule for table in TABLES for rule in table.rules]
RULES: list[Rule] = [*NUMBER_RULES, *PLAIN_RULES, *UNIT_TABLE_RULES]


def _matches(row, want: Reading) -> bool:
    return (row.text, row.unit, row.kind, bool(row.approximate)) == (
        want.text, want.unit, want.kind, want.approximate) and math.isclose(
        row.value, want.value, rel_tol=1e-9)


def test_rule_names_are_unique():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_example_reads_as_stated(rule: Rule):
    found = extract_figures(rule.example)
    want = rule.expected
    assert want.text in rule.example
    if not want.present:
        start = rule.example.index(want.text)
        end = start + len(want.text)
        overlapping = found[(found["start"] < end) & (found["end"] > start)]
        assert overlapping.empty, overlapping[["text", "unit", "kind"]].to_dict("records")
        return
    rows = list(found.itertuples())
    assert any(_matches(row, want) for row in rows), [
        (row.text, row.value, row.unit, row.kind, row.approximate) for row in rows]


def _figure(text: str, start: int, end: int, unit: str) -> Figure:
    return Figure(text[start:end], start, end, 1.0, unit, "count")


def test_first_matching_rule_decides_and_later_rules_are_not_tried():
    text = "one two"
    tried: list[str] = []

    def rule(name: str, matches: bool, unit: str) -> Rule:
        def pattern(_scene: Scene) -> bool:
            tried.append(name)
            return matches
        return Rule(name, lambda _figure: True, pattern,
                    lambda figure, _scene, _found: Figure(figure.text, figure.start, figure.end,
                                                          figure.value, unit, figure.kind),
                    text, Reading("one"))

    table = Table("t", (rule("no", False, "x"), rule("first", True, "allies"),
                        rule("later", True, "troops")))
    scene = Scene(text, [_figure(text, 0, 3, "count")])
    apply_table(table, scene)
    assert scene.figures[0].unit == "allies"
    assert tried == ["no", "first"]


@pytest.mark.parametrize("rule", RULES, ids=[rule.name for rule in RULES])
def test_rule_decides_its_example(rule: Rule, monkeypatch: pytest.MonkeyPatch):
    """Without the rule, its example reads differently: the example shows what the rule does."""
    if rule in NUMBER_RULES:
        monkeypatch.setattr(read, "NUMBER_INDEX", RuleIndex(
            tuple(r for r in NUMBER_RULES if r is not rule), shape))
    elif rule in PLAIN_RULES:
        monkeypatch.setattr(read, "PLAIN_RULES", tuple(r for r in PLAIN_RULES if r is not rule))
    else:
        monkeypatch.setattr(extractor, "TABLES", tuple(
            replace(table, rules=tuple(r for r in table.rules if r is not rule))
            for table in TABLES))
    found = extract_figures(rule.example)
    if rule.expected.present:
        assert not any(_matches(row, rule.expected) for row in found.itertuples())
    else:
        start = rule.example.index(rule.expected.text)
        end = start + len(rule.expected.text)
        assert ((found["start"] < end) & (found["end"] > start)).any()


def test_number_index_decides_as_the_plain_table_does():
    """The index tries conditions once per shape(core): that must change no decision."""
    forms = json.loads(FORMS.read_text(encoding="utf-8"))
    texts = [case[0] for form, cases in forms.items() if not form.startswith("_")
             for case in cases] + [rule.example for rule in NUMBER_RULES]
    decided = 0
    for text in texts:
        for match in P.MASTER.finditer(text.lower()):
            core = core_of(text, match) if not match.group("relyear") else None
            if core is None or core.source in ("fraction", "duration"):
                continue
            want = decide(NUMBER_RULES, core, NumberScene(text, core))
            assert NUMBER_INDEX.decide(core, NumberScene(text, core)) == want, text
            decided += want is not None
    assert decided >= len(NUMBER_RULES)
