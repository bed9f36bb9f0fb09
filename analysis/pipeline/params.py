"""Report parameters: values from the command line or the default set, checked before any kernel
starts against what ``notebooks/reports.yml`` declares (read by :mod:`analysis.pipeline.config`).

papermill alone only warns about an unknown parameter and lets a wrong type fail deep inside a
notebook; here every value is coerced to its declared type and checked against its allowed values
(allies, years and releases come from the bundled data) so that a mistake costs one line and no
kernel start-up.

Public API: :func:`resolve_params`, :func:`parse_assignments`, :class:`DataUniverse`; the config
names (:func:`load_config`, :class:`ReportSpec`, :class:`ParamSpec`) are re-exported for callers
that read both.
"""

from __future__ import annotations

import difflib
import importlib
import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any, Protocol

import yaml

from analysis.data.allies import normalised
from analysis.errors import ParameterError, quoted, shorten
from analysis.pipeline.config import (
    RULE_PATTERN,
    ParamSpec,
    ReportConfig,
    ReportSpec,
    load_config,
)
from analysis.report.parameters import LATEST

__all__ = [
    "DataUniverse", "ParamSpec", "ReportConfig", "ReportSpec", "Universe", "load_config",
    "parse_assignments", "resolve_params",
]

# A type that names a data-backed set implies its allowed values.
_IMPLIED_SET = {"ally": "allies", "allies": "allies", "year": "years", "release": "releases",
                "source": "sources"}
_OPERATORS: dict[str, Callable[[Any, Any], bool]] = {
    "<=": operator.le, ">=": operator.ge, "<": operator.lt, ">": operator.gt,
    "==": operator.eq, "!=": operator.ne,
}
_TRUE = {"true", "yes", "1", "on"}
_FALSE = {"false", "no", "0", "off"}


class Universe(Protocol):
    """The data-backed sets that symbolic allowed values refer to."""

    def allies(self, release: str | None) -> list[str]: ...
    def years(self, release: str | None) -> list[int]: ...
    def releases(self) -> list[str]: ...
    def latest_release(self) -> str: ...
    def sources(self) -> list[str]: ...


class DataUniverse:
    """Sets read from the bundled data through ``analysis.data.load`` and ``analysis.data.sources``.

    Imported lazily so that reading the config and rejecting an unknown parameter name never pays
    for loading the workbook.
    """

    def allies(self, release: str | None) -> list[str]:
        return list(_cached_allies(release))

    def years(self, release: str | None) -> list[int]:
        return [int(year) for year in _cached_years(release)]

    def releases(self) -> list[str]:
        return list(_load_module("analysis.data.load", "releases").available_releases())

    def latest_release(self) -> str:
        return str(_load_module("analysis.data.load", "releases").latest_release())

    def sources(self) -> list[str]:
        return list(_load_module("analysis.data.sources", "sources").list_sources())


@cache
def _cached_allies(release: str | None) -> tuple[str, ...]:
    return tuple(_load_module("analysis.data.load", "allies").allies(release))


@cache
def _cached_years(release: str | None) -> tuple[int, ...]:
    return tuple(_load_module("analysis.data.load", "years").years(release))


def _load_module(module: str, what: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError as error:
        raise ParameterError(
            f"cannot list the {what} parameters refer to: {module} is not available ({error})"
        ) from None


# -- command-line values ------------------------------------------------------------------------


def parse_assignments(items: Iterable[str]) -> dict[str, str]:
    """``["start_year=2020", "allies=Poland,Germany"]`` -> raw strings, typed later per report."""
    raw: dict[str, str] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip()
        if not sep or not name.isidentifier():
            raise ParameterError(
                f"-p '{shorten(item)}': expected NAME=VALUE, for example -p end_year=2023"
            )
        if name in raw:
            short = shorten(name)
            raise ParameterError(f"parameter {short}: given twice (-p {short}=...)")
        raw[name] = value.strip()
    return raw


# -- resolution ---------------------------------------------------------------------------------


def resolve_params(
    report: ReportSpec, raw: Mapping[str, Any], universe: Universe | None = None
) -> dict[str, Any]:
    """Typed, checked parameters of ``report``: ``raw`` over the declared defaults.

    Values may be strings from the command line or Python values. ``release: latest`` becomes the
    concrete vintage so that the manifest and the notebook say which release was read.
    Raises :class:`ParameterError` naming the report and parameter.
    """
    universe = universe if universe is not None else DataUniverse()
    unknown = [name for name in raw if name not in report.parameter_names]
    if unknown:
        known = ", ".join(report.parameter_names) or "none"
        raise ParameterError(
            f"report {report.name}: unknown parameter '{shorten(unknown[0])}'; "
            f"its parameters: {known}"
        )
    resolver = _Resolver(report, universe)
    # Releases first: the years and allies of the other parameters depend on the release.
    ordered = sorted(report.parameters, key=lambda spec: spec.type != "release")
    values: dict[str, Any] = {}
    for spec in ordered:
        value = raw[spec.name] if spec.name in raw else spec.default
        values[spec.name] = resolver.resolve(spec, value, values)
    _check_rules(report, values)
    return {name: values[name] for name in report.parameter_names}


def _check_rules(report: ReportSpec, values: Mapping[str, Any]) -> None:
    for rule in report.rules:
        left, op, right = RULE_PATTERN.match(rule).groups()  # the form was checked on reading
        try:
            holds = _OPERATORS[op](values[left], values[right])
        except TypeError:
            raise ParameterError(
                f"report {report.name}: rule '{rule}' cannot compare {left}={quoted(values[left])} "
                f"with {right}={quoted(values[right])}"
            ) from None
        if not holds:
            raise ParameterError(
                f"report {report.name}: parameter {left}={quoted(values[left])} must be {op} "
                f"{right}={quoted(values[right])}"
            )


class _Resolver:
    def __init__(self, report: ReportSpec, universe: Universe) -> None:
        self.report = report
        self.universe = universe

    def fail(self, spec: ParamSpec, message: str) -> ParameterError:
        return ParameterError(f"report {self.report.name}: parameter {spec.name}: {message}")

    def release_of(self, values: Mapping[str, Any]) -> str:
        if self.report.years_of and self.report.years_of in values:
            return str(values[self.report.years_of])
        return self.universe.latest_release()

    def resolve(self, spec: ParamSpec, value: Any, values: Mapping[str, Any]) -> Any:
        kind = spec.type
        if kind == "str":
            result: Any = self.text(spec, value)
        elif kind == "int":
            result = self.integer(spec, value)
        elif kind == "float":
            result = self.number(spec, value)
        elif kind == "bool":
            result = self.boolean(spec, value)
        elif kind == "list[str]":
            result = [self.text(spec, item) for item in self.listing(spec, value)]
        elif kind == "ally":
            result = self.ally(spec, self.text(spec, value), values)
        elif kind == "allies":
            if isinstance(value, str) and value.strip().lower() == "all":
                return "all"
            names = self.listing(spec, value)
            if not names:
                raise self.fail(spec, "empty list; give 'all' or one or more allies")
            result = _unique([self.ally(spec, self.text(spec, name), values) for name in names])
        elif kind == "year":
            result = self.year(spec, self.year_number(spec, value, values), values)
        elif kind == "release":
            result = self.release(spec, self.text(spec, value))
        else:  # source
            result = self.member(spec, self.text(spec, value), self.universe.sources(), "source")
        self.check_range(spec, result)
        return self.check_allowed(spec, result, values)

    # scalar coercions ------------------------------------------------------------------------

    def text(self, spec: ParamSpec, value: Any) -> str:
        if not isinstance(value, str):
            raise self.fail(spec, f"expected text, got {quoted(value)}")
        return value.strip()

    def integer(self, spec: ParamSpec, value: Any) -> int:
        if isinstance(value, bool):
            raise self.fail(spec, f"expected an integer, got {quoted(value)}")
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()):
            return int(value.strip())
        raise self.fail(spec, f"expected an integer, got {quoted(value)}")

    def number(self, spec: ParamSpec, value: Any) -> float:
        if isinstance(value, bool):
            raise self.fail(spec, f"expected a number, got {quoted(value)}")
        if isinstance(value, int | float):
            number = float(value)
        elif isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                raise self.fail(spec, f"expected a number, got {quoted(value)}") from None
        else:
            raise self.fail(spec, f"expected a number, got {quoted(value)}")
        if not math.isfinite(number):
            raise self.fail(spec, f"expected a finite number, got {quoted(value)}")
        return number

    def boolean(self, spec: ParamSpec, value: Any) -> bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise self.fail(spec, f"expected true or false, got {quoted(value)}")

    def listing(self, spec: ParamSpec, value: Any) -> list[Any]:
        if isinstance(value, list | tuple):
            return list(value)
        if isinstance(value, str):
            text = value.strip()
            if text.startswith("["):
                try:
                    parsed = yaml.safe_load(text)
                except (yaml.YAMLError, ValueError):
                    # PyYAML raises a bare ValueError for an impossible date: '[2024-02-30]'.
                    raise self.fail(spec, f"cannot read {quoted(value)} as a list") from None
                if not isinstance(parsed, list):
                    raise self.fail(spec, f"cannot read {quoted(value)} as a list")
                return [str(item) for item in parsed]
            return [item.strip() for item in text.split(",") if item.strip()]
        raise self.fail(spec, f"expected a comma-separated list, got {quoted(value)}")

    # data-backed values ----------------------------------------------------------------------

    def ally(self, spec: ParamSpec, name: str, values: Mapping[str, Any]) -> str:
        release = self.release_of(values)
        return self.member(spec, name, self.universe.allies(release), "ally", f"release {release}")

    def year_number(self, spec: ParamSpec, value: Any, values: Mapping[str, Any]) -> int:
        """A year, or ``latest``: the last year of the release the report reads (so a default of
        ``latest`` follows the chosen release: 2025 for 2025-08, 2024 for 2024-06)."""
        if isinstance(value, str) and value.strip().lower() == LATEST:
            years = self.universe.years(self.release_of(values))
            if not years:
                raise self.fail(spec, f"release {self.release_of(values)} has no years")
            return max(years)
        return self.integer(spec, value)

    def year(self, spec: ParamSpec, year: int, values: Mapping[str, Any]) -> int:
        release = self.release_of(values)
        years = self.universe.years(release)
        if year not in years:
            span = f"{min(years)}-{max(years)}" if years else "no years"
            raise self.fail(spec, f"{year} is outside the data of release {release} ({span})")
        return year

    def release(self, spec: ParamSpec, name: str) -> str:
        if name.lower() == LATEST:
            return self.universe.latest_release()
        return self.member(spec, name, self.universe.releases(), "release")

    def member(
        self, spec: ParamSpec, name: str, known: Sequence[str], what: str, context: str = ""
    ) -> str:
        """``name`` as spelled in ``known`` (any case, NFC or NFD), else an error with a hint."""
        by_key = {normalised(str(item)): str(item) for item in known}
        if normalised(name) in by_key:
            return by_key[normalised(name)]
        close = difflib.get_close_matches(name, [str(item) for item in known], n=1, cutoff=0.6)
        hint = f"did you mean '{close[0]}'?" if close else "known: " + ", ".join(map(str, known))
        where = f" ({context})" if context else ""
        raise self.fail(spec, f"unknown {what} '{shorten(name)}'{where}; {hint}")

    # declared limits -------------------------------------------------------------------------

    def check_range(self, spec: ParamSpec, value: Any) -> None:
        if spec.minimum is not None and value < spec.minimum:
            raise self.fail(spec, f"{quoted(value)} is below the minimum {spec.minimum}")
        if spec.maximum is not None and value > spec.maximum:
            raise self.fail(spec, f"{quoted(value)} is above the maximum {spec.maximum}")

    def check_allowed(self, spec: ParamSpec, value: Any, values: Mapping[str, Any]) -> Any:
        allowed = spec.allowed
        if allowed is None or allowed == _IMPLIED_SET.get(spec.type):
            return value
        items = value if isinstance(value, list) else [value]
        if isinstance(allowed, str):
            if allowed == "allies":
                checked = [self.ally(spec, str(item), values) for item in items]
            elif allowed == "years":
                checked = [self.year(spec, self.integer(spec, item), values) for item in items]
            elif allowed == "releases":
                checked = [self.member(spec, str(item), self.universe.releases(), "release")
                           for item in items]
            else:
                checked = [self.member(spec, str(item), self.universe.sources(), "source")
                           for item in items]
        else:
            for item in items:
                if item not in allowed:
                    choices = ", ".join(map(str, allowed))
                    raise self.fail(spec, f"{quoted(item)} is not allowed; choose from {choices}")
            checked = items
        return _unique(checked) if isinstance(value, list) else checked[0]


def _unique(items: Iterable[Any]) -> list[Any]:
    seen: list[Any] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen
