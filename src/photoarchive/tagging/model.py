"""A small per-library model that learns themes from the archivist's decisions.

For each theme it counts, per caption feature (see features.py), how many accepted and how many
rejected captions contain it, against all decided captions. A caption's evidence for a theme
is the sum of the log presence ratios of the features it shares with the accepted captions,
minus that of the features it shares with the rejected ones (a naive Bayes presence model
that ignores absent features: with a dozen examples, absence says nothing). A feature must
have been seen in two decided captions to count, so one-off words do not make suggestions.
It trains by counting, needs no dependency, serialises to JSON and can name its words.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from photoarchive.errors import PhotoarchiveError
from photoarchive.tagging.features import Feature, caption_features

MODEL_FORMAT = "photoarchive.theme-model"
MODEL_VERSION = 1
SMOOTHING = 0.5
DAMPING = 0.75  # neighbouring bigrams share a character and repeat each other's evidence
MIN_POSITIVES = 3
MIN_DOCUMENTS = 10
MIN_SEEN = 2
LIFT_FLOOR = math.log(3)  # a feature must be 3x commoner in these captions than overall
BECAUSE_MIN_LLR = 0.5
BECAUSE_LIMIT = 3
_SPAN_SPLIT = "的"
_SPAN_EDGE = "在为将把被由对从向和与及了是"


class ModelFormatError(PhotoarchiveError):
    """A stored theme model cannot be read."""


class LearnedScore(NamedTuple):
    """What the model says about one theme for one caption."""

    score: float  # estimated chance the theme applies: its base rate moved by the evidence
    because: tuple[str, ...]  # caption words that weighed most for the theme


class Evidence(NamedTuple):
    """The model's opinion as a log-odds shift, the form suggest() blends with trigger words."""

    log_odds: float  # > 0 for the theme, < 0 against it, 0 when the caption says nothing new
    prior_log_odds: float
    because: tuple[str, ...]


@dataclass
class _ThemeCounts:
    positives: int = 0
    rejected: int = 0
    pos: Counter[str] = field(default_factory=Counter)
    rej: Counter[str] = field(default_factory=Counter)


class ThemeModel:
    """Learned theme evidence for one library; build with :meth:`train` or :meth:`from_json`."""

    def __init__(self, doc_count: int, doc_freq: Counter[str], themes: dict[str, _ThemeCounts]):
        self._doc_count = doc_count
        self._doc_freq = doc_freq
        self._themes = themes

    @classmethod
    def train(
        cls, examples: Iterable[tuple[str, str, bool]], background: Iterable[str] = ()
    ) -> ThemeModel:
        """Learn from (caption, theme key, accepted) decisions.

        Identical captions are one document; if a theme was both accepted and rejected for
        the same text, the acceptance stands. ``background`` captions (the library's
        undecided ones) count as documents only: they tell which words are common in this
        archive, so a young library with decisions about one theme can still learn it.
        """
        accepted: dict[str, set[str]] = {}
        rejected: dict[str, set[str]] = {}
        for caption, key, was_accepted in examples:
            text = caption.strip()
            if not text:
                continue
            accepted.setdefault(text, set())
            rejected.setdefault(text, set())
            (accepted if was_accepted else rejected)[text].add(key)
        for caption in background:
            text = caption.strip()
            if text:
                accepted.setdefault(text, set())
                rejected.setdefault(text, set())
        doc_freq: Counter[str] = Counter()
        themes: dict[str, _ThemeCounts] = {}
        for text, keys in accepted.items():
            features = {f.text for f in caption_features(text)}
            doc_freq.update(features)
            for key in keys:
                counts = themes.setdefault(key, _ThemeCounts())
                counts.positives += 1
                counts.pos.update(features)
            for key in rejected[text] - keys:
                counts = themes.setdefault(key, _ThemeCounts())
                counts.rejected += 1
                counts.rej.update(features)
        return cls(len(accepted), doc_freq, themes)

    @property
    def theme_keys(self) -> frozenset[str]:
        """Themes the model has enough decisions about to give an opinion."""
        return frozenset(k for k in self._themes if self._usable(k))

    def decisions(self, key: str) -> tuple[int, int]:
        """How many captions were accepted and rejected for a theme."""
        counts = self._themes.get(key)
        return (counts.positives, counts.rejected) if counts else (0, 0)

    def score(self, caption: str) -> dict[str, LearnedScore]:
        """Probability per theme that it applies to this caption, with the words behind it."""
        scores = {}
        for key, ev in self.evidence(caption).items():
            probability = _sigmoid(ev.prior_log_odds + ev.log_odds)
            scores[key] = LearnedScore(probability, ev.because)
        return scores

    def evidence(self, caption: str) -> dict[str, Evidence]:
        """Per theme, how far this caption moves the odds, and the words that moved them."""
        occurrences = [f for f in caption_features(caption) if f.text in self._doc_freq]
        distinct = {f.text for f in occurrences}
        result = {}
        for key in sorted(self.theme_keys):
            llr = {text: self._llr(key, text) for text in distinct}
            because = self._because(occurrences, llr, caption)
            result[key] = Evidence(DAMPING * sum(llr.values()), self._prior(key), because)
        return result

    def to_json(self) -> str:
        """Serialise deterministically (sorted keys) so the cache is stable between runs."""
        payload = {
            "format": MODEL_FORMAT,
            "version": MODEL_VERSION,
            "doc_count": self._doc_count,
            "doc_freq": dict(self._doc_freq),
            "themes": {
                key: {
                    "positives": c.positives,
                    "rejected": c.rejected,
                    "pos": dict(c.pos),
                    "rej": dict(c.rej),
                }
                for key, c in self._themes.items()
            },
        }
        return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def to_bytes(self) -> bytes:
        return self.to_json().encode("utf-8")

    @classmethod
    def from_json(cls, text: str) -> ThemeModel:
        """Read a model written by :meth:`to_json`."""
        try:
            data = json.loads(text)
            if data.get("format") != MODEL_FORMAT or data.get("version") != MODEL_VERSION:
                raise ValueError(f"not a {MODEL_FORMAT} version {MODEL_VERSION} document")
            themes = {
                str(key): _ThemeCounts(
                    int(t["positives"]), int(t["rejected"]), _counts(t["pos"]), _counts(t["rej"])
                )
                for key, t in data["themes"].items()
            }
            return cls(int(data["doc_count"]), _counts(data["doc_freq"]), themes)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise ModelFormatError(
                f"The stored theme model cannot be read: {exc}",
                hint="Delete the cached model; it is rebuilt from the catalogue's decisions.",
            ) from exc

    @classmethod
    def from_bytes(cls, data: bytes) -> ThemeModel:
        try:
            return cls.from_json(data.decode("utf-8"))
        except UnicodeDecodeError as exc:
            raise ModelFormatError(
                "The stored theme model is not UTF-8 JSON.",
                hint="Delete the cached model; it is rebuilt from the catalogue's decisions.",
            ) from exc

    def _usable(self, key: str) -> bool:
        return self._themes[key].positives >= MIN_POSITIVES and self._doc_count >= MIN_DOCUMENTS

    def _prior(self, key: str) -> float:
        positives = self._themes[key].positives
        return math.log((positives + SMOOTHING) / (self._doc_count - positives + SMOOTHING))

    def _presence_llr(self, seen: int, docs: int, text: str) -> float:
        """log P(feature present | these captions) - log P(feature present | all captions)."""
        if seen < MIN_SEEN:
            return 0.0
        p_these = (seen + SMOOTHING) / (docs + 2 * SMOOTHING)
        p_all = (self._doc_freq[text] + SMOOTHING) / (self._doc_count + 2 * SMOOTHING)
        return max(0.0, math.log(p_these / p_all) - LIFT_FLOOR)

    def _llr(self, key: str, text: str) -> float:
        """Evidence of one feature: for the theme from acceptances, against from rejections."""
        c = self._themes[key]
        return self._presence_llr(c.pos[text], c.positives, text) - self._presence_llr(
            c.rej[text], c.rejected, text
        )

    def _because(
        self, occurrences: list[Feature], llr: dict[str, float], caption: str
    ) -> tuple[str, ...]:
        """Join neighbouring strong bigrams back into words (防汛, 抗洪 -> 防汛抗洪)."""
        strong = [f for f in occurrences if llr[f.text] >= BECAUSE_MIN_LLR]
        spans: list[tuple[int, int, float]] = []
        for f in sorted(strong, key=lambda f: f.start):
            if spans and f.start < spans[-1][1]:
                start, end, weight = spans[-1]
                spans[-1] = (start, max(end, f.end), weight + llr[f.text])
            else:
                spans.append((f.start, f.end, llr[f.text]))
        ranked = sorted(spans, key=lambda s: (-s[2], s[0]))
        words = dict.fromkeys(w for s, e, _ in ranked for w in _readable(caption[s:e]))
        return tuple(words)[:BECAUSE_LIMIT]


def _readable(span: str) -> list[str]:
    """Cut a run of strong bigrams at 的 and trim particles: 为抢险队员 -> 抢险队员."""
    pieces = (piece.strip(_SPAN_EDGE) for piece in span.split(_SPAN_SPLIT))
    return [piece for piece in pieces if len(piece) >= 2]


def _counts(raw: dict[str, int]) -> Counter[str]:
    return Counter({str(feature): int(count) for feature, count in raw.items()})


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
