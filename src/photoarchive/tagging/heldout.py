"""Figures for theme suggestions on the held-out corpus, as ``themes train`` and the bench print.

Top-1 counts a caption right when its first suggestion is one of its themes; a
caption with no suggestion counts as wrong there and as unanswered in the share
with a suggestion. Per theme, precision is over the captions it came first for,
recall over the captions that have it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from photoarchive.tagging.corpus import CorpusItem
from photoarchive.tagging.suggestions import ThemeSuggestion

Suggester = Callable[[str], list[ThemeSuggestion]]


@dataclass
class Figures:
    captions: int = 0
    top1: int = 0
    top3: int = 0
    answered: int = 0

    def share(self, n: int) -> float:
        return n / self.captions if self.captions else 0.0


@dataclass
class ThemeFigures:
    came_first: int = 0
    first_right: int = 0
    expected: int = 0
    found: int = 0

    @property
    def precision(self) -> float:
        return self.first_right / self.came_first if self.came_first else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 0.0


@dataclass
class HeldoutReport:
    languages: dict[str, Figures] = field(default_factory=dict)
    themes: dict[str, ThemeFigures] = field(default_factory=dict)
    misses: list[tuple[CorpusItem, tuple[str, ...]]] = field(default_factory=list)

    def summary(self) -> dict[str, dict[str, float | int]]:
        """Per language: captions, top-1, top-3 and the share with a suggestion."""
        return {
            lang: {
                "captions": f.captions,
                "top1": round(f.share(f.top1), 4),
                "top3": round(f.share(f.top3), 4),
                "with_suggestion": round(f.share(f.answered), 4),
            }
            for lang, f in sorted(self.languages.items())
        }


def measure(items: Sequence[CorpusItem], suggester: Suggester) -> HeldoutReport:
    """Run ``suggester`` on every item's caption and count against its labels."""
    report = HeldoutReport()
    for item in items:
        found = tuple(s.key for s in suggester(item.caption))
        figures = report.languages.setdefault(item.language, Figures())
        figures.captions += 1
        figures.answered += bool(found)
        figures.top1 += bool(found) and found[0] in item.themes
        figures.top3 += any(k in item.themes for k in found[:3])
        if found:
            first = report.themes.setdefault(found[0], ThemeFigures())
            first.came_first += 1
            first.first_right += found[0] in item.themes
        for key in item.themes:
            theme = report.themes.setdefault(key, ThemeFigures())
            theme.expected += 1
            theme.found += key in found
        if not found or found[0] not in item.themes:
            report.misses.append((item, found))
    return report
