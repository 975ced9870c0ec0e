"""Every exported file read back by an independent reader, exiftool.

Skipped only where exiftool is missing and CI is not "true": under CI a missing
exiftool is a failure, so this check can never silently drop out of the build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from photoarchive.export import ExportItem, ExportOptions, run_export
from tests.exiftool import read_tags, require_exiftool
from tests.export.export_samples import CAPTION, TODAY

LONG_CREDIT = "衡阳市祁东县启航学校留守儿童合唱团 供图"  # 58 bytes: over IIM's 32


def gps_tags(tags: dict[str, Any]) -> list[str]:
    return [k for k in tags if "gps" in k.lower()]


def test_exported_files_read_back_with_exiftool(
    tmp_path: Path, make_item: Callable[..., ExportItem]
) -> None:
    exiftool = require_exiftool()
    items = [
        make_item(1),  # fits: original bytes plus metadata
        make_item(2, credit_line=LONG_CREDIT, creators=("祁东县启航学校",)),
        make_item(3, size=(640, 320), orientation=6),  # resized and turned
    ]
    (source,) = read_tags(exiftool, items[0].source_path)
    assert gps_tags(source), "the sample must carry GPS, or the check below proves nothing"

    dest = tmp_path / "set"
    report = run_export(
        items, ExportOptions(purpose="web", destination=dest, max_edge=400, today=TODAY, workers=2)
    )
    files = [dest / row["file"] for row in report.exported]
    read = read_tags(exiftool, *files)
    assert len(read) == 3

    for tags, item in zip(read, items, strict=True):
        assert tags["IPTC:CodedCharacterSet"] == "\x1b%G"
        assert tags["IPTC:Caption-Abstract"] == CAPTION
        assert tags["XMP-dc:Description"] == CAPTION
        assert tags["XMP-photoshop:Credit"] == item.credit_line
        assert tags["IPTC:Headline"] == tags["XMP-photoshop:Headline"] == item.headline
        assert tags["IPTC:Keywords"] == tags["XMP-dc:Subject"] == ["农业", "agriculture"]
        assert tags["XMP-xmpRights:UsageTerms"]
        assert tags["XMP-dc:Rights"] == tags["IPTC:CopyrightNotice"] == "© 衡阳日报"
        assert gps_tags(tags) == []

    assert read[0]["IPTC:Credit"] == "易建军 摄"
    assert read[0]["IPTC:By-line"] == read[0]["XMP-dc:Creator"] == "易建军"
    assert read[1]["IPTC:Credit"] == "衡阳市祁东县启航学校"  # 30 bytes, whole characters
    assert read[1]["XMP-photoshop:Credit"] == LONG_CREDIT
    assert read[2]["IFD0:Orientation"] == 1
    assert (read[2]["File:ImageWidth"], read[2]["File:ImageHeight"]) == (200, 400)

    shortened = [w for w in report.warnings if "IIM credit (2:110) shortened" in w]
    assert len(shortened) == 1 and shortened[0].startswith("photo 2 (")


def test_missing_exiftool_fails_under_ci_and_skips_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no exiftool on it
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        require_exiftool()
    monkeypatch.setenv("CI", "false")
    with pytest.raises(pytest.skip.Exception):
        require_exiftool()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        require_exiftool()
