"""A demo library: the bundled Hengyang feature with seven generated photos.

The real feature text ships in ``resources/features``; its photos do not, so
the demo draws seven distinct placeholder pictures (a scene per caption, its
position number large) with camera EXIF, one with a GPS point on Mount Heng,
and imports them through the Archive facade like any feature. Building twice
changes nothing: the pictures are deterministic, so their hashes repeat.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from photoarchive.demo.pictures import DEMO_FEATURE, PHOTOS, render_photo, write_demo_photos
from photoarchive.licensing import Licence, LicenceKind, Purpose
from photoarchive.paths import resources_dir
from photoarchive.progress import Progress
from photoarchive.services.archive import Archive

__all__ = ["PHOTOS", "DemoResult", "build_demo", "default_demo_dir", "render_photo"]
__all__ += ["write_demo_photos"]


@dataclass(frozen=True, slots=True)
class DemoResult:
    library: Path
    imported: int
    already_built: bool


DEMO_STAFF_LICENCE = Licence(
    kind=LicenceKind.STAFF,
    holder="本报",
    usage_terms="本报记者作品，本报各平台可用；转载须经授权。Staff photo.",
    purposes=frozenset({Purpose.PRINT, Purpose.WEB, Purpose.SOCIAL}),
)


def default_demo_dir() -> Path:
    """Where ``photoarchive demo`` keeps its library unless ``--library`` says otherwise."""
    return platformdirs.user_data_path("photoarchive", appauthor=False) / "demo"


def demo_feature_text() -> Path:
    return resources_dir() / "features" / DEMO_FEATURE


# -- building -----------------------------------------------------------------------------
def is_built(archive: Archive) -> bool:
    """True when the demo feature and all its photos are already in the library."""
    return any(
        f["source_file"] == DEMO_FEATURE and f["photos"] >= len(PHOTOS) for f in archive.features()
    )


def build_demo(
    archive: Archive, on_progress: Callable[[Progress], None] | None = None
) -> DemoResult:
    """Import the demo feature into ``archive`` (a no-op when it is already there)."""
    root = archive.root
    if is_built(archive):
        return DemoResult(root, 0, True)
    with tempfile.TemporaryDirectory(prefix="photoarchive-demo-") as tmp:
        folder = Path(tmp) / "photos"
        write_demo_photos(folder)
        text = Path(tmp) / DEMO_FEATURE
        text.write_bytes(demo_feature_text().read_bytes())
        plan = archive.plan_import(text, folder)
        report = archive.import_job(plan).run(on_progress)
    _catalogue_like_an_archivist(archive, report.imported)
    return DemoResult(root, len(report.imported), False)


def _catalogue_like_an_archivist(archive: Archive, photo_ids: list[int]) -> None:
    """Give the demo a lived-in state: the paper's own photographers hold staff licences
    (handouts keep the default the rules gave them), and photo 3's top suggestion is
    accepted, so every panel of the window has something to show."""
    staff = [pid for pid in photo_ids if archive.licences.get(pid) is None]
    if staff:
        archive.licences.set(staff, DEMO_STAFF_LICENCE, actor="demo")
    for pid in photo_ids[2:3]:
        suggested = [t for t in archive.themes.of_photo(pid) if t.source == "suggested"]
        if suggested:
            archive.themes.decide(pid, suggested[0].key, True, actor="demo")
