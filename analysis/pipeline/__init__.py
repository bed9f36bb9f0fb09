"""Step 5, notebooks -> reports: parameters, execution, rendering and atomic publishing.

In the order of a build: ``config`` (reports.yml and its JSON schema), ``params`` (values checked
before any kernel starts), ``plan`` (requests and slots), ``execute`` (papermill, on kernels from
``kernels``, forked by ``forkserver``), ``render``
(HTML/PDF, also the nbconvert exporters), ``artifacts`` (extra files), ``manifest``, ``publish``
(staging, the swap into the slot, history, lock), ``index_page``, ``progress``; ``build`` runs them
for ``nato-report build``.
May import every lower layer (``analysis.data``, ``extract``, ``brief``, ``report``); only
``analysis.cli`` imports it.
"""

import sys

# jsonschema (imported by nbformat and by reports.yml's check) builds about 38 lark grammars at
# import when ``rfc3987_syntax`` is installed, only to check the "iri" string format: 3 s of CPU
# in every process that reads a notebook. Nothing here checks formats (no FormatChecker; nbformat's
# and reports.yml's schemas have no iri field), so the module is marked absent before anything
# imports jsonschema; jsonschema then leaves out its iri checks, as it does when the package is
# not installed. An application that imported it already keeps it.
sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]
