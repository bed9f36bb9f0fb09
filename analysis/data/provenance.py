"""Provenance sidecars: every raw file ``X`` has ``X.source.yml`` saying where it came from.

The sidecar records publisher, title, release, origin and the file's sha256. Loading a raw file
through :func:`verify` checks the hash, so a silently edited raw file is caught.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import DataError, ProvenanceError


class _TextDatesLoader(yaml.SafeLoader):
    """Safe YAML whose dates stay text: PyYAML turns ``2024-02-30`` into a bare ValueError that
    names neither file nor field; the readers parse dates themselves and say which field."""


_TextDatesLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


def read_yaml(path: Path, error: type[DataError]) -> Any:
    """The YAML document at ``path`` (dates as text); ``error`` (one line) when unreadable."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_TextDatesLoader)  # noqa: S506
    except UnicodeDecodeError:
        raise error(f"{path}: not UTF-8") from None
    except yaml.YAMLError as problem:
        raise error(f"{path}: not valid YAML ({problem.__class__.__name__})") from None


def parse_date(value: object, where: str, error: type[DataError]) -> dt.date | None:
    """A field's date (``YYYY-MM-DD``); None when blank; ``error`` naming ``where`` otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.date() if isinstance(value, dt.datetime) else value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise error(f"{where} is {value!r}, expected a date YYYY-MM-DD") from None


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


def read_sidecar(path: Path) -> dict[str, Any]:
    side = sidecar_path(path)
    if not side.exists():
        raise ProvenanceError(f"{path}: no provenance sidecar; expected {side.name} beside it")
    fields = read_yaml(side, ProvenanceError) or {}
    if not isinstance(fields, dict):
        raise ProvenanceError(f"{side}: expected a mapping, found {type(fields).__name__}")
    return fields


def verify(path: Path) -> Provenance:
    """Read the sidecar of ``path`` and check the file's sha256 against it."""
    path = Path(path)
    if not path.exists():
        raise ProvenanceError(f"{path}: file not found")
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
