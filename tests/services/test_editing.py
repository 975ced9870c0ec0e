"""Edits through the facade: credits, theme states, history, and the index kept in step."""

from __future__ import annotations

import pytest

from photoarchive.errors import NotFoundError


@pytest.fixture
def ids(archive, sample_feature) -> dict[int, int]:
    text, photos = sample_feature
    report = archive.import_job(archive.plan_import(text, photos)).run()
    return {archive.photo(pid).feature.position: pid for pid in report.imported}


def test_a_credit_edit_is_parsed_like_a_printed_one(archive, ids):
    photo = archive.set_credit(ids[7], "新华社记者 王 五 摄")
    assert photo.credit is not None and photo.credit.to_json() == {
        "as_printed": "新华社记者 王 五 摄",
        "role": "photographer",
        "contributors": [{"name": "王五", "kind": "person", "affiliation": "新华社"}],
    }
    assert archive.search.view("credit:王五")["total"] == 1
    # the feature printed 罗 铭 摄, and what was printed stays searchable; the hit shows the
    # archive's credit now
    printed = archive.search.view("credit:罗铭")["hits"]
    assert [(h["id"], h["credit"]) for h in printed] == [(ids[7], "新华社记者 王 五 摄")]
    assert archive.set_credit(ids[7], "  某某  ").credit.role == "unknown"
    assert archive.set_credit(ids[7], "").credit is None
    fields = [(h["field"], h["old"], h["new"]) for h in archive.history(ids[7])]
    assert fields == [
        ("credit", "罗 铭 摄", "新华社记者 王 五 摄"),
        ("credit", "新华社记者 王 五 摄", "某某"),
        ("credit", "某某", None),
    ]
    assert archive.check().ok


def test_theme_states_can_be_set_back_for_undo(archive, ids):
    archive.themes.decide(ids[4], "agriculture", True)
    archive.themes.set_source(ids[4], "agriculture", "suggested")
    states = {t.key: t.source for t in archive.themes.of_photo(ids[4])}
    assert states["agriculture"] == "suggested"
    assert archive.search.view("theme:agriculture")["total"] == 0
    archive.themes.set_source(ids[4], "农业", "manual")
    assert archive.search.view("theme:农业")["total"] == 1
    archive.themes.set_source(ids[4], "agriculture", None)
    assert "agriculture" not in {t.key for t in archive.themes.of_photo(ids[4])}


def test_editing_a_missing_photo_says_so(archive, ids):
    with pytest.raises(NotFoundError):
        archive.set_credit(999, "罗盟摄")
    with pytest.raises(NotFoundError):
        archive.set_caption(999, "x")


def test_a_caption_edit_refreshes_undecided_suggestions(archive, ids):
    before = {t.key for t in archive.themes.of_photo(ids[5])}
    assert "society" in before
    archive.themes.decide(ids[5], "politics", False)
    archive.set_caption(ids[5], "  图为衡阳市民在体育馆观看篮球比赛。 ")
    after = {t.key: t.source for t in archive.themes.of_photo(ids[5])}
    assert after.get("sports") == "suggested"
    assert "society" not in after
    assert after["politics"] == "rejected"  # decisions stay
    assert archive.photo(ids[5]).caption == "图为衡阳市民在体育馆观看篮球比赛。"
