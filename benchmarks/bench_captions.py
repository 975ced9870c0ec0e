"""Exact-match accuracy of the caption parser on the corpus of real published captions.

Prints accuracy overall, per script, per credit family and per feature layout, the misses
(expected against parsed), and how many captions are parsed per second.

    .venv/bin/python benchmarks/bench_captions.py [--misses] [--only PREFIX]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from photoarchive.captions.evaluation import Report, evaluate, evaluate_items
from photoarchive.captions.feature import parse_caption

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "data" / "captions"


def _table(report: Report, prefix: str, title: str) -> None:
    print(f"\n{title}")
    for group, (right, total) in report.by_group(prefix).items():
        print(f"  {group[len(prefix) :]:<34} {right:>4}/{total:<4} {right / total:6.1%}")


def _speed(report: Report) -> float:
    texts = [o.case.text for o in report.outcomes if o.case.text]
    rounds = max(1, 2000 // max(1, len(texts)))
    start = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            parse_caption(text)
    return rounds * len(texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every caption not exact")
    parser.add_argument("--only", default="", help="list misses only of cases in this group")
    parser.add_argument(
        "--heldout-misses", action="store_true", help="name (only) the held-out misses"
    )
    args = parser.parse_args()
    report = evaluate(CORPUS)
    n = len(report.outcomes)
    print(f"{n} captions ({report.features} whole features), {report.publications()} publications")
    print(f"exact: {report.exact}/{n} = {report.accuracy():.1%}")
    print(
        f"whole features with exactly as many captions as printed: "
        f"{report.right_counts()}/{report.features}"
    )
    heldout = sorted((CORPUS / "heldout").glob("*.json"))
    if heldout:
        held = evaluate_items(heldout)
        print(
            f"held-out captions (never tuned on): {held.exact}/{len(held.outcomes)} = "
            f"{held.accuracy():.1%}, {held.publications()} publications"
        )
    _table(report, "script:", "per script")
    _table(report, "family:", "per credit family (feature: captions inside whole features)")
    _table(report, "layout:", "per feature layout")
    print(f"\nspeed: {_speed(report):,.0f} captions/s (single captions, one core)")
    if args.heldout_misses and heldout:
        print("\nheld-out misses:")
        for miss in evaluate_items(heldout).misses():
            print(f"- {miss.case.id}")
    if args.misses or args.only:
        print("\nfeatures with a wrong caption count (expected, found):")
        for name, expected, found in report.counts:
            if expected != found:
                print(f"- {name}: {expected}, {found}")
        print("\nmisses:")
        for miss in report.misses():
            if args.only and not any(g.startswith(args.only) for g in miss.case.groups):
                continue
            print(f"- {miss.case.id}")
            print(f"  expected {json.dumps(_short(miss.case.expected), ensure_ascii=False)}")
            print(f"  parsed   {json.dumps(_short(miss.got), ensure_ascii=False)}")


def _short(parse: dict | None) -> object:
    if parse is None:
        return None
    credit = parse.get("credit")
    who = [(c["name"], c["kind"]) for c in credit["contributors"]] if credit else None
    return [parse["caption"][-40:], credit and credit["role"], who]


if __name__ == "__main__":
    main()
