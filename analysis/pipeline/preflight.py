"""Checks of each report's configuration before any kernel starts (exit 2, one line).

A missing notebook, a notebook without a cell tagged ``parameters``, a kernel Jupyter does not
know and an artifacts hook that cannot be imported are mistakes of ``reports.yml`` or of the
notebook, not failures of one build: they stop ``nato-report build`` before anything is built or
moved, like a bad parameter does.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

import nbformat
from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

from analysis.errors import ConfigError, shorten
from analysis.pipeline.artifacts import load_artifacts_hook
from analysis.pipeline.config import ReportSpec
from analysis.pipeline.execute import display_path


def check_reports(specs: Iterable[ReportSpec]) -> None:
    """:func:`check_report` once for each report among ``specs``."""
    seen: set[str] = set()
    for spec in specs:
        if spec.name not in seen:
            seen.add(spec.name)
            check_report(spec)


def check_report(spec: ReportSpec) -> None:
    """ConfigError naming the report when its notebook, kernel or artifacts hook cannot work."""
    where = f"report {spec.name}: notebook {display_path(spec.notebook)}"
    if not spec.notebook.is_file():
        raise ConfigError(f"{where} not found")
    try:
        source = nbformat.read(spec.notebook, as_version=4)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or shorten(" ".join(str(error).split()), 160)
        raise ConfigError(f"{where} cannot be read as a notebook ({reason})") from None
    if not any("parameters" in (cell.get("metadata") or {}).get("tags", [])
               for cell in source.get("cells", [])):
        raise ConfigError(f"{where} has no cell tagged 'parameters'; tag the cell that defines "
                          "the defaults (JupyterLab: property inspector, Cell Tags)")
    if spec.kernel not in kernel_names():
        known = ", ".join(sorted(kernel_names())) or "none"
        raise ConfigError(f"report {spec.name}: unknown kernel '{shorten(spec.kernel)}'; "
                          f"installed kernels: {known}")
    load_artifacts_hook(spec)


@cache
def kernel_names() -> frozenset[str]:
    """The kernels Jupyter can start here (``jupyter kernelspec list``)."""
    manager = KernelSpecManager()
    names = set(manager.find_kernel_specs())
    try:
        manager.get_kernel_spec("python3")  # ipykernel's own kernel, present without a kernelspec
        names.add("python3")
    except NoSuchKernel:
        pass
    return frozenset(names)
