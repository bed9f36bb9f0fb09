"""Step 3, figures -> checks: each figure of a source checked against what NATO published.

Owns the reference facts, matching and tolerances, vague counts, the primary-source comparison
and the words and tables the source brief shows.
May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``, ``analysis.data``,
``analysis.extract``.
"""
