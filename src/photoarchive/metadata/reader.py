"""``read_metadata``: one photo's bytes in, its header metadata out.

Called once per photo from import workers on bytes already read for hashing, so it
parses headers only (Pillow for the container, IPTC and XMP; exifread for EXIF)
and never decodes pixels.
"""

from __future__ import annotations

from dataclasses import replace

from PIL.ImageFile import ImageFile

from photoarchive.metadata.cleaning import meaningful_caption
from photoarchive.metadata.errors import UnreadablePhotoError
from photoarchive.metadata.exif import ExifFields, read_exif
from photoarchive.metadata.iptc import IptcFields, read_iptc
from photoarchive.metadata.opening import open_image
from photoarchive.metadata.raw import raw_format, raw_size
from photoarchive.metadata.reconcile import Reading, Value, exif_list, readable_exif, reconcile
from photoarchive.metadata.result import PhotoMetadata
from photoarchive.metadata.xmp import XmpFields, read_xmp
from photoarchive.metadata.xmp_extended import declared_guid, read_extended

# Pillow's names for containers that are JPEG files as far as the archive cares.
_FORMAT_NAMES = {"MPO": "JPEG"}


def read_metadata(data: bytes, name: str) -> PhotoMetadata:
    """Read format, size, EXIF, IPTC and XMP; raise UnreadablePhotoError if not a photo.

    ``name`` (the original file name) is used only in error messages.
    """
    if raw_format(name):
        return _raw_metadata(data, name)
    image, header_warnings = open_image(data, name)
    with image:
        exif = read_exif(_exif_source(image, data)) if _may_have_exif(image) else ExifFields()
        iptc = read_iptc(image)
        xmp = _xmp(image, data)
        fmt = image.format or "unknown"
        width, height = image.size
    return _combine(_FORMAT_NAMES.get(fmt, fmt), (width, height), header_warnings, exif, iptc, xmp)


def _raw_metadata(data: bytes, name: str) -> PhotoMetadata:
    """A camera RAW file: EXIF from the file, its size as developed; no IIM or XMP inside."""
    fmt = raw_format(name) or "RAW"
    try:
        size = raw_size(data)
    except Exception as exc:  # LibRaw on untrusted bytes: any failure means unreadable
        raise UnreadablePhotoError(name, f"the camera RAW file cannot be read ({exc})") from exc
    return _combine(fmt, size, (), read_exif(data), IptcFields(), XmpFields())


def _xmp(image: ImageFile, data: bytes) -> XmpFields:
    """The XMP of the file, its Extended XMP included (a long caption is moved there)."""
    packet = image.info.get("xmp")
    guid = declared_guid(packet) if image.format in ("JPEG", "MPO") else None
    if guid is None:
        return read_xmp(packet)
    extended = read_extended(data, guid)
    fields = read_xmp(packet, extended.packet)
    if extended.problem is None:
        return fields
    note = f"the XMP says the rest of it is in an Extended XMP part, but {extended.problem}"
    if not fields.description:
        note += "; the caption, if it was there, could not be read"
    return replace(fields, warnings=(*fields.warnings, note))


def _exif_source(image: ImageFile, data: bytes) -> bytes:
    """What exifread reads: the file, or for HEIF/AVIF the EXIF block libheif found.

    exifread's own HEIF parser trips over files libheif writes; the block itself
    is a TIFF structure, which exifread reads as it reads any TIFF.
    """
    block = image.info.get("exif") if image.format in ("HEIF", "AVIF") else None
    if not block:
        return data
    return block[6:] if block.startswith(b"Exif\x00\x00") else block


def _may_have_exif(image: ImageFile) -> bool:
    """Skip exifread for JPEGs Pillow saw no APP1 Exif segment in (it would find none)."""
    return image.format not in ("JPEG", "MPO") or "exif" in image.info


def _combine(
    fmt: str,
    size: tuple[int, int],
    header_warnings: tuple[str, ...],
    exif: ExifFields,
    iptc: IptcFields,
    xmp: XmpFields,
) -> PhotoMetadata:
    """Merge the three sources by the MWG reading rules (see :mod:`.reconcile`)."""
    fields = _reconciled(exif, iptc, xmp)
    values = {name: reading.value for name, reading in fields.items()}
    return PhotoMetadata(
        format=fmt,
        width=size[0],
        height=size[1],
        orientation=exif.orientation,
        taken_at=exif.taken_at or xmp.taken_at or iptc.taken_at,
        make=exif.make,
        model=exif.model,
        gps_lat=exif.gps_lat,
        gps_lon=exif.gps_lon,
        embedded_caption=_text(values["caption"]),
        embedded_headline=_text(values["headline"]),
        embedded_credit=_text(values["credit"]),
        embedded_source=_text(values["source"]),
        embedded_copyright=_text(values["copyright"]),
        embedded_byline=_list(values["creator"]),
        embedded_keywords=_list(values["keywords"]),
        embedded_title=_text(values["title"]),
        disagreements=tuple(r.disagreement for r in fields.values() if r.disagreement),
        warnings=(*header_warnings, *exif.warnings, *iptc.warnings, *xmp.warnings),
    )


def _reconciled(exif: ExifFields, iptc: IptcFields, xmp: XmpFields) -> dict[str, Reading]:
    """Each text field as MWG reads it; blank and placeholder captions count as absent."""

    def caption(text: str | None) -> str | None:
        return meaningful_caption((text,), make=exif.make, model=exif.model)

    changed = iptc.changed_since_xmp
    return {
        "caption": reconcile(
            "caption",
            exif=caption(readable_exif(exif.description)),
            iim=caption(iptc.caption),
            xmp=caption(xmp.description),
            iim_changed=changed,
        ),
        "creator": reconcile(
            "creator",
            exif=exif_list(readable_exif(exif.artist)),
            iim=iptc.byline,
            xmp=xmp.creator,
            iim_changed=changed,
        ),
        "copyright": reconcile(
            "copyright",
            exif=readable_exif(exif.copyright),
            iim=iptc.copyright,
            xmp=xmp.rights,
            iim_changed=changed,
        ),
        "headline": reconcile("headline", iim=iptc.headline, xmp=xmp.headline, iim_changed=changed),
        "credit": reconcile("credit", iim=iptc.credit, xmp=xmp.credit, iim_changed=changed),
        "source": reconcile("source", iim=iptc.source, xmp=xmp.source, iim_changed=changed),
        "title": reconcile("title", iim=iptc.title, xmp=xmp.title, iim_changed=changed),
        "keywords": reconcile("keywords", iim=iptc.keywords, xmp=xmp.subject, iim_changed=changed),
    }


def _text(value: Value | None) -> str | None:
    return value if isinstance(value, str) else None


def _list(value: Value | None) -> tuple[str, ...]:
    return value if isinstance(value, tuple) else ()
