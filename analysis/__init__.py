"""NATO readiness reports: NATO's official tables and defence news as traceable dataframes.

The package is a pipeline of small modules, each owning one step:

- ``errors``      the one exception tree (``AnalysisError``) every user-facing failure derives from
- ``paths``       where the bundled data and reports live
- ``provenance``  provenance sidecars of raw files and their sha256 check
- ``allies``      the allies' names in NATO spelling and the other ways texts write them
- ``nato``        NATO's TABLES workbook parsed into a tidy long dataframe
- ``reference``   other releases and headline statements, normalised
- ``load``        the loading step: bundled data as cached, sha256-checked dataframes
- ``indicators``  helpers analysts need (threshold counts, change, rank, median, revisions)
- ``validate``    ``nato-report data check``
- ``sources``     source documents (articles, statements) with their metadata
- ``extract``     figures extracted from text with provenance (``extract_*``: numbers, patterns,
                  reading one figure, the year it refers to, metric and entity from context)
- ``figures``     reviewed figure tables in ``data/figures``
- ``checks``      each figure of a source checked against NATO's numbers (``checks_*``: reference
                  facts, matching and tolerances, vague wording, primary source, summary)
- ``tables``      report parameters resolved, loud coverage checks, the frames charts and tables use
- ``charts``      the shared chart style and the report charts
- ``params``      report parameters, declared and checked before any kernel starts
- ``build``       plan and run a report set: data check first, atomic output slots, manifests
- ``execute``     one notebook through papermill, with timeouts and the failing cell named
- ``index_page``  ``reports/index.html`` listing every build
- ``render``      HTML and PDF rendering (also nbconvert exporters)
- ``progress``    one line per report in logs, a bar in a terminal
- ``cli``         the ``nato-report`` command
"""

from __future__ import annotations

from typing import Any

from analysis.errors import AnalysisError

__all__ = ["AnalysisError", "load_figures"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    # Lazy, so that `import analysis` (and the CLI's start) does not import pandas.
    if name == "load_figures":
        from analysis.data.figure_tables import load_figures

        return load_figures
    raise AttributeError(f"module 'analysis' has no attribute {name!r}")
