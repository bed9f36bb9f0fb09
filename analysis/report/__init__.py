"""Step 4, frames -> tables and charts: the building blocks the report notebooks call.

Notebooks import mostly two names, ``charts`` and ``tables``, which gather the public functions
of the modules below; they also call ``publication``, ``brief_view``, ``sources_notes`` and
``guideline_lines`` directly.

- Charts: ``style`` (the one look: palette, fonts, title and source blocks, saving),
  ``chart_output`` (inline SVG and the CSV linked under a chart), ``chart_data`` (the tidy
  numbers behind a chart), ``chart_parts`` (bars, lines, axes and guidelines the charts share),
  ``guideline_lines`` (guideline values, due years and labels, from NATO's guidelines),
  ``labels`` (scatter label placement), ``generic_charts`` (ranked bars, trend lines, named
  series), ``spending_charts``, ``force_charts``, ``profile_charts``, ``target_charts``
  (allies at each guideline, the path to a target), ``compare_charts`` (the ``compare``
  report's own charts).
- Tables: ``parameters`` (notebook parameters), ``coverage`` (checks), ``frames`` (frames for
  charts), ``compare_tables`` (allies side by side, for the ``compare`` report),
  ``summary_tables`` (tables for people), ``source_figures`` (figures and quotes of the
  sources), ``sources_notes`` (the 'Sources and notes' block), ``brief_view`` (the source
  brief's tables: each quote and each source once, by id), ``publication`` (key findings, how
  to cite, the appendix).

May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``,
``analysis.sentences``, ``analysis.markup``, ``analysis.data``, ``analysis.extract``,
``analysis.brief``.
"""
