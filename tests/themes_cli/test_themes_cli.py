"""Themes through the real CLI on a real library: tags, suggestions, decisions, learning."""

from __future__ import annotations

import json
import sqlite3

from photoarchive.cli.main import main
from photoarchive.services.archive import Archive
from tests.conftest import DATA, run_json, write_photos


def imported(capsys, library_dir, sample_feature) -> dict[int, int]:
    """Import the sample; map caption position -> photo id."""
    text, photos = sample_feature
    _, doc = run_json(
        capsys, "--library", str(library_dir), "import", str(text), "--photos", str(photos)
    )
    return {p["feature"]["position"]: p["id"] for p in doc["photos"]}


def test_import_stores_suggestions_that_say_why(capsys, library_dir, sample_feature):
    ids = imported(capsys, library_dir, sample_feature)
    lib = ["--library", str(library_dir)]
    _, photo4 = run_json(capsys, *lib, "show", str(ids[4]))
    suggested = [t for t in photo4["themes"] if t["source"] == "suggested"]
    assert suggested[0]["key"] == "agriculture"
    assert "杂交水稻" in suggested[0]["because"]
    code, doc = run_json(capsys, *lib, "suggest", str(ids[3]), str(ids[4]))
    assert code == 0
    by_photo = {s["photo_id"]: s["themes"] for s in doc["suggestions"]}
    assert by_photo[ids[3]][0]["key"] == "industry"
    assert by_photo[ids[4]][0]["key"] == "agriculture"
    first = by_photo[ids[4]][0]
    assert set(first) == {"key", "label_zh", "label_en", "score", "because"}
    assert first["label_zh"] == "农业" and 0 < first["score"] <= 1


def test_tag_untag_and_counts(capsys, library_dir, sample_feature):
    ids = imported(capsys, library_dir, sample_feature)
    lib = ["--library", str(library_dir)]
    code, _ = run_json(capsys, *lib, "tag", str(ids[4]), str(ids[6]), "农业")
    assert code == 0
    _, themes = run_json(capsys, *lib, "themes")
    agri = next(t for t in themes["themes"] if t["key"] == "agriculture")
    assert agri["count"] == 2 and agri["iptc_code"] == "medtop:20000210"
    _, photo4 = run_json(capsys, *lib, "show", str(ids[4]))
    assert {"key": "agriculture", "source": "accepted"}.items() <= next(
        t for t in photo4["themes"] if t["key"] == "agriculture"
    ).items()
    _, photo6 = run_json(capsys, *lib, "show", str(ids[6]))
    assert next(t for t in photo6["themes"] if t["key"] == "agriculture")["source"] == "manual"
    run_json(capsys, *lib, "untag", str(ids[6]), "agriculture")
    _, themes = run_json(capsys, *lib, "themes")
    assert next(t for t in themes["themes"] if t["key"] == "agriculture")["count"] == 1
    _, hist = run_json(capsys, *lib, "history", str(ids[6]))
    assert [(h["field"], h["old"], h["new"]) for h in hist["history"]] == [
        ("theme:agriculture", None, "manual"),
        ("theme:agriculture", "manual", None),
    ]


def test_a_rejected_suggestion_is_not_suggested_again(capsys, library_dir, sample_feature):
    ids = imported(capsys, library_dir, sample_feature)
    lib = ["--library", str(library_dir)]
    assert main([*lib, "reject", str(ids[3]), "industry"]) == 0
    capsys.readouterr()
    _, doc = run_json(capsys, *lib, "suggest", str(ids[3]), "--apply")
    assert "industry" not in [t["key"] for t in doc["suggestions"][0]["themes"]]
    _, photo = run_json(capsys, *lib, "show", str(ids[3]))
    assert [t["source"] for t in photo["themes"] if t["key"] == "industry"] == ["rejected"]


def test_unknown_theme_and_bad_arguments_are_clear(capsys, library_dir, sample_feature):
    ids = imported(capsys, library_dir, sample_feature)
    lib = ["--library", str(library_dir)]
    assert main([*lib, "tag", str(ids[1]), "no-such-theme"]) == 2
    assert "no theme 'no-such-theme'" in capsys.readouterr().err
    assert main([*lib, "tag", "agriculture"]) == 2
    assert "photo ids followed by" in capsys.readouterr().err


def test_custom_theme_rename_and_retire_keep_tags(capsys, library_dir, sample_feature):
    ids = imported(capsys, library_dir, sample_feature)
    lib = ["--library", str(library_dir)]
    code, theme = run_json(
        capsys,
        *lib,
        "themes",
        "add",
        "rural-toilets",
        "--zh",
        "厕所革命",
        "--en",
        "Toilet revolution",
        "--parent",
        "society",
        "--trigger",
        "改厕",
    )
    assert code == 0 and theme["key"] == "rural-toilets"
    _, doc = run_json(capsys, *lib, "suggest", str(ids[5]))
    assert "rural-toilets" in [t["key"] for t in doc["suggestions"][0]["themes"]]
    run_json(capsys, *lib, "tag", str(ids[3]), "industry")
    run_json(capsys, *lib, "themes", "rename", "industry", "--zh", "工业制造")
    run_json(capsys, *lib, "themes", "retire", "industry")
    _, themes = run_json(capsys, *lib, "themes")
    industry = next(t for t in themes["themes"] if t["key"] == "industry")
    assert industry["label_zh"] == "工业制造" and industry["retired"] and industry["count"] == 1
    assert industry["label_en"] == "Industry"  # only what was changed changes
    assert industry["iptc_code"] == "medtop:20000294"
    _, doc = run_json(capsys, *lib, "suggest", str(ids[3]))
    assert "industry" not in [t["key"] for t in doc["suggestions"][0]["themes"]]
    # the archive's themes live in the catalogue
    con = sqlite3.connect(library_dir / "catalogue.sqlite")
    assert con.execute("SELECT label_zh FROM theme WHERE key='rural-toilets'").fetchone() == (
        "厕所革命",
    )
    con.close()


def test_archivist_decisions_teach_a_theme_with_no_trigger_words(library_dir, tmp_path):
    cases = json.loads((DATA / "tagging" / "learning_captions.json").read_text("utf-8"))
    flood = cases["flood_relief"]
    train, similar, unrelated = flood["train"], flood["similar"], flood["unrelated"]
    lines = (DATA / "tagging" / "labelled_captions.jsonl").read_text("utf-8").splitlines()
    archive_background = [json.loads(line)["caption"] for line in lines if line.strip()]
    total = len(train) + len(similar) + len(unrelated) + len(archive_background)
    write_photos(tmp_path / "p", total)
    with Archive.open(library_dir) as archive:
        report = archive.import_job(archive.plan_import(None, tmp_path / "p")).run()
        ids = report.imported
        archive.themes.save("flood-relief", label_zh="防汛抗洪", label_en="Flood relief", new=True)
        # the archive's other, undecided captions: what ordinary words look like here
        captions = [*train, *similar, *unrelated, *archive_background]
        for pid, caption in zip(ids, captions, strict=True):  # one edit each, as by hand
            archive.set_caption(pid, caption)
        train_ids = ids[: len(train)]
        new_ids = ids[len(train) : len(train) + len(similar) + len(unrelated)]
        before = archive.themes.suggestions(new_ids)
        assert not any(t["key"] == "flood-relief" for s in before for t in s["themes"])
        archive.themes.tag(train_ids, ["flood-relief"])
        after = {
            s["photo_id"]: [t["key"] for t in s["themes"]]
            for s in archive.themes.suggestions(new_ids)
        }
        similar_ids = ids[len(train) : len(train) + len(similar)]
        unrelated_ids = new_ids[len(similar) :]
        hits = sum("flood-relief" in after[pid] for pid in similar_ids)
        assert hits >= len(similar_ids) - 1, after
        assert not any("flood-relief" in after[pid] for pid in unrelated_ids), after


def test_theme_edits_that_would_confuse_the_vocabulary_are_refused(capsys, library_dir):
    lib = ["--library", str(library_dir)]
    assert main([*lib, "themes", "rename", "nosuch", "--zh", "无"]) == 2
    assert "no theme 'nosuch'" in capsys.readouterr().err
    assert main([*lib, "themes", "retire", "nosuch"]) == 2
    capsys.readouterr()
    assert main([*lib, "themes", "add", "industry", "--zh", "工业"]) == 2
    assert "already a theme 'industry'" in capsys.readouterr().err
    assert main([*lib, "themes", "rename", "agriculture", "--zh", "工业"]) == 2
    assert "already names the theme 'industry'" in capsys.readouterr().err
    _, themes = run_json(capsys, *lib, "themes")
    assert {t["key"]: t["label_zh"] for t in themes["themes"]}["agriculture"] == "农业"
