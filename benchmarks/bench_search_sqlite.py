"""The baseline: SQLite FTS5 with the trigram tokenizer, doing the same work.

Each term of 3+ characters is an FTS5 phrase MATCH (exact substring with the
trigram tokenizer); FTS5 trigram finds nothing for 1-2 character terms on
SQLite 3.40, so those fall back to ``instr()`` over the stored text. Every query
returns the exact count and the 20 newest hits, from one evaluation.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Sequence

from bench_search_queries import ZONES, BenchQuery, zone_texts

from photoarchive.search import SearchDocument
from photoarchive.search.schema import rank_key


def build(path: str, docs: Sequence[SearchDocument]) -> None:
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        CREATE TABLE docs (id INTEGER PRIMARY KEY, caption TEXT, credit TEXT, feature TEXT,
                           rank INTEGER);
        CREATE INDEX docs_rank ON docs(rank);
        CREATE VIRTUAL TABLE fts USING fts5(caption, credit, feature, tokenize='trigram',
                                            content='docs', content_rowid='id');
        """
    )
    rows = []
    for doc in docs:
        texts = zone_texts(doc)
        rows.append(
            (doc.photo_id, texts["caption"], texts["credit"], texts["feature"], rank_key(doc))
        )
    db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)", rows)
    db.execute("INSERT INTO fts(fts) VALUES ('rebuild')")
    db.commit()
    db.execute("VACUUM")
    db.close()


def _condition(query: BenchQuery) -> tuple[str, list[str]]:
    clauses: list[str] = []
    params: list[str] = []
    for zone, needle in query.terms:
        zones = ZONES if zone is None else (zone,)
        if len(needle) >= 3:
            phrase = '"' + needle.replace('"', '""') + '"'
            match = phrase if zone is None else f"{zone} : {phrase}"
            clauses.append("id IN (SELECT rowid FROM fts WHERE fts MATCH ?)")
            params.append(match)
        else:
            clauses.append("(" + " OR ".join(f"instr({z}, ?) > 0" for z in zones) + ")")
            params.extend([needle] * len(zones))
    return " AND ".join(clauses), params


class Baseline:
    """An open connection answering bench queries."""

    def __init__(self, path: str) -> None:
        self.db = sqlite3.connect(path)

    def search(self, query: BenchQuery, limit: int = 20) -> tuple[int, list[int]]:
        """One evaluation gives both: the window count sees every match."""
        where, params = _condition(query)
        rows = self.db.execute(
            f"SELECT id, count(*) OVER () FROM docs WHERE {where} ORDER BY rank DESC LIMIT ?",
            [*params, limit],
        ).fetchall()
        return (rows[0][1] if rows else 0), [row[0] for row in rows]

    def close(self) -> None:
        self.db.close()
