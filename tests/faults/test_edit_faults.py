"""Edits keep what depends on them in step: a new credit, a new default licence."""

from __future__ import annotations

import pytest

from photoarchive.captions import parse_caption
from photoarchive.licensing import Licence, LicenceKind


@pytest.fixture
def ids(archive, sample_feature) -> dict[int, int]:
    text, photos = sample_feature
    report = archive.import_job(archive.plan_import(text, photos)).run()
    return {archive.photo(pid).feature.position: pid for pid in report.imported}


def test_a_credit_edit_re_derives_the_default_licence(archive, ids):
    handout = ids[2]  # 祁东县启航学校供图
    before = archive.licences.view(handout)["licence"]
    assert (before["kind"], before["source"]) == ("handout", "default")
    archive.set_credit(handout, "本报记者 罗盟 摄")
    after = archive.licences.view(handout)["licence"]
    assert (after["kind"], after["holder"], after["source"]) == ("staff", "本报", "default")
    archive.set_credit(handout, "某某")  # a credit no rule reads: no licence is implied
    assert archive.licences.view(handout)["licence"] is None


def test_a_licence_set_by_hand_survives_a_credit_edit(archive, ids):
    photo = ids[2]
    archive.licences.set([photo], Licence(kind=LicenceKind.STAFF, holder="衡阳日报"))
    archive.set_credit(photo, "罗盟 摄")
    kept = archive.licences.view(photo)["licence"]
    assert (kept["kind"], kept["holder"], kept["source"]) == ("staff", "衡阳日报", "manual")


def test_a_long_organisation_before_its_handout_word_is_a_handout() -> None:
    caption = parse_caption("图为现场。湖南省衡阳市衡阳县人民政府新闻办公室宣传科供图")
    assert str(caption.credit.role) == "handout"
    assert [(c.name, str(c.kind)) for c in caption.credit.contributors] == [
        ("湖南省衡阳市衡阳县人民政府新闻办公室宣传科", "organization")
    ]
