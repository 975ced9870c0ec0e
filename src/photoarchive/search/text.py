"""Text analysis shared by indexing, querying and snippets.

One normal form makes "exact" well defined: NFKC (full-width letters, digits and
punctuation become ASCII), case folded, whitespace next to a Chinese or Japanese
character removed (the printed credit ``周 围 摄`` becomes ``周围摄``), other
whitespace runs collapsed to one space.

On that form two kinds of matching apply:

* **dense text** (Chinese, Japanese, Korean characters and digits) matches as a
  substring; it is indexed as character n-grams of length 1..``GRAM_MAX`` taken
  inside each dense run, which are candidates only: a hit is always confirmed
  against the normalised text;
* **words** (runs of other letters) match whole, case-insensitive and stemmed
  (Porter), so "Farmers" finds "farmer".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from whoosh.lang.porter import stem as _porter_stem

GRAM_MAX = 2
"""Longest indexed n-gram: terms this short are answered by one posting list."""

ZONE_SEP = "\x1f"
"""Joins the parts of one zone (caption and embedded caption, names) so that no
match can span two of them; normalisation turns any such character in user text
into a space, so a query can never contain it."""

# Chinese (Han), Japanese kana, bopomofo: whitespace next to these is dropped.
_GLUE = (
    "\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3040-\u30ff\u3100-\u312f"
    "\u31a0-\u31bf\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\U00020000-\U0003134f"
)
# Dense characters: the above plus Hangul and ASCII digits (after NFKC).
_DENSE = _GLUE + "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff0-9"

_GLUE_SPACE_RE = re.compile(rf"\s+(?=[{_GLUE}])|(?<=[{_GLUE}])\s+")
_SPACE_RE = re.compile(r"\s+")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_DENSE_RUN_RE = re.compile(f"[{_DENSE}]+")
_DENSE_CHAR_RE = re.compile(f"[{_DENSE}]")
_WORD_RE = re.compile(r"[^\W\d_]+")


def normalize(text: str) -> str:
    """Return the normal form every comparison in search is made on."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _CONTROL_RE.sub(" ", text)
    text = _GLUE_SPACE_RE.sub("", text)
    return _SPACE_RE.sub(" ", text).strip()


def has_dense(norm: str) -> bool:
    """True when ``norm`` holds a character matched as a substring (CJK, digit)."""
    return _DENSE_CHAR_RE.search(norm) is not None


def dense_runs(norm: str) -> list[str]:
    """The maximal runs of dense characters in normalised text."""
    return _DENSE_RUN_RE.findall(norm)


def grams(norm: str) -> set[str]:
    """Every n-gram (1..GRAM_MAX) inside the dense runs of normalised text."""
    out: set[str] = set()
    for run in _DENSE_RUN_RE.findall(norm):
        out.update(run)
        size = len(run)
        for n in range(2, min(GRAM_MAX, size) + 1):
            out.update(run[i : i + n] for i in range(size - n + 1))
    return out


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Porter stem of one case-folded word (cached: vocabularies repeat)."""
    return _porter_stem(word)


def continues(edge: str, neighbour: str) -> bool:
    """Whether ``neighbour`` carries on the number ("digit") or word ("letter")
    that a match's edge character belongs to; such a match is not a whole one."""
    if not edge or not neighbour:
        return False
    if edge == "digit":
        return "0" <= neighbour <= "9"
    return neighbour.isalpha() and not has_dense(neighbour)


def words(norm: str) -> list[str]:
    """Stemmed words of normalised text, in order (dense characters split words)."""
    letters_only = _DENSE_RUN_RE.sub(" ", norm)
    return [stem(w) for w in _WORD_RE.findall(letters_only)]


def word_spans(norm: str) -> list[tuple[int, int, str]]:
    """(start, end, stem) of each word in normalised text, for highlighting."""
    letters_only = _DENSE_RUN_RE.sub(lambda m: " " * len(m.group()), norm)
    return [(m.start(), m.end(), stem(m.group())) for m in _WORD_RE.finditer(letters_only)]


def join_parts(parts: list[str] | tuple[str, ...]) -> str:
    """Normalise several texts into one zone string no match can cross."""
    normed = [normalize(p) for p in parts if p]
    unique = list(dict.fromkeys(n for n in normed if n))
    return ZONE_SEP.join(unique)


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Normalise ``text`` character by character, keeping where each output
    character came from, so a match found in normal form can be marked in the
    original (used for snippets only; it agrees with :func:`normalize` except in
    rare composed sequences, where a snippet merely loses its highlight)."""
    text = unicodedata.normalize("NFC", text)
    forms = [_char_form(ch) for ch in text]
    if all(len(form) == 1 for form in forms):
        chars, origin = forms, list(range(len(text)))
    else:
        chars = [out for form in forms for out in form]
        origin = [i for i, form in enumerate(forms) for _ in form]
    if not any(ch.isspace() for ch in chars):
        return "".join(chars), origin
    return _drop_spaces(chars, origin)


@lru_cache(maxsize=8192)
def _char_form(ch: str) -> str:
    return _CONTROL_RE.sub(" ", unicodedata.normalize("NFKC", ch).casefold())


def _drop_spaces(chars: list[str], origin: list[int]) -> tuple[str, list[int]]:
    """Apply normalize()'s whitespace rules to a mapped character list."""
    kept_chars: list[str] = []
    kept_origin: list[int] = []
    size = len(chars)
    i = 0
    while i < size:
        if not chars[i].isspace():
            kept_chars.append(chars[i])
            kept_origin.append(origin[i])
            i += 1
            continue
        j = i
        while j < size and chars[j].isspace():
            j += 1
        before = kept_chars[-1] if kept_chars else ""
        after = chars[j] if j < size else ""
        if before and after and not (_is_glue(before) or _is_glue(after)):
            kept_chars.append(" ")
            kept_origin.append(origin[i])
        i = j
    return "".join(kept_chars), kept_origin


@lru_cache(maxsize=4096)
def _is_glue(ch: str) -> bool:
    return bool(ch) and re.fullmatch(f"[{_GLUE}]", ch) is not None
