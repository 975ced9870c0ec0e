"""The archive suggests with the shipped classifier, says when nothing is confident, retrains."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from photoarchive.errors import InputError
from photoarchive.services import rows
from photoarchive.services.rows import Attention, RowFilter
from photoarchive.services.theme_classifier import CLASSIFIER_FILE
from tests.conftest import run_json

UNSURE = RowFilter(attention=Attention.NO_CONFIDENT_THEME)


@pytest.fixture
def ids(archive, sample_feature) -> dict[int, int]:
    text, photos = sample_feature
    report = archive.import_job(archive.plan_import(text, photos)).run()
    return {archive.photo(pid).feature.position: pid for pid in report.imported}


def _unsure(archive) -> int:
    return rows.row_count(archive.library.catalogue, UNSURE)


def test_the_sample_feature_gets_confident_themes(archive, ids):
    assert _unsure(archive) == 0
    first = archive.themes.suggestions([ids[4]])[0]
    assert first["themes"][0]["key"] == "agriculture" and not first["no_confident_theme"]


def test_a_caption_with_nothing_to_go_on_needs_attention_until_tagged(archive, ids):
    archive.set_caption(ids[2], "（完）")
    assert archive.themes.suggestions([ids[2]])[0] == {
        "photo_id": ids[2],
        "themes": [],
        "no_confident_theme": True,
    }
    assert _unsure(archive) == 1
    archive.themes.tag([ids[2]], ["culture"])
    assert _unsure(archive) == 0  # the archivist decided: nothing left to attend to


def _corpus(root: Path) -> Path:
    """A tiny corpus laid out like the shipped one; pages go where the hash rule says."""
    from photoarchive.tagging.corpus import held_out

    rows_ = [(f"农民在田里收割水稻，第{i}块稻田丰收。", ["agriculture"]) for i in range(12)] + [
        (f"运动员在体育馆进行篮球比赛，第{i}场。", ["sports"]) for i in range(12)
    ]
    for n, (text, themes) in enumerate(rows_):
        url = f"https://example.org/news/{n}"
        split = root / ("heldout" if held_out(url) else "train")
        split.mkdir(parents=True, exist_ok=True)
        with (split / "items.jsonl").open("a", encoding="utf-8") as handle:
            row = {"text": text, "themes": themes, "url": url, "section": "", "kind": "caption"}
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return root


def test_training_keeps_the_archives_own_classifier_and_reports_held_out_figures(
    archive, ids, tmp_path
):
    archive.themes.tag([ids[5]], ["sports"])  # the archive's own decision is a label too
    report = archive.themes.train_classifier(corpus=_corpus(tmp_path / "corpus"))
    own = archive.library.root / CLASSIFIER_FILE
    assert report.path == own and own.is_file()
    assert report.archive_captions >= 1 and set(report.themes) >= {"agriculture", "sports"}
    assert archive.themes.classifier().trained_on == report.corpus_items + report.archive_captions
    assert set(report.heldout.summary()) <= {"zh", "en"}


def test_a_damaged_own_classifier_falls_back_to_the_shipped_one(archive, ids):
    (archive.library.root / CLASSIFIER_FILE).write_bytes(b"damaged")
    assert len(archive.themes.classifier().keys) == 13


def test_training_on_an_empty_folder_says_what_a_corpus_holds(archive, tmp_path):
    with pytest.raises(InputError) as err:
        archive.themes.train_classifier(corpus=tmp_path)
    assert "train/" in err.value.hint


def test_cli_trains_and_prints_its_figures(capsys, library_dir, sample_feature, tmp_path):
    text, photos = sample_feature
    lib = ["--library", str(library_dir)]
    run_json(capsys, *lib, "import", str(text), "--photos", str(photos))
    corpus = _corpus(tmp_path / "corpus")
    code, doc = run_json(capsys, *lib, "themes", "train", "--corpus", str(corpus))
    assert code == 0
    assert doc["path"].endswith(CLASSIFIER_FILE) and doc["corpus_items"] > 0
    assert all("top1" in f and "with_suggestion" in f for f in doc["heldout"].values())
