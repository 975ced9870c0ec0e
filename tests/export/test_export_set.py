"""export_set end to end over real files: licences, output, papers, all-or-nothing."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from photoarchive.errors import Cancelled, InputError
from photoarchive.export import (
    ExportError,
    ExportItem,
    ExportOptions,
    ExportReport,
    export_set,
    run_export,
)
from photoarchive.licensing import NO_LICENCE, Licence, LicenceKind, Purpose
from photoarchive.progress import CancelToken, Progress
from tests.export.export_samples import CAPTION, HANDOUT, TODAY, dominant, sha256

MakeItem = Callable[..., ExportItem]


def options(destination: Path, **kw: object) -> ExportOptions:
    base: dict[str, object] = {
        "purpose": "web",
        "destination": destination,
        "today": TODAY,
        "workers": 2,
    }
    base.update(kw)
    return ExportOptions(**base)  # type: ignore[arg-type]


def leftovers(parent: Path) -> list[str]:
    """Anything an export may have left beside its destination (hidden partials included)."""
    return sorted(p.name for p in parent.iterdir() if p.name != "library")


def test_exports_files_papers_and_report(tmp_path: Path, make_item: MakeItem) -> None:
    handout = make_item(
        2, credit_line="祁东县启航学校 供图", creators=("祁东县启航学校",), licence=HANDOUT
    )
    items = [make_item(1), handout]
    dest = tmp_path / "set"
    progress: list[Progress] = []
    report = run_export(items, options(dest), on_progress=progress.append)
    assert report.destination == dest and report.excluded == [] and report.exit_code == 0
    files = sorted(p.name for p in dest.iterdir())
    assert files == sorted(
        [
            "2024-07-23_易建军_1.jpg",
            "2024-07-23_祁东县启航学校_2.jpg",
            "manifest.csv",
            "manifest.json",
            "credits.txt",
        ]
    )
    assert [p.stage for p in progress] == ["licences", "export", "export"]
    as_json = json.loads(json.dumps(report.to_json(), ensure_ascii=False))
    assert set(as_json) >= {"exported", "excluded", "warnings"}
    assert as_json["exported"][0]["file"] == "2024-07-23_易建军_1.jpg"
    assert progress[-1].done == progress[-1].total == 2
    assert leftovers(tmp_path) == ["set"]


def test_manifest_lists_every_file_with_its_hash(tmp_path: Path, make_item: MakeItem) -> None:
    dest = tmp_path / "set"
    report = run_export([make_item(1), make_item(2, licence=HANDOUT)], options(dest))
    data = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert data["purpose"] == "web" and data["date"] == "2026-01-31"
    rows = list(csv.DictReader(io.StringIO((dest / "manifest.csv").read_text("utf-8-sig"))))
    assert len(rows) == len(data["photos"]) == 2
    for row, photo, exported in zip(rows, data["photos"], report.exported, strict=True):
        file = dest / photo["file"]
        assert photo["sha256"] == row["sha256"] == hashlib.sha256(file.read_bytes()).hexdigest()
        assert str(photo["photo_id"]) == row["photo_id"] == str(exported["photo_id"])
        assert photo["caption"] == row["caption"] == CAPTION
        assert photo["credit"] == row["credit"] == "易建军 摄"
        assert photo["purpose"] == row["purpose"] == "web"
    assert [p["licence"] for p in data["photos"]] == ["staff", "handout"]
    assert "Editorial use only" in data["photos"][1]["usage_terms"]


def test_credits_sheet_has_a_line_per_photo_and_the_distinct_credits(
    tmp_path: Path, make_item: MakeItem
) -> None:
    items = [make_item(1), make_item(2), make_item(3, credit_line="罗盟 摄", creators=("罗盟",))]
    run_export(items, options(tmp_path / "set"))
    lines = (tmp_path / "set" / "credits.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "Credits (web, 2026-01-31)"
    assert "2024-07-23_易建军_1.jpg\t易建军 摄" in lines
    assert "2024-07-23_罗盟_3.jpg\t罗盟 摄" in lines
    assert lines[-1] == "易建军 摄 / 罗盟 摄"


def test_photos_not_licensed_are_left_out_with_the_reason(
    tmp_path: Path, make_item: MakeItem
) -> None:
    expired = Licence(
        kind=LicenceKind.AGENCY, purposes=frozenset(Purpose), expires=date(2025, 12, 31)
    )
    items = [
        make_item(1),
        make_item(2, licence=None),
        make_item(3, licence=expired),
        make_item(4, licence=HANDOUT),
        make_item(5, licence=HANDOUT, credit_line="", creators=()),
    ]
    report = run_export(items, options(tmp_path / "set", purpose="social"))
    assert [e["photo_id"] for e in report.exported] == [1]
    assert report.excluded == [
        {"photo_id": 2, "reason": NO_LICENCE},
        {"photo_id": 3, "reason": "licence expired on 2025-12-31"},
        {"photo_id": 4, "reason": "handout licence allows print, web only"},
        {"photo_id": 5, "reason": "handout licence allows print, web only"},
    ]
    assert report.exit_code == 1
    assert report.to_json()["excluded"] == report.excluded


def test_credit_required_but_missing_is_left_out(tmp_path: Path, make_item: MakeItem) -> None:
    report = run_export(
        [make_item(5, licence=HANDOUT, credit_line="", creators=())], options(tmp_path / "set")
    )
    assert [e["photo_id"] for e in report.excluded] == [5]
    assert report.excluded[0]["reason"].startswith("the licence requires a credit")
    assert report.destination is None


def test_nothing_allowed_writes_nothing(tmp_path: Path, make_item: MakeItem) -> None:
    report = run_export([make_item(1, licence=None)], options(tmp_path / "set"))
    assert report.destination is None and report.exported == []
    assert report.warnings == ["nothing exported: no photo may be used for web"]
    assert leftovers(tmp_path) == []


def test_resize_applies_orientation(tmp_path: Path, make_item: MakeItem) -> None:
    item = make_item(1, size=(640, 320), orientation=6)
    report = run_export([item], options(tmp_path / "set", max_edge=100))
    image = Image.open(tmp_path / "set" / report.exported[0]["file"])
    assert image.size == (50, 100)
    assert dominant(image.getpixel((25, 10))) == "red"
    assert dominant(image.getpixel((25, 90))) == "blue"
    assert (report.exported[0]["width"], report.exported[0]["height"]) == (50, 100)


def test_zip_output_holds_the_same_set(tmp_path: Path, make_item: MakeItem) -> None:
    dest = tmp_path / "out" / "web-set.zip"
    report = run_export([make_item(1), make_item(2)], options(dest))
    assert report.destination == dest
    with zipfile.ZipFile(dest) as z:
        assert z.testzip() is None
        names = z.namelist()
        assert names == [
            "2024-07-23_易建军_1.jpg",
            "2024-07-23_易建军_2.jpg",
            "manifest.csv",
            "manifest.json",
            "credits.txt",
        ]
        manifest = json.loads(z.read("manifest.json"))
        for photo in manifest["photos"]:
            assert hashlib.sha256(z.read(photo["file"])).hexdigest() == photo["sha256"]
    assert sorted(p.name for p in dest.parent.iterdir()) == ["web-set.zip"]


def test_originals_are_never_touched(tmp_path: Path, make_item: MakeItem) -> None:
    items = [make_item(1), make_item(2, orientation=6, size=(640, 320))]

    def state() -> list[tuple[str, int]]:
        return [(sha256(i.source_path), i.source_path.stat().st_mtime_ns) for i in items]

    before = state()
    run_export(items, options(tmp_path / "a"))  # copies bytes
    run_export(items, options(tmp_path / "b.zip", max_edge=100))  # re-encodes
    assert state() == before
    assert sorted(p.name for p in items[0].source_path.parent.iterdir()) == ["0001.jpg", "0002.jpg"]


def test_copied_original_differs_only_by_metadata(tmp_path: Path, make_item: MakeItem) -> None:
    item = make_item(1)
    report = run_export([item], options(tmp_path / "set"))
    exported = tmp_path / "set" / report.exported[0]["file"]
    assert exported.read_bytes() != item.source_path.read_bytes()
    assert Image.open(exported).tobytes() == Image.open(item.source_path).tobytes()


def test_cancel_half_way_leaves_nothing(tmp_path: Path, make_item: MakeItem) -> None:
    items = [make_item(i) for i in range(1, 7)]
    token = CancelToken()
    run = export_set(items, options(tmp_path / "set"), token)
    with pytest.raises(Cancelled):
        for progress in run:
            if progress.stage == "export" and progress.done == 2:
                token.cancel()
    assert leftovers(tmp_path) == []


def test_cancel_into_a_zip_leaves_nothing(tmp_path: Path, make_item: MakeItem) -> None:
    token = CancelToken()
    run = export_set([make_item(1), make_item(2)], options(tmp_path / "set.zip"), token)
    assert next(run).stage == "licences"
    assert next(run).stage == "export"
    token.cancel()
    with pytest.raises(Cancelled):
        next(run)
    assert leftovers(tmp_path) == []


def test_abandoned_run_leaves_nothing(tmp_path: Path, make_item: MakeItem) -> None:
    run = export_set([make_item(1), make_item(2), make_item(3)], options(tmp_path / "set"))
    next(run), next(run)
    run.close()  # a front end that stops listening
    assert leftovers(tmp_path) == []


MISSING = "the stored original is missing; run `photoarchive check`"
UNDECODABLE = "the stored original cannot be decoded: "


@pytest.mark.parametrize("max_edge", [None, 100])  # copied bytes, re-encoded pixels
@pytest.mark.parametrize("dest_name", ["set", "set.zip"])
def test_an_undecodable_original_is_left_out_and_the_rest_exported(
    tmp_path: Path, make_item: MakeItem, dest_name: str, max_edge: int | None
) -> None:
    items = [make_item(i) for i in range(1, 6)]
    items[3].source_path.write_bytes(b"\xff\xd8\xff\xe0 truncated, not a photo")
    progress: list[Progress] = []
    report = run_export(
        items, options(tmp_path / dest_name, max_edge=max_edge), on_progress=progress.append
    )
    assert [e["photo_id"] for e in report.exported] == [1, 2, 3, 5]
    assert [e["photo_id"] for e in report.excluded] == [4]
    assert report.excluded[0]["reason"].startswith(UNDECODABLE)
    assert report.exit_code == 1 and report.destination == tmp_path / dest_name
    assert [p.done for p in progress if p.stage == "export"] == [1, 2, 3, 4, 5]
    assert leftovers(tmp_path) == [dest_name]


def test_a_file_that_is_no_image_says_so_in_plain_words(
    tmp_path: Path, make_item: MakeItem
) -> None:
    items = [make_item(1), make_item(2)]
    items[1].source_path.write_bytes(b"<html>not found</html>")
    report = run_export(items, options(tmp_path / "set"))
    assert report.excluded == [
        {"photo_id": 2, "reason": UNDECODABLE + "not in an image format that can be read"}
    ]


def test_a_missing_original_is_left_out_and_the_rest_exported(
    tmp_path: Path, make_item: MakeItem
) -> None:
    items = [make_item(1), make_item(2, licence=None), make_item(3)]
    items[2].source_path.unlink()
    dest = tmp_path / "set"
    report = run_export(items, options(dest))
    assert [e["photo_id"] for e in report.exported] == [1]
    assert report.excluded == [
        {"photo_id": 2, "reason": NO_LICENCE},
        {"photo_id": 3, "reason": MISSING},
    ]
    assert report.exit_code == 1
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert [p["photo_id"] for p in manifest["photos"]] == [1]
    credits = (dest / "credits.txt").read_text(encoding="utf-8")
    assert "_3.jpg" not in credits
    assert sorted(p.name for p in dest.iterdir()) == [
        "2024-07-23_易建军_1.jpg",
        "credits.txt",
        "manifest.csv",
        "manifest.json",
    ]


def test_no_readable_original_writes_nothing(tmp_path: Path, make_item: MakeItem) -> None:
    items = [make_item(1), make_item(2)]
    items[0].source_path.unlink()
    items[1].source_path.write_bytes(b"")
    dest = tmp_path / "out" / "set.zip"
    report = run_export(items, options(dest))
    assert report.destination is None and report.exported == []
    assert report.excluded == [
        {"photo_id": 1, "reason": MISSING},
        {"photo_id": 2, "reason": UNDECODABLE + "not in an image format that can be read"},
    ]
    assert report.exit_code == 1
    assert report.warnings == ["nothing exported: none of the 2 photo(s) allowed could be read"]
    assert leftovers(tmp_path) == []  # not even the folder the zip would have gone into


@pytest.mark.parametrize("dest_name", ["set", "set.zip"])
def test_failure_half_way_leaves_nothing(
    tmp_path: Path, make_item: MakeItem, dest_name: str
) -> None:
    items = [make_item(i) for i in range(1, 6)]
    items[3] = replace(items[3], caption="衡" * 30000)  # more than XMP in a JPEG can hold
    with pytest.raises(ExportError, match=r"photo 4 .*cannot embed the metadata"):
        run_export(items, options(tmp_path / dest_name, max_edge=100))
    assert leftovers(tmp_path) == []


def test_non_empty_destination_is_refused_untouched(tmp_path: Path, make_item: MakeItem) -> None:
    dest = tmp_path / "set"
    dest.mkdir()
    (dest / "keep.txt").write_text("mine")
    with pytest.raises(ExportError, match="is not empty"):
        export_set([make_item(1)], options(dest))
    assert [p.name for p in dest.iterdir()] == ["keep.txt"]


def test_existing_zip_is_refused_untouched(tmp_path: Path, make_item: MakeItem) -> None:
    dest = tmp_path / "set.zip"
    dest.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists"):
        export_set([make_item(1)], options(dest))
    assert dest.read_bytes() == b"old"


def test_empty_destination_folder_is_filled(tmp_path: Path, make_item: MakeItem) -> None:
    dest = tmp_path / "set"
    dest.mkdir()
    report = run_export([make_item(1)], options(dest))
    assert (dest / report.exported[0]["file"]).is_file()


def test_destination_created_meanwhile_is_not_clobbered(
    tmp_path: Path, make_item: MakeItem
) -> None:
    dest = tmp_path / "set"
    run = export_set([make_item(1)], options(dest))
    next(run)  # licences checked, nothing written yet
    dest.mkdir()
    (dest / "other.jpg").write_bytes(b"someone else's")
    with pytest.raises(ExportError, match="is not empty"):
        list(run)
    assert [p.name for p in dest.iterdir()] == ["other.jpg"]
    assert leftovers(tmp_path) == ["set"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"purpose": "poster"}, "unknown purpose"),
        ({"max_edge": 4}, "too small"),
        ({"quality": 0}, "out of range"),
        ({"filename_template": "{caption}.jpg"}, "unknown field"),
    ],
)
def test_bad_options_are_refused_before_any_work(
    tmp_path: Path, make_item: MakeItem, changes: dict[str, object], message: str
) -> None:
    with pytest.raises(InputError, match=message):
        export_set([make_item(1)], replace(options(tmp_path / "set"), **changes))
    assert leftovers(tmp_path) == []


def test_photo_listed_twice_is_exported_once(tmp_path: Path, make_item: MakeItem) -> None:
    item = make_item(1)
    report = run_export([item, item], options(tmp_path / "set"))
    assert len(report.exported) == 1
    assert report.warnings == ["photo 1 is listed twice; exported once"]


def test_generator_returns_the_report(tmp_path: Path, make_item: MakeItem) -> None:
    def drive() -> object:
        report = yield from export_set([make_item(1)], options(tmp_path / "set"))
        return report

    gen = drive()
    with pytest.raises(StopIteration) as stop:
        while True:
            next(gen)
    assert isinstance(stop.value.value, ExportReport)


@pytest.mark.parametrize("max_edge", [None, 100])  # copied bytes, re-encoded pixels
@pytest.mark.parametrize("keep_gps", [False, True])
def test_gps_goes_unless_kept(
    tmp_path: Path, make_item: MakeItem, max_edge: int | None, keep_gps: bool
) -> None:
    item = make_item(1, size=(640, 320))
    report = run_export([item], options(tmp_path / "set", max_edge=max_edge, keep_gps=keep_gps))
    exif = Image.open(tmp_path / "set" / report.exported[0]["file"]).getexif()
    assert bool(exif.get_ifd(0x8825)) is keep_gps
    assert exif[0x010F] == "Canon"  # the rest of the camera data stays
