"""Step 3, figures -> checks: each figure of a source checked against what NATO published.

Owns the reference facts (guidelines from ``data/raw/reference/guidelines.csv``), matching and
tolerances (``match``), which count of allies a number is (``counts``) and its year
(``count_years``), a count of a part of the allies another count names (``part_counts``), judging
against releases by date (``judge``) and when a ``differs`` is no disagreement (``verdict``), the
year a figure is about (``figure_year``; every reading of it put together in ``year_and_subject``),
list headings (``listing``), the exercise under way at a date (``exercise_dates``), a part of
one (``exercise_parts``) and its "NATO nations" where NATO counts only nations
(``exercise_nations``), where a figure stands in its document (``document``), guideline values
(``guidelines``), the extractor's metric names (``metric_aliases``), money and shares that are not
defence spending (``money_scope``), cell values (``values``), what a figure is about (``subject``,
with ``clues``, ``inferred``, ``owner`` and the like-for-like guards ``scope`` and ``share_scope``
(a government named as a share's source in other languages: ``national_sources``);
a share on another basis, ``share_basis``), allies' shares listed one per ally (``series``) and any
per-ally figure as a list item (``list_items``), NATO's aggregates as news states them
(``aggregates``), all allies' growth NATO gives only for Europe and Canada (``growth``), the ally a
text names (``ally_names``), a headline naming the article's source (``headline_source``) or
repeated by the body (``headline_repeat``), the years of "from X to Y" (``pair_end``), a
year "since" an event after a figure (``since_event``), a list of counts before the exercise
the next sentence names (``count_list``), years a sentence names for another clause, an event
or a comparison (``clause_years``), allies an aside names only to compare or describe
(``asides``), a statement the source dates before its day (``earlier_statements``), money in
a list the sentence began (``money_lists``), the alliance named by its size
(``alliance_size``), the words that belong to an exercise's count (``exercise_whole``), an
estimate quoted at NATO's precision (``exact_estimates``), the year of the count a rise starts
from (``starting_counts``), vague
counts, the primary-source comparison, the words and tables the source brief shows, and the review
of reviewed figure tables against the extractor (``figure_review``).
May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``, ``analysis.data``,
``analysis.extract``.
"""
