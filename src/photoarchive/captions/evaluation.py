"""Score the caption parser against a corpus of real captions read by a person.

Used by ``benchmarks/bench_captions.py`` and by the test that keeps accuracy from
sliding back. The corpus format is described in tests/data/captions/README.md:
single captions (items/*.json) and whole features (features/*.txt with their
*.expected.json). A caption is exact when its text, its credit's role and every
contributor's name and kind are as expected.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from photoarchive.captions.feature import parse_caption, parse_feature
from photoarchive.captions.model import NO_CREDIT, Caption, Credit


@dataclass(frozen=True, slots=True)
class Case:
    """One expected caption: where it came from, how it is grouped, and what it should be."""

    id: str
    groups: tuple[str, ...]  # script, family or layout, publication: what the report breaks down by
    expected: dict
    text: str = ""  # the printed caption, for single items


@dataclass(frozen=True, slots=True)
class Outcome:
    case: Case
    got: dict | None

    @property
    def exact(self) -> bool:
        return self.got is not None and _key(self.got) == _key(self.case.expected)


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)
    features: int = 0
    # Per whole feature: (name, captions expected, captions found). A count that is off
    # stops an import (caption/photo mismatch) even where every caption found is exact.
    counts: list[tuple[str, int, int]] = field(default_factory=list)

    def right_counts(self) -> int:
        return sum(expected == found for _, expected, found in self.counts)

    @property
    def exact(self) -> int:
        return sum(o.exact for o in self.outcomes)

    def accuracy(self) -> float:
        return self.exact / len(self.outcomes) if self.outcomes else 0.0

    def by_group(self, prefix: str) -> dict[str, tuple[int, int]]:
        """``{group: (exact, total)}`` for the groups that start with ``prefix``."""
        total: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for o in self.outcomes:
            for g in o.case.groups:
                if g.startswith(prefix):
                    total[g] += 1
                    right[g] += o.exact
        return {g: (right[g], total[g]) for g in sorted(total)}

    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.exact]

    def publications(self) -> int:
        return len({g for o in self.outcomes for g in o.case.groups if g.startswith("pub:")})


def caption_dict(text: str, credit: Credit) -> dict:
    """A parse in the corpus's own shape."""
    if credit is NO_CREDIT or not credit.as_printed:
        return {"caption": text, "credit": None}
    return {
        "caption": text,
        "credit": {
            "as_printed": credit.as_printed,
            "role": str(credit.role),
            "contributors": [
                {"name": c.name, "kind": str(c.kind)}
                | ({"affiliation": c.affiliation} if c.affiliation else {})
                for c in credit.contributors
            ],
        },
        "usage_notes": list(credit.usage_notes),
    }


def _key(parse: dict) -> tuple:
    credit = parse.get("credit")
    people = ()
    if credit:
        people = tuple((c["name"], c["kind"]) for c in credit.get("contributors", []))
    return (parse["caption"], credit["role"] if credit else None, people)


def evaluate_items(paths: list[Path], report: Report | None = None) -> Report:
    """Parse single captions (items/*.json, or a held-out file) and compare."""
    report = report or Report()
    for path in paths:
        for item in json.loads(path.read_text(encoding="utf-8")):
            groups = (
                f"script:{item['script']}",
                f"family:{item['family']}",
                f"pub:{item['publication']}",
            )
            case = Case(item["id"], groups, item["expected"], item["text"])
            caption = parse_caption(item["text"])
            report.outcomes.append(Outcome(case, caption_dict(caption.text, caption.credit)))
    return report


def evaluate(corpus: Path) -> Report:
    """Parse every item and feature of ``corpus`` and compare with what a person read.

    ``corpus/heldout`` is left out: it is measured on its own, and nobody tunes on it.
    """
    report = evaluate_items(sorted((corpus / "items").glob("*.json")))
    for path in sorted((corpus / "features").glob("*.expected.json")):
        expected = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(path.name.replace(".expected.json", ".txt")).read_text("utf-8")
        parsed = parse_feature(text)
        report.features += 1
        report.counts.append((path.stem, len(expected["photos"]), len(parsed.captions)))
        got = {c.position: c for c in parsed.captions}
        layouts = tuple(f"layout:{t}" for t in expected.get("layout", []))
        for photo in expected["photos"]:
            groups = (
                f"script:{expected.get('script', '?')}",
                "family:feature",
                f"pub:{expected.get('publication', '?')}",
                *layouts,
            )
            case = Case(f"{path.stem}#{photo['position']}", groups, photo)
            found: Caption | None = got.get(photo["position"])
            parse = caption_dict(found.text, found.credit) if found else None
            report.outcomes.append(Outcome(case, parse))
    return report
