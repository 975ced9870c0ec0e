"""Property tests for the credit grammar: more printed forms, English credits, the shadow."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from photoarchive.captions import split_caption_credit
from photoarchive.captions.script import shadow
from tests.captions.test_properties import SETTINGS, captions, names

TRADITIONAL_SURNAMES = "陳張劉黃趙吳羅謝許鄭葉蕭蘇鄧"
TRADITIONAL_GIVEN = "偉華強國龍鳳麗雲飛東輝"

# form, role, affiliation; {names} is the printed name list
MORE_FORMS = [
    ("中央社記者{names}攝 107年8月14日", "photographer", "中央社"),
    ("（中央社記者{names}攝）", "photographer", "中央社"),
    ("（記者{names}／攝影）", "photographer", "記者"),
    ("（圖/{names}攝）", "photographer", None),
    ("{names}摄（人民视觉）", "agency", "人民视觉"),
    ("{names}摄/光明图片", "agency", "光明图片"),
    ("{names}摄（影像中国）", "photographer", None),
    ("湖南日报记者 {names} 摄", "photographer", "湖南日报"),
    ("摄影：{names}", "photographer", None),
    ("（薛敏/文 {names}/摄）", "photographer", None),
]


@st.composite
def traditional_names(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(TRADITIONAL_SURNAMES)) + draw(
        st.text(alphabet=TRADITIONAL_GIVEN, min_size=2, max_size=2)
    )


@SETTINGS
@given(captions, st.sampled_from(MORE_FORMS), st.lists(names(), min_size=1, max_size=2))
def test_more_forms_come_back_whole(caption: str, form, people) -> None:
    template, role, affiliation = form
    unique = list({p.name: p for p in people}.values())
    printed = template.format(names=" ".join(p.printed for p in unique))
    text, credit = split_caption_credit(f"{caption} {printed}")
    assert text == caption
    assert str(credit.role) == role
    assert [(c.name, c.affiliation) for c in credit.contributors] == [
        (p.name, affiliation) for p in unique
    ]


@SETTINGS
@given(captions, traditional_names())
def test_traditional_names_keep_their_script(caption: str, name: str) -> None:
    text, credit = split_caption_credit(f"{caption}（中央社記者{name}攝）")
    assert text == caption
    assert [c.name for c in credit.contributors] == [name]


FIRST = ["Jane", "John", "Maria", "Ahmad", "Wang", "Liu", "K.Y.", "Jean-Pierre"]
LAST = ["Doe", "Roe", "Garcia", "Kamal", "Peng", "Xiao", "Cheng", "Dubois"]
EN_FORMS = [
    ("(AP Photo/{name})", "agency", "AP"),
    ("(AP Photo/{name}, File)", "agency", "AP"),
    ("REUTERS/{name}", "agency", "REUTERS"),
    ("REUTERS/{name}/File Photo", "agency", "REUTERS"),
    ("AFP PHOTO / {upper}", "agency", "AFP"),
    ("{name}/AFP via Getty Images", "agency", "AFP"),
    ("EPA-EFE/{upper}", "agency", "EPA-EFE"),
    ("(Xinhua/{name})", "agency", "Xinhua"),
    ("(Photo by {name}/Xinhua)", "agency", "Xinhua"),
    ("{name} / for China Daily", "photographer", "China Daily"),
    ("Photo: {name}", "photographer", None),
]


@SETTINGS
@given(
    st.sampled_from(["Farmers harvest rice in Hengyang, China, Sept. 27, 2021.", "A view."]),
    st.sampled_from(EN_FORMS),
    st.sampled_from(FIRST),
    st.sampled_from(LAST),
    st.sampled_from(["", " MANDATORY CREDIT", " EDITORIAL USE ONLY. NO SALES."]),
)
def test_english_credits_come_back_whole(caption, form, first, last, notes) -> None:
    template, role, affiliation = form
    name = f"{first} {last}"
    printed = template.format(name=name, upper=name.upper())
    text, credit = split_caption_credit(f"{caption} {printed}{notes}")
    assert text == caption
    assert credit.as_printed == printed
    assert str(credit.role) == role
    assert credit.contributors[0].name == name
    assert credit.contributors[0].affiliation == affiliation
    assert bool(credit.usage_notes) == bool(notes)


@SETTINGS
@given(st.text())
def test_the_shadow_is_exactly_as_long_as_the_text(text: str) -> None:
    assert len(shadow(text)) == len(text)
