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
from photoarchive.captions.script import shadow
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


def credit_conflict(meta: PhotoMetadata, credit: Credit | None) -> str | None:
    """Why the file's By-line and Credit fields disagree with ``credit``, or ``None``.

    They agree when any name or agency of one is in the other (``(AP Photo/Jane
    Doe)`` with By-line Jane Doe and Credit AP); when the fields are empty there
    is nothing to disagree with.
    """
    fields = _field_names(meta)
    if credit is None or not credit.contributors or not fields:
        return None
    said = {_fold(c.name) for c in credit.contributors}
    said |= {_fold(c.affiliation) for c in credit.contributors if c.affiliation}
    if said & fields:
        return None
    printed = ", ".join(
        f"{label} {value!r}"
        for label, value in (
            ("By-line", " / ".join(meta.embedded_byline)),
            ("Credit", meta.embedded_credit or ""),
        )
        if value.strip()
    )
    return f"the caption ends in {credit.as_printed!r}; the file's {printed}"


def _field_names(meta: PhotoMetadata) -> set[str]:
    names = {_fold(normalize_name(n)) for n in meta.embedded_byline if n.strip()}
    printed = (meta.embedded_credit or "").strip()
    if printed:
        names.add(_fold(printed))
        parsed = parse_credit(printed)
        if parsed is not None:
            names |= {_fold(c.name) for c in parsed.contributors}
            names |= {_fold(c.affiliation) for c in parsed.contributors if c.affiliation}
    return names - {""}


def _fold(name: str) -> str:
    return shadow(normalize_name(name)).casefold()


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
