"""The main window: sidebar filters, themes, settings that persist, language switching."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLabel, QWidget

from photoarchive.gui.app import open_window
from photoarchive.gui.sidebar import CHOICE_ROLE, Choice
from photoarchive.gui.workers import Runner
from photoarchive.services.rows import Attention


def _ids(window) -> list[int]:
    model = window.model
    while model.canFetchMore():
        model.fetchMore()
    return [model.row_at(r).id for r in range(model.rowCount())]


def _sidebar_labels(window) -> list[str]:
    model = window.sidebar.model()
    labels = []
    for row in range(model.rowCount()):
        head = model.index(row, 0)
        labels.append(head.data())
        labels.extend(model.index(r, 0, head).data() for r in range(model.rowCount(head)))
    return labels


def test_window_shows_every_photo_with_sidebar_counts(window):
    assert _ids(window) == [1, 2, 3, 4, 5, 6, 7]
    assert window.counts_loaded
    labels = _sidebar_labels(window)
    assert labels[0] == "All photos"
    assert {"FEATURES", "CREDITS", "NEEDS ATTENTION", "罗盟", "周围"} <= set(labels)
    assert window.status.counts.text().startswith("7 photos")


def test_a_real_archive_shows_themes_licence_credit_search_and_export(window):
    """Every part is always there: nothing hides because a facade method is missing."""
    window.select_photo(2)
    themes, licence = window.cataloguing.themes, window.cataloguing.licence
    assert themes.isVisible() and licence.isVisible()
    assert themes.heading.text() == "THEMES"
    assert set(themes.buttons("culture")) == {"accept", "reject"}
    rows = [r.findChild(QLabel).text() for r in themes.findChildren(QWidget, "suggestion")]
    assert any("Culture" in text and "合唱团" in text for text in rows)
    assert "Kind: handout" in licence.body.text()
    assert window.inspector.credit.isEnabled()
    assert window.inspector.credit.text() == "祁东县启航学校供图"
    assert window.inspector.credit.names.stringList()[0] == "周围"  # completion is loaded
    assert window.search.isEnabled()
    toolbar = window.commands.toolbar.actions()
    assert window.commands.export in toolbar and window.commands.export.isEnabled()
    assert "THEMES" in _sidebar_labels(window)


def test_choosing_a_credit_or_attention_group_filters_the_grid(window):
    credits = window.archive.browse.sidebar_counts().credits
    zhou = next(c for c in credits if c.label == "周围")
    window.sidebar.choose(Choice("credit", zhou.key, zhou.label))
    assert _ids(window) == [6]
    assert window.inspector.photo.id == 6  # the first photo is shown at once
    window.sidebar.choose(Choice("attention", Attention.NO_CREDIT))
    assert _ids(window) == []
    assert window.inspector.photo is None
    window.sidebar.choose(Choice("all"))
    assert len(_ids(window)) == 7


def test_a_caption_with_no_confident_theme_says_so_and_is_listed(window):
    window.archive.set_caption(3, "（完）")  # nothing a theme could be read from
    window.refresh_counts()
    assert "No confident theme" in _sidebar_labels(window)
    window.sidebar.choose(Choice("attention", Attention.NO_CONFIDENT_THEME))
    assert _ids(window) == [3]
    assert window.inspector.photo.id == 3
    assert "No confident theme" in window.cataloguing.themes.tagged.text()


def test_accepting_a_suggested_theme_tags_the_photo(qtbot, window):
    archive = window.archive
    window.select_photo(4)
    panel = window.cataloguing.themes
    suggested = [t.key for t in archive.themes.of_photo(4) if t.source == "suggested"]
    assert suggested[0] == "agriculture"  # 杂交水稻, 粮食丰收
    panel.buttons("agriculture")["accept"].click()
    tags = {t.key: t.source for t in archive.themes.of_photo(4)}
    assert tags["agriculture"] == "accepted"
    assert "agriculture" in panel.tagged.text().lower()
    assert "accept" not in panel.buttons("agriculture")  # decided: no longer offered
    qtbot.waitUntil(
        lambda: any("Agriculture" in (label or "") for label in _sidebar_labels(window))
    )
    agriculture = window.sidebar._find(Choice("theme", "agriculture"))
    window.sidebar.choose(agriculture.data(CHOICE_ROLE))
    assert _ids(window) == [4]


def test_rejecting_a_suggestion_is_remembered(window):
    window.select_photo(4)
    window.cataloguing.themes.buttons("agriculture")["reject"].click()
    tags = {t.key: t.source for t in window.archive.themes.of_photo(4)}
    assert tags["agriculture"] == "rejected"
    assert window.cataloguing.themes.buttons("agriculture") == {}


def test_geometry_and_splitter_come_back_next_time(qtbot, imported, settings, tmp_path):
    first = open_window(imported, settings=settings, language="en", runner=Runner(synchronous=True))
    qtbot.addWidget(first)
    first.show()
    first.resize(QSize(720, 520))  # within the offscreen screen (800×600)
    first.splitter.setSizes([190, 220, 310])
    sizes = first.splitter.sizes()
    first.close()
    second = open_window(
        imported, settings=settings, language="en", runner=Runner(synchronous=True)
    )
    qtbot.addWidget(second)
    second.show()
    assert second.size() == QSize(720, 520)
    assert second.splitter.sizes() == sizes
    assert settings.file_name().startswith(str(tmp_path))  # never the user's settings


def test_the_next_import_and_export_open_where_the_last_one_chose(window, settings, tmp_path):
    window.open_import()
    window.import_dialog.last_folder = str(tmp_path / "desk")  # as the file chooser sets it
    window.import_dialog.reject()
    assert settings.last_folder() == str(tmp_path / "desk")
    window.open_import()
    assert window.import_dialog.last_folder == str(tmp_path / "desk")
    window.import_dialog.reject()
    window.grid.selectAll()
    window.open_export()
    assert window.export_dialog.last_folder == str(tmp_path / "desk")
    window.export_dialog.last_folder = str(tmp_path / "out")
    window.export_dialog.reject()
    assert settings.last_folder() == str(tmp_path / "out")


def test_switching_to_chinese_retranslates_the_open_window(window, settings):
    window.set_language("zh_CN")
    assert window.commands.file_menu.title() == "文件(&F)"
    assert _sidebar_labels(window)[0] == "全部图片"
    assert window.inspector.caption_heading.text() == "图说"
    assert window.status.counts.text().startswith("共 7 张图片")
    assert settings.language() == "zh_CN"
    window.set_language("en")
    assert window.commands.file_menu.title() == "&File"
    assert _sidebar_labels(window)[0] == "All photos"


def test_space_shows_the_photo_large_and_space_closes_it(qtbot, window):
    from PySide6.QtCore import Qt

    window.select_photo(3)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Space)
    look = window.quick
    assert look.isVisible()
    assert look.loaded  # decoded from the original (synchronous runner in tests)
    assert look.picture.pixmap().width() > 0
    qtbot.keyClick(look, Qt.Key.Key_Space)
    assert not look.isVisible()


def test_arrow_keys_move_through_the_grid(qtbot, window):
    from PySide6.QtCore import Qt

    window.select_photo(1)
    window.grid.setFocus()
    qtbot.keyClick(window.grid, Qt.Key.Key_Right)
    assert window.inspector.photo.id == 2
    qtbot.keyClick(window.grid, Qt.Key.Key_Left)
    assert window.inspector.photo.id == 1


def test_a_photo_whose_file_disagrees_with_its_caption_credit_is_flagged(
    qtbot, archive, settings, tmp_path
):
    from photoarchive.gui.app import open_window
    from photoarchive.gui.workers import Runner
    from tests.metadata.metadata_builders import make_jpeg, with_iim

    caption = b"Rescuers search the rubble in Hatay, Turkey. (AP Photo/Jane Doe)"
    folder = tmp_path / "wire"
    folder.mkdir()
    datasets = [(1, 90, b"\x1b%G"), (2, 120, caption), (2, 80, b"John Roe")]
    (folder / "quake.jpg").write_bytes(with_iim(make_jpeg(), datasets))
    archive.import_job(archive.plan_import(None, folder)).run()
    win = open_window(archive, settings=settings, language="en", runner=Runner(synchronous=True))
    qtbot.addWidget(win)
    win.sidebar.choose(Choice("attention", Attention.CREDIT_CONFLICT))
    assert _ids(win) == [1]
    role = win.inspector._fields["role"][1]
    assert "disagree" in role.text() and "John Roe" in role.toolTip()
    win.runner.wait(5000)


def test_a_photo_whose_metadata_blocks_disagree_shows_what_lost(qtbot, archive, settings, tmp_path):
    from photoarchive.gui.app import open_window
    from photoarchive.gui.workers import Runner
    from tests.metadata.test_metadata_mwg import mwg_file

    folder = tmp_path / "edited"
    folder.mkdir()
    stale = mwg_file(exif=None, iim="RIGHT-caption", xmp="WRONG-caption", digest="stale")
    (folder / "edited.jpg").write_bytes(stale)
    archive.import_job(archive.plan_import(None, folder)).run()
    win = open_window(archive, settings=settings, language="en", runner=Runner(synchronous=True))
    qtbot.addWidget(win)
    assert "Embedded metadata disagrees" in _sidebar_labels(win)
    win.sidebar.choose(Choice("attention", Attention.METADATA_DISAGREES))
    assert _ids(win) == [1]
    win.select_photo(1)
    assert win.inspector.photo.caption == "RIGHT-caption"
    embedded = win.inspector._fields["embedded"][1]
    assert "caption read from IPTC" in embedded.text()
    assert "XMP: «WRONG-caption»" in embedded.text()
    assert "digest" in embedded.toolTip()
    win.runner.wait(5000)


def test_the_inspector_says_every_feature_a_photo_was_used_in(
    qtbot, imported, settings, sample_feature, tmp_path
):
    import shutil

    from tests.conftest import DATA, write_photos

    _, photos = sample_feature
    reused = next(p for p in imported.photos() if p.feature and p.feature.position == 3)
    folder = tmp_path / "second"
    write_photos(folder, 7, start_seed=100)
    shutil.copy(photos / reused.file, folder / "img4.jpg")
    second = DATA / "captions" / "features" / "zh-hans-bjnews-tianshan.txt"
    imported.import_job(imported.plan_import(second, folder)).run()
    window = open_window(
        imported, settings=settings, language="en", runner=Runner(synchronous=True)
    )
    qtbot.addWidget(window)
    assert window.select_photo(reused.id)
    name, used = window.inspector._fields["used"]
    assert name.text() == "Used in"
    assert used.text().splitlines() == [
        f"{reused.feature.title}, #3",
        "天山脚下 风雪砺兵, #4",
    ]
    assert "部队行军途中。" in used.toolTip()
