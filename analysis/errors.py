"""One exception tree for every error a user can act on.

Each message names the file and the place (sheet and cell, row and column, or parameter) and what
is wrong; the CLI prints ``str(error)`` as one line and exits with the error's ``exit_code``:

- 1 ``OutputError``: the build could not write its results (full disk, read-only folder);
- 2 every other ``AnalysisError``: a bad parameter, data file or configuration;
- 3 ``BuildLockedError``: another build holds the reports folder's lock.

A message quoting a value the user gave passes it through :func:`shorten`: a 100 KB value must not
become a 100 KB error line.
"""

from __future__ import annotations

from typing import Any

# Characters of a user's value quoted in a message; longer values end in an ellipsis.
QUOTE_LIMIT = 80


def shorten(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """``value`` as text (``str``; ``repr`` for other types), cut to ``limit`` characters: "..."."""
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[: max(limit - 3, 1)] + "..."


def quoted(value: Any, limit: int = QUOTE_LIMIT) -> str:
    """``repr`` of ``value`` cut like :func:`shorten`: ``'soon'``, ``[1]``, ``'xxxx...``."""
    return shorten(repr(value), limit)


class AnalysisError(Exception):
    """Base of every user-facing error of the package."""

    exit_code = 2

    def __str__(self) -> str:
        # One line, whatever the message was built from.
        return " ".join(super().__str__().split())


class DataError(AnalysisError):
    """A data file is missing, unreadable or does not hold what it should."""


class WorkbookError(DataError):
    """NATO's TABLES workbook cannot be parsed (sheet, table label, header, cell)."""


class ProvenanceError(DataError):
    """A raw file and its provenance sidecar disagree (missing sidecar, sha256 mismatch)."""


class SourceError(DataError):
    """A source document or its metadata is missing or unreadable."""


class FigureTableError(DataError):
    """A reviewed figure table does not match its source text."""


class ParameterError(AnalysisError):
    """A report parameter is unknown, of the wrong type or out of range."""


class BuildError(AnalysisError):
    """A report could not be executed or rendered.

    When a notebook cell failed, the failure is also kept as data - the notebook, the cell's index
    in it (0-based, as in the source notebook), the exception's name and value - so that callers
    need not parse the one-line message.
    """

    def __init__(
        self, message: str, *, notebook: str | None = None, cell_index: int | None = None,
        ename: str | None = None, evalue: str | None = None,
    ) -> None:
        super().__init__(message)
        self.notebook = notebook
        self.cell_index = cell_index
        self.ename = ename
        self.evalue = evalue


class ConfigError(AnalysisError):
    """A report's configuration cannot work: missing notebook, no ``parameters`` cell, unknown
    kernel, an artifacts hook that cannot be imported. Found before any kernel starts."""


class OutputError(BuildError):
    """The build could not write its results (full disk, read-only folder); exit 1 like a
    failed report, since the reports that were built are in place."""

    exit_code = 1


class BuildLockedError(BuildError):
    """Another ``nato-report build`` holds the lock of the reports folder."""

    exit_code = 3


class RenderTimeout(BuildError):
    """Rendering a report (HTML or PDF) took longer than its ``render_timeout``."""


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so that a build stops the way Ctrl-C stops it."""
