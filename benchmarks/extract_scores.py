"""Precision, recall and F1 of extract_figures on the hand-labelled realistic articles.

Run: ``.venv/bin/python benchmarks/extract_scores.py [--problems]``

Each ``tests/fixtures/sources/realistic/<name>.txt`` has its labels in ``<name>.gold.json``
(LABELLING.md); scoring is :func:`analysis.extract.scoring.score`. Prints one line per article and
the overall score; ``--problems`` also lists every missed, extra or misread figure.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract.extractor import extract_figures  # noqa: E402
from analysis.extract.scoring import Score, score  # noqa: E402

REALISTIC = ROOT / "tests" / "fixtures" / "sources" / "realistic"


def articles() -> list[str]:
    return sorted(path.name.removesuffix(".gold.json") for path in REALISTIC.glob("*.gold.json"))


def score_article(name: str) -> Score:
    text = (REALISTIC / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((REALISTIC / f"{name}.gold.json").read_text(encoding="utf-8"))
    return score(extract_figures(text), gold)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--problems", action="store_true", help="list every wrong figure")
    args = parser.parse_args()
    total = Score(0, 0, 0, ())
    print(f"{'article':40} {'labels':>6} {'found':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for name in articles():
        result = score_article(name)
        total = total + result
        print(f"{name:40} {result.labelled:6d} {result.extracted:6d} {result.precision:6.3f} "
              f"{result.recall:6.3f} {result.f1:6.3f}")
        if args.problems:
            for problem in result.problems:
                print(f"    {problem}")
    print(f"{'overall':40} {total.labelled:6d} {total.extracted:6d} {total.precision:6.3f} "
          f"{total.recall:6.3f} {total.f1:6.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
