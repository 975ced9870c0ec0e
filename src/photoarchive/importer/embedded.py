"""Caption and credit for a photo imported without a feature text.

The file's own IPTC/XMP is the only source then. Agencies embed the credit in
the caption itself (``… (AP Photo/Jane Doe)``), so the caption is split the
same way as a printed one: the stored caption is the text without its credit
(the embedded text stays verbatim in ``embedded_caption``). Without a credit
in the caption, the credit line (2:110) is parsed like a printed credit, and
a by-line alone still names the photographer.
"""

from __future__ import annotations

from photoarchive.captions import NO_CREDIT, parse_caption, parse_credit
from photoarchive.captions.model import Contributor, Credit, CreditRole
from photoarchive.captions.names import normalize_name
from photoarchive.metadata import PhotoMetadata


def caption_from_embedded(meta: PhotoMetadata) -> tuple[str, Credit | None]:
    """The caption without its credit, and the best credit the file states."""
    embedded = (meta.embedded_caption or "").strip()
    if not embedded:
        return "", credit_from_embedded(meta)
    caption = parse_caption(embedded)
    if caption.credit is NO_CREDIT or not caption.text:
        return embedded, credit_from_embedded(meta)
    return caption.text, caption.credit


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
