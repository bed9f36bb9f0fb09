"""Step 5, notebooks -> reports: parameters, execution, rendering and atomic publishing.

In the order of a build: ``config`` (reports.yml and its JSON schema), ``params`` (values checked
before any kernel starts), ``plan`` (requests and slots), ``execute`` (papermill), ``render``
(HTML/PDF, also the nbconvert exporters), ``artifacts`` (extra files), ``manifest``, ``publish``
(staging, the swap into the slot, history, lock), ``index_page``, ``progress``; ``build`` runs them
for ``nato-report build``.
May import every lower layer (``analysis.data``, ``extract``, ``brief``, ``report``); only
``analysis.cli`` imports it.
"""
