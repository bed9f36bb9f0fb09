"""HTML and PDF rendering of executed report notebooks, offline and without TeX.

The HTML comes from nbconvert with the ``nato`` template in ``analysis/pipeline/templates``:
lab's cell markup, images embedded as data URIs, no prompts, code hidden unless asked for, and no
script or stylesheet fetched from anywhere (lab's own page pulls require.js and MathJax from
CDNs). The PDF is that same HTML laid out by WeasyPrint on A4 with a title block, running header,
parameters and page numbers in the footer (CSS in ``templates/nato/nato.css``).

``NatoPDFExporter`` is registered as the nbconvert exporter ``nato_pdf``, so
``jupyter nbconvert --to nato_pdf notebook.ipynb`` gives the same PDF as ``nato-report build``.
"""

from __future__ import annotations

import datetime as dt
import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

import nbformat
from nbconvert.exporters import Exporter, HTMLExporter
from traitlets import Bool, default

from analysis.errors import RenderTimeout
from analysis.report.chart_output import DATA_LINK_CLASS

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
# notebook metadata written by analysis.pipeline.build before rendering
METADATA_KEY = "nato_report"
_FOOTER_PARAMS_CHARS = 72


@dataclass(frozen=True)
class TitleBlock:
    """What the title block, running header and footer say about one report."""

    title: str
    subtitle: str
    description: str
    parameters: tuple[tuple[str, str], ...]
    release: str  # long form: title, publisher, release date, cut-off
    release_short: str
    built: str
    commit: str
    show_code: bool = False

    @property
    def footer(self) -> str:
        # Whole "name=value" items only, never a word cut in half: the rest are named on page 1.
        items = [f"{name}={value}" for name, value in self.parameters]
        shown: list[str] = []
        for item in items:
            if len("; ".join([*shown, item])) > _FOOTER_PARAMS_CHARS:
                break
            shown.append(item)
        params = "; ".join(shown)
        if len(shown) < len(items):
            more = len(items) - len(shown)
            noun = "parameters" if more > 1 else "parameter"
            params += f"{'; ' if shown else ''}{more} more {noun} on page 1"
        parts = [part for part in (params, f"built {self.built}") if part]
        return " | ".join(parts)

    def as_resources(self) -> dict[str, Any]:
        return {
            "title": self.title, "subtitle": self.subtitle, "description": self.description,
            "parameters": list(self.parameters), "release": self.release,
            "release_short": self.release_short, "built": self.built, "commit": self.commit,
            "show_code": self.show_code, "footer": self.footer,
        }


def format_value(value: Any) -> str:
    """Parameter values as an analyst would type them: lists comma-separated, no quotes."""
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) if value else "(none)"
    return str(value)


def describe_release(info: Any) -> tuple[str, str]:
    """(long, short) text of a release: a mapping or an object with vintage, title, ... fields."""
    if not info:
        return "", ""

    def field(name: str) -> str:
        value = info.get(name) if isinstance(info, dict) else getattr(info, name, None)
        return "" if value in (None, "") else str(value)

    vintage, title, publisher = field("vintage"), field("title"), field("publisher")
    released, cutoff = field("release_date"), field("data_cutoff")
    head = ", ".join(part for part in (publisher, title) if part)
    tail = "; ".join(
        part for part in (f"released {released}" if released else "",
                          f"data cut-off {cutoff}" if cutoff else "") if part
    )
    long = " ".join(part for part in (f"NATO release {vintage}" if vintage else "",
                                       f"({head})" if head else "") if part)
    if tail:
        long = f"{long}, {tail}" if long else tail
    short = f"Data: NATO release {vintage}" if vintage else ""
    if short and released:
        short += f" (released {released})"
    return long, short


def title_block(nb: nbformat.NotebookNode, name: str = "", show_code: bool = False) -> TitleBlock:
    """The title block of ``nb`` from what analysis.pipeline.build stored in its metadata.

    A notebook rendered straight through ``jupyter nbconvert --to nato_pdf`` may have no such
    metadata; then the first markdown heading, papermill's parameters and the file's time are used.
    """
    meta = dict(nb.metadata.get(METADATA_KEY) or {})
    params = meta.get("parameters")
    if params is None:
        params = dict((nb.metadata.get("papermill") or {}).get("parameters") or {})
    release_long = str(meta.get("release") or "")
    release_short = str(meta.get("release_short") or "")
    if not release_long and isinstance(params, dict) and params.get("release"):
        release_long = release_short = f"Data: NATO release {params['release']}"
    built = str(meta.get("built") or dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"))
    return TitleBlock(
        title=str(meta.get("title") or _first_heading(nb) or name or "Report"),
        subtitle=str(meta.get("subtitle") or ""),
        description=str(meta.get("description") or ""),
        parameters=tuple((str(key), format_value(value)) for key, value in dict(params).items()),
        release=release_long,
        release_short=release_short,
        built=built,
        commit=str(meta.get("commit") or ""),
        show_code=show_code,
    )


def _first_heading(nb: nbformat.NotebookNode) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.lstrip("#").strip()
    return ""


def _without_title_heading(nb: nbformat.NotebookNode, title: str) -> nbformat.NotebookNode:
    """A copy of ``nb`` without its first ``# heading`` when that repeats the title block's title.

    Notebooks open with their title so that they read well in JupyterLab; on the report page the
    title block already says it.
    """
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "markdown":
            continue
        lines = cell.source.splitlines()
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is None:
            continue
        line = lines[first].strip()
        if line.startswith("# ") and line[2:].strip().casefold() == title.strip().casefold():
            copy = nbformat.from_dict(nb)
            copy.cells[index].source = "\n".join(lines[:first] + lines[first + 1:]).strip()
            return copy
        return nb
    return nb


class NatoHTMLExporter(HTMLExporter):
    """Self-contained report HTML (no external scripts or styles, images embedded)."""

    export_from_notebook = "NATO report HTML"
    show_code = Bool(False, help="Show code cells (hidden by default).").tag(config=True)

    # Trait defaults rather than assignments in __init__: the template search path is computed
    # while the exporter is constructed.
    @default("template_name")
    def _template_name_default(self) -> str:
        return "nato"

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self) -> list[str]:
        return [str(TEMPLATES_DIR)]

    @default("embed_images")
    def _embed_images_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    def from_notebook_node(
        self, nb: nbformat.NotebookNode, resources: dict | None = None, **kw: Any
    ) -> tuple[str, dict]:
        resources = self._init_resources(resources)
        # _init_resources copies the dict; setting the key afterwards keeps it through rendering.
        name = str((resources.get("metadata") or {}).get("name") or "")
        block = title_block(nb, name, self.show_code)
        resources["nato"] = block.as_resources()
        self.exclude_input = not self.show_code
        return super().from_notebook_node(_without_title_heading(nb, block.title), resources, **kw)


def notebook_to_html(
    nb: nbformat.NotebookNode, show_code: bool = False, resource_dir: Path | None = None,
    name: str = "",
) -> str:
    """The report page of an executed notebook, as one self-contained HTML string."""
    exporter = NatoHTMLExporter(show_code=show_code)
    resources: dict[str, Any] = {"metadata": {"name": name}}
    if resource_dir is not None:
        # Relative markdown images are read from here and embedded.
        resources["metadata"]["path"] = str(resource_dir)
    html, _ = exporter.from_notebook_node(nb, resources)
    return html


_TABLE = re.compile(r"<table\b([^>]*)>(.*?)</table>", re.DOTALL | re.IGNORECASE)
_TAG = re.compile(r"<[^>]+>")
LONG_TABLE_ROWS = 16
LONG_TABLE_CHARS = 1500


def mark_long_tables(html: str) -> str:
    """Add class ``long-table`` to tables too tall to move whole to the next page.

    The print CSS keeps a table on one page (no stray two rows at a page's foot), which for a
    long table would leave half a page blank; long ones may break between rows instead, with
    their header repeated. CSS cannot measure a table, so rows and text length decide.
    """

    def mark(match: re.Match[str]) -> str:
        attributes, body = match.group(1), match.group(2)
        rows = len(re.findall(r"<tr\b", body, flags=re.IGNORECASE))
        chars = len(_TAG.sub("", body))
        if rows <= LONG_TABLE_ROWS and chars <= LONG_TABLE_CHARS:
            return match.group(0)
        if re.search(r"\bclass\s*=\s*\"", attributes):
            attributes = re.sub(r"\bclass\s*=\s*\"", 'class="long-table ', attributes, count=1)
        else:
            attributes += ' class="long-table"'
        return f"<table{attributes}>{body}</table>"

    return _TABLE.sub(mark, html)


_CHART_DATA_LINK = re.compile(
    rf'<a class="{DATA_LINK_CLASS}" href="[^"]*">(.*?)</a>', re.DOTALL)


def unlink_chart_data(html: str) -> str:
    """The page without links to the CSVs beside it, for the PDF.

    A PDF cannot link to a file relative to itself: WeasyPrint would resolve the link against the
    notebooks' folder, an address that exists on the build machine only. The file name stays in
    the text, so the reader of the PDF finds the CSV beside it.
    """
    return _CHART_DATA_LINK.sub(rf'<span class="{DATA_LINK_CLASS}">\1</span>', html)


def allowed_url(url: str) -> bool:
    """Whether WeasyPrint may read ``url``: a ``data:`` URL or a file of ``templates/``.

    A report page carries its images as data URIs and its styles inline; any other address in it
    came from somewhere it should not have (a source's text, say), so it is neither read from
    disk nor requested from the network.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "data":
        return True
    if scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    path = Path(url2pathname(unquote(parts.path))).resolve()
    return path.is_relative_to(TEMPLATES_DIR.resolve())


def url_fetcher() -> Any:
    """A WeasyPrint URL fetcher that refuses every URL :func:`allowed_url` does not allow.

    WeasyPrint skips a refused resource (image, stylesheet, attachment) with a logged error.
    """
    # Late: WeasyPrint takes about a second to import and only a PDF needs it.
    from weasyprint import urls

    def refuse(url: str) -> None:
        if not allowed_url(url):
            raise ValueError(f"report rendering reads only data: URLs and its templates: {url}")

    base = getattr(urls, "URLFetcher", None)
    if base is None:  # WeasyPrint < 68: a fetcher is a function returning a dict
        def fetch(url: str, *args: Any, **kwargs: Any) -> Any:
            refuse(url)
            return urls.default_url_fetcher(url, *args, **kwargs)

        return fetch

    class TemplatesOnly(base):  # type: ignore[misc, valid-type]
        def fetch(self, url: str, headers: Any = None) -> Any:
            refuse(url)
            return super().fetch(url, headers)

    return TemplatesOnly(allowed_protocols=("data", "file"), allow_redirects=False)


def html_to_pdf(html: str, base_url: Path | str | None = None) -> bytes:
    """A4 PDF of a report page (WeasyPrint; no TeX, no browser).

    Only ``data:`` URLs and the package's templates are read (:func:`url_fetcher`), and the PDF
    gets no attachments, whatever ``rel="attachment"`` links the page may hold.
    """
    # WeasyPrint takes about a second to import; only a PDF needs it. Its warnings about
    # nbconvert's CSS are silenced by the command (analysis.cli), which configures logging.
    from weasyprint import HTML

    page = unlink_chart_data(mark_long_tables(html))
    document = HTML(string=page, base_url=str(base_url) if base_url else None,
                    url_fetcher=url_fetcher()).render()
    document.metadata.attachments = []
    for rendered in document.pages:
        rendered.links[:] = [link for link in rendered.links if link[0] != "attachment"]
    return document.write_pdf()


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    """Raise :class:`RenderTimeout` ("<what> took longer than <seconds>s") when the block overruns.

    Rendering runs in the process (nbconvert and WeasyPrint hold no kernel to stop), so the limit
    is a SIGALRM timer: its handler raises in the main thread at the next Python instruction, which
    WeasyPrint's layout loops reach often. Outside the main thread (an embedding program) signals
    cannot be used and the block runs without a limit.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise RenderTimeout(f"{what} took longer than {seconds:g}s (render_timeout in reports.yml)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class NatoPDFExporter(Exporter):
    """nbconvert exporter ``nato_pdf``: the report HTML laid out on A4 by WeasyPrint."""

    export_from_notebook = "NATO report PDF"
    output_mimetype = "application/pdf"
    show_code = Bool(False, help="Show code cells (hidden by default).").tag(config=True)

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".pdf"

    def from_notebook_node(
        self, nb: nbformat.NotebookNode, resources: dict | None = None, **kw: Any
    ) -> tuple[bytes, dict]:
        nb_copy, resources = super().from_notebook_node(nb, resources, **kw)
        meta = resources.get("metadata") or {}
        html_exporter = NatoHTMLExporter(show_code=self.show_code, parent=self)
        html, _ = html_exporter.from_notebook_node(nb_copy, dict(resources))
        pdf = html_to_pdf(html, base_url=meta.get("path") or None)
        resources["output_extension"] = ".pdf"
        return pdf, resources
