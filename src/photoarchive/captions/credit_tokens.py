"""Cut the tail of a caption into credit tokens: affiliation, name, role word, agency, place, date.

A credit is read as a short sentence of typed tokens (``本报记者`` ``张三`` ``摄``:
affiliation, name, role). Each token carries a one-letter kind, so the printed
forms in :mod:`credit_forms` are patterns over a string of kinds ("ANS"),
and a new form is a row there rather than code here. Matching runs on the
text's shadow (simplified, ASCII punctuation); offsets are shared with the
text as printed, from which every value is cut.

Kinds: A affiliation, M photo staff (摄影记者), G news agency, V picture
agency, R released (新华社发), S shot (摄), H handout (供图, Provided to),
L licensed (授权), D graphic (制图), W words and pictures (文/图), T picture
(图), F file picture, B provided-by opening (由), O own paper (本报), K the
whole page (本版图片), z the same below (下同), P place, Y date, N name, p photo
word, b by, v via, f for, C courtesy, o pool, c ©, w writer (文), Q taken from
(翻摄自), U source (图片来源), y decoration naming no one (© AFP 2023, (@handle)),
and the separators ( ) / : ,.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from photoarchive.captions.lexicon import (
    CN_AGENCIES,
    CREDIT_PLACES,
    EN_AGENCIES,
    EN_CREDIT_WORDS,
    HAN,
    NAME_DOTS,
    NEWS_AGENCIES,
    OUTLET_SUFFIXES,
    PICTURE_AGENCIES,
    STAFF_AFFILIATIONS,
    ZH_NOT_ROLE_WORDS,
    ZH_ROLE_WORDS,
)
from photoarchive.captions.names import is_han, is_latin
from photoarchive.captions.orgs import EN_ORG_WORD_SET as _EN_ORG_WORDS


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a credit: its kind, where it stands, and its canonical value."""

    kind: str
    start: int
    end: int
    value: str


def _alternation(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_HAN_CHAR = re.compile(f"[{HAN}]")
_NAME_CHAR = re.compile(f"[{HAN}{NAME_DOTS}]")
_STAFF = re.compile(_alternation(STAFF_AFFILIATIONS))
_OUTLET_NAME = f"(?:{_alternation(CN_AGENCIES)}|[{HAN}]{{1,8}}?(?:{_alternation(OUTLET_SUFFIXES)}))"
_OUTLET_REPORTER = re.compile(
    # 湖南日报记者, 中青报·中青网记者, 湖南日报·新湖南客户端记者, 郑报豫览摄影师
    f"(?P<outlet>{_OUTLET_NAME}(?:[·・][{HAN}]{{1,10}}?(?:{_alternation(OUTLET_SUFFIXES)}|客户端))?"
    f"(?:[{HAN}]{{1,3}}?(?=摄影师|影友))?)"
    "(?:驻[\\w]{1,4}|特约|特派|见习|实习|首席|全媒体|融媒体)?(?:摄影记者|记者|通讯员|摄影师|摄影|影友)"
)
_PICTURE_AGENCY = re.compile(_alternation(PICTURE_AGENCIES))
_NEWS_AGENCY = re.compile(_alternation(NEWS_AGENCIES))
_NOT_ROLE = re.compile(_alternation(ZH_NOT_ROLE_WORDS))
_ROLE = re.compile(_alternation(ZH_ROLE_WORDS))
_PLACE = re.compile(f"(?:{_alternation(CREDIT_PLACES)})(?=\\s*(?:摄影|摄))")
_DATE = re.compile(
    r"(?:民国)?(?:\d{2,4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-./]\d{1,2}[-./]\d{1,2}"
    r"|(?:民国)?(?:[〇零一二三四五六七八九十]{1,4}年)?[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日"
)

_EN_CANONICAL = {spelling.casefold(): group[0] for group in EN_AGENCIES for spelling in group}
_EN_EXACT_CASE = {s for group in EN_AGENCIES for s in group if s.isupper() and len(s) <= 4}
_EN_AGENCY = re.compile(
    f"(?i:{_alternation(_EN_CANONICAL)})(?![A-Za-z])",
)
_DOMAIN = re.compile(r"[a-z0-9-]{2,30}\.(?:com|net|org|cn|com\.cn|hk|tw)(?![\w.])")
_EN_WORD = re.compile(f"(?i:{_alternation(EN_CREDIT_WORDS)})(?![A-Za-z])")
# A word of the credit: initials, a capitalised word, a particle, or a short code before a
# slash (SI2/Handout: the Solar Impulse team's own credit).
_LATIN_WORD = re.compile(
    r"(?:[A-Z]\.){1,3}(?![A-Za-z])|(?:Jr|Sr|St)\.|[A-Z]{2,4}\d{1,2}(?=/)|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]*"
    r"(?:-[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’]*)*"
    r"|(?:van|von|de|der|den|da|di|del|la|le|du|bin|al|el|dos|das|y|of)(?=\s+[A-Z])"
)
# Christchurch city council: lowercase words that end an organisation's name
_LOWER_ORG_TAIL = re.compile(r"(?:\s+[a-z]+){1,3}(?=\s*(?:[/|,)\]]|$))")
_LATIN_GAP = re.compile(r"[^\S\n]+(?:(?:and|&)[^\S\n]+)?")
_SEPARATORS = {"(": "(", ")": ")", "[": "(", "]": ")", "/": "/", "|": "/", ":": ":", ",": ","}
_NAME_BREAK = "、"
_AP_HASHTAG = re.compile(r"#AP ?Photo(?![A-Za-z])")
# Printed around a credit but naming no one: a copyright year, a social media handle.
_DECORATION = re.compile(r"(?:19|20)\d\d(?!\d)(?![年月/.-])|\(@[\w.]+\)")
_STATIONED = re.compile(f"驻[{HAN}]{{1,5}}?(?:摄影记者|记者)")  # 驻华盛顿记者
# "Photo" closing a capitalised run is the end of a picture agency's name (Color China Photo).
_AGENCY_PHOTO_WORD = re.compile(r"\s+Photos?(?=\s*[)/]|\s*\Z)")


def tokenize(text: str, shade: str, start: int) -> list[Token] | None:
    """Tokens of ``text[start:]``, or ``None`` as soon as something is no credit word."""
    tokens: list[Token] = []
    i, n = start, len(shade)
    while i < n:
        ch = shade[i]
        if ch.isspace() or ch == _NAME_BREAK:
            i += 1
            continue
        decoration = _DECORATION.match(shade, i) if tokens else None
        if decoration:  # © AFP 2023, (@handle)
            tokens.append(Token("y", i, decoration.end(), ""))
            i = decoration.end()
            continue
        found = _separator(shade, i, tokens) or _date(shade, i)
        if found is None and _HAN_CHAR.match(ch):
            found = _han_word(text, shade, i, tokens)
        elif found is None and ch.isalpha() and not is_han(ch):
            found = _mixed_agency(text, shade, i) or _latin(text, shade, i)
        elif found is None and ch == "©":
            found = Token("c", i, i + 1, "©")
        elif found is None and _AP_HASHTAG.match(shade, i):  # #APPhoto by X, on social media
            tag = _AP_HASHTAG.match(shade, i)
            tokens.append(Token("G", i, i + 3, "AP"))
            found = Token("p", i + 3, tag.end(), text[i + 3 : tag.end()])
        elif found is None and ch in NAME_DOTS and tokens and tokens[-1].kind == "N":
            found = Token("N", i, i + 1, ch)
        if found is None:
            if ch == "." and not shade[i + 1 :].strip():
                break  # a full stop closing the credit
            return None
        if found.kind == "N" and tokens and tokens[-1].kind == "N":
            if _two_latin_names(tokens[-1], found):
                return None  # Mount Everest / Nirmal Purja: a line break is no list of names
            if _continues_name(tokens[-1], found):
                found = Token("N", tokens[-1].start, found.end, text[tokens[-1].start : found.end])
                tokens.pop()
        tokens.append(found)
        i = found.end
    return tokens


def _mixed_agency(text: str, shade: str, i: int) -> Token | None:
    """A picture agency whose name starts in Latin letters and goes on in Han (C视觉)."""
    agency = _PICTURE_AGENCY.match(shade, i)
    if agency is None or not _HAN_CHAR.search(agency.group()):
        return None
    return Token("V", i, agency.end(), text[i : agency.end()])


def _two_latin_names(last: Token, found: Token) -> bool:
    """Latin names in a list are joined by a comma or "and"; side by side they are two lines."""
    return is_latin(found.value) and is_latin(last.value)


def _continues_name(last: Token, found: Token) -> bool:
    """A Han character right after a Han name, with no gap, belongs to that name."""
    return last.end == found.start and not is_latin(found.value) and not is_latin(last.value)


def _separator(shade: str, i: int, before: list[Token]) -> Token | None:
    ch = shade[i]
    if ch in _SEPARATORS:
        return Token(_SEPARATORS[ch], i, i + 1, ch)
    spaced = shade[i - 1 : i].isspace() and shade[i + 1 : i + 2].isspace()
    after_agency = bool(before) and before[-1].kind == "G" and before[-1].end == i
    if ch in "-–—" and (spaced or after_agency):
        return Token("/", i, i + 1, ch)  # AFP PHOTO - NAME, AFP-Yonhap
    return None


def _date(shade: str, i: int) -> Token | None:
    if not (shade[i].isdigit() or shade[i] in "民〇零一二三四五六七八九十"):
        return None
    m = _DATE.match(shade, i)
    return Token("Y", i, m.end(), m.group()) if m else None


def _han_word(text: str, shade: str, i: int, before: list[Token]) -> Token:
    """The credit word starting at ``i``, or one character of a name."""
    prose = _NOT_ROLE.match(shade, i)
    if prose:
        return Token("X", i, prose.end(), prose.group())
    staff = _STAFF.match(shade, i) or _STATIONED.match(shade, i)
    if staff:
        return Token(_staff_kind(staff.group()), i, staff.end(), text[i : staff.end()])
    reporter = _OUTLET_REPORTER.match(shade, i)
    if reporter:
        kind = _staff_kind(reporter.group())
        return Token(kind, i, reporter.end(), text[i : reporter.end("outlet")])
    for regex, kind in ((_PICTURE_AGENCY, "V"), (_NEWS_AGENCY, "G")):
        agency = regex.match(shade, i)
        if agency:
            glued = bool(before) and before[-1].kind == "N" and before[-1].end == i
            if glued and not is_latin(before[-1].value):
                return Token("N", i, agency.end(), text[i : agency.end()])  # 香港中通社
            return Token(kind, i, agency.end(), text[i : agency.end()])
    if shade[i] == "发" and before and before[-1].kind in "GV" and before[-1].end == i:
        return Token("R", i, i + 1, "发")
    role = _ROLE.match(shade, i)
    if shade[i] == "文" and _standalone(shade, i) and not (role and len(role.group()) > 1):
        return Token("w", i, i + 1, "文")  # 薛敏/文 张轶伦/摄: the writer, not a photographer
    if role and _role_fits(shade, i, role.group(), before):
        return Token(ZH_ROLE_WORDS[role.group()], i, role.end(), role.group())
    place = _PLACE.match(shade, i)
    if place and before and before[-1].kind == "N":
        return Token("P", i, place.end(), text[i : place.end()])
    return Token("N", i, i + 1, text[i])


def _standalone(shade: str, i: int) -> bool:
    before = shade[i - 1 : i]
    after = shade[i + 1 : i + 2]
    return (before in ("", " ", "/") or before.isspace()) and (after in ("", " ", ")", "/"))


def _staff_kind(word: str) -> str:
    """M for staff whose job is the pictures (摄影记者), who need no 摄 after their name."""
    return "M" if "摄影" in word else "A"


def _role_fits(shade: str, i: int, word: str, before: list[Token]) -> bool:
    """图, 由 and 本报 are role words only where a credit uses them, not inside a name."""
    kind = ZH_ROLE_WORDS[word]
    after = shade[i + len(word) : i + len(word) + 1]
    if kind == "T":
        glued_to_name = bool(before) and before[-1].kind == "N" and before[-1].end == i
        return not glued_to_name or after in ("", " ", ")", "/")
    if kind == "B":
        return "提供" in shade[i:]
    if kind == "Q":
        return not before or before[-1].kind in "(/:,NA"
    if kind == "O":
        return shade.startswith("资料", i + len(word))
    return True


def _latin(text: str, shade: str, i: int) -> Token | None:
    domain = _DOMAIN.match(shade, i) if shade[i - 1 : i] not in (".", "@") else None
    if domain:
        return Token("G", i, domain.end(), text[i : domain.end()])
    agency = _EN_AGENCY.match(shade, i)
    if agency:
        spelled = agency.group()
        exact = next((s for s in _EN_EXACT_CASE if s.casefold() == spelled.casefold()), None)
        if exact is None or spelled in (exact, exact.lower()):  # AP or epa, not "Ap"
            return Token("G", i, agency.end(), _EN_CANONICAL[spelled.casefold()])
    word = _EN_WORD.match(shade, i)
    if word:
        kind = EN_CREDIT_WORDS[word.group().casefold()]
        return Token(kind, i, word.end(), text[i : word.end()])
    return _latin_names(text, shade, i)


def _latin_names(text: str, shade: str, i: int) -> Token | None:
    """A run of capitalised words and initials: ``Jane Doe``, ``K.Y. Cheng and John Roe``."""
    m = _LATIN_WORD.match(shade, i)
    if m is None or m.group()[0].islower():
        return None
    end = m.end()
    while True:
        gap = _LATIN_GAP.match(shade, end)
        if gap is None:
            break
        nxt = gap.end()
        if _EN_AGENCY.match(shade, nxt) or _EN_WORD.match(shade, nxt):
            photo = _AGENCY_PHOTO_WORD.match(shade, end)
            if photo and " " in shade[i:end]:
                end = photo.end()
            break
        word = _LATIN_WORD.match(shade, nxt)
        if word is None:
            break
        end = word.end()
    tail = _LOWER_ORG_TAIL.match(shade, end)
    if tail and tail.group().split()[-1] in _EN_ORG_WORDS:
        end = tail.end()
    if shade[end - 1] == "." and not shade[end:].strip():
        end -= 1  # the full stop closing the credit is not part of the name
    return Token("N", i, end, text[i:end])


def kinds(tokens: list[Token]) -> str:
    """The kinds as one string for the forms to match; a credited source (u) is not read."""
    return "".join(t.kind for t in tokens if t.kind not in "uy")


def canonical_agency(name: str) -> str:
    """``Reuters`` and ``REUTERS`` are one agency; unknown names are kept, spaces tidied."""
    tidy = " ".join(name.split())
    return _EN_CANONICAL.get(tidy.casefold(), tidy)
