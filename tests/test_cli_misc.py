"""Command-line behaviour a user meets at the edges: bad numbers, pipes, damage, dry runs."""

from __future__ import annotations

import subprocess
import sys

from photoarchive.cli.main import main
from tests.conftest import run_json


def test_impossible_numbers_are_refused_before_anything_runs(capsys, library_dir):
    assert main(["--library", str(library_dir), "search", "衡阳", "--limit", "-1"]) == 2
    assert "out of range" in capsys.readouterr().err
    assert main(["--library", str(library_dir), "import", "--photos", "x", "--workers", "0"]) == 2
    assert "out of range" in capsys.readouterr().err


def test_a_leading_minus_in_a_search_gets_a_hint(capsys, library_dir):
    assert main(["--library", str(library_dir), "search", "-衡阳"]) == 2
    assert "NOT" in capsys.readouterr().err


def test_dry_run_creates_no_library(capsys, tmp_path, sample_feature):
    text, photos = sample_feature
    library = tmp_path / "never"
    code, _ = run_json(
        capsys, "--library", str(library), "import", str(text), "--photos", str(photos), "--dry-run"
    )
    assert code == 0 and not library.exists()


def test_history_of_an_unknown_photo_says_so(capsys, library_dir):
    assert main(["--library", str(library_dir), "history", "99"]) == 2
    assert "no photo 99" in capsys.readouterr().err


def test_credit_command_parses_the_printed_form(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    _, doc = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    pid = str(doc["imported"][2])
    code, photo = run_json(capsys, *lib, "credit", pid, "记者 曹 正平 摄")
    assert code == 0
    assert photo["credit"]["contributors"] == [
        {"name": "曹正平", "kind": "person", "affiliation": "记者"}
    ]


def test_a_damaged_catalogue_is_a_clear_error_not_a_crash(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    run_json(capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos))
    catalogue = library_dir / "catalogue.sqlite"
    for extra in ("-wal", "-shm"):
        (library_dir / f"catalogue.sqlite{extra}").unlink(missing_ok=True)
    data = catalogue.read_bytes()
    catalogue.write_bytes(data[:4096] + b"\xff" * 4096 + data[8192:])
    code = main(["--library", str(library_dir), "list"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "damaged" in err and ".bak" in err and "internal error" not in err


def test_a_closed_pipe_is_not_an_error(library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    subprocess.run(
        [sys.executable, "-m", "photoarchive", *lib, "import", str(text), "--photos", str(photos)],
        check=True,
        capture_output=True,
    )
    listing = subprocess.Popen(
        [sys.executable, "-m", "photoarchive", *lib, "list", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    listing.stdout.read(10)
    listing.stdout.close()
    assert listing.wait(timeout=60) == 0
    assert b"Traceback" not in listing.stderr.read()
