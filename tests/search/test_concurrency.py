"""One writer at a time; readers never wait for it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from photoarchive.search import CaptionIndex, IndexBusy, SearchDocument
from tests.search.support import ids, rebuild, sample_documents


class HeldWriter:
    """An upsert that has taken the write lock and waits, mid-write, to be released."""

    def __init__(self, index: CaptionIndex, docs: list[SearchDocument]) -> None:
        self.inside = threading.Event()
        self.release = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, args=(index, docs))

    def _docs(self, docs: list[SearchDocument]) -> Iterator[SearchDocument]:
        yield docs[0]
        self.inside.set()  # the lock is held and a document is being written
        assert self.release.wait(30)
        yield from docs[1:]

    def _run(self, index: CaptionIndex, docs: list[SearchDocument]) -> None:
        try:
            index.upsert(self._docs(docs))
        except BaseException as exc:
            self.error = exc

    def __enter__(self) -> HeldWriter:
        self.thread.start()
        assert self.inside.wait(30)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release.set()
        self.thread.join(30)
        assert not self.thread.is_alive()


NEW = [SearchDocument(20, "图为新收割的水稻。"), SearchDocument(21, "水稻丰收。")]


def test_searches_answer_while_a_writer_holds_the_lock(make_index, tmp_path):
    index = make_index(sample_documents())
    other = CaptionIndex.open(tmp_path / "index")  # as a second process would
    with HeldWriter(index, NEW) as writer:
        assert ids(index, "水稻") == {4}
        assert ids(other, "水稻") == {4}
    assert writer.error is None
    assert ids(index, "水稻") == {4, 20, 21}
    assert ids(other, "水稻") == {4, 20, 21}
    other.close()


def test_a_second_writer_waits_for_the_first_instead_of_failing(make_index, tmp_path):
    index = make_index(sample_documents())
    other = CaptionIndex.open(tmp_path / "index")
    second = threading.Thread(target=other.upsert, args=([SearchDocument(30, "水稻田")],))
    with HeldWriter(index, NEW) as writer:
        second.start()
        assert ids(index, "水稻") == {4}  # neither has committed
    second.join(30)
    assert writer.error is None and not second.is_alive()
    assert ids(index, "水稻") == {4, 20, 21, 30}
    other.close()


def test_a_writer_that_cannot_get_the_lock_in_time_says_so(make_index, tmp_path):
    index = make_index(sample_documents())
    impatient = CaptionIndex.open(tmp_path / "index", lock_timeout=0.2)
    with HeldWriter(index, NEW):
        with pytest.raises(IndexBusy, match="being updated by another task"):
            impatient.upsert([SearchDocument(40, "稻")])
        with pytest.raises(IndexBusy):
            list(impatient.rebuild(sample_documents(), 7))
    assert ids(index, "稻") == {4, 20, 21}
    impatient.close()


def test_a_rebuild_switches_readers_to_the_new_generation(make_index, tmp_path):
    index = make_index(sample_documents())
    reader = CaptionIndex.open(tmp_path / "index")
    assert ids(reader, "水稻") == {4}
    rebuild(index, NEW)
    assert ids(reader, "水稻") == {20, 21}
    assert len(reader) == 2
    reader.close()
