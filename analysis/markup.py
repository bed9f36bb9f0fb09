"""Untrusted text made inert before it enters a report's Markdown or HTML.

Sentences of source documents, their metadata, the reviewed figure tables and the reference CSVs
are data, not markup: a title holding ``<img src=x onerror=...>`` or ``[x](javascript:...)`` must
show as those characters, not become a tag or a link (nbconvert renders Markdown with raw HTML
allowed and every link protocol kept). Tables shown through pandas' Styler are escaped there
(``escape="html"``); these helpers serve the Markdown the notebooks display.
"""

from __future__ import annotations

import re
from urllib.parse import quote

# Characters Markdown (CommonMark as mistune reads it, with nbconvert's math, tables and
# strikethrough) may act on inside a line. A backslash before any of them shows it literally.
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()#+!|~$])")
# Block syntax that acts only at the start of a line: lists, headings' underlines, definitions.
_LINE_START = re.compile(r"^(\d+)([.)])|^([-=:])")
# nbconvert links bare http(s) addresses; an escaped colon keeps an address plain text.
_BARE_URL = re.compile(r"(?<=[A-Za-z]):(?=//)")
_URL_SAFE = "/:?#@!$&'()*+,;=%~-._[]"
_HTML = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def escape_markdown(text: object) -> str:
    """``text`` as Markdown that renders to exactly these characters, with no tag or link.

    Whitespace (newlines too) collapses to single spaces, so the text stays within the line it is
    placed in; ``&``, ``<`` and ``>`` become entities, Markdown punctuation is backslash-escaped.
    """
    flat = " ".join(str("" if text is None else text).split())
    flat = _MARKDOWN_PUNCTUATION.sub(r"\\\1", flat)
    flat = _LINE_START.sub(lambda m: (f"{m[1]}\\{m[2]}" if m[1] else f"\\{m[3]}"), flat)
    flat = _BARE_URL.sub(r"\:", flat)
    return "".join(_HTML.get(char, char) for char in flat)


def markdown_url(url: object) -> str:
    """An http(s) address as a Markdown link showing the address; anything else as plain text.

    Characters an address may not hold raw (spaces, quotes, angle brackets, backslashes) are
    percent-encoded, so the link cannot end early or carry markup.
    """
    text = str("" if url is None else url).strip()
    if not re.match(r"https?://[^\s/]", text, flags=re.IGNORECASE) or any(
            ord(char) < 32 for char in text):
        return escape_markdown(text)
    return f"<{quote(text, safe=_URL_SAFE)}>"


def code_span(text: object) -> str:
    """``text`` as a Markdown code span (shown verbatim, HTML-escaped by the renderer).

    The fence is one backtick longer than the longest run of backticks in the text.
    """
    flat = " ".join(str("" if text is None else text).split())
    longest = max((len(run) for run in re.findall(r"`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"
