"""A full disk, a refused permission and a read-only share at every write point.

Each write the archive makes passes a named checkpoint (photoarchive.faults);
``PHOTOARCHIVE_FAIL_AT=point=ERRNO`` makes the write fail there as the operating
system would. For every point and each of ENOSPC, EACCES and EROFS:

- the command stops with exit 2 and a message that names the problem (never
  "internal error", never "damaged");
- the library is left consistent: ``check`` passes and nothing half-written stays;
- once the fault is gone the same command succeeds and gives what it would have.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from photoarchive import faults
from photoarchive.cli.main import main
from photoarchive.services.views import PhotoView
from tests.conftest import run_json

SOURCE = Path(__file__).resolve().parents[2] / "src" / "photoarchive"

# What the message must say for each refusal.
ERRNOS = {"ENOSPC": "is full", "EACCES": "may not write", "EROFS": "read-only"}


@dataclass
class Case:
    """A command, how to prepare a library for it, and what it must give once it succeeds."""

    prepare: Callable[[Path, Path, tuple[Path, Path]], list[str]]
    points: tuple[str, ...]
    succeeded: Callable[[Path, Path], None] = lambda library, tmp: None


def _import_argv(library: Path, tmp: Path, feature: tuple[Path, Path]) -> list[str]:
    text, photos = feature
    return ["--library", str(library), "import", str(text), "--photos", str(photos)]


def _imported(library: Path, tmp: Path, feature: tuple[Path, Path]) -> None:
    assert main(_import_argv(library, tmp, feature)) == 0


def _caption_argv(library: Path, tmp: Path, feature: tuple[Path, Path]) -> list[str]:
    _imported(library, tmp, feature)
    return ["--library", str(library), "caption", "3", "田间的新稻种试验"]


def _export_argv(library: Path, tmp: Path, feature: tuple[Path, Path]) -> list[str]:
    _imported(library, tmp, feature)
    dest = tmp / "out" / "web-set"
    dest.parent.mkdir()
    lib = ["--library", str(library)]
    return [*lib, "export", "--feature", "1", "--purpose", "web", "--to", str(dest)]


def _upgrade_argv(library: Path, tmp: Path, feature: tuple[Path, Path]) -> list[str]:
    from alembic import command

    from photoarchive.catalogue.db import alembic_config, make_engine

    library.mkdir()
    engine = make_engine(library / "catalogue.sqlite")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    engine.dispose()
    return ["--library", str(library), "list"]


def _train_argv(library: Path, tmp: Path, feature: tuple[Path, Path]) -> list[str]:
    from tests.services.test_theme_classifier_services import _corpus

    corpus = _corpus(tmp / "corpus")
    return ["--library", str(library), "themes", "train", "--corpus", str(corpus)]


def _import_done(library: Path, tmp: Path) -> None:
    shown = [_photo(library, n) for n in range(1, 8)]
    assert [p.feature.position for p in shown] == list(range(1, 8))
    assert all(p.caption for p in shown)
    assert not list((library / "tmp").iterdir())  # nothing staged is left behind


def _caption_done(library: Path, tmp: Path) -> None:
    assert _photo(library, 3).caption == "田间的新稻种试验"
    assert main(["--library", str(library), "search", "稻种"]) == 0


def _export_done(library: Path, tmp: Path) -> None:
    out = tmp / "out"
    assert [p.name for p in out.iterdir()] == ["web-set"]  # no hidden stage left beside it
    assert any(p.suffix == ".jpg" for p in (out / "web-set").iterdir())


def _train_done(library: Path, tmp: Path) -> None:
    assert [p.name for p in library.glob("theme-classifier*")] == ["theme-classifier.npz"]


CASES = {
    "import": Case(
        _import_argv,
        (
            "store-staged",
            "store-moved",
            "staged",
            "journalled",
            "moved",
            "feature-written",
            "committed",
            "catalogue-commit",
            "index-commit",
            "index-current",
        ),
        _import_done,
    ),
    "caption": Case(_caption_argv, ("catalogue-commit", "index-commit"), _caption_done),
    "export": Case(_export_argv, ("export-write", "export-finish"), _export_done),
    "upgrade": Case(_upgrade_argv, ("backup-write",)),
    "train": Case(_train_argv, ("classifier-save",), _train_done),
}


def _photo(library: Path, photo_id: int) -> PhotoView:
    from photoarchive.services.archive import Archive

    with Archive.open(library) as archive:
        return archive.photo(photo_id)


def _params():
    for name, case in CASES.items():
        for point in case.points:
            for code in ERRNOS:
                yield pytest.param(name, point, code, id=f"{name}-{point}-{code}")


@pytest.fixture
def fail_at(monkeypatch):
    def arm(point: str, code: str) -> None:
        faults.reset()
        monkeypatch.setenv(faults.FAIL_ENV, f"{point}={code}")

    def disarm() -> None:
        monkeypatch.delenv(faults.FAIL_ENV)
        faults.reset()

    yield arm, disarm
    faults.reset()


@pytest.mark.parametrize(("name", "point", "code"), list(_params()))
def test_a_failed_write_stops_cleanly_and_the_retry_succeeds(
    name, point, code, capsys, fail_at, library_dir, sample_feature, tmp_path
):
    arm, disarm = fail_at
    case = CASES[name]
    argv = case.prepare(library_dir, tmp_path, sample_feature)
    capsys.readouterr()

    arm(point, code)
    status = main(argv)
    err = capsys.readouterr().err
    disarm()
    assert status == 2, err
    assert ERRNOS[code] in err, err
    assert "internal error" not in err and "damaged" not in err

    checked, report = run_json(capsys, "--library", str(library_dir), "check")
    assert checked == 0, report
    assert main(argv) in (0, 1)  # 1: an export that leaves unlicensed photos out
    capsys.readouterr()
    case.succeeded(library_dir, tmp_path)


def test_the_theme_model_cache_failing_costs_nothing(capsys, fail_at, library_dir, sample_feature):
    arm, _ = fail_at
    text, photos = sample_feature
    assert main(["--library", str(library_dir), "import", str(text), "--photos", str(photos)]) == 0
    arm("theme-model-cache", "ENOSPC")
    assert main(["--library", str(library_dir), "suggest", "1"]) == 0
    assert not list(library_dir.glob("*.tmp"))


def test_every_write_point_is_in_this_suite() -> None:
    named = {p for case in CASES.values() for p in case.points} | {"theme-model-cache"}
    assert named == set(faults.WRITE_POINTS)
    in_source = {
        m.group(1)
        for path in SOURCE.rglob("*.py")
        if path.name != "faults.py"  # its docstring names the mechanism, not a point
        for m in re.finditer(r'checkpoint\("([a-z-]+)"', path.read_text(encoding="utf-8"))
    }
    assert in_source == set(faults.WRITE_POINTS)
