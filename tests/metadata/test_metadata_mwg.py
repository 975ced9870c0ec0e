"""EXIF, IIM and XMP that disagree are read by the MWG rules, as exiftool reads them.

Each file below holds "RIGHT-…" in the block MWG says to read and "WRONG-…" in
the others (the idea of exiftool's own t/images/MWG.jpg). exiftool's
``-use MWG`` reading is the independent check: over every combination of blocks
present and IIM digest state, photoarchive picks what exiftool picks.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from photoarchive.metadata import read_metadata
from photoarchive.metadata.reconcile import exif_list, readable_exif, reconcile
from tests.exiftool import require_exiftool
from tests.metadata.metadata_builders import iim_block, make_jpeg, with_iim, with_xmp, xmp_packet

DIGESTS = ("none", "matching", "stale")


def mwg_file(
    *, exif: str | None, iim: str | None, xmp: str | None, digest: str, creator: bool = True
) -> bytes:
    """A JPEG with a caption (and a creator) in the blocks asked for, named after the block."""
    tags = Image.Exif()
    if exif is not None:
        tags[0x010E] = exif
        if creator:
            tags[0x013B] = exif.replace("caption", "artist")
    jpeg = make_jpeg(exif=tags)
    if iim is not None:
        datasets = [(1, 90, b"\x1b%G"), (2, 120, iim.encode())]
        if creator:
            datasets.append((2, 80, iim.replace("caption", "by-line").encode()))
        block = iim_block(datasets)
        stored = {
            "none": None,
            "matching": hashlib.md5(block).digest(),
            "stale": hashlib.md5(b"before" + block).digest(),
        }[digest]
        jpeg = with_iim(jpeg, datasets, digest=stored)
    if xmp is not None:
        body = f"<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>{xmp}</rdf:li></rdf:Alt>"
        body += "</dc:description>"
        if creator:
            who = xmp.replace("caption", "creator")
            body += f"<dc:creator><rdf:Seq><rdf:li>{who}</rdf:li></rdf:Seq></dc:creator>"
        jpeg = with_xmp(jpeg, xmp_packet(body).encode())
    return jpeg


def exiftool_mwg(exiftool: str, files: list[Path]) -> dict[str, dict]:
    result = subprocess.run(
        [exiftool, "-j", "-use", "MWG", "-MWG:Description", "-MWG:Creator", *map(str, files)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return {Path(r["SourceFile"]).name: r for r in json.loads(result.stdout)}


def _combinations():
    for exif, iim, xmp, digest in itertools.product(
        (None, "", "EXIF-caption"), (None, "IIM-caption"), (None, "XMP-caption"), DIGESTS
    ):
        if iim is None and digest != "none":
            continue  # a digest describes an IIM block
        yield exif, iim, xmp, digest


def test_every_combination_reads_as_exiftool_reads_it(tmp_path: Path) -> None:
    exiftool = require_exiftool()
    files: dict[str, tuple] = {}
    for n, (exif, iim, xmp, digest) in enumerate(_combinations()):
        path = tmp_path / f"case{n:02d}.jpg"
        path.write_bytes(mwg_file(exif=exif, iim=iim, xmp=xmp, digest=digest))
        files[path.name] = (exif, iim, xmp, digest)
    expected = exiftool_mwg(exiftool, [tmp_path / name for name in files])
    checked = 0
    for name, case in files.items():
        meta = read_metadata((tmp_path / name).read_bytes(), name)
        theirs = expected[name]
        assert meta.embedded_caption == theirs.get("Description"), (case, theirs)
        creator = theirs.get("Creator")
        creators = tuple(creator) if isinstance(creator, list) else (creator,) if creator else ()
        assert meta.embedded_byline == creators, (case, theirs)
        checked += 1
    assert checked == len(files) > 20


def test_stale_xmp_loses_to_iim_changed_after_it() -> None:
    jpeg = mwg_file(exif=None, iim="RIGHT-caption", xmp="WRONG-caption", digest="stale")
    meta = read_metadata(jpeg, "stale.jpg")
    assert meta.embedded_caption == "RIGHT-caption"
    assert meta.embedded_byline == ("RIGHT-by-line",)
    caption = next(d for d in meta.disagreements if d.field == "caption")
    assert caption.used == "IPTC"
    assert caption.others == (("XMP", "WRONG-caption"),)
    assert "digest" in caption.why


def test_in_sync_xmp_wins_and_the_iim_value_is_kept_as_a_disagreement() -> None:
    jpeg = mwg_file(exif=None, iim="WRONG-caption", xmp="RIGHT-caption", digest="matching")
    meta = read_metadata(jpeg, "sync.jpg")
    assert meta.embedded_caption == "RIGHT-caption"
    fields = {d.field: d for d in meta.disagreements}
    assert fields["caption"].others == (("IPTC", "WRONG-caption"),)
    assert fields["creator"].value == ("RIGHT-creator",)
    assert fields["creator"].others == (("IPTC", ("WRONG-by-line",)),)


def test_exif_description_is_read_first_when_present() -> None:
    jpeg = mwg_file(exif="RIGHT-caption", iim="WRONG-caption", xmp="WRONG-caption", digest="none")
    meta = read_metadata(jpeg, "exif.jpg")
    assert meta.embedded_caption == "RIGHT-caption"
    assert meta.embedded_byline == ("RIGHT-artist",)


def test_blocks_that_agree_are_no_disagreement() -> None:
    jpeg = mwg_file(
        exif="Same caption", iim="Same caption", xmp="Same  caption", digest="none", creator=False
    )
    assert read_metadata(jpeg, "same.jpg").disagreements == ()


def test_blank_or_boilerplate_sources_fall_through() -> None:
    tags = Image.Exif()
    tags[0x010E] = "the real caption, from EXIF"
    jpeg = with_iim(make_jpeg(exif=tags), [(2, 120, b"SONY DSC")])
    jpeg = with_xmp(jpeg, xmp_packet("", 'dc:description="   "').encode())
    meta = read_metadata(jpeg, "fall.jpg")
    assert meta.embedded_caption == "the real caption, from EXIF"
    assert meta.disagreements == ()  # a placeholder is no caption, so nothing disagrees


def test_camera_boilerplate_in_exif_gives_way_to_the_real_caption() -> None:
    jpeg = mwg_file(exif="OLYMPUS DIGITAL CAMERA", iim=None, xmp="RIGHT-caption", digest="none")
    assert read_metadata(jpeg, "olympus.jpg").embedded_caption == "RIGHT-caption"


def test_exif_forced_into_question_marks_is_not_readable() -> None:
    assert readable_exif("????? ????") is None
    assert readable_exif("bad \ufffd bytes") is None
    assert readable_exif("Who? Where?") == "Who? Where?"
    reading = reconcile("caption", exif=readable_exif("?? ??"), xmp="长沙街头")
    assert reading.value == "长沙街头"


def test_iim_cut_at_its_length_limit_is_no_disagreement() -> None:
    full = "水" * 800  # 2,400 bytes in UTF-8, over IIM's 2,000-byte caption limit
    cut = full.encode()[:1998].decode("utf-8", "ignore")
    reading = reconcile("caption", iim=cut, xmp=full, iim_changed=True)
    assert reading.value == full
    assert reading.disagreement is None


def test_a_short_iim_that_starts_the_xmp_text_still_disagrees() -> None:
    reading = reconcile("caption", iim="Flood", xmp="Flood in Hunan", iim_changed=False)
    assert reading.value == "Flood in Hunan"
    assert reading.disagreement is not None


def test_mwg_artist_lists_are_split() -> None:
    assert exif_list('Li Ming; "Wang, Fang"') == ("Li Ming", "Wang, Fang")
    assert exif_list(None) == ()


@pytest.fixture
def tool_edited(tmp_path: Path) -> Path:
    """A file written in sync by an MWG tool, then its IIM edited by one that is not."""
    exiftool = require_exiftool()
    path = tmp_path / "edited.jpg"
    path.write_bytes(with_iim(make_jpeg(), [(2, 120, b"first")]))
    run = [exiftool, "-q", "-overwrite_original"]
    subprocess.run([*run, "-use", "MWG", "-MWG:Description=WRONG-caption", str(path)], check=True)
    subprocess.run([*run, "-IFD0:ImageDescription=", str(path)], check=True)
    subprocess.run([*run, "-IPTC:Caption-Abstract=RIGHT-caption", str(path)], check=True)
    return path


def test_a_file_edited_by_two_real_tools(tool_edited: Path) -> None:
    meta = read_metadata(tool_edited.read_bytes(), tool_edited.name)
    exiftool = shutil.which("exiftool")
    assert exiftool is not None
    theirs = exiftool_mwg(exiftool, [tool_edited])[tool_edited.name]
    assert meta.embedded_caption == theirs["Description"] == "RIGHT-caption"
    (caption,) = meta.disagreements
    assert caption.others == (("XMP", "WRONG-caption"),)
