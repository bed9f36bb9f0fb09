"""Step 2, text -> figures: every figure of a text with its provenance.

Owns number reading, the extraction rules, what a figure is about (metric, entity) and the year
it refers to. ``extract_figures(text, published)`` (:mod:`.extractor`) is the entry point.

Modules, in the order of the flow:

- Words and regexes: ``numbers`` (number words), ``patterns`` (the regexes), ``scales`` (scale
  words and currencies), ``window_end`` (those read at the end of a window), ``first_letter``
  (word alternations grouped by first letter, and the case folding of letters),
  ``counted_nouns`` (the nouns after a number), ``count_patterns`` (what a bare count counts),
  ``other_languages``, ``other_language_numbers`` and ``other_languages_more`` (the words of
  other languages than English).
- One number: ``scan`` (where numbers start), ``core`` (a number and its currency), ``before``
  (hedge, month, name before it), ``number_rules`` (what is no figure or a special one;
  ``language_rules`` holds the rows for numbers as other languages write them), ``plain_rules``
  (years, names and days among numbers without a unit), ``read`` (one figure and its unit,
  with ``counted_members`` for allies or other countries).
- The figures of a text: ``extractor`` (the flow itself), ``figure`` (the Figure value object),
  ``rules`` (the rule engine), ``unit_rules`` and ``gdp_rules`` (the tables that fix units from
  neighbours, with their conditions and effects in ``unit_conditions``); ``years``, ``entity``
  and ``metric`` (year, entity and metric, from the sentence cues of ``context``, the guideline
  read by ``guideline_reading`` and ``all_allies`` for "all 31 allies").
- Around it: ``scoring`` (precision/recall against labels), ``corpus`` (many documents, one
  frame: ``extract_corpus``), ``corpus_dask`` (the same on Dask) and ``corpus_cli``
  (``nato-report extract``).

May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``,
``analysis.sentences``, ``analysis.foreign_words``, ``analysis.data``.
"""

from analysis.extract.corpus import extract_corpus
from analysis.extract.extractor import extract_figures

__all__ = ["extract_corpus", "extract_figures"]
