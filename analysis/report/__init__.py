"""Step 4, frames -> tables and charts: the building blocks the report notebooks call.

Owns the frames reports show, their coverage checks and the shared chart style and charts.
May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``, ``analysis.data``,
``analysis.extract``, ``analysis.brief``.
"""
