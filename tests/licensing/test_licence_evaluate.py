"""evaluate(): every reason a photo may not leave, and the expiry edge day."""

from __future__ import annotations

from datetime import date

import pytest

from photoarchive.errors import InputError
from photoarchive.licensing import (
    ALL_PURPOSES,
    NO_LICENCE,
    Licence,
    LicenceKind,
    Purpose,
    evaluate,
    parse_purposes,
    usage_terms_text,
)

TODAY = date(2026, 1, 31)

HANDOUT = Licence(
    kind=LicenceKind.HANDOUT,
    holder="祁东县启航学校",
    purposes=frozenset({Purpose.PRINT, Purpose.WEB}),
    editorial_only=True,
    credit_required=True,
)


def test_no_licence_says_how_to_record_one() -> None:
    reason = evaluate(None, "web", TODAY)
    assert reason == NO_LICENCE
    assert reason.startswith("no licence recorded")
    assert "photoarchive license set" in reason


@pytest.mark.parametrize("purpose", ["print", "web"])
def test_allowed_purpose_gives_no_reason(purpose: str) -> None:
    assert evaluate(HANDOUT, purpose, TODAY) is None


@pytest.mark.parametrize("purpose", ["social", "syndication"])
def test_purpose_outside_licence_names_what_is_allowed(purpose: str) -> None:
    assert evaluate(HANDOUT, purpose, TODAY) == "handout licence allows print, web only"


def test_allowed_purposes_are_listed_in_canonical_order() -> None:
    licence = Licence(kind=LicenceKind.AGENCY, purposes=frozenset({Purpose.SOCIAL, Purpose.PRINT}))
    assert evaluate(licence, "web", TODAY) == "agency licence allows print, social only"


def test_licence_with_no_purposes_allows_nothing() -> None:
    licence = Licence(kind=LicenceKind.OTHER)
    assert evaluate(licence, "print", TODAY) == "other licence allows no purpose"


def test_expiry_day_itself_is_still_valid() -> None:
    licence = Licence(kind=LicenceKind.STAFF, purposes=ALL_PURPOSES, expires=TODAY)
    assert evaluate(licence, "print", TODAY) is None


def test_day_after_expiry_is_refused_with_the_date() -> None:
    licence = Licence(kind=LicenceKind.STAFF, purposes=ALL_PURPOSES, expires=date(2026, 1, 30))
    assert evaluate(licence, "print", TODAY) == "licence expired on 2026-01-30"


def test_expiry_is_reported_before_a_purpose_mismatch() -> None:
    licence = Licence(
        kind=LicenceKind.HANDOUT, purposes=frozenset({Purpose.PRINT}), expires=date(2025, 12, 1)
    )
    assert evaluate(licence, "social", TODAY) == "licence expired on 2025-12-01"


def test_unknown_purpose_is_an_input_error() -> None:
    with pytest.raises(InputError, match="unknown purpose 'poster'"):
        evaluate(HANDOUT, "poster", TODAY)


def test_purposes_parse_from_a_comma_list_and_all() -> None:
    assert parse_purposes("print, web") == {Purpose.PRINT, Purpose.WEB}
    assert parse_purposes(["all"]) == ALL_PURPOSES
    with pytest.raises(InputError, match="unknown purpose"):
        parse_purposes("print,tv")


def test_licence_round_trips_through_its_json_form() -> None:
    licence = Licence(
        kind=LicenceKind.AGENCY,
        holder="新华社",
        usage_terms="仅限新闻使用",
        purposes=frozenset({Purpose.WEB, Purpose.PRINT}),
        editorial_only=True,
        expires=date(2027, 6, 30),
    )
    data = licence.to_dict()
    assert data["purposes"] == ["print", "web"]
    assert data["expires"] == "2027-06-30"
    assert Licence.from_dict(data) == licence


def test_bad_expiry_in_json_form_is_an_input_error() -> None:
    with pytest.raises(InputError, match="bad expiry date"):
        Licence.from_dict({"kind": "staff", "expires": "31/01/2026"})


def test_usage_terms_are_composed_from_flags_when_none_are_recorded() -> None:
    text = usage_terms_text(HANDOUT)
    assert text == "Editorial use only. Credit required. Licensed for: print, web."
    recorded = Licence(kind=LicenceKind.STAFF, usage_terms="  本报记者作品  ")
    assert usage_terms_text(recorded) == "本报记者作品"
