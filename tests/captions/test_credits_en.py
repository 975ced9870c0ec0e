"""English credit forms, one rule each."""

from __future__ import annotations

import pytest

from photoarchive.captions import (
    Contributor,
    ContributorKind,
    Credit,
    CreditRole,
    match_credit,
    parse_credit,
    split_caption_credit,
)
from photoarchive.captions.credit_tokens import canonical_agency

PERSON = ContributorKind.PERSON


def check(printed: str, credit: Credit, rule: str) -> None:
    assert parse_credit(printed) == credit
    found = match_credit(printed)
    assert found is not None and found.rule == rule and found.start == 0


def agency(printed: str, name: str, affiliation: str) -> Credit:
    return Credit(printed, CreditRole.AGENCY, (Contributor(name, PERSON, affiliation),))


def test_ap_photo_in_brackets() -> None:
    check("(AP Photo/Jane Doe)", agency("(AP Photo/Jane Doe)", "Jane Doe", "AP"), "en-agency-photo")


def test_ap_photo_file_suffix() -> None:
    printed = "(AP Photo/Jane Doe, File)"
    check(printed, agency(printed, "Jane Doe", "AP"), "en-agency-photo")


def test_ap_photo_without_brackets() -> None:
    check("AP Photo/Jane Doe", agency("AP Photo/Jane Doe", "Jane Doe", "AP"), "en-agency-photo")


def test_afp_photo_in_capitals() -> None:
    printed = "AFP PHOTO / JANE DOE"
    check(printed, agency(printed, "Jane Doe", "AFP"), "en-agency-photo")


@pytest.mark.parametrize("spelling", ["REUTERS", "Reuters"])
def test_reuters_slash_name(spelling: str) -> None:
    printed = f"{spelling}/Jane Doe"
    check(printed, agency(printed, "Jane Doe", "REUTERS"), "agency-slash-name")


def test_name_slash_agency() -> None:
    check("Li Ming/Xinhua", agency("Li Ming/Xinhua", "Li Ming", "Xinhua"), "name-slash-agency")


def test_photo_colon_name_slash_agency() -> None:
    printed = "Photo: Jane Doe/Xinhua"
    credit = Credit(printed, CreditRole.AGENCY, (Contributor("Jane Doe", PERSON, "Xinhua"),))
    check(printed, credit, "en-photo-by-agency")


def test_photo_colon_name_slash_unknown_agency_kept_as_printed() -> None:
    printed = "Photo: Jane Doe/City Daily"
    credit = Credit(
        printed, CreditRole.PHOTOGRAPHER, (Contributor("Jane Doe", PERSON, "City Daily"),)
    )
    check(printed, credit, "en-photo-by-outlet")


def test_photo_by_several_names() -> None:
    printed = "Photos by Jane Doe and John Roe"
    credit = Credit(
        printed,
        CreditRole.PHOTOGRAPHER,
        (Contributor("Jane Doe", PERSON), Contributor("John Roe", PERSON)),
    )
    check(printed, credit, "en-photo-by")


def test_courtesy_of_an_organisation() -> None:
    printed = "Courtesy of Hengyang Museum"
    credit = Credit(
        printed,
        CreditRole.HANDOUT,
        (Contributor("Hengyang Museum", ContributorKind.ORGANIZATION),),
    )
    check(printed, credit, "en-courtesy")


def test_file_photo() -> None:
    check("File photo", Credit("File photo", CreditRole.FILE), "file")


def test_english_caption_split() -> None:
    caption = "Farmers harvest rice in Hengyang, Hunan province, Sept 27, 2021."
    text, credit = split_caption_credit(f"{caption} (AP Photo/Jane Doe)")
    assert text == caption
    assert credit == agency("(AP Photo/Jane Doe)", "Jane Doe", "AP")


def test_sentence_words_are_not_taken_as_names() -> None:
    text, credit = split_caption_credit("A view of Hengyang, China. REUTERS/Jane Doe")
    assert text == "A view of Hengyang, China."
    assert credit.contributors == (Contributor("Jane Doe", PERSON, "REUTERS"),)


@pytest.mark.parametrize(
    "text", ["the photo was taken by a drone", "Reuters reported", "Photo:", "AP Photo/"]
)
def test_english_prose_is_not_a_credit(text: str) -> None:
    assert parse_credit(text) is None


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [("Reuters", "REUTERS"), ("associated press", "AP"), ("Acme  News", "Acme News")],
)
def test_canonical_agency(printed: str, canonical: str) -> None:
    assert canonical_agency(printed) == canonical
