"""One exception tree for every error a user can act on.

Each message names the file and the place (sheet and cell, row and column, or parameter) and what
is wrong; the CLI prints ``str(error)`` as one line and exits 2.
"""

from __future__ import annotations


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
