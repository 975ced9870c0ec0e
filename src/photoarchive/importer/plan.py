"""An import plan: everything decided before a single byte is written.

The plan is what ``--dry-run`` prints and what the GUI previews; the session
executes it. Building it reads the feature text and lists the photo folder,
nothing more.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from pathlib import Path

from photoarchive.captions import parse_feature
from photoarchive.captions.model import Caption, Corrections, ParsedFeature
from photoarchive.errors import DiskFullError, InputError, MismatchError, free_bytes
from photoarchive.importer.pairing import (
    Listing,
    Pair,
    Pairing,
    display_name,
    pair_by_csv,
    pair_in_order,
    read_pairing_csv,
    scan_photos,
)
from photoarchive.textio import read_text


@dataclass(frozen=True, slots=True)
class FeatureSource:
    """A parsed feature text and where it came from."""

    path: Path
    text_sha256: str
    parsed: ParsedFeature
    text: str = ""  # as decoded, so that a correction can parse it again


@dataclass(frozen=True, slots=True)
class ImportPlan:
    feature: FeatureSource | None
    photos_dir: Path | None
    pairing: Pairing
    skipped: tuple[tuple[str, str], ...] = ()  # files in the folder that are no photos, and why

    @property
    def pairs(self) -> tuple[Pair, ...]:
        return self.pairing.pairs

    def require_match(self) -> None:
        """Raise a :class:`MismatchError` listing both sides when counts differ."""
        if not self.pairing.mismatched or self.feature is None:
            return
        n_captions = len(self.feature.parsed.captions)
        n_photos = len(self.pairing.pairs) + len(self.pairing.unmatched_photos)
        lines = [f"The feature has {n_captions} captions but {n_photos} photos were found."]
        for cap in self.pairing.unmatched_captions:
            lines.append(f"  caption {cap.position} has no photo: {cap.text[:40]}…")
        for path in self.pairing.unmatched_photos:
            lines.append(f"  photo {display_name(path)} has no caption")
        for name, reason in self.skipped:
            lines.append(f"  {name} was left out: {reason}")
        raise MismatchError(
            "\n".join(lines),
            hint="Nothing was written. Add or remove photos, give the order with --pairing "
            "FILE.csv (filename,position), or import what pairs with --allow-mismatch.",
        )

    def with_corrections(self, corrections: Corrections) -> ImportPlan:
        """The same plan with the archivist's corrections to the parse, paired again in order.

        Raises :class:`InputError` when the corrections leave no caption.
        """
        if self.feature is None:
            return self
        source = self.feature
        parsed = parse_feature(
            source.text, encoding=source.parsed.encoding, corrections=corrections
        )
        if not parsed.captions:
            raise InputError(
                "With these changes no paragraph is a caption.",
                hint="Take at least one paragraph as a caption.",
            )
        feature = replace(source, parsed=parsed)
        photos = [p.path for p in self.pairing.pairs] + list(self.pairing.unmatched_photos)
        return replace(self, feature=feature, pairing=pair_in_order(parsed.captions, photos))

    def with_order(self, photos: list[Path]) -> ImportPlan:
        """The same plan with photos re-ordered by hand (the GUI's drag and drop)."""
        captions = self.feature.parsed.captions if self.feature else ()
        if self.feature is None:
            return replace(self, pairing=_photos_only(photos))
        return replace(self, pairing=pair_in_order(captions, photos))


LARGE_FEATURE_BYTES = 1_000_000
MAX_FEATURE_BYTES = 10_000_000


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # read_text says what is wrong with the file


def _photos_only(photos: list[Path]) -> Pairing:
    return Pairing(tuple(Pair(p, None) for p in photos), (), ())


def read_feature(path: Path) -> FeatureSource:
    """Read, decode and parse a feature text (nothing is written).

    A feature is one article and its captions, a few kilobytes; a text over
    :data:`LARGE_FEATURE_BYTES` is read with a warning and one over
    :data:`MAX_FEATURE_BYTES` refused, since it is some other file (a whole
    e-paper edition, a database dump) and parsing it would take minutes.
    """
    size = _size(path)
    if size > MAX_FEATURE_BYTES:
        raise InputError(
            f"{path.name} is {size / 1e6:.1f} MB; a feature text is the article and its "
            f"captions, well under {MAX_FEATURE_BYTES // 1_000_000} MB.",
            hint="Check that this is the right file; import a whole edition one feature at a time.",
        )
    decoded = read_text(path)
    parsed = parse_feature(decoded.text, encoding=decoded.encoding)
    if size > LARGE_FEATURE_BYTES:
        note = (
            f"{path.name} is {size / 1e6:.1f} MB, far longer than a feature; check that the "
            "captions found are this feature's"
        )
        parsed = replace(parsed, warnings=(note, *parsed.warnings))
    if not parsed.captions:
        raise InputError(
            f"No photo captions were found in {path.name}.",
            hint="Captions are the paragraphs that end in a credit such as '罗盟摄' or '…供图'. "
            "Check that this is the published feature text, or import the photos alone "
            "without a text.",
        )
    digest = hashlib.sha256(decoded.text.strip().encode("utf-8")).hexdigest()
    return FeatureSource(path, digest, parsed, decoded.text)


def make_plan(
    feature_path: Path | None,
    photos_dir: Path | None,
    *,
    pairing_csv: Path | None = None,
) -> ImportPlan:
    """Parse, list and pair; raises :class:`InputError` for unusable input."""
    if feature_path is None and photos_dir is None:
        raise InputError("Nothing to import.", hint="Give a feature text, --photos DIR, or both.")
    feature = read_feature(feature_path) if feature_path is not None else None
    listing = scan_photos(photos_dir) if photos_dir is not None else Listing([], [])
    photos, skipped = listing.photos, tuple(listing.skipped)
    if photos_dir is not None and not photos:
        raise InputError(
            f"No photos (JPEG, HEIC, RAW, PNG, TIFF, WebP) were found in {photos_dir}.",
            hint=_skipped_hint(skipped),
        )
    if feature is None:
        return ImportPlan(None, photos_dir, _photos_only(photos), skipped)
    captions: tuple[Caption, ...] = feature.parsed.captions
    if pairing_csv is not None:
        pairing = pair_by_csv(captions, photos, read_pairing_csv(pairing_csv))
    else:
        pairing = pair_in_order(captions, photos)
    return ImportPlan(feature, photos_dir, pairing, skipped)


def _skipped_hint(skipped: tuple[tuple[str, str], ...]) -> str | None:
    if not skipped:
        return "The folder is empty."
    shown = "; ".join(f"{name}: {reason}" for name, reason in skipped[:5])
    more = f" and {len(skipped) - 5} more" if len(skipped) > 5 else ""
    return f"The folder holds {shown}{more}."


ROOM_MARGIN_BYTES = 20_000_000  # the catalogue, the index and thumbnails besides originals


def require_room(library: Path, plan: ImportPlan) -> None:
    """Refuse an import the library's disk has no room for, before a byte is written."""
    needed = ROOM_MARGIN_BYTES
    for pair in plan.pairs:
        try:
            needed += pair.path.stat().st_size * 11 // 10  # the original and its thumbnail
        except OSError:
            continue  # the photo fails on its own, with its reason
    if free_bytes(library) < needed:
        raise DiskFullError(library, needed=needed)
