"""Report rendering: offline HTML and A4 PDF from executed notebooks (no kernel needed here)."""

from __future__ import annotations

import base64
import io
import re
import subprocess
import sys
from pathlib import Path

import matplotlib
import nbformat
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from pypdf import PdfReader

from analysis.pipeline import render

matplotlib.use("Agg")

TITLE = "Defence spending trends"
RELEASE = "NATO release 2024-06 (NATO Public Diplomacy Division, Defence Expenditure tables)"


def _png() -> str:
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(10, 4))
    ax.bar(["Poland", "Norway"], [4.1, 2.2])
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=80)
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def _table_html(rows: int) -> str:
    body = "".join(f"<tr><th>{i}</th><td>Ally {i}</td><td>{i * 0.1:.2f}</td></tr>"
                   for i in range(rows))
    return (f'<table class="dataframe"><thead><tr><th></th><th>ally</th><th>value</th></tr>'
            f"</thead><tbody>{body}</tbody></table>")


def executed_notebook(rows: int = 5, with_metadata: bool = True) -> nbformat.NotebookNode:
    params = new_code_cell("allies = 'all'\nSECRET_CODE_MARKER = 1", execution_count=1)
    params.metadata["tags"] = ["parameters"]
    chart = new_code_cell("plot_ranked_bars(frame)  # CHART_CODE_MARKER", execution_count=2)
    chart.outputs = [
        new_output("display_data", data={"image/png": _png(), "text/plain": "<Figure>"}),
        new_output("stream", name="stderr", text="FutureWarning: STDERR_NOISE_MARKER\n"),
    ]
    table = new_code_cell("frame", execution_count=3)
    table.outputs = [new_output("execute_result", execution_count=3,
                                data={"text/html": _table_html(rows), "text/plain": "frame"})]
    nb = new_notebook(cells=[
        new_markdown_cell(f"# {TITLE}\n\nShare of GDP against the guideline."),
        params, chart, table,
        new_markdown_cell("## Sources and notes\n\nNATO, *Defence Expenditure of NATO Countries*."),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    if with_metadata:
        nb.metadata[render.METADATA_KEY] = {
            "title": TITLE, "subtitle": "", "description": "Trends in share of GDP.",
            "parameters": {"allies": "all", "start_year": 2014, "end_year": 2024,
                           "highlight": ["Poland", "Norway"]},
            "release": RELEASE, "release_short": "Data: NATO release 2024-06",
            "built": "2026-11-25 08:15 UTC", "commit": "abc1234def",
        }
    return nb


def _external_tags(page: str) -> list[str]:
    tags = re.findall(r"<(?:script|link)\b[^>]*>", page, flags=re.IGNORECASE)
    return [tag for tag in tags if re.search(r"(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", tag)]


def test_html_is_self_contained_with_embedded_chart():
    page = render.notebook_to_html(executed_notebook())
    assert "data:image/png;base64," in page
    assert _external_tags(page) == []
    assert "<script" not in page.lower()  # the template adds none at all
    assert "cdnjs" not in page and "mathjax" not in page.lower()


def test_html_hides_code_prompts_and_stderr_by_default():
    page = render.notebook_to_html(executed_notebook())
    assert "CHART_CODE_MARKER" not in page and "SECRET_CODE_MARKER" not in page
    assert "STDERR_NOISE_MARKER" not in page
    assert "In&nbsp;[" not in page and "Out[" not in page
    # the table output and the markdown stay
    assert "Ally 4" in page and "Sources and notes" in page


def test_show_code_shows_code_but_still_no_prompts():
    page = render.notebook_to_html(executed_notebook(), show_code=True)
    assert "CHART_CODE_MARKER" in page
    assert "STDERR_NOISE_MARKER" in page
    assert "In&nbsp;[" not in page and "Out[" not in page


def test_title_block_holds_title_parameters_release_and_build_date():
    page = render.notebook_to_html(executed_notebook())
    block = page[page.index('<header class="title-block">'):page.index("</header>")]
    assert TITLE in block
    assert "start_year</code> = 2014" in block
    assert "Poland, Norway" in block
    assert "NATO release 2024-06" in block
    assert "2026-11-25 08:15 UTC" in block and "abc1234def" in block
    # the notebook's own "# title" heading is not repeated under the title block
    main = page[page.index("<main>"):]
    assert TITLE not in main and "Share of GDP against the guideline." in main


def test_title_falls_back_to_the_first_heading_without_build_metadata():
    nb = executed_notebook(with_metadata=False)
    nb.metadata["papermill"] = {"parameters": {"release": "2024-06"}}
    page = render.notebook_to_html(nb)
    assert f'<h1 class="report-title">{TITLE}</h1>' in page
    assert "NATO release 2024-06" in page


def _pdf_pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def test_pdf_is_a4_with_title_release_and_page_numbers():
    nb = executed_notebook(rows=120)  # long enough for several pages
    pdf = render.html_to_pdf(render.notebook_to_html(nb))
    reader = PdfReader(io.BytesIO(pdf))
    pages = _pdf_pages(pdf)
    assert len(pages) >= 2
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    assert TITLE in pages[0] and "NATO release 2024-06" in pages[0]
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "built 2026-11-25 08:15 UTC" in text
    # later pages repeat the title and release in the running header
    assert TITLE in pages[1] and "Data: NATO release 2024-06" in pages[1]
    assert len(reader.pages[0].images) >= 1  # the chart is in the PDF


def _replaced_boxes(box):
    from weasyprint.formatting_structure import boxes

    if isinstance(box, boxes.ReplacedBox):
        yield box
    for child in getattr(box, "children", []):
        yield from _replaced_boxes(child)


def test_wide_chart_and_long_table_fit_the_page():
    from weasyprint import HTML

    page_html = render.notebook_to_html(executed_notebook(rows=120))
    document = HTML(string=page_html).render()
    assert len(document.pages) >= 2
    for page in document.pages:
        content_width = page.width - page._page_box.margin_left - page._page_box.margin_right
        for box in _replaced_boxes(page._page_box):
            # a 10-inch chart at 80 dpi (800 px) would overflow A4 unless scaled by the CSS
            assert box.width <= content_width + 0.5
    # a long table starts right under the chart and breaks between rows, header repeated
    texts = _pdf_pages(render.html_to_pdf(page_html))
    assert "Ally 0" in texts[0]
    assert "Ally 119" in texts[-1]
    assert all("ally value" in text for text in texts[1:-1])


def test_only_long_tables_may_break_across_pages():
    short, long = _table_html(5), _table_html(40)
    marked = render.mark_long_tables(f"<p>x</p>{short}<p>y</p>{long}")
    assert marked.count("long-table") == 1
    assert 'class="long-table dataframe"' in marked
    assert marked.index("long-table") > marked.index("<p>y</p>")
    wordy = "<table><tr><td>" + "quote " * 400 + "</td></tr></table>"
    assert render.mark_long_tables(wordy).startswith('<table class="long-table">')


def _nbconvert(tmp_path: Path, exporter: str) -> None:
    """Run `jupyter nbconvert --to EXPORTER` on an executed notebook written to trends.ipynb."""
    notebook = tmp_path / "trends.ipynb"
    nbformat.write(executed_notebook(), notebook)
    jupyter = Path(sys.executable).with_name("jupyter")
    done = subprocess.run(
        [str(jupyter), "nbconvert", "--to", exporter, str(notebook)],
        capture_output=True, text=True, timeout=180,
    )
    assert done.returncode == 0, done.stderr


def test_nbconvert_exporter_entry_point(tmp_path: Path):
    _nbconvert(tmp_path, "nato_pdf")
    pdf = (tmp_path / "trends.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    text = "\n".join(_pdf_pages(pdf))
    assert TITLE in text and "NATO release 2024-06" in text


@pytest.mark.parametrize("exporter", ["analysis.pipeline.render.NatoHTMLExporter", "nato_html"])
def test_html_exporter_by_class_name_and_entry_point(tmp_path: Path, exporter: str):
    _nbconvert(tmp_path, exporter)
    page = (tmp_path / "trends.html").read_text(encoding="utf-8")
    assert "data:image/png;base64," in page and _external_tags(page) == []


@pytest.mark.parametrize(
    ("info", "long", "short"),
    [
        ({"vintage": "2024-06", "title": "Tables", "publisher": "NATO PDD",
          "release_date": "2024-06-17", "data_cutoff": "2024-06-12"},
         "NATO release 2024-06 (NATO PDD, Tables), released 2024-06-17; data cut-off 2024-06-12",
         "Data: NATO release 2024-06 (released 2024-06-17)"),
        (None, "", ""),
    ],
)
def test_describe_release(info, long, short):
    assert render.describe_release(info) == (long, short)


def test_the_footer_never_cuts_a_parameter_in_half():
    parameters = (("release", "2025-08"), ("start_year", "2014"), ("end_year", "latest"),
                  ("highlight", "Poland,Germany,Lithuania,Latvia,Estonia"), ("allies", "all"))
    block = render.TitleBlock(title="t", subtitle="s", description="d", parameters=parameters,
                              release="r", release_short="r", built="2026-11-28 20:00 UTC",
                              commit="abc")
    footer = block.footer
    shown = footer.split(" | ")[0]
    items = shown.split("; ")
    assert items[-1].endswith("more parameters on page 1")
    assert all(f"{name}={value}" in items for name, value in parameters[:len(items) - 1])
    assert "..." not in footer and footer.endswith("built 2026-11-28 20:00 UTC")
    short = render.TitleBlock(title="t", subtitle="s", description="d",
                              parameters=(("ally", "Germany"),), release="r", release_short="r",
                              built="b", commit="c")
    assert short.footer == "ally=Germany | built b"
