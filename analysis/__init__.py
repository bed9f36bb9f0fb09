"""NATO readiness reports: NATO's official tables and defence news as traceable dataframes.

The package is a pipeline of subpackages named after the flow; a lower layer never imports a
higher one (``tests/test_layering.py``):

- base: ``errors`` (the one exception tree, ``AnalysisError``), ``paths`` (where data and reports
  live), ``vocabulary`` (units and kinds, hedges with their classes, membership by date,
  exercise names: one copy each), ``sentences`` (where a sentence ends), ``foreign_words``
  (the other languages' guideline, alliance, defence and bound words), ``markup`` (escaping of
  untrusted text for Markdown and HTML)
- ``data``: provenance sidecars, allies' names, the TABLES workbook (layout, file, parser), other
  releases and headline statements, NATO's guidelines, the cached loading step, indicators,
  source documents, reviewed figure tables (data, checked without the extractor), ``data check``
- ``extract``: figures extracted from text with provenance
- ``brief``: each figure of a source checked against NATO's numbers (reference facts, matching and
  tolerances, judging, vague wording, primary source, the brief's words and tables) and the
  review of figure tables against the extractor (``data check --extractor``)
- ``report``: report frames and tables, charts
- ``pipeline``: parameters, execution, rendering, progress, index page, build
- ``cli``: the ``nato-report`` command
"""

from __future__ import annotations

from typing import Any

from analysis.errors import AnalysisError

__all__ = ["AnalysisError", "load_figures"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name == "load_figures":
        # Lazy, so that `import analysis` (and the CLI's start) does not import pandas.
        from analysis.data.figure_tables import load_figures

        return load_figures
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
