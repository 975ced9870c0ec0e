"""Executing an import plan: analyse on worker threads, write with one writer.

Stages (after beets' importer): *feature* (upsert by text hash, so a second
import of the same text finds the first), *analyse* (hash, metadata, thumbnail,
in parallel), *write* (journal, move originals into place, insert rows, in
batches). An *enricher* runs inside each batch's transaction (default
licences, theme suggestions), so a kill can never leave photos without them;
listeners run after the commit (the search index, itself crash-safe through
the catalogue's index queue).
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from photoarchive.captions.model import Caption
from photoarchive.catalogue import journal
from photoarchive.catalogue.credits import credit_row
from photoarchive.catalogue.models import Feature, FeatureCaption, Photo, Publication
from photoarchive.catalogue.publications import add_publication, caption_ids
from photoarchive.errors import Cancelled
from photoarchive.faults import checkpoint
from photoarchive.importer.analyse import Analysed, Failed, Known, Outcome, analyse_photo
from photoarchive.importer.embedded import caption_from_embedded, credit_conflict
from photoarchive.importer.linking import link_to_feature
from photoarchive.importer.pairing import display_name, name_was_guessed
from photoarchive.importer.plan import FeatureSource, ImportPlan
from photoarchive.importer.report import ImportReport
from photoarchive.importer.taken import WhenTaken, refuse_taken, taken_positions
from photoarchive.library import Library
from photoarchive.progress import CancelToken, Progress
from photoarchive.storage.similarity import HashTable

BATCH = 25
Listener = Callable[[list[int]], None]
Enricher = Callable[[Session, list[Photo]], None]


def default_workers() -> int:
    return max(1, min(os.cpu_count() or 1, 8))


class ImportSession:
    """One import into one library. ``run()`` yields progress and returns the report."""

    def __init__(
        self,
        library: Library,
        plan: ImportPlan,
        *,
        allow_mismatch: bool = False,
        workers: int | None = None,
        listeners: tuple[Listener, ...] = (),
        enrich: Enricher | None = None,
        when_taken: WhenTaken = WhenTaken.ASK,
    ) -> None:
        self.library = library
        self.plan = plan
        self.allow_mismatch = allow_mismatch
        self.workers = workers or default_workers()
        self.listeners = listeners
        self.enrich = enrich
        self.report = ImportReport()
        self.when_taken = when_taken
        self._skip: frozenset[int] = frozenset()  # taken positions not to import
        self._pairs = plan.pairs
        self._filled: set[int | None] = set()  # positions an existing feature already had
        self._doubled: list[int] = []  # of those, the ones this import adds another photo to
        self._captions: dict[int, int] = {}  # the feature's caption rows by position
        self._stored_hashes: HashTable | None = None  # what was stored before this import

    # -- stages -------------------------------------------------------------------------
    def run(self, cancel: CancelToken | None = None) -> Generator[Progress, None, ImportReport]:
        cancel = cancel or CancelToken()
        if not self.allow_mismatch:
            self.plan.require_match()
        self._settle_taken_positions()  # on the worker: it hashes the files for them
        self.report.unmatched_captions = [c.position for c in self.plan.pairing.unmatched_captions]
        self.report.unmatched_photos = [display_name(p) for p in self.plan.pairing.unmatched_photos]
        self.report.skipped = list(self.plan.skipped) + [
            (display_name(p.path), f"position {p.caption.position} already has its photo")
            for p in self.plan.pairs
            if p.caption is not None and p.caption.position in self._skip
        ]
        with self.library.lock:
            feature_id = self._write_feature(self.plan.feature)
            self.report.feature_id = feature_id
            try:
                yield from self._import_photos(feature_id, cancel)
            except Cancelled:
                self.report.cancelled = True
            finally:
                self.library.store.clear_tmp()
        return self.report

    def _settle_taken_positions(self) -> None:
        """Refuse, or leave out, photos for positions an earlier import of the feature
        filled with other photos, as ``when_taken`` says; before anything is written."""
        if self.when_taken is WhenTaken.ADD:
            return
        with self.library.catalogue.reader() as session:
            taken = taken_positions(session, self.plan)
        if taken and self.when_taken is WhenTaken.ASK:
            feature = self.plan.feature
            raise refuse_taken(feature.parsed.title if feature else "", taken)
        self._skip = frozenset(taken)
        self._pairs = tuple(
            p for p in self.plan.pairs if p.caption is None or p.caption.position not in self._skip
        )

    def _write_feature(self, source: FeatureSource | None) -> int | None:
        if source is None:
            return None
        with self.library.catalogue.session() as session:
            existing = session.scalar(
                select(Feature.id).where(Feature.text_sha256 == source.text_sha256)
            )
            if existing is not None:
                self._note_filled_positions(session, existing)
                self._captions = caption_ids(session, existing)
                return existing
            parsed = source.parsed
            feature = Feature(
                title=parsed.title,
                kicker=parsed.kicker,
                byline=list(parsed.byline),
                body="\n\n".join(parsed.paragraphs),
                paragraph_count=len(parsed.paragraphs),
                source_file=source.path.name,
                text_sha256=source.text_sha256,
                encoding=parsed.encoding,
            )
            for cap in parsed.captions:
                feature.captions.append(
                    FeatureCaption(
                        position=cap.position,
                        text=cap.text,
                        credit_as_printed=cap.credit.as_printed,
                        credit_role=str(cap.credit.role),
                    )
                )
            session.add(feature)
            session.flush()
            self.report.feature_created = True
            feature_id = feature.id
            self._captions = {c.position: c.id for c in feature.captions}
        checkpoint("feature-written")
        return feature_id

    def _note_filled_positions(self, session, feature_id: int) -> None:
        """Remember which positions of an existing feature already have photos."""
        self._filled = set(
            session.scalars(select(Photo.position).where(Photo.feature_id == feature_id))
        )

    def _import_photos(self, feature_id: int | None, cancel: CancelToken) -> Iterator[Progress]:
        pairs = self._pairs
        total = len(pairs)
        captions = {p.path: p.caption for p in pairs}
        yield Progress("import", 0, total, "reading photos")
        batch: list[Analysed] = []
        written: dict[str, int] = {}
        for done, outcome in enumerate(self._analysed(cancel), start=1):
            if isinstance(outcome, Failed):
                self.report.failed.append(
                    (display_name(outcome.path), _failed_reason(outcome, captions))
                )
            elif isinstance(outcome, Known):
                self._known(outcome, captions.get(outcome.path), feature_id)
            else:
                batch.append(outcome)
            if len(batch) >= BATCH:
                self._write_batch(batch, captions, feature_id, written)
                batch = []
            yield Progress("import", done, total, display_name(outcome.path))
        if batch:
            self._write_batch(batch, captions, feature_id, written)
        if self._doubled:
            self.report.warnings.append(
                f"Feature {feature_id} already had photos at positions {sorted(self._doubled)}; "
                "the new photos were added beside them. Delete the ones you do not want "
                "(photoarchive delete ID)."
            )

    def _known(self, known: Known, caption: Caption | None, feature_id: int | None) -> None:
        """A photo already stored: link it to this feature if it has none, else record
        that this feature printed it too. Either way the printed caption is kept."""
        name = display_name(known.path)
        caption_id = self._captions.get(caption.position) if caption is not None else None
        if caption is None or feature_id is None:
            self.report.duplicates.append((name, known.photo_id))
            return
        with self.library.catalogue.session() as session:
            photo = link_to_feature(session, known.photo_id, feature_id, caption, caption_id)
            if photo is not None and self.enrich is not None:
                self.enrich(session, [photo])
            again = photo is None and self._print_again(session, known.photo_id, caption_id)
        if photo is not None:
            self.report.linked.append(known.photo_id)
        else:
            self.report.duplicates.append((name, known.photo_id))
            if not again:
                return  # this feature printed it already
            self.report.republished.append((name, known.photo_id, caption.position))
        for listener in self.listeners:
            listener([known.photo_id])

    @staticmethod
    def _print_again(session: Session, photo_id: int, caption_id: int | None) -> bool:
        stored = session.get(Photo, photo_id)
        return (
            stored is not None
            and caption_id is not None
            and add_publication(session, stored, caption_id)
        )

    def _analysed(self, cancel: CancelToken) -> Iterator[Outcome]:
        """Outcomes in plan order, computed ``workers`` at a time, stopping on cancel."""
        paths = [p.path for p in self._pairs]
        window: deque[Future[Outcome]] = deque()
        store = self.library.store
        with ThreadPoolExecutor(self.workers, thread_name_prefix="import") as pool:
            todo = iter(paths)
            try:
                for path in todo:
                    window.append(pool.submit(analyse_photo, path, store, self._find_known))
                    if len(window) >= self.workers * 2 + BATCH:  # busy while a batch is written
                        yield window.popleft().result()
                        cancel.raise_if_cancelled()
                while window:
                    yield window.popleft().result()
                    cancel.raise_if_cancelled()
            finally:
                for fut in window:
                    fut.cancel()

    def _find_known(self, sha256: str) -> int | None:
        with self.library.catalogue.reader() as session:
            return session.scalar(select(Photo.id).where(Photo.sha256 == sha256))

    def _write_batch(
        self,
        batch: list[Analysed],
        captions: dict[Path, Caption | None],
        feature_id: int | None,
        written: dict[str, int],
    ) -> None:
        """Journal, move originals into place, insert rows: the crash-safe order."""
        fresh: list[Analysed] = []
        repeats: list[Analysed] = []  # the same content twice in one folder
        for item in batch:
            if item.sha256 in written or any(f.sha256 == item.sha256 for f in fresh):
                item.staged.unlink(missing_ok=True)
                item.staged_thumbnail.unlink(missing_ok=True)
                repeats.append(item)
            else:
                fresh.append(item)
        if fresh:
            self._store_fresh(fresh, captions, feature_id, written)
        for item in repeats:
            self.report.duplicates.append((display_name(item.path), written[item.sha256]))

    def _store_fresh(
        self,
        fresh: list[Analysed],
        captions: dict[Path, Caption | None],
        feature_id: int | None,
        written: dict[str, int],
    ) -> None:
        store = self.library.store
        stored_before = self._hashes_before()
        checkpoint("staged")
        with self.library.catalogue.session() as session:
            journal.begin(session, [(a.sha256, a.relpath) for a in fresh])
        checkpoint("journalled")
        for item in fresh:
            store.commit_staged(item.staged, store.absolute(item.relpath))
            store.commit_staged(item.staged_thumbnail, store.thumbnail_path(item.sha256))
            checkpoint("moved")
        with self.library.catalogue.session() as session:
            photos = [
                self._photo_row(session, a, captions.get(a.path), feature_id, self._captions)
                for a in fresh
            ]
            for item in fresh:
                journal.finish(session, item.sha256)
            session.flush()
            if self.enrich is not None:
                self.enrich(session, photos)
            ids = [p.id for p in photos]
        for item in fresh:  # new photos that look like photos stored before this import
            for near in stored_before.near(item.phash):
                self.report.similar.append((display_name(item.path), near.photo_id, near.distance))
        for item, photo_id in zip(fresh, ids, strict=True):
            written[item.sha256] = photo_id
            caption = captions.get(item.path)
            if caption is not None and caption.position in self._filled:
                self._doubled.append(caption.position)
        checkpoint("committed")
        self.report.imported.extend(ids)
        for listener in self.listeners:
            listener(ids)

    def _hashes_before(self) -> HashTable:
        """The hashes of the photos stored before this import, read before its first write."""
        if self._stored_hashes is None:
            with self.library.catalogue.reader() as session:
                stmt = select(Photo.id, Photo.phash).where(Photo.phash.is_not(None))
                self._stored_hashes = HashTable(session.execute(stmt).all())
        return self._stored_hashes

    @staticmethod
    def _photo_row(
        session,
        item: Analysed,
        caption: Caption | None,
        feature_id: int | None,
        caption_rows: dict[int, int],
    ) -> Photo:
        meta = item.metadata
        conflict = None
        if caption is not None:
            text, credit = caption.text, caption.credit
        else:
            text, credit = caption_from_embedded(meta)
            conflict = credit_conflict(meta, credit)
        photo = Photo(
            sha256=item.sha256,
            phash=item.phash,
            original_name=display_name(item.path),
            import_notes=_notes(item),
            metadata_disagreements=[d.as_dict() for d in meta.disagreements] or None,
            stored_path=item.relpath,
            format=meta.format,
            width=meta.width,
            height=meta.height,
            bytes=item.size,
            taken_at=meta.taken_at,
            make=meta.make,
            model=meta.model,
            orientation=meta.orientation,
            gps_lat=meta.gps_lat,
            gps_lon=meta.gps_lon,
            caption=text,
            embedded_caption=meta.embedded_caption,
            embedded_headline=meta.embedded_headline,
            embedded_credit=meta.embedded_credit,
            embedded_byline=list(meta.embedded_byline),
            embedded_keywords=list(meta.embedded_keywords),
            credit_conflict=conflict,
            credit=credit_row(session, credit) if credit is not None else None,
            feature_id=feature_id,
            position=caption.position if caption is not None else None,
        )
        if caption is not None and caption.position in caption_rows:
            photo.publications.append(Publication(caption_id=caption_rows[caption.position]))
        session.add(photo)
        return photo


def _notes(item: Analysed) -> list[str]:
    """What the archivist should know about this file, kept with the photo."""
    notes = list(item.metadata.warnings)
    if name_was_guessed(item.path):
        notes.insert(
            0,
            f"the file name was not UTF-8; it was read as GB18030: {display_name(item.path)}",
        )
    return notes


def _failed_reason(failed: Failed, captions: dict[Path, Caption | None]) -> str:
    """Why a photo failed, and that its caption waits on the feature rather than moving on."""
    caption = captions.get(failed.path)
    if caption is None:
        return failed.error
    return (
        f"{failed.error}; its caption ({caption.position}) stays with the feature, unmatched, "
        "until the photo is imported again"
    )
