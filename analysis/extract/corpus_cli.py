"""``nato-report extract DIR_OR_FILE... [--jobs N] [--dask | --scheduler ADDRESS] [--out FILE]``.

Figures of every document named (a folder stands for the ``.txt``, ``.md`` and ``.html``
documents under it), as one table: ``doc_id``, ``published`` and the columns of
``extract_figures``. ``--out`` takes its format from its suffix (``.parquet``, ``.csv``,
``.json``) and is written whole or not at all (a temporary file renamed over it); without
``--out`` the table, CSV or JSON (``--format``) goes to stdout. A bar counts the documents on
stderr when stderr is a terminal.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import pandas as pd

from analysis.errors import DataError, ParameterError, shorten
from analysis.extract.corpus import (
    ChunkResult,
    corpus_frame,
    document_paths,
    extract_paths,
    progress_bar,
)

FORMAT_OF_SUFFIX = {".parquet": "parquet", ".csv": "csv", ".json": "json"}
CLI_COLUMNS = ["doc_id", "start", "end", "text", "value", "unit", "kind", "approximate",
               "qualifier", "year", "metric", "entity"]


def output_format(out: str | None, fmt: str | None) -> str:
    """The format to write: ``--out``'s suffix decides (``--format`` may only agree), else
    ``--format`` (default: a table)."""
    if out is None:
        return fmt or "table"
    suffix = Path(out).suffix.lower()
    found = FORMAT_OF_SUFFIX.get(suffix)
    if found is None:
        raise ParameterError(
            f"--out {shorten(out)}: unknown suffix {suffix or '(none)'!r}; "
            "expected .parquet, .csv or .json")
    if fmt is not None and fmt != found:
        raise ParameterError(f"--format {fmt} disagrees with --out {shorten(out)} ({found}); "
                             "drop --format, the suffix decides")
    return found


def run_cli(items: list[str], fmt: str | None = None, out: str | None = None, jobs: int = 1,
            dask: bool = False, scheduler: str | None = None) -> int:
    """Extracts, then writes ``out`` or stdout; one line on stderr says what was done."""
    if jobs < 1:
        raise ParameterError(f"--jobs {jobs}: expected a whole number of processes, at least 1")
    fmt = output_format(out, fmt)
    paths = document_paths(items)
    bar = progress_bar(len(paths))
    started = time.perf_counter()

    def advance(result: ChunkResult) -> None:
        bar.update(result[2])

    try:
        if dask or scheduler:
            from analysis.extract import corpus_dask  # late: dask takes a second to import
            rows, size = corpus_dask.extract_paths_dask(
                paths, scheduler=scheduler, workers=jobs if jobs > 1 else None, on_chunk=advance)
        else:
            rows, size = extract_paths(paths, jobs, on_chunk=advance)
    finally:
        bar.close()
    seconds = time.perf_counter() - started
    frame = corpus_frame(rows)
    if out is None:
        sys.stdout.write(render(frame, fmt))
        return 0
    write_figures(frame, Path(out), fmt)
    print(f"{len(frame)} figures from {len(paths)} file(s) written to {out} "
          f"({size / 1e6:.2f} MB of text in {seconds:.1f} s)", file=sys.stderr)
    return 0


def write_figures(frame: pd.DataFrame, out: Path, fmt: str) -> None:
    """Writes ``frame`` to ``out`` whole: into a temporary file beside it, renamed over it."""
    partial = out.with_name(f".{out.name}.{os.getpid()}.partial")
    try:
        if fmt == "parquet":
            frame.to_parquet(partial, index=False)
        else:
            partial.write_text(render(frame, fmt), encoding="utf-8")
        os.replace(partial, out)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise DataError(f"{shorten(str(out))}: cannot write the figures "
                        f"({error.strerror or error})") from None


def render(frame: pd.DataFrame, fmt: str) -> str:
    """``frame`` as CSV, JSON records or an aligned table (the columns a reader needs)."""
    if fmt == "csv":
        return frame.to_csv(index=False)
    if fmt == "json":
        # Publication dates as written in the metadata ("2024-02-15"), not as timestamps.
        dated = frame.assign(published=[
            None if pd.isna(day) else day.isoformat() for day in frame["published"]])
        records = json.loads(dated.to_json(orient="records", force_ascii=False))
        return json.dumps(records, indent=2, ensure_ascii=False) + "\n"
    if fmt == "table":
        if frame.empty:
            return "no figures found\n"
        shown = frame[[c for c in CLI_COLUMNS if c in frame.columns]].astype(object)
        shown["value"] = [
            _format_value(value, kind) for value, kind in zip(frame["value"], frame["kind"],
                                                               strict=True)
        ]
        shown = shown.where(frame[shown.columns].notna(), "")
        return shown.to_string(index=False) + "\n"
    raise ValueError(f"unknown format {fmt!r}")


def _format_value(value: float, kind: str) -> str:
    if kind in ("year", "date"):
        return str(int(value))
    if abs(value) < 1e15 and value == int(value):
        return f"{int(value):,}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")
