"""``photoarchive gui`` and ``photoarchive demo``: the desktop window from the command line.

Qt is imported only when a window is really opened, so the other commands work
on a machine without a display or without PySide6's system libraries.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from photoarchive.cli.context import Context
from photoarchive.cli.output import say
from photoarchive.errors import PhotoarchiveError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("gui", help="open the desktop window (the default command)")
    _window_options(p)
    p.set_defaults(handler=gui)

    p = sub.add_parser(
        "demo", help="build a demo library from the bundled sample feature and open it"
    )
    p.add_argument(
        "--no-window",
        action="store_true",
        help="only build the demo library, do not open the window",
    )
    _window_options(p)
    p.set_defaults(handler=demo)


def _window_options(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE.png",
        help="save the window to a PNG once its thumbnails are loaded, then exit",
    )
    p.add_argument("--search", metavar="QUERY", help="start with this search")
    p.add_argument("--select", type=int, metavar="ID", help="start with this photo selected")
    p.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        help="language of the window (default: remembered, else the system's)",
    )


def _choose_platform(screenshot: Path | None) -> None:
    """Pick Qt's platform before Qt starts, so a missing display is a message, not an abort.

    A screenshot needs no screen, so it renders offscreen when there is none;
    a window without a screen cannot open, and the user is told how to proceed.
    """
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return
    if screenshot is not None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return
    raise PhotoarchiveError(
        "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set).",
        hint="Run it in a desktop session, or use --screenshot FILE.png, or the "
        "command-line tools (photoarchive --help).",
    )


def _run_window(ctx: Context, archive: object) -> int:
    _choose_platform(ctx.args.screenshot)
    try:
        from photoarchive.gui.app import run_gui
    except ImportError as exc:
        raise PhotoarchiveError(
            f"The desktop window cannot start: {exc}.",
            hint="Install the Qt system libraries named in the README (libegl1, libgl1, "
            "libxkbcommon0, libfontconfig1, libdbus-1-3) or use the command-line tools.",
        ) from exc
    a = ctx.args
    return run_gui(
        archive, screenshot=a.screenshot, search=a.search, select=a.select, language=a.lang
    )


def gui(ctx: Context) -> int:
    return _run_window(ctx, ctx.archive())


def demo(ctx: Context) -> int:
    from photoarchive.demo import build_demo, default_demo_dir
    from photoarchive.services.archive import Archive

    root = ctx.library or default_demo_dir()
    with Archive.open(root) as archive:
        result = build_demo(archive)
        if result.already_built:
            say(f"Demo library at {root} (already built).")
        else:
            say(f"Demo library built at {root}: {result.imported} photos imported.")
        if ctx.args.no_window:
            return 0
        return _run_window(ctx, archive)
