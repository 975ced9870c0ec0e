"""``photoarchive export``: send a licensed set of photos, rights embedded in every file."""

from __future__ import annotations

import argparse
from pathlib import Path

from photoarchive.cli.argtypes import int_between
from photoarchive.cli.context import Context
from photoarchive.cli.output import emit_json, run_job, say
from photoarchive.export import DEFAULT_TEMPLATE, ExportOptions, ExportReport
from photoarchive.export.model import DEFAULT_QUALITY
from photoarchive.licensing import Purpose
from photoarchive.services.exports import ExportSelection


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "export",
        help="export photos the paper may use for a purpose, with caption and credit inside",
        description="Export resized JPEGs with caption, credit, copyright and usage terms "
        "embedded (IPTC and XMP), plus manifest.csv, manifest.json and credits.txt. Photos "
        "whose licence does not allow the purpose are left out and listed; the exit status "
        "is then 1.",
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--ids", type=photo_ids, metavar="1,2,5", help="photo ids")
    which.add_argument("--query", metavar="QUERY", help="the photos a search finds")
    which.add_argument("--theme", metavar="KEY", help="photos tagged with a theme")
    which.add_argument("--feature", type=int, metavar="ID", help="the photos of a feature")
    p.add_argument(
        "--purpose", required=True, type=str.lower, choices=[purpose.value for purpose in Purpose]
    )
    p.add_argument(
        "--to",
        required=True,
        type=Path,
        dest="destination",
        metavar="DIR|FILE.zip",
        help="a new or empty folder, or a new .zip file",
    )
    p.add_argument(
        "--max-edge", type=int_between(16, 100_000), metavar="PX", help="long edge in pixels"
    )
    p.add_argument(
        "--quality",
        type=int_between(1, 100),
        default=DEFAULT_QUALITY,
        metavar="Q",
        help=f"JPEG quality 1-100 (default {DEFAULT_QUALITY})",
    )
    p.add_argument(
        "--keep-gps",
        action="store_true",
        help="keep the GPS position (removed by default to protect sources)",
    )
    p.add_argument(
        "--template",
        default=DEFAULT_TEMPLATE,
        metavar="T",
        help="file names, from {id} {date} {credit} {seq} {purpose} {headline} "
        f"(default {DEFAULT_TEMPLATE})",
    )
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(handler=run)


def photo_ids(text: str) -> tuple[int, ...]:
    """`1,2,5` as photo ids; anything else is a usage error (exit 2)."""
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isdigit() and int(part) > 0 for part in parts):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a list of photo ids; write them like 1,2,5"
        )
    return tuple(int(part) for part in parts)


def run(ctx: Context) -> int:
    a = ctx.args
    selection = ExportSelection(ids=a.ids or (), feature_id=a.feature, theme=a.theme, query=a.query)
    options = ExportOptions(
        purpose=a.purpose,
        destination=a.destination.expanduser().absolute(),
        max_edge=a.max_edge,
        quality=a.quality,
        keep_gps=a.keep_gps,
        filename_template=a.template,
    )
    report = run_job(ctx.archive().exports.job(selection, options), quiet=ctx.json)
    if ctx.json:
        emit_json(report.to_json())
    else:
        print_report(report)
    return report.exit_code


def print_report(report: ExportReport) -> None:
    if report.destination is not None:
        say(
            f"Exported {len(report.exported)} photo(s) for {report.purpose} "
            f"to {report.destination}."
        )
    if report.excluded:
        say(f"Left out {len(report.excluded)} photo(s):")
        for entry in report.excluded:
            say(f"  photo {entry['photo_id']}: {entry['reason']}")
    for warning in report.warnings:
        say(f"warning: {warning}")
