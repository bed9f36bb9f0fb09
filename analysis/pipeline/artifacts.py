"""The ``artifacts`` hook of a report: extra files written beside it after a successful run.

``reports.yml`` names it as ``module:function``; it is called as ``function(params, out_dir)`` and
returns the paths it wrote (for example ``checks.csv`` of ``source_brief``).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from analysis.errors import AnalysisError, BuildError, ConfigError, shorten
from analysis.pipeline.config import ReportSpec

Hook = Callable[[dict, Path], Any]


def load_artifacts_hook(spec: ReportSpec) -> Hook | None:
    """The hook function of ``spec``, imported now: a missing module must cost no kernel run.

    ConfigError (exit 2) when the hook cannot be imported or is not a function.
    """
    if not spec.artifacts:
        return None
    target = str(spec.artifacts)
    module_name, sep, function_name = target.partition(":")
    where = f"report {spec.name}: artifacts hook {target}"
    if not sep or not module_name or not function_name:
        raise ConfigError(f"{where}: expected 'module:function'")
    try:
        module = importlib.import_module(module_name)
    except ImportError as error:
        raise ConfigError(f"{where}: module {module_name} cannot be imported ({error})") from None
    except Exception as error:  # noqa: BLE001 - a hook module failing at import is a config error
        raise ConfigError(
            f"{where}: importing {module_name} raised {type(error).__name__}: {shorten(str(error))}"
        ) from None
    function = getattr(module, function_name, None)
    if not callable(function):
        raise ConfigError(f"{where}: {module_name} has no function {function_name}")
    return function


def run_artifacts_hook(
    spec: ReportSpec, hook: Hook, params: Mapping[str, Any], out_dir: Path
) -> list[Path]:
    """Call the hook; BuildError when it fails or returns a path that is not a file it wrote."""
    where = f"report {spec.name}: artifacts hook {spec.artifacts}"
    try:
        written = hook(dict(params), out_dir)
    except AnalysisError:
        raise
    except Exception as error:  # noqa: BLE001 - any failure of the hook fails this report only
        message = " ".join(str(error).split())[:240]
        raise BuildError(f"{where} raised {type(error).__name__}: {message}") from None
    files = [Path(item) for item in (written or [])]
    for item in files:
        resolved = (out_dir / item).resolve() if not item.is_absolute() else item.resolve()
        if out_dir.resolve() not in resolved.parents or not resolved.is_file():
            raise BuildError(f"{where}: returned {item}, which is not a file it wrote in {out_dir}")
    return files
