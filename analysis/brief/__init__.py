"""Step 3, figures -> checks: each figure of a source checked against what NATO published.

Owns the reference facts (guidelines from ``data/raw/reference/guidelines.csv``), matching and
tolerances (``match``), which count of allies a number is (``counts``), judging against
releases by date (``judge``), vague counts, the primary-source comparison, the words and tables
the source brief shows, and the review of reviewed figure tables against the extractor
(``figure_review``).
May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``, ``analysis.data``,
``analysis.extract``.
"""
