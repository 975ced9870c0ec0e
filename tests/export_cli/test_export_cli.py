"""`photoarchive export` end to end: selections, licences, exit codes, the zip form."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from photoarchive.licensing import NO_LICENCE
from photoarchive.services.archive import Archive
from tests.export_cli.conftest import CLI, Sample

PAPERS = {"manifest.csv", "manifest.json", "credits.txt"}
HANDOUT_NOT_SOCIAL = "handout licence allows print, web only"
MISSING = "the stored original is missing; run `photoarchive check`"


def ids_of(rows: list[dict]) -> list[int]:
    return [row["photo_id"] for row in rows]


def test_feature_for_web_sends_the_handouts_and_lists_the_unlicensed(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    dest = tmp_path / "web-set"
    done = cli(
        "export",
        "--feature",
        str(sample.feature_id),
        "--purpose",
        "web",
        "--to",
        str(dest),
        "--json",
    )

    assert done.code == 1  # some photos were left out
    handouts = [sample.ids[2], sample.ids[5]]
    assert ids_of(done.doc["exported"]) == handouts
    unlicensed = [sample.ids[p] for p in (1, 3, 4, 6, 7)]
    assert done.doc["excluded"] == [{"photo_id": pid, "reason": NO_LICENCE} for pid in unlicensed]
    assert done.doc["destination"] == str(dest)
    assert done.doc["warnings"] == []

    files = {row["file"] for row in done.doc["exported"]}
    assert {p.name for p in dest.iterdir()} == files | PAPERS
    row = done.doc["exported"][0]
    assert row["credit"] == "祁东县启航学校 供图"
    assert row["licence"] == "handout" and row["purpose"] == "web"
    assert row["caption"] == sample.captions[sample.ids[2]]
    credits = (dest / "credits.txt").read_text(encoding="utf-8")
    assert "祁东县启航学校 供图" in credits and "珠晖区委宣传部 供图" in credits
    manifest = json.loads((dest / "manifest.json").read_text(encoding="utf-8"))
    assert ids_of(manifest["photos"]) == handouts


def test_handouts_are_left_out_of_social_with_the_reason(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    dest = tmp_path / "social-set"
    handouts = [sample.ids[2], sample.ids[5]]
    done = cli(
        "export",
        "--ids",
        ",".join(map(str, handouts)),
        "--purpose",
        "social",
        "--to",
        str(dest),
        "--json",
    )

    assert done.code == 1
    assert done.doc["exported"] == []
    assert done.doc["excluded"] == [
        {"photo_id": pid, "reason": HANDOUT_NOT_SOCIAL} for pid in handouts
    ]
    assert done.doc["destination"] is None
    assert not dest.exists() and list(tmp_path.glob(".social-set*")) == []


def test_licensed_ids_export_in_the_order_given_with_exit_0(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    first, third = sample.ids[1], sample.ids[3]
    assert (
        cli(
            "license", "set", str(first), str(third), "--kind", "staff", "--holder", "衡阳日报"
        ).code
        == 0
    )
    dest = tmp_path / "social-set"
    done = cli(
        "export",
        "--ids",
        f"{third},{first}",
        "--purpose",
        "social",
        "--max-edge",
        "200",
        "--to",
        str(dest),
        "--json",
    )

    assert done.code == 0
    assert ids_of(done.doc["exported"]) == [third, first]
    assert done.doc["excluded"] == []
    assert [row["credit"] for row in done.doc["exported"]] == ["曹正平 摄", "罗盟 摄"]
    for row in done.doc["exported"]:
        assert max(row["width"], row["height"]) == 200
        with Image.open(dest / row["file"]) as image:
            assert image.size == (row["width"], row["height"])
    assert done.doc["exported"][0]["file"] == f"2021-09-27_曹正平_{third}.jpg"


def test_an_expired_licence_is_left_out_with_its_date(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    staff, expired = sample.ids[1], sample.ids[4]
    assert cli("license", "set", str(staff), "--kind", "staff").code == 0
    assert (
        cli(
            "license",
            "set",
            str(expired),
            "--kind",
            "agency",
            "--holder",
            "新华社",
            "--expires",
            "2020-01-01",
        ).code
        == 0
    )
    done = cli(
        "export",
        "--ids",
        f"{staff},{expired}",
        "--purpose",
        "print",
        "--to",
        str(tmp_path / "set"),
        "--json",
    )

    assert done.code == 1
    assert ids_of(done.doc["exported"]) == [staff]
    assert done.doc["excluded"] == [
        {"photo_id": expired, "reason": "licence expired on 2020-01-01"}
    ]


def remove_original(sample: Sample, photo_id: int) -> None:
    with Archive.open(sample.library) as archive:
        archive.original_path(photo_id).unlink()


def test_a_missing_original_is_left_out_and_the_rest_exported_with_exit_1(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    handouts = [sample.ids[2], sample.ids[5]]
    remove_original(sample, handouts[0])
    dest = tmp_path / "set"
    ids = ",".join(map(str, handouts))
    done = cli("export", "--ids", ids, "--purpose", "web", "--to", str(dest), "--json")

    assert done.code == 1
    assert ids_of(done.doc["exported"]) == [handouts[1]]
    assert done.doc["excluded"] == [{"photo_id": handouts[0], "reason": MISSING}]
    assert done.doc["destination"] == str(dest)
    assert {p.name for p in dest.iterdir()} == {done.doc["exported"][0]["file"]} | PAPERS

    plain = cli("export", "--ids", ids, "--purpose", "web", "--to", str(tmp_path / "plain"))
    assert plain.code == 1
    assert f"photo {handouts[0]}: {MISSING}" in plain.err


def test_when_no_original_can_be_read_nothing_is_written(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    handout = sample.ids[2]
    remove_original(sample, handout)
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "set.zip"
    done = cli("export", "--ids", str(handout), "--purpose", "web", "--to", str(dest), "--json")

    assert done.code == 1
    assert done.doc["exported"] == [] and done.doc["destination"] is None
    assert done.doc["excluded"] == [{"photo_id": handout, "reason": MISSING}]
    assert list(out.iterdir()) == []


def test_theme_export_takes_confirmed_tags_only(cli: CLI, sample: Sample, tmp_path: Path) -> None:
    # Photo 1's caption (智能制造, 科技创新) gets technology *suggested* at import.
    undecided = cli(
        "export", "--theme", "technology", "--purpose", "web", "--to", str(tmp_path / "none")
    )
    assert undecided.code == 2
    assert "No photo is tagged technology" in undecided.err
    assert not (tmp_path / "none").exists()

    farm, other = sample.ids[4], sample.ids[6]
    assert cli("tag", str(farm), str(other), "agriculture").code == 0
    assert cli("accept", str(sample.ids[1]), "technology").code == 0
    assert cli("license", "set", str(farm), "--kind", "staff").code == 0
    done = cli(
        "export", "--theme", "农业", "--purpose", "web", "--to", str(tmp_path / "farm"), "--json"
    )
    assert done.code == 1  # photo 6 has no licence
    assert ids_of(done.doc["exported"]) == [farm]
    assert ids_of(done.doc["excluded"]) == [other]

    accepted = cli(
        "export",
        "--theme",
        "technology",
        "--purpose",
        "web",
        "--to",
        str(tmp_path / "tech"),
        "--json",
    )
    assert ids_of(accepted.doc["excluded"]) == [sample.ids[1]]  # tagged, but unlicensed


def test_the_zip_form_holds_the_set_and_nothing_is_left_beside_it(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    dest = out / "衡阳-print.zip"
    done = cli(
        "export",
        "--feature",
        str(sample.feature_id),
        "--purpose",
        "print",
        "--to",
        str(dest),
        "--json",
    )

    assert done.code == 1
    assert done.doc["destination"] == str(dest)
    assert list(out.iterdir()) == [dest]
    with zipfile.ZipFile(dest) as archive:
        names = set(archive.namelist())
        assert names == {row["file"] for row in done.doc["exported"]} | PAPERS
        assert archive.testzip() is None
        manifest = json.loads(archive.read("manifest.json"))
    assert ids_of(manifest["photos"]) == [sample.ids[2], sample.ids[5]]


def test_gps_is_stripped_unless_kept(cli: CLI, sample: Sample, tmp_path: Path) -> None:
    located = sample.ids[1]
    assert cli("license", "set", str(located), "--kind", "staff").code == 0
    found = {}
    for name, extra in (("stripped", []), ("kept", ["--keep-gps"])):
        done = cli(
            "export",
            "--ids",
            str(located),
            "--purpose",
            "web",
            *extra,
            "--to",
            str(tmp_path / name),
            "--json",
        )
        assert done.code == 0
        with Image.open(tmp_path / name / done.doc["exported"][0]["file"]) as image:
            found[name] = dict(image.getexif().get_ifd(0x8825))
    assert found["stripped"] == {}
    assert found["kept"][1] == "N" and found["kept"][3] == "E"


def test_the_plain_report_lists_what_was_left_out(cli: CLI, sample: Sample, tmp_path: Path) -> None:
    done = cli(
        "export",
        "--ids",
        f"{sample.ids[2]},{sample.ids[3]}",
        "--purpose",
        "web",
        "--to",
        str(tmp_path / "set"),
    )
    assert done.code == 1
    assert done.doc is None  # nothing on stdout without --json
    assert "Exported 1 photo(s) for web" in done.err
    assert f"photo {sample.ids[3]}: {NO_LICENCE}" in done.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--purpose", "web"], "one of the arguments --ids --query --theme --feature"),
        (["--ids", "1", "--feature", "1", "--purpose", "web"], "not allowed with"),
        (["--ids", "1,x", "--purpose", "web"], "is not a list of photo ids"),
        (["--ids", "1", "--purpose", "billboard"], "invalid choice: 'billboard'"),
        (["--ids", "1"], "--purpose"),
        (["--feature", "99", "--purpose", "web"], "There is no feature 99"),
        (["--ids", "1,99", "--purpose", "web"], "There is no photo 99"),
        (["--theme", "no-such-theme", "--purpose", "web"], "There is no theme"),
        (["--ids", "1", "--purpose", "web", "--quality", "0"], "--quality: 0 is out of range"),
        (["--ids", "1", "--purpose", "web", "--max-edge", "3"], "--max-edge: 3 is out of range"),
        (["--ids", "1", "--purpose", "web", "--template", "{who}.jpg"], "unknown field {who}"),
    ],
)
def test_bad_input_exits_2_and_writes_nothing(
    cli: CLI, sample: Sample, tmp_path: Path, argv: list[str], message: str
) -> None:
    dest = tmp_path / "set"
    done = cli("export", *argv, "--to", str(dest))
    assert done.code == 2
    assert message in done.err
    assert not dest.exists()


def test_a_folder_that_is_not_empty_is_refused(cli: CLI, sample: Sample, tmp_path: Path) -> None:
    dest = tmp_path / "set"
    dest.mkdir()
    (dest / "old.jpg").write_bytes(b"keep me")
    done = cli("export", "--feature", str(sample.feature_id), "--purpose", "web", "--to", str(dest))
    assert done.code == 2
    assert "is not empty" in done.err
    assert [p.name for p in dest.iterdir()] == ["old.jpg"]


def test_query_selects_the_photos_a_search_finds(cli: CLI, sample: Sample, tmp_path: Path) -> None:
    farm = sample.ids[4]  # the only caption with 水稻 (杂交水稻)
    assert cli("license", "set", str(farm), "--kind", "staff").code == 0
    done = cli(
        "export", "--query", "水稻", "--purpose", "web", "--to", str(tmp_path / "set"), "--json"
    )
    assert done.code == 0
    assert ids_of(done.doc["exported"]) == [farm]

    handouts = cli(
        "export",
        "--query",
        "供图",
        "--purpose",
        "web",
        "--to",
        str(tmp_path / "handouts"),
        "--json",
    )
    assert sorted(ids_of(handouts.doc["exported"])) == [sample.ids[2], sample.ids[5]]

    nothing = cli("export", "--query", "火星", "--purpose", "web", "--to", str(tmp_path / "no"))
    assert nothing.code == 2
    assert "No photo matches the search '火星'" in nothing.err
    assert not (tmp_path / "no").exists()
