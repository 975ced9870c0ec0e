"""The demo library: seven distinct placeholder photos with EXIF, imported once."""

from __future__ import annotations

import hashlib

import exifread
import pytest

from photoarchive.demo import PHOTOS, build_demo, render_photo, write_demo_photos


def test_demo_photos_are_distinct_deterministic_and_carry_exif(tmp_path):
    paths = write_demo_photos(tmp_path / "photos")
    assert [p.name for p in paths] == [f"hengyang_{i:02d}.jpg" for i in range(1, 8)]
    hashes = {hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}
    assert len(hashes) == 7
    assert render_photo(PHOTOS[0]) == paths[0].read_bytes()  # the same bytes every time
    with paths[6].open("rb") as fh:
        tags = exifread.process_file(fh, details=False)
    assert str(tags["Image Make"]) == "Canon"
    assert str(tags["EXIF DateTimeOriginal"]) == "2021:09:05 06:10:00"
    assert str(tags["GPS GPSLatitudeRef"]) == "N" and str(tags["GPS GPSLongitudeRef"]) == "E"
    with paths[0].open("rb") as fh:
        assert "GPS GPSLatitude" not in exifread.process_file(fh, details=False)


def test_building_twice_imports_once(archive):
    first = build_demo(archive)
    assert first.imported == 7 and not first.already_built
    photos = archive.photos()
    assert [p.feature.position for p in photos] == list(range(1, 8))
    assert photos[6].gps.lat == pytest.approx(27.2977, abs=1e-3)
    assert photos[3].credit.contributors[0].name == "易建军"
    again = build_demo(archive)
    assert again.already_built and again.imported == 0
    assert archive.photo_count() == 7
