"""Word lists the caption parser relies on, kept as data so they grow without new code.

Adding a newspaper's house style usually means adding a word here (an
affiliation, an agency, an organisation suffix), not another ``if``.
"""

from __future__ import annotations

# Han ideographs (basic block, extension A, compatibility, extensions B-H).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Middle dots used inside transliterated names (阿卜杜·热合曼).
NAME_DOTS = "·•‧・．"

# Staff words printed before a name; the affiliation is recorded as printed.
STAFF_AFFILIATIONS: tuple[str, ...] = (
    "本报特约摄影记者",
    "本报特约通讯员",
    "本报特约记者",
    "本报摄影记者",
    "本报见习记者",
    "本报实习记者",
    "本报首席记者",
    "本报通讯员",
    "本报实习生",
    "本报记者",
    "特约摄影记者",
    "特约通讯员",
    "特约记者",
    "摄影记者",
    "见习记者",
    "实习记者",
    "首席记者",
    "全媒体记者",
    "融媒体记者",
    "通讯员",
    "实习生",
    "记者",
)

# Chinese news agencies and picture agencies: "X/新华社", "新华社发", "新华社记者 X 摄".
CN_AGENCIES: tuple[str, ...] = (
    "新华社",
    "中新社",
    "中国新闻社",
    "人民视觉",
    "人民图片",
    "视觉中国",
    "东方IC",
    "CFP",
    "IC photo",
    "图虫创意",
    "中新网",
)

# Outlet-name endings for "<outlet>记者": 湖南日报记者 -> affiliation 湖南日报.
# fmt: off
OUTLET_SUFFIXES: tuple[str, ...] = (
    "日报", "晚报", "晨报", "报社", "通讯社", "电视台", "新闻网", "社", "报", "台", "网",
)
# fmt: on

# English agencies; the first spelling is the canonical affiliation.
EN_AGENCIES: tuple[tuple[str, ...], ...] = (
    ("AP", "Associated Press"),
    ("AFP", "AFP PHOTO"),
    ("REUTERS", "Reuters"),
    ("EPA", "EPA-EFE"),
    ("Xinhua",),
    ("Getty Images",),
    ("Bloomberg",),
    ("Kyodo",),
    ("Yonhap",),
    ("dpa",),
    ("ANSA",),
    ("TASS",),
    ("Anadolu Agency", "Anadolu"),
    ("NurPhoto",),
    ("SOPA Images",),
    ("VCG",),
    ("China News Service", "CNS"),
)

# Name endings that make a contributor an organisation. A suffix of one
# character only counts on names of at least three characters, so a person
# called 王建部 stays a person while 教育部 is an organisation.
# fmt: off
ORG_SUFFIXES: tuple[str, ...] = (
    "学校", "小学", "中学", "大学", "学院", "幼儿园", "研究院", "研究所", "研究中心",
    "宣传部", "组织部", "统战部", "委员会", "办公室", "指挥部", "管委会", "工作队",
    "公司", "集团", "银行", "医院", "卫生院", "诊所", "协会", "学会", "商会", "工会",
    "联合会", "基金会", "研究会", "促进会", "合作社", "博物馆", "纪念馆", "图书馆",
    "美术馆", "展览馆", "文化馆", "体育馆", "政府", "区委", "县委", "市委", "省委",
    "党委", "党组", "支部", "中心", "景区", "园区", "开发区", "工业园", "电视台",
    "广播电视台", "融媒体中心", "报社", "杂志社", "出版社", "旅行社", "新华社",
    "通讯社", "供电公司", "派出所", "检察院", "法院", "监狱", "消防救援站", "消防队",
    "大队", "支队", "中队", "部队", "工作室", "摄影家协会", "单位", "机关", "景区管理处",
    "局", "厅", "处", "委", "部", "馆", "所", "办", "厂", "院", "署", "站", "场",
)
# fmt: on
ORG_MIN_LENGTH_SINGLE_SUFFIX = 3

# English organisation endings (matched on the last word).
# fmt: off
EN_ORG_WORDS: tuple[str, ...] = (
    "Inc", "Inc.", "Ltd", "Ltd.", "Corp", "Corp.", "Co.", "Company", "Group", "University",
    "College", "School", "Museum", "Ministry", "Department", "Office", "Agency", "Bureau",
    "Council", "Association", "Institute", "Foundation", "Hospital", "Government",
    "Center", "Centre", "Press", "News", "Images", "Archive", "Archives", "Library",
)
# fmt: on

# Characters that never occur in a Chinese personal name but do occur in the
# verb phrases that end in 摄 (正在拍摄, 他们在拍摄): they veto a name.
NOT_IN_NAMES = frozenset("的了着们这那被把拍吗呢吧啊些哪很都也就而所")

# Words that show a "name" in front of 摄 or 供图 is really part of a sentence
# (无人机航摄, 手机拍摄). Descriptors such as 网友, 受访者 are real credits and
# are not listed.
# fmt: off
NOT_NAME_WORDS: tuple[str, ...] = (
    "无人机", "航拍", "拍摄", "照片", "图片", "图为", "镜头", "摄影", "资料", "手机",
)
# fmt: on

# Prefixes of a byline: 文/图 本报记者 张三, 文·图：张三.
BYLINE_PREFIXES: tuple[str, ...] = ("文/图", "文·图", "文图", "图文", "撰文", "文", "图", "摄影")
# Suffixes of a byline: 本报记者 张三 报道.
BYLINE_SUFFIXES: tuple[str, ...] = ("摄影报道", "图文报道", "报道", "撰文", "采写", "整理")
