"""Reading a caption the way a person does: which sentence shows the picture, which words.

A newsroom caption usually sets the scene first (the city's policy, the industry) and then
says what the picture shows, starting 图为…; that sentence (or, without one, the last) is the
"picture part". Trigger words are found with longest-match: 工业旅游 is one word, so its
工业 never counts for industry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from photoarchive.tagging.vocabulary import Vocabulary

STRONG_WEIGHT = 1.0
HINT_WEIGHT = 0.4
PICTURE_MARKERS = ("图为", "图中", "上图为", "下图为", "左图为", "右图为", "图片为", "图：")
# A sentence ends after 。！？ (plus any closing quote) or after a full stop before a space.
_SENTENCE_END = re.compile(
    r"(?<=[。！？!?][”’」』）)])|(?<=[。！？!?])(?![”’」』）)])|(?<=\.)(?=\s|$)"
)
_ASCII_WORD_CHAR = re.compile(r"[a-z0-9]")


@dataclass(frozen=True, slots=True)
class CaptionParts:
    """A caption split into the sentences that show the picture and those that set context."""

    picture: tuple[str, ...]
    context: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Match:
    """One trigger word found in a text, with the themes it points at."""

    word: str  # as written in the caption
    start: int
    end: int
    themes: tuple[tuple[str, float], ...]  # (theme key, weight); empty for a neutral word


@dataclass(frozen=True, slots=True)
class TriggerIndex:
    """Every trigger, hint and neutral word, normalised, mapped to (theme, weight) pairs."""

    words: dict[str, tuple[tuple[str, float], ...]]
    longest: int


def split_sentences(text: str) -> list[str]:
    """Split on Chinese and English sentence ends; decimals like 8.6% stay whole."""
    parts = (p.strip() for p in _SENTENCE_END.split(text))
    return [p for p in parts if p]


def caption_parts(caption: str) -> CaptionParts:
    """The picture part starts at the first 图为… sentence, else it is the last sentence."""
    sentences = split_sentences(caption)
    if not sentences:
        return CaptionParts((), ())
    for i, sentence in enumerate(sentences):
        if sentence.startswith(PICTURE_MARKERS):
            return CaptionParts(tuple(sentences[i:]), tuple(sentences[:i]))
    return CaptionParts((sentences[-1],), tuple(sentences[:-1]))


@lru_cache(maxsize=8)
def trigger_index(vocabulary: Vocabulary) -> TriggerIndex:
    """Index the active themes' words; retired themes are left out so they never match."""
    entries: dict[str, dict[str, float]] = {}

    def add(word: str, key: str | None, weight: float) -> None:
        for form in _forms(word):
            slot = entries.setdefault(form, {})
            if key is not None:
                slot[key] = max(slot.get(key, 0.0), weight)

    for word in vocabulary.neutral:
        add(word, None, 0.0)
    for theme in vocabulary.active():
        for word in theme.triggers:
            add(word, theme.key, STRONG_WEIGHT)
        for word in theme.hints:
            add(word, theme.key, HINT_WEIGHT)
    words = {w: tuple(sorted(themes.items())) for w, themes in entries.items()}
    return TriggerIndex(words, max((len(w) for w in words), default=0))


def find_matches(text: str, index: TriggerIndex) -> list[Match]:
    """All non-overlapping trigger words, the longest taking precedence, in text order."""
    folded = _fold(text)
    candidates: list[tuple[int, int]] = []
    for start in range(len(folded)):
        for length in range(min(index.longest, len(folded) - start), 0, -1):
            if folded[start : start + length] in index.words and _bounded(folded, start, length):
                candidates.append((start, length))
    taken = [False] * len(folded)
    chosen: list[Match] = []
    for start, length in sorted(candidates, key=lambda c: (-c[1], c[0])):
        if any(taken[start : start + length]):
            continue
        taken[start : start + length] = [True] * length
        word = folded[start : start + length]
        chosen.append(Match(text[start : start + length], start, start + length, index.words[word]))
    return _join_compounds(text, sorted(chosen, key=lambda m: m.start))


def _join_compounds(text: str, matches: list[Match]) -> list[Match]:
    """Touching words for the same themes are one term: 工业旅游景点 is one tourism word."""
    joined: list[Match] = []
    for match in matches:
        last = joined[-1] if joined else None
        if last and last.end == match.start and last.themes == match.themes and match.themes:
            joined[-1] = Match(text[last.start : match.end], last.start, match.end, last.themes)
        else:
            joined.append(match)
    return joined


def _fold(text: str) -> str:
    """Lower-case ASCII only, so indexes into the folded text are indexes into the caption."""
    return "".join(c.lower() if c.isascii() else c for c in text)


def _forms(word: str) -> tuple[str, ...]:
    """The folded word, plus a plural for single English words (farmer -> farmers)."""
    folded = _fold(word.strip())
    if folded.isascii() and folded.isalpha() and not folded.endswith("s"):
        return (folded, folded + "s")
    return (folded,)


def _bounded(folded: str, start: int, length: int) -> bool:
    """English words must stand alone: 'art' does not match inside 'start'."""
    before = folded[start - 1] if start > 0 else " "
    after = folded[start + length] if start + length < len(folded) else " "
    first, last = folded[start], folded[start + length - 1]
    return not (_is_word_char(first) and _is_word_char(before)) and not (
        _is_word_char(last) and _is_word_char(after)
    )


def _is_word_char(char: str) -> bool:
    return bool(_ASCII_WORD_CHAR.match(char))
