"""What the facade hands front ends about a photo: frozen, typed views of catalogue rows.

The GUI reads the attributes; the CLI prints ``to_json()``. Each view's
``to_json()`` is the public ``--json`` shape, so its field names are an
interface: later features add keys, never rename these. Lists in the JSON are
tuples here, so a view cannot be changed by whoever holds it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from photoarchive.captions import parse_credit
from photoarchive.catalogue.models import Credit, Feature, FeatureCaption, Photo, PhotoTheme
from photoarchive.licensing import Licence
from photoarchive.metadata.reconcile import Value


def _jsonable(value: Value) -> str | list[str]:
    return value if isinstance(value, str) else list(value)


def _frozen(value: str | Iterable[str]) -> Value:
    return value if isinstance(value, str) else tuple(value)


@dataclass(frozen=True, slots=True)
class ContributorView:
    """A person or organisation a credit names, with the affiliation printed with them."""

    name: str
    kind: str  # person or organisation (captions.model.ContributorKind values)
    affiliation: str | None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, "affiliation": self.affiliation}


@dataclass(frozen=True, slots=True)
class CreditView:
    """A photo's credit as printed, its role and the contributors it names, in order."""

    as_printed: str
    role: str  # photographer, handout, agency, graphic, file or unknown
    contributors: tuple[ContributorView, ...] = ()

    @classmethod
    def of(cls, credit: Credit) -> CreditView:
        return cls(
            as_printed=credit.as_printed,
            role=credit.role,
            contributors=tuple(
                ContributorView(
                    name=link.contributor.name,
                    kind=link.contributor.kind,
                    affiliation=link.affiliation,
                )
                for link in credit.contributors
            ),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "as_printed": self.as_printed,
            "role": self.role,
            "contributors": [c.to_json() for c in self.contributors],
        }


@dataclass(frozen=True, slots=True)
class CameraView:
    """The camera EXIF names (either may be None)."""

    make: str | None
    model: str | None

    def to_json(self) -> dict[str, Any]:
        return {"make": self.make, "model": self.model}


@dataclass(frozen=True, slots=True)
class GpsView:
    """Where the photo was taken, in decimal degrees."""

    lat: float
    lon: float

    def to_json(self) -> dict[str, Any]:
        return {"lat": self.lat, "lon": self.lon}


@dataclass(frozen=True, slots=True)
class FeaturePlace:
    """The feature a photo belongs to, and the photo's number in it."""

    id: int
    title: str
    position: int | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "position": self.position}


@dataclass(frozen=True, slots=True)
class BlockValue:
    """What one metadata block (EXIF, IPTC or XMP) says for a field."""

    block: str
    value: Value

    def to_json(self) -> dict[str, Any]:
        return {"block": self.block, "value": _jsonable(self.value)}


@dataclass(frozen=True, slots=True)
class DisagreementView:
    """A field whose metadata blocks differ: the block read, its value, what the others say.

    The stored form of :class:`photoarchive.metadata.reconcile.Disagreement`.
    """

    field: str  # caption, creator, copyright, headline, credit, source, title, keywords
    used: str  # the block whose value was used: EXIF, IPTC or XMP
    value: Value
    others: tuple[BlockValue, ...]
    why: str  # the rule that decided, in words

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DisagreementView:
        """From the catalogue's JSON column (``Disagreement.as_dict``)."""
        return cls(
            field=data["field"],
            used=data["used"],
            value=_frozen(data["value"]),
            others=tuple(BlockValue(o["block"], _frozen(o["value"])) for o in data["others"]),
            why=data["why"],
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "field": self.field,
            "used": self.used,
            "value": _jsonable(self.value),
            "others": [o.to_json() for o in self.others],
            "why": self.why,
        }


@dataclass(frozen=True, slots=True)
class ThemeView:
    """A theme on a photo: its state (manual, suggested, accepted, rejected) and labels."""

    key: str
    source: str
    score: float | None
    because: tuple[str, ...]  # the caption's words that suggested it
    label_zh: str
    label_en: str

    @classmethod
    def of(cls, link: PhotoTheme, label_zh: str, label_en: str) -> ThemeView:
        return cls(
            key=link.theme_key,
            source=link.source,
            score=link.score,
            because=tuple(link.because),
            label_zh=label_zh,
            label_en=label_en,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "source": self.source,
            "score": self.score,
            "because": list(self.because),
            "label_zh": self.label_zh,
            "label_en": self.label_en,
        }


@dataclass(frozen=True, slots=True)
class LicenceView:
    """A photo's licence as recorded, and whether a rule (default) or a person (manual) set it."""

    kind: str  # staff, handout, agency, creative-commons or other
    holder: str | None
    usage_terms: str
    purposes: tuple[str, ...]  # in the canonical order: print, web, social, syndication
    editorial_only: bool
    credit_required: bool
    expires: str | None  # the last valid day, YYYY-MM-DD; None: never expires
    source: str

    @classmethod
    def of(cls, licence: Licence, source: str) -> LicenceView:
        data = licence.to_dict()
        return cls(
            kind=data["kind"],
            holder=data["holder"],
            usage_terms=data["usage_terms"],
            purposes=tuple(data["purposes"]),
            editorial_only=data["editorial_only"],
            credit_required=data["credit_required"],
            expires=data["expires"],
            source=source,
        )

    def to_json(self) -> dict[str, Any]:
        """``Licence.to_dict()`` and the source (what ``license show --json`` prints)."""
        return {
            "kind": self.kind,
            "holder": self.holder,
            "usage_terms": self.usage_terms,
            "purposes": list(self.purposes),
            "editorial_only": self.editorial_only,
            "credit_required": self.credit_required,
            "expires": self.expires,
            "source": self.source,
        }


@dataclass(frozen=True, slots=True)
class PublicationView:
    """One feature that printed the photo: where, with which caption and credit, when."""

    feature_id: int
    feature_title: str
    position: int
    caption: str
    credit: CreditView | None
    published_on: str | None  # ISO date, when the feature text gave one

    @classmethod
    def of(cls, printed: FeatureCaption) -> PublicationView:
        feature = printed.feature
        as_printed = printed.credit_as_printed
        parsed = parse_credit(as_printed) if as_printed else None
        credit = None
        if as_printed:
            credit = CreditView(
                as_printed=as_printed,
                role=printed.credit_role,
                contributors=tuple(
                    ContributorView(c.name, str(c.kind), c.affiliation)
                    for c in (parsed.contributors if parsed else ())
                ),
            )
        return cls(
            feature_id=feature.id,
            feature_title=feature.title,
            position=printed.position,
            caption=printed.text,
            credit=credit,
            published_on=None if feature.published_on is None else feature.published_on.isoformat(),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "feature": {"id": self.feature_id, "title": self.feature_title},
            "position": self.position,
            "caption": self.caption,
            "credit": None if self.credit is None else self.credit.to_json(),
            "published_on": self.published_on,
        }


@dataclass(frozen=True, slots=True)
class PhotoView:
    """One photo as front ends see it (``show --json``).

    ``detailed`` says themes, licence and publications were read
    (``Archive.photo``); the lighter views of ``photos``, ``set_caption`` and
    ``set_credit`` leave them empty, and their JSON has none of those keys.
    """

    id: int
    sha256: str
    file: str
    path: str
    width: int
    height: int
    format: str
    taken_at: str | None
    camera: CameraView
    orientation: int | None
    gps: GpsView | None
    caption: str
    embedded_caption: str | None
    credit: CreditView | None
    credit_conflict: str | None
    no_confident_theme: bool
    import_notes: tuple[str, ...]
    metadata_disagreements: tuple[DisagreementView, ...]
    feature: FeaturePlace | None
    themes: tuple[ThemeView, ...] = ()
    licence: LicenceView | None = None
    publications: tuple[PublicationView, ...] = ()  # every feature that printed it, in order
    detailed: bool = False

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "id": self.id,
            "sha256": self.sha256,
            "file": self.file,
            "path": self.path,
            "width": self.width,
            "height": self.height,
            "format": self.format,
            "taken_at": self.taken_at,
            "camera": self.camera.to_json(),
            "orientation": self.orientation,
            "gps": None if self.gps is None else self.gps.to_json(),
            "caption": self.caption,
            "embedded_caption": self.embedded_caption,
            "credit": None if self.credit is None else self.credit.to_json(),
            "credit_conflict": self.credit_conflict,
            "no_confident_theme": self.no_confident_theme,
            "import_notes": list(self.import_notes),
            "metadata_disagreements": [d.to_json() for d in self.metadata_disagreements],
            "feature": None if self.feature is None else self.feature.to_json(),
        }
        if self.detailed:
            doc["themes"] = [t.to_json() for t in self.themes]
            doc["licence"] = None if self.licence is None else self.licence.to_json()
            doc["publications"] = [p.to_json() for p in self.publications]
        return doc


def photo_view(photo: Photo) -> PhotoView:
    """The catalogue row as a view, without themes and licence (``detailed`` False)."""
    feature = photo.feature
    return PhotoView(
        id=photo.id,
        sha256=photo.sha256,
        file=photo.original_name,
        path=photo.stored_path,
        width=photo.width,
        height=photo.height,
        format=photo.format,
        taken_at=photo.taken_at,
        camera=CameraView(make=photo.make, model=photo.model),
        orientation=photo.orientation,
        gps=(
            GpsView(lat=photo.gps_lat, lon=photo.gps_lon)
            if photo.gps_lat is not None and photo.gps_lon is not None
            else None
        ),
        caption=photo.caption,
        embedded_caption=photo.embedded_caption,
        credit=None if photo.credit is None else CreditView.of(photo.credit),
        credit_conflict=photo.credit_conflict,
        no_confident_theme=bool(photo.no_confident_theme),
        import_notes=tuple(photo.import_notes or ()),
        metadata_disagreements=tuple(
            DisagreementView.from_json(d) for d in photo.metadata_disagreements or ()
        ),
        feature=(
            FeaturePlace(id=feature.id, title=feature.title, position=photo.position)
            if feature is not None
            else None
        ),
    )


def feature_view(feature: Feature, photo_count: int, printed: set[int]) -> dict[str, Any]:
    """A feature row as a plain dictionary (``features --json``, the sidebar)."""
    matched = printed  # positions a stored photo was printed at
    return {
        "id": feature.id,
        "title": feature.title,
        "kicker": feature.kicker,
        "byline": list(feature.byline),
        "paragraphs": feature.paragraph_count,
        "source_file": feature.source_file,
        "captions": len(feature.captions),
        "photos": photo_count,
        "unmatched_captions": [c.position for c in feature.captions if c.position not in matched],
        "created_at": feature.created_at.isoformat(timespec="seconds"),
    }
