"""Step 3, figures -> checks: each figure of a source checked against what NATO published.

Modules by step (the entry point is :func:`analysis.brief.check.check_figures`):

- What NATO published: ``reference_facts`` (one table of facts, with the guidelines of
  ``data/raw/reference/guidelines.csv``), ``guidelines`` (the guideline values a figure may name),
  ``metric_aliases`` (the extractor's metric names onto the facts' keys), ``statement_dates``
  (the day a headline statement counts from), ``values`` (cell values as the brief reads them).
- Subject, what a figure is about: ``subject`` (the reference key and entity; records in
  ``clues``, the unlabelled figure in ``inferred``, its words in ``subject_words``), ``owner``
  and ``ally_names`` (the ally named), ``anaphora`` (the ally taken from the sentence before),
  ``non_member`` (a country that is no ally), ``asides`` (allies named only to compare),
  ``parentheses`` (what a parenthesis names), ``document`` (where a figure stands),
  ``headline_source`` and ``headline_repeat`` (the headline), ``figure_repeat`` (a share
  repeated after a demonstrative).
- Like-for-like guards: ``scope`` (with the phrases of ``subject_phrases``), ``share_scope``,
  ``share_guards``, ``share_basis``, ``national_sources``, ``money_scope``, ``group_shares`` (a
  share of a group of the allies), ``piece_sources`` (another source a figure's own piece names
  beside NATO), ``threshold_bounds`` (a round threshold a hedge bounds),
  ``aggregates`` and ``growth`` (NATO's aggregates as news states them), ``basis`` (price and
  growth basis).
- Year: ``figure_year`` (every reading put together in ``year_and_subject``), ``naming_years``
  (a year that names a commitment), ``clause_years``,
  ``pair_end``, ``respective_years``, ``since_event``, ``years_ago``, ``earlier_statements``.
- Lists: ``listing`` (a heading's year and unit), ``list_items`` and ``paired_lists`` (one ally
  per item), ``series`` (shares one per ally), ``money_lists``, ``count_list``.
- Counts of allies and exercises: ``counts`` (English) and ``foreign_counts`` (other languages; at
  the 2% floor exactly or a newer target: ``foreign_level_counts``), ``count_guards`` (a subset, a
  band, a count at another level), ``count_years``, ``part_counts``, ``starting_counts``,
  ``alliance_size``, ``vague`` (vague quantities); ``exercise_dates``, ``exercise_parts``,
  ``exercise_contribution`` (one ally's part of the whole), ``exercise_nations``,
  ``exercise_whole``, ``past_editions`` (an exercise named only as a past comparison).
- Judging: ``match`` (tolerances), ``judge`` (the facts compared and the verdict; their text in a
  row: ``fact_text``), ``verdict`` (a ``differs`` that is no disagreement), ``plausible_gap`` (how
  far a misreport strays), ``exact_estimates`` (an estimate quoted at NATO's precision), ``check``
  (every figure of a source), ``source_check`` (one bundled source's checks), ``primary`` (what the
  primary source said).
- Presentation and review: ``present`` (values as readers write them, status colours),
  ``reason`` (the reason each row gives), ``figure_review`` (reviewed figure tables against the
  extractor), ``scoring`` (the score on the development set of articles).

May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``,
``analysis.sentences``, ``analysis.foreign_words``, ``analysis.markup``, ``analysis.data``,
``analysis.extract``.
"""
