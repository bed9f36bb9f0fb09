"""Step 1, raw -> frames: NATO's tables, other releases, headline statements and source documents.

Owns provenance sidecars and their sha256 check, the allies' names, the TABLES workbook parser,
the reference CSVs, NATO's guidelines, source documents, reviewed figure tables (data: loading
them never runs the extractor), the cached loading step, the indicator helpers,
``nato-report data check`` and ``nato-report data add`` (:mod:`~analysis.data.intake`: a new
NATO edition with its sidecar).
May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``,
``analysis.sentences``.
"""
