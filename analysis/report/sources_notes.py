"""The 'Sources and notes' block every report ends with: the release and the files read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.data.provenance import sha256_of, sidecar_path, verify
from analysis.markup import code_span, escape_markdown


@dataclass(frozen=True)
class DataFile:
    name: str
    sha256: str
    what: str


def data_files(paths_used: Iterable[Path], what: Mapping[str, str] | None = None
               ) -> list[DataFile]:
    """The raw files a report read with their sha256.

    A file with a provenance sidecar (``X.source.yml``) is checked against it; a source document
    (whose sidecar is ``X.meta.yml``, without a hash) gets its sha256 computed and says so.
    """

    result = []
    for path in map(Path, paths_used):
        if sidecar_path(path).exists():
            provenance = verify(path)
            digest, title = provenance.sha256, str(provenance.get("title", ""))
        else:
            digest, title = sha256_of(path), "source document (hash computed, no sidecar hash)"
        result.append(DataFile(path.name, digest, (what or {}).get(path.name) or title))
    return result


def sources_markdown(release: Any, files: Sequence[DataFile], notes: Sequence[str] = ()) -> str:
    """The 'Sources and notes' block: release, cut-off, estimate years and files with sha256.

    What the release's provenance and the file names say is escaped; ``notes`` are Markdown.
    """
    e = escape_markdown
    estimates = e(", ".join(str(y) for y in getattr(release, "estimate_years", ()) or ()))
    lines = [
        f"- **Release:** {e(release.publisher)}, *{e(release.title)}*, vintage "
        f"{e(release.vintage)}, released {e(release.release_date)}, data cut-off "
        f"{e(release.data_cutoff)}.",
    ]
    if estimates:
        lines.append(f"- **Estimates:** {estimates} (marked *e*); later releases revise them.")
    lines += [f"- {note}" for note in notes]
    lines.append("- **Files read**, with sha256 (checked against provenance sidecars where "
                 "they record one):")
    lines += [f"    - {code_span(f.name)} sha256 {code_span(f.sha256)}" for f in files]
    return "\n".join(lines)
