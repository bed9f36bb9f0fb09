"""How a chart leaves the notebook: inline SVG, and the CSV of its numbers linked under it.

:func:`show` displays a figure as an inline ``<svg>``: WeasyPrint draws it as vectors into the
PDF (sharp at any zoom, its text real text), and a browser shows the same drawing, smaller than
a PNG at print resolution. Text stays text (``svg.fonttype: none`` in the house style) in DejaVu
Sans, which the charts are laid out for.

The table behind the chart (:mod:`.chart_data`) travels in the same output as ``text/csv``,
with its file name under :data:`CHART_DATA_KEY` in the output's metadata; the build writes it
beside the report (:mod:`analysis.pipeline.chart_files`), where the relative link under the
chart finds it.
"""

from __future__ import annotations

import html
import io
import re

import matplotlib
import pandas as pd
from matplotlib.figure import Figure

from analysis.report.chart_data import attached, tidy_chart_data, to_csv_text
from analysis.report.style import FIGURE_WIDTH_IN, STYLE, chart_title, source_text

CHART_DATA_KEY = "nato_chart_data"  # output metadata: {"file": "<name>.csv"}
CSV_MIME = "text/csv"
DATA_LINK_CLASS = "chart-data-link"
# The chart a report opens with, under its key findings: the PDF's CSS lets it shrink a little
# so that it shares page 1 with the cover and the findings instead of leaving half of it empty.
LEAD_CLASS = "nato-lead"
_SLUG_CHARS = 48
# File names given out in this kernel: a second chart with the same title gets the next number.
_NAMES_GIVEN: list[str] = []


def to_svg(fig: Figure) -> str:
    """``fig`` as an SVG document (text as text, no creation date, so builds compare)."""
    buffer = io.StringIO()
    with matplotlib.rc_context(STYLE):
        fig.savefig(buffer, format="svg", facecolor="white", metadata={"Date": None})
    return buffer.getvalue()


def inline_svg(svg: str, title: str) -> str:
    """An SVG document as an element for an HTML page: no XML prolog, named for screen readers,
    scaled to the column (the page's CSS keeps the drawing's proportions)."""
    start = svg.find("<svg")
    if start < 0:
        raise ValueError("not an SVG document: no <svg> element")
    # matplotlib's RDF metadata names its creator and Dublin Core namespaces: noise on a page.
    element = re.sub(r"\s*<metadata>.*?</metadata>", "", svg[start:], count=1, flags=re.DOTALL)
    element = unreferenced_ids_dropped(element)
    label = html.escape(title or "chart", quote=True)
    return element.replace("<svg ", f'<svg role="img" aria-label="{label}" class="nato-chart" ',
                           1)


def unreferenced_ids_dropped(svg: str) -> str:
    """``svg`` without the ids nothing in it refers to.

    matplotlib names every group ('figure_1', 'patch_6', and our gids); several charts on one
    page would repeat them, and WeasyPrint makes each id a PDF anchor. The ids that clip paths,
    markers and hatches are referred to by are hashed with a random salt, so they stay unique.
    """
    used = set(re.findall(r"url\(#([^)\s]+)\)", svg)) | set(re.findall(r'href="#([^"]+)"', svg))

    def keep_used(match: re.Match[str]) -> str:
        return match.group(0) if match.group(1) in used else ""

    return re.sub(r'\s+id="([^"]*)"', keep_used, svg)


def data_file_name(title: str, taken: list[str]) -> str:
    """'01-defence-expenditure-as-a-share-of-gdp-2024e.csv': the chart's place and its title."""
    # "Share of GDP, 2024e: 18 of 31 allies ..." -> the part before the colon, when it says enough
    head, colon, _ = title.rpartition(": ")
    named = head if colon and len(head) >= 20 else title
    slug = re.sub(r"[^a-z0-9]+", "-", named.casefold()).strip("-") or "chart"
    if len(slug) > _SLUG_CHARS:
        slug = slug[:_SLUG_CHARS].rsplit("-", 1)[0]
    return f"{len(taken) + 1:02d}-{slug}.csv"


def chart_html(svg: str, title: str, file_name: str | None, *, lead: bool = False) -> str:
    """The chart and, when it has data, a link to its CSV under it; ``lead`` marks the chart
    that belongs on page 1 (:data:`LEAD_CLASS`)."""
    classes = "nato-figure" + (f" {LEAD_CLASS}" if lead else "")
    parts = [f'<figure class="{classes}">{inline_svg(svg, title)}']
    if file_name:
        name = html.escape(file_name, quote=True)
        parts.append(f'<figcaption class="chart-data">The numbers behind this chart: '
                     f'<a class="{DATA_LINK_CLASS}" href="{name}">{name}</a> (CSV with unit, '
                     'release and source)</figcaption>')
    parts.append("</figure>")
    return "".join(parts)


def show(fig: Figure, data: pd.DataFrame | None = None, *, lead: bool = False) -> None:
    """Display ``fig`` in a notebook as inline SVG with the link to the numbers behind it.

    ``data`` replaces the table the chart function kept (for a chart drawn by hand in a
    notebook); a figure with neither is shown without a link. ``lead``: the report's first
    chart, which the PDF keeps on page 1 under the findings.
    """
    # IPython is needed only inside a notebook; scripts and tests that never show a chart
    # skip its import time.
    from IPython.display import display

    bundle, metadata = chart_bundle(fig, data, _NAMES_GIVEN, lead=lead)
    display(bundle, raw=True, metadata=metadata)


def chart_bundle(fig: Figure, data: pd.DataFrame | None, taken: list[str], *,
                 lead: bool = False) -> tuple[dict[str, str], dict[str, object]]:
    """The display bundle and output metadata of a chart; the CSV's name is added to ``taken``."""
    title = chart_title(fig)
    table = attached(fig) if data is None else tidy_chart_data(data, source=source_text(fig))
    svg = to_svg(fig)
    name = None
    if table is not None:
        name = data_file_name(title, taken)
        taken.append(name)
    bundle = {
        "text/html": chart_html(svg, title, name, lead=lead),
        "text/plain": f"<chart: {title}>",
    }
    metadata: dict[str, object] = {"width": int(FIGURE_WIDTH_IN * 96)}
    if table is not None and name is not None:
        bundle[CSV_MIME] = to_csv_text(table)
        metadata[CHART_DATA_KEY] = {"file": name, "title": title}
    return bundle, metadata
