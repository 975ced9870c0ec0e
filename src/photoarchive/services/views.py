"""Plain dictionaries of catalogue rows: the JSON interface and the GUI's rows.

Field names here are a public interface (``--json``); later features add keys,
never rename these.
"""

from __future__ import annotations

from typing import Any

from photoarchive.catalogue.models import Credit, Feature, Photo


def credit_view(credit: Credit | None) -> dict[str, Any] | None:
    if credit is None:
        return None
    return {
        "as_printed": credit.as_printed,
        "role": credit.role,
        "contributors": [
            {
                "name": link.contributor.name,
                "kind": link.contributor.kind,
                "affiliation": link.affiliation,
            }
            for link in credit.contributors
        ],
    }


def photo_view(photo: Photo) -> dict[str, Any]:
    feature = photo.feature
    return {
        "id": photo.id,
        "sha256": photo.sha256,
        "file": photo.original_name,
        "path": photo.stored_path,
        "width": photo.width,
        "height": photo.height,
        "format": photo.format,
        "taken_at": photo.taken_at,
        "camera": {"make": photo.make, "model": photo.model},
        "orientation": photo.orientation,
        "gps": (
            {"lat": photo.gps_lat, "lon": photo.gps_lon}
            if photo.gps_lat is not None and photo.gps_lon is not None
            else None
        ),
        "caption": photo.caption,
        "embedded_caption": photo.embedded_caption,
        "credit": credit_view(photo.credit),
        "credit_conflict": photo.credit_conflict,
        "no_confident_theme": bool(photo.no_confident_theme),
        "import_notes": list(photo.import_notes or []),
        "metadata_disagreements": list(photo.metadata_disagreements or []),
        "feature": (
            {"id": feature.id, "title": feature.title, "position": photo.position}
            if feature is not None
            else None
        ),
    }


def feature_view(feature: Feature, photo_count: int) -> dict[str, Any]:
    matched = {p.position for p in feature.photos}
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
