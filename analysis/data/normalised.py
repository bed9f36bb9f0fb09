"""Normalised copies of the reference tables in ``data/reference/``.

The loaders (:mod:`analysis.data.load`) read the raw files of ``data/raw/reference``; their
normalised output is committed so a reader can diff it. ``nato-report data check`` rebuilds it
and fails when a copy is stale; ``python -m analysis.data.normalised`` rewrites it.
"""

from __future__ import annotations

from pathlib import Path

from analysis import paths
from analysis.data import load
from analysis.errors import DataError

REBUILD_COMMAND = "python -m analysis.data.normalised"


def normalised_tables() -> dict[str, str]:
    """The normalised tables as CSV text, rebuilt from the raw files through the loaders."""
    frames = {"other_releases.csv": load.load_other_releases(),
              "headline_figures.csv": load.load_headlines()}
    # Floats are written with repr, so values read back exactly as loaded.
    return {name: frame.to_csv(index=False, lineterminator="\n")
            for name, frame in frames.items()}


def write_normalised(folder: Path | None = None) -> list[Path]:
    """Write the normalised tables to ``data/reference/`` (or ``folder``); returns the paths."""
    folder = Path(folder) if folder else paths.reference_dir()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in normalised_tables().items():
        target = folder / name
        temporary = target.with_name(f".{name}.tmp")
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(target)
        written.append(target)
    return written


def check_normalised(folder: Path | None = None) -> list[Path]:
    """Raise DataError when a normalised table is missing or differs from a fresh rebuild."""
    folder = Path(folder) if folder else paths.reference_dir()
    checked = []
    for name, text in normalised_tables().items():
        target = folder / name
        if not target.exists():
            raise DataError(f"{target}: normalised table missing; rebuild with {REBUILD_COMMAND}")
        current = target.read_text(encoding="utf-8")
        if current != text:
            old, new = current.splitlines(), text.splitlines()
            line = next((i for i, (a, b) in enumerate(zip(old, new, strict=False)) if a != b),
                        min(len(old), len(new)))
            raise DataError(f"{target}: row {line + 1} differs from the raw files it is built "
                            f"from (stale or edited); rebuild with {REBUILD_COMMAND}")
        checked.append(target)
    return checked


if __name__ == "__main__":
    for written_path in write_normalised():
        print(written_path)
