"""``nato-report build --list``: the reports of reports.yml with their parameters.

Each report with its title, then one line per parameter: name, type, default and help - what
``-p NAME=VALUE`` accepts. Nothing is built and no data file is read.
"""

from __future__ import annotations

from collections.abc import Sequence

from analysis.pipeline.config import ParamSpec, ReportConfig, load_config
from analysis.pipeline.index_page import short_value


def describe_reports(names: Sequence[str] = (), config: ReportConfig | None = None) -> str:
    """The listing of ``names`` (all reports when empty); ParameterError for an unknown name."""
    config = config if config is not None else load_config()
    specs = [config.report(name) for name in names] if names else list(config.reports.values())
    blocks = []
    for spec in specs:
        lines = [f"{spec.name}: {spec.title}"]
        rows = [parameter_row(param) for param in spec.parameters]
        widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]
        for row in rows:
            cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
            lines.append(("  " + "  ".join(cells) + "  " + row[3]).rstrip())
        if not rows:
            lines.append("  (no parameters)")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def parameter_row(param: ParamSpec) -> tuple[str, str, str, str]:
    """(name, type, default=..., help) of one parameter, the help with its allowed values."""
    help_text = param.help
    choices = ""
    if isinstance(param.allowed, str):
        choices = f"one of the {param.allowed}"
    elif param.allowed:
        choices = "one of " + ", ".join(map(str, param.allowed))
    if choices:
        help_text = f"{help_text} ({choices})" if help_text else choices
    limits = [f"min {param.minimum:g}" if param.minimum is not None else "",
              f"max {param.maximum:g}" if param.maximum is not None else ""]
    if any(limits):
        help_text += " [" + ", ".join(x for x in limits if x) + "]"
    return param.name, param.type, f"default={short_value(param.default, 40)}", help_text.strip()
