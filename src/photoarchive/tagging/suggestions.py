"""Suggest themes for a caption, each with the words that triggered it.

The shipped classifier (trained on real captions, :mod:`classifier`) gives each
theme it knows a calibrated chance; trigger words found in the caption move it
up, in log-odds, and so does the per-library model (below). Without the
classifier, trigger words alone make the score.

Trigger words in the picture part of the caption (图为…, or the last sentence) weigh twice as
much as words in the context sentences; each distinct word counts once, at the heaviest place
it appears. The per-library model, when given, moves each theme's odds by what it learned
from the archivist's accepted and rejected tags; that is how a theme without trigger words
gets suggested, and how a theme the archivist keeps rejecting fades.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from photoarchive.tagging.classifier import ThemeClassifier
from photoarchive.tagging.matching import caption_parts, find_matches, trigger_index
from photoarchive.tagging.model import ThemeModel
from photoarchive.tagging.vocabulary import Vocabulary

PICTURE_WEIGHT = 2.0
CONTEXT_WEIGHT = 1.0
SCORE_SCALE = 3.0  # raw trigger weight that gives a score of 1 - 1/e
TRIGGER_FLOOR = 0.02  # trigger score of a theme with no trigger words in the caption
LEARNED_ONLY_BASE = 0.1  # at most this before evidence, for a theme known only to the model
MODEL_WEIGHT = 1.0
MODEL_LIMIT = 8.0  # the model can move a theme's log-odds by at most this much
DEFAULT_MIN_SCORE = 0.2
# With the classifier, scores are calibrated chances: 0.15 keeps the top suggestion for about
# 97% of real captions (tuned on a validation part of the training corpus, never the held-out).
CLASSIFIER_MIN_SCORE = 0.15
TRIGGER_LOG_ODDS = 4.0  # what trigger words worth a score of 1 add to the classifier's log-odds
CLASSIFIER_REASON_FLOOR = 0.1  # below this chance the classifier's words explain nothing
# The classifier's log-odds are held within this, so that trigger words a caption plainly
# carries (改厕, 农村人居环境) still count against a classifier that never saw them together.
CLASSIFIER_LOGIT_LIMIT = 4.0


@dataclass(frozen=True, slots=True)
class ThemeSuggestion:
    """A suggested theme and why: the trigger words and learned words behind it."""

    key: str
    label_zh: str
    label_en: str
    score: float  # 0..1
    because: tuple[str, ...]


def suggest(
    caption: str,
    vocabulary: Vocabulary,
    *,
    model: ThemeModel | None = None,
    classifier: ThemeClassifier | None = None,
    exclude: Iterable[str] = frozenset(),
    limit: int = 3,
    min_score: float | None = None,
) -> list[ThemeSuggestion]:
    """The best ``limit`` active themes scoring at least ``min_score``, best first.

    ``exclude`` holds keys never to suggest for this photo (its rejected suggestions and the
    themes it already has). Retired themes and keys missing from the vocabulary never appear.
    """
    if min_score is None:
        min_score = DEFAULT_MIN_SCORE if classifier is None else CLASSIFIER_MIN_SCORE
    trigger_scores, trigger_words = _trigger_evidence(caption, vocabulary)
    scores = {key: 1.0 - math.exp(-raw / SCORE_SCALE) for key, raw in trigger_scores.items()}
    because = {key: list(words) for key, words in trigger_words.items()}
    if classifier is not None:
        _blend_classifier(caption, classifier, vocabulary, scores, because)
    if model is not None:
        _blend_model(caption, model, vocabulary, scores, because)
    excluded = set(exclude)
    ranked = []
    for key, score in scores.items():
        if key in excluded or key not in vocabulary or score < min_score or not because.get(key):
            continue
        theme = vocabulary.get(key)
        if theme.retired:
            continue
        ranked.append(
            ThemeSuggestion(
                key, theme.label_zh, theme.label_en, round(score, 4), tuple(because[key])
            )
        )
    # Equal scores: the theme with more distinct words (broader evidence) first.
    ranked.sort(key=lambda s: (-s.score, -len(s.because), s.key))
    return ranked[: max(limit, 0)]


def _trigger_evidence(
    caption: str, vocabulary: Vocabulary
) -> tuple[dict[str, float], dict[str, tuple[str, ...]]]:
    """Raw trigger weight per theme and its words, heaviest first."""
    index = trigger_index(vocabulary)
    parts = caption_parts(caption)
    best: dict[str, dict[str, float]] = {}
    for sentences, place_weight in (
        (parts.picture, PICTURE_WEIGHT),
        (parts.context, CONTEXT_WEIGHT),
    ):
        for sentence in sentences:
            for match in find_matches(sentence, index):
                for key, word_weight in match.themes:
                    words = best.setdefault(key, {})
                    weight = place_weight * word_weight
                    words[match.word] = max(words.get(match.word, 0.0), weight)
    raw = {key: sum(words.values()) for key, words in best.items()}
    ordered = {key: tuple(sorted(words, key=lambda w: -words[w])) for key, words in best.items()}
    return raw, ordered


def _blend_classifier(
    caption: str,
    classifier: ThemeClassifier,
    vocabulary: Vocabulary,
    scores: dict[str, float],
    because: dict[str, list[str]],
) -> None:
    """The classifier's chance for each theme it knows, raised by the trigger words found."""
    for key, chance in classifier.probabilities(caption).items():
        if key not in vocabulary:
            continue
        trigger = scores.get(key, 0.0)
        held = max(-CLASSIFIER_LOGIT_LIMIT, min(CLASSIFIER_LOGIT_LIMIT, _logit(chance)))
        scores[key] = _sigmoid(held + TRIGGER_LOG_ODDS * trigger)
        if chance >= CLASSIFIER_REASON_FLOOR:
            _add_words(because.setdefault(key, []), classifier.because(caption, key))


def _add_words(words: list[str], more: Iterable[str]) -> None:
    """Append the words not already named (nor inside a word named)."""
    for word in more:
        if not any(word in seen or seen in word for seen in words):
            words.append(word)


def _blend_model(
    caption: str,
    model: ThemeModel,
    vocabulary: Vocabulary,
    scores: dict[str, float],
    because: dict[str, list[str]],
) -> None:
    """Shift each theme's trigger score, in log-odds, by the model's evidence.

    A theme that has trigger words but none in this caption starts low (the words were made
    to find it); a theme without any trigger words starts from how common it is in the library.
    """
    for key, evidence in model.evidence(caption).items():
        if key in scores:
            base = scores[key]
        elif key in vocabulary and not _has_triggers(vocabulary, key):
            base = min(_sigmoid(evidence.prior_log_odds), LEARNED_ONLY_BASE)
        else:
            base = TRIGGER_FLOOR
        shift = max(-MODEL_LIMIT, min(MODEL_LIMIT, MODEL_WEIGHT * evidence.log_odds))
        scores[key] = _sigmoid(_logit(base) + shift)
        _add_words(because.setdefault(key, []), evidence.because)


def _has_triggers(vocabulary: Vocabulary, key: str) -> bool:
    theme = vocabulary.get(key)
    return bool(theme.triggers or theme.hints)


def _logit(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))
