"""Benchmark: photoarchive's caption index against SQLite FTS5 trigram.

    .venv/bin/python benchmarks/bench_search.py            # 100,000 captions
    .venv/bin/python benchmarks/bench_search.py --n 300000
    .venv/bin/python benchmarks/bench_search.py --profile  # pyinstrument, warm queries

Builds a deterministic corpus (bench_search_corpus), indexes it with both
engines and prints, for each: build time, size on disk, open + first query, and
warm p50/p95/max over the fixed query set (bench_search_queries), each query
returning its first 20 hits and exact total. Both engines' totals are checked
against a brute-force count. For photoarchive the same figures are printed for
the first page alone (``first_page``: 20 hits, no total), checked to equal the
counted page. Also timed: adding one feature's photos (10) to the
built index. "Cold" means a fresh open in this process; the OS file cache is warm.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bench_search_sqlite
from bench_search_corpus import build_vocabulary, generate
from bench_search_queries import BenchQuery, build_queries, true_hits, zone_texts

from photoarchive.search import CaptionIndex, SearchDocument

if TYPE_CHECKING:
    from pyinstrument import Profiler


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="captions in the corpus")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes over the queries")
    parser.add_argument("--workdir", help="where to build (default: a temporary folder)")
    parser.add_argument("--profile", action="store_true", help="profile the warm queries")
    parser.add_argument("--skip-sqlite", action="store_true", help="only the Whoosh index")
    parser.add_argument(
        "--reuse", action="store_true", help="reuse an index already built in --workdir"
    )
    args = parser.parse_args()
    workdir = args.workdir or tempfile.mkdtemp(prefix="bench_search_")
    os.makedirs(workdir, exist_ok=True)
    try:
        run(args, workdir)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


def run(args: argparse.Namespace, workdir: str) -> None:
    started = time.perf_counter()
    docs = generate(args.n)
    queries = build_queries(build_vocabulary())
    mean_caption = statistics.fmean(len(d.caption) for d in docs)
    print(
        f"corpus: {len(docs):,} captions (mean {mean_caption:.0f} characters), "
        f"{len(queries)} queries, made in {time.perf_counter() - started:.1f} s"
    )
    texts = [zone_texts(d) for d in docs]
    truth = {}
    for query in queries:
        exact, plain = true_hits(query, texts)
        assert exact == plain, f"{query.text}: number edges change the answer; pick another"
        truth[query.text] = exact
    del texts

    index_dir = os.path.join(workdir, "index")
    started = time.perf_counter()
    index = CaptionIndex.open(index_dir)
    if not (args.reuse and index.health.documents == len(docs)):
        for _ in index.rebuild(docs, len(docs)):
            pass
    whoosh_build = time.perf_counter() - started
    index.close()
    whoosh = measure(
        "photoarchive (Whoosh)",
        whoosh_build,
        _size(index_dir),
        queries,
        truth,
        args,
        opener=lambda: CaptionIndex.open(index_dir),
        searcher=lambda ix, q: _whoosh_search(ix, q),
    )
    measure_first_page(index_dir, queries, truth, args)
    add_seconds = _add_feature(index_dir, docs)
    print(f"  add one feature (10 photos) to the built index: {add_seconds * 1000:.0f} ms")

    if args.skip_sqlite:
        return
    db_path = os.path.join(workdir, "baseline.sqlite")
    started = time.perf_counter()
    bench_search_sqlite.build(db_path, docs)
    sqlite_build = time.perf_counter() - started
    baseline = measure(
        "SQLite FTS5 trigram (+instr)",
        sqlite_build,
        _size(db_path),
        queries,
        truth,
        args,
        opener=lambda: bench_search_sqlite.Baseline(db_path),
        searcher=lambda db, q: db.search(q),
    )
    print("\nratios (SQLite / photoarchive; above 1 means photoarchive is faster or smaller):")
    for key in ("build", "size", "cold", "p50", "p95", "max"):
        print(f"  {key:>5}: {baseline[key] / whoosh[key]:.2f}")


def _whoosh_search(index: CaptionIndex, query: BenchQuery) -> tuple[int, list[int]]:
    results = index.search(query.text, limit=20)
    return results.total, [hit.photo_id for hit in results.hits]


def measure(
    name: str,
    build: float,
    size: int,
    queries: list[BenchQuery],
    truth: dict[str, set[int]],
    args: argparse.Namespace,
    opener: Callable[[], Any],
    searcher: Callable[[Any, BenchQuery], tuple[int, list[int]]],
) -> dict[str, float]:
    started = time.perf_counter()
    engine = opener()
    searcher(engine, queries[0])
    cold = time.perf_counter() - started
    for query in queries:  # warm-up pass, and the correctness check
        total, page = searcher(engine, query)
        expected = truth[query.text]
        assert total == len(expected), f"{name}: {query.text!r} gave {total}, true {len(expected)}"
        assert all(pid - 1 in expected for pid in page), f"{name}: {query.text!r} false hit"
        assert len(page) == min(20, len(expected)), f"{name}: {query.text!r} short page"
    profiler = _start_profiler() if args.profile else None
    samples: dict[str, list[float]] = {q.text: [] for q in queries}
    for _ in range(args.rounds):
        for query in queries:
            t0 = time.perf_counter()
            searcher(engine, query)
            samples[query.text].append(time.perf_counter() - t0)
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False))
    engine.close()
    flat = sorted(s for values in samples.values() for s in values)
    figures = {
        "build": build,
        "size": size,
        "cold": cold,
        "p50": _percentile(flat, 50),
        "p95": _percentile(flat, 95),
        "max": flat[-1],
    }
    print(f"\n{name}")
    print(
        f"  build {build:.1f} s, size on disk {size / 1e6:.1f} MB, "
        f"open + first query {cold * 1000:.1f} ms"
    )
    print(
        f"  warm over {len(flat)} searches: p50 {figures['p50'] * 1000:.2f} ms, "
        f"p95 {figures['p95'] * 1000:.2f} ms, max {figures['max'] * 1000:.2f} ms"
    )
    print("  per query (median ms, total hits):")
    for query in queries:
        median = statistics.median(samples[query.text]) * 1000
        print(f"    {median:8.2f}  {len(truth[query.text]):>7,}  {query.kind:<7} {query.text}")
    return figures


def measure_first_page(
    index_dir: str, queries: list[BenchQuery], truth: dict[str, set[int]], args: argparse.Namespace
) -> dict[str, float]:
    """Warm latency of the first 20 hits without the total (``first_page``),
    checked to be the very hits ``search`` returns."""
    index = CaptionIndex.open(index_dir)
    for query in queries:
        page = index.first_page(query.text, limit=20)
        assert page.hits == index.search(query.text, limit=20).hits, query.text
        assert page.complete == (len(truth[query.text]) <= 20), query.text
    samples: dict[str, list[float]] = {q.text: [] for q in queries}
    for _ in range(args.rounds):
        for query in queries:
            t0 = time.perf_counter()
            index.first_page(query.text, limit=20)
            samples[query.text].append(time.perf_counter() - t0)
    index.close()
    flat = sorted(s for values in samples.values() for s in values)
    figures = {"p50": _percentile(flat, 50), "p95": _percentile(flat, 95), "max": flat[-1]}
    print("\nphotoarchive first page only (first_page: 20 hits, no total)")
    print(
        f"  warm over {len(flat)} searches: p50 {figures['p50'] * 1000:.2f} ms, "
        f"p95 {figures['p95'] * 1000:.2f} ms, max {figures['max'] * 1000:.2f} ms"
    )
    print("  per query (median ms, total hits):")
    for query in queries:
        median = statistics.median(samples[query.text]) * 1000
        print(f"    {median:8.2f}  {len(truth[query.text]):>7,}  {query.kind:<7} {query.text}")
    return figures


def _add_feature(index_dir: str, docs: list[SearchDocument]) -> float:
    """Time adding ten new photos (one feature) to a copy of the built index."""
    base = max(d.photo_id for d in docs)
    feature = [replace(d, photo_id=base + i + 1) for i, d in enumerate(docs[:10])]
    copy = index_dir + "-add"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(index_dir, copy)
    index = CaptionIndex.open(copy)
    started = time.perf_counter()
    index.upsert(feature)
    elapsed = time.perf_counter() - started
    assert index.search(f"{feature[0].caption[:6]}").total > 0
    index.close()
    shutil.rmtree(copy, ignore_errors=True)
    return elapsed


def _start_profiler() -> Profiler:
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0005)
    profiler.start()
    return profiler


def _percentile(sorted_values: list[float], pct: float) -> float:
    index = min(len(sorted_values) - 1, round(pct / 100 * (len(sorted_values) - 1)))
    return sorted_values[index]


def _size(path: str) -> int:
    if os.path.isfile(path):
        return os.path.getsize(path)
    return sum(
        os.path.getsize(os.path.join(folder, name))
        for folder, _, names in os.walk(path)
        for name in names
    )


if __name__ == "__main__":
    main()
