"""check and check --repair on a library damaged on purpose."""

from __future__ import annotations

import pytest

from tests.conftest import run_json


@pytest.fixture
def lib(capsys, library_dir, sample_feature) -> tuple[list[str], list[dict]]:
    text, photos = sample_feature
    args = ["--library", str(library_dir)]
    _, doc = run_json(capsys, *args, "import", str(text), "--photos", str(photos))
    return args, doc["photos"]


def test_a_damaged_original_is_named_and_the_rest_is_still_repaired(capsys, lib, library_dir):
    args, photos = lib
    broken, changed = photos[3], photos[4]
    original = library_dir / broken["path"]
    original.write_bytes(original.read_bytes()[:300])
    (library_dir / "thumbs" / broken["sha256"][:2] / f"{broken['sha256']}.jpg").unlink()
    (library_dir / "thumbs" / photos[0]["sha256"][:2] / f"{photos[0]['sha256']}.jpg").unlink()
    stray = library_dir / "originals" / "zz" / "stray.jpg"
    stray.parent.mkdir()
    stray.write_bytes(b"not ours")
    tampered = library_dir / changed["path"]
    data = bytearray(tampered.read_bytes())
    data[-100] ^= 0xFF
    tampered.write_bytes(bytes(data))

    code, report = run_json(capsys, *args, "check", "--repair")
    assert code == 1
    kinds = {p["kind"]: p for p in report["problems"]}
    assert kinds["unreadable_original"]["photo_id"] == broken["id"]
    assert f"photoarchive delete {broken['id']}" in kinds["unreadable_original"]["detail"]
    repaired = {r["kind"] for r in report["repaired"]}
    assert {"thumbnail_rebuilt", "orphan_moved"} <= repaired
    assert (library_dir / "orphans" / "zz_stray.jpg").read_bytes() == b"not ours"

    code, plain = run_json(capsys, *args, "check")
    assert [p["kind"] for p in plain["problems"]] == ["missing_thumbnail"]
    code, verified = run_json(capsys, *args, "check", "--verify")
    damaged = [p for p in verified["problems"] if p["kind"] == "damaged_original"]
    assert {p["photo_id"] for p in damaged} == {broken["id"], changed["id"]}


def test_orphans_with_the_same_name_never_overwrite_each_other(capsys, lib, library_dir):
    args, _ = lib
    for folder in ("aa", "bb"):
        (library_dir / "originals" / folder).mkdir(exist_ok=True)
    (library_dir / "originals" / "aa" / "x.jpg").write_bytes(b"one")
    (library_dir / "orphans").mkdir()
    (library_dir / "orphans" / "aa_x.jpg").write_bytes(b"earlier")
    run_json(capsys, *args, "check", "--repair")
    names = sorted(p.name for p in (library_dir / "orphans").iterdir())
    assert names == ["aa_x.1.jpg", "aa_x.jpg"]


def test_stray_thumbnails_are_reported_and_removed(capsys, lib, library_dir):
    args, _ = lib
    stray = library_dir / "thumbs" / "ff" / ("f" * 64 + ".jpg")
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"x")
    code, report = run_json(capsys, *args, "check")
    assert code == 1 and report["problems"][0]["kind"] == "stray_thumbnails"
    run_json(capsys, *args, "check", "--repair")
    assert not stray.exists()
    code, report = run_json(capsys, *args, "check")
    assert code == 0 and report["ok"]
