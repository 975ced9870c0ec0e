"""services.rows: the grid's pages, filters and sidebar counts, from the catalogue (no Qt)."""

from __future__ import annotations

from sqlalchemy import insert

from photoarchive.catalogue.models import FeatureCaption, Licence, PhotoTheme
from photoarchive.services import rows
from photoarchive.services.rows import Attention, RowFilter, RowFlag
from tests.gui.synthetic import NAMES, fill_catalogue


def _ids(found):
    return [r.id for r in found]


def test_pages_follow_import_order_and_never_overlap(archive):
    fill_catalogue(archive.library, 95)
    lib = archive.library
    first = rows.photo_rows(lib.catalogue, lib.store, limit=40)
    second = rows.photo_rows(lib.catalogue, lib.store, after_id=first[-1].id, limit=40)
    third = rows.photo_rows(lib.catalogue, lib.store, after_id=second[-1].id, limit=40)
    assert _ids(first + second + third) == list(range(1, 96))
    assert len(third) == 15


def test_a_row_carries_caption_credit_thumbnail_and_flags(archive):
    fill_catalogue(archive.library, 10)
    lib = archive.library
    found = rows.photo_rows(lib.catalogue, lib.store, limit=10)
    first, tenth = found[0], found[9]
    assert first.caption.startswith("9月1日，衡阳")
    assert first.credit == f"{NAMES[0]} 摄"
    assert first.thumbnail.endswith(".jpg") and "/thumbs/" in first.thumbnail
    assert (first.feature_id, first.position) == (1, 1)
    assert first.flags == RowFlag.UNTAGGED | RowFlag.NO_LICENCE  # nothing tagged or licensed yet
    assert tenth.credit == "" and tenth.flags & RowFlag.NO_CREDIT


def test_filters_narrow_to_a_feature_a_contributor_or_missing_credit(archive):
    made = fill_catalogue(archive.library, 100)
    lib = archive.library
    by_feature = rows.photo_rows(lib.catalogue, lib.store, RowFilter(feature_id=3), limit=50)
    assert _ids(by_feature) == list(range(21, 31))
    cao = NAMES.index("曹正平") + 1  # contributor ids follow NAMES
    by_name = rows.photo_rows(lib.catalogue, lib.store, RowFilter(contributor_id=cao), limit=500)
    assert len(by_name) == made.per_name["曹正平"]
    assert all(r.credit == "曹正平 摄" for r in by_name)
    missing = RowFilter(attention=Attention.NO_CREDIT)
    assert rows.row_count(lib.catalogue, missing) == made.no_credit == 10
    assert all(
        r.flags & RowFlag.NO_CREDIT
        for r in rows.photo_rows(lib.catalogue, lib.store, missing, limit=50)
    )


def test_rows_by_ids_keep_the_ranked_order_and_skip_unknown_ids(archive):
    fill_catalogue(archive.library, 30)
    lib = archive.library
    assert _ids(rows.rows_by_ids(lib.catalogue, lib.store, [7, 3, 999, 21])) == [7, 3, 21]


def test_sidebar_counts_features_credits_and_what_needs_attention(archive):
    made = fill_catalogue(archive.library, 40)
    with archive.library.catalogue.engine.begin() as conn:  # two captions with no photo
        conn.execute(
            insert(FeatureCaption.__table__),
            [
                {
                    "feature_id": 2,
                    "position": 11,
                    "text": "多出的图说",
                    "credit_as_printed": "",
                    "credit_role": "unknown",
                },
                {
                    "feature_id": 2,
                    "position": 12,
                    "text": "又一条",
                    "credit_as_printed": "",
                    "credit_role": "unknown",
                },
            ],
        )
    # what an import does: marks captions with no confident theme
    archive.themes.store_suggestions()
    counts = rows.sidebar_counts(archive.library.catalogue)
    assert counts.total == 40
    assert [f.count for f in counts.features] == [10, 10, 10, 10]
    assert counts.features[0].key == 4  # newest feature first
    assert {c.label: c.count for c in counts.credits} == {
        name: n for name, n in made.per_name.items() if n
    }
    attention = {a.key: a.count for a in counts.attention}
    assert attention == {
        Attention.NO_CREDIT: 4,
        Attention.NO_CAPTION: 0,
        Attention.NO_LICENCE: 40,
        Attention.UNTAGGED: 40,
        Attention.UNMATCHED: 2,
        Attention.CREDIT_CONFLICT: 0,
        Attention.METADATA_DISAGREES: 0,
        # untagged photos whose caption gave no confident theme when it was stored
        Attention.NO_CONFIDENT_THEME: sum(
            s["no_confident_theme"] for s in archive.themes.suggestions()
        ),
    }
    unmatched = rows.photo_rows(
        archive.library.catalogue,
        archive.library.store,
        RowFilter(attention=Attention.UNMATCHED),
        limit=100,
    )
    assert {r.feature_id for r in unmatched} == {2}


def test_the_facade_gives_the_same_answers_as_the_queries(archive):
    fill_catalogue(archive.library, 12)
    assert _ids(archive.browse.rows(limit=5)) == [1, 2, 3, 4, 5]
    assert archive.browse.count() == 12
    assert archive.browse.contributor_names()[0] in NAMES
    assert _ids(archive.browse.rows_by_ids([12, 1])) == [12, 1]


def test_themes_and_licences_narrow_and_flag_rows(archive):
    fill_catalogue(archive.library, 20)
    with archive.library.catalogue.engine.begin() as conn:
        conn.execute(
            insert(PhotoTheme.__table__),
            [
                {"photo_id": 1, "theme_key": "agriculture", "source": "manual", "because": []},
                {"photo_id": 2, "theme_key": "agriculture", "source": "accepted", "because": []},
                {"photo_id": 3, "theme_key": "agriculture", "source": "suggested", "because": []},
                {"photo_id": 4, "theme_key": "agriculture", "source": "rejected", "because": []},
                {"photo_id": 5, "theme_key": "industry", "source": "manual", "because": []},
            ],
        )
        conn.execute(
            insert(Licence.__table__),
            [
                {"photo_id": 1, "kind": "staff", "purposes": ["print"]},
                {"photo_id": 6, "kind": "handout", "purposes": ["print", "web"]},
            ],
        )
    lib = archive.library
    tagged = rows.photo_rows(lib.catalogue, lib.store, RowFilter(theme_key="agriculture"))
    assert _ids(tagged) == [1, 2]  # a suggestion or a rejection is not a tag
    untagged = RowFilter(attention=Attention.UNTAGGED)
    assert rows.row_count(lib.catalogue, untagged) == 17
    unlicensed = RowFilter(attention=Attention.NO_LICENCE)
    assert 1 not in _ids(rows.photo_rows(lib.catalogue, lib.store, unlicensed))
    (first,) = rows.rows_by_ids(lib.catalogue, lib.store, [1])
    assert not first.flags & (RowFlag.UNTAGGED | RowFlag.NO_LICENCE)
    (third,) = rows.rows_by_ids(lib.catalogue, lib.store, [3])
    assert third.flags & RowFlag.UNTAGGED and third.flags & RowFlag.NO_LICENCE


def test_the_sidebar_lists_only_the_newest_features_and_says_how_many_more(archive):
    fill_catalogue(archive.library, 100)
    counts = rows.sidebar_counts(archive.library.catalogue, features=3)
    assert [f.key for f in counts.features] == [10, 9, 8]
    assert [f.count for f in counts.features] == [10, 10, 10]
    assert counts.features_total == 10
