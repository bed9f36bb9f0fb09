"""NATO readiness reports: NATO's official tables and defence news as traceable dataframes.

The package is a pipeline of small modules, each owning one step:

- ``errors``      the one exception tree (``AnalysisError``) every user-facing failure derives from
- ``paths``       where the bundled data and reports live
- ``provenance``  provenance sidecars of raw files and their sha256 check
- ``nato``        NATO's TABLES workbook parsed into a tidy long dataframe
- ``reference``   other releases and headline statements
- ``indicators``  helpers analysts need (threshold counts, ranks, medians, revisions)
- ``validate``    ``nato-report data check``
- ``sources``     source documents (articles, statements) with their metadata
- ``extract``     figures extracted from text with provenance
- ``figures``     reviewed figure tables in ``data/figures``
- ``charts``      the shared chart style
- ``params``      report parameters, declared and checked before any kernel starts
- ``build``       papermill execution, atomic output, manifests and the index
- ``render``      HTML and PDF rendering
- ``cli``         the ``nato-report`` command
"""

from analysis.errors import AnalysisError

__all__ = ["AnalysisError"]
__version__ = "0.1.0"
