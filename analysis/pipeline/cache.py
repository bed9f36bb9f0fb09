"""The build cache: a report whose inputs did not change since its last good build is skipped.

What a build depends on is in two parts, both written to its ``manifest.json``:

- ``cache_key``: a sha256 over the notebook's source, the parameters, the report's settings
  (kernel, time limits, formats, show_code), the package's own code (every file of ``analysis/``
  and the notebooks' own ``.py`` modules), Python and the key package versions;
- ``inputs``: every data file the notebook (and the artifacts hook) read, with its sha256, and
  every data folder it listed, with a sha256 of the names in it (:mod:`~analysis.pipeline.reads`
  notes them while the report runs).

A report is up to date when its slot holds a good build with the same key, the same inputs and
all its outputs. The check reads manifests and hashes a few files - no kernel, no pandas - so a
no-op rebuild of the default set takes well under a second. ``nato-report build --force``
rebuilds anyway.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analysis.pipeline.index_page import read_manifest

if TYPE_CHECKING:  # the plan imports the config's JSON schema: not needed for a no-op check
    from analysis.pipeline.plan import BuildRequest

PACKAGE_DIR = Path(__file__).resolve().parent.parent  # analysis/
# The packages whose versions change what a report shows (manifest.json records them too).
PACKAGES = (
    "nato-readiness-reports", "pandas", "numpy", "matplotlib", "openpyxl", "pyyaml", "papermill",
    "nbclient", "nbconvert", "nbformat", "ipykernel", "jupyter_client", "weasyprint",
)
SKIPPED = "skipped (up to date)"


def sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def listing_digest(folder: Path) -> str | None:
    """sha256 of the sorted names in ``folder`` (None when it cannot be listed)."""
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return None
    return hashlib.sha256("\n".join(names).encode("utf-8", "surrogateescape")).hexdigest()


@cache
def code_digest(notebooks: Path) -> str:
    """sha256 over every file of the package (code, templates, schema) and ``notebooks/*.py``."""
    files = [p for p in PACKAGE_DIR.rglob("*")
             if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc"]
    files += [p for p in Path(notebooks).glob("*.py") if p.is_file()]
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@cache
def package_versions() -> dict[str, str | None]:
    versions: dict[str, str | None] = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def cache_key(request: BuildRequest, settings: Mapping[str, Any]) -> str:
    """The sha256 naming everything a build depends on but the data it reads."""
    spec = request.spec
    parts = {
        "notebook": sha256_file(spec.notebook),
        "parameters": request.params,
        "kernel": spec.kernel,
        "timeouts": [spec.cell_timeout, spec.timeout, spec.render_timeout],
        "artifacts": spec.artifacts,
        "title": [spec.title, spec.description],
        "settings": dict(settings),
        "code": code_digest(spec.notebook.parent),
        "python": sys.version.split()[0],
        "packages": package_versions(),
    }
    text = json.dumps(parts, sort_keys=True, default=str)
    return hashlib.sha256(text.encode()).hexdigest()


def inputs_record(data_root: Path, files: Iterable[str], folders: Iterable[str]) -> dict[str, Any]:
    """The ``inputs`` of a manifest: data files read (sha256) and folders listed (names' sha256).

    Paths are kept relative to the data folder (``data/...``) so that a copy of the project, or a
    Dask worker with its own copy of the data, records the same names.
    """
    real_root = Path(os.path.realpath(data_root))

    def relative(path: str) -> str | None:
        try:
            return "data/" + Path(path).relative_to(real_root).as_posix()
        except ValueError:
            return None

    read = {rel: sha256_file(Path(p)) for p in files if (rel := relative(p)) is not None}
    listed = {rel: listing_digest(Path(p)) for p in folders if (rel := relative(p)) is not None}
    return {
        "files": [{"path": k, "sha256": v} for k, v in sorted(read.items())],
        "folders": [{"path": k.rstrip("/"), "listing": v} for k, v in sorted(listed.items())],
    }


class CacheCheck:
    """Whether a slot is up to date; hashes each data file once per build."""

    def __init__(self, data_root: Path, settings: Mapping[str, Any]) -> None:
        self.project = Path(data_root).parent
        self.settings = dict(settings)
        self.hashes: dict[Path, str | None] = {}
        self.listings: dict[Path, str | None] = {}

    def file_hash(self, path: Path) -> str | None:
        if path not in self.hashes:
            self.hashes[path] = sha256_file(path)
        return self.hashes[path]

    def listing(self, path: Path) -> str | None:
        if path not in self.listings:
            self.listings[path] = listing_digest(path)
        return self.listings[path]

    def up_to_date(self, request: BuildRequest, slot_dir: Path) -> bool:
        manifest = read_manifest(slot_dir)
        if manifest.get("status") != "ok":
            return False
        if manifest.get("cache_key") != cache_key(request, self.settings):
            return False
        inputs = manifest.get("inputs")
        if not isinstance(inputs, dict):
            return False
        try:
            return (
                all(self.file_hash(self.project / item["path"]) == item["sha256"]
                    for item in inputs.get("files", []))
                and all(self.listing(self.project / item["path"]) == item["listing"]
                        for item in inputs.get("folders", []))
                and all((slot_dir / str(item["file"])).is_file()
                        for item in manifest.get("outputs", []))
            )
        except (KeyError, TypeError):  # a hand-edited or older manifest: build again
            return False
