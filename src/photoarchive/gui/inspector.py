"""The inspector: one photo in detail, with its caption and credit editable in place.

It shows a :class:`~photoarchive.services.views.PhotoView` from the facade
(what ``show --json`` prints) and reports edits as signals; saving and undo
belong to the window's controller, so the inspector never writes anything itself.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QFont, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from photoarchive.gui.field_editors import CaptionEdit, CreditEdit
from photoarchive.gui.thumbnails import ThumbnailLoader
from photoarchive.services.views import DisagreementView, PhotoView, PublicationView

PREVIEW_SIZE = QSize(512, 512)


def _when(iso: str | None) -> str:
    """``2021-09-08T09:30:00`` as ``2021-09-08 09:30`` (what an archivist reads)."""
    if not iso:
        return "—"
    date, _, time = iso.partition("T")
    return f"{date} {time[:5]}".strip()


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Inspector(QScrollArea):
    """Preview, caption, credit, feature and EXIF of the selected photo."""

    caption_committed = Signal(int, str, str)  # photo id, old caption, new caption
    credit_committed = Signal(int, str, str)  # photo id, old credit, new credit (as printed)

    def __init__(self, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._loader = loader
        self._photo: PhotoView | None = None
        self._preview_path: str | None = None
        loader.loaded.connect(self._on_loaded)
        self._build()
        self.retranslate()
        self.show_photo(None)

    # -- layout -------------------------------------------------------------------------
    def _build(self) -> None:
        body = QWidget()
        body.setObjectName("inspector")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(200)
        self.preview.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.preview.setObjectName("preview")
        layout.addWidget(self.preview)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.feature = _value_label()
        self.feature.setObjectName("featureLine")
        layout.addWidget(self.feature)
        self.caption_heading = QLabel()
        self.caption_heading.setObjectName("heading")
        layout.addWidget(self.caption_heading)
        self.caption = CaptionEdit()
        self.caption.setMinimumHeight(96)
        self.caption.setMaximumHeight(150)
        self.caption.committed.connect(self._on_caption)
        layout.addWidget(self.caption)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.credit_name = QLabel()
        self.credit_name.setObjectName("fieldName")
        self.credit = CreditEdit()
        self.credit.committed.connect(self._on_credit)
        self.form.addRow(self.credit_name, self.credit)
        self._fields: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("role", "used", "taken", "camera", "size", "gps", "file", "sha", "embedded"):
            name, value = QLabel(), _value_label()
            name.setObjectName("fieldName")
            self._fields[key] = (name, value)
            self.form.addRow(name, value)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()  # themes and licence panels, when the facade has them
        layout.addLayout(self.extra)
        self.history_heading = QLabel()
        self.history_heading.setObjectName("heading")
        layout.addWidget(self.history_heading)
        self.history = _value_label()
        self.history.setObjectName("history")
        layout.addWidget(self.history)
        layout.addStretch(1)
        self.setWidget(body)

    def add_panel(self, panel: QWidget) -> None:
        """Add a panel (themes, licence) below the details."""
        self.extra.addWidget(panel)

    def retranslate(self) -> None:
        self.credit_name.setText(self.tr("Credit"))
        self.credit.setPlaceholderText(self.tr("No credit: type one, e.g. 罗盟 摄"))
        self.credit.setToolTip(
            self.tr(
                "The credit as printed: 罗盟 摄, 新华社记者 张三 摄, "
                "某某学校 供图. Enter saves; names complete as you type."
            )
        )
        labels = {
            "role": self.tr("Role"),
            "used": self.tr("Used in"),
            "taken": self.tr("Taken"),
            "camera": self.tr("Camera"),
            "size": self.tr("Size"),
            "gps": self.tr("GPS"),
            "file": self.tr("File"),
            "sha": self.tr("SHA-256"),
            "embedded": self.tr("Embedded"),
        }
        for key, (name, _value) in self._fields.items():
            name.setText(labels[key])
        self.caption_heading.setText(self.tr("CAPTION"))
        self.history_heading.setText(self.tr("HISTORY"))
        self.caption.setPlaceholderText(self.tr("No caption yet: type one and press Enter."))
        self.show_photo(self._photo, keep_preview=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content ------------------------------------------------------------------------
    @property
    def photo(self) -> PhotoView | None:
        return self._photo

    @property
    def preview_path(self) -> str | None:
        """The thumbnail file the preview shows (None when no photo is selected)."""
        return self._preview_path

    def show_photo(
        self,
        photo: PhotoView | None,
        *,
        preview: str | None = None,
        history: list[dict[str, Any]] | None = None,
        keep_preview: bool = False,
    ) -> None:
        """Show ``photo`` (``Archive.photo()``), or an empty state for None.

        Showing the same photo again (after an edit was saved) keeps a change
        the user is typing meanwhile in either field.
        """
        same = photo is not None and self._photo is not None and photo.id == self._photo.id
        self._photo = photo
        self.caption.setEnabled(photo is not None)
        self.credit.setEnabled(photo is not None)
        if photo is None:
            self.title.setText(self.tr("No photo selected"))
            self.feature.setText(
                self.tr(
                    "Choose a photo in the grid to see its caption, credit and camera details here."
                )
            )
            self.caption.set_saved_text("")
            self.credit.set_saved_text("")
            for _name, value in self._fields.values():
                value.setText("")
            self.preview.setPixmap(QPixmap())
            self._preview_path = None
            self.history.setText("")
            return
        self.title.setText(self.tr("Photo {id}").format(id=photo.id))
        feature = photo.feature
        self.feature.setText(
            self.tr("{title} · no. {position}").format(
                title=feature.title, position=feature.position
            )
            if feature
            else self.tr("Not part of a feature")
        )
        self.caption.set_saved_text(photo.caption or "", keep_draft=same)
        self.credit.set_saved_text(photo.credit.as_printed if photo.credit else "", keep_draft=same)
        self._fill_fields(photo)
        if history is not None:
            self._fill_history(history)
        if preview is not None:
            self._preview_path = preview
            self._show_preview()
        elif not keep_preview:
            self._preview_path = None
            self.preview.setPixmap(QPixmap())

    def _fill_fields(self, photo: PhotoView) -> None:
        credit = photo.credit
        names = "、".join(c.name for c in credit.contributors) if credit else ""
        camera = " ".join(v for v in (photo.camera.make, photo.camera.model) if v)
        gps = photo.gps
        values = {
            "role": (self._role(credit.role) + (f" · {names}" if names else "") if credit else "—"),
            "taken": _when(photo.taken_at),
            "camera": camera or "—",
            "size": f"{photo.width} × {photo.height} {photo.format}",
            "gps": f"{gps.lat:.5f}, {gps.lon:.5f}" if gps else "—",
            "file": photo.file or "—",
            "sha": (photo.sha256 or "")[:16] + "…",
            "embedded": self._disagreements(photo.metadata_disagreements),
            "used": self._used_in(photo.publications),
        }
        conflict = photo.credit_conflict
        if conflict:  # both are kept; the sidebar lists the photo under Needs attention
            values["role"] += "  ⚠ " + self.tr("the file's credit fields disagree")
        notes = photo.import_notes
        if notes:  # what the import noticed: a guessed file name, damaged metadata
            values["file"] += "  ⚠"
        for key, (_name, value) in self._fields.items():
            value.setText(values[key])
        self._fields["role"][1].setToolTip(conflict or "")
        self._fields["file"][1].setToolTip("\n".join(notes))
        self._fields["embedded"][1].setToolTip(
            "\n".join(d.why for d in photo.metadata_disagreements)
        )
        self._fields["used"][1].setToolTip(
            "\n\n".join(f"{u.feature_title} #{u.position}\n{u.caption}" for u in photo.publications)
        )

    def _used_in(self, used: tuple[PublicationView, ...]) -> str:
        """Every feature that printed the photo, with its position there."""
        if not used:
            return "—"
        return "\n".join(
            self.tr("{title}, #{position}").format(title=u.feature_title, position=u.position)
            + (f" ({u.published_on})" if u.published_on else "")
            for u in used
        )

    def _disagreements(self, differences: tuple[DisagreementView, ...]) -> str:
        """Each field whose blocks disagree: the block read, and what the others say."""
        if not differences:
            return self.tr("EXIF, IPTC and XMP agree")
        fields = {
            "caption": self.tr("caption"),
            "creator": self.tr("creator"),
            "copyright": self.tr("copyright"),
            "headline": self.tr("headline"),
            "credit": self.tr("credit"),
            "source": self.tr("source"),
            "title": self.tr("title"),
            "keywords": self.tr("keywords"),
        }
        lines = []
        for d in differences:
            others = "; ".join(f"{o.block}: {_short(o.value)}" for o in d.others)
            lines.append(
                "⚠ "
                + self.tr("{field} read from {block}, not {others}").format(
                    field=fields.get(d.field, d.field), block=d.used, others=others
                )
            )
        return "\n".join(lines)

    def _role(self, role: str | None) -> str:
        names = {
            "photographer": self.tr("photographer"),
            "handout": self.tr("handout"),
            "agency": self.tr("agency"),
            "graphic": self.tr("graphic"),
            "file": self.tr("file picture"),
            "unknown": self.tr("unknown"),
        }
        return names.get(role or "unknown", role or "")

    def _fill_history(self, history: list[dict[str, Any]]) -> None:
        if not history:
            self.history.setText(self.tr("No edits yet."))
            return
        lines = [f"{h['at'].replace('T', ' ')} · {h['actor']} · {h['field']}" for h in history[-5:]]
        self.history.setText("\n".join(reversed(lines)))

    def _show_preview(self) -> None:
        if self._preview_path is None:
            return
        pix = self._loader.pixmap(self._preview_path)
        if pix is None:
            pix = self._loader.placeholder
        width = max(200, self.viewport().width() - 24)
        self.preview.setPixmap(
            pix.scaled(
                QSize(width, width),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _on_loaded(self, path: str) -> None:
        if path == self._preview_path:
            self._show_preview()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_preview()

    def edit_caption(self) -> None:
        """Put the cursor in the caption (Enter in the grid)."""
        if self._photo is not None:
            self.caption.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.caption.selectAll()

    def set_contributors(self, names: list[str]) -> None:
        """Names the credit field completes (known contributors, most credited first)."""
        self.credit.set_names(names)

    def commit_edits(self) -> None:
        """Save whatever is being typed (the window is closing)."""
        self.caption.commit()
        self.credit.commit()

    def _on_caption(self, old: str, new: str) -> None:
        if self._photo is not None:
            self.caption_committed.emit(self._photo.id, old, new)

    def _on_credit(self, old: str, new: str) -> None:
        if self._photo is not None:
            self.credit_committed.emit(self._photo.id, old, new)


def _short(value: str | tuple[str, ...], limit: int = 60) -> str:
    """An embedded value in a line of the inspector: lists joined, long text cut."""
    text = value if isinstance(value, str) else "; ".join(value)
    return f"«{text[:limit]}…»" if len(text) > limit else f"«{text}»"
