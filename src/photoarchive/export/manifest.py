"""The papers that travel with a set: manifest.csv, manifest.json and credits.txt.

The manifest lets the receiving desk check every file (sha256) and see its
rights without opening it; credits.txt holds the credit lines ready to print
under the set.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from datetime import date
from typing import Any

MANIFEST_COLUMNS = (
    "photo_id",
    "file",
    "sha256",
    "caption",
    "credit",
    "licence",
    "usage_terms",
    "purpose",
    "width",
    "height",
    "bytes",
)
MANIFEST_CSV = "manifest.csv"
MANIFEST_JSON = "manifest.json"
CREDITS_TXT = "credits.txt"


def manifest_csv(rows: Sequence[dict[str, Any]]) -> bytes:
    """CSV with a BOM, so spreadsheet programs open the Chinese as UTF-8."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=MANIFEST_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if row.get(k) is None else row[k] for k in MANIFEST_COLUMNS})
    return out.getvalue().encode("utf-8-sig")


def manifest_json(rows: Sequence[dict[str, Any]], purpose: str, today: date) -> bytes:
    body = {
        "purpose": purpose,
        "date": today.isoformat(),
        "photos": [{k: row.get(k) for k in MANIFEST_COLUMNS} for row in rows],
    }
    return (json.dumps(body, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def credits_text(rows: Sequence[dict[str, Any]], purpose: str, today: date) -> bytes:
    """One line per photo, then every distinct credit once, in the order of the set."""
    lines = [f"Credits ({purpose}, {today.isoformat()})", ""]
    for row in rows:
        lines.append(f"{row['file']}\t{row.get('credit') or '(no credit)'}")
    distinct = list(dict.fromkeys(row["credit"] for row in rows if row.get("credit")))
    if distinct:
        lines += ["", " / ".join(distinct)]
    return ("\n".join(lines) + "\n").encode("utf-8")
