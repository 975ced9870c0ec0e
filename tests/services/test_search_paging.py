"""Paging through the facade: pages of hits without a total, and a total without hits."""

from __future__ import annotations

import pytest


@pytest.fixture
def imported(archive, sample_feature) -> list[int]:
    text, photos = sample_feature
    return archive.import_job(archive.plan_import(text, photos)).run().imported


@pytest.mark.parametrize("query", ["衡阳", "credit:罗铭", "衡阳 -水稻", "水稻 OR 衡山"])
def test_pages_in_turn_are_the_ranked_result_and_count_is_its_total(archive, imported, query):
    whole = archive.search.find(query, limit=100)
    assert whole.total > 0, query
    paged: list[int] = []
    offset = 0
    while True:
        page = archive.search.page(query, limit=2, offset=offset)
        paged += [h.photo_id for h in page.hits]
        offset += 2
        if page.complete:
            break
    assert paged == [h.photo_id for h in whole.hits]
    assert archive.search.count(query) == whole.total


def test_a_page_past_the_end_is_empty_and_complete(archive, imported):
    page = archive.search.page("衡阳", limit=5, offset=50)
    assert page.hits == [] and page.complete
    assert archive.search.count("没有这样的词") == 0


def test_an_edit_shows_in_the_next_page_and_count(archive, imported):
    before = archive.search.count("油菜花")
    archive.set_caption(imported[0], "图为衡阳县的油菜花田。")
    assert archive.search.count("油菜花") == before + 1
    assert imported[0] in [h.photo_id for h in archive.search.page("油菜花").hits]
