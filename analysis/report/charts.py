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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator

# Figures are built on the Agg canvas directly, never through pyplot: nothing opens a window,
# nothing is kept in pyplot's global list, and Jupyter's inline backend does not show a figure
# twice. Notebooks display them with :func:`show`.

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

    def text(self) -> str:
        return (
            f"Source: {self.publisher}, {self.title}, released {self.release_date}, "
            f"data cut-off {self.data_cutoff}."
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

    return ChartSource(
        publisher=_short_publisher(pick("publisher")),
        title=_short_title(pick("title")),
        release_date=pick("release_date"),
        data_cutoff=pick("data_cutoff"),
    ).text()


def _short_publisher(publisher: str) -> str:
    # "NATO Public Diplomacy Division" -> "NATO": the division adds nothing on a chart.
    return "NATO" if publisher.upper().startswith("NATO") else publisher


def _short_title(title: str) -> str:
    return title.removesuffix(" - tables").removesuffix(" (tables)")


def year_label(year: int, estimate: bool) -> str:
    """NATO's convention: estimated years carry an ``e`` ("2024e")."""
    return f"{int(year)}e" if estimate else str(int(year))


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


def styled(function: Callable[_P, _R]) -> Callable[_P, _R]:
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
           note: str | None = None) -> Figure:
    """Lay out ``fig`` and add the title block at the top and the source block at the bottom.

    The axes are fitted into the space left between the two blocks, so nothing overlaps whatever
    the figure's height.
    """
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


def show(fig: Figure) -> None:
    """Display ``fig`` in a notebook as an embedded PNG with alternative text.

    The bundle carries the PNG itself (what notebook viewers and converters look for) and an
    ``<img>`` with the chart's title as ``alt`` text, which HTML and PDF reports prefer.
    """
    import base64
    import html

    from IPython.display import display

    encoded = base64.b64encode(to_png(fig)).decode("ascii")
    alt = html.escape(chart_title(fig) or "chart", quote=True)
    width = int(FIGURE_WIDTH_IN * 96)
    bundle = {
        "image/png": encoded,
        "text/html": (f'<img src="data:image/png;base64,{encoded}" alt="{alt}" '
                      f'style="width: {width}px; max-width: 100%;" class="nato-chart">'),
        "text/plain": f"<chart: {chart_title(fig)}>",
    }
    display(bundle, raw=True, metadata={"image/png": {"width": width}})


def chart_title(fig: Figure) -> str:
    """The title :func:`finish` put on ``fig`` (one line), or an empty string."""
    for text in fig.texts:
        if text.get_gid() == "chart-title":
            return " ".join(text.get_text().split())
    return ""


# ---------------------------------------------------------------------------------------------
# Helpers shared by the chart functions
# ---------------------------------------------------------------------------------------------


def _require(data: pd.DataFrame, columns: Iterable[str], what: str) -> None:
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise ValueError(f"{what}: data lacks column(s) {', '.join(missing)}")
    if data.empty:
        raise ValueError(f"{what}: no rows to chart")


def _flag(series: pd.Series) -> np.ndarray:
    return series.fillna(False).astype(bool).to_numpy()


def _aggregate_mask(data: pd.DataFrame) -> np.ndarray:
    if "is_aggregate" in data.columns:
        return _flag(data["is_aggregate"])
    return np.zeros(len(data), dtype=bool)


def _bar_colours(names: Sequence[str], aggregates: np.ndarray,
                 highlight: Iterable[str]) -> list[str]:
    wanted = set(highlight)
    colours = []
    for name, is_aggregate in zip(names, aggregates, strict=True):
        if is_aggregate:
            colours.append(AGGREGATE_COLOUR)
        elif name in wanted:
            colours.append(HIGHLIGHT_COLOUR)
        else:
            colours.append(BASE_COLOUR)
    return colours


def _draw_bars(ax: Axes, positions: Sequence[float], values: Sequence[float],
               colours: Sequence[str], estimates: np.ndarray, *, horizontal: bool,
               width: float = 0.72) -> list[Any]:
    """Bars whose estimated values are lighter and hatched; returns the bar patches."""
    faces = [lighten(c) if e else c for c, e in zip(colours, estimates, strict=True)]
    draw = ax.barh if horizontal else ax.bar
    bars = draw(positions, values, width, color=faces, edgecolor=colours, linewidth=0.8)
    for bar, is_estimate in zip(bars, estimates, strict=True):
        if is_estimate:
            bar.set_hatch(ESTIMATE_HATCH)
        bar.set_gid("bar-estimate" if is_estimate else "bar")
    return list(bars)


def _value_labels(ax: Axes, bars: Sequence[Any], labels: Sequence[str], *,
                  horizontal: bool) -> None:
    for bar, text in zip(bars, labels, strict=True):
        if horizontal:
            x = bar.get_x() + bar.get_width()
            inside_left = bar.get_width() < 0
            # A white backing keeps guideline lines from striking through the numbers.
            ax.annotate(text, (x, bar.get_y() + bar.get_height() / 2),
                        xytext=(-3 if inside_left else 3, 0), textcoords="offset points",
                        ha="right" if inside_left else "left", va="center",
                        fontsize=SMALL_FONT_PT, zorder=5,
                        bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.3,
                              "alpha": 0.85})
        else:
            ax.annotate(text, (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                        xytext=(0, 2), textcoords="offset points", ha="center", va="bottom",
                        fontsize=SMALL_FONT_PT)


def _fmt(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def _series_line(ax: Axes, years: np.ndarray, values: np.ndarray, estimates: np.ndarray, *,
                 colour: Any, linewidth: float = 1.8, marker: str | None = "o",
                 label: str | None = None, zorder: float = 3, markersize: float = 4.5) -> None:
    """One series: solid with filled markers where reported, dashed with open ones where estimated.

    The dashed part starts at the last reported point so the line stays continuous.
    """
    order = np.argsort(years)
    years, values, estimates = years[order], values[order], estimates[order]
    reported = ~estimates
    if reported.any():
        ax.plot(years[reported], values[reported], color=colour, linewidth=linewidth,
                marker=marker, markersize=markersize, label=label, zorder=zorder, gid="reported")
    if estimates.any():
        first_estimate = int(np.argmax(estimates))
        start = max(first_estimate - 1, 0)
        ax.plot(years[start:], values[start:], color=colour, linewidth=linewidth,
                linestyle="--", zorder=zorder, gid="estimate-segment",
                label=None if reported.any() else label)
        if marker:
            ax.plot(years[estimates], values[estimates], linestyle="none", marker=marker,
                    markersize=markersize, markerfacecolor="white", markeredgecolor=colour,
                    zorder=zorder + 0.1, gid="estimate-marker")


def _year_axis(ax: Axes, years: Iterable[int], estimate_years: Iterable[int]) -> None:
    years = sorted({int(y) for y in years})
    estimated = {int(y) for y in estimate_years}
    # Every year up to 8, else every other one, always ending on the last (often an estimate).
    step = 1 if len(years) <= 8 else 2
    shown = years[::-1][::step][::-1]
    ax.set_xticks(shown, [year_label(y, y in estimated) for y in shown])
    ax.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    ax.grid(axis="x", visible=False)


def _estimate_years(data: pd.DataFrame) -> set[int]:
    return {int(y) for y in data.loc[_flag(data["estimate"]), "year"]}


def _guideline_v(ax: Axes, value: float, label: str) -> None:
    ax.axvline(value, color=GUIDELINE_COLOUR, linewidth=1.3, linestyle=(0, (5, 3)),
               zorder=4, gid="guideline", label=label)


def _guideline_h(ax: Axes, value: float, label: str) -> None:
    ax.axhline(value, color=GUIDELINE_COLOUR, linewidth=1.3, linestyle=(0, (5, 3)),
               zorder=4, gid="guideline", label=label)


def guideline_values(fig: Figure) -> list[float]:
    """Positions of every guideline drawn on ``fig`` (x for vertical, y for horizontal ones)."""
    found = []
    for ax in fig.axes:
        for line in ax.get_lines():
            if line.get_gid() == "guideline":
                xs, ys = line.get_xdata(), line.get_ydata()
                vertical = xs[0] == xs[-1] and ys[0] != ys[-1]
                found.append(float(xs[0] if vertical else ys[0]))
    return found


def _bar_height_for(n: int) -> float:
    # About 0.136 inch (9.8 pt) per bar keeps 9.5 pt tick labels apart, and 33 bars (31 allies
    # and two aggregates) fit an A4 page under the report's opening sections.
    return max(3.2, 1.1 + 0.136 * n)


# ---------------------------------------------------------------------------------------------
# Ranked bars
# ---------------------------------------------------------------------------------------------


@styled
def ranked_bars(data: pd.DataFrame, *, title: str, unit: str, source: str,
                guideline: float | None = None, guideline_label: str | None = None,
                highlight: Iterable[str] = (), decimals: int = 2,
                reference: tuple[str, float] | None = None, log_scale: bool = False) -> Figure:
    """Horizontal bars of one value per ally, largest at the top, each labelled with its value.

    ``data`` has one row per ally: ``ally``, ``value``, ``estimate`` (and ``is_aggregate``).
    ``reference`` is an optional (label, value) drawn as a dotted line, e.g. the alliance median.
    """
    _require(data, ["ally", "value", "estimate"], "ranked bars")
    ranked = data.dropna(subset=["value"]).sort_values("value", ascending=True)
    names = ranked["ally"].astype(str).tolist()
    aggregates = _aggregate_mask(ranked)
    estimates = _flag(ranked["estimate"])
    fig, ax = new_figure(_bar_height_for(len(names)))
    colours = _bar_colours(names, aggregates, highlight)
    bars = _draw_bars(ax, np.arange(len(names)), ranked["value"].to_numpy(float), colours,
                      estimates, horizontal=True)
    _value_labels(ax, bars, [_fmt(v, decimals) for v in ranked["value"]], horizontal=True)
    ax.set_yticks(np.arange(len(names)), names)
    for tick, is_aggregate, name in zip(ax.get_yticklabels(), aggregates, names, strict=True):
        if is_aggregate or name in set(highlight):
            tick.set_fontweight("bold")
    ax.set_ylim(-0.6, len(names) - 0.4)
    ax.grid(axis="y", visible=False)
    if log_scale:
        ax.set_xscale("log")
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_xlabel(unit)
    handles = (estimate_legend_handles("bar", reported=bool((~estimates).any()))
               if estimates.any() else [])
    if guideline is not None:
        _guideline_v(ax, guideline, guideline_label or f"guideline {guideline:g}")
        handles.append(Line2D([], [], color=GUIDELINE_COLOUR, linestyle=(0, (5, 3)),
                              label=guideline_label or f"guideline {guideline:g}"))
    if reference is not None:
        ref_label, ref_value = reference
        ax.axvline(ref_value, color=MEDIAN_COLOUR, linewidth=1.3, linestyle=":", zorder=4,
                   gid="reference")
        handles.append(Line2D([], [], color=MEDIAN_COLOUR, linestyle=":", label=ref_label))
    if aggregates.any():
        handles.append(Patch(facecolor=AGGREGATE_COLOUR, label="NATO aggregate"))
    # Leave room right of the longest bar for its value label.
    if not log_scale:
        right = max(float(ranked["value"].max()), guideline or 0)
        ax.set_xlim(min(0.0, float(ranked["value"].min()) * 1.1), right * 1.12)
    if handles and len(names) >= 12:
        # The bottom bars are the shortest: room for the key inside the axes.
        ax.legend(handles=handles, loc="lower right", frameon=True, framealpha=0.95)
    elif handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.02, 1.0),
                  frameon=False, borderaxespad=0)
    return finish(fig, title=title, unit=None, source=source)


@styled
def share_of_gdp_ranked(data: pd.DataFrame, *, year: int, source: str,
                        guideline_pct: float = 2.0, highlight: Iterable[str] = (),
                        median: float | None = None) -> Figure:
    """Allies ranked by defence expenditure as a share of GDP in ``year``, with the guideline."""
    estimated = bool(_flag(data["estimate"]).any()) if "estimate" in data else False
    at_or_above = int((data.loc[~_aggregate_mask(data), "value"] >= guideline_pct).sum())
    allies = int((~_aggregate_mask(data)).sum())
    title = (f"Defence expenditure as a share of GDP, {year_label(year, estimated)}: "
             f"{at_or_above} of {allies_count(allies)} at or above {guideline_pct:g}%")
    return ranked_bars(
        data, title=title, unit="% of GDP (based on 2015 prices)", source=source,
        guideline=guideline_pct, guideline_label=f"{guideline_pct:g}% guideline",
        highlight=highlight, decimals=2,
        reference=None if median is None else (f"alliance median {median:.2f}%", median),
    )


@styled
def personnel_ranked(data: pd.DataFrame, *, year: int, source: str,
                     highlight: Iterable[str] = (), log_scale: bool = True) -> Figure:
    """Military personnel per ally in ``year``, ranked (thousands)."""
    estimated = bool(_flag(data["estimate"]).any())
    unit = "thousand military personnel" + (" (log scale)" if log_scale else "")
    return ranked_bars(data, title=f"Military personnel, {year_label(year, estimated)}",
                       unit=unit, source=source, highlight=highlight, decimals=1,
                       log_scale=log_scale)


# ---------------------------------------------------------------------------------------------
# Trends
# ---------------------------------------------------------------------------------------------


@styled
def trend_lines(data: pd.DataFrame, *, title: str, unit: str, source: str,
                highlight: Iterable[str] = (), guideline: float | None = None,
                guideline_label: str | None = None, median: pd.Series | None = None,
                height_in: float = 4.6, log_scale: bool = False) -> Figure:
    """One line per ally over the years: context in light grey, ``highlight`` in colour.

    ``data``: ``ally``, ``year``, ``value``, ``estimate``. ``median`` (year -> value) is drawn as
    a thick green line. Highlighted lines are labelled at their right end.
    """
    _require(data, ["ally", "year", "value", "estimate"], "trend lines")
    highlight = [h for h in highlight if h in set(data["ally"])]
    fig, ax = new_figure(height_in)
    for ally, rows in data.groupby("ally", sort=True):
        if ally in highlight:
            continue
        ax.plot(rows["year"].to_numpy(int), rows["value"].to_numpy(float), color="#C8C8C8",
                linewidth=0.9, zorder=1, gid="context")
    handles: list[Any] = []
    if len(data["ally"].unique()) > len(highlight):
        handles.append(Line2D([], [], color="#C8C8C8", linewidth=0.9, label="other allies"))
    if median is not None:
        ax.plot(median.index.to_numpy(int), median.to_numpy(float), color=MEDIAN_COLOUR,
                linewidth=2.4, zorder=2, gid="median")
        handles.append(Line2D([], [], color=MEDIAN_COLOUR, linewidth=2.4,
                              label="alliance median"))
    for i, ally in enumerate(highlight):
        rows = data[data["ally"] == ally]
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        _series_line(ax, rows["year"].to_numpy(int), rows["value"].to_numpy(float),
                     _flag(rows["estimate"]), colour=colour, label=ally)
        handles.append(Line2D([], [], color=colour, marker="o", label=ally))
    if guideline is not None:
        label = guideline_label or f"guideline {guideline:g}"
        _guideline_h(ax, guideline, label)
        handles.append(Line2D([], [], color=GUIDELINE_COLOUR, linestyle=(0, (5, 3)),
                              label=label))
    est = _estimate_years(data)
    if est:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="--", label=ESTIMATE_NOTE))
    _year_axis(ax, data["year"], est)
    if log_scale:
        ax.set_yscale("log")
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.set_ylabel(unit)
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              borderaxespad=0)
    return finish(fig, title=title, source=source)


@styled
def share_of_gdp_trends(data: pd.DataFrame, *, source: str, guideline_pct: float = 2.0,
                        highlight: Iterable[str] = (), median: pd.Series | None = None,
                        start_year: int | None = None, end_year: int | None = None) -> Figure:
    years = data["year"].astype(int)
    first, last = start_year or int(years.min()), end_year or int(years.max())
    return trend_lines(
        data, title=f"Defence expenditure as a share of GDP, {span_label(first, last)}",
        unit="% of GDP", source=source, highlight=highlight, guideline=guideline_pct,
        guideline_label=f"{guideline_pct:g}% guideline", median=median,
    )


@styled
def personnel_trend(data: pd.DataFrame, *, source: str, highlight: Iterable[str] = (),
                    log_scale: bool = True) -> Figure:
    """Military personnel per ally over the years (thousands), highlighted allies in colour."""
    years = data["year"].astype(int)
    unit = "thousands" + (" (log scale)" if log_scale else "")
    return trend_lines(data, title=f"Military personnel, {span_label(years.min(), years.max())}",
                       unit=unit, source=source, highlight=highlight, log_scale=log_scale)


@styled
def ally_series(data: pd.DataFrame, *, title: str, unit: str, source: str,
                series_label: str | None = None, colour: str = BASE_COLOUR,
                height_in: float = 3.4) -> Figure:
    """A few named series over the years (``ally`` column names the series), e.g. aggregates."""
    _require(data, ["ally", "year", "value", "estimate"], "series")
    fig, ax = new_figure(height_in)
    handles: list[Any] = []
    for i, (name, rows) in enumerate(data.groupby("ally", sort=False)):
        col = SERIES_COLOURS[i % len(SERIES_COLOURS)] if series_label is None else colour
        _series_line(ax, rows["year"].to_numpy(int), rows["value"].to_numpy(float),
                     _flag(rows["estimate"]), colour=col, label=str(name))
        handles.append(Line2D([], [], color=col, marker="o", label=series_label or str(name)))
    est = _estimate_years(data)
    if est:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="--", label=ESTIMATE_NOTE))
    _year_axis(ax, data["year"], est)
    ax.set_ylabel(unit)
    ax.legend(handles=handles, loc="best", frameon=False)
    return finish(fig, title=title, source=source)


# ---------------------------------------------------------------------------------------------
# Counts, aggregates, change
# ---------------------------------------------------------------------------------------------


@styled
def allies_at_guideline(counts: pd.DataFrame, *, source: str, guideline_pct: float = 2.0,
                        allies_total: pd.Series | None = None) -> Figure:
    """Number of allies at or above the guideline per year.

    ``counts``: ``year``, ``count``, ``estimate``; optional ``allies`` (how many allies reported
    that year, since the alliance grew) is written above each bar as "n of N".
    """
    _require(counts, ["year", "count", "estimate"], "allies at guideline")
    rows = counts.sort_values("year")
    years = rows["year"].to_numpy(int)
    values = rows["count"].to_numpy(float)
    estimates = _flag(rows["estimate"])
    fig, ax = new_figure(3.6)
    bars = _draw_bars(ax, years, values, [BASE_COLOUR] * len(years), estimates,
                      horizontal=False)
    if "allies" in rows.columns:
        labels = [f"{int(c)} of {int(n)}" for c, n in zip(values, rows["allies"], strict=True)]
    else:
        labels = [str(int(c)) for c in values]
    _value_labels(ax, bars, labels, horizontal=False)
    _year_axis(ax, years, years[estimates])
    ax.set_ylim(0, max(values.max() * 1.18, 1))
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel("number of allies")
    handles = estimate_legend_handles("bar") if estimates.any() else []
    if handles:
        ax.legend(handles=handles, loc="upper left", frameon=False)
    return finish(fig, title=f"Allies spending {guideline_pct:g}% of GDP or more on defence",
                  source=source)


@styled
def europe_canada_vs_us(data: pd.DataFrame, *, source: str, unit_divisor: float = 1000.0,
                        unit: str = "billion US dollars, 2015 prices and exchange rates"
                        ) -> Figure:
    """NATO Europe and Canada against the United States, constant 2015 dollars.

    ``data``: ``ally`` (two series), ``year``, ``value`` (million USD), ``estimate``.
    """
    _require(data, ["ally", "year", "value", "estimate"], "Europe and Canada vs US")
    scaled = data.assign(value=data["value"].astype(float) / unit_divisor)
    fig, ax = new_figure(3.3)  # two lines need little height; it shares a page
    handles: list[Any] = []
    colours = {"United States": OKABE_ITO["blue"], "NATO Europe and Canada": OKABE_ITO["orange"]}
    for name, rows in scaled.groupby("ally", sort=False):
        colour = colours.get(str(name), OKABE_ITO["bluish_green"])
        _series_line(ax, rows["year"].to_numpy(int), rows["value"].to_numpy(float),
                     _flag(rows["estimate"]), colour=colour, linewidth=2.2)
        last = rows.sort_values("year").iloc[-1]
        ax.annotate(f"{last['value']:,.0f}", (int(last["year"]), float(last["value"])),
                    xytext=(5, 0), textcoords="offset points", va="center",
                    fontsize=SMALL_FONT_PT, color=colour)
        handles.append(Line2D([], [], color=colour, marker="o", linewidth=2.2, label=str(name)))
    est = _estimate_years(scaled)
    if est:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="--", label=ESTIMATE_NOTE))
    _year_axis(ax, scaled["year"], est)
    ax.set_xlim(ax.get_xlim()[0], ax.get_xlim()[1] + 0.6)
    ax.set_ylim(0, float(scaled["value"].max()) * 1.12)
    ax.set_ylabel(unit if len(unit) < 30 else "billion USD (2015 prices)")
    ax.legend(handles=handles, loc="center left", frameon=False)
    return finish(fig, title="Defence expenditure: NATO Europe and Canada vs United States",
                  unit=unit, source=source)


@styled
def change_by_ally(data: pd.DataFrame, *, start_year: int, end_year: int, source: str,
                   unit: str = "percentage points of GDP", highlight: Iterable[str] = (),
                   decimals: int = 2, what: str = "share of GDP") -> Figure:
    """Change per ally between two years, as diverging horizontal bars sorted by size.

    ``data``: ``ally``, ``change``, ``estimate`` (True when the end value is an estimate).
    """
    _require(data, ["ally", "change", "estimate"], "change by ally")
    ranked = data.dropna(subset=["change"]).sort_values("change", ascending=True)
    names = ranked["ally"].astype(str).tolist()
    values = ranked["change"].to_numpy(float)
    estimates = _flag(ranked["estimate"])
    fig, ax = new_figure(_bar_height_for(len(names)))
    colours = [
        HIGHLIGHT_COLOUR if n in set(highlight) else
        (BASE_COLOUR if v >= 0 else OKABE_ITO["orange"])
        for n, v in zip(names, values, strict=True)
    ]
    colours = [AGGREGATE_COLOUR if a else c
               for c, a in zip(colours, _aggregate_mask(ranked), strict=True)]
    bars = _draw_bars(ax, np.arange(len(names)), values, colours, estimates, horizontal=True)
    _value_labels(ax, bars, [f"{v:+,.{decimals}f}" for v in values], horizontal=True)
    ax.set_yticks(np.arange(len(names)), names)
    ax.set_ylim(-0.6, len(names) - 0.4)
    ax.grid(axis="y", visible=False)
    ax.axvline(0, color="#333333", linewidth=0.8)
    lo, hi = float(min(values.min(), 0)), float(max(values.max(), 0))
    span = hi - lo or 1.0
    ax.set_xlim(lo - (0.14 * span if lo < 0 else 0), hi + 0.14 * span)
    ax.set_xlabel(unit)
    est_end = bool(estimates.any())
    handles = (estimate_legend_handles("bar", reported=bool((~estimates).any()))
               if est_end else [])
    if handles:
        ax.legend(handles=handles, loc="lower right", frameon=True, framealpha=0.95)
    title = (f"Change in {what}, {start_year} to {year_label(end_year, est_end)}")
    return finish(fig, title=title, source=source)


# ---------------------------------------------------------------------------------------------
# NATO's 2%/20% chart
# ---------------------------------------------------------------------------------------------


@styled
def equipment_vs_share(data: pd.DataFrame, *, year: int, source: str,
                       gdp_guideline_pct: float = 2.0, equipment_guideline_pct: float = 20.0,
                       highlight: Iterable[str] = ()) -> Figure:
    """Equipment share of defence spending against defence spending as a share of GDP.

    ``data``: ``ally``, ``share_gdp_pct``, ``equipment_share_pct``, ``estimate``. Quadrant
    lines at the two guidelines; each quadrant says how many allies it holds; points carry
    NATO's three-letter codes, placed so that they do not overlap.
    """
    _require(data, ["ally", "share_gdp_pct", "equipment_share_pct", "estimate"],
             "equipment vs share of GDP")
    rows = data.dropna(subset=["share_gdp_pct", "equipment_share_pct"])
    rows = rows[~_aggregate_mask(rows)]
    x = rows["share_gdp_pct"].to_numpy(float)
    y = rows["equipment_share_pct"].to_numpy(float)
    estimates = _flag(rows["estimate"])
    wanted = set(highlight)
    colours = [HIGHLIGHT_COLOUR if a in wanted else BASE_COLOUR for a in rows["ally"]]
    fig, ax = new_figure(6.0)
    for xi, yi, c, e in zip(x, y, colours, estimates, strict=True):
        ax.scatter([xi], [yi], s=34, color="white" if e else c, edgecolors=c, linewidths=1.3,
                   zorder=3, gid="point-estimate" if e else "point")
    _guideline_v(ax, gdp_guideline_pct, f"{gdp_guideline_pct:g}% of GDP")
    _guideline_h(ax, equipment_guideline_pct, f"{equipment_guideline_pct:g}% on equipment")
    xpad, ypad = (x.max() - x.min()) * 0.08 + 0.1, (y.max() - y.min()) * 0.08 + 1
    ax.set_xlim(min(x.min(), gdp_guideline_pct) - xpad, max(x.max(), gdp_guideline_pct) + xpad)
    ax.set_ylim(min(y.min(), equipment_guideline_pct) - ypad,
                max(y.max(), equipment_guideline_pct) + ypad)
    ax.set_xlabel("defence expenditure, % of GDP")
    ax.set_ylabel("equipment expenditure, % of defence exp.")
    both = int(((x >= gdp_guideline_pct) & (y >= equipment_guideline_pct)).sum())
    corners = [
        ((x >= gdp_guideline_pct) & (y >= equipment_guideline_pct), 0.99, 0.99, "right", "top"),
        ((x < gdp_guideline_pct) & (y >= equipment_guideline_pct), 0.01, 0.99, "left", "top"),
        ((x < gdp_guideline_pct) & (y < equipment_guideline_pct), 0.01, 0.01, "left", "bottom"),
        ((x >= gdp_guideline_pct) & (y < equipment_guideline_pct), 0.99, 0.01, "right",
         "bottom"),
    ]
    for mask, cx, cy, ha, va in corners:
        ax.text(cx, cy, allies_count(int(mask.sum())), transform=ax.transAxes, ha=ha, va=va,
                fontsize=SMALL_FONT_PT, color="#555555", fontstyle="italic", gid="quadrant")
    handles: list[Any] = []
    if (~estimates).any():
        handles.append(Line2D([], [], color=BASE_COLOUR, marker="o", linestyle="none",
                              label="reported"))
    if estimates.any():
        handles.append(Line2D([], [], color=BASE_COLOUR, marker="o", markerfacecolor="white",
                              linestyle="none", label=ESTIMATE_NOTE))
    handles.append(Line2D([], [], color=GUIDELINE_COLOUR, linestyle=(0, (5, 3)),
                          label="guidelines"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.0, -0.12), ncol=3,
              frameon=False)
    estimated = bool(estimates.any())
    finish(fig, title=(f"The {gdp_guideline_pct:g}%/{equipment_guideline_pct:g}% picture, "
                       f"{year_label(year, estimated)}: {allies_count(both)} "
                       f"{'meets' if both == 1 else 'meet'} both guidelines"),
           source=source)
    labels = [ALLY_CODES.get(a, a[:3].upper()) for a in rows["ally"]]
    place_point_labels(ax, x, y, labels, colours)
    return fig


Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in display points

# A label whose box is at most this far from its marker's centre reads as that marker's own;
# one placed further out gets a leader line.
LABEL_NEAR_PT = 9.0
_MARKER_RADIUS_PT = 4.0  # scatter markers of s=34 with a 1.3 pt edge
# Directions tried at each distance, nearest first: beside, above/below, then the diagonals.
_LABEL_ANGLES_DEG = (0, 180, 90, 270, 30, 150, 330, 210, 60, 120, 300, 240,
                     15, 165, 345, 195, 45, 135, 315, 225, 75, 105, 285, 255)
_LABEL_RADII_PT = (5.0, 7.5, 14.0, 20.0, 27.0, 35.0, 45.0, 56.0, 68.0, 82.0, 100.0)


@dataclass(frozen=True)
class _LabelSpot:
    dx: float
    dy: float
    ha: str
    va: str
    box: Box
    leader: tuple[tuple[float, float], tuple[float, float]] | None


def place_point_labels(ax: Axes, x: np.ndarray, y: np.ndarray, labels: Sequence[str],
                       colours: Sequence[str], fontsize: float = SMALL_FONT_PT) -> None:
    """Label points at the nearest free spot, so that each label is plainly its point's own.

    Works in display points once the layout is final. A label right beside its marker must be
    nearer to it than to any other marker; a label that has to move further out gets a leader
    line, which may not pass by another marker, run along a guideline, cross another label or
    another leader line.
    """
    fig = ax.figure
    to_pt = 72 / fig.dpi
    pts = ax.transData.transform(np.column_stack([x, y])) * to_pt
    font = FontProperties(size=fontsize)
    renderer = fig.canvas.get_renderer()
    # A hair of space between neighbouring labels.
    widths = [renderer.get_text_width_height_descent(label, font, ismath=False)[0] * to_pt + 1.0
              for label in labels]
    fixed: list[Box] = []
    for text in ax.texts:  # quadrant notes and other texts already on the axes
        box = text.get_window_extent(renderer)
        fixed.append((box.x0 * to_pt, box.y0 * to_pt, box.x1 * to_pt, box.y1 * to_pt))
    axes_box = ax.get_window_extent()
    scene = _LabelScene(
        points=[(float(px), float(py)) for px, py in pts], text_height=fontsize * 1.15,
        fixed=fixed, rules=_rule_positions(ax, to_pt),
        limits=(axes_box.x0 * to_pt, axes_box.y0 * to_pt, axes_box.x1 * to_pt,
                axes_box.y1 * to_pt))
    spots = _best_label_layout(scene, widths)
    for i, spot in enumerate(spots):
        arrow = None
        if spot.leader is not None:
            arrow = {"arrowstyle": "-", "color": colours[i], "linewidth": 0.8,
                     "shrinkA": 0.5, "shrinkB": _MARKER_RADIUS_PT}
        # Above the guideline lines, so a leader line crossing one stays visible.
        ax.annotate(labels[i], (x[i], y[i]), xytext=(spot.dx, spot.dy),
                    textcoords="offset points", ha=spot.ha, va=spot.va, fontsize=fontsize,
                    color=colours[i], arrowprops=arrow, gid="point-label", zorder=6)


@dataclass(frozen=True)
class _LabelScene:
    """What labels must keep clear of, in display points."""

    points: list[tuple[float, float]]
    text_height: float
    fixed: list[Box]
    rules: list[tuple[str, float]]
    limits: Box


def _best_label_layout(scene: _LabelScene, widths: Sequence[float],
                       attempts: int = 24) -> list[_LabelSpot]:
    """The best of several greedy placements in different orders.

    The first order labels crowded points first; points left without a free spot go first in
    the next try, and otherwise the order is shuffled (seeded: the same chart every build). The
    layout with fewest points left without a spot wins, then fewest and shortest leader lines.
    """
    pts = np.asarray(scene.points)
    crowd = [int(np.sum(np.hypot(*(pts - p).T) < 30)) for p in pts]
    first = sorted(range(len(widths)), key=lambda k: -crowd[k])
    order = first
    rng = np.random.default_rng(0)
    best: tuple[tuple[int, int, float], list[_LabelSpot]] | None = None
    for _ in range(attempts):
        spots, stuck = _place_labels(scene, widths, order)
        leaders = [s.leader for s in spots if s.leader is not None]
        score = (len(stuck), len(leaders),
                 sum(float(np.hypot(*np.subtract(b, a))) for a, b in leaders))
        if best is None or score < best[0]:
            best = (score, spots)
        if stuck:
            order = stuck + [k for k in order if k not in stuck]
        else:
            order = [int(k) for k in rng.permutation(first)]
    assert best is not None
    return best[1]


def _place_labels(scene: _LabelScene, widths: Sequence[float],
                  order: Sequence[int]) -> tuple[list[_LabelSpot], list[int]]:
    r = _MARKER_RADIUS_PT
    taken: list[Box] = [(px - r, py - r, px + r, py + r) for px, py in scene.points]
    n_markers = len(taken)
    taken += scene.fixed
    leaders: list[tuple[tuple[float, float], tuple[float, float]]] = []
    spots: dict[int, _LabelSpot] = {}
    stuck: list[int] = []
    h = scene.text_height
    for i in order:
        point = scene.points[i]
        others = scene.points[:i] + scene.points[i + 1:]
        spot = None
        for strict in (True, False):
            spot = next((s for s in _label_spots(point, widths[i], h)
                         if not _across_a_rule(s.box, scene.rules)
                         and not _along_a_rule(s.leader, scene.rules)
                         and _spot_is_free(s, point, others, taken, n_markers, leaders,
                                           scene.limits, strict)), None)
            if spot is not None:
                break
        if spot is None:  # nowhere free: accept an overlap rather than drop the label
            stuck.append(i)
            spot = _LabelSpot(5, 0, "left", "center",
                              (point[0] + 5, point[1] - h / 2, point[0] + 5 + widths[i],
                               point[1] + h / 2), None)
        taken.append(spot.box)
        if spot.leader is not None:
            leaders.append(spot.leader)
        spots[i] = spot
    return [spots[i] for i in range(len(widths))], stuck


def _rule_positions(ax: Axes, to_pt: float) -> list[tuple[str, float]]:
    """The guideline lines of ``ax`` in display points: ("v", x) or ("h", y)."""
    rules = []
    for line in ax.get_lines():
        if line.get_gid() != "guideline":
            continue
        xy = line.get_transform().transform(line.get_xydata()) * to_pt
        if np.allclose(xy[:, 0], xy[0, 0]):
            rules.append(("v", float(xy[0, 0])))
        elif np.allclose(xy[:, 1], xy[0, 1]):
            rules.append(("h", float(xy[0, 1])))
    return rules


def _across_a_rule(box: Box, rules: Sequence[tuple[str, float]]) -> bool:
    """Whether a guideline line would strike through a label."""
    for kind, at in rules:
        low, high = (box[0], box[2]) if kind == "v" else (box[1], box[3])
        if low - 1.0 < at < high + 1.0:
            return True
    return False


def _along_a_rule(leader: tuple[tuple[float, float], tuple[float, float]] | None,
                  rules: Sequence[tuple[str, float]]) -> bool:
    """Whether a leader line would hide in a guideline line, running along it."""
    if leader is None:
        return False
    (ax_, ay), (bx, by) = leader
    for kind, at in rules:
        ends = (ax_, bx) if kind == "v" else (ay, by)
        if all(abs(e - at) < 3.0 for e in ends):
            return True
    return False


def _label_spots(point: tuple[float, float], width: float, height: float):
    """Candidate label boxes around ``point``, nearest first."""
    px, py = point
    for radius in _LABEL_RADII_PT:
        for angle in _LABEL_ANGLES_DEG:
            ux, uy = np.cos(np.radians(angle)), np.sin(np.radians(angle))
            dx, dy = float(ux * radius), float(uy * radius * 0.8)
            ha = "left" if ux > 0.3 else "right" if ux < -0.3 else "center"
            va = "bottom" if uy > 0.3 else "top" if uy < -0.3 else "center"
            x0 = px + dx - {"left": 0.0, "center": width / 2, "right": width}[ha]
            y0 = py + dy - {"bottom": 0.0, "center": height / 2, "top": height}[va]
            box = (x0, y0, x0 + width, y0 + height)
            leader = None
            gap = _box_distance(box, point)
            if gap > LABEL_NEAR_PT:
                # The line starts at the marker's rim: the marker itself may touch a neighbour.
                end = _nearest_on_box(box, point)
                rim = _MARKER_RADIUS_PT / gap
                start = (px + (end[0] - px) * rim, py + (end[1] - py) * rim)
                leader = (start, end)
            yield _LabelSpot(dx, dy, ha, va, box, leader)


def _spot_is_free(spot: _LabelSpot, point: tuple[float, float],
                  others: Sequence[tuple[float, float]], taken: Sequence[Box], n_markers: int,
                  leaders: Sequence[tuple[tuple[float, float], tuple[float, float]]],
                  limits: Box, strict: bool = True) -> bool:
    """Whether ``spot`` is clear of ``taken`` (the first ``n_markers`` boxes are markers).

    ``strict=False`` is for a point among neighbours so close that no leader line can leave it
    without passing one: the line may then start across a neighbouring marker, as long as its
    outer part passes no marker.
    """
    box = spot.box
    if not _inside(box, limits) or any(_overlap(box, t) for t in taken):
        return False
    if any(_segment_hits_box(a, b, box, pad=3.0) for a, b in leaders):
        return False
    if spot.leader is None:
        # Beside its own marker, and clearly nearer to it than to any other.
        own = _box_distance(box, point)
        return all(_box_distance(box, o) > own + 3.0 for o in others)
    a, b = spot.leader
    clearance = _MARKER_RADIUS_PT + 2.0
    # A label out on a leader must not sit beside another marker either.
    if any(_box_distance(box, o) < clearance + 5.0 for o in others):
        return False
    if not strict:
        gap = float(np.hypot(b[0] - a[0], b[1] - a[1]))
        if gap <= 2 * _MARKER_RADIUS_PT:
            return False
        t = 2 * _MARKER_RADIUS_PT / gap
        a, clearance = (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t), _MARKER_RADIUS_PT
    if any(_segment_distance(a, b, o) < clearance for o in others):
        return False
    if any(_segment_hits_box(a, b, t, pad=3.0) for t in taken[n_markers:]):
        return False
    return not any(_segments_cross(a, b, c, d) for c, d in leaders)


def _inside(box: Box, limits: Box) -> bool:
    return (box[0] >= limits[0] and box[1] >= limits[1] and box[2] <= limits[2]
            and box[3] <= limits[3])


def _overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _nearest_on_box(box: Box, point: tuple[float, float]) -> tuple[float, float]:
    return (min(max(point[0], box[0]), box[2]), min(max(point[1], box[1]), box[3]))


def _box_distance(box: Box, point: tuple[float, float]) -> float:
    nx, ny = _nearest_on_box(box, point)
    return float(np.hypot(point[0] - nx, point[1] - ny))


def _segment_distance(a: tuple[float, float], b: tuple[float, float],
                      point: tuple[float, float]) -> float:
    ab = np.subtract(b, a)
    length2 = float(ab @ ab)
    t = 0.0 if length2 == 0 else min(1.0, max(0.0, float(np.subtract(point, a) @ ab) / length2))
    nearest = np.add(a, t * ab)
    return float(np.hypot(*(np.subtract(point, nearest))))


def _segments_cross(a: tuple[float, float], b: tuple[float, float],
                    c: tuple[float, float], d: tuple[float, float]) -> bool:
    def side(p, q, r) -> float:
        return (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])

    return (side(a, b, c) * side(a, b, d) < 0) and (side(c, d, a) * side(c, d, b) < 0)


def _segment_hits_box(a: tuple[float, float], b: tuple[float, float], box: Box,
                      pad: float = 0.0) -> bool:
    """Whether segment a-b passes through ``box`` grown by ``pad`` (Liang-Barsky clipping)."""
    x0, y0, x1, y1 = box[0] - pad, box[1] - pad, box[2] + pad, box[3] + pad
    dx, dy = b[0] - a[0], b[1] - a[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, a[0] - x0), (dx, x1 - a[0]), (-dy, a[1] - y0), (dy, y1 - a[1])):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low >= high:
            return False
    return True


# ---------------------------------------------------------------------------------------------
# Exercises
# ---------------------------------------------------------------------------------------------

EXERCISE_MEASURES: tuple[tuple[str, str], ...] = (
    ("personnel", "troops / personnel"),
    ("ships", "ships"),
    ("aircraft", "aircraft"),
    ("vehicles", "vehicles"),
)


@styled
def exercises_compared(data: pd.DataFrame, *, source: str,
                       measures: Sequence[tuple[str, str]] = EXERCISE_MEASURES) -> Figure:
    """Large exercises side by side, one panel per measure (troops, ships, aircraft, vehicles).

    ``data``: ``exercise``, ``measure``, ``value``, optional ``qualifier`` ("more than",
    "up to", "approx."), which is written after the value so a floor is not read as a count.
    Measures without data are left out; exercises are ordered by year when a ``year`` column
    exists.
    """
    _require(data, ["exercise", "measure", "value"], "exercises compared")
    present = [(m, label) for m, label in measures if (data["measure"] == m).any()]
    order_cols = ["year", "exercise"] if "year" in data.columns else ["exercise"]
    # barh draws upwards: the oldest exercise first puts the latest at the top.
    exercises = (data.sort_values(order_cols, ascending=True)["exercise"]
                 .drop_duplicates().tolist())
    n = len(present)
    fig, axes = new_figure(max(2.6, 0.95 + len(exercises) * 0.34 * ((n + 1) // 2) + 1.0),
                           nrows=(n + 1) // 2, ncols=2 if n > 1 else 1, squeeze=False)
    flat = list(axes.ravel())
    for ax, (measure, label) in zip(flat, present, strict=False):
        rows = data[data["measure"] == measure].set_index("exercise")
        values = [float(rows.loc[e, "value"]) if e in rows.index else np.nan for e in exercises]
        colours = [SERIES_COLOURS[i % len(SERIES_COLOURS)] for i in range(len(exercises))]
        positions = np.arange(len(exercises))
        known = ~np.isnan(values)
        bars = ax.barh(positions[known], np.asarray(values)[known], 0.66,
                       color=[c for c, k in zip(colours, known, strict=True) if k])
        texts = []
        for e, v in zip(exercises, values, strict=True):
            if np.isnan(v):
                continue
            qualifier = str(rows.loc[e, "qualifier"]) if "qualifier" in rows.columns else ""
            texts.append(_qualified(v, qualifier))
        _value_labels(ax, list(bars), texts, horizontal=True)
        for pos, k in zip(positions, known, strict=True):
            if not k:
                ax.text(0, pos, " not reported", va="center", fontsize=SMALL_FONT_PT,
                        color="#777777", fontstyle="italic")
        ax.set_yticks(positions, exercises)
        ax.set_ylim(-0.6, len(exercises) - 0.4)
        ax.set_title(label, loc="left", fontsize=BASE_FONT_PT + 0.5, fontweight="bold")
        ax.grid(axis="y", visible=False)
        vmax = np.nanmax(values) if known.any() else 1
        ax.set_xlim(0, vmax * 1.45)
        ax.xaxis.set_major_locator(MaxNLocator(3))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
        if ax not in flat[:: 2 if n > 1 else 1]:
            ax.set_yticklabels([])
    for ax in flat[n:]:
        ax.set_visible(False)
    return finish(fig, title="Large NATO exercises compared", source=source,
                  unit="headline figures as announced; 'more than' and 'up to' kept as stated")


def _qualified(value: float, qualifier: str) -> str:
    q = qualifier.strip().lower()
    number = f"{value:,.0f}"
    if "more than" in q or "over" in q or "exceed" in q:
        return f">{number}"
    if "up to" in q:
        return f"≤{number}"
    if "approx" in q or "around" in q or "about" in q:
        return f"~{number}"
    return number


# ---------------------------------------------------------------------------------------------
# Ally profile
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProfileSeries:
    """One panel of an ally profile: the ally's series and optional comparison and guideline."""

    title: str
    unit: str
    data: pd.DataFrame  # year, value, estimate
    comparison: pd.Series | None = None  # year -> value, e.g. the alliance median
    comparison_label: str | None = None
    guideline: float | None = None
    guideline_label: str | None = None
    bars: bool = False


@styled
def ally_profile_panels(ally: str, panels: Sequence[ProfileSeries], *, source: str) -> Figure:
    """Up to four small panels about one ally (2 x 2), sharing one title and source line."""
    if not panels:
        raise ValueError("ally profile: no panels to draw")
    if len(panels) > 4:
        raise ValueError(f"ally profile: at most 4 panels fit an A4 half page, got {len(panels)}")
    nrows = (len(panels) + 1) // 2
    fig, axes = new_figure(2.05 * nrows + 0.8, nrows=nrows, ncols=2, squeeze=False)
    flat = list(axes.ravel())
    any_estimate = False
    for ax, panel in zip(flat, panels, strict=False):
        rows = panel.data.sort_values("year")
        years = rows["year"].to_numpy(int)
        values = rows["value"].to_numpy(float)
        est = _flag(rows["estimate"])
        any_estimate |= bool(est.any())
        if panel.bars:
            _draw_bars(ax, years, values, [BASE_COLOUR] * len(years), est, horizontal=False)
            ax.set_ylim(0, max(np.nanmax(values), panel.guideline or 0) * 1.15)
        else:
            _series_line(ax, years, values, est, colour=BASE_COLOUR)
        if panel.comparison is not None:
            comp = panel.comparison.sort_index()
            ax.plot(comp.index.to_numpy(int), comp.to_numpy(float), color=MEDIAN_COLOUR,
                    linewidth=1.6, linestyle=":", gid="comparison",
                    label=panel.comparison_label or "comparison")
        if panel.guideline is not None:
            _guideline_h(ax, panel.guideline, panel.guideline_label or "guideline")
        _year_axis(ax, years, years[est])
        if len(years) > 6:
            ticks = [t for t in ax.get_xticks()]
            keep = ticks[:: max(1, len(ticks) // 4)] if len(ticks) > 6 else ticks
            shown = [int(round(t)) for t in keep]
            if years[-1] not in shown:
                shown.append(int(years[-1]))
            estimated = set(years[est].tolist())
            ax.set_xticks(shown, [year_label(y, y in estimated) for y in shown])
        ax.set_title(panel.title, loc="left", fontsize=BASE_FONT_PT + 0.5, fontweight="bold")
        ax.set_ylabel(panel.unit)
        if not panel.bars and np.nanmin(values) >= 0:
            low = min(np.nanmin(values), panel.guideline or np.inf,
                      np.nanmin(panel.comparison) if panel.comparison is not None else np.inf)
            ax.set_ylim(0 if low < np.nanmax(values) * 0.5 else low * 0.85, None)
        if np.nanmax(values) >= 1000:
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}"))
        if panel.comparison is not None or panel.guideline is not None:
            # Headroom above the data holds the legend in one row, so it never covers a line.
            low, high = ax.get_ylim()
            ax.set_ylim(low, high + (high - low) * 0.3)
            ax.legend(loc="upper left", frameon=False, fontsize=SMALL_FONT_PT,
                      ncol=2, columnspacing=1.0, handlelength=1.6, borderaxespad=0.1)
    for ax in flat[len(panels):]:
        ax.set_visible(False)
    # The estimate key gets the subtitle row, so a long ally name never runs into it.
    finish(fig, title=f"{ally}: defence effort at a glance", source=source,
           unit="\u00a0" if any_estimate else None)
    if any_estimate:
        unit_text = next(t for t in fig.texts if t.get_gid() == "chart-unit")
        fig.legend(handles=estimate_legend_handles("line"), loc="upper left",
                   bbox_to_anchor=(0.0, unit_text.get_position()[1] + 0.012), ncol=2,
                   frameon=False, borderaxespad=0.2)
    return fig


@styled
def release_movements(data: pd.DataFrame, *, ally: str, source: str,
                      unit: str = "% of GDP", what: str = "share of GDP") -> Figure:
    """How one ally's value for each year moved between NATO releases.

    ``data``: ``year``, ``vintage`` (release), ``value``, ``estimate``. Years are categories
    side by side; within a year each release has its own marker, labelled with its value, so a
    revision shows as markers at different heights for the same year.
    """
    _require(data, ["year", "vintage", "value", "estimate"], "release movements")
    from analysis.data.load import release_sort_key

    vintages = sorted(data["vintage"].astype(str).unique(), key=release_sort_key)
    # Value labels help with a few points; beyond that they collide and the table has them.
    label_points = len(data) <= 12
    years = sorted(data["year"].astype(int).unique())
    fig, ax = new_figure(2.9)
    slot = 0.8 / max(len(vintages), 1)
    markers = ["o", "s", "D", "^", "v", "P", "X"]
    handles: list[Any] = []
    any_estimate = False
    for i, vintage in enumerate(vintages):
        rows = data[data["vintage"].astype(str) == vintage]
        colour = SERIES_COLOURS[i % len(SERIES_COLOURS)]
        marker = markers[i % len(markers)]
        offset = (i - (len(vintages) - 1) / 2) * slot
        for _, row in rows.iterrows():
            xpos = years.index(int(row["year"])) + offset
            estimated = bool(row["estimate"]) if pd.notna(row["estimate"]) else False
            any_estimate |= estimated
            ax.scatter([xpos], [float(row["value"])], marker=marker, s=44, zorder=3,
                       facecolor="white" if estimated else colour, edgecolor=colour,
                       linewidths=1.4, gid="point-estimate" if estimated else "point")
            if label_points:
                ax.annotate(f"{float(row['value']):.2f}", (xpos, float(row["value"])),
                            xytext=(0, 6), textcoords="offset points", ha="center",
                            fontsize=SMALL_FONT_PT, color=colour)
        handles.append(Line2D([], [], marker=marker, color=colour, linestyle="none",
                              markersize=7, label=vintage))
    if any_estimate:
        handles.append(Line2D([], [], color="#555555", marker="o", markerfacecolor="white",
                              linestyle="none", markersize=7, label=ESTIMATE_NOTE))
    ax.set_xticks(range(len(years)), [str(y) for y in years])
    ax.set_xlim(-0.6, len(years) - 0.4)
    ax.grid(axis="x", visible=False)
    low, high = float(data["value"].min()), float(data["value"].max())
    pad = (high - low) * 0.15 + 0.1
    ax.set_ylim(low - pad, high + pad * 1.6)
    ax.set_ylabel(unit)
    ax.set_xlabel("year the value refers to")
    ax.legend(handles=handles, title="NATO release", title_fontsize=SMALL_FONT_PT + 0.5,
              loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, borderaxespad=0,
              labelspacing=0.3)
    return finish(fig, title=f"{ally}: {what} as published in successive NATO releases",
                  source=source)
