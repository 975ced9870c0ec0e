"""Caption and credit for a photo imported without a feature text.

The file's own IPTC/XMP is the only source then: its caption is used as is,
its credit line is parsed with the same rules as printed credits, and a
by-line alone still names the photographer.
"""

from __future__ import annotations

from photoarchive.captions import parse_credit
from photoarchive.captions.model import Contributor, Credit, CreditRole
from photoarchive.captions.names import normalize_name
from photoarchive.metadata import PhotoMetadata


def credit_from_embedded(meta: PhotoMetadata) -> Credit | None:
    """Best credit the file itself states, or None when it states none."""
    printed = (meta.embedded_credit or "").strip()
    if printed:
        parsed = parse_credit(printed)
        if parsed is not None:
            return parsed
    byline = tuple(normalize_name(n) for n in meta.embedded_byline if n.strip())
    if byline:
        return Credit(
            as_printed=printed or " ".join(byline),
            role=CreditRole.PHOTOGRAPHER,
            contributors=tuple(Contributor(name=n) for n in byline),
        )
    if printed:
        return Credit(as_printed=printed, role=CreditRole.UNKNOWN)
    return None
