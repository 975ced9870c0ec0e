"""EXIF, IIM and XMP that disagree: read by the MWG rules, the losers kept (issue 10.8).

The rules themselves are checked against exiftool in tests/metadata/test_metadata_mwg.py;
these follow a disagreeing file through import to what an archivist sees.
"""

from __future__ import annotations

from tests.conftest import run_json
from tests.metadata.test_metadata_mwg import mwg_file


def _import(capsys, library_dir, tmp_path, jpeg: bytes) -> dict:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "edited.jpg").write_bytes(jpeg)
    code, doc = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 0
    return doc["photos"][0]


def test_a_caption_edited_only_in_iptc_is_the_one_imported(capsys, library_dir, tmp_path):
    stale = mwg_file(exif=None, iim="RIGHT-caption", xmp="WRONG-caption", digest="stale")
    photo = _import(capsys, library_dir, tmp_path, stale)
    assert photo["caption"] == "RIGHT-caption"
    assert photo["credit"]["contributors"][0]["name"] == "RIGHT-by-line"
    fields = {d["field"]: d for d in photo["metadata_disagreements"]}
    assert fields["caption"]["others"] == [{"block": "XMP", "value": "WRONG-caption"}]
    assert fields["creator"]["value"] == ["RIGHT-by-line"]


def test_show_prints_what_each_block_says(capsys, library_dir, tmp_path):
    from photoarchive.cli.main import main

    stale = mwg_file(exif=None, iim="RIGHT-caption", xmp="WRONG-caption", digest="stale")
    photo = _import(capsys, library_dir, tmp_path, stale)
    assert main(["--library", str(library_dir), "show", str(photo["id"])]) == 0
    shown = capsys.readouterr().out
    assert "caption read from IPTC: RIGHT-caption" in shown
    assert "XMP says otherwise: WRONG-caption" in shown
    assert "digest differs" in shown


def test_blocks_in_agreement_leave_nothing_to_attend(capsys, library_dir, tmp_path):
    same = mwg_file(
        exif=None, iim="Same caption", xmp="Same caption", digest="matching", creator=False
    )
    photo = _import(capsys, library_dir, tmp_path, same)
    assert photo["metadata_disagreements"] == []
