"""Large catalogues made fast: rows inserted with SQLAlchemy core executemany.

Importing 20,000 real photos would take minutes; browsing only needs the rows,
so these helpers write features, credits and photos straight into a real
library's catalogue. Thumbnails can share one real JPEG (hard links), because
the grid finds a thumbnail by the photo's SHA-256.
"""

from __future__ import annotations

import hashlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw
from sqlalchemy import insert

from photoarchive.catalogue.models import (
    Contributor,
    Credit,
    CreditContributor,
    Feature,
    FeatureCaption,
    Photo,
)
from photoarchive.library import Library

PLACES = ("衡阳", "南岳", "耒阳", "常宁", "祁东", "衡山", "珠晖区", "雁峰区", "蒸湘区", "石鼓区")
SUBJECTS = (
    "杂交水稻丰收",
    "变压器调试",
    "留守儿童合唱",
    "数字经济走廊",
    "农村改厕",
    "灯塔工厂",
    "工业旅游",
    "高铁站建设",
    "龙舟赛",
    "茶园采摘",
)
NAMES = ("罗盟", "曹正平", "易建军", "周围", "罗铭", "李苗", "唐曦", "王卫全")


@dataclass(frozen=True, slots=True)
class Synthetic:
    photos: int
    features: int
    first_id: int
    no_credit: int  # photos without a credit
    per_name: dict[str, int]  # photos credited to each contributor


def caption_for(i: int) -> str:
    place, subject = PLACES[i % len(PLACES)], SUBJECTS[(i // 3) % len(SUBJECTS)]
    return f"{9 + i % 3}月{1 + i % 28}日，{place}{subject}现场（第{i}号）。图为{place}的{subject}。"


def fill_catalogue(
    library: Library, photos: int, *, photos_per_feature: int = 10, thumbnails: int = 0
) -> Synthetic:
    """Insert ``photos`` photos in features of ``photos_per_feature``; every 10th lacks a credit.

    The first ``thumbnails`` photos get a thumbnail file (hard links to one JPEG).
    """
    engine = library.catalogue.engine
    n_features = max(1, photos // photos_per_feature)
    per_name = dict.fromkeys(NAMES, 0)
    with engine.begin() as conn:
        conn.execute(
            insert(Contributor.__table__),
            [{"name": n, "kind": "person", "aliases": []} for n in NAMES],
        )
        conn.execute(
            insert(Feature.__table__),
            [
                {
                    "title": f"{PLACES[f % len(PLACES)]}专题 {f + 1}",
                    "byline": ["李苗"],
                    "body": "",
                    "paragraph_count": 1,
                    "source_file": f"feature{f + 1}.txt",
                    "text_sha256": _sha(f"feature{f}"),
                    "encoding": "utf-8",
                }
                for f in range(n_features)
            ],
        )
        conn.execute(
            insert(Credit.__table__),
            [
                {"as_printed": f"{NAMES[i % len(NAMES)]} 摄", "role": "photographer"}
                for i in range(photos)
            ],
        )
        conn.execute(
            insert(CreditContributor.__table__),
            [
                {"credit_id": i + 1, "position": 1, "contributor_id": i % len(NAMES) + 1}
                for i in range(photos)
            ],
        )
        rows, captions = [], []
        no_credit = 0
        for i in range(photos):
            feature, position = i // photos_per_feature + 1, i % photos_per_feature + 1
            feature = min(feature, n_features)
            has_credit = i % 10 != 9
            no_credit += not has_credit
            if has_credit:
                per_name[NAMES[i % len(NAMES)]] += 1
            sha = _sha(f"photo{i}")
            rows.append(
                {
                    "sha256": sha,
                    "original_name": f"img{i + 1}.jpg",
                    "stored_path": f"originals/{sha[:2]}/{sha}.jpg",
                    "format": "JPEG",
                    "width": 4000,
                    "height": 3000,
                    "bytes": 3_000_000,
                    "taken_at": f"2021-09-{1 + i % 28:02d}T10:00:00",
                    "caption": caption_for(i),
                    "embedded_byline": [],
                    "embedded_keywords": [],
                    "credit_id": i + 1 if has_credit else None,
                    "feature_id": feature,
                    "position": position,
                }
            )
            captions.append(
                {
                    "feature_id": feature,
                    "position": position,
                    "text": caption_for(i),
                    "credit_as_printed": "",
                    "credit_role": "photographer",
                }
            )
        conn.execute(insert(Photo.__table__), rows)
        conn.execute(insert(FeatureCaption.__table__), _unique(captions))
        conn.exec_driver_sql(  # each photo printed by its feature, as an import records it
            "INSERT INTO publication (photo_id, caption_id, created_at)"
            " SELECT photo.id, feature_caption.id, photo.created_at FROM photo"
            " JOIN feature_caption ON feature_caption.feature_id = photo.feature_id"
            " AND feature_caption.position = photo.position"
        )
    if thumbnails:
        link_thumbnails(library, [r["sha256"] for r in rows[:thumbnails]])
    return Synthetic(photos, n_features, 1, no_credit, per_name)


def _unique(captions: list[dict]) -> list[dict]:
    seen: set[tuple[int, int]] = set()
    out = []
    for c in captions:
        key = (c["feature_id"], c["position"])
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def sample_thumbnail() -> bytes:
    image = Image.new("RGB", (512, 341), (70, 110, 150))
    draw = ImageDraw.Draw(image)
    draw.ellipse([180, 80, 330, 230], fill=(240, 200, 90))
    draw.rectangle([0, 260, 512, 341], fill=(60, 90, 60))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def link_thumbnails(library: Library, shas: list[str]) -> None:
    """One real JPEG, hard-linked under each photo's thumbnail path."""
    shared = library.root / "shared-thumbnail.jpg"
    shared.write_bytes(sample_thumbnail())
    for sha in shas:
        target: Path = library.store.thumbnail_path(sha)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not target.exists():
            os.link(shared, target)
