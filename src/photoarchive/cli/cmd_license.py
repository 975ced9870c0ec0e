"""``photoarchive license set|show``: what the paper may do with each photo."""

from __future__ import annotations

import argparse
import datetime as dt

from photoarchive.cli.context import Context
from photoarchive.cli.output import emit_json, out, say
from photoarchive.errors import InputError
from photoarchive.licensing import Licence, parse_kind, parse_purposes


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("license", aliases=["licence"], help="set or show photo licences")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="record a licence on photos")
    s.add_argument("photo_ids", nargs="+", type=int, metavar="PHOTO_ID")
    s.add_argument(
        "--kind", required=True, help="staff, handout, agency, creative-commons or other"
    )
    s.add_argument("--holder")
    s.add_argument(
        "--purposes",
        default="all",
        help="comma-separated: print,web,social,syndication (default: all)",
    )
    s.add_argument("--expires", help="last valid day, YYYY-MM-DD")
    s.add_argument("--terms", default="", help="usage terms, embedded in exports")
    s.add_argument("--editorial-only", action="store_true")
    s.add_argument("--credit-required", action="store_true")
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=set_licence)
    show = actions.add_parser("show", help="show a photo's licence")
    show.add_argument("photo_id", type=int)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=show_licence)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InputError(
            f"--expires {text!r} is not a date.", hint="Write it as YYYY-MM-DD."
        ) from None


def set_licence(ctx: Context) -> int:
    a = ctx.args
    licence = Licence(
        kind=parse_kind(a.kind),
        holder=a.holder,
        usage_terms=a.terms,
        purposes=parse_purposes(a.purposes.split(",") if a.purposes != "all" else "all"),
        editorial_only=a.editorial_only,
        credit_required=a.credit_required,
        expires=_date(a.expires),
    )
    if not licence.purposes:
        raise InputError(
            "A licence needs at least one purpose.",
            hint="Use --purposes print,web,social,syndication or --purposes all.",
        )
    if licence.expires is not None and licence.expires < dt.date.today():
        say(
            f"Note: this licence expired on {licence.expires}; exports will leave these photos out."
        )
    archive = ctx.archive()
    archive.licences.set(a.photo_ids, licence, actor="cli")
    if ctx.json:
        emit_json({"licences": [archive.licences.view(pid) for pid in a.photo_ids]})
    else:
        say(f"Licence recorded on {len(a.photo_ids)} photo(s).")
    return 0


def show_licence(ctx: Context) -> int:
    view = ctx.archive().licences.view(ctx.args.photo_id)
    if ctx.json:
        emit_json(view)
        return 0
    lic = view["licence"]
    if lic is None:
        out(
            f"Photo {view['photo_id']} has no licence; exports leave it out until one is set "
            "with `photoarchive license set`."
        )
        return 0
    out(f"Photo {view['photo_id']}: {lic['kind']}, holder {lic['holder'] or '-'} ({lic['source']})")
    out(
        f"  purposes: {', '.join(lic['purposes']) or 'none'}"
        f"{'; editorial only' if lic['editorial_only'] else ''}"
        f"{'; credit required' if lic['credit_required'] else ''}"
    )
    out(f"  expires: {lic['expires'] or 'never'}")
    if lic["usage_terms"]:
        out(f"  terms: {lic['usage_terms']}")
    return 0
