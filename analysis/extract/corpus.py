"""Corpus extraction: the figures of many documents as one frame.

``extract_corpus(docs)`` takes ``(doc_id, text, published)`` triples and returns one row per
figure: the columns of :func:`analysis.extract.extract_figures` after ``doc_id`` and
``published``. Each document gives plain tuples (:func:`~analysis.extract.extractor.figure_rows`)
and the DataFrame is built once at the end: building a frame costs more than reading a short
article, so a frame per document would spend most of a corpus run in pandas.

Owns the documents of a command line (files, and the ``.txt``/``.md``/``.html`` files under a
folder) and reading them on ``jobs`` processes; the Dask path is :mod:`.corpus_dask`.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import TextIO

import numpy as np
import pandas as pd
import pyarrow as pa
from tqdm import tqdm

from analysis.data.sources import TEXT_SUFFIXES, load_source
from analysis.errors import SourceError
from analysis.extract.extractor import COLUMN_TYPES, figure_rows
from analysis.extract.figure import COLUMNS

CORPUS_COLUMNS = ["doc_id", "published", *COLUMNS]
TEXT_COLUMNS = ("doc_id", "text", "unit", "kind", "sentence", "qualifier", "scale", "metric",
                "entity")
# Text columns are text even when a corpus leaves one empty (no scale, no metric): every corpus,
# and every part of one, has the same schema.
CORPUS_TYPES = {**COLUMN_TYPES, **dict.fromkeys(TEXT_COLUMNS, "str")}
Document = tuple[str, str, dt.date | None]
# A chunk of documents read by one task: (its rows, the bytes of its texts, how many documents).
ChunkResult = tuple[list[tuple], int, int]
BAR_FORMAT = "{n_fmt}/{total_fmt} documents |{bar:24}| {elapsed} {postfix}"


def extract_corpus(docs: Iterable[Document]) -> pd.DataFrame:
    """Every figure of every document, one frame (``doc_id``, ``published``, then
    :data:`analysis.extract.figure.COLUMNS`), in the order of ``docs``."""
    return corpus_frame(corpus_rows(docs))


def corpus_rows(docs: Iterable[Document]) -> list[tuple]:
    """The rows of :func:`extract_corpus` as plain tuples."""
    rows: list[tuple] = []
    for doc_id, text, published in docs:
        rows.extend((doc_id, published, *row) for row in figure_rows(text, published))
    return rows


def corpus_frame(rows: list[tuple]) -> pd.DataFrame:
    """The frame of :func:`extract_corpus` from its rows (typed like ``extract_figures``).

    Built column by column, each column made once with its final type and by the cheapest
    maker of that type (:data:`COLUMN_MAKERS`): pandas' own conversion of a list checks every
    value in Python-level loops, about 800 instructions a value, which made the frame about a
    twentieth of a corpus run (a frame from records and then retyped costs more still)."""
    if not rows:  # no values to infer ``published``'s type from: float, as pandas makes it
        return pd.DataFrame({name: pd.Series([], dtype=CORPUS_TYPES.get(name, "float64"))
                             for name in CORPUS_COLUMNS})
    # Typed columns as arrays, not Series: the frame then has no indexes to align.
    return pd.DataFrame({
        name: COLUMN_MAKERS.get(CORPUS_TYPES.get(name), _untyped)(values, name)
        for name, values in zip(CORPUS_COLUMNS, zip(*rows, strict=True), strict=True)},
        copy=False)


def _untyped(values: tuple, _name: str) -> pd.Series:
    return pd.Series(values)


def _numbers(values: tuple, name: str) -> np.ndarray:
    """int64, float64 (None is NaN) and bool columns: numpy converts the tuple in C."""
    return np.array(values, dtype=CORPUS_TYPES[name])


def _optional_integers(values: tuple, _name: str) -> pd.arrays.IntegerArray:
    """An ``Int64`` column (None is missing) from the values read as floats: years, exact."""
    floats = np.array(values, dtype=np.float64)
    missing = np.isnan(floats)
    return pd.arrays.IntegerArray(np.where(missing, 0, floats).astype(np.int64), missing)


def _strings(values: tuple, _name: str) -> pd.api.extensions.ExtensionArray:
    """A ``str`` column: with pyarrow storage, the Arrow array is built from the tuple in C.
    Values that are not text (a caller's document ids may be numbers) go through pandas,
    which writes them as text."""
    if _ARROW_STRINGS:
        try:
            return pd.array(pa.array(values, type=pa.large_string()), dtype="str")
        except (pa.ArrowTypeError, pa.ArrowInvalid):
            pass
    return pd.array(values, dtype="str")


_STRING_TYPE = pd.api.types.pandas_dtype("str")
_ARROW_STRINGS = isinstance(_STRING_TYPE, pd.StringDtype) and _STRING_TYPE.storage == "pyarrow"
# The maker of each column type of CORPUS_TYPES (a column without a type is a plain Series).
COLUMN_MAKERS = {"int64": _numbers, "float64": _numbers, "bool": _numbers,
                 "Int64": _optional_integers, "str": _strings}


# --- documents of a command line -----------------------------------------------------------

def document_paths(items: Sequence[str]) -> list[str]:
    """The documents named on a command line: files (or source ids) as given, and for a folder
    the ``.txt``, ``.md`` and ``.html`` files under it (sorted, hidden ones skipped)."""
    paths: list[str] = []
    for item in items:
        folder = Path(item)
        if not folder.is_dir():
            paths.append(item)
            continue
        found = sorted(
            str(path) for path in folder.rglob("*")
            if path.suffix.lower() in TEXT_SUFFIXES and path.is_file()
            and not any(part.startswith(".") for part in path.relative_to(folder).parts))
        if not found:
            raise SourceError(f"{item}: the folder holds no .txt, .md or .html document")
        paths.extend(found)
    return paths


def read_document(path: str) -> Document:
    """A document of the command line: its id, text and publication date (from its
    ``.meta.yml`` when present; a document without one has its file name as id)."""
    source = load_source(path, require_meta=False)
    return source.id, source.text, source.published


def rows_of_paths(paths: Sequence[str]) -> ChunkResult:
    """A task of the local and the Dask runs: the rows of a few documents, read here."""
    documents = [read_document(path) for path in paths]
    size = sum(len(text.encode("utf-8")) for _id, text, _published in documents)
    return corpus_rows(documents), size, len(documents)


def chunks(paths: Sequence[str], workers: int) -> list[list[str]]:
    """Tasks of a few documents each: large enough that a task outweighs its overhead, small
    enough that every worker gets several (and the progress moves)."""
    size = max(1, min(32, len(paths) // (workers * 4) or 1))
    return [list(paths[index:index + size]) for index in range(0, len(paths), size)]


def progress_bar(total: int, err: TextIO | None = None) -> tqdm:
    """A bar on stderr counting documents, drawn only when stderr is a terminal (a log or a
    test output gets no carriage-return noise), like the build's progress."""
    err = err if err is not None else sys.stderr
    try:
        interactive = err.isatty()
    except (AttributeError, ValueError):
        interactive = False
    return tqdm(total=total, file=err, bar_format=BAR_FORMAT, leave=False, disable=not interactive)


def extract_paths(paths: Sequence[str], jobs: int = 1,
                  on_chunk: Callable[[ChunkResult], None] | None = None) -> tuple[list[tuple], int]:
    """The rows of every document at ``paths`` (in that order) and the bytes read, on ``jobs``
    processes; ``on_chunk`` is called as each task finishes (the progress)."""
    if jobs <= 1 or len(paths) <= 1:
        return collect(map(rows_of_paths, ([path] for path in paths)), on_chunk)
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(paths)))
    try:
        return collect(pool.map(rows_of_paths, chunks(paths, jobs)), on_chunk)
    finally:
        # An unreadable document ends the run now, not after every other task has run.
        pool.shutdown(wait=True, cancel_futures=True)


def collect(results: Iterable[ChunkResult], on_chunk: Callable[[ChunkResult], None] | None
            ) -> tuple[list[tuple], int]:
    """The rows of the tasks' ``results`` in order, and their bytes."""
    rows: list[tuple] = []
    size = 0
    for result in results:
        rows.extend(result[0])
        size += result[1]
        if on_chunk is not None:
            on_chunk(result)
    return rows, size
