"""Every table, frame and check the report notebooks use, under one name:
``from analysis.report import tables``.

They live in modules by purpose: :mod:`.parameters` (parameters as a notebook receives them),
:mod:`.coverage` (checks that fail loudly), :mod:`.frames` (frames for charts),
:mod:`.summary_tables` (tables for people), :mod:`.source_figures` (figures and quotes of the
sources) and :mod:`.sources_notes` (the closing 'Sources and notes' block).
"""

from analysis.report.compare_tables import (
    MEASURES,
    category_split,
    column_notes,
    latest_values,
    side_by_side,
)
from analysis.report.coverage import (
    check_coverage,
    check_coverage_with_dollars,
    check_range,
    not_published_note,
)
from analysis.report.frames import (
    EUROPE_CANADA,
    UNITED_STATES,
    allies_without_value,
    change_between,
    counts_at_guidelines,
    europe_and_us,
    growth,
    guideline_counts,
    members_only,
    one_year,
    series,
    share_and_equipment,
    shared_range,
    target_history,
)
from analysis.report.parameters import as_list, resolve_allies, resolve_release, resolve_year
from analysis.report.source_figures import (
    FORCE_UNITS,
    exercise_figures,
    exercise_quotes,
    exercise_table,
    figure_files,
    force_figures,
    sentence_around,
    short_source,
    source_figures,
    with_sentences,
)
from analysis.report.sources_notes import (
    DataFile,
    citation_notes,
    data_files,
    sources_markdown,
    standard_notes,
)
from analysis.report.summary_tables import (
    MAX_COLUMNS,
    ally_facts,
    narrow,
    release_history,
    release_table,
    spending_table,
    styled,
    target_gap_table,
    target_gaps,
)

__all__ = [
    "DataFile", "EUROPE_CANADA", "FORCE_UNITS", "MAX_COLUMNS", "MEASURES", "UNITED_STATES",
    "allies_without_value", "ally_facts", "as_list", "category_split", "citation_notes",
    "change_between", "check_coverage", "check_coverage_with_dollars",
    "check_range", "column_notes", "counts_at_guidelines", "data_files", "europe_and_us",
    "exercise_figures", "exercise_quotes", "exercise_table", "figure_files", "force_figures",
    "growth", "guideline_counts", "latest_values", "members_only", "narrow",
    "not_published_note", "one_year", "release_history", "release_table", "resolve_allies",
    "resolve_release", "resolve_year", "sentence_around", "series", "share_and_equipment",
    "shared_range", "short_source", "side_by_side", "source_figures", "sources_markdown",
    "spending_table", "standard_notes", "styled", "target_gap_table", "target_gaps",
    "target_history", "with_sentences",
]
