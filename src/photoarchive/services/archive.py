"""The Archive facade: the one API both front ends (CLI and GUI) call.

Front ends never touch the catalogue, the index or files directly. Photos,
features, edits, import and maintenance are methods here; the rest is in parts
the Archive builds and hands what each needs: ``archive.search``,
``archive.themes``, ``archive.licences``, ``archive.exports`` and
``archive.browse``. Every call returns plain data (a photo is a frozen
:class:`~photoarchive.services.views.PhotoView`), and every long one a
:class:`~photoarchive.progress.Job`.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from photoarchive.captions import credit_tokens, parse_credit
from photoarchive.captions.model import Credit as CaptionCredit
from photoarchive.captions.model import CreditRole
from photoarchive.catalogue.credits import credit_row
from photoarchive.catalogue.history import record_edit
from photoarchive.catalogue.models import (
    EditHistory,
    Feature,
    FeatureCaption,
    Photo,
    Publication,
    utcnow,
)
from photoarchive.catalogue.publications import position_in, printed_in
from photoarchive.importer.plan import ImportPlan, make_plan, require_room
from photoarchive.importer.report import ImportReport
from photoarchive.importer.session import ImportSession
from photoarchive.importer.taken import WhenTaken, taken_positions
from photoarchive.library import Library
from photoarchive.paths import default_library_dir
from photoarchive.progress import CancelToken, Job, Progress
from photoarchive.services.check import CheckReport, check_files
from photoarchive.services.exports import Exports
from photoarchive.services.licences import (
    Licences,
    apply_default_licences,
    rederive_default_licence,
)
from photoarchive.services.lookup import get_photo, no_such_photo
from photoarchive.services.rows import Browse
from photoarchive.services.search import Search
from photoarchive.services.similar import similar_photos
from photoarchive.services.theme_suggestions import suggestion_writer
from photoarchive.services.themes import Themes
from photoarchive.services.views import PhotoView, PublicationView, feature_view, photo_view
from photoarchive.storage.similarity import NEAR, Near


class Archive:
    def __init__(self, library: Library) -> None:
        self.library = library
        self.licences = Licences(library)
        self.themes = Themes(library, after_change=self._after_change)
        self.search = Search(library, vocabulary=self.themes.vocabulary)
        self.exports = Exports(
            library, themes=self.themes, licences=self.licences, search=self.search
        )
        self.browse = Browse(library)
        self.search.sync()  # finish what a killed process left in the index queue

    @classmethod
    def open(cls, root: Path | None = None) -> Archive:
        """Open (creating if needed) the library at ``root`` or the default one."""
        return cls(Library(root or default_library_dir()))

    def close(self) -> None:
        self.search.close()
        self.library.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def root(self) -> Path:
        return self.library.root

    # -- import ---------------------------------------------------------------------------
    def plan_import(
        self, feature: Path | None, photos: Path | None, *, pairing_csv: Path | None = None
    ) -> ImportPlan:
        """Parse and pair without writing anything (``--dry-run``, the GUI preview)."""
        return make_plan(feature, photos, pairing_csv=pairing_csv)

    def taken_positions(self, plan: ImportPlan) -> list[int]:
        """Positions the plan's feature, imported before, already fills with other photos.

        Hashes the planned files of those positions: call it on a worker.
        """
        with self.library.catalogue.reader() as session:
            return taken_positions(session, plan)

    def import_job(
        self,
        plan: ImportPlan,
        *,
        allow_mismatch: bool = False,
        workers: int | None = None,
        when_taken: WhenTaken = WhenTaken.ASK,
    ) -> Job[ImportReport]:
        """Import a plan; a count mismatch raises now, before anything is written.

        A feature imported before whose positions would get a second photo is refused
        by the job, before it writes, unless ``when_taken`` says what to do (it hashes
        the files, so it runs on the worker).
        """
        self.library.require_writable()
        if not allow_mismatch:
            plan.require_match()
        require_room(self.library.root, plan)
        session = ImportSession(
            self.library,
            plan,
            allow_mismatch=allow_mismatch,
            workers=workers,
            when_taken=when_taken,
            listeners=(self._after_change,),
            enrich=self._enricher(),
        )
        return Job(session.run)

    def credit_tokens(self, credit: CaptionCredit) -> list[dict[str, str]]:
        """The tokens a planned caption's credit was read from, for a front end to explain it."""
        return credit_tokens(credit)

    def _enricher(self) -> Callable[[Session, list[Photo]], None]:
        """What every new photo gets inside the transaction that stores it."""
        suggest = self._suggestion_writer()
        rules = self.licences.rules

        def enrich(session: Session, photos: list[Photo]) -> None:
            apply_default_licences(session, photos, rules)
            suggest(session, photos)

        return enrich

    def _suggestion_writer(self) -> Callable[[Session, list[Photo]], int]:
        themes = self.themes
        return suggestion_writer(themes.vocabulary(), themes.model(), themes.classifier())

    # -- reading --------------------------------------------------------------------------
    def photo(self, photo_id: int) -> PhotoView:
        """One photo in full: with its themes and licence (what ``show`` prints)."""
        with self.library.catalogue.reader() as session:
            photo = get_photo(session, photo_id)
            view = photo_view(photo)
            printed = tuple(PublicationView.of(p.caption) for p in photo.publications)
        return replace(
            view,
            themes=self.themes.of_photo(photo_id),
            licence=self.licences.licence_view(photo_id),
            publications=printed,
            detailed=True,
        )

    def photos(
        self,
        *,
        feature_id: int | None = None,
        offset: int = 0,
        limit: int | None = None,
        ids: list[int] | None = None,
    ) -> list[PhotoView]:
        """Photos in feature order, without themes and licence (``detailed`` is False)."""
        if feature_id is None:
            stmt = select(Photo).order_by(Photo.feature_id, Photo.position, Photo.id)
        else:  # every photo the feature printed, in its order there
            stmt = (
                select(Photo)
                .where(printed_in(feature_id))
                .order_by(position_in(feature_id), Photo.id)
            )
        if ids is not None:
            stmt = stmt.where(Photo.id.in_(ids))
        stmt = stmt.offset(offset).limit(limit).options(selectinload(Photo.feature))
        with self.library.catalogue.reader() as session:
            return [photo_view(p) for p in session.scalars(stmt).unique()]

    def photo_count(self, *, feature_id: int | None = None) -> int:
        stmt = select(func.count(Photo.id))
        if feature_id is not None:
            stmt = stmt.where(printed_in(feature_id))
        with self.library.catalogue.reader() as session:
            return int(session.scalar(stmt) or 0)

    def features(self) -> list[dict[str, Any]]:
        """Every feature with the photos it printed (first there or again) and its captions."""
        printed = select(FeatureCaption.feature_id, FeatureCaption.position, Publication.photo_id)
        printed = printed.join(Publication, Publication.caption_id == FeatureCaption.id)
        photos: dict[int, set[int]] = {}
        positions: dict[int, set[int]] = {}
        with self.library.catalogue.reader() as session:
            for fid, position, pid in session.execute(printed):
                photos.setdefault(fid, set()).add(pid)
                positions.setdefault(fid, set()).add(position)
            rows = session.scalars(select(Feature).order_by(Feature.id)).all()
            return [
                feature_view(f, len(photos.get(f.id, ())), positions.get(f.id, set())) for f in rows
            ]

    def similar(self, photo_id: int, *, within: int = NEAR) -> list[Near]:
        """Stored photos that look like this one (re-sent, resized, re-saved), nearest first."""
        return similar_photos(self.library, photo_id, within=within)

    def thumbnail_path(self, photo_id: int) -> Path:
        return self.library.store.thumbnail_path(self._sha(photo_id))

    def original_path(self, photo_id: int) -> Path:
        with self.library.catalogue.reader() as session:
            rel = session.scalar(select(Photo.stored_path).where(Photo.id == photo_id))
        if rel is None:
            raise no_such_photo([photo_id])
        return self.library.store.absolute(rel)

    def _sha(self, photo_id: int) -> str:
        with self.library.catalogue.reader() as session:
            sha = session.scalar(select(Photo.sha256).where(Photo.id == photo_id))
        if sha is None:
            raise no_such_photo([photo_id])
        return sha

    # -- editing --------------------------------------------------------------------------
    def set_caption(self, photo_id: int, text: str, *, actor: str = "user") -> PhotoView:
        """Change a caption, record it in the edit history, and refresh its suggestions.

        The photo comes back without themes and licence; :meth:`photo` reads them.
        """
        text = text.strip()
        suggest = self._suggestion_writer()
        with self.library.catalogue.session() as session:
            photo = get_photo(session, photo_id)
            changed = photo.caption != text
            if changed:
                record_edit(session, photo_id, "caption", photo.caption, text, actor=actor)
                photo.caption = text
                session.flush()
                suggest(session, [photo])  # undecided suggestions follow the new words
            session.flush()
            view = photo_view(photo)
        self._after_change([photo_id])
        return view

    def set_credit(self, photo_id: int, as_printed: str, *, actor: str = "user") -> PhotoView:
        """Replace a photo's credit by a newly printed form, parsed by the caption rules.

        ``"罗 铭 摄"`` becomes photographer 罗铭; text no rule understands is kept
        as printed with role unknown; an empty text removes the credit. The photo
        comes back without themes and licence, like :meth:`set_caption`.
        """
        text = " ".join(as_printed.split())
        with self.library.catalogue.session() as session:
            photo = get_photo(session, photo_id)
            old = photo.credit.as_printed if photo.credit is not None else None
            if (old or "") != text:
                record_edit(session, photo_id, "credit", old, text or None, actor=actor)
                stale = photo.credit
                parsed = parse_credit(text) if text else None
                if parsed is None and text:
                    parsed = CaptionCredit(as_printed=text, role=CreditRole.UNKNOWN)
                photo.credit = credit_row(session, parsed) if parsed is not None else None
                photo.updated_at = utcnow()
                if stale is not None:
                    session.flush()
                    session.delete(stale)
                rederive_default_licence(session, photo, self.licences.rules)
            session.flush()
            view = photo_view(photo)
        self._after_change([photo_id])
        return view

    def delete_photos(self, photo_ids: list[int], *, actor: str = "user") -> list[int]:
        """Remove photos from the archive: rows, stored original and thumbnail.

        The rows go first (one transaction, recorded in the history); a process
        killed before the files are removed leaves orphans that ``check``
        reports and ``check --repair`` sets aside.
        """
        removed: list[tuple[int, str, str]] = []
        with self.library.catalogue.session() as session:
            for pid in photo_ids:
                photo = get_photo(session, pid)
                record_edit(session, pid, "deleted", photo.original_name, None, actor=actor)
                removed.append((pid, photo.sha256, photo.stored_path))
                credit = photo.credit
                session.delete(photo)
                if credit is not None:
                    session.delete(credit)
        for _pid, sha, relpath in removed:
            self.library.store.absolute(relpath).unlink(missing_ok=True)
            self.library.store.thumbnail_path(sha).unlink(missing_ok=True)
        self._after_change([pid for pid, _, _ in removed])
        return [pid for pid, _, _ in removed]

    def history(self, photo_id: int) -> list[dict[str, Any]]:
        stmt = (
            select(EditHistory)
            .where(EditHistory.entity == "photo", EditHistory.entity_id == photo_id)
            .order_by(EditHistory.id)
        )
        with self.library.catalogue.reader() as session:
            rows = [
                {
                    "at": h.at.isoformat(timespec="seconds"),
                    "actor": h.actor,
                    "field": h.field,
                    "old": h.old_value,
                    "new": h.new_value,
                }
                for h in session.scalars(stmt)
            ]
        if not rows and self._missing(photo_id):
            raise no_such_photo([photo_id])
        return rows  # a deleted photo keeps its history, ending in "deleted"

    def _missing(self, photo_id: int) -> bool:
        with self.library.catalogue.reader() as session:
            return session.get(Photo, photo_id) is None

    def _after_change(self, photo_ids: list[int]) -> None:
        """Keep caches (search index) in step with a catalogue change.

        The change itself queued ``photo_ids`` in the catalogue; syncing applies
        that queue, which also picks up anything a killed process left behind.
        """
        self.search.sync()

    # -- maintenance ----------------------------------------------------------------------
    def check(self, *, repair: bool = False, verify: bool = False) -> CheckReport:
        return self.check_job(repair=repair, verify=verify).run()

    def check_job(self, *, repair: bool = False, verify: bool = False) -> Job[CheckReport]:
        """Compare catalogue, files and index; ``verify`` re-hashes every original."""

        def run(_cancel: CancelToken) -> Generator[Progress, None, CheckReport]:
            report = CheckReport()
            yield from check_files(self.library, report, repair=repair, verify=verify)
            index_problems = self.search.consistency()
            if index_problems and repair:
                yield from self.search.reindex_job()
                report.repaired.append({"kind": "index_rebuilt"})
            else:
                report.problems.extend(index_problems)
            return report

        return Job(run)
