"""Step 5, notebooks -> reports: parameters, execution, rendering and atomic publishing.

In the order of a build: ``config`` (reports.yml and its JSON schema), ``listing`` (``--list``),
``params`` (values checked before any kernel starts), ``preflight`` (each report's configuration
checked before any kernel starts), ``plan`` (requests and slots), ``quick`` (the no-op rebuild),
``cache`` (a report whose inputs did not change is skipped; ``reads`` notes the files a report
read), ``produce`` (one report in a folder), ``execute`` (papermill, on kernels from
``kernels``, forked by ``forkserver``), ``render`` (HTML/PDF, also the nbconvert exporters),
``chart_files`` (the CSVs behind the charts), ``artifacts`` (extra files), ``manifest``,
``publish`` (staging, the swap into the slot, history, lock), ``index_page`` (with ``landing``,
what the index shows readers), ``progress``; ``parallel`` (``--jobs N``) and ``distributed``
(``--dask``) run reports on worker processes or Dask workers; ``build`` runs them all for
``nato-report build``. Only ``analysis.cli`` imports this package.

May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``,
``analysis.foreign_words``, ``analysis.markup``, ``analysis.data``, ``analysis.extract``,
``analysis.brief``, ``analysis.report``.
"""

import sys

# jsonschema (imported by nbformat and by reports.yml's check) builds about 38 lark grammars at
# import when ``rfc3987_syntax`` is installed, only to check the "iri" string format: 3 s of CPU
# in every process that reads a notebook. Nothing here checks formats (no FormatChecker; nbformat's
# and reports.yml's schemas have no iri field), so the module is marked absent before anything
# imports jsonschema; jsonschema then leaves out its iri checks, as it does when the package is
# not installed. An application that imported it already keeps it.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
