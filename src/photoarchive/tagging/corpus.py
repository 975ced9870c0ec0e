"""The labelled corpus of real captions the shipped theme classifier learns from.

``resources/themes/corpus/`` holds JSON Lines files, one caption or short news
passage a line, as printed on a public page: ``text``, ``themes`` (main theme
first), the source's own ``section``, its ``url`` and ``kind``. A fixed share
of pages, chosen by a hash of the page address, is held out (``heldout/``):
training never reads it, and the figures ``themes train`` and the quality
benchmark report are measured on it. A page is never split across the two,
so captions of one gallery cannot vouch for each other.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from photoarchive.captions.credits import split_caption_credit
from photoarchive.errors import InputError
from photoarchive.tagging.resources import resources_dir

HELDOUT_SHARE = 5  # one page in five


@dataclass(frozen=True, slots=True)
class CorpusItem:
    text: str  # as printed, credit included
    themes: tuple[str, ...]  # main theme first
    url: str
    section: str = ""
    kind: str = "caption"

    @property
    def caption(self) -> str:
        """The text a photo stores: the printed caption without its credit."""
        return split_caption_credit(self.text)[0] or self.text

    @property
    def language(self) -> str:
        han = sum("\u3400" <= ch <= "\u9fff" for ch in self.text)
        return "zh" if han >= max(4, len(self.text) // 10) else "en"


def corpus_dir() -> Path:
    return resources_dir() / "themes" / "corpus"


def held_out(url: str) -> bool:
    """True for the pages kept out of training: a stable hash of the address, not chance."""
    digest = hashlib.sha1(url.strip().encode("utf-8")).digest()
    return digest[0] % HELDOUT_SHARE == 0


def read_items(paths: Iterable[Path]) -> Iterator[CorpusItem]:
    """Every item of the given JSON Lines files; a broken line says where it is."""
    for path in paths:
        with path.open(encoding="utf-8") as handle:
            for n, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                    yield CorpusItem(
                        text=row["text"],
                        themes=tuple(row["themes"]),
                        url=row["url"],
                        section=row.get("section", ""),
                        kind=row.get("kind", "caption"),
                    )
                except (ValueError, KeyError, TypeError) as exc:
                    raise InputError(
                        f"Line {n} of {path} is not a corpus item ({exc}).",
                        hint="Each line is a JSON object with text, themes and url.",
                    ) from exc


def training_items(root: Path | None = None) -> list[CorpusItem]:
    return list(read_items(sorted((root or corpus_dir()).glob("train/*.jsonl"))))


def heldout_items(root: Path | None = None) -> list[CorpusItem]:
    return list(read_items(sorted((root or corpus_dir()).glob("heldout/*.jsonl"))))
