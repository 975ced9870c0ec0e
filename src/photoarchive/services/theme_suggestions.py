"""Suggested themes written into the catalogue, and shown to front ends.

Both the import (for every new batch) and ``themes suggest --store`` write
suggestions inside their own transaction; this is the one place that does it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from photoarchive.catalogue.models import Photo, PhotoTheme
from photoarchive.catalogue.themes import SUGGESTED
from photoarchive.tagging import ThemeModel, ThemeSuggestion, Vocabulary, suggest
from photoarchive.tagging.classifier import ThemeClassifier


def suggestion_view(s: ThemeSuggestion) -> dict[str, Any]:
    return {
        "key": s.key,
        "label_zh": s.label_zh,
        "label_en": s.label_en,
        "score": s.score,
        "because": list(s.because),
    }


def suggestion_writer(
    vocab: Vocabulary, model: ThemeModel | None, classifier: ThemeClassifier | None
) -> Callable[[Session, list[Photo]], int]:
    """A function that (re)writes suggestions for photos inside a caller's transaction.

    The vocabulary and learned model are loaded once, so an import can call
    it for every batch; it takes the transaction's session, so only services
    call it.
    """

    def store(session: Session, photos: list[Photo]) -> int:
        stored = 0
        for photo in photos:
            links = session.scalars(select(PhotoTheme).where(PhotoTheme.photo_id == photo.id)).all()
            for stale in (link for link in links if link.source == SUGGESTED):
                session.delete(stale)
            session.flush()
            decided = {link.theme_key for link in links if link.source != SUGGESTED}
            found = suggest(
                photo.caption or "", vocab, model=model, classifier=classifier, exclude=decided
            )
            photo.no_confident_theme = bool((photo.caption or "").strip()) and not found
            for s in found:
                session.add(
                    PhotoTheme(
                        photo_id=photo.id,
                        theme_key=s.key,
                        source=SUGGESTED,
                        score=s.score,
                        because=list(s.because),
                    )
                )
                stored += 1
        return stored

    return store
