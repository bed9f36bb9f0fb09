"""Step 4, frames -> tables and charts: the building blocks the report notebooks call.

Notebooks import two names: ``charts`` and ``tables``, which gather the public functions of
the modules below.

Charts: ``style`` (the one look: palette, fonts, title and source blocks, showing and saving),
``chart_parts`` (bars, lines, axes and guidelines the charts share), ``labels`` (scatter label
placement), ``generic_charts`` (ranked bars, trend lines, named series), ``spending_charts``,
``force_charts``, ``profile_charts``.
Tables: ``parameters`` (notebook parameters), ``coverage`` (checks), ``frames`` (frames for
charts), ``summary_tables`` (tables for people), ``source_figures`` (figures and quotes of the
sources), ``sources_notes`` (the 'Sources and notes' block), ``brief_view`` (the source
brief's tables: each quote and each source once, by id), ``publication`` (key findings, how to
cite, the appendix).

May import: ``analysis.errors``, ``analysis.paths``, ``analysis.vocabulary``, ``analysis.data``,
``analysis.extract``, ``analysis.brief``.
"""
