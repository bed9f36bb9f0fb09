"""Corpus extraction's instructions per regex (callgrind): which compiled patterns of the
package the count of ``benchmarks/extract_instructions.py`` goes to, with their calls.

Run: ``.venv/bin/python benchmarks/extract_regex_instructions.py [--corpus real|dense|styled]
[--mb 0.2] [--top 40]``. Needs valgrind (with ``valgrind/callgrind.h``) and a C compiler.

Every compiled pattern held by a module of ``analysis.extract`` (and ``analysis.vocabulary``)
as a module attribute is replaced by a stand-in that records the calls of its methods
(``match``, ``search``, ``finditer``, ...); ``extract_corpus`` runs once, the patterns are put
back, and under callgrind each pattern's recorded calls are replayed with the collection on
around them only (``finditer`` is read to its end). Patterns held inside tables (a tuple of
rules, a group list) are not seen. Under callgrind a regex call costs about 2,000
instructions before the engine reads a character (argument parsing, the engine's state, the
match object), which the per-call column shows: a pattern called per number pays it each time.
"""

from __future__ import annotations

import ctypes
import importlib
import pkgutil
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from callgrind import NAMED_DUMPS_SHIM, arguments, corpus_articles, measured  # noqa: E402

METHODS = ("match", "search", "fullmatch", "finditer", "findall", "split", "sub", "subn")


class RecordingPattern:
    """Stands for a compiled pattern and records the calls of its methods by ``name``."""

    def __init__(self, name: str, pattern: re.Pattern, calls: dict):
        self._name, self._pattern, self._calls = name, pattern, calls

    def __getattr__(self, attribute: str):
        value = getattr(self._pattern, attribute)
        if attribute not in METHODS:
            return value
        recorded = self._calls.setdefault((self._name, attribute), (value, []))[1]

        def method(*args, **kwargs):
            recorded.append((args, kwargs))
            return value(*args, **kwargs)
        return method


def record(corpus: str, megabytes: float) -> dict:
    """The calls of each pattern, by (module.attribute, method), in one corpus run."""
    import analysis.extract as package
    import analysis.vocabulary
    from analysis.extract import extract_corpus

    articles = corpus_articles(corpus, megabytes)
    extract_corpus(articles[:20])  # warm up (regex caches, imports inside the package)
    modules = [importlib.import_module(f"analysis.extract.{info.name}")
               for info in pkgutil.iter_modules(package.__path__)] + [analysis.vocabulary]
    calls: dict = {}
    names: dict[int, str] = {}  # a pattern imported by several modules keeps its first name
    replaced = []
    for module in modules:
        for attribute, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                name = names.setdefault(id(value), f"{module.__name__.rsplit('.', 1)[-1]}."
                                                   f"{attribute}")
                setattr(module, attribute, RecordingPattern(name, value, calls))
                replaced.append((module, attribute, value))
    try:
        extract_corpus(articles)
    finally:
        for module, attribute, value in replaced:
            setattr(module, attribute, value)
    return calls


def child(corpus: str, megabytes: float, shim: str) -> None:
    calls = record(corpus, megabytes)
    collector = ctypes.CDLL(shim)
    collector.instrument()
    for (name, method), (function, recorded) in calls.items():
        collector.collect_start()
        for args, kwargs in recorded:
            found = function(*args, **kwargs)
            if method == "finditer":
                for _match in found:
                    pass
        collector.collect_stop(f"{name}.{method} {len(recorded)}".encode())


def main(argv: list[str] | None = None) -> int:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40, help="patterns printed")
    args = parser.parse_args(argv)
    result = measured(args, child, NAMED_DUMPS_SHIM, __file__)
    if isinstance(result, int):
        return result
    _run, counts = result
    print(f"{args.corpus}, {args.mb} MB: {sum(counts.values()) / 1e6:.1f}M instructions in "
          f"the calls of {len(counts)} pattern methods")
    for label, count in sorted(counts.items(), key=lambda item: -item[1])[:args.top]:
        name, calls = label.rsplit(" ", 1)
        print(f"  {count / 1e6:6.2f}M  {count / max(1, int(calls)) / 1e3:6.1f}k per call  "
              f"{calls:>5s} calls  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
