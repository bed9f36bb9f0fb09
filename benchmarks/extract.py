"""Figure extraction: throughput on one core, ours and quantulum3's, and a per-form comparison.

Run: ``.venv/bin/python benchmarks/extract.py [--mb 4] [--quantulum-kb 40] [--corpus-mb 2]
[--corpus-only]``

Corpus throughput (``extract_corpus``, the ``nato-report extract`` path; issue 11's target is
5 MB/s on one core) is measured on many separate articles of 1-5 KB, CPU time, best of
``--repeat`` runs, on three corpora that differ in how many figures a KB holds:

- ``real``: whole real article text. The repository holds one whole published article
  (``data/raw/sources/nato-bydgoszcz-2024-02.txt``, the same text as
  ``../shared/seeds/nato_bydgoszcz_article.txt``): mostly prose with a handful of figures, as
  news is. Each article is its paragraphs in order from a random paragraph (wrapping around),
  cut at a random size of 1-5 KB (seed 0), with its publication date.
- ``dense``: the brief development set (``tests/fixtures/brief_dev/*.txt``), the sentences of 65
  real articles that carry figures and nothing else: far denser than a real article. Files are
  joined in order from a random one to a random size of 1-5 KB.
- ``styled``: the articles written for the tests in the style of news coverage
  (``tests/fixtures/sources/`` and ``realistic/``), cut the same way: what this benchmark fed
  before; denser than real articles, not real text.

Only the ``real`` line speaks for the target; the others show how the time goes with figures.
On a loaded machine CPU time varies by tens of percent from run to run:
``benchmarks/extract_instructions.py`` counts the instructions of the same corpus run
(callgrind), and ``benchmarks/extract_identity.py`` checks that a faster engine reads the same.

Throughput is measured on article text (the seed and the test fixture articles), repeated with
varied numbers to a few MB for our extractor; quantulum3 is much slower, so it is timed on a
smaller slice of the same corpus. The comparison table runs both on the sentences written for
each language form (``tests/fixtures/sources/forms.json``) and counts the sentences each gets
right: the same figures (overlapping spans), values, units and hedges as the labelling guide.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.data.sources import load_source  # noqa: E402
from analysis.extract import extract_corpus  # noqa: E402
from analysis.extract.extractor import extract_figures  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures" / "sources"
DENSE = ROOT / "tests" / "fixtures" / "brief_dev"
REAL_ARTICLE = ROOT / "data" / "raw" / "sources" / "nato-bydgoszcz-2024-02.txt"
FORMS_PATH = ROOT / "tests" / "fixtures" / "sources" / "forms.json"
ARTICLES = [
    ROOT / "data" / "raw" / "sources" / "nato-bydgoszcz-2024-02.txt",
    ROOT / "tests" / "fixtures" / "sources" / "wire-spending-2024-06.txt",
    ROOT / "tests" / "fixtures" / "sources" / "exercise-briefing.html",
]
# quantulum3's unit names mapped onto the labelling vocabulary.
QUANTULUM_UNITS = {
    "dollar": "USD", "United States dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "percentage": "percent", "per cent": "percent", "year": "year", "dimensionless": "count",
}

# (start, end, value, unit, approximate)
Found = tuple[int, int, float, str, bool]
Document = tuple[str, str, dt.date | None]


def load_forms() -> dict[str, list[tuple[str, list[list]]]]:
    data = json.loads(FORMS_PATH.read_text(encoding="utf-8"))
    return {form: cases for form, cases in data.items() if not form.startswith("_")}


def ours(sentence: str) -> list[Found]:
    frame = extract_figures(sentence)
    return [(int(r.start), int(r.end), float(r.value), r.unit, bool(r.approximate))
            for r in frame.itertuples()]


def quantulum(sentence: str) -> list[Found]:
    from quantulum3 import parser

    found = []
    for quantity in parser.parse(sentence):
        unit = QUANTULUM_UNITS.get(quantity.unit.name, "other")
        found.append((quantity.span[0], quantity.span[1], float(quantity.value), unit, False))
    return found


def expected_spans(sentence: str, expected: list[list]) -> list[Found]:
    spans, cursor = [], 0
    for text, value, unit, _kind, approximate in expected:
        start = sentence.index(text, cursor)
        cursor = start + len(text)
        spans.append((start, cursor, float(value), unit, bool(approximate)))
    return spans


def judge(sentence: str, expected: list[list], found: list[Found]) -> bool:
    """Right when every expected figure is found (overlapping span) with its value, unit and
    hedge, and nothing else is reported."""
    wanted = expected_spans(sentence, expected)
    if len(found) != len(wanted):
        return False
    for want, got in zip(wanted, sorted(found), strict=True):
        overlap = got[0] < want[1] and want[0] < got[1]
        if not (overlap and math.isclose(got[2], want[2], rel_tol=1e-6)
                and got[3] == want[3] and got[4] == want[4]):
            return False
    return True


def compare_forms(extractors: dict[str, Callable[[str], list[Found]]]) -> list[dict]:
    rows = []
    for form, cases in load_forms().items():
        row = {"form": form, "sentences": len(cases)}
        for name, extractor in extractors.items():
            row[name] = sum(judge(sentence, expected, extractor(sentence))
                            for sentence, expected in cases)
        rows.append(row)
    return rows


def build_corpus(megabytes: float, articles_paths: list[Path] | None = None) -> str:
    """Article text repeated to ``megabytes``, each copy with its digits shifted so that the
    numbers vary (same language, different values)."""
    articles = [load_source(path, require_meta=False).text for path in articles_paths or ARTICLES]
    base = "\n".join(articles)
    copies, size, index = [], 0, 0
    while size < megabytes * 1e6:
        table = str.maketrans("0123456789", "".join(str((d + index) % 10) for d in range(10)))
        copy = base.translate(table)
        copies.append(copy)
        size += len(copy.encode("utf-8"))
        index += 1
    return "\n".join(copies)


def cut_articles(pieces: list[str], megabytes: float, seed: int = 0, joiner: str = "\n",
                 published: dt.date | None = None) -> list[Document]:
    """Separate articles of 1-5 KB: ``pieces`` (paragraphs or files) in order from a random
    one, wrapping around, until a random size of 1-5 KB; ``(doc_id, text, published)``."""
    rng = random.Random(seed)
    articles: list[Document] = []
    size = 0
    while size < megabytes * 1e6:
        target, cursor, parts = rng.randint(1000, 5000), rng.randrange(len(pieces)), []
        while sum(len(part) + len(joiner) for part in parts) < target:
            parts.append(pieces[cursor % len(pieces)])
            cursor += 1
        text = joiner.join(parts)
        articles.append((f"article-{len(articles)}", text, published))
        size += len(text.encode("utf-8"))
    return articles


def real_articles(megabytes: float) -> list[Document]:
    """Articles cut from the whole real article (see the module docstring)."""
    source = load_source(REAL_ARTICLE)
    paragraphs = [line for line in source.text.split("\n") if line.strip()]
    return cut_articles(paragraphs, megabytes, published=source.published)


def dense_articles(megabytes: float) -> list[Document]:
    """Articles of the figure-only sentences of the brief development set."""
    files = [path.read_text(encoding="utf-8").strip() for path in sorted(DENSE.glob("*.txt"))]
    return cut_articles(files, megabytes, joiner="\n\n")


def styled_articles(megabytes: float) -> list[Document]:
    """Articles cut from the paragraphs of the texts written for the tests."""
    paths = sorted(path for folder in (FIXTURES, FIXTURES / "realistic")
                   for path in folder.iterdir() if path.suffix in (".txt", ".html"))
    paragraphs = [paragraph.strip() for path in paths
                  for paragraph in load_source(path, require_meta=False).text.split("\n")
                  if paragraph.strip()]
    return cut_articles(paragraphs, megabytes, joiner="\n\n")


def corpus_throughput(articles: list[Document], repeat: int) -> tuple[float, float, int]:
    """MB/s and figures/s of ``extract_corpus`` over the articles (best of ``repeat`` runs,
    CPU time), and the figures found."""
    size = sum(len(text.encode("utf-8")) for _id, text, _published in articles)
    extract_corpus(articles[:20])  # warm up
    best, figures = math.inf, 0
    for _ in range(repeat):
        start = time.process_time()
        figures = len(extract_corpus(articles))
        best = min(best, time.process_time() - start)
    return size / 1e6 / best, figures / best, figures


def print_corpus_throughput(megabytes: float, repeat: int) -> None:
    print(f"Corpus throughput on one core (extract_corpus, CPU time, best of {repeat}; "
          "target 5 MB/s on real articles)")
    for name, articles in (("real", real_articles(megabytes)),
                           ("dense", dense_articles(megabytes / 2)),
                           ("styled", styled_articles(megabytes / 2))):
        rate, per_second, figures = corpus_throughput(articles, repeat)
        size = sum(len(text.encode("utf-8")) for _id, text, _published in articles)
        print(f"  {name:7s}{rate:7.2f} MB/s {per_second:9.0f} figures/s   {len(articles)} "
              f"articles of 1-5 KB, {size / 1e6:.2f} MB, "
              f"{figures / size * 1000:.1f} figures per KB", flush=True)


def frame_per_article_throughput(articles: list[tuple[str, str, None]]) -> float:
    """MB/s of a frame per article and one concat (what ``nato-report extract`` did before
    ``extract_corpus``), once."""
    size = sum(len(text.encode("utf-8")) for _id, text, _published in articles)
    start = time.process_time()
    frames = [extract_figures(text, published).assign(doc_id=doc_id)
              for doc_id, text, published in articles]
    pd.concat(frames, ignore_index=True)
    return size / 1e6 / (time.process_time() - start)


def throughput(function: Callable[[str], object], text: str) -> tuple[float, float]:
    start = time.process_time()
    function(text)
    seconds = time.process_time() - start
    return len(text.encode("utf-8")) / 1e6 / seconds, seconds


def quantulum_corpus_parse(text: str) -> None:
    from quantulum3 import parser

    # quantulum3 is meant for sentences; feed it one paragraph at a time.
    for paragraph in text.split("\n"):
        if paragraph.strip():
            parser.parse(paragraph)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=4.0, help="corpus size for our extractor")
    parser.add_argument("--quantulum-kb", type=float, default=40.0,
                        help="slice of the corpus timed for quantulum3")
    parser.add_argument("--corpus-mb", type=float, default=2.0,
                        help="size of the corpus of separate 1-5 KB articles")
    parser.add_argument("--repeat", type=int, default=3, help="runs of the corpus (best kept)")
    parser.add_argument("--corpus-only", action="store_true",
                        help="only the corpus throughput (no quantulum3, no forms)")
    args = parser.parse_args(argv)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    warnings.filterwarnings("ignore")

    print_corpus_throughput(args.corpus_mb, args.repeat)
    if args.corpus_only:
        return 0
    print(f"  {frame_per_article_throughput(styled_articles(args.corpus_mb / 2)):7.2f} MB/s   "
          "styled articles with a frame per article and one concat (before extract_corpus)")
    print(flush=True)

    corpus = build_corpus(args.mb)
    extract_figures(corpus[:20_000])  # warm up
    ours_rate, ours_seconds = throughput(extract_figures, corpus)
    figures = len(extract_figures(corpus))
    sliced = corpus[: int(args.quantulum_kb * 1000)]
    quantulum_corpus_parse(sliced[:2000])  # load quantulum's models outside the timing
    q_rate, q_seconds = throughput(quantulum_corpus_parse, sliced)

    seed_corpus = build_corpus(args.mb / 2, ARTICLES[:1])
    seed_rate, _ = throughput(extract_figures, seed_corpus)
    seed_figures = len(extract_figures(seed_corpus))

    print("Throughput on one core (article text, CPU time)")
    print(f"  ours       {ours_rate:8.2f} MB/s   {len(corpus.encode()) / 1e6:6.2f} MB in "
          f"{ours_seconds:6.2f} s, {figures} figures "
          f"({figures / len(corpus.encode()) * 1000:.1f} per KB; seed + fixture articles)")
    print(f"  ours       {seed_rate:8.2f} MB/s   seed article alone, "
          f"{seed_figures / len(seed_corpus.encode()) * 1000:.1f} figures per KB")
    print(f"  quantulum3 {q_rate:8.3f} MB/s   {len(sliced.encode()) / 1e6:6.3f} MB in "
          f"{q_seconds:6.2f} s")
    print(f"  ratio      {ours_rate / q_rate:8.0f}x")
    print()
    rows = compare_forms({"ours": ours, "quantulum3": quantulum})
    print("Sentences right per language form (figures, values, units, hedges)")
    print(f"  {'form':28s} {'n':>3s} {'ours':>5s} {'quantulum3':>11s}")
    for row in rows:
        print(f"  {row['form']:28s} {row['sentences']:3d} {row['ours']:5d} {row['quantulum3']:11d}")
    total = {key: sum(row[key] for row in rows) for key in ("sentences", "ours", "quantulum3")}
    print(f"  {'total':28s} {total['sentences']:3d} {total['ours']:5d} {total['quantulum3']:11d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
