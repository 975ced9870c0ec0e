"""Property tests: the parser never raises, and generated captions and credits round-trip."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from photoarchive.captions import NO_CREDIT, parse_feature, split_caption_credit

SETTINGS = settings(max_examples=200, derandomize=True, deadline=None)

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"
    "彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石"
    "廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵钱严武"
    "戴莫孔汤易"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华建国辉力鹏宇"
    "浩然晨阳雪梅兰新志红玉德荣曦苗盟铭围响卫全正"
)
# Caption and body characters: no 图 (it would make markers) and no credit words.
PROSE = (
    "衡阳市大力开展杂交水稻的试验示范工作成为袁隆平及其科研团队高"
    "产攻关重要地区县库宗桥镇华山村粮食丰收场景南岳衡山祝融峰朝霞"
    "映照下"
)
ORGS = ["祁东县启航学校", "珠晖区委宣传部", "衡阳市中心医院", "湖南华菱钢铁集团"]


@dataclass(frozen=True)
class Name:
    printed: str
    name: str


@st.composite
def names(draw: st.DrawFn) -> Name:
    surname = draw(st.sampled_from(SURNAMES))
    given = draw(st.text(alphabet=GIVEN, min_size=1, max_size=2))
    name = surname + given
    spaced = len(name) == 2 and draw(st.booleans())
    return Name(f"{surname} {given}" if spaced else name, name)


sentences = st.text(alphabet=PROSE, min_size=2, max_size=30).map(lambda s: s + "。")
captions = st.lists(sentences, min_size=1, max_size=3).map("".join)

# form, role, affiliation of every contributor; {names} is the printed name list
PERSON_FORMS = [
    ("{names} 摄", "photographer", None),
    ("{names}摄", "photographer", None),
    ("{names} 攝", "photographer", None),
    ("记者 {names} 摄", "photographer", "记者"),
    ("记者/{names} 摄", "photographer", "记者"),
    ("通讯员/{names} 摄", "photographer", "通讯员"),
    ("本报记者 {names} 摄", "photographer", "本报记者"),
    ("新华社记者 {names} 摄", "photographer", "新华社"),
    ("（{names} 摄）", "photographer", None),
    ("({names} 摄)", "photographer", None),
    ("新华社发（{names} 摄）", "agency", "新华社"),
    ("{names}/新华社", "agency", "新华社"),
    ("{names} 供图", "handout", None),
    ("{names} 制图", "graphic", None),
]


@st.composite
def credits(draw: st.DrawFn) -> tuple[str, str, list[tuple[str, str | None]]]:
    """A printed credit, its role and the (name, affiliation) pairs it must yield."""
    if draw(st.integers(0, 9)) == 0:
        org = draw(st.sampled_from(ORGS))
        return f"{org}供图", "handout", [(org, None)]
    form, role, affiliation = draw(st.sampled_from(PERSON_FORMS))
    people = draw(st.lists(names(), min_size=1, max_size=3, unique_by=lambda n: n.name))
    printed = form.format(names=" ".join(p.printed for p in people))
    return printed, role, [(p.name, affiliation) for p in people]


def _people(credit) -> list[tuple[str, str | None]]:
    return [(c.name, c.affiliation) for c in credit.contributors]


@SETTINGS
@given(captions, st.sampled_from(["", " ", "\u3000", "  "]), credits())
def test_split_recovers_caption_and_credit(caption: str, gap: str, credit) -> None:
    printed, role, people = credit
    text, parsed = split_caption_credit(caption + gap + printed)
    assert text == caption
    assert parsed.as_printed == printed
    assert str(parsed.role) == role
    assert _people(parsed) == people


@SETTINGS
@given(
    title=st.text(alphabet=PROSE, min_size=2, max_size=16),
    byline=st.lists(names(), max_size=4),
    body=st.lists(st.lists(sentences, min_size=1, max_size=3).map("".join), min_size=1, max_size=4),
    pictures=st.lists(st.tuples(captions, credits()), min_size=1, max_size=5),
)
def test_generated_features_parse_back(title, byline, body, pictures) -> None:
    units = [title]
    if byline:
        units.append(" ".join(n.printed for n in byline))
    units += body
    units += [f"{caption} {credit[0]}" for caption, credit in pictures]
    parsed = parse_feature("\n\n".join(units))
    assert parsed.title == title
    assert parsed.byline == tuple(n.name for n in byline)
    assert parsed.paragraphs == tuple(body)
    assert [c.text for c in parsed.captions] == [caption for caption, _ in pictures]
    assert [_people(c.credit) for c in parsed.captions] == [credit[2] for _, credit in pictures]


FRAGMENTS = [
    "\n", "\n\n", " ", "\u3000", "。", "，", "摄", "攝", "供图", "（", "）", "(", ")", "/", "▲",
    "图①", "图1：", "上图：", "图为", "记者", "本报记者", "新华社", "新华社发", "资料图片",
    "罗 铭", "曹正平", "祁东县启航学校", "AP Photo", "REUTERS", "Photo:", "By ", "Jane Doe",
    "——", "“", "”", "3月17日", "零下20", "\r\n", "\ufeff", "文/图",
]  # fmt: skip
tricky_text = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=4), max_size=60).map("".join)


@SETTINGS
@given(st.text() | tricky_text)
def test_parse_feature_never_raises(text: str) -> None:
    parsed = parse_feature(text)
    assert all(c.position == i for i, c in enumerate(parsed.captions, start=1))
    assert all(p.strip() for p in parsed.paragraphs)


@SETTINGS
@given(st.text() | tricky_text)
def test_split_caption_credit_never_raises(text: str) -> None:
    caption, credit = split_caption_credit(text)
    if credit is NO_CREDIT:
        assert caption == text.strip()
    else:
        # the credit is printed in the text, after the caption (wire notes may follow it)
        assert credit.as_printed and credit.as_printed in text
        assert text.strip().startswith(caption)
