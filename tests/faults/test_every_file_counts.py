"""A photo the importer cannot list must never hand its caption to the next photo."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from photoarchive.services import rows
from photoarchive.services.rows import Attention, RowFilter
from tests.conftest import jpeg_bytes, run_json
from tests.faults.conftest import dng_bytes, heic_bytes


@pytest.fixture
def feature(sample_feature) -> tuple[Path, Path]:
    """The sample feature (7 captions) with img3.jpg replaced by something else."""
    text, photos = sample_feature
    (photos / "img3.jpg").unlink()
    return text, photos


def _positions(capsys, library_dir: Path, text: Path, photos: Path) -> tuple[int, dict]:
    code, doc = run_json(
        capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos)
    )
    return code, doc


def _by_file(doc: dict) -> dict[str, int]:
    return {p["file"]: p["feature"]["position"] for p in doc["photos"]}


def test_a_heic_photo_is_imported_in_its_place(capsys, library_dir, feature):
    text, photos = feature
    (photos / "img3.heic").write_bytes(heic_bytes())
    code, doc = _positions(capsys, library_dir, text, photos)
    assert code == 0
    assert _by_file(doc) == {f"img{i}.{'heic' if i == 3 else 'jpg'}": i for i in range(1, 8)}
    heic = next(p for p in doc["photos"] if p["file"] == "img3.heic")
    assert heic["format"] == "HEIF" and heic["camera"]["make"] == "Apple"


def test_a_raw_photo_is_imported_untouched_with_its_exif(capsys, library_dir, feature, tmp_path):
    text, photos = feature
    raw = dng_bytes(tmp_path)
    (photos / "img3.dng").write_bytes(raw)
    code, doc = _positions(capsys, library_dir, text, photos)
    assert code == 0
    dng = next(p for p in doc["photos"] if p["file"] == "img3.dng")
    assert dng["feature"]["position"] == 3
    assert (dng["format"], dng["camera"]) == ("DNG", {"make": "Canon", "model": "EOS R5"})
    stored = next(library_dir.glob("originals/*/*.dng"))
    assert stored.read_bytes() == raw  # the original, byte for byte
    assert next(library_dir.glob("thumbs/*/*.jpg")).stat().st_size > 0


@pytest.mark.parametrize("suffix", [".CR2", ".NEF", ".ARW", ".CR3", ".avif"])
def test_a_photo_that_cannot_be_read_keeps_its_place(capsys, library_dir, feature, suffix):
    text, photos = feature
    (photos / f"img3{suffix}").write_bytes(b"\x00" * 64 + b"not really a raw file")
    code, doc = run_json(
        capsys,
        "--library",
        str(library_dir),
        "import",
        str(text),
        "--photos",
        str(photos),
    )
    assert code == 1  # partial: one photo failed
    assert _by_file(doc) == {f"img{i}.jpg": i for i in range(1, 8) if i != 3}
    (failed,) = doc["failed"]
    assert (
        failed["file"] == f"img3{suffix}"
        and "caption (3) stays with the feature" in failed["error"]
    )
    from photoarchive.services.archive import Archive

    with Archive.open(library_dir) as archive:
        unmatched = RowFilter(attention=Attention.UNMATCHED)
        assert rows.row_count(archive.library.catalogue, unmatched) == 6  # its feature's photos


def test_files_that_are_no_photos_are_named_and_not_paired(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    (photos / "notes.txt").write_text("拍摄说明", encoding="utf-8")
    (photos / "img1.xmp").write_text("<x:xmpmeta/>", encoding="utf-8")
    (photos / "Thumbs.db").write_bytes(b"\x00")
    (photos / "raw").mkdir()
    code, plan = run_json(
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
    assert {s["file"]: s["reason"] for s in plan["skipped"]} == {
        "img1.xmp": "an XMP sidecar, not a photo",
        "notes.txt": "not a photo (.txt file); left out of the pairing",
        "raw": "a folder: photos in sub-folders are not imported",
    }
    code, doc = _positions(capsys, library_dir, text, photos)
    assert code == 0 and _by_file(doc) == {f"img{i}.jpg": i for i in range(1, 8)}
    assert len(doc["skipped"]) == 3


def test_a_missing_photo_type_stops_the_pairing_with_the_file_named(capsys, library_dir, feature):
    from photoarchive.cli.main import main

    text, photos = feature
    (photos / "img3.psd").write_bytes(b"8BPS")
    status = main(["--library", str(library_dir), "import", str(text), "--photos", str(photos)])
    err = capsys.readouterr().err
    assert status == 2
    assert "img3.psd was left out: not a photo (.psd file)" in err
    assert "Nothing was written" in err


@pytest.mark.skipif(os.name != "posix", reason="byte file names are a POSIX file system's")
def test_a_gbk_file_name_is_imported_readably_and_flagged(capsys, library_dir, tmp_path):
    folder = tmp_path / "zip"
    folder.mkdir()
    gbk = "照片3.jpg".encode("gbk")  # what a zip made on Chinese Windows unpacks to
    with open(os.path.join(os.fsencode(folder), gbk), "wb") as handle:
        handle.write(jpeg_bytes(seed=3))
    (folder / "图片1.jpg").write_bytes(jpeg_bytes(seed=1))
    code, plan = run_json(
        capsys, "--library", str(library_dir), "import", "--photos", str(folder), "--dry-run"
    )
    assert code == 0 and "照片3.jpg" in [p["file"] for p in plan["pairs"]]
    code, doc = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 0
    names = {p["file"]: p for p in doc["photos"]}
    assert set(names) == {"图片1.jpg", "照片3.jpg"}
    _, shown = run_json(
        capsys, "--library", str(library_dir), "show", str(names["照片3.jpg"]["id"])
    )
    assert any("GB18030" in note for note in shown["import_notes"])


def test_a_count_mismatch_creates_no_library(capsys, library_dir, sample_feature):
    from photoarchive.cli.main import main

    text, photos = sample_feature
    (photos / "img7.jpg").unlink()
    status = main(["--library", str(library_dir), "import", str(text), "--photos", str(photos)])
    assert status == 2 and "Nothing was written" in capsys.readouterr().err
    assert not library_dir.exists()
