"""The 'Sources and notes' block every report ends with: the release, the files read and, for
NATO statements, which are cited from NATO's own pages and which remain secondary."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from analysis.data.citations import cited_addresses, with_nato_sources
from analysis.data.provenance import sha256_of, sidecar_path, verify
from analysis.markup import code_span, escape_markdown, markdown_url
from analysis.report.source_figures import short_source
from analysis.vocabulary import ALLIES_WITHOUT_ARMED_FORCES


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


def standard_notes(release: Any) -> list[str]:
    """The notes every spending report gives on its release: that it is a third-party copy of
    NATO's tables (when it is one), and the allies NATO's expenditure tables leave out."""
    left_out = list(ALLIES_WITHOUT_ARMED_FORCES)
    many = len(left_out) > 1
    names = " and ".join([", ".join(left_out[:-1]), left_out[-1]] if many else left_out)
    return [*([release.provenance_note] if release.secondary else []),
            f"{names} {'have' if many else 'has'} no armed forces and "
            f"{'are' if many else 'is'} not in NATO's expenditure tables."]


def citation_notes(headlines: pd.DataFrame, citations: pd.DataFrame) -> list[str]:
    """Source notes on the headline statements a report quotes: NATO's own pages cited for
    statements collected from mirrors, and what remains secondary, as Markdown lines.

    ``headlines``: rows of :func:`analysis.data.load.load_headlines` the report uses.
    """
    cited = with_nato_sources(headlines, citations)
    e = escape_markdown
    notes = []
    used = {address for source in cited["source"] for address in cited_addresses(source)}
    replaced = citations[(citations["status"] == "nato") & citations["cited_as"].isin(used)]
    for row in replaced.itertuples():
        notes.append(f"Cited from NATO's own page: {markdown_url(row.nato_url)} "
                     f"(*{e(row.nato_title)}*, {e(row.nato_date)}), which holds the same words "
                     f"as the copy first collected at {e(short_source(row.cited_as))}.")
    secondary = cited[cited["secondary"]]
    if not secondary.empty:
        copies = secondary["source"].str.contains(r"github:|extract", case=False)
        sites = ", ".join(sorted({site for source in secondary["source"]
                                  for site in short_source(source).split(", ")}))
        kinds = [f"{what} ({count})" for what, count in (
            ("news reports", int((~copies).sum())),
            ("third-party copies of NATO's files", int(copies.sum()))) if count]
        notes.append(
            f"Secondary: {len(secondary)} of {len(cited)} statements rest on "
            f"{' or '.join(kinds)}, not on a NATO page with the same words: {e(sites)}.")
    notes += [f"No NATO page found for the words quoted from {e(short_source(row.cited_as))}: "
              f"{e(row.note)}" for row in citations.itertuples()
              if row.status == "secondary" and row.cited_as in used]
    return notes

