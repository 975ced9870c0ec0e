"""Rebuild the theme classifier shipped in resources/themes/classifier.npz from the corpus.

    .venv/bin/python scripts/build_theme_classifier.py

Trains on resources/themes/corpus/train only (the held-out split is never read
here) and prints the held-out figures the app then has; run it after filing new
corpus items, and commit the corpus and the classifier together.
"""

from __future__ import annotations

import time

from photoarchive.services.theme_classifier import shipped_classifier_path
from photoarchive.tagging import load_default_vocabulary, suggest
from photoarchive.tagging.classifier import train
from photoarchive.tagging.corpus import heldout_items, training_items
from photoarchive.tagging.heldout import measure


def main() -> None:
    items = training_items()
    started = time.perf_counter()
    classifier = train([i.caption for i in items], [i.themes for i in items])
    path = shipped_classifier_path()
    classifier.save(path)
    print(
        f"trained on {len(items)} captions in {time.perf_counter() - started:.1f} s: "
        f"{len(classifier.vocabulary):,} features, {path.stat().st_size / 1e6:.1f} MB at {path}"
    )
    vocabulary = load_default_vocabulary()
    report = measure(heldout_items(), lambda text: suggest(text, vocabulary, classifier=classifier))
    for lang, f in report.summary().items():
        print(f"held-out {lang}: {f}")


if __name__ == "__main__":
    main()
