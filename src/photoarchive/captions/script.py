"""A same-length "shadow" of a text for matching: simplified script, folded widths.

Credit words and names are matched against tables kept in simplified script
with ASCII punctuation. Rather than keep every table twice, a text is matched
through its shadow: traditional characters turned simplified (OpenCC's t2s
tables) and full-width forms folded to ASCII, one character for one, so an
offset in the shadow is the same offset in the text as printed, and what is
kept (a name, the caption) is always cut from the printed text.
"""

from __future__ import annotations

from functools import lru_cache

import opencc

_FULL_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD = str.maketrans(
    {
        **_FULL_WIDTH,
        0x3000: " ",  # ideographic space
        0x3001: "、",  # keep 、: it separates names
        0x3010: "(",  # 【
        0x3011: ")",  # 】
        0x2019: "'",
        0x00A0: " ",
        0xFE55: ":",  # small colon ﹕
        0xFE50: ",",  # small comma ﹐
    }
)


@lru_cache(maxsize=1)
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def shadow(text: str) -> str:
    """``text`` in simplified script with ASCII punctuation, exactly as long as ``text``."""
    folded = text.translate(_FOLD)
    simplified = _converter().convert(folded)
    if len(simplified) != len(folded):  # a phrase table changed the length: go char by char
        simplified = "".join(
            c if len(c) == 1 else folded[i]
            for i, c in enumerate(_converter().convert(ch) for ch in folded)
        )
    return simplified
