"""The query language editors type, parsed into a small tree.

    水稻 衡山              both terms (AND is implied; AND may be written)
    "杂交 水稻"            a phrase (spaces between Chinese characters do not count)
    水稻 OR 小麦           either; OR binds looser than AND
    NOT 南岳, -南岳        without
    (水稻 OR 小麦) 衡阳    grouping
    credit:罗盟  feature:衡阳  caption:水稻  theme:农业
    taken:2021-09..2021-10  taken:2021-09-27  taken:..2021  date:2021 (feature date)

Full-width forms (（ ） ： ＂ －) are read as their ASCII twins. Every mistake
raises :class:`QuerySyntaxError` with a message that says how to fix it.
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass

from photoarchive.errors import QuerySyntaxError
from photoarchive.search.query_dates import parse_date_range

TEXT_FIELDS = ("caption", "credit", "feature")
FIELDS = (*TEXT_FIELDS, "theme", "taken", "date")
_FIELD_LIST = ", ".join(f"{name}:" for name in FIELDS)


@dataclass(frozen=True, slots=True)
class Text:
    """A term or phrase; ``field`` None searches every text field."""

    text: str
    field: str | None = None


@dataclass(frozen=True, slots=True)
class Theme:
    text: str


@dataclass(frozen=True, slots=True)
class DateRange:
    """Inclusive range on ``field`` ("taken" or "date"); None is open-ended."""

    field: str
    start: datetime.date | None
    end: datetime.date | None


@dataclass(frozen=True, slots=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True, slots=True)
class Not:
    item: Node


Node = Text | Theme | DateRange | And | Or | Not


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # WORD PHRASE LPAREN RPAREN OR AND NOT MINUS FIELD
    text: str = ""


def parse(query: str) -> Node:
    """Parse ``query`` into a tree, or raise :class:`QuerySyntaxError`."""
    visible = "".join(ch for ch in query if unicodedata.category(ch) != "Cf")  # ZWSP, BOM
    tokens = _tokenize(unicodedata.normalize("NFKC", visible))
    if not tokens:
        raise QuerySyntaxError(
            "The search is empty.", hint="Type a word or name, e.g. 水稻 or credit:罗盟."
        )
    parser = _Parser(tokens)
    return parser.parse()


def _tokenize(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, size = 0, len(query)
    while i < size:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(_Token("LPAREN" if ch == "(" else "RPAREN"))
            i += 1
        elif ch == '"':
            end = query.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError(
                    f"The quote before {query[i + 1 : i + 11]!r} is never closed.",
                    hint='Add the closing " or remove the opening one.',
                )
            tokens.append(_Token("PHRASE", query[i + 1 : end]))
            i = end + 1
        elif ch == "-":
            if i + 1 >= size or query[i + 1].isspace() or query[i + 1] == ")":
                raise QuerySyntaxError(
                    "A '-' must be followed by what to leave out.", hint="For example: 衡山 -南岳"
                )
            tokens.append(_Token("MINUS"))
            i += 1
        else:
            end = i
            while end < size and not query[end].isspace() and query[end] not in '()"':
                end += 1
            tokens.extend(_word_tokens(query[i:end]))
            i = end
    return tokens


def _word_tokens(word: str) -> list[_Token]:
    if word in ("OR", "AND", "NOT"):
        return [_Token(word)]
    name, colon, rest = word.partition(":")
    if colon and name.isascii() and name.isalpha():
        field = name.lower()
        if field not in FIELDS:
            raise QuerySyntaxError(
                f"There is no field called '{name}:'.", hint=f"Fields are {_FIELD_LIST}."
            )
        return [_Token("FIELD", field)] + ([_Token("WORD", rest)] if rest else [])
    return [_Token("WORD", word)]


MAX_NESTING = 32  # brackets inside brackets; far beyond any query a person writes


class _Parser:
    """Recursive descent: expr = and (OR and)*; and = unary+; unary = NOT unary | primary."""

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.pos = 0
        self.depth = 0  # brackets open around the current token

    def peek(self) -> _Token | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self) -> _Token:
        token = self.tokens[self.pos]
        self.pos += 1
        return token

    def parse(self) -> Node:
        node = self.expr(field=None)
        token = self.peek()
        if token is not None:  # only a stray ')' stops expr early
            raise QuerySyntaxError(
                "There is a ')' without a matching '('.", hint="Remove it or add the '('."
            )
        return node

    def expr(self, field: str | None) -> Node:
        items = [self.conjunction(field)]
        while (token := self.peek()) is not None and token.kind == "OR":
            self.take()
            if self.peek() is None or self.peek().kind in ("RPAREN", "OR"):
                raise QuerySyntaxError(
                    "OR needs something on both sides.", hint="For example: 水稻 OR 小麦"
                )
            items.append(self.conjunction(field))
        return items[0] if len(items) == 1 else Or(tuple(items))

    def conjunction(self, field: str | None) -> Node:
        items: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("OR", "RPAREN"):
            if token.kind == "AND":
                self.take()
                if not items or self.peek() is None or self.peek().kind in ("OR", "RPAREN", "AND"):
                    raise QuerySyntaxError(
                        "AND needs something on both sides.", hint="For example: 水稻 AND 衡阳"
                    )
                continue
            items.append(self.unary(field))
        if not items:
            raise QuerySyntaxError(
                "OR needs something on both sides."
                if token and token.kind == "OR"
                else "Empty brackets '()' or nothing to search for.",
                hint="Put a word between the operators, e.g. 水稻 OR 小麦.",
            )
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self, field: str | None) -> Node:
        token = self.take()
        negations = 0
        while token.kind in ("NOT", "MINUS"):  # a loop, so that NOT NOT … NOT x cannot recurse
            following = self.peek()
            if following is None or following.kind in ("OR", "AND", "RPAREN"):
                raise QuerySyntaxError(
                    "NOT needs something after it.", hint="For example: 衡山 NOT 南岳"
                )
            negations += 1
            token = self.take()
        node = self.primary(token, field)
        return Not(node) if negations % 2 else node

    def primary(self, token: _Token, field: str | None) -> Node:
        if token.kind == "LPAREN":
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise QuerySyntaxError(
                    f"Brackets are nested more than {MAX_NESTING} deep.",
                    hint="Write the query with fewer brackets inside each other.",
                )
            node = self.expr(field)
            self.depth -= 1
            if self.peek() is None:
                raise QuerySyntaxError(
                    "A '(' is never closed.", hint="Add the missing ')' or remove the '('."
                )
            self.take()
            return node
        if token.kind == "FIELD":
            if field is not None:
                raise QuerySyntaxError(
                    f"'{token.text}:' cannot be used inside '{field}:(…)'.",
                    hint="Put each field prefix on its own term.",
                )
            return self.field_value(token.text)
        if token.kind in ("WORD", "PHRASE"):
            return self.leaf(token, field)
        raise QuerySyntaxError(  # only a ')' reaches here
            "There is a ')' without a matching '('.", hint="Remove it or add the '('."
        )

    def field_value(self, field: str) -> Node:
        token = self.peek()
        if token is None or token.kind not in ("WORD", "PHRASE", "LPAREN"):
            raise QuerySyntaxError(
                f"'{field}:' needs a value right after it.", hint=_example(field)
            )
        self.take()
        if field in ("taken", "date"):
            if token.kind != "WORD":
                raise QuerySyntaxError(
                    f"'{field}:' takes a date, not a group.", hint=_example(field)
                )
            start, end = parse_date_range(field, token.text)
            return DateRange("taken" if field == "taken" else "date", start, end)
        if token.kind == "LPAREN":
            return self.primary(token, field)
        return self.leaf(token, field)

    @staticmethod
    def leaf(token: _Token, field: str | None) -> Node:
        if not token.text.strip():
            raise QuerySyntaxError(
                'An empty phrase "" matches nothing.', hint="Type some text between the quotes."
            )
        if field == "theme":
            return Theme(token.text)
        return Text(token.text, field)


def _example(field: str) -> str:
    examples = {
        "credit": "For example: credit:罗盟",
        "feature": "For example: feature:衡阳",
        "caption": "For example: caption:水稻",
        "theme": "For example: theme:agriculture or theme:农业",
        "taken": "For example: taken:2021-09-27, taken:2021-09..2021-10 or taken:..2021",
        "date": "For example: date:2021-09-27, date:2021-09..2021-10 or date:2021..",
    }
    return examples[field]
