"""Step 5, notebooks -> reports: parameters, execution, rendering and atomic publishing.

Owns reports.yml and parameter checks, papermill execution, HTML/PDF rendering (also the
nbconvert exporters), progress, the index page and ``nato-report build``.
May import every lower layer (``analysis.data``, ``extract``, ``brief``, ``report``); only
``analysis.cli`` imports it.
"""
