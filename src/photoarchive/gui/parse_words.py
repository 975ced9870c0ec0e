"""The parser's words (paragraph kinds, token kinds, reasons) in the window's language.

The core explains its parse in English, as the dry run prints it; these
functions look each known phrase up in the catalogue and keep what they do not
know as printed, so a reason the parser learns later still shows, in English.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QObject

# What a paragraph can be re-taken as, in the order the menu offers them.
OFFERED_KINDS = ("caption", "body", "heading", "page credit", "credit line", "ignored")


class ParseWords(QObject):
    """Holds the phrases so that ``tr`` (and lupdate) give them one context."""

    def words(self) -> dict[str, str]:
        return {
            # what a paragraph was taken as
            "header": self.tr("header"),
            "ignored": self.tr("ignored"),
            "body": self.tr("body"),
            "heading": self.tr("heading"),
            "caption": self.tr("caption"),
            "caption (continued)": self.tr("caption (continued)"),
            "credit line": self.tr("credit line"),
            "page credit": self.tr("page credit"),
            # the kinds of token a credit is read from, and credit roles
            "affiliation": self.tr("affiliation"),
            "agency": self.tr("agency"),
            "released": self.tr("released"),
            "role": self.tr("role"),
            "file": self.tr("file picture"),
            "owner": self.tr("owner"),
            "place": self.tr("place"),
            "date": self.tr("date"),
            "names": self.tr("names"),
            "photo": self.tr("photo"),
            "by": self.tr("by"),
            "via": self.tr("via"),
            "for": self.tr("for"),
            "courtesy": self.tr("courtesy"),
            "pool": self.tr("pool"),
            "copyright": self.tr("copyright"),
            "photographer": self.tr("photographer"),
            "handout": self.tr("handout"),
            "graphic": self.tr("graphic"),
            "unknown": self.tr("unknown"),
            "person": self.tr("person"),
            "organization": self.tr("organization"),
            # reasons and guesses, as the parser words them
            "set by hand": self.tr("set by hand"),
            "page furniture before the title": self.tr("page furniture before the title"),
            "title, kicker or byline": self.tr("title, kicker or byline"),
            "a credit alone": self.tr("a credit alone"),
            "starts with a caption marker": self.tr("starts with a caption marker"),
            "says 图为 (the picture shows)": self.tr("says 图为 (the picture shows)"),
            "short, with no sentence ending": self.tr("short, with no sentence ending"),
            "a paragraph with no caption signal": self.tr("a paragraph with no caption signal"),
            "part of the caption above": self.tr("part of the caption above"),
            "the credit of the caption above": self.tr("the credit of the caption above"),
            "one of a run of short lines above a page credit": self.tr(
                "one of a run of short lines above a page credit"
            ),
            "a credit line under a run of captions: the page's credit": self.tr(
                "a credit line under a run of captions: the page's credit"
            ),
            "a short paragraph between captions": self.tr("a short paragraph between captions"),
            "a credit line that closes no caption: the page's credit": self.tr(
                "a credit line that closes no caption: the page's credit"
            ),
            "one of a run of short lines on a page with a page credit": self.tr(
                "one of a run of short lines on a page with a page credit"
            ),
            "says it credits the whole page": self.tr("says it credits the whole page"),
            "names the writer too: the article's credit": self.tr(
                "names the writer too: the article's credit"
            ),
            "empty": self.tr("empty"),
            "navigation links": self.tr("navigation links"),
            "a link to another story": self.tr("a link to another story"),
            "a caption printed in brackets": self.tr("a caption printed in brackets"),
            "printed again and again: an image's alt text": self.tr(
                "printed again and again: an image's alt text"
            ),
            "under an image's alt text": self.tr("under an image's alt text"),
            "a dated first paragraph": self.tr("a dated first paragraph"),
            "the next one closes the caption with its credit": self.tr(
                "the next one closes the caption with its credit"
            ),
            "navigation, source or editor line": self.tr("navigation, source or editor line"),
            "the spacing of its names is ambiguous": self.tr(
                "the spacing of its names is ambiguous"
            ),
            "split where surnames start, a guess": self.tr("split where surnames start, a guess"),
            # what with_corrections says when nothing is left to pair
            "With these changes no paragraph is a caption.": self.tr(
                "With these changes no paragraph is a caption."
            ),
            "Take at least one paragraph as a caption.": self.tr(
                "Take at least one paragraph as a caption."
            ),
        }

    def join(self, parts: list[str]) -> str:
        """Parts of one reason, with the language's own separator."""
        return self.tr("; ").join(parts)

    def patterns(self) -> list[tuple[re.Pattern[str], Callable[[str], str]]]:
        return [
            (
                re.compile(r"ends in a credit \((.*)\)"),
                lambda x: self.tr("ends in a credit ({credit})").format(credit=x),
            ),
            (
                re.compile(r"followed by the credit line (.*)"),
                lambda x: self.tr("followed by the credit line {line}").format(line=x),
            ),
            (
                re.compile(r"takes the page credit (.*)"),
                lambda x: self.tr("takes the page credit {line}").format(line=x),
            ),
            (
                re.compile(r"ends in the page's credit \((.*)\)"),
                lambda x: self.tr("ends in the page's credit ({credit})").format(credit=x),
            ),
            (
                re.compile(r"shares the credit line (.*)"),
                lambda x: self.tr("shares the credit line {line}").format(line=x),
            ),
            (
                re.compile(r"(.*) said the same below"),
                lambda x: self.tr("{credit} said the same below").format(credit=x),
            ),
        ]


@cache
def _parse_words() -> ParseWords:
    return ParseWords()  # one for the app: tr looks the language up at every call


def word(english: str) -> str:
    """One of the parser's words (a kind, a role, a fixed reason) translated, or as given."""
    return _parse_words().words().get(english, english)


def reason(english: str) -> str:
    """A reason of the parser, part by part (they are joined by "; ")."""
    phrases = _parse_words()
    words, patterns = phrases.words(), phrases.patterns()
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
    return phrases.join(out)
