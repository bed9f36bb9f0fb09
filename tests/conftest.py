"""Generic fixtures shared by the test modules (keep this file small)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def data_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the bundled ``data/`` tree, made the project root via NATO_REPORTS_ROOT.

    Tests may damage files under ``<root>/data`` without touching the checkout; the copies are
    writable even though the raw files in the checkout are read-only.
    """
    root = tmp_path / "root"
    shutil.copytree(REPO_ROOT / "data", root / "data")
    for path in (root / "data").rglob("*"):
        path.chmod(path.stat().st_mode | 0o200)
    monkeypatch.setenv("NATO_REPORTS_ROOT", str(root))
    return root
