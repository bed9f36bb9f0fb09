"""The CSVs behind the charts: taken from the executed notebook's chart outputs into the report's
folder, and not linked from the PDF, where a relative link cannot work."""

from __future__ import annotations

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_notebook, new_output

from analysis.errors import BuildError
from analysis.pipeline import render
from analysis.pipeline.chart_files import chart_tables, write_chart_files
from analysis.report.chart_output import chart_bundle
from analysis.report.style import finish, new_figure


def _chart_output(title: str, taken: list[str]) -> nbformat.NotebookNode:
    fig, ax = new_figure(2.0)
    ax.plot([2014, 2024], [1.5, 2.5])
    finish(fig, title=title, source="Source: NATO, T, release 2024-06, released x.",
           data=pd.DataFrame({"year": [2014, 2024], "value": [1.5, 2.5]}), data_unit="% of GDP")
    bundle, metadata = chart_bundle(fig, None, taken)
    return new_output("display_data", data=bundle, metadata=metadata)


def test_every_chart_table_is_written_beside_the_report(tmp_path):
    taken: list[str] = []
    nb = new_notebook(cells=[
        new_code_cell("a", outputs=[_chart_output("Share of GDP over the years", taken)]),
        new_code_cell("b", outputs=[new_output("stream", text="hello"),
                                    _chart_output("Share of GDP over the years", taken)]),
    ])
    written = write_chart_files(nb, tmp_path)
    assert [p.name for p in written] == ["01-share-of-gdp-over-the-years.csv",
                                         "02-share-of-gdp-over-the-years.csv"]
    table = pd.read_csv(written[1])
    assert table["value"].tolist() == [1.5, 2.5]
    assert set(table["unit"]) == {"% of GDP"} and set(table["release"]) == {"2024-06"}


@pytest.mark.parametrize("name", ["../x.csv", "01-a/b.csv", "01-x.html", ""])
def test_a_chart_output_naming_anything_but_a_plain_csv_is_refused(tmp_path, name):
    output = _chart_output("T", [])
    output.metadata["nato_chart_data"]["file"] = name
    nb = new_notebook(cells=[new_code_cell("a", outputs=[output])])
    with pytest.raises(BuildError, match="not a CSV file name"):
        write_chart_files(nb, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_two_charts_claiming_one_file_are_refused():
    output = _chart_output("T", [])
    nb = new_notebook(cells=[new_code_cell("a", outputs=[output, output])])
    with pytest.raises(BuildError, match="two charts claim"):
        chart_tables(nb)


def test_the_pdf_names_the_csv_without_linking_it():
    html = chart_bundle(_figure(), None, [])[0]["text/html"]
    assert '<a class="chart-data-link" href="01-t.csv">' in html
    unlinked = render.unlink_chart_data(f"<p>{html}</p><a href='x.html'>other</a>")
    assert "chart-data-link\" href" not in unlinked
    assert '<span class="chart-data-link">01-t.csv</span>' in unlinked
    assert "<a href='x.html'>other</a>" in unlinked  # only the chart links go


def _figure():
    fig, ax = new_figure(2.0)
    finish(fig, title="T", source="Source: x", data=pd.DataFrame({"value": [1.0]}))
    return fig
