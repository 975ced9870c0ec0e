"""Which agencies a credit names beside its people, by where each one stands.

A wire credit strings agencies and people together with slashes, "via" and
"Photo" (``EFE/EPA/JIM LO SCALZO``, ``X/AFP via Getty Images``, ``AP Photo/X``);
their place in the line says whether an agency is a person's employer, the one
that handed the picture on, or only the name of the credit line.
"""

from __future__ import annotations

from itertools import pairwise

from photoarchive.captions.credit_tokens import Token
from photoarchive.captions.model import Contributor, ContributorKind


def printed_agencies(tokens: list[Token]) -> tuple[list[str], list[str], list[str], list[str]]:
    """The agencies printed before the first name, after it, before "via" and before "Photo".

    Agencies before a name are its chain (``EFE/EPA/JIM LO SCALZO``: he works
    for the last of them); those after it handed the picture on (``X/AFP via
    Getty Images``); one before "via" is the picture's source (``Action Images
    via Reuters/X``); one before "Photo" names the credit line (``AP Photo/X``)
    and is no contributor of its own.
    """
    first = next((i for i, t in enumerate(tokens) if t.kind == "N"), len(tokens))
    chain = [t.value for t in tokens[:first] if t.kind in "GV"]
    after = [t.value for t in tokens[first:] if t.kind in "GV"]
    pairs = list(pairwise(tokens[: first + 1]))
    via = [t.value for t, nxt in pairs if t.kind in "GV" and nxt.kind == "v"]
    lines = [t.value for t, nxt in pairs if t.kind in "GV" and nxt.kind == "p"]
    return chain, after, via, lines


def with_agencies(
    contributors: list[Contributor],
    chain: list[str],
    after: list[str],
    via: list[str],
    lines: list[str],
    agency: str | None,
) -> list[Contributor]:
    """The contributors with the agencies a credit names beside its people.

    With no person named, the agencies printed are credited (``REUTERS/KCNA``,
    ``The Washington Post/Getty Images/CFP``); with a person, the agencies that
    handed the picture on after them, and a source before "via".
    """
    named = {c.name for c in contributors}
    front: list[str] = []
    if not contributors:
        back = chain + after
    elif not any(c.kind is ContributorKind.PERSON for c in contributors):
        front = [a for a in chain if a not in lines]  # REUTERS/US Navy/Handout: printed order
        back = after
    else:
        front = via
        back = [a for a in after if a != agency]
        named |= {c.affiliation for c in contributors}
    fresh = [a for a in dict.fromkeys(front + back) if a not in named]
    org = ContributorKind.ORGANIZATION
    return (
        [Contributor(a, org) for a in fresh if a in front]
        + contributors
        + [Contributor(a, org) for a in fresh if a not in front]
    )
