"""End-to-end import through the real CLI entry point, on a real library."""

from __future__ import annotations

import json

import pytest

from photoarchive.cli.main import main
from tests.conftest import SAMPLE_EXPECTED, SAMPLE_IMAGES, jpeg_bytes, run_json, write_photos


def test_sample_feature_imports_every_photo_with_its_caption_and_credit(
    capsys, library_dir, sample_feature
):
    text, photos = sample_feature
    code, doc = run_json(
        capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos)
    )
    assert code == 0
    expected = json.loads(SAMPLE_EXPECTED.read_text(encoding="utf-8"))
    assert doc["feature"]["title"] == expected["title"]
    assert doc["feature"]["kicker"] == expected["kicker"]
    assert doc["feature"]["byline"] == expected["byline"]
    assert doc["feature"]["paragraphs"] == expected["body_paragraph_count"]
    assert len(doc["imported"]) == 7 and doc["duplicates"] == [] and doc["failed"] == []
    by_position = {p["feature"]["position"]: p for p in doc["photos"]}
    for exp in expected["photos"]:
        got = by_position[exp["position"]]
        assert got["caption"] == exp["caption"]
        assert got["file"] == f"img{exp['position']}.jpg"
        assert got["credit"]["as_printed"] == exp["credit"]["as_printed"]
        assert got["credit"]["role"] == exp["credit"]["role"]
        assert [(c["name"], c["kind"]) for c in got["credit"]["contributors"]] == [
            (c["name"], c["kind"]) for c in exp["credit"]["contributors"]
        ]
        assert got["camera"] == {"make": "Canon", "model": "EOS R5"}
        assert got["taken_at"] == "2021-09-27T10:30:00"
        assert (library_dir / got["path"]).is_file()


def test_second_import_adds_nothing_and_reports_duplicates(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    _, first = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    code, second = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    assert code == 0
    assert second["imported"] == [] and second["feature_created"] is False
    assert second["feature"]["id"] == first["feature"]["id"]
    assert sorted(d["photo_id"] for d in second["duplicates"]) == sorted(first["imported"])
    _, listing = run_json(capsys, *lib, "list")
    assert len(listing["photos"]) == 7
    _, feats = run_json(capsys, *lib, "features")
    assert len(feats["features"]) == 1


def test_count_mismatch_writes_nothing_and_lists_both_sides(
    capsys, library_dir, tmp_path, sample_feature
):
    text, photos = sample_feature
    (photos / "img7.jpg").unlink()
    code = main(["--library", str(library_dir), "import", str(text), "--photos", str(photos)])
    err = capsys.readouterr().err
    assert code == 2
    assert "7 captions but 6 photos" in err and "caption 7 has no photo" in err
    assert "--allow-mismatch" in err and "Nothing was written" in err
    _, listing = run_json(capsys, "--library", str(library_dir), "list")
    _, feats = run_json(capsys, "--library", str(library_dir), "features")
    assert listing["photos"] == [] and feats["features"] == []


def test_allow_mismatch_imports_what_pairs_and_keeps_unmatched_captions(
    capsys, library_dir, sample_feature
):
    text, photos = sample_feature
    (photos / "img7.jpg").unlink()
    lib = ["--library", str(library_dir)]
    code, doc = run_json(
        capsys, *lib, "import", str(text), "--photos", str(photos), "--allow-mismatch"
    )
    assert code == 0
    assert len(doc["imported"]) == 6 and doc["unmatched_captions"] == [7]
    _, feats = run_json(capsys, *lib, "features")
    assert feats["features"][0]["unmatched_captions"] == [7]


def test_natural_order_puts_img2_before_img10(tmp_path):
    from photoarchive.importer.pairing import list_photos

    folder = tmp_path / "p"
    folder.mkdir()
    for name in ("img10.jpg", "img2.jpg", "IMG1.JPG", "notes.txt", ".hidden.jpg"):
        (folder / name).write_bytes(b"x")
    assert [p.name for p in list_photos(folder)] == ["IMG1.JPG", "img2.jpg", "img10.jpg"]


def test_pairing_csv_gives_the_order(capsys, library_dir, sample_feature, tmp_path):
    text, photos = sample_feature
    csv = tmp_path / "pairing.csv"
    csv.write_text(
        "filename,position\n" + "".join(f"img{i}.jpg,{8 - i}\n" for i in range(1, 8)),
        encoding="utf-8",
    )
    code, doc = run_json(
        capsys,
        "--library",
        str(library_dir),
        "import",
        str(text),
        "--photos",
        str(photos),
        "--pairing",
        str(csv),
    )
    assert code == 0
    assert {p["file"]: p["feature"]["position"] for p in doc["photos"]}["img1.jpg"] == 7
    credit_of_img7 = next(p for p in doc["photos"] if p["file"] == "img7.jpg")["credit"]
    assert credit_of_img7["contributors"][0]["name"] == "罗盟"


def test_dry_run_shows_the_pairing_and_writes_nothing(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    code, doc = run_json(
        capsys,
        "--library",
        str(library_dir),
        "import",
        str(text),
        "--photos",
        str(photos),
        "--dry-run",
    )
    assert code == 0
    assert [p["position"] for p in doc["pairs"]] == list(range(1, 8))
    assert doc["pairs"][5]["credit"]["contributors"][0]["name"] == "周围"
    _, listing = run_json(capsys, "--library", str(library_dir), "list")
    assert listing["photos"] == []


def test_dry_run_json_explains_every_paragraph_and_credit(capsys, sample_feature):
    text, photos = sample_feature
    code, doc = run_json(capsys, "import", str(text), "--photos", str(photos), "--dry-run")
    assert code == 0
    taken = [d["taken_as"] for d in doc["feature"]["decisions"]]
    assert taken.count("caption") == 7 and taken.count("body") + taken.count("heading") == 13
    assert taken[:3] == ["header", "header", "header"]  # kicker, title, byline
    reasons = {d["reason"] for d in doc["feature"]["decisions"] if d["taken_as"] == "caption"}
    assert any("ends in a credit (周 围 摄)" in r for r in reasons)
    credit = doc["pairs"][5]["credit"]
    assert credit["tokens"] == [
        {"kind": "names", "text": "周"},
        {"kind": "names", "text": "围"},
        {"kind": "role", "text": "摄"},
    ]
    assert credit["usage_notes"] == [] and credit["guesses"] == []


def test_photos_alone_take_caption_and_credit_from_embedded_metadata(capsys, library_dir, tmp_path):
    folder = tmp_path / "alone"
    folder.mkdir()
    for name in ("exiftool__IPTC.jpg", "exiftool__XMP.jpg", "exifsamples__gps_DSCN0010.jpg"):
        (folder / name).write_bytes((SAMPLE_IMAGES / name).read_bytes())
    code, doc = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 0 and doc["feature"] is None
    by_file = {p["file"]: p for p in doc["photos"]}
    iptc = by_file["exiftool__IPTC.jpg"]
    assert iptc["caption"] == "A witty caption" and iptc["embedded_caption"] == "A witty caption"
    assert iptc["credit"]["contributors"][0]["name"] == "Phil Harvey"
    xmp = by_file["exiftool__XMP.jpg"]
    assert xmp["caption"] == "A witty caption"  # EXIF is read first (MWG)
    (differs,) = [d for d in xmp["metadata_disagreements"] if d["field"] == "caption"]
    assert differs["used"] == "EXIF"
    assert differs["others"] == [{"block": "XMP", "value": "UTF-16 (big-endian) encoded XMP"}]
    gps = by_file["exifsamples__gps_DSCN0010.jpg"]
    assert gps["caption"] == "" and gps["credit"] is None
    assert gps["gps"]["lat"] == pytest.approx(43.4674483, abs=1e-6)
    assert gps["gps"]["lon"] == pytest.approx(11.8851267, abs=1e-6)


def test_feature_caption_wins_and_embedded_caption_is_kept(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    (photos / "img1.jpg").write_bytes((SAMPLE_IMAGES / "exiftool__IPTC.jpg").read_bytes())
    _, doc = run_json(
        capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos)
    )
    first = next(p for p in doc["photos"] if p["file"] == "img1.jpg")
    assert first["caption"].startswith("衡阳市以建设国家创新型城市为契机")
    assert first["embedded_caption"] == "A witty caption"


def test_unreadable_photos_are_reported_and_the_rest_import(capsys, library_dir, tmp_path):
    folder = tmp_path / "mixed"
    write_photos(folder, 2)
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "notes.jpg").write_text("这不是照片", encoding="utf-8")
    whole = jpeg_bytes((800, 600), seed=99)
    (folder / "truncated.jpg").write_bytes(whole[: len(whole) // 2])
    (folder / "corrupted.jpg").write_bytes(
        (SAMPLE_IMAGES / "exifsamples__corrupted.jpg").read_bytes()
    )
    code, doc = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 1
    failed = {f["file"]: f["error"] for f in doc["failed"]}
    assert set(failed) == {"empty.jpg", "notes.jpg", "truncated.jpg"}
    assert "empty" in failed["empty.jpg"]
    assert "truncated" in failed["truncated.jpg"] or "decoded" in failed["truncated.jpg"]
    by_file = {p["file"]: p for p in doc["photos"]}
    assert set(by_file) == {"img1.jpg", "img2.jpg", "corrupted.jpg"}
    olympus = by_file["corrupted.jpg"]
    assert olympus["camera"] == {"make": "OLYMPUS IMAGING CORP.", "model": "u1020,S1020"}
    assert olympus["taken_at"] == "2015-09-08T11:02:17"
    assert olympus["caption"] == ""  # "OLYMPUS DIGITAL CAMERA" is boilerplate
    code, check = run_json(capsys, "--library", str(library_dir), "check")
    assert code == 0 and check["ok"], check


def test_decompression_bomb_is_refused(capsys, library_dir, tmp_path):
    from PIL import Image

    folder = tmp_path / "bomb"
    folder.mkdir()
    limit = Image.MAX_IMAGE_PIXELS
    try:
        Image.MAX_IMAGE_PIXELS = 1000 * 1000  # a 1.2 MP file is then a "bomb"
        (folder / "bomb.jpg").write_bytes(jpeg_bytes((1200, 1000)))
        code, doc = run_json(
            capsys, "--library", str(library_dir), "import", "--photos", str(folder)
        )
    finally:
        Image.MAX_IMAGE_PIXELS = limit
    assert code == 1
    assert doc["imported"] == []
    assert "pixels" in doc["failed"][0]["error"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4, "binary"),
    ],
)
def test_unusable_feature_text_is_rejected_with_a_clear_message(
    capsys, library_dir, sample_feature, content, needle
):
    text, photos = sample_feature
    text.write_bytes(content)
    code = main(["--library", str(library_dir), "import", str(text), "--photos", str(photos)])
    err = capsys.readouterr().err
    assert code == 2
    assert needle in err.lower() and text.name in err
    assert "Traceback" not in err


def test_gbk_feature_text_imports_like_utf8(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    text.write_bytes(text.read_text(encoding="utf-8").encode("gb18030"))
    code, doc = run_json(
        capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos)
    )
    assert code == 0
    assert doc["feature"]["byline"] == ["李苗", "徐德荣", "唐曦", "王卫全"]
    assert len(doc["imported"]) == 7


def test_show_returns_the_documented_photo_object(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    _, doc = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    photo_id = doc["imported"][5]
    code, photo = run_json(capsys, *lib, "show", str(photo_id))
    assert code == 0
    assert set(photo) >= {
        "id",
        "sha256",
        "file",
        "path",
        "width",
        "height",
        "format",
        "taken_at",
        "camera",
        "orientation",
        "gps",
        "caption",
        "embedded_caption",
        "credit",
        "feature",
    }
    assert photo["credit"]["contributors"] == [
        {"name": "周围", "kind": "person", "affiliation": None}
    ]
    assert photo["feature"]["position"] == 6
    assert photo["width"] == 640 and photo["height"] == 480 and photo["format"] == "JPEG"
    code = main([*lib, "show", "999"])
    assert code == 2 and "no photo 999" in capsys.readouterr().err


def test_caption_edit_is_saved_and_kept_in_history(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    _, doc = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    pid = str(doc["imported"][0])
    code, photo = run_json(capsys, *lib, "caption", pid, "新的图片说明")
    assert code == 0 and photo["caption"] == "新的图片说明"
    _, hist = run_json(capsys, *lib, "history", pid)
    assert hist["history"][-1]["new"] == "新的图片说明"
    assert hist["history"][-1]["old"].startswith("衡阳市以建设")


def test_same_feature_with_other_photos_asks_before_a_second_photo_per_position(
    capsys, library_dir, sample_feature
):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    others = write_photos(photos.parent / "others", 7, start_seed=500)
    argv = [*lib, "import", str(text), "--photos", str(others[0].parent)]
    code = main(argv)
    err = capsys.readouterr().err
    assert code == 2
    assert "positions [1, 2, 3, 4, 5, 6, 7]" in err and "Nothing was imported" in err
    assert "--when-taken add" in err and "--when-taken skip" in err
    _, listed = run_json(capsys, *lib, "list")
    assert len(listed["photos"]) == 7  # nothing was written
    _, again = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    assert again["imported"] == [] and len(again["duplicates"]) == 7  # the same files: no ask


def test_when_taken_add_keeps_both_and_says_so(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    others = write_photos(photos.parent / "others", 7, start_seed=500)
    argv = [*lib, "import", str(text), "--photos", str(others[0].parent), "--when-taken", "add"]
    code, doc = run_json(capsys, *argv)
    assert code == 0 and len(doc["imported"]) == 7 and not doc["feature_created"]
    assert "already had photos at positions [1, 2, 3, 4, 5, 6, 7]" in doc["warnings"][0]
    _, again = run_json(capsys, *argv)
    assert again["imported"] == [] and again["warnings"] == []


def test_when_taken_skip_imports_only_the_free_positions(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    _, listed = run_json(capsys, *lib, "list")
    run_json(capsys, *lib, "delete", str(listed["photos"][1]["id"]))  # position 2 is free again
    others = write_photos(photos.parent / "others", 7, start_seed=500)
    argv = [*lib, "import", str(text), "--photos", str(others[0].parent), "--when-taken", "skip"]
    code, doc = run_json(capsys, *argv)
    assert code == 0 and len(doc["imported"]) == 1
    assert doc["photos"][0]["feature"]["position"] == 2
    assert len(doc["skipped"]) == 6
    assert doc["skipped"][0]["reason"] == "position 1 already has its photo"


def test_photos_imported_first_get_the_feature_caption_later(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    _, alone = run_json(capsys, *lib, "import", "--photos", str(photos))
    code, doc = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    assert code == 0 and doc["imported"] == [] and doc["duplicates"] == []
    assert sorted(doc["linked"]) == sorted(alone["imported"])
    by_position = {p["feature"]["position"]: p for p in doc["photos"]}
    assert by_position[6]["credit"]["contributors"][0]["name"] == "周围"
    assert by_position[4]["caption"].startswith("衡阳市大力开展杂交水稻")
    _, hits = run_json(capsys, *lib, "search", "水稻")
    assert [h["id"] for h in hits["hits"]] == [by_position[4]["id"]]
    _, handout = run_json(capsys, *lib, "license", "show", str(by_position[2]["id"]))
    assert handout["licence"]["kind"] == "handout"
    _, photo4 = run_json(capsys, *lib, "show", str(by_position[4]["id"]))
    assert photo4["themes"][0]["key"] == "agriculture"
    _, hist = run_json(capsys, *lib, "history", str(by_position[4]["id"]))
    assert {h["field"] for h in hist["history"]} >= {"feature", "caption", "credit"}
    _, again = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    assert again["linked"] == [] and len(again["duplicates"]) == 7


def test_a_medium_format_frame_is_not_mistaken_for_a_bomb(capsys, library_dir, tmp_path):
    from PIL import Image

    folder = tmp_path / "gfx"
    folder.mkdir()
    Image.new("RGB", (11648, 8736), (90, 120, 60)).save(folder / "gfx100.jpg", quality=50)
    code, doc = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 0, doc["failed"]
    assert (doc["photos"][0]["width"], doc["photos"][0]["height"]) == (11648, 8736)


def test_a_pairing_file_without_a_header_or_in_gbk_is_understood(
    capsys, library_dir, sample_feature, tmp_path
):
    text, photos = sample_feature
    bad = tmp_path / "bad.csv"
    bad.write_text("img1.jpg,one\n", encoding="utf-8")
    code = main(
        [
            "--library",
            str(library_dir),
            "import",
            str(text),
            "--photos",
            str(photos),
            "--pairing",
            str(bad),
        ]
    )
    assert code == 2 and "'one' is not a positive number" in capsys.readouterr().err
    gbk = tmp_path / "顺序.csv"
    gbk.write_bytes(
        ("文件名,位置\n" + "".join(f"img{i}.jpg,{i}\n" for i in range(1, 8))).encode("gbk")
    )
    code, doc = run_json(
        capsys,
        "--library",
        str(library_dir),
        "import",
        str(text),
        "--photos",
        str(photos),
        "--pairing",
        str(gbk),
    )
    assert code == 0 and len(doc["imported"]) == 7


def test_failure_reasons_do_not_repeat_the_file_name(capsys, library_dir, tmp_path):
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "notes.jpg").write_text("text", encoding="utf-8")
    _, doc = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert "notes.jpg" not in doc["failed"][0]["error"]
