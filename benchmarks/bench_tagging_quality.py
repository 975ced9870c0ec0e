"""Quality of theme suggestions: on the held-out real captions, and on the labelled set.

First the held-out split of the shipped corpus (resources/themes/corpus/heldout,
never trained on): top-1 and top-3 accuracy per language, per-theme precision
and recall, the share of captions with a suggestion, and the classifier's load
and predict time, for trigger words alone, the shipped classifier alone and the
two blended (what the app suggests). Then the older labelled set of
tests/data/tagging, and the per-library model alone on an archive's own theme.

    .venv/bin/python benchmarks/bench_tagging_quality.py [--misses]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from photoarchive.services.theme_classifier import shipped_classifier_path
from photoarchive.tagging import load_default_vocabulary, suggest
from photoarchive.tagging.classifier import ThemeClassifier
from photoarchive.tagging.corpus import heldout_items
from photoarchive.tagging.evaluation import (
    QualityReport,
    ThemeQuality,
    evaluate,
    learned_only,
    leave_one_out_suggester,
    load_labelled,
    trigger_suggester,
)
from photoarchive.tagging.heldout import HeldoutReport, measure

LABELLED = (
    Path(__file__).resolve().parents[1] / "tests" / "data" / "tagging" / "labelled_captions.jsonl"
)
GOAL_TOP1 = 0.90
GOAL_ANSWERED = 0.97


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list captions not fully right")
    args = parser.parse_args()
    vocabulary = load_default_vocabulary()
    started = time.perf_counter()
    classifier = ThemeClassifier.load(shipped_classifier_path())
    load_ms = (time.perf_counter() - started) * 1000
    items = heldout_items()
    print(
        f"held-out corpus: {len(items)} real captions; classifier of {len(classifier.keys)} "
        f"themes, {len(classifier.vocabulary):,} features, trained on {classifier.trained_on}; "
        f"loaded in {load_ms:.0f} ms\n"
    )
    for name, suggester in (
        ("trigger words alone", lambda text: suggest(text, vocabulary)),
        ("classifier alone", lambda text: _classifier_only(text, classifier)),
        (
            "classifier + trigger words (the app)",
            lambda text: suggest(text, vocabulary, classifier=classifier),
        ),
    ):
        started = time.perf_counter()
        report = measure(items, suggester)
        per_caption = (time.perf_counter() - started) * 1000 / max(len(items), 1)
        _print_heldout(name, report, per_caption, show_misses=args.misses and "app" in name)
    labelled = load_labelled(LABELLED)
    print(f"labelled set: {len(labelled)} captions, {len(vocabulary.active())} themes, limit 3\n")
    for name, labelled_suggester in (
        ("trigger words", trigger_suggester(vocabulary)),
        (
            "trigger words + learned model (leave-one-out)",
            leave_one_out_suggester(labelled, vocabulary),
        ),
    ):
        started = time.perf_counter()
        report = evaluate(labelled, labelled_suggester)
        elapsed = time.perf_counter() - started
        _print_report(name, report, elapsed, show_misses=args.misses)
    started = time.perf_counter()
    alone = learned_only(labelled, vocabulary)
    _print_learned_only(alone, time.perf_counter() - started)


def _classifier_only(text: str, classifier: ThemeClassifier) -> list:
    from photoarchive.tagging.suggestions import DEFAULT_MIN_SCORE, ThemeSuggestion

    chances = classifier.probabilities(text)
    ranked = sorted(
        (k for k in chances if chances[k] >= DEFAULT_MIN_SCORE), key=lambda k: -chances[k]
    )
    return [ThemeSuggestion(k, k, k, chances[k], ()) for k in ranked[:3]]


def _print_heldout(
    name: str, report: HeldoutReport, per_caption_ms: float, *, show_misses: bool
) -> None:
    print(f"== {name} ({per_caption_ms:.2f} ms a caption)")
    for lang, f in report.summary().items():
        top1_goal = "meets" if f["top1"] >= GOAL_TOP1 else "below"
        answered_goal = "meets" if f["with_suggestion"] >= GOAL_ANSWERED else "below"
        print(
            f"  {lang}: {f['captions']} captions"
            f"  top-1 {f['top1']:.1%} ({top1_goal} {GOAL_TOP1:.0%})"
            f"  top-3 {f['top3']:.1%}  with a suggestion {f['with_suggestion']:.1%}"
            f" ({answered_goal} {GOAL_ANSWERED:.0%})"
        )
    print(f"  {'theme':<16}{'precision':>12}{'recall':>12}")
    for key in sorted(report.themes):
        t = report.themes[key]
        print(
            f"  {key:<16}{f'{t.precision:.0%} ({t.first_right}/{t.came_first})':>12}"
            f"{f'{t.recall:.0%} ({t.found}/{t.expected})':>14}"
        )
    if show_misses:
        for item, found in report.misses:
            print(f"  - {item.text[:70]!r}: {', '.join(item.themes)} <- {', '.join(found) or '-'}")
    print()


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
