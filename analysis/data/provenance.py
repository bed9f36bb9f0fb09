"""Provenance sidecars: every raw file ``X`` has ``X.source.yml`` saying where it came from.

The sidecar records publisher, title, release, origin and the file's sha256. Loading a raw file
through :func:`verify` checks the hash, so a silently edited raw file is caught.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import DataError, ProvenanceError, quoted, shorten

# libyaml's parser when PyYAML was built with it: ten times faster, and a report reads the same
# sidecars hundreds of times (each load of the data checks every file).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _TextDatesLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """Safe YAML whose dates stay text: PyYAML turns ``2024-02-30`` into a bare ValueError that
    names neither file nor field; the readers parse dates themselves and say which field."""


_TextDatesLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def require_regular_file(path: Path, error: type[DataError]) -> None:
    """``error`` unless ``path`` is a regular file. Checked before opening: reading a FIFO would
    wait for a writer forever, and /dev/null or a folder is present but no file to read."""
    try:
        exists, folder, regular = path.exists(), path.is_dir(), path.is_file()
    except OSError as problem:  # a name too long for the file system, a permission denied
        raise error(f"{shorten(str(path), 200)}: cannot be read ({problem.strerror})") from None
    if not exists:
        raise error(f"{path}: file not found")
    if folder:
        raise error(f"{path}: is a folder, not a document")
    if not regular:
        raise error(f"{path}: not a regular file (a device, FIFO or socket)")


def read_yaml(path: Path, error: type[DataError]) -> Any:
    """The YAML document at ``path`` (dates as text); ``error`` (one line) when unreadable."""
    require_regular_file(path, error)
    try:
        return copy.deepcopy(parsed_yaml(path.read_text(encoding="utf-8")))
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8") from None
    except OSError as problem:
        raise error(f"{path}: cannot be read ({problem.strerror or problem})") from None
    except yaml.YAMLError as problem:
        raise error(f"{path}: not valid YAML ({problem.__class__.__name__})") from None


@lru_cache(maxsize=256)
def parsed_yaml(text: str) -> Any:
    """The YAML document ``text``, parsed once per process for the same text (the file is still
    read each time, so an edit is seen); callers get a deep copy."""
    return yaml.load(text, Loader=_TextDatesLoader)  # noqa: S506 - a safe loader


def parse_date(value: object, where: str, error: type[DataError], *,
               past: bool = False) -> dt.date | None:
    """A field's date (``YYYY-MM-DD``); None when blank; ``error`` naming ``where`` otherwise.

    ``past=True`` also refuses a date after today: a publication or release date in the future
    is a typo (2999 for 2024), not a fact.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        date = value.date() if isinstance(value, dt.datetime) else value
    else:
        try:
            date = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise error(f"{where} is {quoted(value)}, expected a date YYYY-MM-DD") from None
    today = dt.date.today()
    if past and date > today:
        raise error(f"{where} is {date.isoformat()}, a date in the future (today is "
                    f"{today.isoformat()})")
    return date


@dataclass(frozen=True)
class Provenance:
    path: Path
    sha256: str
    fields: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.name + ".source.yml")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# Sidecar fields holding a date that has happened: the release, the data cut-off, the retrieval.
DATE_FIELDS = ("release_date", "data_cutoff", "retrieved", "published")
# A release label: 'YYYY-MM', optionally after an upper-case series name ('SGAR 2025-04').
VINTAGE_PATTERN = re.compile(r"(?:[A-Z]+ )?\d{4}-(?:0[1-9]|1[0-2])")


def read_sidecar(path: Path) -> dict[str, Any]:
    side = sidecar_path(path)
    if not side.exists():
        raise ProvenanceError(f"{path}: no provenance sidecar; expected {side.name} beside it")
    fields = read_yaml(side, ProvenanceError) or {}
    if not isinstance(fields, dict):
        raise ProvenanceError(f"{side}: expected a mapping, found {type(fields).__name__}")
    check_fields(side, fields)
    return fields


def check_fields(side: Path, fields: dict[str, Any]) -> None:
    """The sidecar's dates are past dates and its vintage a release label; ProvenanceError
    naming the sidecar and the field otherwise (rather than a label '[2024, 6]' downstream)."""
    for name in DATE_FIELDS:
        parse_date(fields.get(name), f"{side}: field {name}", ProvenanceError, past=True)
    vintage = fields.get("vintage")
    if vintage is not None and not (isinstance(vintage, str)
                                    and VINTAGE_PATTERN.fullmatch(vintage.strip())):
        raise ProvenanceError(f"{side}: field vintage is {quoted(vintage)}, expected a "
                              "release label such as \"2024-06\" (in quotes)")


def verify(path: Path) -> Provenance:
    """Read the sidecar of ``path`` and check the file's sha256 against it."""
    path = Path(path)
    require_regular_file(path, ProvenanceError)
    fields = read_sidecar(path)
    expected = str(fields.get("sha256", "")).strip().lower()
    actual = sha256_of(path)
    if not expected:
        raise ProvenanceError(f"{sidecar_path(path)}: no sha256 field")
    if expected != actual:
        raise ProvenanceError(
            f"{path}: sha256 {actual[:12]}... differs from {expected[:12]}... recorded in "
            f"{sidecar_path(path).name}; raw files are immutable - restore the original or "
            "record the new release with its own sidecar"
        )
    return Provenance(path=path, sha256=actual, fields=fields)
