"""The parser's words (paragraph kinds, token kinds, reasons) in the window's language.

The core explains its parse in English, as the dry run prints it; these
functions look each known phrase up in the catalogue and keep what they do not
know as printed, so a reason the parser learns later still shows, in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# What a paragraph can be re-taken as, in the order the menu offers them.
OFFERED_KINDS = ("caption", "body", "heading", "page credit", "credit line", "ignored")


def _words() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        # what a paragraph was taken as
        "header": t("ParseWords", "header"),
        "ignored": t("ParseWords", "ignored"),
        "body": t("ParseWords", "body"),
        "heading": t("ParseWords", "heading"),
        "caption": t("ParseWords", "caption"),
        "caption (continued)": t("ParseWords", "caption (continued)"),
        "credit line": t("ParseWords", "credit line"),
        "page credit": t("ParseWords", "page credit"),
        # the kinds of token a credit is read from, and credit roles
        "affiliation": t("ParseWords", "affiliation"),
        "agency": t("ParseWords", "agency"),
        "released": t("ParseWords", "released"),
        "role": t("ParseWords", "role"),
        "file": t("ParseWords", "file picture"),
        "owner": t("ParseWords", "owner"),
        "place": t("ParseWords", "place"),
        "date": t("ParseWords", "date"),
        "names": t("ParseWords", "names"),
        "photo": t("ParseWords", "photo"),
        "by": t("ParseWords", "by"),
        "via": t("ParseWords", "via"),
        "for": t("ParseWords", "for"),
        "courtesy": t("ParseWords", "courtesy"),
        "pool": t("ParseWords", "pool"),
        "copyright": t("ParseWords", "copyright"),
        "photographer": t("ParseWords", "photographer"),
        "handout": t("ParseWords", "handout"),
        "graphic": t("ParseWords", "graphic"),
        "unknown": t("ParseWords", "unknown"),
        "person": t("ParseWords", "person"),
        "organization": t("ParseWords", "organization"),
        # reasons and guesses, as the parser words them
        "set by hand": t("ParseWords", "set by hand"),
        "page furniture before the title": t("ParseWords", "page furniture before the title"),
        "title, kicker or byline": t("ParseWords", "title, kicker or byline"),
        "a credit alone": t("ParseWords", "a credit alone"),
        "starts with a caption marker": t("ParseWords", "starts with a caption marker"),
        "says 图为 (the picture shows)": t("ParseWords", "says 图为 (the picture shows)"),
        "short, with no sentence ending": t("ParseWords", "short, with no sentence ending"),
        "a paragraph with no caption signal": t("ParseWords", "a paragraph with no caption signal"),
        "part of the caption above": t("ParseWords", "part of the caption above"),
        "the credit of the caption above": t("ParseWords", "the credit of the caption above"),
        "one of a run of short lines above a page credit": t(
            "ParseWords", "one of a run of short lines above a page credit"
        ),
        "a credit line under a run of captions: the page's credit": t(
            "ParseWords", "a credit line under a run of captions: the page's credit"
        ),
        "a short paragraph between captions": t("ParseWords", "a short paragraph between captions"),
        "a credit line that closes no caption: the page's credit": t(
            "ParseWords", "a credit line that closes no caption: the page's credit"
        ),
        "empty": t("ParseWords", "empty"),
        "navigation, source or editor line": t("ParseWords", "navigation, source or editor line"),
        "the spacing of its names is ambiguous": t(
            "ParseWords", "the spacing of its names is ambiguous"
        ),
        "split where surnames start, a guess": t(
            "ParseWords", "split where surnames start, a guess"
        ),
        # what with_corrections says when nothing is left to pair
        "With these changes no paragraph is a caption.": t(
            "ParseWords", "With these changes no paragraph is a caption."
        ),
        "Take at least one paragraph as a caption.": t(
            "ParseWords", "Take at least one paragraph as a caption."
        ),
    }


def _patterns() -> list[tuple[re.Pattern[str], Callable[[str], str]]]:
    t = QCoreApplication.translate
    return [
        (
            re.compile(r"ends in a credit \((.*)\)"),
            lambda x: t("ParseWords", "ends in a credit ({credit})").format(credit=x),
        ),
        (
            re.compile(r"followed by the credit line (.*)"),
            lambda x: t("ParseWords", "followed by the credit line {line}").format(line=x),
        ),
        (
            re.compile(r"takes the page credit (.*)"),
            lambda x: t("ParseWords", "takes the page credit {line}").format(line=x),
        ),
    ]


def word(english: str) -> str:
    """One of the parser's words (a kind, a role, a fixed reason) translated, or as given."""
    return _words().get(english, english)


def reason(english: str) -> str:
    """A reason of the parser, part by part (they are joined by "; ")."""
    words, patterns = _words(), _patterns()
    out = []
    for part in english.split("; "):
        if part in words:
            out.append(words[part])
            continue
        for pattern, render in patterns:
            found = pattern.fullmatch(part)
            if found:
                out.append(render(found[1]))
                break
        else:
            out.append(part)
    return QCoreApplication.translate("ParseWords", "; ").join(out)
