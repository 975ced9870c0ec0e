"""The ``photoarchive`` command: parse arguments, run one command, map errors to exit codes.

Exit status: 0 success, 1 partial success (some photos failed, some excluded),
2 bad usage or input with nothing written, 3 an internal error (a bug; the
details go to a crash log, or are raised when ``PHOTOARCHIVE_DEBUG`` is set),
130 interrupted (Ctrl+C).
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

import platformdirs

from photoarchive import __version__
from photoarchive.cli import (
    cmd_browse,
    cmd_export,
    cmd_gui,
    cmd_import,
    cmd_license,
    cmd_search,
    cmd_themes,
)
from photoarchive.cli.context import Context
from photoarchive.errors import PhotoarchiveError
from photoarchive.oserrors import os_error
from photoarchive.paths import default_library_dir

INTERNAL_ERROR = 3
COMMAND_MODULES = (cmd_import, cmd_browse, cmd_search, cmd_themes, cmd_license, cmd_export, cmd_gui)


class _Parser(argparse.ArgumentParser):
    """argparse with exit status 2 and a hint line, never a traceback."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        hint = f"Try '{self.prog} --help'."
        if self.prog.endswith("search") and (
            "unrecognized arguments: -" in message or "required: query" in message
        ):
            hint = "To leave a word out, write NOT: photoarchive search 'NOT 衡阳' (or -- -衡阳)."
        self.exit(2, f"{self.prog}: error: {message}\n{hint}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="photoarchive",
        description="A desktop archive for news photos and their captions.",
    )
    parser.add_argument("--version", action="version", version=f"photoarchive {__version__}")
    parser.add_argument(
        "--library",
        type=Path,
        help="library folder (default: $PHOTOARCHIVE_LIBRARY or the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    words = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(words)
        if args.command is None:  # a bare `photoarchive` opens the window
            args = parser.parse_args([*words, "gui"])
    except SystemExit as exc:  # --help, --version, or a usage error already explained
        return exc.code if isinstance(exc.code, int) else 0
    ctx = Context(args, args.library)
    try:
        return int(args.handler(ctx))
    except PhotoarchiveError as exc:
        print(f"photoarchive: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(
            "photoarchive: interrupted; what was finished is kept and the library is consistent.",
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:  # `photoarchive list | head`: the reader has all it wanted
        _quiet_stdout()
        return 0
    except OSError as exc:
        known = os_error(exc, ctx.library or default_library_dir())
        if known is None:
            return _internal_error(exc)
        print(f"photoarchive: {known}", file=sys.stderr)
        return known.exit_code
    except Exception as exc:  # a bug: say so plainly, keep the details in a log file
        return _internal_error(exc)
    finally:
        ctx.close()


def _internal_error(exc: BaseException) -> int:
    if os.environ.get("PHOTOARCHIVE_DEBUG"):
        raise exc
    log = _write_crash_log()
    print(
        f"photoarchive: internal error ({type(exc).__name__}: {exc}).\n"
        f"Details are in {log}; please report them. `photoarchive check` tells whether "
        "the library needs repair.",
        file=sys.stderr,
    )
    return INTERNAL_ERROR


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so Python's exit flush cannot raise BrokenPipeError again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


def _write_crash_log() -> Path:
    folder = platformdirs.user_log_path("photoarchive", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crash.log"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(
            f"--- {datetime.datetime.now().isoformat(timespec='seconds')} "
            f"photoarchive {__version__}: {' '.join(sys.argv)}\n"
        )
        fh.write(traceback.format_exc())
    return path


if __name__ == "__main__":
    sys.exit(main())
