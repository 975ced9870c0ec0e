"""Reading and editing commands: show, list, features, caption, history, check."""

from __future__ import annotations

import argparse

from photoarchive.cli.argtypes import int_between
from photoarchive.cli.context import Context
from photoarchive.cli.output import emit_json, out, run_job, say, table
from photoarchive.paths import default_library_dir
from photoarchive.services.rebuild import LostCatalogueError, recover_lost
from photoarchive.services.similar import NEAR
from photoarchive.services.views import PhotoView


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="show one photo")
    p.add_argument("photo_id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=show)

    p = sub.add_parser("list", help="list photos")
    p.add_argument("--feature", type=int, help="only photos of this feature id")
    p.add_argument("--limit", type=int_between(0))
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_photos)

    p = sub.add_parser("features", help="list imported features")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=features)

    p = sub.add_parser("caption", help="replace a photo's caption (kept in the edit history)")
    p.add_argument("photo_id", type=int)
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=caption)

    p = sub.add_parser(
        "credit", help='replace a photo\'s credit as printed, e.g. "罗 铭 摄" (kept in history)'
    )
    p.add_argument("photo_id", type=int)
    p.add_argument("text", help='the credit as printed; "" removes it')
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=credit)

    p = sub.add_parser("history", help="the edit history of a photo")
    p.add_argument("photo_id", type=int)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=history)

    p = sub.add_parser("check", help="compare catalogue, files and index")
    p.add_argument("--repair", action="store_true", help="fix what can be fixed safely")
    p.add_argument(
        "--verify",
        action="store_true",
        help="also re-hash every original to find damaged files (reads them all)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=check)

    p = sub.add_parser(
        "similar", help="stored photos that look like a photo (re-sent, resized, re-saved copies)"
    )
    p.add_argument("photo_id", type=int)
    p.add_argument(
        "--within", type=int, default=NEAR, help=f"bits of 64 that may differ (default {NEAR})"
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=similar)

    register_delete(sub)


def _print_photo(photo: PhotoView) -> None:
    credit = photo.credit
    feature = photo.feature
    out(f"Photo {photo.id}  {photo.file}  {photo.width}×{photo.height} {photo.format}")
    if feature:
        out(f"  feature {feature.id} #{feature.position}: {feature.title}")
    if credit:
        names = "、".join(c.name for c in credit.contributors) or "-"
        out(f"  credit: {credit.as_printed or '-'}  ({credit.role}: {names})")
    camera = " ".join(v for v in (photo.camera.make, photo.camera.model) if v)
    if camera or photo.taken_at:
        out(f"  taken: {photo.taken_at or '-'}  camera: {camera or '-'}")
    if photo.gps:
        out(f"  gps: {photo.gps.lat:.6f}, {photo.gps.lon:.6f}")
    out(f"  caption: {photo.caption or '-'}")
    if photo.embedded_caption and photo.embedded_caption != photo.caption:
        out(f"  embedded caption: {photo.embedded_caption}")
    for differs in photo.metadata_disagreements:
        out(f"  {differs.field} read from {differs.used}: {_shown(differs.value)}")
        for other in differs.others:
            out(f"    {other.block} says otherwise: {_shown(other.value)}")
        out(f"    ({differs.why})")
    for note in photo.import_notes:
        out(f"  note: {note}")
    if len(photo.publications) > 1:  # one is the feature line above
        out(f"  used in {len(photo.publications)} features:")
        for used in photo.publications:
            when = f" ({used.published_on})" if used.published_on else ""
            out(f"    feature {used.feature_id} #{used.position}{when}: {used.feature_title}")
            out(f"      printed: {used.caption}")
            if used.credit:
                out(f"      credit: {used.credit.as_printed}")
    tagged = [t for t in photo.themes if t.source in ("manual", "accepted")]
    pending = [t for t in photo.themes if t.source == "suggested"]
    if tagged:
        out(f"  themes: {', '.join(t.label_zh + ' ' + t.key for t in tagged)}")
    for t in pending:
        out(
            f"  suggested: {t.label_zh} {t.key} ({t.score:.2f}, because "
            f"{'、'.join(t.because)}) - accept or reject"
        )
    licence = photo.licence
    if licence:
        out(
            f"  licence: {licence.kind}, {licence.holder or '-'}; "
            f"{', '.join(licence.purposes) or 'no purposes'}"
            f"{'; expires ' + licence.expires if licence.expires else ''}"
        )
    elif photo.detailed:
        out("  licence: none (exports leave this photo out)")


def _shown(value: str | tuple[str, ...]) -> str:
    return value if isinstance(value, str) else "; ".join(value)


def show(ctx: Context) -> int:
    photo = ctx.archive().photo(ctx.args.photo_id)
    if ctx.json:
        emit_json(photo.to_json())
    else:
        _print_photo(photo)
    return 0


def similar(ctx: Context) -> int:
    found = ctx.archive().similar(ctx.args.photo_id, within=ctx.args.within)
    if ctx.json:
        emit_json(
            {
                "photo_id": ctx.args.photo_id,
                "similar": [{"photo_id": n.photo_id, "distance": n.distance} for n in found],
            }
        )
    elif not found:
        say(f"No stored photo looks like photo {ctx.args.photo_id}.")
    else:
        table((str(n.photo_id), f"{n.distance} bits apart") for n in found)
    return 0


def list_photos(ctx: Context) -> int:
    photos = ctx.archive().photos(feature_id=ctx.args.feature, limit=ctx.args.limit)
    if ctx.json:
        emit_json({"photos": [p.to_json() for p in photos]})
        return 0
    table(
        (
            str(p.id),
            p.file,
            (p.credit.as_printed if p.credit else "") or "-",
            (p.caption or "")[:50],
        )
        for p in photos
    )
    return 0


def features(ctx: Context) -> int:
    rows = ctx.archive().features()
    if ctx.json:
        emit_json({"features": rows})
        return 0
    table((str(f["id"]), f["title"], f"{f['photos']} photos", " ".join(f["byline"])) for f in rows)
    return 0


def caption(ctx: Context) -> int:
    photo = ctx.archive().set_caption(ctx.args.photo_id, ctx.args.text, actor="cli")
    if ctx.json:
        emit_json(photo.to_json())
    else:
        say(f"Caption of photo {photo.id} saved.")
    return 0


def credit(ctx: Context) -> int:
    photo = ctx.archive().set_credit(ctx.args.photo_id, ctx.args.text, actor="cli")
    if ctx.json:
        emit_json(photo.to_json())
    else:
        c = photo.credit
        names = "、".join(x.name for x in c.contributors) if c else ""
        say(
            f"Credit of photo {photo.id} saved: "
            + (f"{c.role} {names}".strip() if c else "no credit")
        )
    return 0


def history(ctx: Context) -> int:
    rows = ctx.archive().history(ctx.args.photo_id)
    if ctx.json:
        emit_json({"photo_id": ctx.args.photo_id, "history": rows})
        return 0
    for h in rows:
        out(f"{h['at']}  {h['actor']}  {h['field']}: {h['old']!r} -> {h['new']!r}")
    return 0


def check(ctx: Context) -> int:
    try:
        archive = ctx.archive()
    except LostCatalogueError:
        if not ctx.args.repair:
            raise
        return _recover(ctx)
    job = archive.check_job(repair=ctx.args.repair, verify=ctx.args.verify)
    report = run_job(job, quiet=ctx.json)
    if ctx.json:
        emit_json({"ok": report.ok, "problems": report.problems, "repaired": report.repaired})
    else:
        for fix in report.repaired:
            say(f"repaired: {fix}")
        for problem in report.problems:
            out(f"{problem['kind']}: {problem['detail']}")
        say(
            "Library is consistent."
            if report.ok
            else "Problems found; `photoarchive check --repair` fixes what is safe to fix."
        )
    return 0 if report.ok else 1


def _recover(ctx: Context) -> int:
    """Restore the newest intact backup of a lost catalogue and re-import the rest."""
    report = recover_lost(ctx.library or default_library_dir(), ctx.archive)
    if ctx.json:
        emit_json(
            {
                "moved_aside": str(report.moved_aside) if report.moved_aside else None,
                "restored_from": str(report.restored_from) if report.restored_from else None,
                "rebuilt": report.rebuilt,
                "failed": [{"file": f, "error": e} for f, e in report.failed],
                "not_recovered": list(report.not_recovered),
            }
        )
    else:
        if report.moved_aside:
            say(f"The damaged catalogue was kept as {report.moved_aside}.")
        say(
            f"Restored the backup {report.restored_from}."
            if report.restored_from
            else "No intact backup was found; the catalogue was rebuilt from the originals."
        )
        say(f"Re-imported {len(report.rebuilt)} original(s) with their embedded captions.")
        for name, reason in report.failed:
            say(f"  {name}: {reason}")
        say("Could not be recovered: " + "; ".join(report.not_recovered) + ".")
    return 1 if report.failed else 0


def register_delete(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("delete", help="remove photos from the archive (files and catalogue)")
    p.add_argument("photo_ids", nargs="+", type=int, metavar="PHOTO_ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=delete)


def delete(ctx: Context) -> int:
    removed = ctx.archive().delete_photos(ctx.args.photo_ids, actor="cli")
    if ctx.json:
        emit_json({"deleted": removed})
    else:
        say(f"Deleted {len(removed)} photo(s).")
    return 0
