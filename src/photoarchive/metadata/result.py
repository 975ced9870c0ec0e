"""What the importer gets back for one photo."""

from __future__ import annotations

from dataclasses import dataclass

from photoarchive.metadata.reconcile import Disagreement


@dataclass(frozen=True, slots=True)
class PhotoMetadata:
    """Metadata read from a photo's header, without decoding its pixels.

    ``width``/``height`` are as stored (before ``orientation`` is applied).
    ``taken_at`` is ISO 8601 (``2008-05-30T15:56:01``, plus ``+08:00`` when the
    file records its offset). The ``embedded_*`` fields are what EXIF/IPTC/XMP
    say, reconciled by the MWG rules; ``disagreements`` keeps the values that
    lost; ``warnings`` lists things an archivist may want to know about (damaged
    blocks, guessed encodings) that did not stop the read.
    """

    format: str
    width: int
    height: int
    orientation: int | None = None
    taken_at: str | None = None
    make: str | None = None
    model: str | None = None
    gps_lat: float | None = None
    gps_lon: float | None = None
    embedded_caption: str | None = None
    embedded_headline: str | None = None
    embedded_credit: str | None = None
    embedded_source: str | None = None
    embedded_copyright: str | None = None
    embedded_byline: tuple[str, ...] = ()
    embedded_keywords: tuple[str, ...] = ()
    embedded_title: str | None = None
    disagreements: tuple[Disagreement, ...] = ()
    warnings: tuple[str, ...] = ()
