"""Exports, a part of the Archive facade (``archive.exports``): from a selection to a
licensed set of files.

The export core (:mod:`photoarchive.export`) works on plain :class:`ExportItem`
values and never reads the catalogue, so it can be tested over bare files. This
part is the bridge: it turns a selection (ids, a feature, a theme, a search)
into items that carry what the catalogue knows about each photo, and hands them
to the core as a :class:`~photoarchive.progress.Job`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from photoarchive.captions.model import ContributorKind, Credit, CreditRole
from photoarchive.catalogue.credits import credit_to_parse
from photoarchive.catalogue.models import Credit as CreditRow
from photoarchive.catalogue.models import Feature, Photo, PhotoTheme
from photoarchive.catalogue.publications import position_in, printed_in
from photoarchive.catalogue.themes import TAGGED
from photoarchive.errors import InputError, NotFoundError
from photoarchive.export import (
    DEFAULT_TEMPLATE,
    ExportItem,
    ExportOptions,
    ExportReport,
    assign_file_names,
    export_set,
)
from photoarchive.export.filenames import check_template
from photoarchive.export.model import check_options
from photoarchive.export.runner import MISSING_REASON, NO_CREDIT_REASON
from photoarchive.export.staging import check_destination
from photoarchive.library import Library
from photoarchive.licensing import Licence, LicenceKind, evaluate, parse_purpose
from photoarchive.progress import CancelToken, Job, Progress
from photoarchive.services.licences import Licences
from photoarchive.services.lookup import no_such_photo
from photoarchive.services.search import Search
from photoarchive.services.themes import Themes
from photoarchive.tagging import Theme, Vocabulary

CHUNK = 500  # ids per IN (...) query: far below every database's parameter limit
ROLE_WORDS = {CreditRole.PHOTOGRAPHER: "摄", CreditRole.HANDOUT: "供图", CreditRole.GRAPHIC: "制图"}


@dataclass(frozen=True, slots=True)
class ExportSelection:
    """Which photos to export: exactly one of ids, a feature, a theme or a search query."""

    ids: tuple[int, ...] = ()
    feature_id: int | None = None
    theme: str | None = None  # key or label; photos tagged manual or accepted
    query: str | None = None

    def __post_init__(self) -> None:
        given = (
            bool(self.ids),
            self.feature_id is not None,
            bool(self.theme and self.theme.strip()),
            bool(self.query and self.query.strip()),
        )
        if sum(given) != 1:
            raise InputError(
                "Choose the photos to export in exactly one way: ids, a feature, a theme "
                "or a search query.",
                hint="For example: --ids 1,2,5, --feature 3, --theme agriculture or --query 水稻.",
            )

    @classmethod
    def of(cls, value: ExportSelection | Iterable[int]) -> ExportSelection:
        """A selection as given, or one of plain photo ids."""
        return value if isinstance(value, ExportSelection) else cls(ids=tuple(value))


@dataclass(slots=True)
class ExportPreview:
    """What an export would do, computed without writing anything (the export dialog)."""

    purpose: str
    included: list[dict[str, Any]] = field(default_factory=list)
    excluded: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "purpose": self.purpose,
            "included": self.included,
            "excluded": self.excluded,
            "warnings": self.warnings,
        }


class Exports:
    """Licensed photo sets out of the archive, with what it knows of each photo embedded."""

    def __init__(
        self, library: Library, *, themes: Themes, licences: Licences, search: Search
    ) -> None:
        self.library = library
        self._themes = themes
        self._licences = licences
        self._search = search

    def job(
        self, selection: ExportSelection | Iterable[int], options: ExportOptions
    ) -> Job[ExportReport]:
        """The export of a selection as a job.

        Options, file name template and destination that cannot work raise now; the
        selection is read from the catalogue (or the search index) when the job runs,
        on the worker, since a large one takes a while.
        """
        chosen = ExportSelection.of(selection)
        check_options(options)
        check_template(options.filename_template)
        check_destination(options.destination)

        def start(token: CancelToken) -> Generator[Progress, None, ExportReport]:
            items = self.items(chosen)
            yield Progress("select", len(items), len(items), f"{len(items)} photo(s) selected")
            token.raise_if_cancelled()
            return (yield from export_set(items, options, token))

        return Job(start)

    def preview(
        self,
        selection: ExportSelection | Iterable[int],
        purpose: str,
        *,
        template: str = DEFAULT_TEMPLATE,
        today: dt.date | None = None,
    ) -> ExportPreview:
        """Which photos an export would send (with their file names) and which not, and why."""
        parse_purpose(purpose)
        day = today or dt.date.today()
        preview = ExportPreview(purpose=purpose)
        allowed: list[ExportItem] = []
        seen: set[int] = set()
        for item in self.items(selection):
            if item.photo_id in seen:
                preview.warnings.append(f"photo {item.photo_id} is listed twice; exported once")
                continue
            seen.add(item.photo_id)
            reason = exclusion_reason(item, purpose, day)
            if reason is None and not item.source_path.is_file():
                reason = MISSING_REASON
            if reason is None:
                allowed.append(item)
            else:
                preview.excluded.append({"photo_id": item.photo_id, "reason": reason})
        names = assign_file_names(allowed, template, purpose) if allowed else []
        preview.included = [_preview_row(i, n) for i, n in zip(allowed, names, strict=True)]
        if not allowed:
            preview.warnings.append(f"nothing to export: no photo may be used for {purpose}")
        return preview

    def items(self, selection: ExportSelection | Iterable[int]) -> list[ExportItem]:
        """One item per selected photo, in selection order, filled from the catalogue."""
        ids = self._selected_ids(ExportSelection.of(selection))
        unique = list(dict.fromkeys(ids))
        vocab = self._themes.vocabulary()
        licences: dict[int, Licence | None] = {}
        for chunk in _chunks(unique):
            licences.update(self._licences.of_photos(chunk))
        with self.library.catalogue.reader() as session:
            photos, tags = _load_photos(session, unique)
            missing = [pid for pid in unique if pid not in photos]
            if missing:
                raise no_such_photo(missing)
            built = {
                pid: self._export_item(photos[pid], tags.get(pid, []), licences[pid], vocab)
                for pid in unique
            }
        return [built[pid] for pid in ids]

    # -- selections -----------------------------------------------------------------------
    def _selected_ids(self, selection: ExportSelection) -> list[int]:
        if selection.ids:
            return list(selection.ids)
        if selection.feature_id is not None:
            return self._feature_ids(selection.feature_id)
        if selection.theme is not None and selection.theme.strip():
            return self._theme_ids(selection.theme)
        return self._query_ids(selection.query or "")

    def _feature_ids(self, feature_id: int) -> list[int]:
        stmt = (
            select(Photo.id)
            .where(printed_in(feature_id))
            .order_by(position_in(feature_id), Photo.id)
        )
        with self.library.catalogue.reader() as session:
            if session.get(Feature, feature_id) is None:
                raise NotFoundError(
                    f"There is no feature {feature_id} in this library.",
                    hint="List the features with `photoarchive features`.",
                )
            ids = list(session.scalars(stmt))
        if not ids:
            raise InputError(f"Feature {feature_id} has no photos to export.")
        return ids

    def _theme_ids(self, name: str) -> list[int]:
        theme = self._themes.resolve(name)
        stmt = (
            select(Photo.id)
            .join(PhotoTheme, PhotoTheme.photo_id == Photo.id)
            .where(PhotoTheme.theme_key == theme.key, PhotoTheme.source.in_(TAGGED))
            .order_by(Photo.feature_id, Photo.position, Photo.id)
        )
        with self.library.catalogue.reader() as session:
            ids = list(session.scalars(stmt))
        if not ids:
            raise InputError(
                f"No photo is tagged {theme.key} ({theme.label_zh}).",
                hint="Tag photos with `photoarchive tag`; a suggestion counts once accepted.",
            )
        return ids

    def _query_ids(self, query: str) -> list[int]:
        ids = list(self._search.ids(query))
        if not ids:
            raise InputError(f"No photo matches the search {query!r}; nothing to export.")
        return ids

    # -- items ----------------------------------------------------------------------------
    def _export_item(
        self, photo: Photo, theme_keys: list[str], licence: Licence | None, vocab: Vocabulary
    ) -> ExportItem:
        credit = credit_to_parse(photo.credit)
        themes = _tagged_themes(theme_keys, vocab)
        return ExportItem(
            photo_id=photo.id,
            source_path=self.library.store.absolute(photo.stored_path),
            sha256=photo.sha256,
            taken_at=_taken_at(photo.taken_at),
            caption=photo.caption or "",
            headline=photo.feature.title if photo.feature is not None else "",
            credit_line=credit_line(credit),
            creators=creators(credit),
            source=source_of(credit, photo.feature, licence),
            keywords=theme_keywords(themes),
            subject_codes=tuple(dict.fromkeys(t.iptc_code for t in themes if t.iptc_code)),
            licence=licence,
            orientation=photo.orientation,
        )


def exclusion_reason(item: ExportItem, purpose: str, today: dt.date) -> str | None:
    """Why the export would leave this item out, or None: the same rules as the export core."""
    reason = evaluate(item.licence, purpose, today)
    if reason is None and item.licence is not None and item.licence.credit_required:
        credited = item.credit_line.strip() or any(c.strip() for c in item.creators)
        if not credited:
            return NO_CREDIT_REASON
    return reason


def credit_line(credit: Credit | None) -> str:
    """The credit as it should be printed: `罗盟 摄`, `祁东县启航学校 供图`.

    A Chinese credit whose role has a word (摄, 供图, 制图) is rebuilt from the
    normalised names, so `周 围 摄` prints as `周围 摄`; any other credit (agency
    forms such as `张三/新华社`, English credits, 资料图片) keeps its printed
    text with the spacing tidied.
    """
    if credit is None:
        return ""
    printed = " ".join(credit.as_printed.split())
    word = ROLE_WORDS.get(credit.role)
    names = [c.name.strip() for c in credit.contributors if c.name.strip()]
    if word is None or not names or (printed and printed.isascii()):
        return printed
    return f"{' '.join(names)} {word}"


def creators(credit: Credit | None) -> tuple[str, ...]:
    if credit is None:
        return ()
    return tuple(c.name.strip() for c in credit.contributors if c.name.strip())


def source_of(credit: Credit | None, feature: Feature | None, licence: Licence | None) -> str:
    """Who supplied the photo: the agency, the handing-out organisation, else the paper."""
    if licence is not None and licence.kind == LicenceKind.AGENCY and licence.holder:
        return licence.holder
    if credit is not None:
        if credit.role == CreditRole.AGENCY:
            for c in credit.contributors:
                if c.affiliation:
                    return c.affiliation
        for c in credit.contributors:
            if c.kind == ContributorKind.ORGANIZATION:
                return c.name
    if feature is not None and feature.publication:
        return feature.publication
    if licence is not None and licence.kind == LicenceKind.STAFF and licence.holder:
        return licence.holder
    return ""


def theme_keywords(themes: Sequence[Theme]) -> tuple[str, ...]:
    """Chinese then English label of each theme, each word once."""
    return tuple(dict.fromkeys(w for t in themes for w in (t.label_zh, t.label_en) if w))


def _tagged_themes(keys: list[str], vocab: Vocabulary) -> list[Theme]:
    """The themes behind the keys, in vocabulary order (stable keywords, whatever the tags)."""
    order = {t.key: i for i, t in enumerate(vocab.themes)}
    found = [t for k in keys if (t := vocab.resolve(k)) is not None and t.key == k]
    return sorted(found, key=lambda t: order.get(t.key, len(order)))


def _load_photos(session: Session, ids: list[int]) -> tuple[dict[int, Photo], dict[int, list[str]]]:
    """The photos (with feature and credit) and their tagged theme keys."""
    photos: dict[int, Photo] = {}
    tags: dict[int, list[str]] = {}
    for chunk in _chunks(ids):
        stmt = (
            select(Photo)
            .where(Photo.id.in_(chunk))
            .options(
                selectinload(Photo.feature),
                selectinload(Photo.credit).selectinload(CreditRow.contributors),
            )
        )
        photos.update((p.id, p) for p in session.scalars(stmt).unique())
        links = select(PhotoTheme.photo_id, PhotoTheme.theme_key).where(
            PhotoTheme.photo_id.in_(chunk), PhotoTheme.source.in_(TAGGED)
        )
        for pid, key in session.execute(links):
            tags.setdefault(pid, []).append(key)
    return photos, tags


def _taken_at(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None


def _preview_row(item: ExportItem, name: str) -> dict[str, Any]:
    return {
        "photo_id": item.photo_id,
        "file": name,
        "caption": item.caption,
        "credit": item.credit_line,
        "licence": item.licence.kind.value if item.licence else None,
        "holder": item.licence.holder if item.licence else None,
    }


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]
