"""Read the credit that closes a caption: tokens, the table of forms, and who is named.

The credit runs to the end of the text and starts at a boundary (after
white space or punctuation, at a bracket, or at an affiliation such as
本报记者 glued to the sentence). Every candidate start is tried, earliest
first, so the longest credit wins (``新华社发（张三 摄）`` over the ``（张三 摄）``
inside it); a start is taken when its tokens fit a form of
:mod:`credit_forms` and every name in them reads as a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from photoarchive.captions.credit_agencies import printed_agencies, with_agencies
from photoarchive.captions.credit_forms import FORMS, CreditForm
from photoarchive.captions.credit_tokens import Token, kinds, tokenize
from photoarchive.captions.lexicon import (
    ACCOUNT_SUFFIXES,
    CN_AGENCIES,
    EN_OUTLETS,
    HAN,
    HANDOUT_DESCRIPTORS,
    OUTLET_SUFFIXES,
    STAFF_AFFILIATIONS,
)
from photoarchive.captions.model import (
    Contributor,
    ContributorKind,
    Credit,
    CreditRole,
    NameGuess,
)
from photoarchive.captions.names import is_latin
from photoarchive.captions.orgs import is_organization
from photoarchive.captions.people import read_people
from photoarchive.captions.script import shadow

OUTLETS = frozenset(EN_OUTLETS)
_PLATFORM = re.compile("(?i:facebook|instagram|youtube|twitter|x|ptt|脸书|臉書|微博|抖音)")
# Words that make the body a photo is credited to an institution handing it out.
_INSTITUTION = re.compile(
    r"\b(?:House|Office|Ministry|Department|Government|Navy|Army|Air Force|Police|Embassy|"
    r"Museum|University|Council|Presidency|Kremlin|NASA|Agency)\b"
)
_OUTLET = re.compile(
    "[{}]{{1,8}}(?:{})".format(HAN, "|".join(re.escape(x) for x in OUTLET_SUFFIXES if len(x) > 1))
    + f"|[{HAN}]{{2,8}}[社报台]"
)
# Credits are short: no start further back than this from the end is tried.
MAX_CREDIT_CHARS = 120
_BOUNDARY = frozenset(' \t\n。.!！?？;；,，、:：)）]】"”」』…—–|/')
_SENTENCE_END = frozenset("。.!！?？;；…”」』")
_GLUED_OPENER = re.compile(
    "|".join(re.escape(w) for w in sorted(STAFF_AFFILIATIONS, key=len, reverse=True))
    + "|(?:{})(?:记者|发)".format("|".join(re.escape(a) for a in CN_AGENCIES))
)


@dataclass(frozen=True, slots=True)
class CreditMatch:
    """A credit found in a text: it starts at ``start`` and runs to the end."""

    start: int
    credit: Credit
    rule: str
    tokens: tuple[Token, ...] = ()

    def explain(self) -> list[dict[str, str]]:
        """The tokens read, for a dry run: kind and text as printed."""
        return [{"kind": KIND_NAMES.get(t.kind, t.kind), "text": t.value} for t in self.tokens]


KIND_NAMES = {
    "A": "affiliation",
    "M": "affiliation",
    "G": "agency",
    "V": "agency",
    "R": "released",
    "S": "role",
    "H": "role",
    "L": "role",
    "D": "role",
    "W": "role",
    "T": "role",
    "F": "file",
    "B": "role",
    "O": "owner",
    "P": "place",
    "Y": "date",
    "N": "names",
    "p": "photo",
    "b": "by",
    "v": "via",
    "f": "for",
    "C": "courtesy",
    "o": "pool",
    "c": "copyright",
}


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple[CreditForm, re.Pattern[str]], ...]:
    return tuple((form, form.compiled()) for form in FORMS)


def find_credit(text: str) -> CreditMatch | None:
    """The longest credit that closes ``text``, or ``None``."""
    text = text.rstrip()
    if not text:
        return None
    shade = shadow(text)
    for start in candidate_starts(shade):
        tokens = tokenize(text, shade, start)
        if tokens:
            found = read_tokens(text, shade, start, tokens)
            if found is not None:
                return found
    return None


def candidate_starts(shade: str) -> list[int]:
    """Where a credit may start: after a boundary, at a bracket, or at a glued affiliation."""
    starts = []
    for i in range(max(0, len(shade) - MAX_CREDIT_CHARS), len(shade)):
        ch = shade[i]
        if ch.isspace():
            continue
        before = shade[i - 1] if i else " "
        if before in _BOUNDARY or before.isspace() or ch in "([©" or _GLUED_OPENER.match(shade, i):
            starts.append(i)
    return starts


def read_tokens(text: str, shade: str, start: int, tokens: list[Token]) -> CreditMatch | None:
    """The credit these tokens spell: bare, in brackets, after 新华社发, or with a source tag."""
    strong = _after_sentence(shade, start) or shade[start] == "("
    for part, source in _readings(tokens):
        for form, pattern in _compiled():
            if not pattern.fullmatch(kinds(part)):
                continue
            if form.after_sentence and not _after_gap(shade, start):
                continue
            if form.strong_only and not strong:
                continue
            if form.name.startswith("en-") and not _latin(part):
                continue
            credit = build_credit(form, part, _printed(text, start, tokens, part), strong=strong)
            if credit is not None:
                return CreditMatch(start, _sourced(credit, source), form.name, tuple(tokens))
    return None


def _printed(text: str, start: int, tokens: list[Token], part: list[Token]) -> str:
    """The credit as printed: all of it, less a writer's part around it (薛敏/文)."""
    if any(t.kind == "w" for t in tokens) and part:
        return text[part[0].start : part[-1].end].strip()
    return text[start:].strip()


def _readings(tokens: list[Token]) -> list[tuple[list[Token], str | None]]:
    """Ways to read a credit's tokens, each with the agency that distributed it, if any.

    ``（张三 摄）`` is read without its brackets (a lone opening bracket too, as
    damaged text prints it); ``新华社发（…）`` and a source tag after the
    credit (``张三摄（人民视觉）``, ``张三摄/光明图片``, ``摄（新华网、中国政府网）``)
    name the distributor: an agency makes the credit an agency credit, an
    outlet or column name is dropped. A writer's part (``薛敏/文``, ``厉苒苒 文``)
    before or after the photographer's is set aside.
    """
    readings: list[tuple[list[Token], str | None]] = [(tokens, None)]
    sequence = kinds(tokens)
    if sequence.startswith("(") and sequence.endswith(")"):
        readings.append((tokens[1:-1], None))
        if sequence.startswith("((") and sequence.count("(") > sequence.count(")"):
            readings.append((tokens[2:-1], None))  # ( (Photo credit should read …)
    elif sequence.startswith("(") and ")" not in sequence:
        readings.append((tokens[1:], None))
    elif sequence.endswith(")") and "(" not in sequence:
        readings.append((tokens[:-1], None))  # … Photo by Lian Zhen/Xinhua)
    if re.match("[GV]R", sequence) and len(tokens) > 2:
        inner = tokens[2:]
        if kinds(inner).startswith("(") and kinds(inner).endswith(")"):
            inner = inner[1:-1]
        readings.append((inner, tokens[0].value))
    tag = _source_tag(sequence)
    if tag is not None:
        cut, named = tag
        if named:
            source = [t for t in tokens[cut:] if t.kind in "NGV"]
            readings.append(
                (tokens[:cut] + [Token("u", t.start, t.end, t.value) for t in source], None)
            )
        else:
            readings.append((tokens[:cut], _agency_tag(tokens[cut:])))
    for part, source in list(readings):
        writer = _WRITER.search(kinds(part))
        if writer:
            kept = part[: writer.start()] + part[writer.end() :]
            readings.append((kept, source))
    return readings


_WRITER = re.compile("(?:[AM][/:]?)?N+/?w")
_TAG = re.compile(
    r"(?<=[SH])(?:\((?P<a>[GVN]+R?)\)|/(?P<b>[GV])|\((?P<c>N+)\)|\(U:?(?P<d>[GVN]+)\))$"
)


def _source_tag(sequence: str) -> tuple[int, bool] | None:
    """Where a source tag after the role word starts, and whether it names its source.

    ``（图片来源：中国军网）`` names the source, which is then credited too.
    """
    m = _TAG.search(sequence)
    if m is None:
        return None
    return m.start(), m.group("d") is not None


def _agency_tag(tokens: list[Token]) -> str | None:
    """The agency a source tag names; a website (新华网、中国政府网) is no distributor."""
    for t in tokens:
        if t.kind == "V" or (t.kind == "G" and not shadow(t.value).endswith("网")):
            return t.value
    return None


def _sourced(credit: Credit, agency: str | None) -> Credit:
    """The credit distributed by ``agency``: its people work for it, and it is an agency credit."""
    if agency is None:
        return credit
    people = tuple(
        Contributor(c.name, c.kind, c.affiliation or agency) for c in credit.contributors
    )
    role = credit.role if credit.role in (CreditRole.HANDOUT, CreditRole.GRAPHIC) else None
    return Credit(
        credit.as_printed,
        role or CreditRole.AGENCY,
        people,
        credit.usage_notes,
        credit.guesses,
    )


def build_credit(
    form: CreditForm, tokens: list[Token], printed: str, *, strong: bool = False
) -> Credit | None:
    """The credit a form's tokens state, or ``None`` when a name does not read as one.

    ``strong``: the credit stands in brackets or after a full sentence, which
    vouches for a name whose surname the table does not know (还月亮, 泱波).
    """
    chain, after, via, lines = printed_agencies(tokens)
    agency = chain[-1] if chain else (after[0] if after else None)
    runs = name_runs(tokens)
    if form.name == "zh-outlet-alone":
        chunk = runs[0][1][0] if runs and len(runs[0][1]) == 1 else ""
        if not chunk or is_latin(chunk) or not _is_outlet(chunk):
            return None  # （左）, （無人機照片）: an aside, not an outlet
        return Credit(printed, form.role, (Contributor(chunk, ContributorKind.ORGANIZATION),))
    if form.outlet_is_org and not is_organization(" ".join(runs[-1 if form.outlet_last else 0][1])):
        return None  # Jane Doe/John Roe: two names, no outlet
    if form.outlet_last and len(runs) == 2:
        agency = " ".join(runs.pop()[1])
    role = form.role
    if form.outlet_first and len(runs) == 2:
        outlet = " ".join(runs.pop(0)[1])
        agency = outlet.removeprefix("Official ").strip()
        runs = [(agency, chunks) for _, chunks in runs]
        if not form.outlet_is_org and not _INSTITUTION.search(agency):
            role = CreditRole.PHOTOGRAPHER  # Tribune photo by Nancy Stone: the paper's own
    contributors: list[Contributor] = []
    guesses: list[NameGuess] = []
    for n, (affiliation, chunks) in enumerate(runs):
        if (
            n
            and form.role in (CreditRole.AGENCY, CreditRole.HANDOUT)
            and all(is_latin(c) for c in chunks)
        ):  # AFP PHOTO/ARASH KHAMOOSHI/ISNA: who else handed it on
            contributors.extend(Contributor(c, ContributorKind.ORGANIZATION) for c in chunks)
            continue
        if form.any_holder and n == 0 and len(runs) > 1 and _PLATFORM.fullmatch(" ".join(chunks)):
            continue  # 翻攝自Facebook/爆料公社公開版: the page, not the platform it is on
        if form.any_holder:
            holder = _account(
                " ".join(chunks) if all(is_latin(c) for c in chunks) else "".join(chunks)
            )
            if holder and shadow(holder) not in HANDOUT_DESCRIPTORS:
                contributors.append(Contributor(holder, ContributorKind.ORGANIZATION))
            continue
        people = read_people(
            chunks,
            affiliation or (agency if form.names_join_agency else None),
            vouched=affiliation is not None or strong,
            allow_org=form.allow_org,
        )
        if people is None:
            return None
        contributors.extend(people.contributors)
        guesses.extend(people.guesses)
    if form.agency_credited:
        contributors = with_agencies(contributors, chain, after, via, lines, agency)
    if form.source_credited and len(chain) > 1:
        contributors.insert(0, Contributor(chain[-1], ContributorKind.ORGANIZATION, chain[-2]))
    if (
        role is CreditRole.AGENCY
        and agency in OUTLETS
        and all(c.affiliation == agency for c in contributors if c.kind is ContributorKind.PERSON)
        and any(c.kind is ContributorKind.PERSON for c in contributors)
    ):
        role = CreditRole.PHOTOGRAPHER  # Liu Jian / China Daily: the paper's own photographer
    contributors.extend(
        Contributor(t.value, ContributorKind.ORGANIZATION) for t in tokens if t.kind == "u"
    )
    if form.name == "zh-staff-unnamed":
        staff = next(t for t in tokens if t.kind == "A")
        if len(staff.value) == staff.end - staff.start:
            return None  # 记者摄: no one is named, not even the paper
        contributors.append(Contributor(staff.value, ContributorKind.ORGANIZATION))
    elif (
        role is CreditRole.PHOTOGRAPHER
        and contributors
        and all(c.kind is ContributorKind.ORGANIZATION for c in contributors)
    ):
        role = CreditRole.AGENCY  # (圖/台視新聞): a picture credited to an outlet, no person
    if form.role is CreditRole.FILE and any(c.kind is ContributorKind.PERSON for c in contributors):
        return None  # 张三资料图片 is a sentence, not an archive's picture
    return Credit(printed, role, tuple(contributors), guesses=tuple(guesses))


def name_runs(tokens: list[Token]) -> list[tuple[str | None, list[str]]]:
    """Consecutive name tokens, each run with the affiliation printed before it.

    An outlet printed as a word of its own before the names (``香港中通社 陳奕啟
    攝``, ``长江日报 记者史伟``) is their affiliation, not one of them.
    """
    runs: list[tuple[str | None, list[str]]] = []
    affiliation: str | None = None
    previous = ""
    for i, token in enumerate(tokens):
        if token.kind == "," and previous == "N" and _latin_list(tokens, i):
            continue  # Jean Revillard, Bertrand Piccard: one list of names
        if token.kind in "AM" or (
            token.kind == "G" and i + 1 < len(tokens) and tokens[i + 1].kind == "N"
        ):
            affiliation = token.value
        elif token.kind == "N":
            following = tokens[i + 1].kind if i + 1 < len(tokens) else ""
            if previous != "N" and following in ("N", "A", "M") and _is_outlet(token.value):
                affiliation = token.value
                previous = "A"
                continue
            if previous == "N":
                runs[-1][1].append(token.value)
            else:
                runs.append((affiliation, [token.value]))
        previous = token.kind
    return runs


def _latin_list(tokens: list[Token], i: int) -> bool:
    following = tokens[i + 1] if i + 1 < len(tokens) else None
    return following is not None and following.kind == "N" and is_latin(tokens[i - 1].value)


def _account(holder: str) -> str:
    """台灣讚警臉書 -> 台灣讚警: the page or account, not the platform word after it."""
    simple = shadow(holder)
    for suffix in ACCOUNT_SUFFIXES:
        if simple.endswith(suffix) and len(simple) > len(suffix):
            return holder[: -len(suffix)]
    return holder


def _is_outlet(chunk: str) -> bool:
    return bool(_OUTLET.fullmatch(shadow(chunk)))


def _latin(tokens: list[Token]) -> bool:
    """English forms take English names and agencies (新华社 alone is not "Yonhap")."""
    return all(is_latin(t.value) for t in tokens if t.kind in "NGV")


def _after_gap(shade: str, start: int) -> bool:
    """At the start, after a full stop, or after white space: not glued to a word."""
    before = shade[:start]
    stripped = before.rstrip()
    return not stripped or stripped[-1] in _SENTENCE_END or stripped != before


def _after_sentence(shade: str, start: int) -> bool:
    """At the start, after a full stop, or on a line of its own."""
    before = shade[:start]
    stripped = before.rstrip()
    return not stripped or stripped[-1] in _SENTENCE_END or "\n" in before[len(stripped) :]
