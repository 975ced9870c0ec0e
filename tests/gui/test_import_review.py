"""Reviewing how the feature text was read, and correcting it, before anything is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QPushButton

from photoarchive.gui.decisions_model import BY_HAND_ROLE, KIND_ROLE, TAKEN_AS, TEXT, WHY
from photoarchive.gui.i18n import Translations
from photoarchive.gui.import_dialog import MISMATCH, PATH_ROLE, ImportDialog
from photoarchive.gui.workers import Runner
from tests.conftest import write_photos

TITLE = "衡阳：秋收时节"
BODY = "金秋时节，衡阳各地稻谷飘香，农民抢抓晴好天气收割晚稻，田间地头一派繁忙景象。" * 2
SHORT = "田间地头一派繁忙。"
GLUED = "衡阳县库宗桥镇华山村，农民在收割晚稻。本报记者 黄春涛谢冬梅摄"
PLAIN = "衡南县农民在晾晒稻谷，准备颗粒归仓。 罗盟摄"
SHORT_ROW, GLUED_ROW, PLAIN_ROW = 2, 3, 4


@pytest.fixture
def feature(tmp_path: Path) -> tuple[Path, Path]:
    """A feature whose short paragraph is really a caption: two captions read, three photos."""
    text = tmp_path / "feature.txt"
    text.write_text("\n\n".join((TITLE, BODY, SHORT, GLUED, PLAIN)) + "\n", encoding="utf-8")
    write_photos(tmp_path / "photos", 3)
    return text, tmp_path / "photos"


@pytest.fixture
def dialog(qtbot, archive, feature):
    text, photos = feature
    dlg = ImportDialog(archive, Runner(synchronous=True), feature=text, photos=photos)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.make_plan()
    dlg.tabs.setCurrentWidget(dlg.review)
    return dlg


def _cell(dialog, row: int, col: int, role=None) -> object:
    model = dialog.review.model
    return model.index(row, col).data() if role is None else model.index(row, col).data(role)


def _choose_in_combo(qtbot, dialog, row: int, kind: str) -> None:
    """What the archivist does: click the "taken as" cell and pick a kind from its menu."""
    table = dialog.review.table
    index = dialog.review.model.index(row, TAKEN_AS)
    table.edit(index)
    combo = table.viewport().findChild(QComboBox)
    assert combo is not None
    at = combo.findData(kind)
    combo.setCurrentIndex(at)
    combo.activated.emit(at)


def _pairs(dialog) -> list[str]:
    return [dialog.pairs.item(i).text() for i in range(dialog.pairs.count())]


def _highlighted(dialog) -> list[int]:
    return [i for i in range(dialog.pairs.count()) if dialog.pairs.item(i).background() == MISMATCH]


def test_every_paragraph_is_listed_with_what_it_was_taken_as_and_why(dialog, archive):
    review = dialog.review
    assert review.model.rowCount() == 5
    kinds = [_cell(dialog, r, TAKEN_AS, KIND_ROLE) for r in range(5)]
    assert kinds == ["header", "body", "body", "caption", "caption"]
    assert _cell(dialog, SHORT_ROW, TEXT) == SHORT
    assert _cell(dialog, PLAIN_ROW, TAKEN_AS) == "caption"
    assert _cell(dialog, PLAIN_ROW, WHY) == "ends in a credit (罗盟摄)"
    assert _cell(dialog, 0, WHY) == "title, kicker or byline"
    assert dialog.tabs.tabText(1) == "Paragraphs (1 to check)"
    # it opens on the credit whose names were guessed, with the tokens it was read from
    assert review.selected_caption().position == 1
    panel = review.credit
    assert panel.heading.text() == "Caption 1: how its credit was read"
    shown = " ".join(w.text() for w in panel.findChildren(type(panel.heading)))
    for word in ("affiliation", "本报记者", "names", "黄春涛谢冬梅", "role", "摄"):
        assert word in shown
    assert "“黄春涛谢冬梅” was read as 黄春涛 / 谢冬梅" in shown
    assert panel.edits["黄春涛谢冬梅"].text() == "黄春涛 谢冬梅"
    review.select_row(PLAIN_ROW)
    assert panel.heading.text() == "Caption 2: how its credit was read"
    assert panel.edits == {}  # nothing guessed in 罗盟摄
    review.select_row(1)
    assert panel.heading.text().startswith("Select a caption")
    assert archive.photo_count() == 0


def test_a_body_paragraph_taken_as_a_caption_pairs_with_the_photo_left_over(qtbot, dialog, archive):
    assert "2 captions, 3 photos" in dialog.summary.text()
    assert _highlighted(dialog) == [2]  # img3 has no caption
    assert not dialog.import_button.isEnabled()
    _choose_in_combo(qtbot, dialog, SHORT_ROW, "caption")
    qtbot.waitUntil(lambda: len(dialog.plan.feature.parsed.captions) == 3)
    assert _cell(dialog, SHORT_ROW, TAKEN_AS, KIND_ROLE) == "caption"
    assert _cell(dialog, SHORT_ROW, WHY) == "set by hand"
    assert _cell(dialog, SHORT_ROW, TAKEN_AS, BY_HAND_ROLE) is True
    assert dialog.review.corrections.taken_as == {SHORT_ROW: "caption"}
    pairs = _pairs(dialog)
    assert pairs[0] == f"1. img1.jpg\n{SHORT}\nno credit"
    assert pairs[1].startswith("2. img2.jpg") and pairs[2].startswith("3. img3.jpg")
    assert _highlighted(dialog) == []
    assert "3 captions, 3 photos" in dialog.summary.text()
    assert dialog.import_button.isEnabled()
    assert archive.photo_count() == 0  # nothing written until Import
    dialog.import_button.click()
    by_file = {p.file: p for p in archive.photos()}
    assert by_file["img1.jpg"].caption == SHORT
    assert by_file["img3.jpg"].credit.as_printed == "罗盟摄"


def test_a_caption_taken_as_body_leaves_a_photo_without_caption_highlighted(qtbot, dialog):
    _choose_in_combo(qtbot, dialog, PLAIN_ROW, "body")
    qtbot.waitUntil(lambda: len(dialog.plan.feature.parsed.captions) == 1)
    assert _highlighted(dialog) == [1, 2]
    assert "do not pair up" in dialog.summary.text()


def test_a_typed_name_split_changes_the_credit_and_what_is_imported(dialog, archive):
    panel = dialog.review.credit
    panel.edits["黄春涛谢冬梅"].setText("黄春 / 涛谢冬梅")
    panel.findChild(QPushButton, "applySplit").click()
    credit = dialog.plan.pairs[0].caption.credit
    assert [c.name for c in credit.contributors] == ["黄春", "涛谢冬梅"]
    assert credit.guesses == ()
    shown = " ".join(w.text() for w in panel.findChildren(type(panel.heading)))
    assert "黄春 (本报记者)、涛谢冬梅 (本报记者)" in shown
    assert "“黄春涛谢冬梅” split by hand as 黄春 / 涛谢冬梅" in shown
    assert dialog.tabs.tabText(1) == "Paragraphs"  # nothing left to check
    assert dialog.review.corrections.name_splits == {"黄春涛谢冬梅": ("黄春", "涛谢冬梅")}
    # a split that is not of the printed characters is refused
    panel.edits["黄春涛谢冬梅"].setText("黄春涛 谢冬")
    panel.findChild(QPushButton, "applySplit").click()
    assert "does not split" in dialog.review.message.text()
    assert [c.name for c in dialog.plan.pairs[0].caption.credit.contributors] == [
        "黄春",
        "涛谢冬梅",
    ]
    dialog.allow_mismatch.setChecked(True)
    dialog.import_button.click()
    first = next(p for p in archive.photos() if p.file == "img1.jpg")
    assert [c.name for c in first.credit.contributors] == ["黄春", "涛谢冬梅"]


def test_undoing_a_split_and_all_changes_goes_back_to_the_first_reading(qtbot, dialog):
    review = dialog.review
    assert review.split_names("黄春涛谢冬梅", ("黄春", "涛谢冬梅"))
    review.credit.findChild(QPushButton, "undoSplit").click()
    names = [c.name for c in dialog.plan.pairs[0].caption.credit.contributors]
    assert names == ["黄春涛", "谢冬梅"]
    assert review.credit.edits["黄春涛谢冬梅"].text() == "黄春涛 谢冬梅"
    assert review.retake(SHORT_ROW, "caption")
    assert review.split_names("黄春涛谢冬梅", ("黄春涛", "谢冬梅"))  # corrections accumulate
    assert len(dialog.plan.feature.parsed.captions) == 3
    assert dialog.plan.pairs[1].caption.credit.guesses == ()
    assert review.reset_button.isEnabled()
    review.reset_button.click()
    assert not review.corrections
    assert len(dialog.plan.feature.parsed.captions) == 2
    assert _highlighted(dialog) == [2]


def test_corrections_keep_the_photo_order_dragged_by_hand(qtbot, dialog):
    dialog.set_order(
        [dialog.plan.pairing.unmatched_photos[0], *[p.path for p in dialog.plan.pairs]]
    )
    assert dialog.review.retake(SHORT_ROW, "caption")
    names = [Path(dialog.pairs.item(i).data(PATH_ROLE)).name for i in range(3)]
    assert names == ["img3.jpg", "img1.jpg", "img2.jpg"]
    assert dialog.plan.pairs[0].caption.text == SHORT


def test_taking_every_caption_as_body_is_refused_and_the_plan_stays(qtbot, dialog):
    _choose_in_combo(qtbot, dialog, GLUED_ROW, "body")
    qtbot.waitUntil(lambda: len(dialog.plan.feature.parsed.captions) == 1)
    before, listed = dialog.plan, _pairs(dialog)
    _choose_in_combo(qtbot, dialog, PLAIN_ROW, "body")
    qtbot.waitUntil(lambda: bool(dialog.review.message.text()))
    message = dialog.review.message.text()
    assert "This change was not made: With these changes no paragraph is a caption." in message
    assert "Take at least one paragraph as a caption." in message
    assert dialog.plan is before
    assert _pairs(dialog) == listed
    assert _cell(dialog, PLAIN_ROW, TAKEN_AS, KIND_ROLE) == "caption"
    assert dialog.review.corrections.taken_as == {GLUED_ROW: "body"}
    assert dialog.review.retake(GLUED_ROW, "caption")  # the next good change clears it
    assert dialog.review.message.text() == ""


def test_the_review_speaks_chinese(qapp, dialog):
    translations = Translations(qapp)
    try:
        assert translations.install("zh_CN")
        assert dialog.tabs.tabText(0) == "图片与图说"
        assert dialog.tabs.tabText(1) == "段落（1 处待核对）"
        assert _cell(dialog, PLAIN_ROW, TAKEN_AS) == "图说"
        assert _cell(dialog, SHORT_ROW, WHY) == "没有图说特征的段落"
        assert _cell(dialog, PLAIN_ROW, WHY) == "以署名结尾（罗盟摄）"
        assert dialog.review.model.headerData(TAKEN_AS, Qt.Orientation.Horizontal) == "识别为"
        panel = dialog.review.credit
        assert panel.heading.text() == "第 1 条图说：署名的识别结果"
        shown = " ".join(w.text() for w in panel.findChildren(type(panel.heading)))
        assert "单位" in shown and "按姓氏位置拆分，系推测" in shown
    finally:
        translations.install("en")
    assert dialog.tabs.tabText(0) == "Photos and captions"


def test_enter_applies_a_split_or_opens_the_menu_and_never_imports(qtbot, dialog, archive):
    dialog.allow_mismatch.setChecked(True)
    assert dialog.import_button.isEnabled()
    edit = dialog.review.credit.edits["黄春涛谢冬梅"]
    edit.setFocus()
    edit.setText("黄春 涛")  # refused: the field stays, and so does the dialog
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert "does not split" in dialog.review.message.text()
    assert archive.photo_count() == 0 and dialog.isVisible()
    edit.setText("黄春 涛谢冬梅")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert [c.name for c in dialog.plan.pairs[0].caption.credit.contributors] == [
        "黄春",
        "涛谢冬梅",
    ]
    table = dialog.review.table
    table.setFocus()
    table.setCurrentIndex(dialog.review.model.index(SHORT_ROW, TEXT))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.viewport().findChild(QComboBox) is not None  # the "taken as" menu is open
    assert archive.photo_count() == 0 and dialog.isVisible() and dialog.report is None


def test_every_reason_the_parser_gives_on_the_corpus_reads_in_chinese(qapp):
    """A reason the parser learns shows in English until parse_words gets its Chinese."""
    from photoarchive.captions import parse_feature
    from photoarchive.gui.parse_words import reason, word
    from photoarchive.textio import read_text
    from tests.conftest import DATA, SAMPLE_FEATURE

    texts = [SAMPLE_FEATURE, *sorted((DATA / "captions" / "features").glob("*.txt"))]
    parts, whys = set(), set()
    for path in texts:
        parsed = parse_feature(read_text(path).text)
        parts.update(p for d in parsed.decisions for p in d.reason.split("; "))
        whys.update(g.why for c in parsed.captions for g in c.credit.guesses)
    assert len(parts) > 10
    translations = Translations(qapp)
    try:
        assert translations.install("zh_CN")
        untranslated = sorted(p for p in parts if reason(p) == p)
        untranslated += sorted(w for w in whys if word(w) == w)
    finally:
        translations.install("en")
    assert untranslated == [], "add these to gui/parse_words.py and the .ts catalogue"
