"""``photoarchive search`` and ``reindex``."""

from __future__ import annotations

import argparse
import html
import re

from photoarchive.cli.argtypes import int_between
from photoarchive.cli.context import Context
from photoarchive.cli.output import emit_json, out, run_job, say

_BOLD = re.compile(r"</?b>")


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "search",
        help="find photos by caption, credit, feature, theme or date",
        description='Query language: plain terms (all must match), "quoted phrases", OR, '
        "NOT or -term, credit:罗盟, feature:衡阳, theme:agriculture or theme:农业, "
        "taken:2021-09..2021-10, date:2021.",
    )
    p.add_argument("query")
    p.add_argument("--limit", type=int_between(0, 100_000), default=20)
    p.add_argument("--offset", type=int_between(0), default=0)
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=search)

    p = sub.add_parser("reindex", help="rebuild the search index from the catalogue")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=reindex)


def search(ctx: Context) -> int:
    archive = ctx.archive()
    for _ in archive.search.ensure():
        pass
    view = archive.search.view(ctx.args.query, limit=ctx.args.limit, offset=ctx.args.offset)
    if ctx.json:
        emit_json(view)
        return 0
    say(f"{view['total']} photo(s) match {view['query']!r}")
    for hint in view.get("hints", []):
        say(f"Hint: {hint}")
    for hit in view["hits"]:
        snippet = html.unescape(
            _BOLD.sub("", hit["snippet"].replace("<b>", "【").replace("</b>", "】"))
        )
        out(f"{hit['id']:>6}  {hit['credit'] or '-'}")
        out(f"        {snippet}")
    return 0


def reindex(ctx: Context) -> int:
    count = run_job(ctx.archive().search.reindex_job(), quiet=ctx.json)
    if ctx.json:
        emit_json({"indexed": count})
    else:
        say(f"Search index rebuilt: {count} photo(s).")
    return 0
