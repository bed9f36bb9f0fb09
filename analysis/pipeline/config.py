"""``notebooks/reports.yml``: read, validated against its JSON schema, turned into report specs.

The structure (which keys, of which types, which parameter types) is checked by
``reports_schema.json`` with jsonschema; what a schema cannot say - a rule, slot or ``years_of``
naming one of the report's own parameters, ``default_set`` naming a known report - is checked here.
Every mistake is one :class:`ParameterError` line naming the file, the report and the field.
Values are checked per build by :mod:`analysis.pipeline.params`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from analysis import paths
from analysis.errors import ParameterError, quoted, shorten

CONFIG_NAME = "reports.yml"
SCHEMA_PATH = Path(__file__).resolve().parent / "reports_schema.json"
RULE_PATTERN = re.compile(r"^\s*(\w+)\s*(<=|>=|==|!=|<|>)\s*(\w+)\s*$")
# Types whose values can be compared with min/max and in rules.
ORDERED_TYPES = ("int", "float", "year")


@cache
def schema() -> dict[str, Any]:
    """The JSON schema of reports.yml (the one list of parameter types and symbolic sets)."""
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


TYPES: tuple[str, ...] = tuple(schema()["$defs"]["parameter"]["properties"]["type"]["enum"])
SYMBOLIC_SETS: tuple[str, ...] = tuple(
    schema()["$defs"]["parameter"]["properties"]["allowed"]["oneOf"][1]["enum"]
)


@dataclass(frozen=True)
class ParamSpec:
    name: str
    type: str
    default: Any
    allowed: tuple[Any, ...] | str | None = None  # a literal tuple or one of SYMBOLIC_SETS
    help: str = ""
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class ReportSpec:
    name: str
    notebook: Path
    title: str
    description: str
    parameters: tuple[ParamSpec, ...]
    rules: tuple[str, ...] = ()
    slot: tuple[str, ...] = ()
    artifacts: str | None = None
    years_of: str | None = None
    kernel: str = "python3"
    timeout: float = 900.0
    cell_timeout: float = 300.0
    render_timeout: float = 300.0  # seconds for each of the HTML and the PDF

    @property
    def parameter_names(self) -> tuple[str, ...]:
        return tuple(spec.name for spec in self.parameters)

    def parameter(self, name: str) -> ParamSpec:
        for spec in self.parameters:
            if spec.name == name:
                return spec
        raise ParameterError(f"report {self.name}: unknown parameter '{name}'")

    def defaults(self) -> dict[str, Any]:
        return {spec.name: spec.default for spec in self.parameters}


@dataclass(frozen=True)
class DefaultEntry:
    """One line of the default set: a report, optionally once per value of a symbolic set."""

    report: str
    for_each: tuple[tuple[str, str], ...] = ()  # (parameter, symbolic set)


@dataclass(frozen=True)
class ReportConfig:
    path: Path
    reports: Mapping[str, ReportSpec]
    default_set: tuple[DefaultEntry, ...] = field(default_factory=tuple)

    @property
    def notebooks_dir(self) -> Path:
        return self.path.parent

    def report(self, name: str) -> ReportSpec:
        try:
            return self.reports[name]
        except KeyError:
            known = ", ".join(self.reports)
            raise ParameterError(
                f"{self.path.name}: unknown report '{shorten(name)}'; choose from {known}"
            ) from None


def default_config_path() -> Path:
    return paths.notebooks_dir() / CONFIG_NAME


def load_config(path: Path | None = None) -> ReportConfig:
    """Read and check ``reports.yml`` (values are checked per build)."""
    path = Path(path) if path is not None else default_config_path()
    raw = read_yaml(path)
    check_schema(path, raw)
    defaults = raw.get("defaults") or {}
    reports = {
        str(name): report_spec(path, str(name), body, defaults)
        for name, body in raw["reports"].items()
    }
    entries = raw.get("default_set") or []
    default_set = tuple(default_entry(path, entry, reports) for entry in entries)
    return ReportConfig(path=path, reports=reports, default_set=default_set)


def read_yaml(path: Path) -> Any:
    if not path.exists():
        raise ParameterError(f"{path}: report config not found")
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or ""
        raise ParameterError(f"{path}{where}: not valid YAML ({problem})") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ParameterError(f"{path}: cannot read the report config ({error})") from None


def check_schema(path: Path, raw: Any) -> None:
    """ParameterError with the most relevant schema violation of ``raw``, in one line."""
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(raw))
    if error is not None:
        raise ParameterError(f"{path.name}: {describe_schema_error(error)}")


def describe_schema_error(error: jsonschema.ValidationError) -> str:
    """'report r: parameter p: type: 'date' is not one of str, int, ...' for one violation."""
    place, rest = [], [str(part) for part in error.absolute_path]
    if rest[:1] == ["reports"] and len(rest) >= 2:
        place.append(f"report {rest[1]}")
        rest = rest[2:]
        if rest[:1] == ["parameters"] and len(rest) >= 2:
            place.append(f"parameter {rest[1]}")
            rest = rest[2:]
    field_name = ".".join(rest)
    problem = schema_problem(error)
    if field_name:
        problem = f"{field_name}: {problem}"
    return ": ".join([*place, problem])


def schema_problem(error: jsonschema.ValidationError) -> str:
    kind, expected, value = error.validator, error.validator_value, error.instance
    if kind == "required" and isinstance(value, dict):
        missing = [name for name in expected if name not in value]
        return "missing " + " and ".join(f"'{name}'" for name in missing)
    if kind == "additionalProperties" and isinstance(value, dict):
        known = set(error.schema.get("properties") or {})
        unknown = sorted(str(name) for name in value if name not in known)
        return f"unknown field '{unknown[0]}'; known: {', '.join(sorted(known))}"
    if kind == "enum":
        return f"{quoted(value)} is not one of {', '.join(map(str, expected))}"
    if kind == "type":
        return f"expected {expected}, got {quoted(value)}"
    if kind in ("pattern", "oneOf") and error.schema.get("description"):
        return f"{quoted(value)} is not {error.schema['description']}"
    if kind in ("exclusiveMinimum", "minimum"):
        word = "greater than" if kind == "exclusiveMinimum" else "at least"
        return f"must be a number {word} {expected}, got {quoted(value)}"
    return shorten(" ".join(error.message.split()), 200)


def report_spec(path: Path, name: str, body: dict, defaults: dict) -> ReportSpec:
    where = f"{path.name}: report {name}"
    params = tuple(param_spec(where, str(pname), pbody)
                   for pname, pbody in (body.get("parameters") or {}).items())
    kinds = {spec.name: spec.type for spec in params}
    rules = tuple(str(rule) for rule in body.get("rules") or [])
    for rule in rules:
        left, _, right = RULE_PATTERN.match(rule).groups()  # the schema checked the form
        if left not in kinds or right not in kinds:
            raise ParameterError(f"{where}: rule '{rule}' is not 'param OP param' over its "
                                 "parameters")
        if {kinds[left], kinds[right]} - set(ORDERED_TYPES) and kinds[left] != kinds[right]:
            raise ParameterError(f"{where}: rule '{rule}' compares a {kinds[left]} with a "
                                 f"{kinds[right]}")
    slot = tuple(str(item) for item in body.get("slot") or [])
    for item in slot:
        if item not in kinds:
            raise ParameterError(f"{where}: slot names unknown parameter '{item}'")
    years_of = body.get("years_of")
    if years_of is not None and years_of not in kinds:
        raise ParameterError(f"{where}: years_of names unknown parameter '{years_of}'")
    return ReportSpec(
        name=name, notebook=path.parent / str(body["notebook"]),
        title=str(body.get("title") or name), description=str(body.get("description") or ""),
        parameters=params, rules=rules, slot=slot, artifacts=body.get("artifacts"),
        years_of=years_of,
        kernel=str(body.get("kernel") or defaults.get("kernel") or "python3"),
        timeout=float(body.get("timeout") or defaults.get("timeout") or 900),
        cell_timeout=float(body.get("cell_timeout") or defaults.get("cell_timeout") or 300),
        render_timeout=float(
            body.get("render_timeout") or defaults.get("render_timeout") or 300
        ),
    )


def param_spec(where: str, name: str, body: dict) -> ParamSpec:
    ptype, allowed = str(body["type"]), body.get("allowed")
    limits = (body.get("min"), body.get("max"))
    if limits != (None, None) and ptype not in ORDERED_TYPES:
        raise ParameterError(f"{where}: parameter {name}: min and max need a type of "
                             f"{', '.join(ORDERED_TYPES)}, not {ptype}")
    return ParamSpec(
        name=name, type=ptype, default=body["default"],
        allowed=tuple(allowed) if isinstance(allowed, list) else allowed,
        help=str(body.get("help") or ""), minimum=limits[0], maximum=limits[1],
    )


def default_entry(path: Path, entry: Any, reports: Mapping[str, ReportSpec]) -> DefaultEntry:
    if isinstance(entry, str):
        entry = {"report": entry}
    name = str(entry["report"])
    if name not in reports:
        raise ParameterError(f"{path.name}: default_set names unknown report '{name}'")
    for_each = tuple((str(p), str(s)) for p, s in (entry.get("for_each") or {}).items())
    for param, symbolic in for_each:
        if param not in reports[name].parameter_names:
            raise ParameterError(
                f"{path.name}: default_set entry {name}: for_each {param}: {symbolic} names no "
                f"parameter of {name}"
            )
    return DefaultEntry(report=name, for_each=for_each)
