"""The list's word index (planner.word_index): the posts it finds are the posts a full
read finds, before and after the plan changes under it, and it never writes the plan."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from planner.post_list import ListFilter, PostList
from planner.schema import connect
from tests.conftest import TODAY, make_post

TITLES = ["Caffè e cornetto", "Sourdough starter", "Rye loaf", "Ask us anything", "CAFFE latte"]


def indexed(plan) -> PostList:
    """A list on a connection of its own, as the List view's worker keeps it."""
    listing = PostList(connect(plan.path, readonly=True), indexed=True)
    assert listing.index is not None
    while not listing.index.step():
        pass
    assert listing.index.ready
    return listing


@settings(max_examples=30, deadline=None)
@given(text=st.sampled_from(["caffe", "caffè latte", "sour", "rye", "LOAF", "zzz", "ask us", "c"]))
def test_the_index_finds_what_reading_every_post_finds(tmp_path_factory, text) -> None:
    from planner.store import Plan

    path = tmp_path_factory.mktemp("words") / "plan.sqlite3"
    with Plan.create(path) as plan:
        for number, title in enumerate(TITLES * 3):
            make_post(plan, "value", TODAY + dt.timedelta(days=number), title=title)
        listing = indexed(plan)
        plain = PostList(plan.conn)
        chosen = ListFilter(text=text)
        assert listing.ids(chosen) == plain.ids(chosen)
        assert list(listing.ids(chosen, limit=2)) == list(plain.ids(chosen))[:2]
        listing.conn.close()


def test_a_change_made_elsewhere_is_found_and_the_plan_is_not_written(plan) -> None:
    make_post(plan, "value", TODAY, title="Rye loaf")
    listing = indexed(plan)
    assert len(listing.ids(ListFilter(text="sourdough"))) == 0
    make_post(plan, "value", TODAY, title="Sourdough starter")  # the window's connection
    assert listing.index is not None
    assert not listing.index.ready
    # Until the index is made again, every post is read: the new post is found at once.
    assert len(listing.ids(ListFilter(text="sourdough"))) == 1
    while not listing.index.step():
        pass
    assert len(listing.ids(ListFilter(text="sourdough"))) == 1
    tables = plan.conn.execute("SELECT name FROM sqlite_master WHERE name LIKE 'listed%'")
    assert tables.fetchall() == []
    listing.conn.close()
