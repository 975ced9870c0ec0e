"""Export a set of photos for a purpose: licence check, image work, papers, final move.

`export_set` is a generator of :class:`Progress`, like every long operation; its
*return value* is the :class:`ExportReport` (``report = yield from export_set(...)``,
or ``StopIteration.value``). :func:`run_export` drains it for callers that only
want the report. The image work runs on a thread pool (Pillow releases the GIL
while it decodes, resizes and encodes); this generator is the one writer of the set.

A photo whose stored original is missing or cannot be decoded is left out with
the reason, like an unlicensed one: whoever exports 200 photos wants the other
199. A failure that says nothing about one photo (a full disk, say) still
abandons the whole set.
"""

from __future__ import annotations

import hashlib
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing
from dataclasses import dataclass
from typing import Any

from photoarchive.export.filenames import assign_file_names, check_template
from photoarchive.export.imaging import ImageDecodeError, render_jpeg
from photoarchive.export.manifest import (
    CREDITS_TXT,
    MANIFEST_CSV,
    MANIFEST_JSON,
    credits_text,
    manifest_csv,
    manifest_json,
)
from photoarchive.export.model import (
    ExportError,
    ExportItem,
    ExportOptions,
    ExportReport,
    check_options,
)
from photoarchive.export.staging import Stage, check_destination, open_stage
from photoarchive.faults import checkpoint
from photoarchive.licensing import evaluate, usage_terms_text
from photoarchive.metadata.errors import UnreadablePhotoError
from photoarchive.metadata.raw import displayable
from photoarchive.metadata.writer import EmbeddedMetadata, MetadataWriteError, embed_metadata
from photoarchive.progress import CancelToken, Progress

MAX_WORKERS = 8  # each job holds a decoded photo in memory
NO_CREDIT_REASON = "the licence requires a credit and the photo has none: record its credit first"
MISSING_REASON = "the stored original is missing; run `photoarchive check`"
CHANGED_REASON = (
    "the stored original has changed since it was imported (its SHA-256 no longer matches), "
    "so it was left out; run `photoarchive check --verify` and restore the file"
)

ExportRun = Generator[Progress, None, ExportReport]


@dataclass(frozen=True, slots=True)
class _Rendered:
    name: str
    data: bytes
    row: dict[str, Any]
    warnings: list[str]


@dataclass(frozen=True, slots=True)
class _Unreadable:
    """A photo left out because its stored original cannot be read."""

    photo_id: int
    reason: str


def export_set(
    items: Iterable[ExportItem], options: ExportOptions, cancel: CancelToken | None = None
) -> ExportRun:
    """Check the options and destination now, then return the export as a generator.

    Raises :class:`~photoarchive.errors.InputError` or :class:`ExportError` at
    once for options or a destination that cannot work, before any image is read.
    """
    check_options(options)
    check_template(options.filename_template)
    check_destination(options.destination)
    return _export(list(items), options, cancel or CancelToken())


def run_export(
    items: Iterable[ExportItem],
    options: ExportOptions,
    cancel: CancelToken | None = None,
    on_progress: Callable[[Progress], None] | None = None,
) -> ExportReport:
    """Run an export to the end and return its report."""
    run = export_set(items, options, cancel)
    while True:
        try:
            progress = next(run)
        except StopIteration as stop:
            return stop.value
        if on_progress is not None:
            on_progress(progress)


def _export(items: list[ExportItem], options: ExportOptions, cancel: CancelToken) -> ExportRun:
    report = ExportReport(purpose=options.purpose, destination=None)
    allowed = _screen(items, options, report)
    yield Progress(
        "licences",
        len(items),
        len(items),
        f"{len(allowed)} may be used for {options.purpose}, {len(report.excluded)} not",
    )
    if not allowed:
        report.warnings.append(f"nothing exported: no photo may be used for {options.purpose}")
        return report
    cancel.raise_if_cancelled()
    names = assign_file_names(allowed, options.filename_template, options.purpose)
    stage: Stage | None = None  # opened by the first readable photo: none, nothing written
    committed = False
    try:
        results = _render_all(list(zip(allowed, names, strict=True)), options, cancel)
        with closing(results):
            for done, result in enumerate(results, 1):
                if isinstance(result, _Unreadable):
                    report.excluded.append({"photo_id": result.photo_id, "reason": result.reason})
                    message = f"photo {result.photo_id} left out"
                else:
                    if stage is None:
                        stage = open_stage(options.destination)
                    stage.add(result.name, result.data)
                    report.exported.append(result.row)
                    report.warnings.extend(result.warnings)
                    message = result.name
                yield Progress("export", done, len(allowed), message)
        cancel.raise_if_cancelled()
        if stage is None:
            report.warnings.append(
                f"nothing exported: none of the {len(allowed)} photo(s) allowed could be read"
            )
            return report
        _add_papers(stage, report.exported, options)
        checkpoint("export-finish", options.destination)
        stage.commit()
        committed = True
    finally:
        if stage is not None and not committed:
            stage.discard()
    report.destination = options.destination
    return report


def _screen(
    items: list[ExportItem], options: ExportOptions, report: ExportReport
) -> list[ExportItem]:
    """The items whose licence allows the purpose; the others go to `report.excluded`."""
    allowed: list[ExportItem] = []
    seen: set[int] = set()
    for item in items:
        if item.photo_id in seen:
            report.warnings.append(f"photo {item.photo_id} is listed twice; exported once")
            continue
        seen.add(item.photo_id)
        reason = evaluate(item.licence, options.purpose, options.today)
        if reason is None and _lacks_required_credit(item):
            reason = NO_CREDIT_REASON
        if reason is None:
            allowed.append(item)
        else:
            report.excluded.append({"photo_id": item.photo_id, "reason": reason})
    return allowed


def _lacks_required_credit(item: ExportItem) -> bool:
    if item.licence is None or not item.licence.credit_required:
        return False
    return not (item.credit_line.strip() or any(c.strip() for c in item.creators))


def _render_all(
    jobs: list[tuple[ExportItem, str]], options: ExportOptions, cancel: CancelToken
) -> Iterator[_Rendered | _Unreadable]:
    """Rendered files in the order of `jobs`, a few at a time on a thread pool."""
    workers = options.workers or min(MAX_WORKERS, os.cpu_count() or 1)
    pending: deque[Future[_Rendered | _Unreadable]] = deque()
    queue = iter(jobs)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="export") as pool:
        try:
            while True:
                cancel.raise_if_cancelled()
                while len(pending) < 2 * workers and (job := next(queue, None)) is not None:
                    pending.append(pool.submit(_render_one, job[0], job[1], options))
                if not pending:
                    return
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


def _render_one(item: ExportItem, name: str, options: ExportOptions) -> _Rendered | _Unreadable:
    """One exported file: read the original, resize, embed, hash. Runs on a pool thread."""
    try:
        original = item.source_path.read_bytes()
    except FileNotFoundError:
        return _Unreadable(item.photo_id, MISSING_REASON)
    except OSError as exc:
        reason = f"the stored original cannot be read: {exc.strerror}; run `photoarchive check`"
        return _Unreadable(item.photo_id, reason)
    if item.sha256 and hashlib.sha256(original).hexdigest() != item.sha256:
        return _Unreadable(item.photo_id, CHANGED_REASON)
    try:
        image = render_jpeg(
            displayable(original, item.source_path.name),
            max_edge=options.max_edge,
            quality=options.quality,
            orientation=item.orientation,
        )
    except (ImageDecodeError, UnreadablePhotoError) as exc:
        return _Unreadable(item.photo_id, f"the stored original cannot be decoded: {exc}")
    meta = metadata_for(item)
    try:
        data, shortened = embed_metadata(image.data, meta, keep_gps=options.keep_gps)
    except MetadataWriteError as exc:
        where = f"photo {item.photo_id} ({item.source_path})"
        raise ExportError(f"{where}: {exc.message}", hint=exc.hint) from None
    row = {
        "photo_id": item.photo_id,
        "file": name,
        "sha256": hashlib.sha256(data).hexdigest(),
        "caption": item.caption,
        "credit": item.credit_line,
        "licence": item.licence.kind.value if item.licence else None,
        "holder": item.licence.holder if item.licence else None,
        "usage_terms": meta.usage_terms,
        "purpose": options.purpose,
        "width": image.width,
        "height": image.height,
        "bytes": len(data),
        "iim_shortened": bool(shortened),
    }
    return _Rendered(name, data, row, [f"photo {item.photo_id} ({name}): {w}" for w in shortened])


def metadata_for(item: ExportItem) -> EmbeddedMetadata:
    """What goes into the file; copyright and terms fall back to the licence's."""
    licence = item.licence
    copyright_line = item.copyright.strip()
    if not copyright_line and licence is not None and licence.holder:
        copyright_line = f"© {licence.holder}"
    terms = item.usage_terms.strip() or (usage_terms_text(licence) if licence else "")
    return EmbeddedMetadata(
        caption=item.caption,
        headline=item.headline,
        creators=item.creators,
        credit_line=item.credit_line,
        source=item.source,
        copyright=copyright_line,
        usage_terms=terms,
        keywords=item.keywords,
        subject_codes=item.subject_codes,
    )


def _add_papers(stage: Stage, rows: list[dict[str, Any]], options: ExportOptions) -> None:
    stage.add(MANIFEST_CSV, manifest_csv(rows), compress=True)
    stage.add(MANIFEST_JSON, manifest_json(rows, options.purpose, options.today), compress=True)
    stage.add(CREDITS_TXT, credits_text(rows, options.purpose, options.today), compress=True)
