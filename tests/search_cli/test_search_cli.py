"""Search through the real CLI over a real library and a real index on disk."""

from __future__ import annotations

import shutil

import pytest

from photoarchive.cli.main import main
from photoarchive.services.archive import Archive
from tests.conftest import run_json


@pytest.fixture
def lib(capsys, library_dir, sample_feature) -> tuple[list[str], dict[int, int]]:
    text, photos = sample_feature
    args = ["--library", str(library_dir)]
    _, doc = run_json(capsys, *args, "import", str(text), "--photos", str(photos))
    return args, {p["feature"]["position"]: p["id"] for p in doc["photos"]}


EXPECTED = {
    "水稻": {4},
    "杂交水稻": {4},
    "衡山": {7},
    "南岳": {7},
    "变压器": {3},
    "留守儿童": {2},
    "灯塔工厂": {1},
    "罗盟": {1},
    "周围": {6},
    "credit:罗铭": {7},
    "工业旅游": {1, 7},
    "衡阳": {1, 2, 3, 4, 5, 6, 7},
}


def test_the_sample_feature_answers_every_query_of_the_issue(capsys, lib):
    args, ids = lib
    for query, positions in EXPECTED.items():
        code, doc = run_json(capsys, *args, "search", query)
        assert code == 0
        assert {h["id"] for h in doc["hits"]} == {ids[p] for p in positions}, query
        assert doc["total"] == len(positions)
    _, doc = run_json(capsys, *args, "search", "水稻")
    hit = doc["hits"][0]
    assert set(doc) == {"query", "total", "hits", "hints"}
    assert set(hit) == {"id", "score", "caption", "credit", "snippet"}
    assert "<b>水稻</b>" in hit["snippet"] and hit["credit"] == "易建军 摄"


def test_query_language_and_bad_syntax(capsys, lib):
    args, ids = lib
    _, doc = run_json(capsys, *args, "search", "水稻 OR 衡山")
    assert {h["id"] for h in doc["hits"]} == {ids[4], ids[7]}
    _, doc = run_json(capsys, *args, "search", "工业旅游 -南岳")
    assert {h["id"] for h in doc["hits"]} == {ids[1]}
    _, doc = run_json(capsys, *args, "search", "feature:衡阳 taken:2021-09..2021-10 南岳")
    assert {h["id"] for h in doc["hits"]} == {ids[7]}
    _, doc = run_json(capsys, *args, "search", "taken:2022")
    assert doc["total"] == 0
    code = main([*args, "search", '"unclosed phrase'])
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and err.strip()


def test_every_change_updates_the_index_in_the_same_operation(capsys, lib):
    args, ids = lib
    run_json(capsys, *args, "caption", str(ids[3]), "图为衡阳港的集装箱码头。")
    _, doc = run_json(capsys, *args, "search", "集装箱")
    assert [h["id"] for h in doc["hits"]] == [ids[3]]
    _, doc = run_json(capsys, *args, "search", "变压器")  # as the feature printed it
    assert [(h["id"], h["caption"]) for h in doc["hits"]] == [(ids[3], "图为衡阳港的集装箱码头。")]
    run_json(capsys, *args, "tag", str(ids[4]), "agriculture")
    for query in ("theme:agriculture", "theme:农业"):
        _, doc = run_json(capsys, *args, "search", query)
        assert [h["id"] for h in doc["hits"]] == [ids[4]], query
    run_json(capsys, *args, "themes", "rename", "agriculture", "--zh", "三农")
    _, doc = run_json(capsys, *args, "search", "theme:三农")
    assert [h["id"] for h in doc["hits"]] == [ids[4]]
    run_json(capsys, *args, "delete", str(ids[7]))
    _, doc = run_json(capsys, *args, "search", "衡山")
    assert doc["total"] == 0
    code, check = run_json(capsys, *args, "check")
    assert code == 0 and check["ok"], check


def test_missing_or_damaged_index_is_rebuilt_from_the_catalogue(capsys, lib, library_dir):
    args, ids = lib
    shutil.rmtree(library_dir / "index")
    code, check = run_json(capsys, *args, "check")
    assert code == 1 and check["problems"][0]["kind"] == "index_unusable"
    _, doc = run_json(capsys, *args, "search", "衡山")
    assert [h["id"] for h in doc["hits"]] == [ids[7]]
    for path in (library_dir / "index").rglob("*"):
        if path.is_file() and path.suffix in (".seg", ".toc", ".json", ".pst", ".trm"):
            path.write_bytes(b"\0garbage\0" * 10)
    _, doc = run_json(capsys, *args, "search", "南岳")
    assert [h["id"] for h in doc["hits"]] == [ids[7]]
    _, check = run_json(capsys, *args, "check")
    assert check["ok"], check


def test_an_index_left_behind_by_a_crash_catches_up(capsys, lib, library_dir):
    args, ids = lib
    with Archive.open(library_dir) as archive:
        archive.search.sync = lambda: None  # as if killed right after the catalogue commit
        archive.set_caption(ids[2], "图为衡阳县的油菜花田。")
    _, doc = run_json(capsys, *args, "search", "油菜花")
    assert [h["id"] for h in doc["hits"]] == [ids[2]]


def test_reindex_rebuilds_on_demand(capsys, lib):
    args, _ = lib
    code, doc = run_json(capsys, *args, "reindex")
    assert code == 0 and doc == {"indexed": 7}
    _, doc = run_json(capsys, *args, "search", "衡阳")
    assert doc["total"] == 7


def test_a_busy_index_never_blocks_an_edit_and_the_change_is_applied_later(lib, library_dir):
    import subprocess
    import sys
    import time

    _args, ids = lib
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time\n"
            "from photoarchive.search.layout import write_lock\n"
            f"with write_lock({str(library_dir / 'index')!r}, 5):\n"
            "    print('held', flush=True); time.sleep(5)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with Archive.open(library_dir) as archive:
            started = time.monotonic()
            archive.set_caption(ids[1], "图为衡阳的龙舟赛。")
            assert time.monotonic() - started < 5  # waited at most INDEX_WAIT, then queued
    finally:
        holder.wait(timeout=30)
    with Archive.open(library_dir) as archive:  # the queued change is applied on open
        assert [h.photo_id for h in archive.search.find("龙舟").hits] == [ids[1]]
