"""Files exported through the CLI, read back by an independent reader: exiftool.

Skipped only where exiftool is missing and CI is not "true"; under CI a missing
exiftool fails, so this check never silently drops out of the build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from tests.exiftool import read_tags, require_exiftool
from tests.export_cli.conftest import CLI, Sample


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def gps_tags(tags: dict[str, Any]) -> list[str]:
    return [key for key in tags if "gps" in key.lower()]


def test_caption_credit_and_theme_keywords_read_back_in_iptc_and_xmp(
    cli: CLI, sample: Sample, tmp_path: Path
) -> None:
    exiftool = require_exiftool()
    staff, handout = sample.ids[1], sample.ids[2]
    assert cli("license", "set", str(staff), "--kind", "staff", "--holder", "衡阳日报").code == 0
    assert cli("tag", str(staff), "industry").code == 0
    assert cli("accept", str(staff), "technology").code == 0  # education stays suggested
    original = sample.library / cli("show", str(staff), "--json").doc["path"]
    original_sha = hashlib.sha256(original.read_bytes()).hexdigest()

    dest = tmp_path / "set"
    done = cli(
        "export", "--ids", f"{staff},{handout}", "--purpose", "web", "--to", str(dest), "--json"
    )
    assert done.code == 0, done.err
    files = [dest / row["file"] for row in done.doc["exported"]]
    first, second = read_tags(exiftool, *files)

    caption = sample.captions[staff]
    assert first["IPTC:CodedCharacterSet"] == "\x1b%G"
    assert first["IPTC:Caption-Abstract"] == first["XMP-dc:Description"] == caption
    assert first["IPTC:Credit"] == first["XMP-photoshop:Credit"] == "罗盟 摄"
    assert as_list(first["IPTC:By-line"]) == as_list(first["XMP-dc:Creator"]) == ["罗盟"]
    assert first["IPTC:Headline"] == first["XMP-photoshop:Headline"] == sample.title
    keywords = ["工业", "Industry", "科技", "Science and technology"]
    assert first["IPTC:Keywords"] == first["XMP-dc:Subject"] == keywords
    assert as_list(first["XMP-iptcCore:SubjectCode"]) == ["medtop:20000294", "medtop:13000000"]
    assert first["IPTC:CopyrightNotice"] == first["XMP-dc:Rights"] == "© 衡阳日报"
    assert first["XMP-xmpRights:UsageTerms"] == "Licensed for: print, web, social, syndication."
    assert gps_tags(first) == []

    assert second["IPTC:Credit"] == second["XMP-photoshop:Credit"] == "祁东县启航学校 供图"
    assert second["IPTC:Source"] == second["XMP-photoshop:Source"] == "祁东县启航学校"
    assert second["IPTC:Caption-Abstract"] == sample.captions[handout]
    assert "须署名" in second["XMP-xmpRights:UsageTerms"]
    assert "IPTC:Keywords" not in second  # only suggestions, nothing confirmed

    (source,) = read_tags(exiftool, original)
    assert gps_tags(source), "the original keeps its GPS: exports never touch it"
    assert hashlib.sha256(original.read_bytes()).hexdigest() == original_sha
