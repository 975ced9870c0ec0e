"""What to say when a search finds nothing, because the query itself cannot match.

A query that finds nothing is usually an answer; some are a mistake the user
cannot see: a wildcard (every search already finds any run of characters, so
``水稻*`` looks for a star) or a theme the archive does not have.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from photoarchive.errors import QuerySyntaxError
from photoarchive.search import query as q

WILDCARDS = "*?？＊"


def no_hit_hints(text: str, themes: Iterable[str]) -> list[str]:
    """Hints for a query that found nothing; ``themes`` are every theme key and label."""
    try:
        tree = q.parse(text)
    except QuerySyntaxError:
        return []
    known = {t.casefold() for t in themes}
    hints: list[str] = []
    for node in _leaves(tree):
        if isinstance(node, q.Text) and any(ch in node.text for ch in WILDCARDS):
            plain = node.text.strip(WILDCARDS) or node.text
            hints.append(
                f"'{node.text}' is searched as written, '*' and '?' included; every search "
                f"already finds any run of characters, so search {plain} instead."
            )
        elif isinstance(node, q.Theme) and node.text.casefold() not in known:
            hints.append(
                f"There is no theme '{node.text}'. List the themes with `photoarchive themes`."
            )
    return hints


def _leaves(node: q.Node) -> Iterator[q.Node]:
    if isinstance(node, (q.And, q.Or)):
        for item in node.items:
            yield from _leaves(item)
    elif isinstance(node, q.Not):
        yield from _leaves(node.item)
    else:
        yield node
