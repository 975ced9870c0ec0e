"""Who a chain of agencies credits, in the forms wire pictures are handed on in."""

from __future__ import annotations

import pytest

from photoarchive.captions import parse_caption


@pytest.mark.parametrize(
    ("printed", "caption", "names"),
    [
        # nobody named: every agency printed is credited
        ("Troops fire in this undated photo. REUTERS/KCNA", None, ["REUTERS", "KCNA"]),
        (
            "暴髮發生後商鋪受損。 The Washington Post/Getty Images/CFP",
            None,
            ["The Washington Post", "Getty Images", "CFP"],
        ),
        # a person named: the chain before them is theirs, the agencies after them handed it on
        ("A boy gets food. Thanh Dat/VNA via REUTERS", None, ["Thanh Dat", "REUTERS"]),
        (
            "Penhill wins at Cheltenham. Action Images via Reuters/Matthew Childs",
            None,
            ["Action Images", "Matthew Childs"],
        ),
        (
            "An aurora in Rovaniemi, Finland. REUTERS/Alexander Kuznetsov/All About Lapland",
            None,
            ["Alexander Kuznetsov", "All About Lapland"],
        ),
        (
            "The storm still carries moisture. The Yomiuri Shimbun/AP",
            None,
            ["The Yomiuri Shimbun", "AP"],
        ),
        # agency forms from social media and pools
        ("The Capitol at sunrise. #APPhoto by J. Scott Applewhite", None, ["J. Scott Applewhite"]),
        ("Boats capsized, police said. #APPhoto Dar Yasin", None, ["Dar Yasin"]),
        (
            "The opening of a news photo exhibition. (Pool photo) (Yonhap)",
            "The opening of a news photo exhibition.",
            ["Yonhap"],
        ),
        ("One of the worst quakes. (AP Photo /Color China Photo)", None, ["Color China Photo"]),
    ],
)
def test_agency_chains(printed: str, caption: str | None, names: list[str]) -> None:
    parsed = parse_caption(printed)
    assert [c.name for c in parsed.credit.contributors] == names
    assert str(parsed.credit.role) == "agency"
    if caption is not None:
        assert parsed.text == caption


def test_the_washington_post_is_an_organisation() -> None:
    parsed = parse_caption("商鋪受損。 The Washington Post/Getty Images/CFP")
    assert all(str(c.kind) == "organization" for c in parsed.credit.contributors)
