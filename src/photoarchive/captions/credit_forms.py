"""Every printed credit form, one row each: a pattern over token kinds and what it means.

The kinds are those of :mod:`credit_tokens` (A affiliation, M photo staff
(摄影记者), N name, S 摄,
G agency, ...). ``{NAMES}`` stands for one or more names, each run optionally
after an affiliation (``本报记者 张三 通讯员 李四``). A form that a paper prints
in brackets needs no row of its own: brackets around any form are accepted.
To teach the parser a new house style, add a row (and a test with the real
caption it came from).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from photoarchive.captions.model import CreditRole

_MACROS = {
    "NAMES": "(?:[AM][/:]?|G)?N+(?:[AM][/:]?N+)*",
    "HOLDERS": "(?:[AM][/:]?)?(?:N+|G)",
    "AGENCY": "[GV]",
}


@dataclass(frozen=True, slots=True)
class CreditForm:
    """One printed form: its name, its pattern over token kinds, its role.

    ``names_join_agency``: the people named work for the agency in the form
    (``张三/新华社``). ``allow_org``: an organisation may stand where a name does
    (``祁东县启航学校供图``). ``agency_credited``: the agency is a contributor
    when nobody is named. ``after_sentence``: only after a full sentence, as
    in ``。（资料图片）``, since glued to a word it is part of the sentence.
    ``outlet_first``/``outlet_last``: of two runs of names, that one is the
    outlet the other works for.
    """

    name: str
    pattern: str
    role: CreditRole
    names_join_agency: bool = False
    allow_org: bool = False
    agency_credited: bool = True
    after_sentence: bool = False
    outlet_last: bool = False
    outlet_first: bool = False
    any_holder: bool = False
    strong_only: bool = False
    outlet_is_org: bool = False  # the outlet must read as an organisation, not a second name
    source_credited: bool = False  # (AP Photo/Xinhua, X): the agency handed on is credited too

    def compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern.format(**_MACROS))


P, H, G, D, F, U = (
    CreditRole.PHOTOGRAPHER,
    CreditRole.HANDOUT,
    CreditRole.AGENCY,
    CreditRole.GRAPHIC,
    CreditRole.FILE,
    CreditRole.UNKNOWN,  # （翻攝自Threads）, (取自網路): taken from somewhere, by nobody named
)

# fmt: off
FORMS: tuple[CreditForm, ...] = (
    # Chinese: 罗盟摄, 本报记者 张三 通讯员 李四 摄, 中央社记者王飞华洛杉矶摄 107年8月14日
    CreditForm("zh-photographer", "(?:T[/:])?{NAMES}/?P?S:?Y?", P),          # (圖/吳德亮攝)
    CreditForm("zh-photographer-first", "S[/:]?{NAMES}", P),                  # 摄影：张三
    CreditForm("zh-page", "K[/:]?(?:B)?{NAMES}/?[SH]?", P, allow_org=True),  # 本版照片均为 刘静 摄
    CreditForm("zh-photographer-outlet", "S[/:]{NAMES}/N", P, True, outlet_last=True),  # 攝：X/端
    CreditForm(
        "zh-photographer-agency", "{NAMES}/?S/?{AGENCY}|S[/:]{NAMES}(?:/{AGENCY})+", G, True
    ),  # 张三摄/新华社, 攝:Thomas Peter /Reuters/達志影像
    CreditForm("zh-agency-photographer", "S[/:]?{AGENCY}", G),               # 攝：Imagine China
    CreditForm("zh-photo-staff", "[AM][/:]?N+", P),                           # 本报记者 张驰
    CreditForm("zh-staff-unnamed", "AS", P),                                  # 新华社记者摄
    CreditForm("zh-file-photographer", "F,?{NAMES}/?S", P),                  # 資料照，記者X翻攝
    CreditForm("zh-picture-first", "[WT][/:]{NAMES}|W{NAMES}", P),          # 文/图 张三, 图：张三
    CreditForm("zh-picture-after", "{NAMES}/T|{NAMES}/?W", P),              # 张三/图
    CreditForm("zh-agency-release", "{AGENCY}R", G),                          # 新华社发
    CreditForm("zh-agency-release-photographer", "{AGENCY}R\\(?{NAMES}/?S\\)?", G, True),
    CreditForm(
        "en-name-outlet-agency", "{NAMES}/N/{AGENCY}(?:/G)+|{NAMES}/N/{AGENCY}vG", G, True,
        outlet_last=True,
    ),  # Nirmal Purja/Project Possible/AFP/Getty Images: his outfit, then who handed it on
    CreditForm(
        "name-slash-agency", "c?{NAMES}(?:/N)*/(?:o(?:vG)?|{AGENCY}(?:/G|vG|fN)*)(?:,F)?", G, True
    ),
    CreditForm(
        "agency-slash-name",
        "c?(?:{AGENCY}v)?(?:{AGENCY}/)*{AGENCY}/{NAMES}(?:/[GFN])?(?:,F)?",
        G,
        True,
    ),  # REUTERS/X, EFE/EPA/X, Action Images via Reuters/X, REUTERS/X/All About Lapland
    CreditForm("zh-picture-agency", "V", G),                                  # 视觉中国
    CreditForm("zh-agency-picture", "{AGENCY}T", G),                          # 新华社照片
    CreditForm("zh-agency-handout", "V/?H", G),                               # 东方IC 供图
    CreditForm("zh-picture-agencies", "T[/:]{AGENCY}(?:/{AGENCY})*", G),      # (圖/美聯社/達志影像)
    CreditForm("zh-copied-by", "F?,?{NAMES}/?Q", P),                          # 記者曾韋禎翻攝
    CreditForm(
        "zh-taken-from-licensed", "(?:T[/:])?Q{HOLDERS},?N?L", H, allow_org=True, any_holder=True
    ),  # (圖/翻攝自批踢踢,網友授權)
    CreditForm(
        "zh-taken-from",
        "(?:T[/:])?Q{HOLDERS}?(?:/{HOLDERS})?,?z?",
        U,
        allow_org=True,
        any_holder=True,
    ),  # (圖/翻攝自Facebook/爆料公社公開版,下同)
    CreditForm("zh-agency-licensed", "T[/:]G/?L", G),                         # (圖/AP影音授權)
    CreditForm("zh-agency-alone", "\\(G\\)", G),
    CreditForm("zh-outlet-alone", "\\(N\\)", G, allow_org=True),               # （联合早报）
    CreditForm("zh-handout", "{HOLDERS}/?H", H, allow_org=True),             # 祁东县启航学校供图
    CreditForm("zh-handout-phrase", "[TW]?[/:]?B{HOLDERS}H", H, allow_org=True, any_holder=True),
    CreditForm("zh-handout-picture", "T[/:]{HOLDERS}H", H, allow_org=True, any_holder=True),
    CreditForm("zh-graphic", "{NAMES}/?D", D, allow_org=True),               # 张三 制图
    CreditForm("zh-graphic-first", "D:{NAMES}", D, allow_org=True),          # 制图：张三
    CreditForm("file", "(?:O|G|N)?F|pF|Fp?", F, allow_org=True, after_sentence=True),  # 资料图片
    # English: (AP Photo/Jane Doe, File), REUTERS/Jane Doe/File Photo, AFP PHOTO / JANE DOE
    CreditForm("en-agency-photo", "c?Gp(?:b?/?N(?:,N)*)?(?:/[GN])*(?:,F)?", G, True),
    CreditForm(
        "en-agency-photo-source", "c?Gp/G,N", G, True, source_credited=True
    ),  # (AP Photo/Xinhua, Han Yuqing): AP hands on Xinhua's picture by its photographer
    CreditForm("en-copyright", "cN(?:/G)?", P, True),                        # © Jane Doe
    CreditForm("en-pool", "(?:N/)?o(?:vG|/G)|\\(o\\)\\(G\\)", G, True),       # Pool via REUTERS
    CreditForm("en-photo-by", "p(?:b|:|/)?N(?:,F)?", P),                     # Photo by Jane Doe
    CreditForm("en-photo-by-agency", "p(?:b|:|/)?N/G(?:vG|/G)*(?:,F)?", G, True),  # Photo: X/Xinhua
    CreditForm("en-photo-by-outlet", "p(?:b|:|/)?N/N(?:,F)?", P, True, outlet_last=True),
    CreditForm("en-photo-agency", "p[:/]G", G),                              # [Photo/Xinhua]
    CreditForm("en-for", "p?[:/]?N/?fG", P, True),
    CreditForm("en-for-outlet", "p?[:/]?N/?fN", P, True, outlet_last=True),  # X for The NYT
    CreditForm("en-courtesy", "p?C(?:p|:)?N(?:/G)?", H, allow_org=True),    # Courtesy of X
    CreditForm("en-courtesy-agency", "p?C(?:p|:)?G", H),
    CreditForm("en-provided-to", "p?H[:/]?G", H),                       # Provided to China Daily
    CreditForm("en-official-photo", "Np[b:]N", H, outlet_first=True),       # White House photo by X
    CreditForm(
        "en-outlet-slash-name", "\\(N/N\\)", G, True, outlet_first=True, outlet_is_org=True
    ),  # (JiangNan Daily/Xu Nanping)
    CreditForm(
        "en-name-slash-outlet", "N/N", P, True, outlet_last=True, outlet_is_org=True
    ),  # Kirk Hargreaves/Christchurch city council
    CreditForm("en-slash-holder", "/N", H, allow_org=True, outlet_is_org=True),  # /National Gallery
    CreditForm("en-handout-people", "N(?:,N)*/N/H(?:/|v)G", H, True, outlet_last=True),  # X, Y/SI2
    CreditForm("en-handout", "(?:G/)?(?:N/)*H(?:/|v)G|G/(?:N/)*H", H),  # Handout via REUTERS
    CreditForm("en-agency-alone", "G(?:/G)*", G, strong_only=True),          # AFP-Yonhap
    CreditForm("slash-agency", "/{AGENCY}", G),                               # … 2021. /CFP
)
# fmt: on
