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
    "首席摄影记者",
    "特派记者",
    "特约摄影",
    "摄影师",
    "通讯员",
    "实习生",
    "记者",
)

# Agencies whose name alone, printed after a caption, is its credit (视觉中国).
# fmt: off
PICTURE_AGENCIES: tuple[str, ...] = (
    "人民视觉", "人民图片", "视觉中国", "东方IC", "CFP", "IC photo", "IC", "图虫创意", "光明图片",
    "中经视觉", "达志影像", "达志", "新华图片", "美联社", "路透社", "法新社", "欧新社", "共同社",
    "韩联社", "塔斯社", "C视觉", "视觉四川", "全景视觉", "全景网", "FOTOE",
)
# fmt: on

# News agencies and outlets: they need 发, a slash or brackets ("X/新华社", "新华社发",
# "新华社记者 X 摄"): "新华社" alone is a dateline word, not a credit.
# fmt: off
NEWS_AGENCIES: tuple[str, ...] = (
    "新华社", "中新社", "中国新闻社", "中新网", "中央社", "人民网", "中国日报", "新华网", "公视",
    "中评社", "中通社",
)
# fmt: on
CN_AGENCIES: tuple[str, ...] = NEWS_AGENCIES + PICTURE_AGENCIES

# Outlet-name endings for "<outlet>记者": 湖南日报记者 -> affiliation 湖南日报.
# fmt: off
OUTLET_SUFFIXES: tuple[str, ...] = (
    "日报", "晚报", "晨报", "报社", "通讯社", "电视台", "新闻网", "融媒体", "融媒", "新闻", "社",
    "在线", "报", "台", "网",
)
# fmt: on

# English agencies; the first spelling is the canonical affiliation.
EN_AGENCIES: tuple[tuple[str, ...], ...] = (
    ("AP", "Associated Press"),
    ("AFP",),
    ("REUTERS", "Reuters"),
    ("EPA-EFE",),
    ("EPA",),
    ("EFE",),
    ("Xinhua", "Xinhua News Agency"),
    ("Getty Images", "Getty"),
    # Getty's regional desks as CFP and Chinese portals print them, one word each
    ("GettyNorthAmerica",),
    ("GettyEurope",),
    ("GettyAsiaPacific",),
    ("Bloomberg",),
    ("Kyodo", "Kyodo News"),
    ("Yonhap",),
    ("dpa",),
    ("ANSA",),
    ("TASS",),
    ("Anadolu Agency", "Anadolu"),
    ("AA",),
    ("Agencies",),
    ("NurPhoto",),
    ("SOPA Images",),
    ("VCG", "Visual China Group"),
    ("CFP",),
    ("China News Service", "CNS"),
    ("China Daily",),
    ("chinadaily.com.cn",),
    ("CGTN",),
    ("Global Times",),
    ("IC", "Imaginechina"),
    ("Shutterstock",),
    ("ZUMA Press",),
    ("ZUMA Wire",),
    ("ZUMA",),
    ("SIPA", "Sipa USA"),
    ("UPI",),
    ("AAP",),
    ("Jiji Press", "Jiji"),
    ("Imagine China",),
    ("CNA",),
    ("The Yomiuri Shimbun", "Yomiuri Shimbun", "Yomiuri"),
    ("VNA", "Vietnam News Agency"),
    ("KCNA",),
    ("Action Images",),
    ("Alamy",),
    ("Pacific Press",),
    ("LightRocket",),
    ("Sputnik",),
    ("Imago",),
)

# Newspapers and broadcasters among the names above: a photographer credited to one of
# them (Liu Jian / China Daily) is its own staff, not an agency's.
EN_OUTLETS: tuple[str, ...] = ("China Daily", "chinadaily.com.cn", "CGTN", "Global Times")

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
    "新闻", "县府", "市府", "街道", "社区", "村委会", "居委会", "乡政府", "镇政府", "分局",
    "公安局", "档案馆", "客户端",
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
    "Gallery", "Technologies", "Post", "Times", "Shimbun", "Daily", "Navy", "Army", "Police",
    "Photo", "Photos", "Pictures", "Media", "Studio", "Studios",
)
# fmt: on

# Endings of a picture house's one-word name (Whitehotpix, Newspix, Splashnews): glued to
# the word before, they make it an organisation, where a one-word person (Beawiharta) is not.
EN_AGENCY_WORD_ENDINGS: tuple[str, ...] = ("pix", "pics", "foto", "fotos", "images", "news")

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

# Role words of a Chinese credit, in simplified script (traditional text is matched
# through its shadow), each with its token kind: S shot (摄), H handout (供图),
# D graphic (制图), W words-and-pictures (文/图), T picture (图), F file picture,
# B "provided by" opening (图片由), R released by (新华社发), O own paper (本报资料图片).
# fmt: off
ZH_ROLE_WORDS: dict[str, str] = {
    "摄影报道": "S", "图文报道": "W", "摄影": "S", "摄": "S",
    "供图": "H", "提供": "H", "供稿": "H", "授权": "L", "影音授权": "L",
    "下同": "z",
    "制图": "D", "绘图": "D", "漫画": "D", "设计": "D", "影像处理": "D",
    "文/图": "W", "文·图": "W", "图文": "W", "文图": "W", "图/文": "W",
    "图片": "T", "图": "T", "照片": "T",
    "资料图片": "F", "资料照片": "F", "资料图": "F", "档案照片": "F", "资料片": "F", "资料照": "F",
    "图片由": "B", "照片由": "B", "老照片由": "B", "由": "B", "摄/文": "S", "文/摄": "S",
    "翻摄自": "Q", "取自": "Q", "撷取自": "Q", "截自": "Q", "翻摄": "Q",
    "图片来源": "U", "照片来源": "U", "来源": "U",
    "本报": "O",
    "本版照片均为": "K", "本版图片均为": "K", "本版照片": "K", "本版图片": "K", "本版摄影": "K",
    "本组照片": "K", "本组图片": "K", "本栏图片": "K", "本期图片": "K",
}
# fmt: on

# Words that contain a role word but are prose: 零下20摄氏度, 摄影展, 我们摄下了.
# fmt: off
ZH_NOT_ROLE_WORDS: tuple[str, ...] = (
    "摄氏", "拍摄", "摄于", "摄影者", "摄影展", "摄影家", "摄影爱好者", "摄影作品",
    "摄影比赛",
    "摄影大赛", "摄下", "摄像", "航摄", "摄制", "摄入", "摄取", "摄于", "图为", "图中", "如图",
    "图片新闻", "组图", "提供了", "提供的", "由于", "设计师", "设计院",
)
# fmt: on

# Descriptors that credit a handout without naming anyone: 受访者供图, 网友供图.
# fmt: off
HANDOUT_DESCRIPTORS: frozenset[str] = frozenset({
    "受访者", "被访者", "采访对象", "网友", "读者", "市民", "本人", "家属", "警方", "主办方",
    "校方", "院方", "官方", "当事人", "作者", "受访单位", "受访企业", "资料", "读者提供", "网路",
    "网络", "网上", "互联网",
})
# fmt: on

# What a page or account is called after its name: 台灣讚警臉書 is the page 台灣讚警.
ACCOUNT_SUFFIXES: tuple[str, ...] = (
    "脸书粉丝专页",
    "粉丝专页",
    "脸书",
    "Facebook",
    "微博",
    "微信公众号",
)

# Places printed inside a credit, between the name and 摄 (中央社记者王飞华洛杉矶摄).
# fmt: off
CREDIT_PLACES: tuple[str, ...] = (
    "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆", "新竹", "苗栗", "彰化", "南投", "云林",
    "嘉义", "屏东", "宜兰", "花莲", "台东", "澎湖", "金门", "马祖", "连江", "北京", "上海", "香港",
    "澳门", "广州", "深圳", "天津", "重庆", "武汉", "南京", "杭州", "成都", "西安", "华盛顿",
    "纽约", "洛杉矶", "旧金山", "芝加哥", "波士顿", "休斯敦", "西雅图", "东京", "大阪", "首尔",
    "釜山",
    "伦敦", "巴黎", "柏林", "罗马", "马德里", "莫斯科", "布鲁塞尔", "日内瓦", "维也纳", "曼谷",
    "新加坡", "吉隆坡", "雅加达", "马尼拉", "河内", "胡志明市", "新德里", "悉尼", "墨尔本",
    "多伦多", "温哥华", "渥太华", "开罗", "迪拜", "特拉维夫", "耶路撒冷", "伊斯坦布尔", "基辅",
    "华府", "巴塞隆纳", "里约", "圣保罗", "墨西哥城", "布宜诺斯艾利斯",
)
# fmt: on

# English credit words: kind letter and canonical spelling.
# p photo word, b by, v via, f for, C courtesy, H handout/provided, F file, o pool.
# fmt: off
EN_CREDIT_WORDS: dict[str, str] = {
    "photo": "p", "photos": "p", "photograph": "p", "photographs": "p", "picture": "p",
    "photographer": "p", "photographed by": "p", "photography": "p",
    "photo credit should read": "p", "photo credit": "p", "all photos": "p",
    "pictures": "p", "image": "p", "images": "p", "photo illustration": "p",
    "by": "b", "via": "v", "for": "f",
    "courtesy of": "C", "courtesy": "C",
    "handout": "H", "provided to": "H", "provided by": "H", "handout photo": "H",
    "file": "F", "file photo": "F", "file picture": "F", "file image": "F",
    "pool": "o", "pool photo": "o", "stringer": "N",
}
# fmt: on

# The web editor's tag closing a caption ((晓航/编制), (编辑 李四)): who made the page, not
# the picture; it is neither caption nor credit.
EDITOR_WORDS: tuple[str, ...] = (
    "责任编辑",
    "責任編輯",
    "编制",
    "編制",
    "編製",
    "编辑",
    "編輯",
    "责编",
    "責編",
)

# Wire instructions that follow a credit; they are usage notes, not caption text.
# fmt: off
EN_USAGE_NOTES: tuple[str, ...] = (
    "MANDATORY CREDIT", "EDITORIAL USE ONLY", "FOR EDITORIAL USE ONLY", "NO SALES", "NO ARCHIVES",
    "NO RESALES", "NO MARKETING", "NO ADVERTISING", "NO COMMERCIAL USE", "NO THIRD PARTY SALES",
    "NO NEW USES AFTER", "BEST QUALITY AVAILABLE", "RESTRICTED TO EDITORIAL USE",
    "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY", "NOT FOR SALE FOR MARKETING OR ADVERTISING",
    "CAMPAIGNS", "NO MAGS", "NO TV", "NO USE IN", "OUT", "TV OUT", "MAGS OUT", "ONLINE OUT",
    "NO RESALE", "NO ARCHIVE",
    "SEARCH", "TPX IMAGES OF THE DAY",  # Reuters: SEARCH "GLOBAL POY" FOR THIS STORY
)
# fmt: on
