"""Licences through the real CLI: defaults from credits at import, set, show, errors."""

from __future__ import annotations

from photoarchive.cli.main import main
from tests.conftest import run_json


def test_defaults_from_credit_then_set_by_hand(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    _, doc = run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    ids = {p["feature"]["position"]: p["id"] for p in doc["photos"]}
    _, handout = run_json(capsys, *lib, "license", "show", str(ids[2]))
    assert handout["licence"]["kind"] == "handout"
    assert handout["licence"]["holder"] == "祁东县启航学校"
    assert handout["licence"]["purposes"] == ["print", "web"]
    assert handout["licence"]["credit_required"] and handout["licence"]["source"] == "default"
    _, bare = run_json(capsys, *lib, "license", "show", str(ids[1]))
    assert bare["licence"] is None  # "罗盟摄" says nothing about rights
    code, _ = run_json(
        capsys,
        *lib,
        "license",
        "set",
        str(ids[1]),
        str(ids[3]),
        "--kind",
        "staff",
        "--holder",
        "衡阳日报",
        "--purposes",
        "print,web,social",
        "--expires",
        "2030-12-31",
        "--terms",
        "仅限本报使用",
    )
    assert code == 0
    _, staff = run_json(capsys, *lib, "license", "show", str(ids[3]))
    assert staff["licence"] == {
        "kind": "staff",
        "holder": "衡阳日报",
        "usage_terms": "仅限本报使用",
        "purposes": ["print", "web", "social"],
        "editorial_only": False,
        "credit_required": False,
        "expires": "2030-12-31",
        "source": "manual",
    }
    _, hist = run_json(capsys, *lib, "history", str(ids[3]))
    assert hist["history"][-1]["field"] == "licence"


def test_bad_licence_input_is_refused_clearly(capsys, library_dir, sample_feature):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    assert main([*lib, "license", "set", "1", "--kind", "stolen"]) == 2
    assert "stolen" in capsys.readouterr().err
    assert main([*lib, "license", "set", "1", "--kind", "staff", "--expires", "31/12/2030"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert main([*lib, "license", "set", "99", "--kind", "staff"]) == 2
    assert "no photo 99" in capsys.readouterr().err


def test_a_licence_without_purposes_is_refused_and_a_past_expiry_noted(
    capsys, library_dir, sample_feature
):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    assert main([*lib, "license", "set", "1", "--kind", "staff", "--purposes", ""]) == 2
    assert "at least one purpose" in capsys.readouterr().err
    assert main([*lib, "license", "set", "1", "--kind", "staff", "--expires", "2020-01-01"]) == 0
    assert "expired on 2020-01-01" in capsys.readouterr().err
