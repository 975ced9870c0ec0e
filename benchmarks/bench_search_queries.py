"""The fixed query set of the search benchmark, and the true answer to each.

Every query is a conjunction of (zone, text) terms, which is what both engines
must answer: the Whoosh index through its query language, the SQLite baseline
through FTS5 trigram MATCH (3+ characters) or instr() (1-2 characters). The true
count is found by brute force over the normalised texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bench_search_corpus import Vocabulary

from photoarchive.search import SearchDocument
from photoarchive.search.text import join_parts, normalize

ZONES = ("caption", "credit", "feature")


@dataclass(frozen=True, slots=True)
class BenchQuery:
    text: str  # as typed into photoarchive
    kind: str  # "1-char", "2-char", ..., "AND", "phrase", "credit"
    terms: tuple[tuple[str | None, str], ...]  # (zone or None for all, normalised text)


def _term(text: str) -> BenchQuery:
    return BenchQuery(text, f"{len(text)}-char", ((None, normalize(text)),))


def build_queries(vocab: Vocabulary) -> list[BenchQuery]:
    """At least 30 queries: common and rare, 1-6 characters, AND, phrases, credit:."""
    people, villages, orgs = vocab.people, vocab.villages, vocab.orgs
    queries = [_term(t) for t in ("镇", "村", "桥", "船", "稻")]
    queries += [
        _term(t) for t in ("图为", "水稻", "衡山", "南岳", "罗盟", people[40], people[3000])
    ]
    queries += [_term(t) for t in ("变压器", villages[0], villages[1500], "合作社")]
    queries += [_term(t) for t in ("留守儿童", "灯塔工厂", "工业旅游", "杂交水稻", "工作人员")]
    queries += [
        _term(t) for t in ("9月27日", "20余公里", "粮食丰收场景", "数字经济走廊", orgs[2000])
    ]
    for a, b in (("水稻", "丰收"), ("图为", "镇"), ("留守儿童", "演出"), ("衡山", "游客")):
        queries.append(BenchQuery(f"{a} {b}", "AND", ((None, a), (None, b))))
    queries.append(BenchQuery(f"{people[0]} 水稻", "AND", ((None, people[0]), (None, "水稻"))))
    for phrase in ("杂交 水稻", "周 围", "工业 旅游"):
        queries.append(BenchQuery(f'"{phrase}"', "phrase", ((None, normalize(phrase)),)))
    for name in ("罗盟", "周围", people[10], "新华社", people[1500]):
        queries.append(BenchQuery(f"credit:{name}", "credit", (("credit", name),)))
    return queries


def zone_texts(doc: SearchDocument) -> dict[str, str]:
    """The normalised text of each zone, as both engines index it."""
    return {
        "caption": join_parts((doc.caption, doc.embedded_caption)),
        "credit": join_parts((doc.credit, *doc.credit_names)),
        "feature": join_parts((doc.feature_title, *doc.byline)),
    }


def _pattern(needle: str) -> re.Pattern[str]:
    """Whole numbers at the edges, as photoarchive matches them."""
    before = "(?<![0-9])" if needle[0].isdigit() else ""
    after = "(?![0-9])" if needle[-1].isdigit() else ""
    return re.compile(before + re.escape(needle) + after)


def true_hits(query: BenchQuery, texts: list[dict[str, str]]) -> tuple[set[int], set[int]]:
    """Indexes of matching documents: (photoarchive's rules, plain substring rules)."""
    exact: set[int] | None = None
    plain: set[int] | None = None
    for zone, needle in query.terms:
        pattern = _pattern(needle)
        zones = ZONES if zone is None else (zone,)
        hits = {i for i, t in enumerate(texts) if any(pattern.search(t[z]) for z in zones)}
        subs = {i for i, t in enumerate(texts) if any(needle in t[z] for z in zones)}
        exact = hits if exact is None else exact & hits
        plain = subs if plain is None else plain & subs
    return exact or set(), plain or set()
