"""Parsed workbooks kept on disk between processes: every report kernel would otherwise parse
NATO's TABLES workbook again (about 1.2 s of CPU of each report).

A parse is stored as a pickle under :func:`cache_dir` (``$NATO_REPORTS_CACHE``, else
``$XDG_CACHE_HOME/nato-readiness-reports``, else ``~/.cache/nato-readiness-reports``), never in
the project. Its name is a hash of everything the parse depends on: the raw file's sha256, its
sidecar's bytes, the arguments, the parser's own source code and the pandas version - so an edited
file, sidecar or parser misses the cache, and the cache can be deleted at any time. A cache that
cannot be read or written is skipped: the file is parsed as before.

The raw file and its sidecar are still opened (hashed) on every call by
:func:`analysis.data.provenance.verify`, so the build's read tracker still notes them.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pandas as pd

PARSER_MODULES = ("workbook.py", "workbook_columns.py", "workbook_file.py", "workbook_layout.py",
                  "workbook_rows.py", "allies.py", "provenance.py", "parse_cache.py")


def cache_dir() -> Path:
    chosen = os.environ.get("NATO_REPORTS_CACHE")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "nato-readiness-reports"


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the parser's source files and the pandas version: a new parser misses the cache."""
    digest = hashlib.sha256(pd.__version__.encode())
    here = Path(__file__).resolve().parent
    for name in PARSER_MODULES:
        digest.update(name.encode())
        digest.update((here / name).read_bytes())
    return digest.hexdigest()


def cached_frame(kind: str, key_parts: tuple[Any, ...],
                 parse: Callable[[], pd.DataFrame]) -> pd.DataFrame:
    """``parse()``, or the frame an earlier process stored for the same ``kind`` and key."""
    digest = hashlib.sha256(f"{kind}\0{code_version()}".encode())
    for part in key_parts:
        digest.update(b"\0" + (part if isinstance(part, bytes) else repr(part).encode()))
    target = cache_dir() / f"{kind}-{digest.hexdigest()[:40]}.pickle"
    try:
        with open(target, "rb") as handle:
            frame = pickle.load(handle)  # noqa: S301 - written by this module, in the user's cache
        if isinstance(frame, pd.DataFrame):
            return frame
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
        pass
    frame = parse()
    store(target, frame)
    return frame


def store(target: Path, frame: pd.DataFrame) -> None:
    """Write ``frame`` whole or not at all (a parallel build may write the same entry)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump(frame, out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only or full cache folder: the next process parses again
