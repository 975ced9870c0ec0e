"""Quality of theme suggestions on the labelled caption set.

Prints the precision of the top suggestion and the recall of all suggestions (limit 3), overall
and per theme, for trigger words alone and for trigger words blended with a learned model
trained leave-one-out on the other captions' decisions (accepted labels, rejected extras), and
the model alone: each theme in turn stripped of its trigger words, as an archive's own theme.

    .venv/bin/python benchmarks/bench_tagging_quality.py [--misses]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from photoarchive.tagging import load_default_vocabulary
from photoarchive.tagging.evaluation import (
    QualityReport,
    ThemeQuality,
    evaluate,
    learned_only,
    leave_one_out_suggester,
    load_labelled,
    trigger_suggester,
)

LABELLED = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "tagging" / "labelled_captions.jsonl"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list captions not fully right")
    args = parser.parse_args()
    vocabulary = load_default_vocabulary()
    labelled = load_labelled(LABELLED)
    print(f"{len(labelled)} labelled captions, {len(vocabulary.active())} themes, limit 3\n")
    for name, suggester in (
        ("trigger words", trigger_suggester(vocabulary)),
        (
            "trigger words + learned model (leave-one-out)",
            leave_one_out_suggester(labelled, vocabulary),
        ),
    ):
        started = time.perf_counter()
        report = evaluate(labelled, suggester)
        elapsed = time.perf_counter() - started
        _print_report(name, report, elapsed, show_misses=args.misses)
    started = time.perf_counter()
    alone = learned_only(labelled, vocabulary)
    _print_learned_only(alone, time.perf_counter() - started)


def _print_report(name: str, report: QualityReport, elapsed: float, *, show_misses: bool) -> None:
    print(f"== {name} ({elapsed:.2f} s)")
    rows = (
        ("top suggestion precision", report.top_precision, report.top_correct, report.captions),
        ("top suggestion = main", report.main_precision, report.top_is_main, report.captions),
        ("recall of all suggestions", report.recall, report.found, report.expected),
        ("precision of all", report.precision_all, report.found, report.suggested),
    )
    for label, ratio, hits, total in rows:
        print(f"{label:<26}{ratio:6.1%}  ({hits}/{total})")
    print(f"{'theme':<16}{'top prec':>10}{'recall':>12}")
    for key in sorted(report.per_theme):
        q = report.per_theme[key]
        top = f"{q.top_correct}/{q.top_suggested}" if q.top_suggested else "-"
        print(f"{key:<16}{top:>10}{f'{q.found}/{q.expected}':>12}")
    if show_misses:
        for caption_id, expected, got in report.misses:
            print(f"  {caption_id}: expected {', '.join(expected)}; got {', '.join(got) or '-'}")
    print()


def _print_learned_only(per_theme: dict[str, ThemeQuality], elapsed: float) -> None:
    print(f"== learned model alone, each theme without its trigger words ({elapsed:.2f} s)")
    found = sum(q.found for q in per_theme.values())
    expected = sum(q.expected for q in per_theme.values())
    right = sum(q.top_correct for q in per_theme.values())
    made = sum(q.top_suggested for q in per_theme.values())
    print(
        f"recall {found}/{expected} = {found / expected:.1%}; "
        f"suggestions right {right}/{made} = {right / made if made else 0:.1%}"
    )
    print(f"{'theme':<16}{'recall':>10}{'right':>10}")
    for key in sorted(per_theme):
        q = per_theme[key]
        print(f"{key:<16}{f'{q.found}/{q.expected}':>10}{f'{q.top_correct}/{q.top_suggested}':>10}")


if __name__ == "__main__":
    main()
