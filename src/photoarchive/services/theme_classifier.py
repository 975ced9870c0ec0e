"""The theme classifier an archive suggests with: the shipped one, or its own retrained one.

``themes train`` rebuilds the classifier from the shipped corpus plus this
archive's decisions (a tagged or accepted theme is a label; a caption whose
suggestion was rejected is an example without it) and keeps it in
``<library>/theme-classifier.npz``, which then wins over the shipped
``resources/themes/classifier.npz``. Loaded classifiers are kept per file and
modification time, so only the first suggestion of a session pays the load.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from photoarchive.errors import InputError
from photoarchive.tagging import Vocabulary, resources_dir
from photoarchive.tagging.classifier import ClassifierError, ThemeClassifier, train
from photoarchive.tagging.corpus import heldout_items, training_items
from photoarchive.tagging.heldout import HeldoutReport, measure
from photoarchive.tagging.suggestions import suggest

CLASSIFIER_FILE = "theme-classifier.npz"
_cache: dict[tuple[Path, float], ThemeClassifier] = {}
_lock = threading.Lock()


def shipped_classifier_path() -> Path:
    return resources_dir() / "themes" / "classifier.npz"


def load_classifier(path: Path) -> ThemeClassifier:
    """The classifier in ``path``, read once per modification."""
    stamp = (path, path.stat().st_mtime)
    with _lock:
        found = _cache.get(stamp)
        if found is None:
            found = ThemeClassifier.load(path)
            _cache.clear()  # one file is in use at a time; an old one is not kept
            _cache[stamp] = found
        return found


@dataclass(frozen=True, slots=True)
class TrainingReport:
    corpus_items: int
    archive_captions: int
    themes: tuple[str, ...]
    heldout: HeldoutReport
    path: Path


def archive_classifier(root: Path) -> ThemeClassifier | None:
    """The archive's own classifier, else the shipped one; ``None`` if neither can be read."""
    for path in (root / CLASSIFIER_FILE, shipped_classifier_path()):
        if path.is_file():
            try:
                return load_classifier(path)
            except ClassifierError:
                continue  # a damaged own copy falls back to the shipped one
    return None


def train_classifier(
    root: Path,
    decisions: list[tuple[str, str, bool]],
    vocabulary: Vocabulary,
    progress: Callable[[str], None] | None = None,
    *,
    corpus: Path | None = None,
) -> TrainingReport:
    """Retrain from the corpus and an archive's decisions; report held-out figures.

    ``decisions`` are (caption, theme key, accepted) as the archive recorded
    them; ``corpus``: a folder laid out like the shipped one (train/, heldout/),
    such as a newsroom's own labelled captions; the shipped corpus by default.
    """
    say = progress or (lambda _message: None)
    items = training_items(corpus)
    if not items:
        raise InputError(
            f"There are no training captions in {corpus or 'the shipped corpus'}.",
            hint="A corpus folder holds train/*.jsonl and heldout/*.jsonl.",
        )
    texts = [i.caption for i in items]
    labels = [list(i.themes) for i in items]
    own: dict[str, set[str]] = {}
    for caption, key, accepted in decisions:
        if caption.strip():
            keys = own.setdefault(caption, set())
            if accepted:
                keys.add(key)
    texts += list(own)
    labels += [sorted(keys) for keys in own.values()]
    say(f"training on {len(items)} corpus captions and {len(own)} of this archive's")
    classifier = train(texts, labels)
    path = root / CLASSIFIER_FILE
    classifier.save(path)
    say("measuring on the held-out captions")
    report = measure(
        heldout_items(corpus), lambda text: suggest(text, vocabulary, classifier=classifier)
    )
    return TrainingReport(len(items), len(own), classifier.keys, report, path)
