"""The licence of one photo, as plain data.

A licence says who holds the rights and for which purposes the paper may send
the photo out. It is plain data so that the catalogue, the CLI (`license show
--json`) and the export all share one shape.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from photoarchive.errors import InputError

_E = TypeVar("_E", bound=StrEnum)


class LicenceKind(StrEnum):
    STAFF = "staff"
    HANDOUT = "handout"
    AGENCY = "agency"
    CREATIVE_COMMONS = "creative-commons"
    OTHER = "other"


class Purpose(StrEnum):
    """Where an exported set goes; the order here is the order shown to users."""

    PRINT = "print"
    WEB = "web"
    SOCIAL = "social"
    SYNDICATION = "syndication"


ALL_PURPOSES: frozenset[Purpose] = frozenset(Purpose)


def parse_kind(value: str) -> LicenceKind:
    """A licence kind from user or file input, with a message that lists the choices."""
    return _choice(LicenceKind, value, "licence kind")


def parse_purpose(value: str) -> Purpose:
    """One purpose from user or file input, with a message that lists the choices."""
    return _choice(Purpose, value, "purpose")


def _choice(choices: type[_E], value: str, what: str) -> _E:
    try:
        return choices(value.strip().lower())
    except ValueError:
        names = ", ".join(c.value for c in choices)
        raise InputError(f"unknown {what} {value!r}", hint=f"use one of: {names}") from None


def parse_purposes(values: str | Iterable[str]) -> frozenset[Purpose]:
    """Purposes from `print,web` or a list; `all` stands for every purpose."""
    items = values.split(",") if isinstance(values, str) else list(values)
    names = [v.strip() for v in items if v.strip()]
    if any(n.lower() == "all" for n in names):
        return ALL_PURPOSES
    return frozenset(parse_purpose(n) for n in names)


def ordered_purposes(purposes: Iterable[str]) -> list[str]:
    """Purposes in the canonical order, so messages and manifests read the same every time."""
    wanted = set(purposes)
    return [p.value for p in Purpose if p in wanted]


@dataclass(frozen=True, slots=True)
class Licence:
    """What the paper may do with one photo."""

    kind: LicenceKind
    holder: str | None = None
    usage_terms: str = ""
    purposes: frozenset[Purpose] = field(default_factory=frozenset)
    editorial_only: bool = False
    credit_required: bool = False
    expires: date | None = None  # last day the licence is valid; None: never expires

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (`license show --json`, the catalogue's JSON columns)."""
        return {
            "kind": self.kind.value,
            "holder": self.holder,
            "usage_terms": self.usage_terms,
            "purposes": ordered_purposes(self.purposes),
            "editorial_only": self.editorial_only,
            "credit_required": self.credit_required,
            "expires": self.expires.isoformat() if self.expires else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Licence:
        """The inverse of :meth:`to_dict`; bad values raise :class:`InputError`."""
        expires = data.get("expires")
        try:
            expiry = date.fromisoformat(expires) if isinstance(expires, str) else expires
        except ValueError:
            raise InputError(
                f"bad expiry date {expires!r}", hint="write it as YYYY-MM-DD"
            ) from None
        return cls(
            kind=parse_kind(str(data["kind"])),
            holder=data.get("holder") or None,
            usage_terms=data.get("usage_terms") or "",
            purposes=parse_purposes(data.get("purposes") or ()),
            editorial_only=bool(data.get("editorial_only", False)),
            credit_required=bool(data.get("credit_required", False)),
            expires=expiry,
        )


def usage_terms_text(licence: Licence) -> str:
    """The terms to embed: the recorded text, or one composed from the flags when none is."""
    if licence.usage_terms.strip():
        return licence.usage_terms.strip()
    parts = []
    if licence.editorial_only:
        parts.append("Editorial use only.")
    if licence.credit_required:
        parts.append("Credit required.")
    allowed = ordered_purposes(licence.purposes)
    parts.append(f"Licensed for: {', '.join(allowed)}." if allowed else "No use licensed.")
    if licence.expires:
        parts.append(f"Valid until {licence.expires.isoformat()}.")
    return " ".join(parts)
