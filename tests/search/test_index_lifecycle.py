"""The index as a cache: upsert, delete, rebuild, and recovery from a bad index."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from photoarchive.errors import Cancelled
from photoarchive.progress import CancelToken
from photoarchive.search import SCHEMA_VERSION, CaptionIndex, IndexNeedsRebuild, SearchDocument
from tests.search.support import ids, rebuild, sample_documents


def live_generation(root: Path) -> Path:
    return root / (root / "CURRENT").read_text().strip()


def generations(root: Path) -> list[str]:
    return sorted(p.name for p in root.iterdir() if p.name.startswith("gen-"))


def test_a_new_library_has_no_index_until_rebuilt(tmp_path):
    index = CaptionIndex.open(tmp_path / "index")
    assert index.needs_rebuild
    assert index.health.reason == "there is no search index yet"
    with pytest.raises(IndexNeedsRebuild, match="no search index yet"):
        index.search("水稻")
    with pytest.raises(IndexNeedsRebuild):
        index.upsert(sample_documents())
    rebuild(index, sample_documents())
    assert not index.needs_rebuild and index.health.documents == 7 and len(index) == 7
    assert ids(index, "水稻") == {4}


def test_rebuild_reports_progress_and_replaces_everything(make_index, tmp_path):
    index = make_index(sample_documents())
    first = generations(tmp_path / "index")
    docs = [replace(d, caption="图为新的说明。") for d in sample_documents()[:3]]
    steps = list(index.rebuild(docs, len(docs)))
    assert steps[0].done == 0 and steps[-1].done == steps[-1].total == 3
    assert ids(index, "水稻") == set()
    assert ids(index, "新的说明") == {1, 2, 3}
    assert generations(tmp_path / "index") != first and len(generations(tmp_path / "index")) == 1


def test_upsert_adds_and_replaces(make_index):
    index = make_index(sample_documents())
    edited = replace(sample_documents()[3], caption="图为华山村稻田。", stamp="v2-4")
    added = SearchDocument(8, "图为杂交水稻制种基地。", credit="罗盟摄", credit_names=("罗盟",))
    assert index.upsert([edited, added]) == 2
    assert ids(index, "杂交水稻") == {8}  # 4's old caption is gone
    assert ids(index, "稻田") == {4}
    assert ids(index, "credit:罗盟") == {1, 8}
    assert len(index) == 8
    assert index.stamps()[4] == "v2-4" and index.stamps()[8] == ""


def test_upsert_of_the_same_photo_twice_keeps_the_last(make_index):
    index = make_index(sample_documents())
    first = replace(sample_documents()[0], caption="第一版")
    second = replace(sample_documents()[0], caption="第二版")
    index.upsert([first, second])
    assert ids(index, "第二版") == {1} and ids(index, "第一版") == set()
    assert len(index) == 7


def test_delete_removes_and_counts(make_index):
    index = make_index(sample_documents())
    assert index.delete([4, 7, 99]) == 2
    assert ids(index, "衡阳") == {1, 2, 3, 5, 6}
    assert ids(index, "NOT 水稻") == {1, 2, 3, 5, 6}
    assert set(index.stamps()) == {1, 2, 3, 5, 6}
    assert index.delete([4]) == 0


def test_stamps_follow_the_documents(make_index):
    index = make_index(sample_documents())
    assert index.stamps() == {n: f"v1-{n}" for n in range(1, 8)}


def test_many_small_updates_merge_segments_and_stay_exact(make_index, tmp_path):
    index = make_index(sample_documents())
    expected_rice = {4}
    for round_ in range(12):
        base = 100 + round_ * 3
        docs = [
            SearchDocument(base + i, f"第{round_}轮第{i}张：水稻。", stamp=str(round_))
            for i in range(3)
        ]
        index.upsert(docs)
        expected_rice |= {d.photo_id for d in docs}
        index.delete([base])  # deletions in small segments too
        expected_rice.discard(base)
    assert ids(index, "水稻") == expected_rice
    assert ids(index, "第11轮") == {134, 135}
    doc_stores = list(live_generation(tmp_path / "index").glob("*.docs"))
    assert len(doc_stores) < 13  # Whoosh merged small segments, doc stores followed


def test_a_cancelled_rebuild_keeps_the_old_index(make_index, tmp_path):
    index = make_index(sample_documents())
    before = generations(tmp_path / "index")
    token = CancelToken()

    def docs_then_cancel():
        yield from sample_documents()[:3]
        token.cancel()
        yield from sample_documents()[3:]

    with pytest.raises(Cancelled):
        list(index.rebuild(docs_then_cancel(), 7, token))
    assert generations(tmp_path / "index") == before
    assert ids(index, "水稻") == {4} and len(index) == 7
    index.upsert([SearchDocument(9, "图为水稻。")])  # the lock was released
    assert ids(index, "水稻") == {4, 9}


def test_a_failing_or_abandoned_rebuild_keeps_the_old_index(make_index, tmp_path):
    index = make_index(sample_documents())
    before = generations(tmp_path / "index")

    def broken():
        yield sample_documents()[0]
        raise OSError("catalogue went away")

    with pytest.raises(OSError, match="catalogue went away"):
        list(index.rebuild(broken(), 7))
    abandoned = index.rebuild(sample_documents()[:1], 1)
    next(abandoned)
    abandoned.close()
    assert generations(tmp_path / "index") == before
    assert ids(index, "衡阳") == set(range(1, 8))
    reopened = CaptionIndex.open(tmp_path / "index")
    assert ids(reopened, "衡阳") == set(range(1, 8))
    reopened.close()


def test_rebuild_refuses_duplicate_photo_ids(make_index):
    index = make_index(sample_documents())
    with pytest.raises(ValueError, match="photo 1 was given twice"):
        list(index.rebuild(sample_documents() + sample_documents()[:1], 8))
    assert len(index) == 7


def test_an_index_of_another_schema_version_needs_a_rebuild(make_index, tmp_path):
    make_index(sample_documents()).close()
    meta = live_generation(tmp_path / "index") / "meta.json"
    meta.write_text(json.dumps({"schema_version": SCHEMA_VERSION - 1}))
    index = CaptionIndex.open(tmp_path / "index")
    assert index.needs_rebuild
    assert f"this version uses {SCHEMA_VERSION}" in index.health.reason
    rebuild(index, sample_documents())
    assert ids(index, "水稻") == {4}
    index.close()


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda gen: (gen.parent / "CURRENT").unlink(), "no search index yet"),
        (lambda gen: (gen.parent / "CURRENT").write_text("gen-999999"), "missing or invalid"),
        (lambda gen: (gen / "meta.json").unlink(), "no description file"),
        (lambda gen: (gen / "meta.json").write_text("{"), "description file is damaged"),
        (lambda gen: next(gen.glob("*.docs")).write_bytes(b"garbage"), "damaged"),
        (lambda gen: _truncate(next(gen.glob("*.docs"))), "damaged"),
        (lambda gen: next(gen.glob("*.toc")).write_bytes(b"\x00" * 40), "damaged"),
        (lambda gen: next(gen.glob("*.trm")).unlink(), "damaged"),
    ],
)
def test_a_damaged_index_is_reported_and_rebuilt(make_index, tmp_path, damage, reason):
    make_index(sample_documents()).close()
    damage(live_generation(tmp_path / "index"))
    index = CaptionIndex.open(tmp_path / "index")
    assert index.needs_rebuild and reason in index.health.reason
    with pytest.raises(IndexNeedsRebuild, match="reindex"):
        index.search("水稻")
    rebuild(index, sample_documents())
    assert ids(index, "水稻") == {4}
    index.close()


def test_damage_found_while_searching_asks_for_a_rebuild(make_index, tmp_path):
    index = make_index(sample_documents())
    for postings in live_generation(tmp_path / "index").glob("*.pst"):
        postings.write_bytes(b"\x00" * postings.stat().st_size)
    with pytest.raises(IndexNeedsRebuild, match="damaged"):
        index.search("水稻")
    assert index.needs_rebuild
    rebuild(index, sample_documents())
    assert ids(index, "水稻") == {4}


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
