"""Theme commands: tag, untag, accept, reject, themes (add, rename, retire, train), suggest."""

from __future__ import annotations

import argparse
from pathlib import Path

from photoarchive.cli.context import Context
from photoarchive.cli.output import emit_json, out, say, table
from photoarchive.errors import InputError


def register(sub: argparse._SubParsersAction) -> None:
    for name, handler, text in (
        ("tag", tag, "tag photos with themes: tag 3 4 agriculture 农业"),
        ("untag", untag, "remove themes from photos: untag 3 industry"),
    ):
        p = sub.add_parser(name, help=text)
        p.add_argument("items", nargs="+", metavar="PHOTO_ID... THEME...")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=handler)
    for name, accept in (("accept", True), ("reject", False)):
        p = sub.add_parser(name, help=f"{name} a suggested theme on a photo")
        p.add_argument("photo_id", type=int)
        p.add_argument("theme")
        p.add_argument("--json", action="store_true")
        p.set_defaults(handler=decide, accept=accept)

    p = sub.add_parser("themes", help="list themes with counts, or add/rename/retire one")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=list_themes)
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    add = actions.add_parser("add", help="add an archive theme (or extend a shipped one)")
    add.add_argument("key", help="permanent key, e.g. flood-relief")
    add.add_argument("--zh", help="Chinese label")
    add.add_argument("--en", help="English label")
    add.add_argument("--parent", help="key of a broader theme")
    add.add_argument("--iptc", help="IPTC Media Topic code, e.g. medtop:20000210")
    add.add_argument("--trigger", action="append", default=[], help="trigger word (repeat)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=save_theme, new=True)
    rename = actions.add_parser("rename", help="change a theme's labels (tags are kept)")
    rename.add_argument("key")
    rename.add_argument("--zh")
    rename.add_argument("--en")
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(handler=save_theme)
    retire = actions.add_parser("retire", help="never suggest a theme again (tags are kept)")
    retire.add_argument("key")
    retire.add_argument("--json", action="store_true")
    retire.set_defaults(handler=save_theme, retire=True)
    training = actions.add_parser(
        "train",
        help="rebuild the theme classifier from the shipped corpus and this archive's decisions",
    )
    training.add_argument(
        "--corpus",
        type=Path,
        help="train from this labelled corpus folder (train/, heldout/) instead of the shipped one",
    )
    training.add_argument("--json", action="store_true")
    training.set_defaults(handler=train_classifier)

    p = sub.add_parser("suggest", help="suggest themes for photos, with the words why")
    p.add_argument("photo_ids", nargs="*", type=int, metavar="PHOTO_ID")
    p.add_argument(
        "--apply",
        action="store_true",
        help="store the suggestions on the photos for review (accept/reject)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=suggest)


def _split_items(items: list[str]) -> tuple[list[int], list[str]]:
    ids = []
    for i, item in enumerate(items):
        if not item.isdigit():
            themes = items[i:]
            break
        ids.append(int(item))
    else:
        themes = []
    if not ids or not themes:
        raise InputError(
            "Give one or more photo ids followed by one or more themes.",
            hint="For example: photoarchive tag 3 4 agriculture 农业",
        )
    return ids, themes


def tag(ctx: Context) -> int:
    ids, themes = _split_items(ctx.args.items)
    ctx.archive().themes.tag(ids, themes, actor="cli")
    return _report_tags(ctx, ids)


def untag(ctx: Context) -> int:
    ids, themes = _split_items(ctx.args.items)
    ctx.archive().themes.untag(ids, themes, actor="cli")
    return _report_tags(ctx, ids)


def _report_tags(ctx: Context, ids: list[int]) -> int:
    archive = ctx.archive()
    tags = {pid: archive.themes.of_photo(pid) for pid in ids}
    if ctx.json:
        emit_json(
            {
                "photos": [
                    {"photo_id": pid, "themes": [t.to_json() for t in links]}
                    for pid, links in tags.items()
                ]
            }
        )
    else:
        for pid, links in tags.items():
            kept = [f"{t.key} ({t.source})" for t in links if t.source != "rejected"]
            say(f"photo {pid}: {', '.join(kept) or 'no themes'}")
    return 0


def decide(ctx: Context) -> int:
    ctx.archive().themes.decide(ctx.args.photo_id, ctx.args.theme, ctx.args.accept, actor="cli")
    if ctx.json:
        return _report_tags(ctx, [ctx.args.photo_id])
    say(
        f"{'Accepted' if ctx.args.accept else 'Rejected'} {ctx.args.theme} on photo "
        f"{ctx.args.photo_id}."
    )
    return 0


def list_themes(ctx: Context) -> int:
    themes = ctx.archive().themes.all()
    if ctx.json:
        emit_json({"themes": themes})
        return 0
    table(
        (
            t["key"],
            t["label_zh"],
            t["label_en"],
            str(t["count"]),
            f"+{t['suggested']} suggested" if t["suggested"] else "",
            "retired" if t["retired"] else "",
        )
        for t in themes
    )
    return 0


def save_theme(ctx: Context) -> int:
    a = ctx.args
    theme = ctx.archive().themes.save(
        a.key,
        label_en=getattr(a, "en", None),
        label_zh=getattr(a, "zh", None),
        parent=getattr(a, "parent", None),
        iptc_code=getattr(a, "iptc", None),
        triggers=getattr(a, "trigger", None),
        retired=True if getattr(a, "retire", False) else None,
        new=getattr(a, "new", False),
    )
    if ctx.json:
        emit_json(theme)
    else:
        state = " (retired)" if theme["retired"] else ""
        say(f"Theme {theme['key']}: {theme['label_zh']} / {theme['label_en']}{state}")
    return 0


def suggest(ctx: Context) -> int:
    archive = ctx.archive()
    ids = ctx.args.photo_ids or None
    if ctx.args.apply:
        archive.themes.store_suggestions(ids)
    suggestions = archive.themes.suggestions(ids)
    if ctx.json:
        emit_json({"suggestions": suggestions})
        return 0
    for entry in suggestions:
        if entry.get("no_confident_theme"):
            out(f"photo {entry['photo_id']}: no confident theme (tag it by hand)")
        if not entry["themes"]:
            continue
        out(f"photo {entry['photo_id']}:")
        for s in entry["themes"]:
            out(
                f"  {s['key']:<15} {s['label_zh']:<6} {s['score']:.2f}  "
                f"because: {'、'.join(s['because'])}"
            )
    return 0


def train_classifier(ctx: Context) -> int:
    report = ctx.archive().themes.train_classifier(
        progress=None if ctx.json else say, corpus=ctx.args.corpus
    )
    figures = report.heldout.summary()
    if ctx.json:
        emit_json(
            {
                "path": str(report.path),
                "corpus_items": report.corpus_items,
                "archive_captions": report.archive_captions,
                "themes": list(report.themes),
                "heldout": figures,
            }
        )
        return 0
    say(
        f"Trained on {report.corpus_items} corpus captions and {report.archive_captions} "
        f"of this archive's, {len(report.themes)} themes; saved to {report.path}"
    )
    out("held-out captions (never trained on):")
    for lang, f in figures.items():
        out(
            f"  {lang}: {f['captions']} captions, top-1 {f['top1']:.1%}, top-3 {f['top3']:.1%}, "
            f"with a suggestion {f['with_suggestion']:.1%}"
        )
    return 0
