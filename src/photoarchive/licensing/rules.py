"""Default licences from a photo's credit, driven by an editable rules file.

Which credits mean "our own staff" and which agencies the paper subscribes to
(and for what) differ between papers and change with contracts, so they live
in a TOML file (resources/licensing/rules.toml) rather than in code. The first
rule whose conditions all hold gives the licence; no match gives no licence,
and the export then asks for one.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from photoarchive.captions.model import ContributorKind, Credit, CreditRole
from photoarchive.errors import InputError
from photoarchive.licensing.model import Licence, Purpose, parse_kind, parse_purposes

RULE_CONDITIONS = {"roles", "affiliations", "agency"}
RULE_LICENCE_FIELDS = {
    "kind",
    "holder",
    "purposes",
    "editorial_only",
    "credit_required",
    "usage_terms",
}
AGENCY_FIELDS = {"match", "purposes", "usage_terms"}


class LicenceRulesError(InputError):
    """The licence rules file cannot be read or says something we cannot apply."""


@dataclass(frozen=True, slots=True)
class Agency:
    """A news agency: the forms its name takes in credits and its contract's terms."""

    name: str
    patterns: tuple[re.Pattern[str], ...]
    purposes: frozenset[Purpose] | None = None  # None: the agency rule's purposes
    usage_terms: str | None = None

    def named_in(self, text: str) -> bool:
        return any(p.search(text) for p in self.patterns)


@dataclass(frozen=True, slots=True)
class Rule:
    """Conditions on a credit and the licence they give (`holder` may hold placeholders)."""

    name: str
    licence: Licence
    roles: frozenset[CreditRole] | None = None
    affiliations: frozenset[str] | None = None  # normalised with _norm()
    agency: bool | None = None


@dataclass(frozen=True, slots=True)
class LicenceRules:
    rules: tuple[Rule, ...]
    agencies: tuple[Agency, ...]
    source: Path | None = None


def bundled_rules_path() -> Path:
    """The rules shipped with the app: inside the wheel, or at the top of a source tree."""
    package = Path(__file__).resolve().parent.parent
    for base in (package / "resources", package.parent.parent / "resources"):
        candidate = base / "licensing" / "rules.toml"
        if candidate.is_file():
            return candidate
    raise LicenceRulesError(
        "the bundled licence rules (resources/licensing/rules.toml) are missing",
        hint="reinstall photoarchive, or pass a rules file of your own",
    )


def load_rules(path: Path | None = None) -> LicenceRules:
    """Read and check a rules file (the bundled one when `path` is None)."""
    source = path or bundled_rules_path()
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except OSError as exc:
        raise LicenceRulesError(f"cannot read licence rules {source}: {exc.strerror}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LicenceRulesError(
            f"licence rules {source} are not valid TOML: {exc}", hint=f"fix {source}"
        ) from None
    try:
        agencies = tuple(_parse_agency(n, v) for n, v in data.get("agencies", {}).items())
        rules = tuple(_parse_rule(i, v) for i, v in enumerate(data.get("rules", []), 1))
    except (InputError, TypeError, ValueError, AttributeError) as exc:
        message = exc.message if isinstance(exc, InputError) else str(exc)
        raise LicenceRulesError(
            f"licence rules {source}: {message}", hint=f"fix {source}"
        ) from None
    return LicenceRules(rules=rules, agencies=agencies, source=source)


def default_licence(credit: Credit | None, rules: LicenceRules) -> Licence | None:
    """The licence the first matching rule gives this credit; None for no credit or no match."""
    if credit is None or not (credit.as_printed.strip() or credit.contributors):
        return None
    agency = _find_agency(credit, rules.agencies)
    is_agency = agency is not None or credit.role == CreditRole.AGENCY
    for rule in rules.rules:
        if _matches(rule, credit, is_agency):
            return _instantiate(rule.licence, credit, agency)
    return None


def _matches(rule: Rule, credit: Credit, is_agency: bool) -> bool:
    if rule.roles is not None and credit.role not in rule.roles:
        return False
    if rule.agency is not None and rule.agency != is_agency:
        return False
    if rule.affiliations is not None:
        found = {_norm(c.affiliation) for c in credit.contributors if c.affiliation}
        if not found & rule.affiliations:
            return False
    return True


def _instantiate(template: Licence, credit: Credit, agency: Agency | None) -> Licence:
    """Fill the holder placeholders and apply an agency's own contract terms."""
    licence = template
    if agency is not None and agency.purposes is not None:
        licence = replace(licence, purposes=agency.purposes)
    if agency is not None and agency.usage_terms is not None:
        licence = replace(licence, usage_terms=agency.usage_terms)
    if licence.holder:
        holder = licence.holder.replace("{contributors}", _contributor_names(credit))
        holder = holder.replace("{agency}", agency.name if agency else _agency_fallback(credit))
        licence = replace(licence, holder=holder.strip() or None)
    return licence


def _find_agency(credit: Credit, agencies: tuple[Agency, ...]) -> Agency | None:
    """The first listed agency named as an affiliation or an organisation credited."""
    texts = [c.affiliation for c in credit.contributors if c.affiliation]
    texts += [c.name for c in credit.contributors if c.kind == ContributorKind.ORGANIZATION]
    for agency in agencies:
        if any(agency.named_in(t) for t in texts):
            return agency
    return None


def _contributor_names(credit: Credit) -> str:
    names = [c.name for c in credit.contributors if c.name]
    return "、".join(names) if names else credit.as_printed.strip()


def _agency_fallback(credit: Credit) -> str:
    """An agency not in the table: its name as the credit gives it."""
    for c in credit.contributors:
        if c.affiliation:
            return c.affiliation
    return _contributor_names(credit)


def _norm(text: str) -> str:
    return "".join(text.split()).casefold()


def _name_pattern(form: str) -> re.Pattern[str]:
    """Match a name form as a whole word, so `AP` finds `AP Photo` but not `APPLE`."""
    return re.compile(rf"(?<![a-z0-9]){re.escape(form.strip())}(?![a-z0-9])", re.IGNORECASE)


def _parse_agency(name: str, value: Mapping[str, Any]) -> Agency:
    _reject_unknown(value, AGENCY_FIELDS, f"agency {name!r}")
    forms = value.get("match") or [name]
    purposes = value.get("purposes")
    return Agency(
        name=name,
        patterns=tuple(_name_pattern(f) for f in forms if str(f).strip()),
        purposes=parse_purposes(purposes) if purposes is not None else None,
        usage_terms=value.get("usage_terms"),
    )


def _parse_rule(index: int, value: Mapping[str, Any]) -> Rule:
    name = str(value.get("name") or f"rule {index}")
    _reject_unknown(value, RULE_CONDITIONS | RULE_LICENCE_FIELDS | {"name"}, f"rule {name!r}")
    if not RULE_CONDITIONS & value.keys():
        raise InputError(f"rule {name!r} has no condition (roles, affiliations or agency)")
    if "kind" not in value:
        raise InputError(f"rule {name!r} has no licence kind")
    roles = value.get("roles")
    affiliations = value.get("affiliations")
    norm_affiliations = frozenset(_norm(a) for a in affiliations) if affiliations else None
    licence = Licence(
        kind=parse_kind(str(value["kind"])),
        holder=value.get("holder") or None,
        usage_terms=str(value.get("usage_terms", "")),
        purposes=parse_purposes(value.get("purposes", [])),
        editorial_only=bool(value.get("editorial_only", False)),
        credit_required=bool(value.get("credit_required", False)),
    )
    return Rule(
        name=name,
        licence=licence,
        roles=frozenset(_parse_role(r) for r in roles) if roles is not None else None,
        affiliations=norm_affiliations,
        agency=bool(value["agency"]) if "agency" in value else None,
    )


def _parse_role(value: str) -> CreditRole:
    try:
        return CreditRole(value)
    except ValueError:
        choices = ", ".join(r.value for r in CreditRole)
        raise InputError(f"unknown credit role {value!r} (use one of: {choices})") from None


def _reject_unknown(value: Mapping[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(value) - allowed)
    if unknown:
        raise InputError(f"{where} has unknown setting(s) {', '.join(unknown)}")
