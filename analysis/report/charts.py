"""Every chart the report notebooks draw, under one name: ``from analysis.report import charts``.

The charts live in modules by family (:mod:`.spending_charts`, :mod:`.force_charts`,
:mod:`.profile_charts`, the shared forms in :mod:`.generic_charts`) on the one look of
:mod:`.style`; this module only gathers their public names so a notebook reads
``charts.share_of_gdp_ranked(...)``.
"""

from analysis.report.chart_output import show, to_svg
from analysis.report.chart_parts import guideline_values
from analysis.report.compare_charts import spending_by_category
from analysis.report.force_charts import (
    EXERCISE_MEASURES,
    exercises_compared,
    personnel_ranked,
    personnel_trend,
)
from analysis.report.generic_charts import ally_series, ranked_bars, trend_lines
from analysis.report.guideline_lines import GuidelineLine, guideline_line, share_guidelines
from analysis.report.labels import place_point_labels
from analysis.report.profile_charts import ProfileSeries, ally_profile_panels, release_movements
from analysis.report.spending_charts import (
    change_by_ally,
    equipment_vs_share,
    europe_canada_vs_us,
    share_of_gdp_ranked,
    share_of_gdp_trends,
)
from analysis.report.style import (
    ALLY_CODES,
    ESTIMATE_NOTE,
    OKABE_ITO,
    ChartSource,
    chart_title,
    figure_texts,
    qualified_number,
    save_png,
    source_line,
    to_png,
    year_label,
)
from analysis.report.target_charts import allies_at_guidelines, path_to_target

__all__ = [
    "ALLY_CODES", "ESTIMATE_NOTE", "EXERCISE_MEASURES", "OKABE_ITO", "ChartSource",
    "GuidelineLine", "ProfileSeries", "allies_at_guidelines",
    "ally_profile_panels", "ally_series", "change_by_ally", "chart_title", "equipment_vs_share",
    "europe_canada_vs_us", "exercises_compared", "figure_texts", "guideline_line",
    "guideline_values", "path_to_target", "personnel_ranked", "personnel_trend",
    "place_point_labels", "qualified_number", "ranked_bars", "release_movements", "save_png",
    "share_guidelines", "share_of_gdp_ranked", "share_of_gdp_trends", "show", "source_line",
    "spending_by_category", "to_png", "to_svg", "trend_lines", "year_label",
]
