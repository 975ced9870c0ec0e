"""What a credit rule is: a named function that finds a credit at the end of a text.

Every printed credit form (``罗盟摄``, ``X/新华社``, ``(AP Photo/Jane Doe)``)
is one rule. A rule looks only at the tail of a paragraph, because credits
close captions; it reports where the credit starts so the caption text can be
cut off cleanly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from photoarchive.captions.model import Credit

# Credits are short: no rule looks further back than this from the end.
MAX_CREDIT_CHARS = 160


@dataclass(frozen=True, slots=True)
class CreditMatch:
    """A credit found in a text: it starts at ``start`` and runs to the end."""

    start: int
    credit: Credit
    rule: str


@dataclass(frozen=True, slots=True)
class CreditRule:
    """One printed credit form; ``find`` returns the match at the end of a text, if any."""

    name: str
    find: Callable[[str], CreditMatch | None]


def tail_offset(text: str) -> int:
    """Index from which rules search, so their cost does not grow with the paragraph."""
    return max(0, len(text) - MAX_CREDIT_CHARS)


def at_boundary(text: str, index: int) -> bool:
    """True when a credit may start at ``index``: start of text, or after a space/punctuation.

    A credit glued to a word (``衡山资料图片``, ``17日摄``) is part of the
    sentence, not a credit.
    """
    if index <= 0:
        return True
    before = text[index - 1]
    return not (before.isalnum() or before in "·-_")
