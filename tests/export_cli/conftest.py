"""The real sample feature, imported through the CLI once, copied into each test's library.

Importing costs a few tenths of a second (catalogue creation, migrations, photos),
so it is done once per session; each test gets its own copy of the closed
library folder, so tests stay independent. Photo 1 of the set carries a GPS
position, so the export's GPS stripping has something to strip. Photos 2 and 5
have 供图 credits and get the default handout licence (print and web); the bare
`罗盟摄` credits get no licence.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from photoarchive.cli.main import main
from tests.conftest import SAMPLE_FEATURE, jpeg_bytes, write_photos

HENGYANG = (26.8968, 112.5719)


@dataclass(frozen=True)
class Run:
    """One CLI run: exit status, the JSON document (if one was printed) and stderr."""

    code: int
    doc: Any
    err: str


@dataclass(frozen=True)
class Sample:
    library: Path
    feature_id: int
    title: str
    ids: dict[int, int]  # caption position -> photo id
    captions: dict[int, str]  # photo id -> caption


CLI = Callable[..., Run]


def call_main(library: Path, argv: tuple[str, ...]) -> int:
    try:
        return main(["--library", str(library), *argv])
    except SystemExit as exc:  # argparse's usage errors, as the shell sees them
        return exc.code if isinstance(exc.code, int) else 2


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], library_dir: Path) -> CLI:
    """Run `photoarchive --library <tmp> ARGS...` through the real entry point."""

    def run(*argv: str) -> Run:
        code = call_main(library_dir, argv)
        captured = capsys.readouterr()
        doc = json.loads(captured.out) if captured.out.strip() else None
        return Run(code, doc, captured.err)

    return run


@pytest.fixture(scope="session")
def imported_sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    """The sample feature text and seven Pillow JPEGs, imported with `photoarchive import`."""
    base = tmp_path_factory.mktemp("sample")
    text = base / "hengyang.txt"
    shutil.copy(SAMPLE_FEATURE, text)
    photos = base / "photos"
    write_photos(photos, 7)
    (photos / "img1.jpg").write_bytes(jpeg_bytes(seed=1, gps=HENGYANG))
    library = base / "library"
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = call_main(library, ("import", str(text), "--photos", str(photos), "--json"))
    doc = json.loads(out.getvalue())
    assert code == 0 and len(doc["imported"]) == 7
    by_position = {p["feature"]["position"]: p for p in doc["photos"]}
    return Sample(
        library=library,
        feature_id=doc["feature"]["id"],
        title=doc["feature"]["title"],
        ids={pos: p["id"] for pos, p in by_position.items()},
        captions={p["id"]: p["caption"] for p in by_position.values()},
    )


@pytest.fixture
def sample(imported_sample: Sample, library_dir: Path) -> Sample:
    """A fresh copy of the imported library at this test's `library_dir`."""
    shutil.copytree(imported_sample.library, library_dir)
    return replace(imported_sample, library=library_dir)
