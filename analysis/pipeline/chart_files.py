"""The CSVs behind a report's charts, written beside the report from its executed notebook.

Each chart output carries its table as ``text/csv`` and its file name in the output's metadata
(:mod:`analysis.report.chart_output`); the link under the chart is relative, so the files go into
the run's staging folder and move into the report's slot with the report (one atomic publish).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.errors import BuildError

if TYPE_CHECKING:  # annotations only: nbformat's import costs seconds (jsonschema formats)
    import nbformat

# What chart_output.data_file_name gives out: a plain name, never a path.
CHART_FILE_NAME = re.compile(r"^\d{2,}-[a-z0-9-]+\.csv$")


def chart_tables(nb: nbformat.NotebookNode) -> list[tuple[str, str]]:
    """(file name, CSV text) of every chart output of ``nb`` with data, in the order shown.

    BuildError when a name is not a plain CSV file name or two charts claim the same one.
    """
    # Late: the chart module brings matplotlib and pandas, which the index page (and so a no-op
    # build that only rewrites it) must not pay for.
    from analysis.report import chart_output

    found: list[tuple[str, str]] = []
    for cell in nb.cells:
        for output in cell.get("outputs", []):
            about = (output.get("metadata") or {}).get(chart_output.CHART_DATA_KEY)
            if not about:
                continue
            name = str(about.get("file") or "")
            text = (output.get("data") or {}).get(chart_output.CSV_MIME)
            if not CHART_FILE_NAME.match(name) or not isinstance(text, str):
                raise BuildError(f"chart data {name!r}: not a CSV file name with a table "
                                 "(written by analysis.report.chart_output.show?)")
            if any(name == seen for seen, _ in found):
                raise BuildError(f"two charts claim the data file {name}; a notebook cell "
                                 "showed its charts twice?")
            found.append((name, text))
    return found


def write_chart_files(nb: nbformat.NotebookNode, out_dir: Path) -> list[Path]:
    """Write the chart tables of ``nb`` into ``out_dir``; the paths written."""
    written = []
    for name, text in chart_tables(nb):
        path = out_dir / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written
