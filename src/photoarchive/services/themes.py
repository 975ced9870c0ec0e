"""Themes, a part of the Archive facade (``archive.themes``): vocabulary, tags,
suggestions, learning.

The learned model is trained on this catalogue's decisions (manual and
accepted tags count for a theme, rejected suggestions against it) and cached
in ``<library>/theme-model.json`` with a stamp of the decisions it saw, so it
is retrained only when an archivist has decided something new.
"""

from __future__ import annotations

import json
import os
import threading
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from photoarchive.catalogue.changes import enqueue
from photoarchive.catalogue.models import Photo, PhotoTheme, ThemeRecord
from photoarchive.catalogue.themes import (
    ACCEPTED,
    MANUAL,
    REJECTED,
    SUGGESTED,
    TAGGED,
    custom_themes,
    remove_link,
    set_link,
)
from photoarchive.errors import InputError, NotFoundError
from photoarchive.faults import checkpoint
from photoarchive.library import Library
from photoarchive.services.lookup import require_photos
from photoarchive.services.theme_classifier import (
    TrainingReport,
    archive_classifier,
    train_classifier,
)
from photoarchive.services.theme_suggestions import suggestion_view, suggestion_writer
from photoarchive.services.views import ThemeView
from photoarchive.tagging import (
    ModelFormatError,
    Theme,
    ThemeModel,
    Vocabulary,
    load_default_vocabulary,
    suggest,
)
from photoarchive.tagging.classifier import ThemeClassifier

# The decisions on a suggested theme, as the front ends name them (taken from here,
# not from the catalogue, so no front end reaches below the services layer).
__all__ = ["ACCEPTED", "REJECTED", "Themes"]

MODEL_FILE = "theme-model.json"
BACKGROUND_CAPTIONS = 2000


class Themes:
    """The archive's themes and the photos tagged with them.

    ``after_change`` is told which photos' tags changed (the Archive keeps the
    search index in step with it: theme labels are searchable).
    """

    def __init__(self, library: Library, after_change: Callable[[list[int]], None]) -> None:
        self.library = library
        self._after_change = after_change

    # -- vocabulary ---------------------------------------------------------------------
    def vocabulary(self) -> Vocabulary:
        with self.library.catalogue.reader() as session:
            shipped = load_default_vocabulary()
            return shipped.merged_with(custom_themes(session, shipped))

    def resolve(self, name: str) -> Theme:
        theme = self.vocabulary().resolve(name)
        if theme is None:
            raise NotFoundError(
                f"There is no theme '{name}'.", hint="List the themes with `photoarchive themes`."
            )
        return theme

    def all(self) -> list[dict[str, Any]]:
        """Every theme with how many photos have it and how many await a decision."""
        stmt = select(PhotoTheme.theme_key, PhotoTheme.source, func.count()).group_by(
            PhotoTheme.theme_key, PhotoTheme.source
        )
        tagged: Counter[str] = Counter()
        pending: Counter[str] = Counter()
        with self.library.catalogue.reader() as session:
            for key, source, n in session.execute(stmt):
                if source in TAGGED:
                    tagged[key] += n
                elif source == SUGGESTED:
                    pending[key] += n
        return [
            {
                "key": t.key,
                "label_en": t.label_en,
                "label_zh": t.label_zh,
                "parent": t.parent,
                "iptc_code": t.iptc_code,
                "retired": t.retired,
                "triggers": list(t.triggers),
                "count": tagged[t.key],
                "suggested": pending[t.key],
            }
            for t in self.vocabulary().themes
        ]

    def save(
        self,
        key: str,
        *,
        label_en: str | None = None,
        label_zh: str | None = None,
        parent: str | None = None,
        iptc_code: str | None = None,
        triggers: list[str] | None = None,
        retired: bool | None = None,
        new: bool = False,
    ) -> dict[str, Any]:
        """Add an archive theme (``new``), or relabel / extend / retire an existing one."""
        key = key.strip()
        if not key or not key.replace("-", "").replace("_", "").isalnum() or not key.isascii():
            raise InputError(
                f"'{key}' cannot be a theme key.",
                hint="Use lowercase letters, digits, - or _, e.g. flood-relief.",
            )
        known = self.vocabulary()
        if new and key in known:
            raise InputError(
                f"There is already a theme '{key}'.",
                hint=f"Change it with `photoarchive themes rename {key} ...`.",
            )
        if not new and key not in known:
            raise NotFoundError(
                f"There is no theme '{key}'.",
                hint=f"Add it with `photoarchive themes add {key} ...`.",
            )
        for label in (label_en, label_zh):
            other = known.resolve(label) if label else None
            if other is not None and other.key != key:
                raise InputError(
                    f"The label '{label}' already names the theme '{other.key}'.",
                    hint="Choose a label no other theme uses.",
                )
        with self.library.catalogue.session() as session:
            row = session.get(ThemeRecord, key) or ThemeRecord(key=key, triggers=[])
            for name, value in (
                ("label_en", label_en),
                ("label_zh", label_zh),
                ("parent", parent),
                ("iptc_code", iptc_code),
                ("retired", retired),
            ):
                if value is not None:
                    setattr(row, name, value)
            if triggers:
                row.triggers = list(dict.fromkeys([*row.triggers, *triggers]))
            session.add(row)
            session.flush()
            # the whole vocabulary must stay valid with the change, or nothing is saved
            shipped = load_default_vocabulary()
            merged = shipped.merged_with(custom_themes(session, shipped))
            tagged = list(
                session.scalars(
                    select(PhotoTheme.photo_id).where(
                        PhotoTheme.theme_key == key, PhotoTheme.source.in_(TAGGED)
                    )
                )
            )
            enqueue(session, tagged)  # labels are searchable (theme:农业); rows are unchanged
        self._after_change(tagged)
        theme = merged.get(key)
        return {
            "key": theme.key,
            "label_en": theme.label_en,
            "label_zh": theme.label_zh,
            "retired": theme.retired,
            "triggers": list(theme.triggers),
        }

    # -- tags ---------------------------------------------------------------------------
    def of_photo(self, photo_id: int) -> tuple[ThemeView, ...]:
        """The photo's themes in every state, the most confident first."""
        vocab = self.vocabulary()
        with self.library.catalogue.reader() as session:
            links = session.scalars(
                select(PhotoTheme)
                .where(PhotoTheme.photo_id == photo_id)
                .order_by(PhotoTheme.score.desc())
            ).all()
        out = []
        for link in links:
            theme = vocab.resolve(link.theme_key)
            out.append(
                ThemeView.of(
                    link,
                    label_zh=theme.label_zh if theme else link.theme_key,
                    label_en=theme.label_en if theme else link.theme_key,
                )
            )
        return tuple(out)

    def tag(self, photo_ids: list[int], names: list[str], *, actor: str = "user") -> None:
        """Tag photos by hand (a suggestion being confirmed becomes accepted)."""
        keys = [self.resolve(n).key for n in names]
        with self.library.catalogue.session() as session:
            require_photos(session, photo_ids)
            for pid in photo_ids:
                for key in keys:
                    link = session.get(PhotoTheme, (pid, key))
                    source = ACCEPTED if link is not None and link.source == SUGGESTED else MANUAL
                    if link is None or link.source not in TAGGED:
                        set_link(session, pid, key, source, actor=actor)
        self._after_change(photo_ids)

    def untag(self, photo_ids: list[int], names: list[str], *, actor: str = "user") -> None:
        keys = [self.resolve(n).key for n in names]
        with self.library.catalogue.session() as session:
            require_photos(session, photo_ids)
            for pid in photo_ids:
                for key in keys:
                    remove_link(session, pid, key, actor=actor)
        self._after_change(photo_ids)

    def decide(self, photo_id: int, name: str, accept: bool, *, actor: str = "user") -> None:
        """Accept or reject a theme on a photo; a rejection is never suggested again."""
        key = self.resolve(name).key
        with self.library.catalogue.session() as session:
            require_photos(session, [photo_id])
            set_link(session, photo_id, key, ACCEPTED if accept else REJECTED, actor=actor)
        self._after_change([photo_id])

    def set_source(
        self, photo_id: int, name: str, source: str | None, *, actor: str = "user"
    ) -> None:
        """Put a photo's theme into any state, or remove it (None): what undo needs."""
        key = self.resolve(name).key
        if source not in (None, MANUAL, SUGGESTED, ACCEPTED, REJECTED):
            raise InputError(f"'{source}' is not a theme state.")
        with self.library.catalogue.session() as session:
            require_photos(session, [photo_id])
            if source is None:
                remove_link(session, photo_id, key, actor=actor)
            else:
                set_link(session, photo_id, key, source, actor=actor)
        self._after_change([photo_id])

    # -- suggestions --------------------------------------------------------------------
    def suggestions(self, photo_ids: list[int] | None = None) -> list[dict[str, Any]]:
        """Fresh suggestions (nothing written); all photos when ``photo_ids`` is None."""
        vocab, model, classifier = self.vocabulary(), self.model(), self.classifier()
        out = []
        for pid, caption, exclude in self._captions_and_decided(photo_ids):
            found = suggest(caption, vocab, model=model, classifier=classifier, exclude=exclude)
            out.append(
                {
                    "photo_id": pid,
                    "themes": [suggestion_view(s) for s in found],
                    "no_confident_theme": bool(caption.strip()) and not found,
                }
            )
        return out

    def store_suggestions(self, photo_ids: list[int] | None = None) -> int:
        """Write fresh suggestions as 'suggested' links, replacing stale undecided ones."""
        suggester = suggestion_writer(self.vocabulary(), self.model(), self.classifier())
        with self.library.catalogue.session() as session:
            stmt = select(Photo)
            if photo_ids is not None:
                require_photos(session, photo_ids)
                stmt = stmt.where(Photo.id.in_(photo_ids))
            return suggester(session, list(session.scalars(stmt)))

    def _captions_and_decided(self, photo_ids: list[int] | None) -> list[tuple[int, str, set[str]]]:
        stmt = select(Photo.id, Photo.caption)
        links = select(PhotoTheme.photo_id, PhotoTheme.theme_key).where(
            PhotoTheme.source != SUGGESTED
        )
        if photo_ids is not None:
            stmt = stmt.where(Photo.id.in_(photo_ids))
            links = links.where(PhotoTheme.photo_id.in_(photo_ids))
        with self.library.catalogue.reader() as session:
            if photo_ids is not None:
                require_photos(session, photo_ids)
            decided: dict[int, set[str]] = {}
            for pid, key in session.execute(links):
                decided.setdefault(pid, set()).add(key)
            return [
                (pid, cap or "", decided.get(pid, set()))
                for pid, cap in session.execute(stmt.order_by(Photo.id))
            ]

    def model(self) -> ThemeModel | None:
        """The learned model for this library, retrained when decisions changed."""
        stmt = select(func.count(), func.max(PhotoTheme.updated_at)).where(
            PhotoTheme.source != SUGGESTED
        )
        with self.library.catalogue.reader() as session:
            count, latest = session.execute(stmt).one()
        if not count:
            return None
        stamp = f"{count}:{latest}"
        path = self.library.root / MODEL_FILE
        if path.is_file():
            try:
                cached = json.loads(path.read_text(encoding="utf-8"))
                if cached.get("stamp") == stamp:
                    return ThemeModel.from_json(json.dumps(cached["model"]))
            except (OSError, ValueError, KeyError, ModelFormatError):
                pass  # a damaged cache is retrained below
        model = ThemeModel.train(self._decisions(), background=self._background())
        tmp = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            checkpoint("theme-model-cache", tmp)
            tmp.write_text(
                json.dumps(
                    {"stamp": stamp, "model": json.loads(model.to_json())}, ensure_ascii=False
                ),
                encoding="utf-8",
            )
            tmp.replace(path)
        except OSError:  # only a cache: a full or read-only disk retrains next time
            tmp.unlink(missing_ok=True)
        return model

    def classifier(self) -> ThemeClassifier | None:
        """This archive's classifier, else the shipped one; ``None`` if neither can be read."""
        return archive_classifier(self.library.root)

    def train_classifier(
        self, progress: Callable[[str], None] | None = None, *, corpus: Path | None = None
    ) -> TrainingReport:
        """Retrain from the corpus (the shipped one by default) and this archive's decisions."""
        return train_classifier(
            self.library.root, self._decisions(), self.vocabulary(), progress, corpus=corpus
        )

    def _decisions(self) -> list[tuple[str, str, bool]]:
        stmt = (
            select(Photo.caption, PhotoTheme.theme_key, PhotoTheme.source)
            .join(PhotoTheme, PhotoTheme.photo_id == Photo.id)
            .where(PhotoTheme.source != SUGGESTED)
        )
        with self.library.catalogue.reader() as session:
            return [
                (cap or "", key, source != REJECTED) for cap, key, source in session.execute(stmt)
            ]

    def _background(self) -> list[str]:
        """Recent captions as background documents (bounded, so training stays fast)."""
        stmt = select(Photo.caption).order_by(Photo.id.desc()).limit(BACKGROUND_CAPTIONS)
        with self.library.catalogue.reader() as session:
            return [c for c in session.scalars(stmt) if c]
