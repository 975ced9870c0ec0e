"""Plain data produced by parsing a published feature text.

These dataclasses are the contract between the caption parser and everything
that stores or shows a parse (importer, CLI ``--dry-run``, GUI import preview).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class CreditRole(StrEnum):
    PHOTOGRAPHER = "photographer"  # 摄 / 攝 / Photo:
    HANDOUT = "handout"  # 供图
    AGENCY = "agency"  # XXX/新华社, REUTERS/Name, (AP Photo/...)
    GRAPHIC = "graphic"  # 制图 / 绘图
    FILE = "file"  # 资料图片 (archive picture, no named author)
    UNKNOWN = "unknown"


class ContributorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


@dataclass(frozen=True, slots=True)
class Contributor:
    """A named author of a photo: a person or an organisation."""

    name: str
    kind: ContributorKind = ContributorKind.PERSON
    affiliation: str | None = None  # 本报记者, 新华社, 通讯员, AP, REUTERS ...


@dataclass(frozen=True, slots=True)
class NameGuess:
    """A run of names read by guessing: glued (黄春涛谢冬梅) or oddly spaced (李 苗 唐)."""

    printed: str
    names: tuple[str, ...]
    why: str

    def __str__(self) -> str:
        return f"{self.printed} read as {' / '.join(self.names)}: {self.why}"


@dataclass(frozen=True, slots=True)
class Credit:
    """A credit as printed and as understood."""

    as_printed: str
    role: CreditRole
    contributors: tuple[Contributor, ...] = ()
    # Wire instructions printed after the credit (MANDATORY CREDIT, NO SALES).
    usage_notes: tuple[str, ...] = ()
    # Readings that were guesses (a glued 黄春涛谢冬梅 split where surnames start).
    guesses: tuple[NameGuess, ...] = ()


NO_CREDIT = Credit(as_printed="", role=CreditRole.UNKNOWN)


@dataclass(frozen=True, slots=True)
class Caption:
    """One photo caption, its text without the credit, and the credit split off."""

    position: int  # 1-based order in the feature
    text: str
    credit: Credit = NO_CREDIT  # role UNKNOWN, as_printed "" when none is printed


@dataclass(frozen=True, slots=True)
class UnitDecision:
    """What one paragraph of a feature text was taken as, and why (for the dry run)."""

    text: str
    taken_as: str  # header, body, heading, caption, caption (continued), credit line, ...
    reason: str


@dataclass(frozen=True, slots=True)
class Corrections:
    """What an archivist changed in a parse before importing it.

    ``taken_as`` maps a paragraph's index in ``ParsedFeature.decisions`` to what
    it is (caption, body, page credit, ignored, ...); ``name_splits`` maps a
    run of names as printed (黄春涛谢冬梅) to the names it really holds.
    """

    taken_as: dict[int, str] = field(default_factory=dict)
    name_splits: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.taken_as or self.name_splits)


@dataclass(frozen=True, slots=True)
class ParsedFeature:
    """Everything read out of one feature text."""

    title: str
    kicker: str | None
    byline: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[Caption, ...]
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = field(default=())
    decisions: tuple[UnitDecision, ...] = field(default=())
