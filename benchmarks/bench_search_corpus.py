"""A deterministic corpus of news-photo captions for the search benchmark.

Vocabulary is built the way a newsroom archive looks: thousands of distinct
places, organisations and people drawn with Zipf-like frequencies, real caption
fragments from provincial features, dates like 9月27日, distances like 20余公里,
and two-character names printed both as ``周围 摄`` and ``周 围 摄``.
Everything comes from one seeded ``random.Random``, so a run is reproducible.
"""

from __future__ import annotations

import datetime
import itertools
import random
from dataclasses import dataclass

from photoarchive.search import SearchDocument

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
    "龚邵万钱严覃武戴莫孔向汤易祁"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建文辉力斌宇浩凯健俊帆帅旭宁龙林"
    "欢佳阳晨雪琳晶婷颖倩鹏飞鑫波峰亮成志博睿哲思雨萌盟铭围曦苗荣全德正清松柏云海涛彬豪翔奇鸣"
    "川江山石坤晓燕梅丹虹蕾薇莉莎琪瑶璐珊慧智勤毅诚信忠孝仁义礼勇恒远达通顺安康宏伟振兴"
)
PLACE_CHARS = (
    "东西南北中上下新安平和永兴长宁福清泉山河湖江海阳岳衡湘潭株洲岭桥石田花竹松梅桃林溪水云龙凤"
    "金银玉华庆丰乐康泰宝祁耒常宜武陵沅澧益邵娄资雁峰蒸珠晖源冷攸醴茶炎嘉禾临汝桂"
)
PLACE_SUFFIXES = ("县", "镇", "村", "乡", "街道", "社区", "区", "市")
ORG_KINDS = (
    "有限公司",
    "第一中学",
    "实验小学",
    "人民医院",
    "县委宣传部",
    "学校",
    "农业合作社",
    "供电公司",
    "产业园",
    "文旅集团",
    "中心小学",
)
INDUSTRIES = ("电力", "机械", "化工", "纺织", "建材", "食品", "电子", "新材料", "农机", "物流")

CONTEXT = (
    "{city}大力实施乡村振兴战略，推动农业产业提质增效。",
    "近年来，{county}坚持生态优先、绿色发展，走出一条高质量发展新路。",
    "{date}，{place}举行{event}。",
    "该项目总投资{n}亿元，建成后年产值可达{m}亿元。",
    "{city}衡州大道数字经济走廊全长{n}余公里，沿线布局{m}个产业园区。",
    "{city}大力开展杂交水稻的试验示范工作，成为杂交水稻高产攻关的重要地区。",
    "{city}高度重视教育扶贫工作，启动留守儿童关爱工程。",
    "{city}积极推进文旅产业融合发展，大力发展生态旅游、红色旅游、乡村旅游、工业旅游。",
    "{city}奋力打造国家级输变电产业集群和新材料产业基地。",
    "{city}以建设国家创新型城市为契机，全面推动科技创新。",
    "{date}，全国农村厕所革命现场会在{city}召开。",
    "今年以来，{county}累计建成高标准农田{n}万亩。",
    "{town}依托{scenic}资源，发展民宿和农家乐，带动{n}户村民增收。",
    "{org}投入{n}万元改造生产线，产品远销{m}个国家和地区。",
    "{county}把改厕工作作为农村人居环境整治的突破口，让“将就”如厕变“讲究”如厕。",
    "{date}上午，{person}带领技术人员深入{village}开展技术指导。",
    "{city}从平台建设、人才引进、高企培育、成果转化、科技金融等多方面出台举措，"
    "全面推动科技创新在推动经济高质量发展上发挥作用。",
    "这条高速发展的“黄金廊道”，正形成日益强大的“磁场”，吸引各类创新要素汇聚，"
    "引领{city}大步向前，绽放澎湃活力。",
    "{city}做大做强“寿岳”文旅康养品牌，加快建设以南岳为龙头的文旅经济圈和康养中心。",
)
OWN = (
    ("图为{village}村民在田间收割水稻。", "agriculture"),
    ("图为{county}{town}{village}粮食丰收场景。", "agriculture"),
    ("图为{org}工作人员在调试设备。", "industry"),
    ("图为特变电工{city}变压器有限公司车间一角。", "industry"),
    ("图为游客在{scenic}景区游览。", "tourism"),
    ("图为朝霞映照下的南岳衡山祝融峰。", "tourism"),
    ("图为{org}留守儿童合唱团的孩子们登台演出。", "education"),
    ("图为{date}，{org}的学生在上科学课。", "education"),
    ("图为{town}{village}一座新建的桥，村民乘船过河的日子一去不返。", "infrastructure"),
    ("图为智造谷项目局部图，将打造成“灯塔工厂”应用示范及工业旅游景点。", "industry"),
    ("{date}，{person}在{village}查看稻谷长势。", "agriculture"),
    ("{village}渔民驾船在湖面捕鱼。", "agriculture"),
)
ENGLISH = (
    " Farmers harvest rice near {pinyin}.",
    " A farmer checks the paddy fields.",
    " Workers assemble transformers at the plant.",
)
PINYIN = ("Hengyang", "Qidong", "Leiyang", "Changning", "Hengshan", "Nanyue")
EVENTS = ("招商引资推介会", "农民丰收节", "文化旅游节", "科技创新大会", "龙舟赛")
SCENIC = ("南岳衡山", "石鼓书院", "岣嵝峰", "蔡伦竹海", "雁峰公园")
SLOGANS = (
    "落实“三高四新” 推进“三强一化”",
    "奋力打造国家区域重点城市",
    "乡村振兴谱新篇",
    "产业强市 开放兴市",
    "文旅融合展新颜",
)
THEME_LABELS = {
    "agriculture": ("agriculture", "Agriculture", "农业"),
    "industry": ("industry", "Industry", "工业"),
    "tourism": ("tourism", "Tourism", "旅游"),
    "education": ("education", "Education", "教育"),
    "infrastructure": ("infrastructure", "Infrastructure", "基础设施"),
}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Names the corpus draws from, rank 0 the most frequent."""

    people: tuple[str, ...]
    places: tuple[str, ...]
    towns: tuple[str, ...]
    villages: tuple[str, ...]
    orgs: tuple[str, ...]


def _distinct(rng: random.Random, count: int, make) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    while len(seen) < count:
        seen.setdefault(make(rng), None)
    return tuple(seen)


def build_vocabulary(seed: int = 6) -> Vocabulary:
    rng = random.Random(seed)

    def person(r: random.Random) -> str:
        given = r.choice(GIVEN) + (r.choice(GIVEN) if r.random() < 0.6 else "")
        return r.choice(SURNAMES) + given

    def stem(r: random.Random) -> str:
        return r.choice(PLACE_CHARS) + r.choice(PLACE_CHARS)

    people = ("罗盟", "周围", "罗铭", *_distinct(rng, 4000, person))
    places = _distinct(rng, 1500, lambda r: stem(r) + r.choice(("县", "市", "区")))
    towns = _distinct(rng, 2500, lambda r: stem(r) + r.choice(("镇", "乡", "街道")))
    villages = _distinct(rng, 5000, lambda r: stem(r) + r.choice(("村", "社区")))

    def org(r: random.Random) -> str:
        industry = r.choice(INDUSTRIES) if r.random() < 0.4 else ""
        return stem(r) + industry + r.choice(ORG_KINDS)

    orgs = _distinct(rng, 2500, org)
    return Vocabulary(people, places, towns, villages, orgs)


class _Zipf:
    """Draws items with weight 1/(rank+1)^s: a few very common, a long tail."""

    def __init__(self, items: tuple[str, ...], s: float = 1.05) -> None:
        self.items = items
        weights = [1.0 / (rank + 1) ** s for rank in range(len(items))]
        self.cum = list(itertools.accumulate(weights))

    def draw(self, rng: random.Random) -> str:
        return rng.choices(self.items, cum_weights=self.cum, k=1)[0]


def _date_text(day: datetime.date) -> str:
    return f"{day.month}月{day.day}日"


def generate(n: int, seed: int = 6) -> list[SearchDocument]:
    """``n`` caption documents, grouped into features of 3-8 photos."""
    vocab = build_vocabulary(seed)
    rng = random.Random(seed * 1000 + n)
    people, places = _Zipf(vocab.people), _Zipf(vocab.places)
    towns, villages, orgs = _Zipf(vocab.towns), _Zipf(vocab.villages), _Zipf(vocab.orgs)
    docs: list[SearchDocument] = []
    start = datetime.date(2010, 1, 1)
    while len(docs) < n:
        city = places.draw(rng)
        published = start + datetime.timedelta(days=rng.randrange(5400))
        title = f"{city}：{rng.choice(SLOGANS)}"
        byline = tuple(people.draw(rng) for _ in range(rng.randint(1, 4)))
        for _ in range(rng.randint(3, 8)):
            if len(docs) >= n:
                break
            taken = published - datetime.timedelta(days=rng.randrange(0, 4))
            fill = {
                "city": city,
                "county": places.draw(rng),
                "town": towns.draw(rng),
                "village": villages.draw(rng),
                "org": orgs.draw(rng),
                "place": towns.draw(rng),
                "person": people.draw(rng),
                "scenic": rng.choice(SCENIC),
                "event": rng.choice(EVENTS),
                "date": _date_text(taken),
                "n": rng.randint(2, 90),
                "m": rng.randint(2, 60),
                "pinyin": rng.choice(PINYIN),
            }
            parts = [rng.choice(CONTEXT) for _ in range(rng.choice((0, 1, 2, 2, 3)))]
            own, theme = rng.choice(OWN)
            parts.append(own)
            if rng.random() < 0.03:
                parts.append(rng.choice(ENGLISH))
            caption = "".join(parts).format(**fill)
            credit, names = _credit(rng, people, orgs)
            docs.append(
                SearchDocument(
                    photo_id=len(docs) + 1,
                    caption=caption,
                    credit=credit,
                    credit_names=names,
                    feature_title=title,
                    byline=byline,
                    themes=THEME_LABELS[theme],
                    taken=taken if rng.random() > 0.05 else None,
                    feature_date=published,
                    stamp=f"{published.isoformat()}T12:00:00",
                )
            )
    return docs


def _credit(rng: random.Random, people: _Zipf, orgs: _Zipf) -> tuple[str, tuple[str, ...]]:
    roll = rng.random()
    if roll < 0.12:
        org = orgs.draw(rng)
        return f"{org}供图", (org,)
    name = people.draw(rng)
    printed = " ".join(name) if len(name) == 2 and rng.random() < 0.35 else name
    if roll < 0.22:
        return f"新华社记者 {printed} 摄", (name,)
    if roll < 0.30:
        return f"通讯员 {printed} 摄", (name,)
    return f"{printed} 摄" if rng.random() < 0.5 else f"{printed}摄", (name,)
