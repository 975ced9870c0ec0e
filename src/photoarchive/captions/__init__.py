"""Parse published feature texts: header, body, photo captions and their credits."""

from __future__ import annotations

from photoarchive.captions.credits import (
    credit_tokens,
    match_credit,
    parse_credit,
    split_caption_credit,
)
from photoarchive.captions.feature import parse_caption, parse_feature
from photoarchive.captions.model import (
    NO_CREDIT,
    Caption,
    Contributor,
    ContributorKind,
    Credit,
    CreditRole,
    ParsedFeature,
)
from photoarchive.captions.names import normalize_name
from photoarchive.captions.orgs import contributor_kind, is_organization

__all__ = [
    "NO_CREDIT",
    "Caption",
    "Contributor",
    "ContributorKind",
    "Credit",
    "CreditRole",
    "ParsedFeature",
    "contributor_kind",
    "credit_tokens",
    "is_organization",
    "match_credit",
    "normalize_name",
    "parse_caption",
    "parse_credit",
    "parse_feature",
    "split_caption_credit",
]
