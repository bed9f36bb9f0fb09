"""The shared chart style of every report: one look, one set of rules.

Every chart function returns a matplotlib ``Figure`` (nothing is shown on screen) with

- a title and, under it, the unit of the values,
- a source line at the bottom naming the release and its data cut-off (see :func:`source_line`),
- estimates visibly marked: hatched, lighter bars and open markers on dashed segments, year labels
  with an ``e`` suffix and a legend entry "e = estimate",
- the Okabe-Ito palette, which stays distinguishable for the common colour-vision deficiencies,
- a 7 inch width and fonts of 9 pt or more, so a figure reads on an A4 portrait page.

Inputs are tidy frames with the column names of :func:`analysis.data.load.load_nato` (``ally``,
``year``, ``value``, ``estimate``, optionally ``is_aggregate``); extra columns are ignored, so a
slice of the long frame can be passed as it is.
"""

from __future__ import annotations

import functools
import io
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import matplotlib
import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from analysis.report.chart_data import attach, tidy_chart_data

# Figures are built on the Agg canvas directly, never through pyplot: nothing opens a window,
# nothing is kept in pyplot's global list, and Jupyter's inline backend does not show a figure
# twice. Notebooks display them with :func:`analysis.report.chart_output.show`.

# Okabe & Ito (2008), "Color Universal Design": safe for protanopia, deuteranopia, tritanopia.
OKABE_ITO: dict[str, str] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
BASE_COLOUR = OKABE_ITO["blue"]
HIGHLIGHT_COLOUR = OKABE_ITO["vermillion"]
AGGREGATE_COLOUR = "#7F7F7F"  # NATO aggregates are context, not allies
GUIDELINE_COLOUR = OKABE_ITO["black"]
MEDIAN_COLOUR = OKABE_ITO["bluish_green"]
# Line styles tell guidelines on one chart apart (all black, dashed in different rhythms).
GUIDELINE_DASHES = ((0, (5, 3)), (0, (8, 2, 1.5, 2)), (0, (1.5, 2)))
NOT_YET_COLOUR = "#E6E6E6"  # shading of the years before a country joined
# Several highlighted series cycle through these, in this order. Yellow is left out because it
# disappears on white paper, bluish green because it marks the alliance median.
SERIES_COLOURS: tuple[str, ...] = (
    OKABE_ITO["vermillion"],
    OKABE_ITO["blue"],
    OKABE_ITO["orange"],
    OKABE_ITO["reddish_purple"],
    OKABE_ITO["sky_blue"],
    OKABE_ITO["black"],
)
ESTIMATE_HATCH = "////"
ESTIMATE_NOTE = "e = estimate"

FIGURE_WIDTH_IN = 7.0
BASE_FONT_PT = 10.0
SMALL_FONT_PT = 9.0  # the smallest text on any chart: source line, value labels
TITLE_FONT_PT = 12.5

# NATO's own three-letter codes, used where 31 full names would collide (scatter labels).
ALLY_CODES: dict[str, str] = {
    "Albania": "ALB", "Belgium": "BEL", "Bulgaria": "BGR", "Canada": "CAN", "Croatia": "HRV",
    "Czechia": "CZE", "Denmark": "DNK", "Estonia": "EST", "Finland": "FIN", "France": "FRA",
    "Germany": "DEU", "Greece": "GRC", "Hungary": "HUN", "Iceland": "ISL", "Italy": "ITA",
    "Latvia": "LVA", "Lithuania": "LTU", "Luxembourg": "LUX", "Montenegro": "MNE",
    "Netherlands": "NLD", "North Macedonia": "MKD", "Norway": "NOR", "Poland": "POL",
    "Portugal": "PRT", "Romania": "ROU", "Slovak Republic": "SVK", "Slovenia": "SVN",
    "Spain": "ESP", "Sweden": "SWE", "Türkiye": "TUR", "United Kingdom": "GBR",
    "United States": "USA", "NATO Europe and Canada": "EUR+CAN", "NATO Total": "NATO",
}

STYLE: dict[str, Any] = {
    "font.size": BASE_FONT_PT,
    "axes.titlesize": BASE_FONT_PT + 1,
    "axes.labelsize": BASE_FONT_PT,
    "xtick.labelsize": BASE_FONT_PT - 0.5,
    "ytick.labelsize": BASE_FONT_PT - 0.5,
    "legend.fontsize": SMALL_FONT_PT + 0.5,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#DDDDDD",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=list(SERIES_COLOURS)),
    "hatch.linewidth": 0.8,
    "savefig.dpi": 150,
    "figure.dpi": 100,
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}


@dataclass(frozen=True)
class ChartSource:
    """What the source line of a chart says: the data release and its cut-off."""

    publisher: str
    title: str
    release_date: str
    data_cutoff: str
    vintage: str = ""
    note: str = ""  # how the values reached us when not from NATO's own file

    def text(self) -> str:
        release = f", release {self.vintage}" if self.vintage else ""
        note = f" {self.note}" if self.note else ""
        return (
            f"Source: {self.publisher}, {self.title}{release}, released {self.release_date}, "
            f"data cut-off {self.data_cutoff}.{note}"
        )


def source_line(release: Any) -> str:
    """The source line for a release: a ``release_info`` object, a mapping or a plain string.

    Accepting any object with ``publisher``, ``title``, ``release_date`` and ``data_cutoff``
    keeps the charts independent of how the loader models a release.
    """
    if isinstance(release, str):
        return release
    if isinstance(release, ChartSource):
        return release.text()

    def pick(name: str) -> str:
        value = release.get(name) if isinstance(release, dict) else getattr(release, name, None)
        if value is None or str(value).strip() == "":
            raise ValueError(f"release description has no {name!r}; cannot write a source line")
        return str(value)

    def optional(name: str) -> Any:
        return release.get(name) if isinstance(release, dict) else getattr(release, name, None)

    return ChartSource(
        publisher=_short_publisher(pick("publisher")),
        title=_short_title(pick("title")),
        release_date=pick("release_date"),
        data_cutoff=pick("data_cutoff"),
        vintage=str(optional("vintage") or ""),
        note=str(optional("provenance_note") or "") if optional("secondary") else "",
    ).text()


def _short_publisher(publisher: str) -> str:
    # "NATO Public Diplomacy Division" -> "NATO": the division adds nothing on a chart.
    return "NATO" if publisher.upper().startswith("NATO") else publisher


def _short_title(title: str) -> str:
    return title.removesuffix(" - tables").removesuffix(" (tables)")


def year_label(year: int, estimate: bool) -> str:
    """NATO's convention: estimated years carry an ``e`` ("2024e")."""
    return f"{int(year)}e" if estimate else str(int(year))


def qualified_number(value: float, qualifier: str) -> str:
    """A headline figure with its qualifier as one short text: '>90,000', '≤500', '~30'.

    Charts and tables both write figures this way, so a floor is never read as a count.
    """
    q = qualifier.strip().lower()
    number = f"{value:,.0f}"
    if "more than" in q or "over" in q or "exceed" in q:
        return f">{number}"
    if "up to" in q:
        return f"≤{number}"
    if "approx" in q or "around" in q or "about" in q:
        return f"~{number}"
    return number


def allies_count(n: int) -> str:
    """'1 ally', '23 allies'."""
    return f"{n} ally" if n == 1 else f"{n} allies"


def span_label(first: int, last: int) -> str:
    return str(first) if first == last else f"{first}-{last}"


def lighten(colour: str, amount: float = 0.55) -> tuple[float, float, float]:
    """Mix ``colour`` with white; estimates are drawn in the lighter shade."""
    r, g, b = to_rgb(colour)
    return (r + (1 - r) * amount, g + (1 - g) * amount, b + (1 - b) * amount)


def estimate_legend_handles(kind: str = "bar", colour: str = BASE_COLOUR,
                            reported: bool = True) -> list[Any]:
    """Legend entries explaining the estimate marking of a bar or line chart.

    ``reported=False`` leaves out the 'reported' entry, for charts that show only estimates.
    """
    if kind == "bar":
        handles = [
            Patch(facecolor=colour, edgecolor=colour, label="reported"),
            Patch(facecolor=lighten(colour), edgecolor=colour, hatch=ESTIMATE_HATCH,
                  label=ESTIMATE_NOTE),
        ]
    else:
        handles = [
            Line2D([], [], color=colour, marker="o", linestyle="-", label="reported"),
            Line2D([], [], color=colour, marker="o", markerfacecolor="white", linestyle="--",
                   label=ESTIMATE_NOTE),
        ]
    return handles if reported else handles[1:]


# ---------------------------------------------------------------------------------------------
# Figure frame: title, unit, source line, layout
# ---------------------------------------------------------------------------------------------


_P = ParamSpec("_P")
_R = TypeVar("_R")


def in_house_style(function: Callable[_P, _R]) -> Callable[_P, _R]:
    """Run a chart function under the house style, so every artist it creates follows STYLE."""

    @functools.wraps(function)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with matplotlib.rc_context(STYLE):
            return function(*args, **kwargs)

    return wrapper


def new_figure(height_in: float, nrows: int = 1, ncols: int = 1,
               **subplot_kw: Any) -> tuple[Figure, Any]:
    with matplotlib.rc_context(STYLE):
        fig = Figure(figsize=(FIGURE_WIDTH_IN, height_in))
        FigureCanvasAgg(fig)
        axes = fig.subplots(nrows, ncols, **subplot_kw)
    return fig, axes


def finish(fig: Figure, *, title: str, source: str, unit: str | None = None,
           note: str | None = None, data: pd.DataFrame | None = None,
           data_unit: str | None = None) -> Figure:
    """Lay out ``fig`` and add the title block at the top and the source block at the bottom.

    The axes are fitted into the space left between the two blocks, so nothing overlaps whatever
    the figure's height. ``data`` is the frame the chart was drawn from: kept with the figure as
    its tidy table (:mod:`.chart_data`, ``data_unit`` or ``unit`` as the unit of its values),
    it becomes the CSV linked under the chart.
    """
    if data is not None:
        attach(fig, tidy_chart_data(data, source=source, unit=data_unit or unit or ""))
    height_pt = fig.get_figheight() * 72
    title_lines = textwrap.wrap(title, _wrap_chars(fig, TITLE_FONT_PT, bold=True))
    top_pt = 10 + len(title_lines) * TITLE_FONT_PT * 1.25 + (BASE_FONT_PT * 1.5 if unit else 0)
    bottom_text = source if not note else f"{note} {source}"
    source_lines = textwrap.wrap(bottom_text, _wrap_chars(fig, SMALL_FONT_PT))
    bottom_pt = 8 + len(source_lines) * SMALL_FONT_PT * 1.3
    with matplotlib.rc_context(STYLE):
        # A small pad: the title and source blocks already frame the axes.
        fig.tight_layout(pad=0.6,
                         rect=(0, bottom_pt / height_pt, 1, 1 - (top_pt + 4) / height_pt))
    left = 0.012
    fig.text(left, 1 - 8 / height_pt, "\n".join(title_lines), ha="left", va="top",
             fontsize=TITLE_FONT_PT, fontweight="bold", gid="chart-title")
    if unit:
        unit_y = 1 - (8 + len(title_lines) * TITLE_FONT_PT * 1.25 + 2) / height_pt
        fig.text(left, unit_y, unit, ha="left", va="top", fontsize=BASE_FONT_PT,
                 color="#333333", gid="chart-unit")
    fig.text(left, 4 / height_pt, "\n".join(source_lines), ha="left", va="bottom",
             fontsize=SMALL_FONT_PT, color="#333333", gid="chart-source", linespacing=1.2)
    return fig


def _wrap_chars(fig: Figure, fontsize: float, bold: bool = False) -> int:
    # DejaVu Sans averages about 0.58 em per character (0.64 bold) in running text.
    width_pt = fig.get_figwidth() * 72 - 16
    return int(width_pt / (fontsize * (0.64 if bold else 0.58)))


def figure_texts(fig: Figure) -> list[str]:
    """Every visible string of a figure (titles, labels, ticks, legends): for tests and checks."""
    texts: list[str] = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        texts += [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
        texts += [t.get_text() for t in ax.texts]
        texts += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels()]
        legend = ax.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    for legend in fig.legends:
        texts += [t.get_text() for t in legend.get_texts()]
    return [t for t in texts if t]


def save_png(fig: Figure, path: Any) -> None:
    """Write ``fig`` as a PNG (for looking at a chart outside a notebook)."""
    with matplotlib.rc_context(STYLE):
        fig.savefig(path, dpi=STYLE["savefig.dpi"], facecolor="white")


def to_png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    save_png(fig, buffer)
    return buffer.getvalue()


def chart_title(fig: Figure) -> str:
    """The title :func:`finish` put on ``fig`` (one line), or an empty string."""
    for text in fig.texts:
        if text.get_gid() == "chart-title":
            return " ".join(text.get_text().split())
    return ""


def source_text(fig: Figure) -> str:
    """The source block :func:`finish` put on ``fig`` (one line), or an empty string."""
    for text in fig.texts:
        if text.get_gid() == "chart-source":
            return " ".join(text.get_text().split())
    return ""
