"""Provenance sidecars: every raw file ``X`` has ``X.source.yml`` saying where it came from.

The sidecar records publisher, title, release, origin and the file's sha256. Loading a raw file
through :func:`verify` checks the hash, so a silently edited raw file is caught.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from analysis.errors import ProvenanceError


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
    try:
        fields = yaml.safe_load(side.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise ProvenanceError(f"{side}: not valid YAML ({error.__class__.__name__})") from None
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
