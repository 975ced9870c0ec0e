"""Near-duplicates: a re-saved, resized copy of a stored photo is found; other photos are not."""

from __future__ import annotations

import io
import shutil
import sqlite3

import pytest
from PIL import Image

from tests.conftest import DATA, run_json

IMAGES = DATA / "images"
CANON, NIKON, GPS = (
    IMAGES / "exifsamples__Canon_40D.jpg",
    IMAGES / "exifsamples__Nikon_D70.jpg",
    IMAGES / "exifsamples__gps_DSCN0010.jpg",
)


def _resaved(path, *, scale: float = 0.5, quality: int = 60) -> bytes:
    """What a wire service's re-send looks like: smaller, recompressed."""
    with Image.open(path) as im:
        small = im.resize((int(im.width * scale), int(im.height * scale)))
        out = io.BytesIO()
        small.save(out, "JPEG", quality=quality)
        return out.getvalue()


@pytest.fixture
def stored(tmp_path, library_dir, capsys) -> tuple[list[str], dict[str, int]]:
    folder = tmp_path / "first"
    folder.mkdir()
    for path in (CANON, NIKON, GPS):
        shutil.copy(path, folder / path.name)
    args = ["--library", str(library_dir)]
    _, doc = run_json(capsys, *args, "import", "--photos", str(folder))
    assert doc["similar"] == []  # three different pictures
    return args, {p["file"]: p["id"] for p in doc["photos"]}


def test_a_resent_copy_is_reported_at_import_and_by_similar(tmp_path, stored, capsys):
    args, ids = stored
    folder = tmp_path / "resent"
    folder.mkdir()
    (folder / "resent.jpg").write_bytes(_resaved(CANON))
    _, doc = run_json(capsys, *args, "import", "--photos", str(folder))
    assert [(s["file"], s["photo_id"]) for s in doc["similar"]] == [("resent.jpg", ids[CANON.name])]
    assert doc["similar"][0]["distance"] <= 10
    new_id = doc["imported"][0]
    code, found = run_json(capsys, *args, "similar", str(new_id))
    assert code == 0 and found["photo_id"] == new_id
    assert [s["photo_id"] for s in found["similar"]] == [ids[CANON.name]]
    _, none = run_json(capsys, *args, "similar", str(ids[NIKON.name]))
    assert none["similar"] == []


def test_photos_stored_before_hashes_get_one_from_their_thumbnail(
    tmp_path, stored, library_dir, capsys
):
    args, ids = stored
    con = sqlite3.connect(library_dir / "catalogue.sqlite")
    with con:
        stamps = dict(con.execute("SELECT id, updated_at FROM photo"))
        con.execute("UPDATE photo SET phash = NULL")
    con.close()
    folder = tmp_path / "resent"
    folder.mkdir()
    (folder / "resent.jpg").write_bytes(_resaved(GPS, scale=0.7, quality=50))
    _, doc = run_json(capsys, *args, "import", "--photos", str(folder))
    _, found = run_json(capsys, *args, "similar", str(doc["imported"][0]))
    assert [s["photo_id"] for s in found["similar"]] == [ids[GPS.name]]
    con = sqlite3.connect(library_dir / "catalogue.sqlite")
    assert con.execute("SELECT count(*) FROM photo WHERE phash IS NULL").fetchone() == (0,)
    after = dict(con.execute("SELECT id, updated_at FROM photo"))
    con.close()
    assert {pid: after[pid] for pid in stamps} == stamps  # a hash is no edit
    _, check = run_json(capsys, *args, "check")
    assert check["ok"], check


def test_similar_for_a_missing_photo_says_so(stored, capsys):
    from photoarchive.cli.main import main

    args, _ = stored
    assert main([*args, "similar", "999"]) == 2
    assert "no photo 999" in capsys.readouterr().err


def test_the_hash_table_finds_exactly_the_hashes_within_the_distance():
    import random

    from photoarchive.storage.similarity import HashTable

    rng = random.Random(7)
    stored = [(pid, f"{rng.getrandbits(128):032x}") for pid in range(1, 2001)]
    whole, centre = int(stored[41][1][:16], 16) ^ 0b1011, rng.getrandbits(64)  # photo 42, 3 bits

    def bits(x: int) -> int:
        return bin(x).count("1")

    def apart(h: str) -> int:
        w, c = int(h[:16], 16), int(h[16:], 16)
        return min(bits(w ^ whole), bits(w ^ centre), bits(c ^ whole))

    table = HashTable(stored)
    for within in (0, 3, 20, 64):
        expected = sorted((apart(h), pid) for pid, h in stored if apart(h) <= within)
        found = table.near(f"{whole:016x}{centre:016x}", within=within)
        assert [(n.distance, n.photo_id) for n in found] == expected, within
    everyone_else = table.near(stored[0][1], within=64, exclude=1)
    assert len(everyone_else) == 1999 and 1 not in {n.photo_id for n in everyone_else}
