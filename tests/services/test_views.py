"""The facade's photo views: typed and frozen for the GUI, the ``--json`` shape for the CLI.

The key lists below are what ``show --json`` printed when photos were plain
dictionaries; they are a public interface, so they are written out here rather
than taken from the views themselves.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from photoarchive.licensing import Licence, LicenceKind, Purpose
from photoarchive.services.views import PhotoView
from tests.conftest import jpeg_bytes, run_json
from tests.metadata.test_metadata_mwg import mwg_file

PHOTO_KEYS = [
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
    "credit_conflict",
    "no_confident_theme",
    "import_notes",
    "metadata_disagreements",
    "feature",
]
# show adds them; list, caption, credit do not
SHOW_KEYS = [*PHOTO_KEYS, "themes", "licence", "publications"]
CAMERA_KEYS = ["make", "model"]
GPS_KEYS = ["lat", "lon"]
CREDIT_KEYS = ["as_printed", "role", "contributors"]
CONTRIBUTOR_KEYS = ["name", "kind", "affiliation"]
FEATURE_KEYS = ["id", "title", "position"]
THEME_KEYS = ["key", "source", "score", "because", "label_zh", "label_en"]
LICENCE_KEYS = [
    "kind",
    "holder",
    "usage_terms",
    "purposes",
    "editorial_only",
    "credit_required",
    "expires",
    "source",
]
DISAGREEMENT_KEYS = ["field", "used", "value", "others", "why"]
BLOCK_KEYS = ["block", "value"]

AGENCY = Licence(
    kind=LicenceKind.AGENCY,
    holder="AP",
    usage_terms="Once only.",
    purposes=frozenset({Purpose.WEB, Purpose.PRINT}),
    editorial_only=True,
    credit_required=True,
    expires=dt.date(2099, 1, 31),
)


def _extra_photos(folder: Path) -> Path:
    """A photo whose IPTC and XMP disagree, and one with GPS."""
    folder.mkdir()
    stale = mwg_file(exif=None, iim="RIGHT-caption", xmp="WRONG-caption", digest="stale")
    (folder / "edited.jpg").write_bytes(stale)
    (folder / "gps.jpg").write_bytes(jpeg_bytes(gps=(27.3, 112.6), seed=99))
    return folder


@pytest.fixture
def imported(archive, sample_feature, tmp_path) -> dict[str, int]:
    """Photo ids by file name: the sample feature (img1..img7), edited.jpg and gps.jpg."""
    text, photos = sample_feature
    archive.import_job(archive.plan_import(text, photos)).run()
    extra = _extra_photos(tmp_path / "extra")
    archive.import_job(archive.plan_import(None, extra)).run()
    return {p.file: p.id for p in archive.photos()}


def _keys(doc: dict) -> list[str]:
    return list(doc)


def test_a_shown_photo_has_the_json_keys_and_nesting_show_prints(archive, imported):
    archive.licences.set([imported["img4.jpg"]], AGENCY)
    doc = archive.photo(imported["img4.jpg"]).to_json()
    assert _keys(doc) == SHOW_KEYS
    assert _keys(doc["camera"]) == CAMERA_KEYS
    assert doc["camera"] == {"make": "Canon", "model": "EOS R5"}
    assert doc["gps"] is None and doc["embedded_caption"] is None
    assert _keys(doc["credit"]) == CREDIT_KEYS
    assert doc["credit"] == {
        "as_printed": "易建军 摄",
        "role": "photographer",
        "contributors": [{"name": "易建军", "kind": "person", "affiliation": None}],
    }
    assert _keys(doc["feature"]) == FEATURE_KEYS
    assert doc["feature"]["position"] == 4 and doc["feature"]["id"] == 1
    assert doc["import_notes"] == [] and doc["metadata_disagreements"] == []
    assert doc["credit_conflict"] is None and doc["no_confident_theme"] is False
    assert type(doc["themes"]) is list and doc["themes"]
    for theme in doc["themes"]:
        assert _keys(theme) == THEME_KEYS
        assert type(theme["because"]) is list
    agriculture = doc["themes"][0]
    assert (agriculture["key"], agriculture["source"], agriculture["label_zh"]) == (
        "agriculture",
        "suggested",
        "农业",
    )
    assert doc["licence"] == {
        "kind": "agency",
        "holder": "AP",
        "usage_terms": "Once only.",
        "purposes": ["print", "web"],
        "editorial_only": True,
        "credit_required": True,
        "expires": "2099-01-31",
        "source": "manual",
    }
    assert _keys(doc["licence"]) == LICENCE_KEYS
    assert json.loads(json.dumps(doc)) == doc  # lists, not tuples, all the way down


def test_disagreements_gps_and_a_missing_licence_keep_their_json_shape(archive, imported):
    edited = archive.photo(imported["edited.jpg"]).to_json()
    assert _keys(edited) == SHOW_KEYS
    assert edited["feature"] is None and edited["licence"] is None
    fields = {d["field"]: d for d in edited["metadata_disagreements"]}
    assert set(fields) == {"caption", "creator"}
    for d in fields.values():
        assert _keys(d) == DISAGREEMENT_KEYS
        assert all(_keys(o) == BLOCK_KEYS for o in d["others"])
    assert fields["caption"]["value"] == "RIGHT-caption"
    assert fields["caption"]["others"] == [{"block": "XMP", "value": "WRONG-caption"}]
    assert fields["creator"]["value"] == ["RIGHT-by-line"]  # a list field stays a list
    assert fields["caption"]["used"] == "IPTC" and "digest differs" in fields["caption"]["why"]
    assert json.loads(json.dumps(edited)) == edited

    gps = archive.photo(imported["gps.jpg"]).to_json()
    assert _keys(gps["gps"]) == GPS_KEYS
    assert gps["gps"]["lat"] == pytest.approx(27.3) and gps["gps"]["lon"] == pytest.approx(112.6)
    assert gps["credit"] is None and gps["themes"] == []

    handout = archive.photo(imported["img2.jpg"]).to_json()
    assert handout["licence"]["source"] == "default" and handout["licence"]["expires"] is None
    assert archive.licences.view(imported["img2.jpg"]) == {
        "photo_id": imported["img2.jpg"],
        "licence": handout["licence"],
    }


def test_listed_and_edited_photos_have_no_themes_or_licence_keys(archive, imported):
    pid = imported["img3.jpg"]
    listed = next(p for p in archive.photos() if p.id == pid)
    captioned = archive.set_caption(pid, "图为新的说明。")
    credited = archive.set_credit(pid, "新华社记者 王 五 摄")
    for view in (listed, captioned, credited):
        assert not view.detailed and view.themes == () and view.licence is None
        assert _keys(view.to_json()) == PHOTO_KEYS
    assert captioned.to_json()["caption"] == "图为新的说明。"
    assert credited.to_json()["credit"]["contributors"] == [
        {"name": "王五", "kind": "person", "affiliation": "新华社"}
    ]
    shown = archive.photo(pid)
    assert shown.detailed
    # the lighter view is the full one without themes and licence
    full = shown.to_json()
    detail = ("themes", "licence", "publications")
    assert {k: v for k, v in full.items() if k not in detail} == credited.to_json()


def test_show_json_prints_the_views_json(capsys, library_dir, sample_feature):
    from photoarchive.services.archive import Archive

    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    code, doc = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    assert code == 0
    code, shown = run_json(capsys, *lib, "show", "2")
    assert code == 0 and _keys(shown) == SHOW_KEYS
    code, listing = run_json(capsys, *lib, "list")
    assert code == 0
    with Archive.open(library_dir) as archive:
        assert archive.photo(2).to_json() == shown
        assert [p.to_json() for p in archive.photos()] == listing["photos"] == doc["photos"]


def test_views_are_immutable(archive, imported):
    photo = archive.photo(imported["edited.jpg"])
    handout = archive.photo(imported["img2.jpg"])
    assert isinstance(photo, PhotoView)
    parts = [
        (photo, "caption"),
        (photo, "themes"),
        (photo.camera, "make"),
        (photo.credit, "role"),
        (photo.credit.contributors[0], "name"),
        (photo.metadata_disagreements[0], "why"),
        (photo.metadata_disagreements[0].others[0], "value"),
        (handout.feature, "position"),
        (handout.themes[0], "source"),
        (handout.licence, "kind"),
        (archive.photo(imported["gps.jpg"]).gps, "lat"),
    ]
    for view, name in parts:
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(view, name, None)
        assert not hasattr(view, "__dict__")  # slotted: no attribute can be added either
    # what would be a list in JSON is a tuple in a view
    assert type(handout.themes) is tuple and type(handout.themes[0].because) is tuple
    assert type(photo.credit.contributors) is tuple and type(photo.import_notes) is tuple
    assert type(photo.metadata_disagreements) is tuple
    assert photo.metadata_disagreements[1].value == ("RIGHT-by-line",)
    assert type(handout.licence.purposes) is tuple
    # changing a JSON document leaves the view as it was
    doc = handout.to_json()
    doc["themes"].clear()
    doc["credit"]["contributors"].append({"name": "x"})
    assert handout.to_json()["themes"] and len(handout.to_json()["credit"]["contributors"]) == 1
