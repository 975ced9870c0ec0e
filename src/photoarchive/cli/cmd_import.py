"""``photoarchive import``: a feature text and/or a folder of photos."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from photoarchive.captions import credit_tokens
from photoarchive.cli.argtypes import int_between
from photoarchive.cli.context import Context
from photoarchive.cli.output import emit_json, out, run_job, say
from photoarchive.importer.pairing import display_name
from photoarchive.importer.plan import ImportPlan, make_plan
from photoarchive.importer.report import ImportReport
from photoarchive.importer.taken import WhenTaken
from photoarchive.services.views import PhotoView


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "import",
        help="import a published feature (text + photos) or a folder of photos",
        description="Import a feature text and its photos; captions pair with photos in "
        "natural file-name order (img2 before img10) unless --pairing gives the order.",
    )
    p.add_argument("feature", nargs="?", type=Path, help="the feature's text file (.txt)")
    p.add_argument("--photos", type=Path, help="folder with the feature's photos")
    p.add_argument("--pairing", type=Path, help="CSV of filename,position giving the order")
    p.add_argument(
        "--allow-mismatch",
        action="store_true",
        help="import what pairs when caption and photo counts differ",
    )
    p.add_argument("--dry-run", action="store_true", help="show the parse and pairing only")
    p.add_argument(
        "--workers", type=int_between(1, 32), help="decoding threads (default: one per core)"
    )
    p.add_argument(
        "--when-taken",
        type=WhenTaken,
        choices=list(WhenTaken),
        default=WhenTaken.ASK,
        help="a feature imported before gets other files for positions it has photos for: "
        "ask (refuse and say which, the default), add (keep both), skip (import nothing "
        "for them)",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run)


def run(ctx: Context) -> int:
    a = ctx.args
    if a.dry_run:  # no library is opened (or created) for a dry run
        plan = make_plan(a.feature, a.photos, pairing_csv=a.pairing)
        if ctx.json:
            emit_json(plan_document(plan))
        else:
            print_plan(plan)
        return 0
    plan = make_plan(a.feature, a.photos, pairing_csv=a.pairing)
    if not a.allow_mismatch:
        plan.require_match()  # before the library is opened: "nothing was written" holds
    archive = ctx.archive()
    job = archive.import_job(
        plan, allow_mismatch=a.allow_mismatch, workers=a.workers, when_taken=a.when_taken
    )
    report = run_job(job, quiet=ctx.json)
    touched = report.imported + report.linked
    photos = archive.photos(ids=touched) if touched else []
    if ctx.json:
        emit_json(report_document(archive, report, photos))
    else:
        print_report(archive, report)
    return report.exit_code


def plan_document(plan: ImportPlan) -> dict[str, Any]:
    parsed = plan.feature.parsed if plan.feature else None
    return {
        "feature": None
        if parsed is None
        else {
            "title": parsed.title,
            "kicker": parsed.kicker,
            "byline": list(parsed.byline),
            "paragraphs": len(parsed.paragraphs),
            "encoding": parsed.encoding,
            "warnings": list(parsed.warnings),
            "decisions": [
                {"text": d.text, "taken_as": d.taken_as, "reason": d.reason}
                for d in parsed.decisions
            ],
        },
        "pairs": [
            {
                "file": display_name(pair.path),
                "position": pair.caption.position if pair.caption else None,
                "caption": pair.caption.text if pair.caption else None,
                "credit": None
                if pair.caption is None
                else {
                    "as_printed": pair.caption.credit.as_printed,
                    "role": str(pair.caption.credit.role),
                    "contributors": [
                        {"name": c.name, "kind": str(c.kind), "affiliation": c.affiliation}
                        for c in pair.caption.credit.contributors
                    ],
                    "tokens": credit_tokens(pair.caption.credit),
                    "usage_notes": list(pair.caption.credit.usage_notes),
                    "guesses": [
                        {"printed": g.printed, "names": list(g.names), "why": g.why}
                        for g in pair.caption.credit.guesses
                    ],
                },
            }
            for pair in plan.pairs
        ],
        "unmatched_captions": [c.position for c in plan.pairing.unmatched_captions],
        "unmatched_photos": [display_name(p) for p in plan.pairing.unmatched_photos],
        "skipped": [{"file": f, "reason": r} for f, r in plan.skipped],
    }


def print_plan(plan: ImportPlan) -> None:
    if plan.feature:
        f = plan.feature.parsed
        out(f"Title:   {f.title}")
        if f.kicker:
            out(f"Kicker:  {f.kicker}")
        out(f"Byline:  {' '.join(f.byline) or '-'}")
        out(f"Body:    {len(f.paragraphs)} paragraphs ({f.encoding})")
        out()
        out("Paragraphs, as taken:")
        for d in f.decisions:
            text = d.text if len(d.text) <= 30 else d.text[:29] + "…"
            out(f"  {d.taken_as:<20} {text}  ({d.reason})")
        out()
    for pair in plan.pairs:
        if pair.caption is None:
            out(f"  {display_name(pair.path)}  (caption from the file, if any)")
            continue
        credit = pair.caption.credit
        names = "、".join(c.name for c in credit.contributors) or "-"
        out(f"{pair.caption.position:>3}  {display_name(pair.path)}  [{credit.role}: {names}]")
        out(f"     {pair.caption.text[:70]}{'…' if len(pair.caption.text) > 70 else ''}")
    for cap in plan.pairing.unmatched_captions:
        out(f"{cap.position:>3}  (no photo)  {cap.text[:60]}…")
    for path in plan.pairing.unmatched_photos:
        out(f"  -  {display_name(path)}  (no caption)")
    for name, reason in plan.skipped:
        out(f"  x  {name}  ({reason})")


def report_document(archive, report: ImportReport, photos: list[PhotoView]) -> dict[str, Any]:
    feature = None
    if report.feature_id is not None:
        feature = next(f for f in archive.features() if f["id"] == report.feature_id)
        feature = {k: feature[k] for k in ("id", "title", "kicker", "byline", "paragraphs")}
    return {
        "feature": feature,
        "feature_created": report.feature_created,
        "imported": report.imported,
        "duplicates": [{"file": f, "photo_id": i} for f, i in report.duplicates],
        "linked": report.linked,
        "republished": [
            {"file": f, "photo_id": i, "position": n} for f, i, n in report.republished
        ],
        "similar": [{"file": f, "photo_id": i, "distance": d} for f, i, d in report.similar],
        "failed": [{"file": f, "error": e} for f, e in report.failed],
        "unmatched_captions": report.unmatched_captions,
        "unmatched_photos": report.unmatched_photos,
        "skipped": [{"file": f, "reason": r} for f, r in report.skipped],
        "cancelled": report.cancelled,
        "warnings": report.warnings,
        "photos": [p.to_json() for p in photos],
    }


def print_report(archive, report: ImportReport) -> None:
    if report.feature_id is not None:
        state = "new" if report.feature_created else "already in the library"
        say(f"Feature {report.feature_id} ({state}).")
    say(f"Imported {len(report.imported)} photo(s).")
    if report.linked:
        say(
            f"{len(report.linked)} photo(s) already in the library now carry this feature's "
            f"caption and credit: {report.linked}"
        )
    if report.republished:
        say(
            f"{len(report.republished)} photo(s) already in the library were printed again "
            "in this feature; its captions are kept beside theirs:"
        )
        for name, pid, position in report.republished:
            say(f"  {name} = photo {pid}, #{position} here")
    if report.similar:
        say("New photos that look like stored ones (re-sent or re-saved copies?):")
        for name, pid, bits in report.similar:
            say(f"  {name} ~ photo {pid} ({bits} bits apart); see `photoarchive similar {pid}`")
    for warning in report.warnings:
        say(f"Note: {warning}")
    if report.duplicates:
        say(f"{len(report.duplicates)} already in the library (not imported again):")
        for name, pid in report.duplicates:
            say(f"  {name} = photo {pid}")
    if report.unmatched_captions:
        say(f"Captions without a photo (kept on the feature): {report.unmatched_captions}")
    if report.unmatched_photos:
        say(f"Photos without a caption (not imported): {', '.join(report.unmatched_photos)}")
    if report.skipped:
        say(f"{len(report.skipped)} file(s) in the folder are not photos and were left out:")
        for name, reason in report.skipped:
            say(f"  {name}: {reason}")
    if report.failed:
        say(f"{len(report.failed)} photo(s) could not be imported:")
        for name, reason in report.failed:
            say(f"  {name}: {reason}")
        say(
            "Fix or replace those files and run the same import again; "
            "what was imported is kept and will not be duplicated."
        )
    if report.cancelled:
        say("Cancelled. Run the same import again to finish it.")
