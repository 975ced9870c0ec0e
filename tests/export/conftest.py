"""Fixtures: export items over real JPEGs made with Pillow (see export_samples)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from photoarchive.export import ExportItem
from tests.export.export_samples import CAPTION, STAFF, make_jpeg


@pytest.fixture
def originals(tmp_path: Path) -> Path:
    return tmp_path / "library" / "originals"


@pytest.fixture
def make_item(originals: Path) -> Callable[..., ExportItem]:
    """An ExportItem over a fresh JPEG; keyword arguments override fields or the image."""

    def build(photo_id: int, **fields: Any) -> ExportItem:
        image_args = {k: fields.pop(k) for k in ("size", "orientation", "gps") if k in fields}
        path = make_jpeg(originals / f"{photo_id:04d}.jpg", seed=photo_id, **image_args)
        item = ExportItem(
            photo_id=photo_id,
            source_path=path,
            taken_at=date(2024, 7, 23),
            caption=CAPTION,
            headline="衡阳：创新引领 开放崛起",
            credit_line="易建军 摄",
            creators=("易建军",),
            source="衡阳日报",
            keywords=("农业", "agriculture"),
            subject_codes=("04001000",),
            licence=STAFF,
        )
        return replace(item, **fields)

    return build
