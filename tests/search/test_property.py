"""Property: any run of 1-6 Chinese characters finds exactly the photos containing it.

The corpus is a few thousand generated captions over a small alphabet (so short
runs recur in many captions and n-grams collide a lot), with spaces between
characters now and then, digits and punctuation; then a batch of edits, new
photos and deletions lands in further segments, as in real use. The reference
answer is a brute-force substring test on text normalised by a rule written
out independently here.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from photoarchive.search import CaptionIndex, SearchDocument
from tests.search.support import rebuild

ALPHABET = "水稻衡山南岳阳市县镇村桥船田工业旅游农民图为在的了是大中小新老"
PUNCTUATION = "，。、“”"
SPACE_NEXT_TO_HAN = re.compile(r"\s+(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff])\s+")


def _caption(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(2, 9)):
        word = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 7)))
        if rng.random() < 0.1:
            word = " ".join(word)  # printed with spaces between characters
        parts.append(word)
        parts.append(rng.choice(PUNCTUATION + "  0123456789"))
    return "".join(parts)


def _corpus() -> tuple[list[SearchDocument], list[SearchDocument], list[int]]:
    rng = random.Random(6)
    docs = [
        SearchDocument(
            i,
            _caption(rng),
            credit=" ".join(rng.choice(ALPHABET) for _ in range(2)) + " 摄",
            feature_title=_caption(rng)[:12],
        )
        for i in range(1, 3001)
    ]
    edits = [SearchDocument(i, _caption(rng)) for i in rng.sample(range(1, 3001), 150)]
    edits += [SearchDocument(i, _caption(rng)) for i in range(3001, 3201)]
    deleted = rng.sample(range(1, 3201), 120)
    return docs, edits, deleted


def _reference_text(doc: SearchDocument) -> str:
    text = "|".join((doc.caption, doc.credit, doc.feature_title))
    return SPACE_NEXT_TO_HAN.sub("", text)


class Archive:
    """The index and the reference texts (photo id -> normalised text)."""

    def __init__(self, index: CaptionIndex, texts: dict[int, str]) -> None:
        self.index, self.texts = index, texts

    def __repr__(self) -> str:  # keeps Hypothesis' failure reports short
        return f"<Archive of {len(self.texts)} photos>"


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Iterator[Archive]:
    docs, edits, deleted = _corpus()
    index = CaptionIndex.open(tmp_path_factory.mktemp("library") / "index")
    rebuild(index, docs)
    index.upsert(edits[:170])
    index.upsert(edits[170:])
    index.delete(deleted)
    final = {d.photo_id: d for d in docs} | {d.photo_id: d for d in edits}
    for pid in deleted:
        del final[pid]
    yield Archive(index, {pid: _reference_text(doc) for pid, doc in final.items()})
    index.close()


def _check(archive: Archive, needle: str) -> None:
    expected = {pid for pid, text in archive.texts.items() if needle in text}
    found = archive.index.search_ids(needle)
    assert len(found) == len(expected) and set(found) == expected, needle
    assert archive.index.search(needle, limit=0).total == len(expected), needle


@settings(max_examples=200, deadline=None, derandomize=True)
@given(data=st.data())
def test_a_run_taken_from_the_corpus_finds_exactly_its_captions(archive, data):
    text = archive.texts[data.draw(st.sampled_from(sorted(archive.texts)))]
    runs = re.findall(r"[\u4e00-\u9fff]+", text)
    run = data.draw(st.sampled_from(runs))
    start = data.draw(st.integers(0, len(run) - 1))
    length = data.draw(st.integers(1, min(6, len(run) - start)))
    _check(archive, run[start : start + length])


@settings(max_examples=100, deadline=None, derandomize=True)
@given(needle=st.text(alphabet=ALPHABET, min_size=1, max_size=6))
def test_any_run_of_the_alphabet_finds_exactly_its_captions(archive, needle):
    _check(archive, needle)
