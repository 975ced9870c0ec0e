"""The index check on its own: a real archive, search bar and job indicator, no window."""

from __future__ import annotations

import shutil

from photoarchive.gui.index_check import IndexCheck
from photoarchive.gui.search_bar import SearchBar
from photoarchive.gui.status import JobIndicator
from photoarchive.gui.workers import Runner
from photoarchive.services.archive import Archive


def _check(qtbot, archive: Archive) -> tuple[SearchBar, list[BaseException]]:
    runner = Runner(synchronous=True)
    bar = SearchBar(archive, runner)
    job = JobIndicator()
    qtbot.addWidget(bar)
    qtbot.addWidget(job)
    errors: list[BaseException] = []
    IndexCheck(archive.search, runner, bar, job, errors.append).start()
    return bar, errors


def test_a_usable_index_makes_search_ready(qtbot, imported):
    bar, errors = _check(qtbot, imported)
    assert bar.ready and bar.isEnabled() and not errors


def test_a_missing_index_is_rebuilt_and_then_searched(qtbot, imported):
    root = imported.root
    imported.close()
    shutil.rmtree(root / "index")
    with Archive.open(root) as archive:
        bar, errors = _check(qtbot, archive)
        assert bar.ready and not errors
        assert archive.search.count("衡阳") == 7


def test_a_rebuild_that_fails_says_how_to_finish_it(qtbot, imported):
    root = imported.root
    imported.close()
    shutil.rmtree(root / "index")
    (root / "index").write_text("not a folder")  # nothing can be built where a file stands
    with Archive.open(root) as archive:
        bar, errors = _check(qtbot, archive)
        assert not bar.ready and not bar.isEnabled()
        assert "photoarchive reindex" in bar.unready_reason
        assert errors
