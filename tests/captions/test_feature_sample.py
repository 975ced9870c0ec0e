"""The real published sample must parse exactly to its expected JSON."""

from __future__ import annotations

from photoarchive.captions import Caption, ParsedFeature, parse_feature


def _contributor(c) -> dict:
    out = {"name": c.name, "kind": str(c.kind)}
    if c.affiliation is not None:
        out["affiliation"] = c.affiliation
    return out


def _photo(caption: Caption) -> dict:
    credit = caption.credit
    return {
        "position": caption.position,
        "caption": caption.text,
        "credit": {
            "as_printed": credit.as_printed,
            "role": str(credit.role),
            "contributors": [_contributor(c) for c in credit.contributors],
        },
    }


def _parse(sample_text: str) -> ParsedFeature:
    return parse_feature(sample_text)


def test_header(sample_text: str, expected: dict) -> None:
    parsed = _parse(sample_text)
    assert parsed.kicker == expected["kicker"]
    assert parsed.title == expected["title"]
    assert list(parsed.byline) == expected["byline"]


def test_body(sample_text: str, expected: dict) -> None:
    parsed = _parse(sample_text)
    assert len(parsed.paragraphs) == expected["body_paragraph_count"]
    body = "\n".join(parsed.paragraphs)
    for fragment in expected["body_must_contain"]:
        assert fragment in body
    assert parsed.paragraphs[0] == "又是一年金秋季，雁城大地硕果丰。"
    assert parsed.paragraphs[-1] == "阔步百年新征程，正是雁翔万里时！"
    assert not any("摄" in p[-3:] or "供图" in p for p in parsed.paragraphs)


def test_captions_and_credits_exactly(sample_text: str, expected: dict) -> None:
    parsed = _parse(sample_text)
    assert [_photo(c) for c in parsed.captions] == expected["photos"]


def test_no_warnings_and_encoding(sample_text: str) -> None:
    parsed = parse_feature(sample_text, encoding="gb18030")
    assert parsed.warnings == ()
    assert parsed.encoding == "gb18030"
