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
