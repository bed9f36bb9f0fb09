"""What a ``nato-report build`` will build: requests with checked parameters, and their slots.

Every parameter is resolved and checked here, before any kernel starts. The slot is the stable
folder of a report for one set of parameters (see :mod:`analysis.pipeline.build`).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.errors import ParameterError, quoted, shorten
from analysis.pipeline.config import DefaultEntry, ReportConfig, ReportSpec
from analysis.pipeline.index_page import short_value
from analysis.pipeline.params import DataUniverse, Universe, resolve_params

FORMATS = ("html", "pdf")
MAX_SLOT_CHARS = 60


@dataclass(frozen=True)
class BuildRequest:
    """One report to build with checked parameters."""

    spec: ReportSpec
    params: dict[str, Any]
    slot: str

    @property
    def label(self) -> str:
        shown = ", ".join(f"{k}={short_value(v)}" for k, v in self.params.items())
        return f"{self.spec.name} {shown}".strip()


def parse_formats(formats: str | Sequence[str] | None) -> tuple[str, ...]:
    """``"html,pdf"`` -> ("html", "pdf"); ParameterError for an empty list, item or unknown name.

    An empty list is refused rather than read as "no pages": a build without pages would still
    replace the good report of its slot (and move it to _history).
    """
    items = formats.split(",") if isinstance(formats, str) else list(formats or FORMATS)
    names = [str(item).strip().lower() for item in items]
    if not any(names):
        raise ParameterError(f"--format {quoted(formats)}: name at least one of html, pdf")
    if not all(names):
        raise ParameterError(f"--format {quoted(formats)}: empty format name; use html, pdf or "
                             "html,pdf")
    for name in names:
        if name not in FORMATS:
            raise ParameterError(f"--format: unknown format '{shorten(name)}'; choose from "
                                 "html, pdf")
    return tuple(dict.fromkeys(names))


def plan(
    config: ReportConfig,
    reports: Sequence[str],
    raw_params: Mapping[str, Any],
    build_all: bool = False,
    universe: Universe | None = None,
) -> list[BuildRequest]:
    """The builds asked for, each with resolved parameters; raises ParameterError on any mistake."""
    universe = universe if universe is not None else DataUniverse()
    if build_all and reports:
        raise ParameterError("give report names or --all, not both")
    if build_all:
        if raw_params:
            raise ParameterError(
                "-p cannot be combined with --all; the default set uses the declared defaults"
            )
        wanted = [item for entry in config.default_set for item in expand(entry, universe)]
    elif reports:
        wanted = [(name, dict(raw_params)) for name in reports]
    else:
        known = ", ".join(config.reports)
        raise ParameterError(f"name a report ({known}) or use --all")
    requests = []
    for name, raw in wanted:
        spec = config.report(name)
        params = resolve_params(spec, raw, universe)
        defaults = resolve_params(spec, {}, universe)
        requests.append(BuildRequest(spec, params, slot_name(spec, params, defaults)))
    return unique_requests(requests)


def expand(entry: DefaultEntry, universe: Universe) -> list[tuple[str, dict[str, Any]]]:
    """(report, raw parameters) of one default-set entry: once per value of its for_each sets."""
    combos: list[dict[str, Any]] = [{}]
    for param, symbolic in entry.for_each:
        values = symbolic_values(symbolic, universe)
        combos = [{**combo, param: value} for combo in combos for value in values]
    return [(entry.report, combo) for combo in combos]


def symbolic_values(symbolic: str, universe: Universe) -> list[Any]:
    if symbolic == "allies":
        return list(universe.allies(None))
    if symbolic == "years":
        return list(universe.years(None))
    if symbolic == "releases":
        return list(universe.releases())
    return list(universe.sources())


def unique_requests(requests: list[BuildRequest]) -> list[BuildRequest]:
    """The first request of each (report, slot): two requests for one slot would overwrite."""
    seen: dict[tuple[str, str], BuildRequest] = {}
    for request in requests:
        seen.setdefault((request.spec.name, request.slot), request)
    return list(seen.values())


def slugify(value: Any) -> str:
    text = ",".join(map(str, value)) if isinstance(value, list | tuple) else str(value)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9._]+", "-", text.lower()).strip("-._")
    return text or "x"


def slot_name(spec: ReportSpec, params: Mapping[str, Any], defaults: Mapping[str, Any]) -> str:
    """Stable folder name for ``spec`` with ``params``.

    ``default`` for the declared defaults, the slot parameters (``poland`` for ally_profile),
    then the parameters that differ from the defaults (``start_year-2020``); long names end in a
    hash of the parameters so that two different sets never share a folder.
    """
    parts = [slugify(params[name]) for name in spec.slot]
    parts += [
        f"{slugify(name)}-{slugify(value)}"
        for name, value in params.items()
        if name not in spec.slot and value != defaults.get(name)
    ]
    slot = "_".join(parts) if parts else "default"
    if len(slot) > MAX_SLOT_CHARS:
        digest = hashlib.sha1(json.dumps(params, sort_keys=True, default=str).encode()).hexdigest()
        slot = f"{slot[:50].rstrip('-._')}-{digest[:8]}"
    return slot
