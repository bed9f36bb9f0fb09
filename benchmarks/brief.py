"""False alarms, checked precision and recall of the source brief on real news articles.

Run: ``.venv/bin/python benchmarks/brief.py [--part dev|held|all|whole] [--problems]
[--fixtures DIR] [--repo DIR] [--language en|other|CODE]``

``--part whole`` scores every article of the folders as one part, ignoring the id-hash split: for
a set held aside as a whole, such as ``tests/fixtures/brief_fresh`` (scored once, at the end).

The articles and their labels are in ``tests/fixtures/brief_dev`` (README there); scoring is
:mod:`analysis.brief.scoring`. ``--repo DIR`` scores the ``analysis`` package of another checkout
(its brief) on this set. People tuning the brief look only at the ``dev`` part's problems.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_FIXTURES = ROOT / "tests" / "fixtures" / "brief_dev"


def load_scoring(repo: Path):
    """This checkout's scorer, run on the ``analysis`` package (extractor, brief) of ``repo``.

    The scorer is loaded from its file, so a checkout without it (another helper's branch) can
    still be scored with the same rules.
    """
    sys.path.insert(0, str(repo.resolve()))
    spec = importlib.util.spec_from_file_location(
        "brief_dev_scoring", ROOT / "analysis" / "brief" / "scoring.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("dev", "held", "all", "whole"), default="dev",
                        help="whole: every article as one part (a set held aside as a whole)")
    parser.add_argument("--problems", action="store_true",
                        help="list every false alarm, wrong check and miss")
    parser.add_argument("--fixtures", action="append", type=Path,
                        help=f"folder of articles (repeatable; default {DEFAULT_FIXTURES})")
    parser.add_argument("--repo", type=Path, help="checkout whose analysis package to score")
    parser.add_argument("--language", metavar="en|other|CODE",
                        help="only articles in this language (meta `language`); "
                             "`other`: every language but English")
    return parser.parse_args()


def in_language(article, language: str | None) -> bool:
    """Whether the article's meta ``language`` is the one asked for (``other``: not English)."""
    if language is None:
        return True
    code = str(article.meta.get("language", "")).lower()
    return code != "en" if language == "other" else code == language.lower()


def main() -> int:
    args = parse_args()
    scoring = load_scoring(args.repo or ROOT)
    articles = [article for article in scoring.load_articles(args.fixtures or [DEFAULT_FIXTURES])
                if in_language(article, args.language)]
    parts = scoring.PARTS if args.part == "all" else (args.part,)
    print(f"{'part':6} {'articles':>8} {'figures':>7} {'covered':>7} {'checked':>7} "
          f"{'false alarms':>12} {'checked precision':>17} {'recall':>6}")
    for part in parts:
        total = scoring.EMPTY
        for article in (a for a in articles if part in (a.part, "whole")):
            total = total + scoring.score_article(article)
        print(f"{part:6} {total.articles:8d} {total.figures:7d} {total.covered:7d} "
              f"{total.checked:7d} {total.false_alarms:12d} {total.checked_precision:17.3f} "
              f"{total.recall:6.3f}")
        if args.problems:
            for problem in total.problems:
                print(f"    {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
