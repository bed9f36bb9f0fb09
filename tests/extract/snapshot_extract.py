"""Writes the extractor's reading of every fixture text to ``extract_outputs.json``.

Run ``.venv/bin/python tests.extract.snapshot_extract.py`` after a deliberate change to the
extractor: the diff of the JSON file is the list of changed readings, reviewed in the commit.
``tests/extract/test_extract_regression.py`` fails while the file and the extractor disagree.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.data.sources import load_source  # noqa: E402
from analysis.extract.extractor import extract_figures  # noqa: E402

OUTPUT = Path(__file__).with_name("extract_outputs.json")
FIXTURES = ROOT / "tests" / "fixtures" / "sources"
SOURCE_DIRS = [ROOT / "data" / "raw" / "sources", FIXTURES, FIXTURES / "realistic"]
FIELDS = ("text", "start", "end", "value", "unit", "approximate", "kind", "sentence",
          "qualifier", "scale", "low", "high", "year", "metric", "entity")


def documents() -> dict[str, tuple[str, object]]:
    """Every fixture text by a stable name: (text, published date or None)."""
    found: dict[str, tuple[str, object]] = {}
    for folder in SOURCE_DIRS:
        for path in sorted(folder.iterdir()):
            if path.suffix not in (".txt", ".html", ".md"):
                continue
            source = load_source(path, require_meta=False)
            found[str(path.relative_to(ROOT))] = (source.text, source.published)
    forms = json.loads((FIXTURES / "forms.json").read_text(encoding="utf-8"))
    for form, cases in forms.items():
        if form.startswith("_"):
            continue
        for number, (sentence, *_expected) in enumerate(cases):
            found[f"forms.json:{form}:{number}"] = (sentence, None)
    return found


def plain(value: object) -> object:
    if isinstance(value, float) and math.isnan(value):
        return None
    if hasattr(value, "item"):
        return plain(value.item())
    return value


def readings() -> dict[str, list[dict]]:
    result = {}
    for name, (text, published) in documents().items():
        frame = extract_figures(text, published)
        result[name] = [{field: plain(row[field]) for field in FIELDS}
                        for row in frame.to_dict("records")]
    return result


if __name__ == "__main__":
    OUTPUT.write_text(json.dumps(readings(), indent=1, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
