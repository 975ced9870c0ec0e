"""A feature text is small: a huge file is some other file, said before minutes go by."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoarchive.errors import InputError
from photoarchive.importer.plan import LARGE_FEATURE_BYTES, MAX_FEATURE_BYTES, read_feature
from tests.conftest import SAMPLE_FEATURE


def _padded(tmp_path: Path, size: int) -> Path:
    text = SAMPLE_FEATURE.read_text(encoding="utf-8")
    filler = "\n\n" + "正文段落。" * 20 + "\n"
    body = text + filler * (size // len(filler.encode("utf-8")) + 1)
    path = tmp_path / "feature.txt"
    path.write_text(body, encoding="utf-8")
    return path


def test_a_text_over_the_limit_is_refused_with_its_size(tmp_path: Path) -> None:
    path = tmp_path / "edition.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FEATURE_BYTES + 1)
    with pytest.raises(InputError) as err:
        read_feature(path)
    assert "MB; a feature text is the article" in err.value.message


def test_a_large_text_is_read_with_a_warning(tmp_path: Path) -> None:
    source = read_feature(_padded(tmp_path, LARGE_FEATURE_BYTES))
    assert source.parsed.captions
    assert "far longer than a feature" in source.parsed.warnings[0]


def test_the_sample_feature_has_no_size_warning() -> None:
    assert not any("MB" in w for w in read_feature(SAMPLE_FEATURE).parsed.warnings)
