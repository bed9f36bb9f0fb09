"""Step 2, text -> figures: every figure of a text with its provenance.

Owns number reading, the extraction rules, what a figure is about (metric, entity) and the year
it refers to. ``extract_figures(text, published)`` is the entry point.
May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``, ``analysis.data``.
"""

from analysis.extract.extractor import extract_figures

__all__ = ["extract_figures"]
