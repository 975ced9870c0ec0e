"""The facade's export operations: items from the catalogue, the preview, the job."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from photoarchive.errors import Cancelled, InputError
from photoarchive.export import ExportError, ExportOptions
from photoarchive.licensing import ALL_PURPOSES, Licence, LicenceKind
from photoarchive.services.archive import Archive
from photoarchive.services.exports import ExportSelection
from tests.export_cli.conftest import CLI, Sample

STAFF = Licence(kind=LicenceKind.STAFF, holder="衡阳日报", purposes=ALL_PURPOSES)


@pytest.fixture
def archive(sample: Sample) -> Iterator[Archive]:
    with Archive.open(sample.library) as arch:
        yield arch


@pytest.mark.parametrize(
    "fields",
    [{}, {"ids": (1,), "feature_id": 1}, {"theme": " "}, {"query": "", "feature_id": None}],
)
def test_a_selection_names_the_photos_one_way(fields: dict) -> None:
    with pytest.raises(InputError, match="exactly one way"):
        ExportSelection(**fields)


def test_items_carry_what_the_catalogue_knows(archive: Archive, sample: Sample) -> None:
    farm, tech = sample.ids[4], sample.ids[1]
    archive.themes.tag([farm], ["agriculture"])
    archive.themes.decide(tech, "technology", accept=True)
    archive.themes.decide(tech, "education", accept=False)
    archive.licences.set([farm], STAFF)

    items = {i.photo_id: i for i in archive.exports.items([farm, tech, sample.ids[2]])}

    item = items[farm]
    assert item.caption == sample.captions[farm]
    assert item.headline == sample.title
    assert item.credit_line == "易建军 摄" and item.creators == ("易建军",)
    assert item.source == "衡阳日报"  # no publication recorded: the staff licence's holder
    assert item.licence == STAFF
    assert item.taken_at == dt.datetime(2021, 9, 27, 10, 30)
    assert item.source_path == archive.original_path(farm) and item.source_path.is_file()
    assert item.keywords == ("农业", "Agriculture")
    assert item.subject_codes == ("medtop:20000210",)
    # accepted counts; suggested (economy) and rejected (education) do not
    assert items[tech].keywords == ("科技", "Science and technology")
    assert {t.source for t in archive.themes.of_photo(tech)} >= {"suggested", "rejected"}
    handout = items[sample.ids[2]]
    assert handout.licence is not None and handout.licence.kind == LicenceKind.HANDOUT
    assert handout.source == "祁东县启航学校" and handout.keywords == ()


def test_preview_matches_the_export_and_writes_nothing(
    archive: Archive, sample: Sample, tmp_path: Path
) -> None:
    archive.licences.set([sample.ids[1]], STAFF)
    selection = ExportSelection(feature_id=sample.feature_id)
    before = sorted(tmp_path.rglob("*"))
    preview = archive.exports.preview(selection, "web")
    assert sorted(tmp_path.rglob("*")) == before

    report = archive.exports.job(selection, ExportOptions("web", tmp_path / "set")).run()
    assert [(r["photo_id"], r["file"]) for r in preview.included] == [
        (r["photo_id"], r["file"]) for r in report.exported
    ]
    assert preview.excluded == report.excluded
    assert [r["photo_id"] for r in preview.included] == [sample.ids[p] for p in (1, 2, 5)]
    social = archive.exports.preview(selection, "social")
    assert [r["photo_id"] for r in social.included] == [sample.ids[1]]


def test_preview_of_nothing_allowed_says_so(archive: Archive, sample: Sample) -> None:
    preview = archive.exports.preview([sample.ids[3], sample.ids[3]], "print")
    assert preview.included == []
    assert [e["photo_id"] for e in preview.excluded] == [sample.ids[3]]
    assert preview.warnings == [
        f"photo {sample.ids[3]} is listed twice; exported once",
        "nothing to export: no photo may be used for print",
    ]


def test_export_job_refuses_a_bad_destination_before_it_starts(
    archive: Archive, sample: Sample, tmp_path: Path
) -> None:
    taken = tmp_path / "taken.zip"
    taken.write_bytes(b"old")
    with pytest.raises(ExportError, match="already exists"):
        archive.exports.job([sample.ids[2]], ExportOptions("web", taken))
    assert taken.read_bytes() == b"old"


def test_a_cancelled_job_leaves_no_partial_set(
    archive: Archive, sample: Sample, tmp_path: Path
) -> None:
    dest = tmp_path / "out" / "set"
    job = archive.exports.job(
        ExportSelection(feature_id=sample.feature_id), ExportOptions("web", dest)
    )
    steps = iter(job)
    assert [next(steps).stage, next(steps).stage] == ["select", "licences"]
    first = next(steps)  # one file is in the hidden stage now
    assert (first.stage, first.done) == ("export", 1)
    job.cancel()
    with pytest.raises(Cancelled):
        list(steps)
    assert not dest.exists()
    assert list(dest.parent.iterdir()) == []  # the stage is gone too


def test_cli_and_facade_share_one_library(cli: CLI, sample: Sample, archive: Archive) -> None:
    assert (
        cli("license", "set", str(sample.ids[6]), "--kind", "staff", "--purposes", "print").code
        == 0
    )
    preview = archive.exports.preview([sample.ids[6]], "web")
    assert preview.excluded == [
        {"photo_id": sample.ids[6], "reason": "staff licence allows print only"}
    ]
