"""Series, the ideas backlog, starters, cadence and the streak marks, in the window."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner import recurrence
from planner.model import ContentType, Post, Starter, Status
from planner.recurrence import Frequency, Recurrence
from tests.conftest import TODAY, add_channel, add_series, ensure_channel, find_post, make_post
from tests.ui.panels import warning_texts
from ui import dialogs
from ui.post_dialog import PostDialog
from ui.starter_dialog import StarterDialog
from ui.week_model import Role, posts_mime_data

TUESDAY = TODAY + dt.timedelta(days=1)


def answer_dialog(monkeypatch, change) -> None:
    def run(dialog: PostDialog) -> int:
        change(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(PostDialog, "exec", run)


def answer_choice(monkeypatch, index: int | None) -> list[str]:
    asked = []

    def choose(_parent, title, _text, _options):
        asked.append(title)
        return index

    monkeypatch.setattr(dialogs, "choose", choose)
    return asked


def add_weekly(window, title="Tip Tuesday"):
    channel = ensure_channel(window.plan, "Instagram")
    post = Post(channel.id, ContentType.VALUE, title, date=TUESDAY, time=dt.time(10))
    series = recurrence.new_series(post, Recurrence(Frequency.WEEKLY, TUESDAY.weekday()))
    add_series(window.plan, [series])
    window.refresh()
    return series


def shown(window) -> list[tuple[str, dt.date]]:
    return [(p.title, p.date) for p in window.model.posts()]


def test_a_new_repeating_post_makes_a_series(window, monkeypatch) -> None:
    ensure_channel(window.plan, "Instagram")

    def fill(dialog: PostDialog) -> None:
        dialog.title_edit.setText("Tip Tuesday")
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
        dialog.repeat_editor.kind.setCurrentIndex(1)  # every Tuesday
        dialog.repeat_editor.after.setChecked(True)
        dialog.repeat_editor.count.setValue(3)

    answer_dialog(monkeypatch, fill)
    window.new_post_action.trigger()
    (series,) = window.plan.series()
    assert series.rule == "FREQ=WEEKLY;INTERVAL=1;BYDAY=TU;COUNT=3"
    assert shown(window) == [("Tip Tuesday", TUESDAY)]
    window.next_action.trigger()
    assert shown(window) == [("Tip Tuesday", TUESDAY + dt.timedelta(days=7))]
    assert window.undo_action.text() == "Undo New post"
    window.undo_action.trigger()
    assert window.plan.series() == []


def test_edit_only_this_post_of_a_series(window, monkeypatch) -> None:
    add_weekly(window)
    asked = answer_choice(monkeypatch, 0)
    answer_dialog(monkeypatch, lambda d: d.title_edit.setText("Special"))
    (occurrence,) = window.model.posts()
    window.post_flows.edit_post(occurrence)
    assert asked == ["Edit a repeating post"]
    assert shown(window) == [("Special", TUESDAY)]
    window.next_action.trigger()
    assert shown(window) == [("Tip Tuesday", TUESDAY + dt.timedelta(days=7))]
    window.undo_action.trigger()
    window.previous_action.trigger()
    assert shown(window) == [("Tip Tuesday", TUESDAY)]
    assert window.plan.count_posts() == 0


def test_edit_the_series_from_here(window, monkeypatch) -> None:
    add_weekly(window)
    answer_choice(monkeypatch, 1)
    window.next_action.trigger()
    (occurrence,) = window.model.posts()
    seen = []

    def fill(dialog: PostDialog) -> None:
        seen.append((dialog.windowTitle(), dialog.repeat_editor.kind.currentIndex()))
        dialog.title_edit.setText("Tip Tuesday, new look")

    answer_dialog(monkeypatch, fill)
    window.post_flows.edit_post(occurrence)
    assert seen == [("Edit series", 1)]
    assert shown(window) == [("Tip Tuesday, new look", TUESDAY + dt.timedelta(days=7))]
    window.previous_action.trigger()
    assert shown(window) == [("Tip Tuesday", TUESDAY)]  # the earlier post stays
    assert window.undo_action.text() == "Undo Edit series"
    window.undo_action.trigger()
    assert len(window.plan.series()) == 1


def test_delete_skips_one_or_ends_the_series(window, monkeypatch) -> None:
    add_weekly(window)
    answer_choice(monkeypatch, 0)
    window.view.select_posts([window.model.posts()[0].uid])
    window.delete_action.trigger()
    assert shown(window) == []
    window.next_action.trigger()
    assert len(shown(window)) == 1
    window.undo_action.trigger()
    window.previous_action.trigger()
    assert len(shown(window)) == 1
    answer_choice(monkeypatch, 1)
    window.next_action.trigger()
    window.view.select_posts([window.model.posts()[0].uid])
    window.delete_action.trigger()
    assert window.undo_action.text() == "Undo End series"
    assert shown(window) == []
    window.previous_action.trigger()
    assert len(shown(window)) == 1  # the week before the end keeps its post
    window.next_action.trigger()
    window.next_action.trigger()
    assert shown(window) == []
    window.undo_action.trigger()
    assert len(shown(window)) == 1


def test_dragging_an_occurrence_moves_only_it(window, qtbot) -> None:
    add_weekly(window)
    (occurrence,) = window.model.posts()
    window.model.dropMimeData(
        posts_mime_data([occurrence]), Qt.DropAction.MoveAction, -1, 4, QModelIndex()
    )
    qtbot.waitUntil(lambda: window.plan.count_posts() == 1)
    (moved,) = window.model.posts()
    assert (moved.date, moved.virtual, moved.series_uid) == (
        window.week.days[4],
        False,
        occurrence.series_uid,
    )


def test_backlog_drag_both_ways(window, qtbot) -> None:
    idea = make_post(
        window.plan, ContentType.CONVERSATION, None, title="Ask about bread", status=Status.IDEA
    )
    card = make_post(
        window.plan, ContentType.VALUE, TODAY, time=dt.time(9), title="Tip", status=Status.SCHEDULED
    )
    window.refresh()
    ideas = window.ideas_panel.model
    assert [p.title for p in ideas.posts()] == ["Ask about bread"]
    window.model.dropMimeData(
        posts_mime_data([idea]), Qt.DropAction.MoveAction, -1, 2, QModelIndex()
    )
    qtbot.waitUntil(lambda: find_post(window.plan, idea.uid).date == window.week.days[2])
    assert find_post(window.plan, idea.uid).status is Status.DRAFT
    assert ideas.posts() == []
    ideas.dropMimeData(posts_mime_data([card]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: find_post(window.plan, card.uid).date is None)
    unscheduled = find_post(window.plan, card.uid)
    assert (unscheduled.time, unscheduled.status) == (None, Status.IDEA)
    assert [p.title for p in ideas.posts()] == ["Tip"]
    assert window.undo_action.text() == "Undo Move post to ideas"
    window.undo_action.trigger()
    assert find_post(window.plan, card.uid) == card


def test_ideas_search_and_type_filter(window) -> None:
    for title, kind in (
        ("Poll: rye or spelt", "conversation"),
        ("Guide to flour", "value"),
        ("Ask for photos", "conversation"),
    ):
        make_post(window.plan, kind, None, title=title, status=Status.IDEA)
    window.refresh()
    panel = window.ideas_panel
    visible = lambda: [panel.filter.index(r, 0).data() for r in range(panel.filter.rowCount())]  # noqa: E731
    panel.search.setText("RYE")
    assert visible() == ["Poll: rye or spelt"]
    panel.search.clear()
    panel.type_filter.setCurrentIndex(panel.type_filter.findData("conversation"))
    assert visible() == ["Poll: rye or spelt", "Ask for photos"]


def test_a_starter_becomes_an_idea_in_one_click(window) -> None:
    ensure_channel(window.plan, "Facebook")
    window.refresh()
    panel = window.ideas_panel
    assert panel.starter_list is None  # built when its tab is first shown
    panel.setCurrentIndex(1)
    assert panel.starter_list.count() == 16
    item = panel.starter_list.item(1)
    panel.starter_list.itemActivated.emit(item)
    (idea,) = window.plan.ideas()
    assert (idea.title, idea.content_type, idea.status) == (
        "Run a poll: this one or that one?",
        ContentType.CONVERSATION,
        Status.IDEA,
    )
    assert window.undo_action.text() == "Undo New idea"


def test_starters_are_editable_and_undoable(window, monkeypatch) -> None:
    def answer(dialog: StarterDialog) -> int:
        dialog.text_edit.setText("Ask: which bread should come back this winter?")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(StarterDialog, "exec", answer)
    window.ideas_panel.setCurrentIndex(1)
    window.ideas_panel.starter_edit_requested.emit(None)
    texts = [s.text for s in window.plan.starters()]
    assert texts[-1] == "Ask: which bread should come back this winter?"
    assert window.ideas_panel.starter_list.count() == 17
    first = window.plan.starters()[0]
    window.ideas_panel.starter_removed.emit(first)
    assert first not in window.plan.starters()
    window.undo_action.trigger()
    assert first in window.plan.starters()
    window.undo_action.trigger()
    assert len(window.plan.starters()) == 16


def test_cadence_beside_the_mix(window) -> None:
    add_channel(window.plan, "Instagram", 2200, 3)
    add_channel(window.plan, "Facebook", 5000, 1)
    make_post(window.plan, "value", channel="Instagram")
    make_post(window.plan, "value", channel="Instagram")
    make_post(window.plan, "conversation", channel="Facebook")
    window.refresh()
    assert window.mix_panel.cadence_label.text() == (
        "Facebook 1 of 1 this week ✓\nInstagram 2 of 3 this week"
    )
    assert "⚠ Instagram: 2 of 3 posts this week, below your target." in warning_texts(
        window.mix_panel
    )


def test_streak_is_marked_on_the_cards_involved(window) -> None:
    days = window.week.days
    streak = [make_post(window.plan, "promotional", days[i], channel="Instagram") for i in range(3)]
    other = make_post(window.plan, "promotional", days[3], channel="Facebook")
    for i in range(5):
        make_post(window.plan, "value", days[4], channel="LinkedIn", time=dt.time(8 + i))
    window.refresh()
    marked = {
        p.uid for p in window.model.posts() if window.model.index_of(p.uid).data(Role.IN_STREAK)
    }
    assert marked == {p.uid for p in streak}
    assert other.uid not in marked
    text = window.model.index_of(streak[0].uid).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "part of a run of promotional posts" in text


def test_starters_start_with_the_built_in_list(window) -> None:
    assert all(isinstance(s, Starter) for s in window.plan.starters())
    kinds = {s.content_type for s in window.plan.starters()}
    assert kinds == {ContentType.CONVERSATION, ContentType.VALUE}
