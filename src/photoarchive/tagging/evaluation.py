"""Measure suggestion quality against captions whose themes a person has chosen.

Used by the quality benchmark and by the test that keeps quality from sliding back. A labelled
caption lists its themes main theme first.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from photoarchive.tagging.model import ThemeModel
from photoarchive.tagging.suggestions import ThemeSuggestion, suggest
from photoarchive.tagging.vocabulary import Vocabulary

Suggester = Callable[["LabelledCaption"], list[ThemeSuggestion]]


@dataclass(frozen=True, slots=True)
class LabelledCaption:
    id: str
    caption: str
    themes: tuple[str, ...]  # main theme first


@dataclass
class ThemeQuality:
    """Per theme: how often it was the top suggestion (and rightly), and how often found."""

    top_suggested: int = 0
    top_correct: int = 0
    expected: int = 0
    found: int = 0


@dataclass
class QualityReport:
    captions: int = 0
    top_correct: int = 0  # top suggestion is one of the caption's themes
    top_is_main: int = 0  # top suggestion is the main theme
    expected: int = 0  # (caption, theme) pairs in the labels
    found: int = 0  # of those, suggested at all
    suggested: int = 0  # suggestions made
    per_theme: dict[str, ThemeQuality] = field(default_factory=dict)
    misses: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = field(default_factory=list)

    @property
    def top_precision(self) -> float:
        return self.top_correct / self.captions if self.captions else 0.0

    @property
    def main_precision(self) -> float:
        return self.top_is_main / self.captions if self.captions else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 0.0

    @property
    def precision_all(self) -> float:
        return self.found / self.suggested if self.suggested else 0.0


def load_labelled(path: Path) -> list[LabelledCaption]:
    """Read a JSON-lines file of {"id", "caption", "themes"} objects."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            data = json.loads(line)
            rows.append(LabelledCaption(data["id"], data["caption"], tuple(data["themes"])))
    return rows


def evaluate(labelled: Sequence[LabelledCaption], suggester: Suggester) -> QualityReport:
    """Score a suggester; a caption with no suggestion counts as a wrong top suggestion."""
    report = QualityReport()
    for item in labelled:
        keys = tuple(s.key for s in suggester(item))
        report.captions += 1
        report.suggested += len(keys)
        report.expected += len(item.themes)
        report.found += sum(1 for k in item.themes if k in keys)
        if keys:
            top = report.per_theme.setdefault(keys[0], ThemeQuality())
            top.top_suggested += 1
            top.top_correct += keys[0] in item.themes
            report.top_correct += keys[0] in item.themes
            report.top_is_main += keys[0] == item.themes[0]
        for key in item.themes:
            quality = report.per_theme.setdefault(key, ThemeQuality())
            quality.expected += 1
            quality.found += key in keys
        if not keys or keys[0] not in item.themes or not set(item.themes) <= set(keys):
            report.misses.append((item.id, item.themes, keys))
    return report


def trigger_suggester(vocabulary: Vocabulary, limit: int = 3) -> Suggester:
    """Suggestions from trigger words alone."""
    return lambda item: suggest(item.caption, vocabulary, limit=limit)


def leave_one_out_suggester(
    labelled: Sequence[LabelledCaption], vocabulary: Vocabulary, limit: int = 3
) -> Suggester:
    """Suggestions blended with a model trained on every other caption's decisions.

    The decisions are what an archivist would have made on the trigger suggestions: the
    labelled themes accepted, the other suggested themes rejected.
    """
    decisions = {item.id: _decisions(item, vocabulary, limit) for item in labelled}

    def suggester(item: LabelledCaption) -> list[ThemeSuggestion]:
        others = (d for other, ds in decisions.items() if other != item.id for d in ds)
        model = ThemeModel.train(others)
        return suggest(item.caption, vocabulary, model=model, limit=limit)

    return suggester


def learned_only(
    labelled: Sequence[LabelledCaption], vocabulary: Vocabulary, limit: int = 3
) -> dict[str, ThemeQuality]:
    """Per theme, how well the model alone finds it once its trigger words are removed.

    This is the situation of an archive's own theme: no words, only the archivist's decisions
    on the other captions (leave-one-out). ``top_suggested`` counts captions where the theme
    was suggested at all, ``top_correct`` those where that was right.
    """
    result = {}
    for theme in vocabulary.active():
        stripped = Vocabulary(
            tuple(
                replace(t, triggers_zh=(), triggers_en=(), hints=()) if t.key == theme.key else t
                for t in vocabulary.themes
            ),
            vocabulary.neutral,
        )
        suggester = leave_one_out_suggester(labelled, stripped, limit)
        quality = ThemeQuality()
        for item in labelled:
            keys = [s.key for s in suggester(item)]
            quality.expected += theme.key in item.themes
            quality.found += theme.key in item.themes and theme.key in keys
            quality.top_suggested += theme.key in keys
            quality.top_correct += theme.key in keys and theme.key in item.themes
        result[theme.key] = quality
    return result


def _decisions(
    item: LabelledCaption, vocabulary: Vocabulary, limit: int
) -> list[tuple[str, str, bool]]:
    suggested = {s.key for s in suggest(item.caption, vocabulary, limit=limit)}
    accepted = [(item.caption, key, True) for key in item.themes]
    rejected = [(item.caption, key, False) for key in sorted(suggested - set(item.themes))]
    return accepted + rejected
