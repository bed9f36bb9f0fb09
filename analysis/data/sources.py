"""Source documents (news articles, statements) with their metadata.

A source lives in ``data/raw/sources/`` as ``<id>.txt`` (or ``.md``, ``.html``) beside
``<id>.meta.yml`` (id, title, outlet, url, published, language, primary_source). The text returned
is what figure offsets refer to: the file decoded as UTF-8 (a leading byte-order mark removed), or
for HTML the visible text with scripts and styles dropped.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bs4 import BeautifulSoup

from analysis.data.provenance import parse_date, read_yaml, require_regular_file
from analysis.errors import SourceError, quoted
from analysis.paths import sources_dir

TEXT_SUFFIXES = (".txt", ".md", ".html", ".htm")
REQUIRED_META = ("id", "title", "published")


@dataclass(frozen=True)
class Source:
    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict, compare=False)
    path: Path | None = None
    published: dt.date | None = None
    primary_source: str | None = None


def meta_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.yml")


def _documents() -> list[Path]:
    folder = sources_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in TEXT_SUFFIXES
                  and p.is_file() and not p.name.startswith("."))


def list_sources() -> list[str]:
    """Ids of the source documents bundled in ``data/raw/sources`` that have their metadata.

    A document without ``<id>.meta.yml`` is not a source the package offers (it has no publication
    date or outlet); :func:`documents_without_metadata` names those for ``nato-report data check``.
    Raises SourceError when one id has two documents (``x.txt`` and ``x.md``).
    """
    documents = _documents()
    _check_one_document_per_id(documents)
    return sorted({p.stem for p in documents if meta_path(p).is_file()})


def _check_one_document_per_id(documents: list[Path]) -> None:
    """An id names one document: with ``x.txt`` and ``x.md`` side by side, which text the
    figure offsets of ``data/figures/x.csv`` refer to would depend on the lookup order."""
    by_id: dict[str, list[str]] = {}
    for path in documents:
        by_id.setdefault(path.stem, []).append(path.name)
    for source_id, names in sorted(by_id.items()):
        if len(names) > 1:
            raise SourceError(f"{sources_dir()}: source id {source_id!r} has {len(names)} "
                              f"documents ({', '.join(sorted(names))}); keep one")


def documents_without_metadata() -> list[Path]:
    """Text files in ``data/raw/sources`` lacking their ``<id>.meta.yml`` (a data error)."""
    return [p for p in _documents() if not meta_path(p).is_file()]


def _present(path: Path) -> bool:
    """Whether ``path`` exists; False for a name the file system cannot even look up (too long)."""
    try:
        return path.exists()
    except OSError:
        return False


def _resolve(source: str | Path) -> Path:
    candidate = Path(source)
    if _present(candidate) or len(candidate.parts) > 1:
        return candidate
    if candidate.suffix.lower() in TEXT_SUFFIXES:
        bundled = sources_dir() / candidate
        return bundled if _present(bundled) else candidate
    found = [path for path in (sources_dir() / f"{source}{suffix}" for suffix in TEXT_SUFFIXES)
             if _present(path)]
    _check_one_document_per_id(found)
    if found:
        return found[0]
    known = ", ".join(list_sources()) or "none"
    raise SourceError(f"{sources_dir()}: no source document with id {quoted(source)} "
                      f"(known: {known})")


def load_source(source: str | Path, *, require_meta: bool = True) -> Source:
    """Load a source by id (looked up in ``data/raw/sources``) or by path.

    ``require_meta=False`` accepts a document without a ``.meta.yml`` (ad-hoc extraction from the
    command line); its metadata is then empty and ``published`` is None.
    """
    path = _resolve(source)
    text = read_text(path)
    side = meta_path(path)
    if side.exists():
        meta = read_meta(side, expected_id=path.stem)
    elif require_meta:
        raise SourceError(f"{path}: no metadata; expected {side.name} beside it")
    else:
        meta = {}
    primary = meta.get("primary_source")
    return Source(
        id=str(meta.get("id", path.stem)),
        text=text,
        meta=meta,
        path=path,
        published=meta.get("published"),
        primary_source=str(primary) if primary else None,
    )


def read_text(path: Path) -> str:
    """The document's text; HTML reduced to its visible text."""
    # Before the suffix and before opening: /dev/null is no missing file, and a FIFO would block.
    require_regular_file(path, SourceError)
    if path.suffix.lower() not in TEXT_SUFFIXES:
        raise SourceError(
            f"{path}: unsupported file type {path.suffix or '(none)'!r}; "
            "expected .txt, .md or .html"
        )
    try:
        data = path.read_bytes()
    except OSError as problem:  # permission denied, an I/O error of the disk
        raise SourceError(f"{path}: cannot be read ({problem.strerror or problem})") from None
    if not data.strip():
        raise SourceError(f"{path}: file is empty")
    if b"\x00" in data[:65536]:
        raise SourceError(f"{path}: binary file (NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SourceError(
            f"{path}: not UTF-8 (byte 0x{data[error.start]:02x} at offset {error.start}); "
            "re-save the file as UTF-8"
        ) from None
    text = text.removeprefix("\ufeff")
    if path.suffix.lower() in (".html", ".htm"):
        text = html_to_text(text)
        if not text.strip():
            raise SourceError(f"{path}: HTML holds no visible text")
    return text


def read_meta(path: Path, expected_id: str | None = None) -> dict[str, Any]:
    meta = read_yaml(path, SourceError)
    if not isinstance(meta, dict):
        raise SourceError(f"{path}: expected a mapping of fields, found {type(meta).__name__}")
    missing = [key for key in REQUIRED_META if meta.get(key) in (None, "")]
    if missing:
        raise SourceError(f"{path}: missing field(s) {', '.join(missing)}")
    if expected_id is not None and str(meta["id"]) != expected_id:
        raise SourceError(f"{path}: field id is {quoted(meta['id'])}, "
                          f"expected {expected_id!r}")
    meta["published"] = _as_date(meta["published"], path)
    return meta


def _as_date(value: Any, path: Path) -> dt.date:
    published = parse_date(value, f"{path}: field published", SourceError, past=True)
    if published is None:
        raise SourceError(f"{path}: field published is blank, expected a date YYYY-MM-DD")
    return published


# Elements whose content is never visible text. <head> is not one of them: its end tag (and its
# start tag) is optional in HTML5, so hiding it would hide the whole body of a page that omits
# </head>; what <head> holds that is not text (title, style, script) is hidden element by element.
_HIDDEN = frozenset({"title", "script", "style", "noscript", "template", "svg", "iframe"})
_BLOCK = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "section", "article", "header", "footer", "blockquote", "pre", "hr", "figcaption", "dd",
    "dt", "td", "th",
})


def html_to_text(html: str) -> str:
    """Visible text of an HTML document: one line per block, whitespace collapsed.

    BeautifulSoup's lenient parser copes with the broken markup pages carry (stray end tags,
    unclosed elements); hidden elements go with everything inside them.
    """
    soup = BeautifulSoup(html, "html.parser")
    for element in soup.find_all(sorted(_HIDDEN)):
        element.decompose()
    for element in soup.find_all(sorted(_BLOCK)):
        element.insert_before("\n")
        element.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().splitlines())
    return "\n".join(line for line in lines if line) + "\n"
