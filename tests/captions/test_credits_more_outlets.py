"""Credit forms met in the third collection of real captions (items/more_outlets.json)."""

from __future__ import annotations

import pytest

from photoarchive.captions import parse_caption


@pytest.mark.parametrize(
    ("printed", "role", "names"),
    [
        ("旅客在北京西站候车准备返乡。 新华社记者摄", "photographer", ["新华社"]),
        ("遊客爭相享用牛肉湯。(圖/台視新聞)", "agency", ["台視新聞"]),
        ("措施/嘉義縣府提供", "handout", ["嘉義縣府"]),
        ("讓竿強仍寸斷(影像處理:黃瓊蕙)", "graphic", ["黃瓊蕙"]),
        ("Snow covers the town, northern Türkiye.\nAA", "agency", ["AA"]),
        ("Shoppers in the rain. (联合早报)", "agency", ["联合早报"]),
        (
            "Capitol Hill, 23 September 2019. EFE/EPA/JIM LO SCALZO",
            "agency",
            ["Jim Lo Scalzo"],  # he works for EPA; the chain before him is no second credit
        ),
        ("Tulips bloom in Istanbul. (Photo/Agencies)", "agency", ["Agencies"]),
        ("Protesters march. LAM YIK FEI FOR THE NEW YORK TIMES", "photographer", ["Lam Yik Fei"]),
        ("Boats on the Bosporus. Fatih Gönül/Anadolu Agency", "agency", ["Fatih Gönül"]),
        ("© AFP 2023 / Ludovic Marin\n法國總統大選的投票。", "agency", ["Ludovic Marin"]),
        ("© AP Photo / Lewis Joly\n法國總統馬克龍。", "agency", ["Lewis Joly"]),
        (
            "PHOTO: NG WEE LIANG (@FILMJOURNAL_)\nA new coat of paint.",
            "photographer",
            ["Ng Wee Liang"],
        ),
        (
            "訪問華南海鮮市場。攝:Thomas Peter /Reuters/達志影像",
            "agency",
            ["Thomas Peter", "達志影像"],
        ),
        ("与抗议者对峙。图/驻华盛顿记者 张琪", "photographer", ["张琪"]),
        # 四川日报's own picture service; a name in Latin then Han is one agency word
        ("市民在乐山市图书馆阅读。 李华时 摄(C视觉)", "agency", ["李华时"]),
        ("铁路职工检查线路。 张智勇摄(视觉四川)", "agency", ["张智勇"]),
        # a web page printing the wire credit a second time adds no second contributor
        (
            "Her twins came early. (AP Photo/Butch Dill)\n(Butch Dill / Associated Press)",
            "agency",
            ["Butch Dill"],
        ),
        (
            "Protesters block London. (Photo by Daniel LEAL-OLIVAS / AFP)\nAFP",
            "agency",
            ["Daniel Leal-Olivas"],
        ),
        # a Getty regional desk, resold by CFP
        (
            "示威者們聚集紐約時代廣場。 Andrew Burton/GettyNorthAmerica/CFP",
            "agency",
            ["Andrew Burton", "CFP"],
        ),
        # another paper's photographer, in the Xinhua pattern (Outlet/Name)
        ("First sightseeing flight. (JiangNan Daily/Xu Nanping)", "agency", ["Xu Nanping"]),
        ("Runners at dawn. (Beijing Youth Daily/Li Ming)", "agency", ["Li Ming"]),
        # a person for an organisation printed on the line below, lowercase words and all
        (
            "Jacinda Ardern after the shooting\nKirk Hargreaves/Christchurch city council",
            "photographer",
            ["Kirk Hargreaves"],
        ),
        (
            "A temple shrine, India. /National Gallery of Australia",
            "handout",
            ["National Gallery of Australia"],
        ),
    ],
)
def test_forms_from_new_outlets(printed: str, role: str, names: list[str]) -> None:
    caption = parse_caption(printed)
    assert str(caption.credit.role) == role
    assert [c.name for c in caption.credit.contributors] == names


def test_pagebreak_glued_to_a_credit_is_left_out() -> None:
    caption = parse_caption(
        "新疆尉犁县境内大片的棉田(11月2日摄,无人机照片)。新华社发(李飞 摄)pagebreak"
    )
    assert caption.text == "新疆尉犁县境内大片的棉田(11月2日摄,无人机照片)。"
    assert caption.credit.as_printed == "新华社发(李飞 摄)"


def test_a_reporter_with_no_paper_named_is_no_credit_by_itself() -> None:
    assert parse_caption("图为现场。 记者摄").credit.as_printed == ""


@pytest.mark.parametrize(
    "printed",
    [
        "Two friends. (Jane Doe/John Roe)",  # two people, neither an outlet
        "A view of the lake. (Lake District/Spring)",
        "Two friends.\nJane Doe/John Roe",
    ],
)
def test_a_slash_between_two_names_is_no_outlet_credit(printed: str) -> None:
    credit = parse_caption(printed).credit
    assert credit is None or credit.role.value != "agency"
