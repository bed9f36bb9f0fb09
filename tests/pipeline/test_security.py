"""Text of sources, their metadata, figure tables and reference CSVs is data, never markup.

A hostile source (tags, a javascript: link, an attachment link and an image on a local listener in
its text and in its title, outlet, address and primary source) and a hostile headline row are built
through the real ``nato-report build`` of source_brief and force_numbers, their figures found by the
extractor. The report HTML must show those characters as text with no live tag, the PDFs must carry
no attachment and the listener must get no connection. The PDF renderer itself is checked on raw
hostile HTML: it reads data: URLs and the package's templates only.
"""

from __future__ import annotations

import hashlib
import http.server
import shutil
import subprocess
import threading
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from pypdf import PdfReader

from analysis import cli
from analysis.data.normalised import write_normalised
from analysis.markup import code_span, escape_markdown, markdown_url
from analysis.pipeline import render
from analysis.pipeline.chart_files import CHART_FILE_NAME

REPO = Path(__file__).resolve().parents[2]
HOSTILE = (
    "<img src=x onerror=alert(1)>",
    "<svg onload=alert(1)>",
    "[click](javascript:alert(1))",
    '<iframe src="file:///etc/passwd"></iframe>',
    '<a rel="attachment" href="file:///etc/passwd">passwd</a>',
    "![pw](file:///etc/passwd)",
)
SOURCE_ID = "hostile-2024-02"
PASSWD_MARK = "root:x:0:0"  # first line of /etc/passwd on Linux


# -- helpers ---------------------------------------------------------------------------------------


class _Page(HTMLParser):
    """Every start tag with its attributes, and the visible text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def live_markup(html: str) -> list[str]:
    """What in ``html`` would run, load or attach something: the report's own markup has none."""
    found = []
    for tag, attrs in parse(html).tags:
        # The report's own charts: inline SVG drawn by analysis.report.chart_output, and the
        # relative link under each to the CSV of its numbers beside the report.
        ours = (tag == "svg" and attrs.get("class") == "nato-chart") or (
            tag == "a" and attrs.get("class") == "chart-data-link"
            and CHART_FILE_NAME.match(attrs.get("href", "")) is not None)
        if tag in ("script", "iframe", "object", "embed", "svg", "base", "form") and not ours:
            found.append(f"<{tag}>")
        if tag == "link" or "attachment" in attrs.get("rel", "").lower():
            found.append(f"<{tag} rel={attrs.get('rel')}>")
        for name, value in attrs.items():
            value = "".join(value.split()).lower()
            if name.startswith("on"):
                found.append(f"<{tag} {name}>")
            if name in ("src", "href", "data", "action", "srcset", "poster", "background") and \
                    not value.startswith(("data:", "http://", "https://", "#")) and not ours:
                found.append(f"<{tag} {name}={value}>")
            if tag in ("img", "image", "source", "video", "audio", "input") and \
                    name in ("src", "srcset") and not value.startswith("data:"):
                found.append(f"<{tag} {name}={value}>")
    return found


def pdf_attachments(pdf: Path) -> list[str]:
    """Embedded files of ``pdf``: its EmbeddedFiles tree and any file-attachment annotation
    (pdfdetach lists both; the machine may not have it)."""
    if shutil.which("pdfdetach"):
        listed = subprocess.run(["pdfdetach", "-list", str(pdf)], capture_output=True,
                                text=True, check=True).stdout
        assert listed.startswith("0 embedded files"), listed
    reader = PdfReader(pdf)
    names = list(reader.attachments)
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            if annotation.get_object().get("/Subtype") == "/FileAttachment":
                names.append("annotation")
    return names


class _Listener(http.server.ThreadingHTTPServer):
    """A local HTTP server that records every connection made to it."""

    def __init__(self) -> None:
        self.connections: list[tuple[str, int]] = []
        self.paths: list[str] = []
        listener = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                listener.paths.append(self.path)
                self.send_response(404)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)

    def verify_request(self, request: object, client_address: tuple[str, int]) -> bool:
        self.connections.append(client_address)
        return True

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@pytest.fixture(scope="module")
def listener():
    server = _Listener()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


# -- Markdown escaping -----------------------------------------------------------------------------


def _markdown_to_html(markdown: str) -> str:
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return markdown2html_mistune(markdown)


TRICKY = (
    *HOSTILE,
    "&lt;b&gt; and &#60;i&#62; stay as typed, AT&T too",
    "*stars* _under_ `tick` $x$ and $y$ ~~gone~~ | pipe | # hash + plus",
    "- a list? 1. a number? > a quote? = : and http://127.0.0.1:9/x",
    "back\\slash \\<b> and a trailing one\\",
    'NATO\'s 2% guideline (2024): 23 of 32 allies; €380 billion, "quoted" — ok?',
    "line one\nline two\n\n# not a heading\n<script>alert(1)</script>",
)


@pytest.mark.parametrize("text", TRICKY)
def test_escaped_markdown_shows_exactly_the_text(text: str) -> None:
    escaped = escape_markdown(text)
    for markdown, wrappers in ((escaped, set()), (f"- **{escaped}** *\"{escaped}\"*",
                                                   {"ul", "li", "strong", "em"})):
        page = parse(_markdown_to_html(markdown))
        assert {tag for tag, _ in page.tags} <= {"p"} | wrappers, page.tags
        shown = " ".join("".join(page.text).split())
        flat = " ".join(text.split())
        assert shown == (flat if not wrappers else f'{flat} "{flat}"')


def test_addresses_link_only_when_http_and_code_spans_hold_backticks() -> None:
    addresses = ("https://www.nato.int/a_b(c)", 'http://x.org/a"><img src=x onerror=alert(1)>',
                 "javascript:alert(1)", "file:///etc/passwd")
    html = _markdown_to_html(" ".join(markdown_url(address) for address in addresses))
    page = parse(html)
    assert [attrs["href"] for tag, attrs in page.tags if tag == "a"] == [
        "https://www.nato.int/a_b(c)", "http://x.org/a%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E"]
    assert live_markup(html) == []
    assert "javascript:alert(1)" in "".join(page.text)
    page = parse(_markdown_to_html(code_span("id`<img src=x>")))
    assert [tag for tag, _ in page.tags] == ["p", "code"]
    assert "".join(page.text).strip() == "id`<img src=x>"


# -- the PDF renderer ------------------------------------------------------------------------------


def test_url_fetcher_allows_data_urls_and_template_files_only() -> None:
    css = render.TEMPLATES_DIR / "nato" / "nato.css"
    assert render.allowed_url("data:image/png;base64,iVBORw0KGgo=")
    assert render.allowed_url(css.as_uri())
    for url in ("file:///etc/passwd", "FILE:///etc/passwd", "file://host" + css.as_posix(),
                (render.TEMPLATES_DIR / ".." / "render.py").as_uri(),
                css.as_uri().replace("nato.css", "%2e%2e/%2e%2e/render.py"),
                "http://127.0.0.1:9/x", "https://www.nato.int/", "ftp://127.0.0.1/x",
                "javascript:alert(1)", "/etc/passwd", "render.py"):
        assert not render.allowed_url(url), url
    fetcher = render.url_fetcher()
    with pytest.raises(ValueError, match="data: URLs and its templates"):
        fetcher("file:///etc/passwd")


def test_pdf_reads_no_file_and_no_address_and_attaches_nothing(listener, tmp_path) -> None:
    css = (render.TEMPLATES_DIR / "nato" / "nato.css").as_uri()
    html = f"""<html><head>
<link rel="attachment" href="file:///etc/passwd" title="passwd">
<link rel="attachment" href="{css}">
<link rel="stylesheet" href="{listener.url}/style.css">
</head><body><p>Hostile page
<img src="{listener.url}/image.png"> <img src="file:///etc/passwd"> <img src="../data">
<a rel="attachment" href="file:///etc/passwd">passwd</a> <a rel="attachment" href="{css}">css</a>
<iframe src="file:///etc/passwd"></iframe> <object data="{listener.url}/object"></object>
<embed src="{listener.url}/embed"> <svg><image href="{listener.url}/svg.png"/></svg>
<span style="background: url('{listener.url}/background.png')">styled</span></p></body></html>"""
    before = len(listener.connections)
    pdf = tmp_path / "hostile.pdf"
    pdf.write_bytes(render.html_to_pdf(html, base_url=REPO / "notebooks"))
    assert listener.connections[before:] == []
    assert pdf_attachments(pdf) == []
    assert PASSWD_MARK not in "".join(page.extract_text() for page in PdfReader(pdf).pages)


# -- end to end: a hostile source through nato-report build ----------------------------------------


def _hostile_project(root: Path, listener: _Listener) -> None:
    """``root``: notebooks and a copy of data/ with the hostile source and headline row added, and
    no reviewed figure table (so force_numbers shows the extractor's figures of every source)."""
    shutil.copytree(REPO / "notebooks", root / "notebooks",
                    ignore=shutil.ignore_patterns("__pycache__", ".ipynb_checkpoints"))
    shutil.copytree(REPO / "data", root / "data")
    for path in (root / "data").rglob("*"):
        path.chmod(path.stat().st_mode | 0o200)
    for table in (root / "data" / "figures").glob("*.csv"):
        table.unlink()
    leak = f'<img src="{listener.url}/{{}}">'
    img, svg, link, iframe, attachment, image = HOSTILE
    text = (
        f"NATO will send 40,000 troops to the exercise {img} this spring, the Secretary "
        f"General said {leak.format('text')}.\n\n"
        f"In 2024, 23 allies met the 2% guideline {svg}, up from 3 in 2014 {link}.\n\n"
        f"Poland spent 4.1% of GDP on defence in 2024 {iframe} and fields 200,000 soldiers "
        f"{image}.\n\n"
        f"The alliance keeps 500,000 forces on high readiness {attachment}.\n"
    )
    sources = root / "data" / "raw" / "sources"
    (sources / f"{SOURCE_ID}.txt").write_text(text, encoding="utf-8")
    meta = {
        "id": SOURCE_ID,
        "title": f"Hostile {img} {svg} {link} {attachment} {leak.format('title')}",
        "outlet": f"Outlet {iframe} {leak.format('outlet')}",
        "url": f"{listener.url}/meta\"><img src=\"{listener.url}/url\">",
        "published": "2024-02-15",
        "language": "en",
        "primary_source": f"{link} {leak.format('primary')}",
    }
    (sources / f"{SOURCE_ID}.meta.yml").write_text(yaml.safe_dump(meta), encoding="utf-8")
    headlines = root / "data" / "raw" / "reference" / "headline_figures.csv"
    quote = f"Hostile quote {link} {img} {leak.format('headline')}".replace('"', '""')
    with headlines.open("a", encoding="utf-8") as stream:
        stream.write(f'exercise_personnel:Hostile 24 {svg},12345,troops,2024,n/a (exercise),'
                     f'"https://example.org/x (news) | {attachment}","{quote}"\n')
    sidecar = headlines.with_name(headlines.name + ".source.yml")
    digest = hashlib.sha256(headlines.read_bytes()).hexdigest()
    sidecar.write_text("\n".join(
        f"sha256: {digest}" if line.startswith("sha256:") else line
        for line in sidecar.read_text(encoding="utf-8").splitlines()) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory, listener):
    """source_brief of the hostile source and force_numbers, each as HTML and PDF."""
    tmp = tmp_path_factory.mktemp("hostile")
    root, out = tmp / "root", tmp / "reports"
    _hostile_project(root, listener)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NATO_REPORTS_ROOT", str(root))
        patch.setenv("NATO_REPORTS_OUT", str(out))
        write_normalised()  # data/reference/ with the hostile headline row
        assert cli.main(["build", "source_brief", "-p", f"source={SOURCE_ID}"]) == 0
        assert cli.main(["build", "force_numbers"]) == 0
    return {
        "source_brief": out / "source_brief" / SOURCE_ID / "source_brief",
        "force_numbers": out / "force_numbers" / "default" / "force_numbers",
    }


@pytest.mark.parametrize("report", ["source_brief", "force_numbers"])
def test_hostile_text_is_shown_as_text_with_no_live_markup(built, report: str) -> None:
    html = built[report].with_suffix(".html").read_text(encoding="utf-8")
    assert live_markup(html) == []
    shown = " ".join("".join(parse(html).text).split())
    for text in HOSTILE:
        assert text in shown, text  # the characters are there, as text
    csp = [attrs.get("content", "") for tag, attrs in parse(html).tags
           if tag == "meta" and attrs.get("http-equiv", "").lower() == "content-security-policy"]
    assert len(csp) == 1 and "default-src 'none'" in csp[0] and "script-src" not in csp[0]


def test_hostile_title_outlet_and_summary_in_the_brief(built) -> None:
    shown = " ".join("".join(parse(built["source_brief"].with_suffix(".html").read_text(
        encoding="utf-8")).text).split())
    img, svg, link, iframe, attachment, _ = HOSTILE
    assert f"Hostile {img} {svg} {link} {attachment}" in shown  # heading and summary
    assert shown.count(f"Hostile {img} {svg} {link}") >= 2
    assert f"Outlet {iframe}" in shown


def test_hostile_quotes_and_headline_row_in_force_numbers(built) -> None:
    shown = " ".join("".join(parse(built["force_numbers"].with_suffix(".html").read_text(
        encoding="utf-8")).text).split())
    img, svg, link, *_ = HOSTILE
    assert f"Hostile 24 {svg}" in shown and f"Hostile quote {link} {img}" in shown
    assert f"500,000 forces ({SOURCE_ID})" in shown


def test_pdfs_attach_nothing_and_fetch_nothing(built, listener) -> None:
    for path in built.values():
        pdf = path.with_suffix(".pdf")
        assert pdf_attachments(pdf) == []
        assert PASSWD_MARK not in "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert listener.connections == [], listener.paths
