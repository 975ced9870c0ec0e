"""The shipped vocabulary, its validation, custom themes and where resources are found."""

from __future__ import annotations

from pathlib import Path

import pytest

from photoarchive.errors import NotFoundError, PhotoarchiveError
from photoarchive.tagging import Theme, Vocabulary, VocabularyError, resources_dir
from photoarchive.tagging.vocabulary import IPTC_PATTERN

REQUIRED = {
    "industry",
    "agriculture",
    "tourism",
    "education",
    "environment",
    "technology",
    "culture",
    "economy",
    "infrastructure",
    "health",
    "politics",
    "society",
    "sports",
}
# Checked against IPTC's Media Topic vocabulary (cv.iptc.org/newscodes/mediatopic); a change
# here must be re-checked there.
VERIFIED_CODES = {
    "industry": "medtop:20000294",
    "agriculture": "medtop:20000210",
    "tourism": "medtop:20000331",
    "education": "medtop:05000000",
    "environment": "medtop:06000000",
    "technology": "medtop:13000000",
    "culture": "medtop:01000000",
    "economy": "medtop:04000000",
    "infrastructure": "medtop:20001245",
    "health": "medtop:07000000",
    "politics": "medtop:11000000",
    "society": "medtop:14000000",
    "sports": "medtop:15000000",
}


def write_toml(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "themes.toml"
    path.write_text(text, encoding="utf-8")
    return path


def theme_toml(key: str, **extra: str) -> str:
    lines = [f'[[theme]]\nkey = "{key}"\nlabel_en = "{key.title()}"\nlabel_zh = "主题"']
    lines += [f"{name} = {value}" for name, value in extra.items()]
    return "\n".join(lines) + "\n"


def test_shipped_vocabulary_has_the_required_themes(vocabulary: Vocabulary) -> None:
    assert {t.key for t in vocabulary} >= REQUIRED
    assert all(t.label_en and t.label_zh for t in vocabulary)
    assert all(len(t.triggers_zh) >= 10 and t.triggers_en for t in vocabulary)


def test_shipped_keys_are_unique_and_parents_exist(vocabulary: Vocabulary) -> None:
    keys = [t.key for t in vocabulary]
    assert len(keys) == len(set(keys))
    assert all(t.parent is None or t.parent in vocabulary for t in vocabulary)


def test_shipped_iptc_codes_are_well_formed_and_the_verified_ones(vocabulary: Vocabulary) -> None:
    codes = {t.key: t.iptc_code for t in vocabulary if t.iptc_code}
    assert all(IPTC_PATTERN.match(code) for code in codes.values())
    assert codes == VERIFIED_CODES


def test_load_reads_a_minimal_file(tmp_path: Path) -> None:
    path = write_toml(
        tmp_path,
        'neutral = ["工作人员"]\n'
        + theme_toml("farming", triggers_zh='["水稻"]', iptc_code='"medtop:20000210"')
        + theme_toml("rice", parent='"farming"', retired="true"),
    )
    vocab = Vocabulary.load(path)
    assert [t.key for t in vocab] == ["farming", "rice"]
    assert vocab.get("rice").parent == "farming"
    assert vocab.get("farming").triggers == ("水稻",)
    assert [t.key for t in vocab.active()] == ["farming"]
    assert vocab.neutral == frozenset({"工作人员"})


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (theme_toml("farming") + theme_toml("farming"), "unique"),
        (theme_toml("rice", parent='"farming"'), "parent 'farming'"),
        (theme_toml("farming", iptc_code='"20000210"'), "IPTC code"),
        (theme_toml("Farming"), "not valid"),
        (theme_toml("farming", colour='"green"'), "unknown fields"),
        (theme_toml("farming", triggers_zh='["水稻", "水稻"]'), "twice"),
        (theme_toml("farming", triggers_zh='[" "]'), "non-empty"),
        (theme_toml("farming", retired='"yes"'), "true or false"),
        (theme_toml("a", parent='"b"') + theme_toml("b", parent='"a"'), "loop"),
        ("version = 1\n", "defines no"),
        ("version = 2\n" + theme_toml("farming"), "version 2"),
        ("[[theme]\nkey = ", "Cannot read"),
    ],
)
def test_load_rejects_inconsistent_files(tmp_path: Path, body: str, message: str) -> None:
    with pytest.raises(VocabularyError, match=message):
        Vocabulary.load(write_toml(tmp_path, body))


def test_missing_file_is_a_vocabulary_error(tmp_path: Path) -> None:
    with pytest.raises(VocabularyError, match="Cannot read"):
        Vocabulary.load(tmp_path / "absent.toml")


def test_get_and_resolve(vocabulary: Vocabulary) -> None:
    assert vocabulary.get("agriculture").label_zh == "农业"
    assert vocabulary.resolve("农业").key == "agriculture"
    assert vocabulary.resolve("agriculture").key == "agriculture"
    assert vocabulary.resolve("  Agriculture ").key == "agriculture"
    assert vocabulary.resolve("astrology") is None
    with pytest.raises(NotFoundError):
        vocabulary.get("astrology")


def test_custom_theme_is_added(vocabulary: Vocabulary) -> None:
    flood = Theme(
        "flood-relief", "Flood relief", "防汛抗洪", parent="society", triggers_zh=("防汛",)
    )
    merged = vocabulary.merged_with([flood])
    assert merged.get("flood-relief") == flood
    assert len(merged) == len(vocabulary) + 1
    assert "flood-relief" not in vocabulary  # the shipped vocabulary is not changed


def test_custom_theme_renames_and_extends_a_shipped_one(vocabulary: Vocabulary) -> None:
    override = Theme("sports", "Sport and fitness", "体育健身", triggers_zh=("广场舞", "马拉松"))
    sports = vocabulary.merged_with([override]).get("sports")
    assert (sports.key, sports.label_en, sports.label_zh) == (
        "sports",
        "Sport and fitness",
        "体育健身",
    )
    assert sports.iptc_code == "medtop:15000000"  # kept from the shipped theme
    assert (
        sports.triggers_zh[: len(vocabulary.get("sports").triggers_zh)]
        == vocabulary.get("sports").triggers_zh
    )
    assert sports.triggers_zh.count("马拉松") == 1
    assert "广场舞" in sports.triggers_zh


def test_custom_theme_retires_a_shipped_one(vocabulary: Vocabulary) -> None:
    retired = vocabulary.merged_with([Theme("politics", "Politics", "时政", retired=True)])
    assert retired.get("politics").retired
    assert "politics" in retired  # tags keep the key
    assert "politics" not in {t.key for t in retired.active()}


def test_custom_theme_with_unknown_parent_is_refused(vocabulary: Vocabulary) -> None:
    with pytest.raises(VocabularyError, match="parent"):
        vocabulary.merged_with([Theme("floods", "Floods", "洪水", parent="disasters")])


def test_resources_are_found_in_the_source_tree() -> None:
    folder = resources_dir()
    assert (folder / "vocab" / "themes.toml").is_file()


def test_resources_are_found_inside_an_installed_package(tmp_path: Path) -> None:
    module = tmp_path / "site-packages" / "photoarchive" / "tagging" / "resources.py"
    module.parent.mkdir(parents=True)
    module.write_text("", encoding="utf-8")
    installed = tmp_path / "site-packages" / "photoarchive" / "resources"
    installed.mkdir()
    assert resources_dir(module) == installed


def test_missing_resources_say_what_to_do(tmp_path: Path) -> None:
    module = tmp_path / "a" / "photoarchive" / "tagging" / "resources.py"
    module.parent.mkdir(parents=True)
    with pytest.raises(PhotoarchiveError, match="resources folder is missing") as caught:
        resources_dir(module)
    assert "Reinstall" in str(caught.value)
