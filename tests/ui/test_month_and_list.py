"""The month and list views, driven as a person would: Ctrl+2 and Ctrl+3, a post dragged to
another day of the month, several rows of the list changed at once and undone; and the
three views agree on the day of every post, in every zone and week start."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest

from planner.model import Change, ContentType, Status
from planner.months import Month
from planner.post_list import ListFilter, PostList
from planner.weeks import week_containing
from tests.conftest import TODAY, find_post, make_post
from tests.ui.test_all_day import dialog_day, open_dialogs
from ui import month_cells
from ui.list_model import ListModel
from ui.month_model import MonthModel, MonthRole
from ui.week_model import WeekModel, posts_mime_data


def show_month(window) -> None:
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.views.current() == 1


def test_the_month_shows_its_weeks_and_a_drag_moves_a_post_keeping_its_time(window) -> None:
    post = make_post(window.plan, "promotional", TODAY, time=dt.time(9, 30), title="Sale")
    window.refresh()
    show_month(window)
    view, model = window.views.month_view, window.views.month_model
    assert window.week_label.text() == "November 2026"
    assert model.weeks()[0].start == dt.date(2026, 10, 26)
    assert [p.title for p in model.posts_on(TODAY)] == ["Sale"]
    target = model.index_of_day(dt.date(2026, 11, 27))
    point = QPointF(view.visualRect(target).center())
    data = posts_mime_data([post])  # kept: the event does not own it
    drop = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(drop)
    QTest.qWait(10)  # the move is queued, as a drop's is
    moved = find_post(window.plan, post.uid)
    assert (moved.date, moved.time) == (dt.date(2026, 11, 27), dt.time(9, 30))
    assert [p.title for p in model.posts_on(dt.date(2026, 11, 27))] == ["Sale"]
    window.undo_action.trigger()
    assert find_post(window.plan, post.uid).date == TODAY


def test_month_navigation_and_a_double_click_on_a_day_number_opens_its_week(window) -> None:
    show_month(window)
    window.next_action.trigger()
    assert window.week_label.text() == "December 2026"
    view, model = window.views.month_view, window.views.month_model
    cell = view.visualRect(model.index_of_day(dt.date(2026, 12, 16)))
    QTest.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=cell.topLeft() + QPointF(6, 6).toPoint()
    )
    assert window.views.current() == 0
    assert window.week.start == dt.date(2026, 12, 14)


def test_month_days_take_clicks_as_the_weeks_do(window, qtbot, monkeypatch) -> None:
    for hour in range(12):
        make_post(window.plan, "value", TODAY, time=dt.time(hour), title=f"Post {hour}")
    window.refresh()
    show_month(window)
    seen = open_dialogs(monkeypatch)
    view, model = window.views.month_view, window.views.month_model
    viewport = view.viewport()
    friday = view.visualRect(model.index_of_day(dt.date(2026, 11, 27)))
    beside_posts = friday.bottomLeft() + QPoint(6, -4)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=beside_posts)
    assert view.selected_day() == dt.date(2026, 11, 27)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=beside_posts)
    assert [dialog_day(d) for d in seen] == [dt.date(2026, 11, 27)] * 2
    full = view.visualRect(model.index_of_day(TODAY))
    names = model.index_of_day(TODAY).data(MonthRole.NAMES) or ()
    (more,) = [
        y
        for y in range(full.top(), full.bottom())
        if month_cells.more_at(QRectF(full), view.font(), names, 12, y)
    ][:1]
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(full.left() + 6, more))
    assert window.views.current() == 0
    assert window.week.start == dt.date(2026, 11, 23)
    assert len(seen) == 2


def test_the_list_changes_the_status_of_several_posts_in_one_undoable_step(window, qtbot) -> None:
    for day in range(3):
        make_post(window.plan, "value", TODAY + dt.timedelta(days=day), title=f"Post {day}")
    make_post(window.plan, "promotional", None, title="An idea", status=Status.IDEA)
    window.refresh()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    panel = window.views.list_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 4)
    QTest.keyClicks(panel.search, "post")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 3)
    panel.table.selectAll()
    assert panel.selected_label.text() == "3 selected"
    menu = panel.status_button.menu()
    (scheduled,) = [a for a in menu.actions() if a.text() == "scheduled"]
    scheduled.trigger()
    assert {p.status for p in window.plan.posts_in(window.week)} == {Status.SCHEDULED}
    assert window.undo_action.text() == "Undo Change the status of 3 posts"
    qtbot.waitUntil(lambda: panel.model.post_at(0).status is Status.SCHEDULED)
    window.undo_action.trigger()
    assert {p.status for p in window.plan.posts_in(window.week)} == {Status.DRAFT}


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # the popup
def test_find_jumps_to_the_posts_week(window, qtbot) -> None:
    post = make_post(window.plan, "value", TODAY + dt.timedelta(weeks=3), title="Caffè special")
    window.refresh()
    window.search_action.trigger()
    QTest.keyClicks(window.search_box, "caffe")
    qtbot.waitUntil(lambda: bool(window.search_box._results))
    window.search_box._completer.popup().hide()
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.week == week_containing(post.date, 0)
    assert [p.uid for p in window.view.selected_posts()] == [post.uid]


ZONES = sorted(zoneinfo.available_timezones())


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    zone=st.sampled_from(ZONES),
    week_start=st.sampled_from([0, 5, 6]),
    day=st.dates(dt.date(2020, 1, 1), dt.date(2032, 12, 31)),
    time=st.none() | st.times().map(lambda t: t.replace(second=0, microsecond=0)),
)
def test_the_three_views_agree_on_a_posts_day(qapp, zone, week_start, day, time) -> None:
    from planner.store import Plan
    from tests.conftest import ensure_channel

    with Plan.in_memory(time_zone=zone) as plan:
        from dataclasses import replace

        plan.apply(Change(settings_after=replace(plan.settings(), week_start=week_start)))
        channel = ensure_channel(plan, "Instagram")
        from planner.model import Post

        post = Post(channel.id, ContentType.VALUE, "One", date=day, time=time)
        plan.apply(Change(posts_after=(post,)))
        week = week_containing(day, week_start)
        week_model = WeekModel()
        now = dt.datetime.combine(TODAY, dt.time(10))
        week_model.set_week(week, plan.posts_in(week), plan.channel_map(), now=now)
        index = week_model.index_of(post.uid)
        assert week_model.day_of_column(index.column()) == day
        month = Month.containing(day)
        month_model = MonthModel()
        weeks = month.weeks(week_start)
        month_model.set_month(month, plan.weeks_mix(weeks), {}, TODAY, plan.channel_map())
        assert [p.uid for p in month_model.posts_on(day)] == [post.uid]
        assert month_model.day_at(month_model.index_of_day(day)) == day
        listing = PostList(plan.conn)
        (listed,) = listing.posts(ListFilter(first=day, last=day))
        assert listed.date == day
        list_model = ListModel()
        assert list_model.columnCount() == 8


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # the popup
def test_an_empty_list_and_a_find_without_posts_say_so(window, qtbot) -> None:
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    panel = window.views.list_panel
    qtbot.waitUntil(lambda: panel.table.shown_empty_text() != "")
    assert panel.table.shown_empty_text() == "No posts yet: a new post (Ctrl+N) shows here."
    make_post(window.plan, "value", TODAY, title="Bread tips")
    window.refresh()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.table.shown_empty_text() == ""
    QTest.keyClicks(panel.search, "cake")
    qtbot.waitUntil(lambda: panel.table.shown_empty_text() != "")
    assert panel.table.shown_empty_text() == "No posts match these filters."
    window.search_action.trigger()
    QTest.keyClicks(window.search_box, "cake")
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "No post holds “cake”.")
    window.statusBar().clearMessage()
    QTest.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.statusBar().currentMessage() == "No post holds “cake”."


def test_a_row_the_list_cannot_read_is_said_and_the_rest_shows(window, qtbot) -> None:
    """A row edited outside the app (a time of 29:00, a year ahead): the list says so where
    it counts its posts, shows the others, and the window stays up (it used to crash
    while painting the row)."""
    make_post(window.plan, "value", TODAY, title="Readable")
    make_post(window.plan, "value", TODAY + dt.timedelta(days=365), title="Edited by hand")
    window.plan.conn.execute("UPDATE posts SET time = '29:00' WHERE title = 'Edited by hand'")
    window.plan.conn.commit()
    window.refresh()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    panel = window.views.list_panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 2)
    window.grab()  # paints every row shown
    qtbot.waitUntil(lambda: "cannot be read" in panel.count_label.text())
    shown = [panel.model.post_at(row) for row in range(panel.model.rowCount())]
    assert [post.title for post in shown if post is not None] == ["Readable"]


def test_the_month_and_the_list_built_after_the_week_know_the_window_they_join(
    qtbot, plan_path
) -> None:
    """The month and the list are made once the week has painted: they still take the
    window's Edit, Duplicate and Delete keys, and a read-only plan stays unchangeable there."""
    from planner.store import Plan
    from ui.document import PlanDocument
    from ui.main_window import MainWindow

    with Plan.create(plan_path, time_zone="Europe/Rome") as plan:
        make_post(plan, "promotional", TODAY, title="Sale")
    shown = MainWindow(PlanDocument(Plan.open(plan_path, readonly=True)))
    qtbot.addWidget(shown)
    shown.show()
    shown.views.view_actions[1].trigger()  # View ▸ Month
    month = shown.views.month_view
    assert not month.acceptDrops()
    assert shown.delete_action in month.actions()
    shown.views.view_actions[2].trigger()  # View ▸ List
    panel = shown.views.list_panel
    qtbot.waitUntil(lambda: panel.table.model().rowCount() == 1)
    panel.table.selectRow(0)
    assert panel.selected_label.text() == "1 selected"
    assert not panel.type_button.isEnabled()
    assert shown.delete_action in panel.table.actions()
    shown.close()
