"""An export sends only what the archive vouches for: a changed original is left out."""

from __future__ import annotations

from pathlib import Path

from photoarchive.export.runner import CHANGED_REASON
from photoarchive.services.archive import Archive
from tests.conftest import jpeg_bytes
from tests.export_cli.conftest import CLI, Sample


def test_an_original_whose_hash_no_longer_matches_is_left_out(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    handouts = [sample.ids[2], sample.ids[5]]
    with Archive.open(sample.library) as archive:
        archive.original_path(handouts[0]).write_bytes(jpeg_bytes(seed=99))  # edited in place
    dest = tmp_path / "set"
    ids = ",".join(map(str, handouts))
    done = cli("export", "--ids", ids, "--purpose", "web", "--to", str(dest), "--json")
    assert done.code == 1
    assert [row["photo_id"] for row in done.doc["exported"]] == [handouts[1]]
    assert done.doc["excluded"] == [{"photo_id": handouts[0], "reason": CHANGED_REASON}]


def test_a_long_credit_never_pushes_the_id_out_of_the_file_name() -> None:
    from photoarchive.export.filenames import MAX_STEM_BYTES, render_file_name
    from photoarchive.export.model import ExportItem

    item = ExportItem(
        photo_id=4321,
        source_path=Path("x.jpg"),
        credit_line="湖南省衡阳市衡阳县人民政府新闻办公室宣传科" * 8 + " 供图",
        headline="衡阳：落实“三高四新”推进“三强一化”" * 6,
    )
    for template in ("{date}_{credit}_{id}", "{headline}-{credit}-{id}", "{credit}{id}"):
        name = render_file_name(item, template, "web", 1)
        assert "4321" in name and name.endswith(".jpg"), template
        assert len(name.removesuffix(".jpg").encode("utf-8")) <= MAX_STEM_BYTES
