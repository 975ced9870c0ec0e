"""Photos that arrive alone: the credit glued to an embedded caption is split off."""

from __future__ import annotations

from photoarchive.importer.embedded import caption_from_embedded, credit_conflict
from photoarchive.metadata import PhotoMetadata, read_metadata
from tests.conftest import run_json
from tests.metadata.metadata_builders import make_jpeg, with_iim

UTF8 = (1, 90, b"\x1b%G")
WIRE = "Rescuers search the rubble in Hatay, Turkey, Feb. 9, 2023. (AP Photo/Jane Doe)"


def test_the_credit_at_the_end_of_an_agency_caption_is_split_off() -> None:
    meta = PhotoMetadata(format="JPEG", width=1, height=1, embedded_caption=WIRE)
    text, credit = caption_from_embedded(meta)
    assert text == "Rescuers search the rubble in Hatay, Turkey, Feb. 9, 2023."
    assert credit is not None and credit.role == "agency"
    assert [(c.name, c.affiliation) for c in credit.contributors] == [("Jane Doe", "AP")]


def test_a_caption_without_a_credit_takes_the_credit_field() -> None:
    meta = PhotoMetadata(
        format="JPEG", width=1, height=1, embedded_caption="衡阳的稻田。", embedded_credit="罗盟摄"
    )
    text, credit = caption_from_embedded(meta)
    assert text == "衡阳的稻田。"
    assert credit is not None and [c.name for c in credit.contributors] == ["罗盟"]


def test_imported_alone_the_caption_is_stored_without_its_credit(capsys, library_dir, tmp_path):
    folder = tmp_path / "wire"
    folder.mkdir()
    caption = "5月25日，河南省周口市商水县村民在抢收小麦。 新华社发（高建中 摄）"
    jpeg = with_iim(make_jpeg(), [UTF8, (2, 120, caption.encode())])
    (folder / "wheat.jpg").write_bytes(jpeg)
    assert read_metadata(jpeg, "wheat.jpg").embedded_caption == caption
    code, _ = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 0
    _, shown = run_json(capsys, "--library", str(library_dir), "show", "1")
    assert shown["caption"] == "5月25日，河南省周口市商水县村民在抢收小麦。"
    assert shown["embedded_caption"] == caption
    assert shown["credit"]["role"] == "agency"
    assert [c["name"] for c in shown["credit"]["contributors"]] == ["高建中"]


def test_fields_that_name_the_caption_credit_agree() -> None:
    meta = PhotoMetadata(
        format="JPEG",
        width=1,
        height=1,
        embedded_caption=WIRE,
        embedded_byline=("Jane Doe",),
        embedded_credit="AP",
    )
    _, credit = caption_from_embedded(meta)
    assert credit_conflict(meta, credit) is None


def test_fields_that_name_someone_else_are_a_conflict_and_both_are_kept(
    capsys, library_dir, tmp_path
):
    folder = tmp_path / "wire"
    folder.mkdir()
    datasets = [UTF8, (2, 120, WIRE.encode()), (2, 80, b"John Roe"), (2, 110, b"Reuters")]
    (folder / "quake.jpg").write_bytes(with_iim(make_jpeg(), datasets))
    code, _ = run_json(capsys, "--library", str(library_dir), "import", "--photos", str(folder))
    assert code == 0
    _, shown = run_json(capsys, "--library", str(library_dir), "show", "1")
    assert shown["credit"]["as_printed"] == "(AP Photo/Jane Doe)"
    assert (
        "John Roe" in shown["credit_conflict"] and "(AP Photo/Jane Doe)" in shown["credit_conflict"]
    )
    from photoarchive.services.archive import Archive
    from photoarchive.services.rows import Attention, RowFilter, photo_rows, sidebar_counts

    with Archive.open(library_dir) as archive:
        counts = {a.key: a.count for a in sidebar_counts(archive.library.catalogue).attention}
        assert counts[Attention.CREDIT_CONFLICT] == 1
        listed = photo_rows(
            archive.library.catalogue,
            archive.library.store,
            RowFilter(attention=Attention.CREDIT_CONFLICT),
            limit=10,
        )
        assert [r.id for r in listed] == [1]
