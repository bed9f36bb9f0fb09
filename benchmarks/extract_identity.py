"""Whether a change to the extraction engine left its output identical: every column of
``extract_corpus`` on every fixture text and on the benchmark corpora, before and after.

Run: ``.venv/bin/python benchmarks/extract_identity.py --save /tmp/extract_before.pkl`` on the
code before a change, then ``... --compare /tmp/extract_before.pkl`` after it. The comparison
prints, per corpus, whether the frames are equal column by column (values and types), and the
first rows that differ; it exits 1 when any corpus differs.

Corpora (each one ``extract_corpus`` call, so the frame's building is compared too):

- ``brief_dev``, ``brief_fresh``, ``brief_fresh2``: the real-article fixtures of the brief, each
  with the ``published`` date of its ``.meta.yml``;
- ``sources``: ``tests/fixtures/sources`` and ``realistic/`` (text and HTML);
- ``raw``: ``data/raw/sources``;
- ``forms``: every sentence of ``tests/fixtures/sources/forms.json``, without a date;
- ``real``, ``dense``, ``styled``: the 1-5 KB articles of ``benchmarks/extract.py`` (seed 0).
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import pandas as pd  # noqa: E402
from extract import dense_articles, real_articles, styled_articles  # noqa: E402

from analysis.extract import extract_corpus  # noqa: E402
from analysis.extract.corpus import Document, read_document  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
FOLDERS = {
    "brief_dev": [FIXTURES / "brief_dev"],
    "brief_fresh": [FIXTURES / "brief_fresh"],
    "brief_fresh2": [FIXTURES / "brief_fresh2"],
    "sources": [FIXTURES / "sources", FIXTURES / "sources" / "realistic"],
    "raw": [ROOT / "data" / "raw" / "sources"],
}
SUFFIXES = (".txt", ".md", ".html")


def folder_documents(folders: list[Path]) -> list[Document]:
    """The text documents of ``folders`` (README files are no articles), with their dates."""
    return [read_document(str(path)) for folder in folders for path in sorted(folder.iterdir())
            if path.suffix in SUFFIXES and path.stem != "README"
            and not path.name.startswith("ARTICLES")]


def form_documents() -> list[Document]:
    forms = json.loads((FIXTURES / "sources" / "forms.json").read_text(encoding="utf-8"))
    return [(f"{form}:{number}", sentence, None)
            for form, cases in forms.items() if not form.startswith("_")
            for number, (sentence, *_expected) in enumerate(cases)]


def corpora(megabytes: float) -> dict[str, list[Document]]:
    found = {name: folder_documents(folders) for name, folders in FOLDERS.items()}
    found["forms"] = form_documents()
    found["real"] = real_articles(megabytes)
    found["dense"] = dense_articles(megabytes)
    found["styled"] = styled_articles(megabytes)
    return found


def frames(megabytes: float) -> dict[str, pd.DataFrame]:
    return {name: extract_corpus(documents) for name, documents in corpora(megabytes).items()}


def differences(before: pd.DataFrame, after: pd.DataFrame) -> list[str]:
    """What differs between two corpus frames (empty when they are identical)."""
    if list(before.columns) != list(after.columns):
        return [f"columns {list(before.columns)} != {list(after.columns)}"]
    if len(before) != len(after):
        return [f"{len(before)} rows before, {len(after)} after"]
    found = []
    for column in before.columns:
        if before[column].dtype != after[column].dtype:
            found.append(f"{column}: type {before[column].dtype} != {after[column].dtype}")
            continue
        if before[column].equals(after[column]):
            continue
        rows = [index for index, (old, new) in enumerate(zip(before[column], after[column],
                                                              strict=True))
                if not (old == new or (pd.isna(old) and pd.isna(new)))]
        for index in rows[:3]:
            found.append(f"{column}, row {index} ({before['doc_id'].iat[index]}, "
                         f"{before['text'].iat[index]!r}): {before[column].iat[index]!r} -> "
                         f"{after[column].iat[index]!r}")
        found.append(f"{column}: {len(rows)} rows differ")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--save", type=Path, help="write the frames to this pickle")
    action.add_argument("--compare", type=Path, help="compare with the frames of this pickle")
    parser.add_argument("--mb", type=float, default=0.5,
                        help="size of each benchmark corpus (real, dense, styled)")
    args = parser.parse_args(argv)
    current = frames(args.mb)
    if args.save:
        args.save.write_bytes(pickle.dumps(current))
        for name, frame in current.items():
            print(f"  {name:13s} {len(frame):6d} figures")
        print(f"saved to {args.save}")
        return 0
    saved = pickle.loads(args.compare.read_bytes())
    failed = False
    for name in sorted(set(saved) | set(current)):
        if name not in saved or name not in current:
            print(f"  {name:13s} only {'now' if name in current else 'before'}")
            failed = True
            continue
        found = differences(saved[name], current[name])
        failed |= bool(found)
        print(f"  {name:13s} {len(current[name]):6d} figures  "
              f"{'identical' if not found else 'DIFFERENT'}")
        for line in found:
            print(f"      {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
