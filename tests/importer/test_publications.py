"""One photo, many uses: a feature that prints a stored photo adds a publication.

Nothing printed is dropped: the second feature's caption and credit are kept
beside the photo's own, shown by ``show``, and found by search.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import DATA, run_json, write_photos

SECOND = DATA / "captions" / "features" / "zh-hans-bjnews-tianshan.txt"  # a real feature


@pytest.fixture
def two_features(tmp_path, sample_feature, library_dir, capsys) -> tuple[list[str], int, Path]:
    """The sample feature imported; a second, real feature whose 4th photo is its photo 3."""
    text, photos = sample_feature
    args = ["--library", str(library_dir)]
    _, first = run_json(capsys, *args, "import", str(text), "--photos", str(photos))
    reused = next(p for p in first["photos"] if p["feature"]["position"] == 3)
    folder = tmp_path / "second"
    write_photos(folder / "photos", 7, start_seed=100)
    shutil.copy(photos / reused["file"], folder / "photos" / "img4.jpg")
    shutil.copy(SECOND, folder / "tianshan.txt")
    return args, reused["id"], folder


def test_a_second_feature_adds_a_publication_and_keeps_its_caption(capsys, two_features):
    args, photo_id, folder = two_features
    code, doc = run_json(
        capsys, *args, "import", str(folder / "tianshan.txt"), "--photos", str(folder / "photos")
    )
    assert code == 0
    assert len(doc["imported"]) == 6
    assert doc["republished"] == [{"file": "img4.jpg", "photo_id": photo_id, "position": 4}]
    _, shown = run_json(capsys, *args, "show", str(photo_id))
    assert shown["caption"].endswith("图为特变电工衡阳变压器有限公司工作人员在调试设备。")
    assert shown["feature"]["position"] == 3  # the archive's own caption stays
    used = shown["publications"]
    assert [(u["feature"]["title"], u["position"]) for u in used] == [
        (shown["feature"]["title"], 3),
        ("天山脚下 风雪砺兵", 4),
    ]
    assert used[1]["caption"] == "部队行军途中。"
    assert used[1]["credit"]["as_printed"] == "新京报记者 陶冉 通讯员 周凯威 摄影报道"
    assert [c["name"] for c in used[1]["credit"]["contributors"]] == ["陶冉", "周凯威"]


def test_the_printed_caption_finds_the_photo(capsys, two_features):
    args, photo_id, folder = two_features
    run_json(
        capsys, *args, "import", str(folder / "tianshan.txt"), "--photos", str(folder / "photos")
    )
    _, found = run_json(capsys, *args, "search", "变压器 部队行军途中")
    assert [h["id"] for h in found["hits"]] == [photo_id]
    _, by_credit = run_json(capsys, *args, "search", "credit:陶冉")
    assert photo_id in [h["id"] for h in by_credit["hits"]]
    _, check = run_json(capsys, *args, "check")
    assert check["ok"], check


def test_importing_the_second_feature_again_adds_nothing(capsys, two_features):
    args, photo_id, folder = two_features
    argv = [*args, "import", str(folder / "tianshan.txt"), "--photos", str(folder / "photos")]
    run_json(capsys, *argv)
    _, again = run_json(capsys, *argv)
    assert again["imported"] == [] and again["republished"] == []
    _, shown = run_json(capsys, *args, "show", str(photo_id))
    assert len(shown["publications"]) == 2


def test_show_says_where_a_photo_was_used(capsys, two_features):
    from photoarchive.cli.main import main

    args, photo_id, folder = two_features
    run_json(
        capsys, *args, "import", str(folder / "tianshan.txt"), "--photos", str(folder / "photos")
    )
    assert main([*args, "show", str(photo_id)]) == 0
    text = capsys.readouterr().out
    assert "used in 2 features:" in text
    assert "printed: 部队行军途中。" in text


def test_deleting_the_photo_removes_its_publications_not_the_features(capsys, two_features):
    args, photo_id, folder = two_features
    run_json(
        capsys, *args, "import", str(folder / "tianshan.txt"), "--photos", str(folder / "photos")
    )
    run_json(capsys, *args, "delete", str(photo_id))
    _, features = run_json(capsys, *args, "features")
    assert len(features["features"]) == 2
    _, found = run_json(capsys, *args, "search", "部队行军途中")
    assert photo_id not in [h["id"] for h in found["hits"]]
    _, check = run_json(capsys, *args, "check")
    assert check["ok"], check


def test_a_feature_lists_every_photo_it_printed_in_its_own_order(capsys, two_features):
    args, photo_id, folder = two_features
    _, doc = run_json(
        capsys, *args, "import", str(folder / "tianshan.txt"), "--photos", str(folder / "photos")
    )
    second = doc["feature"]["id"]
    _, listed = run_json(capsys, *args, "list", "--feature", str(second))
    ids = [p["id"] for p in listed["photos"]]
    assert len(ids) == 7 and ids[3] == photo_id  # position 4 there, though stored with another
    _, features = run_json(capsys, *args, "features")
    by_id = {f["id"]: f for f in features["features"]}
    assert by_id[second]["photos"] == 7 and by_id[second]["unmatched_captions"] == []
    first = next(f for f in by_id if f != second)
    assert by_id[first]["photos"] == 7
