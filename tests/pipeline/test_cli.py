"""The command line: light start, one-line errors, exit 2."""

from __future__ import annotations

import subprocess
import sys

from analysis.cli import make_parser


def test_help_lists_the_commands() -> None:
    text = make_parser().format_help()
    for command in ("data", "extract", "build"):
        assert command in text


def test_console_script_starts_without_heavy_imports() -> None:
    # The CLI must answer --help without importing pandas or matplotlib.
    code = (
        "import sys\n"
        "from analysis import cli\n"
        "try:\n    cli.main(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pandas', 'matplotlib', 'papermill') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_load_figures_is_exported_lazily() -> None:
    code = (
        "import sys, analysis\n"
        "assert 'pandas' not in sys.modules\n"
        "frame = analysis.load_figures()\n"
        "print(len(frame), sorted(set(frame['source_id'])))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, _, ids = out.stdout.strip().partition(" ")
    assert int(count) >= 10
    assert "nato-bydgoszcz-2024-02" in ids
