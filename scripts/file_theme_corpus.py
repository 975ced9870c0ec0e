"""File newly collected theme-corpus items into train/ and heldout/ by the page-hash rule.

    .venv/bin/python scripts/file_theme_corpus.py [NEW.jsonl ...]

Reads the given files (default: every *.jsonl directly in resources/themes/corpus/),
checks each line (text, known theme keys, url), drops texts already filed, and
appends each item to train/<name>.jsonl or heldout/<name>.jsonl as
``corpus.held_out(url)`` says. The new files are removed once filed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from photoarchive.tagging import load_default_vocabulary
from photoarchive.tagging.corpus import corpus_dir, held_out, read_items


def main(argv: list[str]) -> int:
    root = corpus_dir()
    new = [Path(a) for a in argv] or sorted(root.glob("*.jsonl"))
    keys = {t.key for t in load_default_vocabulary().active()}
    filed = {i.text for i in read_items(sorted(root.glob("*/*.jsonl")))}
    counts = {"train": 0, "heldout": 0, "duplicate": 0, "rejected": 0}
    for path in new:
        for item in read_items([path]):
            if item.text in filed:
                counts["duplicate"] += 1
                continue
            if not item.themes or set(item.themes) - keys or not item.url.startswith("http"):
                counts["rejected"] += 1
                print(f"rejected: {item.text[:40]!r} {item.themes} {item.url}")
                continue
            split = "heldout" if held_out(item.url) else "train"
            target = root / split / path.name
            target.parent.mkdir(exist_ok=True)
            row = {
                "text": item.text,
                "themes": list(item.themes),
                "section": item.section,
                "url": item.url,
                "kind": item.kind,
            }
            with target.open("a", encoding="utf-8") as handle:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            filed.add(item.text)
            counts[split] += 1
        if path.parent == root:
            path.unlink()
    print(", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
