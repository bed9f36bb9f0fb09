"""Where the project's data and outputs live.

The root is the checkout holding ``data/`` (found from this file, or from ``NATO_REPORTS_ROOT``
so that tests and scheduled jobs can point elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    env = os.environ.get("NATO_REPORTS_ROOT")
    if env:
        return Path(env).resolve()
    return Path(__file__).resolve().parent.parent


def data_dir() -> Path:
    return project_root() / "data"


def raw_dir() -> Path:
    return data_dir() / "raw"


def nato_raw_dir() -> Path:
    return raw_dir() / "nato"


def sources_dir() -> Path:
    return raw_dir() / "sources"


def reference_dir() -> Path:
    return data_dir() / "reference"


def figures_dir() -> Path:
    return data_dir() / "figures"


def notebooks_dir() -> Path:
    return project_root() / "notebooks"


def reports_dir() -> Path:
    env = os.environ.get("NATO_REPORTS_OUT")
    return Path(env).resolve() if env else project_root() / "reports"


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when inside it (short log lines), else whole."""
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError):
        return str(path)
