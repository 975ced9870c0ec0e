"""Licences: what the paper may do with each photo, and defaults from its credit."""

from __future__ import annotations

from photoarchive.licensing.evaluate import NO_LICENCE, evaluate
from photoarchive.licensing.model import (
    ALL_PURPOSES,
    Licence,
    LicenceKind,
    Purpose,
    ordered_purposes,
    parse_kind,
    parse_purpose,
    parse_purposes,
    usage_terms_text,
)
from photoarchive.licensing.rules import (
    LicenceRules,
    LicenceRulesError,
    bundled_rules_path,
    default_licence,
    load_rules,
)

__all__ = [
    "ALL_PURPOSES",
    "NO_LICENCE",
    "Licence",
    "LicenceKind",
    "LicenceRules",
    "LicenceRulesError",
    "Purpose",
    "bundled_rules_path",
    "default_licence",
    "evaluate",
    "load_rules",
    "ordered_purposes",
    "parse_kind",
    "parse_purpose",
    "parse_purposes",
    "usage_terms_text",
]
