"""Exporting from the window: what is chosen, who is left out and why, then the files."""

from __future__ import annotations

from PIL import Image

from photoarchive.gui.export_dialog import ExportDialog, export_choice
from photoarchive.gui.grid_model import FilterSource, SearchSource
from photoarchive.gui.sidebar import Choice
from photoarchive.services.rows import RowFilter


def _feature_id(window) -> int:
    return window.archive.features()[0]["id"]


def _open_export(qtbot, window, purpose: str) -> ExportDialog:
    feature = _feature_id(window)
    window.sidebar.choose(Choice("feature", feature, "衡阳"))
    window.commands.export.trigger()  # Ctrl+E
    dialog = window.export_dialog
    qtbot.addWidget(dialog)
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(purpose))
    dialog.make_preview()
    return dialog


def test_the_preview_lists_who_is_left_out_and_why_before_writing(qtbot, window):
    dialog = _open_export(qtbot, window, "web")
    assert "7 photos of" in dialog.what.text()
    preview = dialog.preview
    assert len(preview.included) + len(preview.excluded) == 7
    assert preview.excluded and preview.included
    left_out = [dialog.items.item(i).text() for i in range(len(preview.excluded))]
    assert all(text.startswith("Left out: photo") for text in left_out)
    assert f"{len(preview.included)} photos will be exported" in dialog.summary.text()
    assert not dialog.export_button.isEnabled()  # no destination yet


def test_export_writes_the_allowed_photos_with_a_manifest(qtbot, window, tmp_path):
    dialog = _open_export(qtbot, window, "web")
    allowed = {row["photo_id"] for row in dialog.preview.included}
    out = tmp_path / "out"
    dialog.destination.setText(str(out))
    dialog.edge.setValue(512)
    assert dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exported) as got:
        dialog.export_button.click()
    report = got.args[0]
    assert {row["photo_id"] for row in report.exported} == allowed
    assert (out / "manifest.json").is_file()
    jpegs = sorted(out.glob("*.jpg"))
    assert len(jpegs) == len(allowed)
    with Image.open(jpegs[0]) as image:
        assert max(image.size) == 512
    assert "exported to" in window.status.currentMessage()


def test_a_purpose_nothing_may_be_used_for_cannot_start(qtbot, window, tmp_path):
    dialog = _open_export(qtbot, window, "social")
    dialog.destination.setText(str(tmp_path / "social"))
    assert dialog.preview.included == []  # handouts: print and web only; the rest unlicensed
    assert not dialog.export_button.isEnabled()
    assert "nothing to export" in dialog.summary.text()


def test_what_ctrl_e_exports(window):
    archive = window.archive
    feature = FilterSource(archive, RowFilter(feature_id=1))
    search = SearchSource(archive, "水稻", [4], 1)
    assert export_choice([2, 5], feature, 7, "衡阳").selection == [2, 5]
    assert export_choice([2], feature, 7, "衡阳").selection.feature_id == 1
    assert export_choice([], search, 1, "").selection.query == "水稻"
    assert export_choice([3], FilterSource(archive), 7, "").selection == [3]
    assert export_choice([], FilterSource(archive), 7, "") is None
    themed = export_choice(
        [], FilterSource(archive, RowFilter(theme_key="agriculture")), 2, "Agriculture"
    )
    assert themed.selection.theme == "agriculture"
    assert "2 photos tagged Agriculture" in themed.description


def test_export_is_in_the_file_menu_on_ctrl_e(window):
    assert window.commands.export.shortcut().toString() == "Ctrl+E"
    assert window.commands.export in window.commands.file_menu.actions()
