"""Follow-ups in the window: on the cards, in the panel, in the review; all undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from planner.followups import FollowUpState
from planner.model import ContentType, FollowUp, Status
from planner.store import Plan
from tests.conftest import TODAY, find_post, make_post, set_clock
from tests.ui.panels import warning_texts
from ui.card_delegate import checkbox_rect
from ui.document import PlanDocument
from ui.followup_dialog import FollowUpDialog
from ui.main_window import MainWindow
from ui.review_dialog import ReviewDialog
from ui.week_model import Role


def click_checkbox(window: MainWindow, qtbot, uid: str) -> None:
    view = window.view
    index = window.model.index_of(uid)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=checkbox_rect(option).center())


def test_published_posts_show_a_follow_up_that_a_click_marks_done(window, qtbot) -> None:
    post = make_post(
        window.plan, ContentType.VALUE, TODAY, time=dt.time(9), status=Status.PUBLISHED
    )
    draft = make_post(window.plan, ContentType.VALUE, TODAY, time=dt.time(12))
    window.refresh()
    index = window.model.index_of(post.uid)
    assert index.data(Role.FOLLOWUP) == FollowUpState.PENDING
    assert window.model.index_of(draft.uid).data(Role.FOLLOWUP) is None
    assert window.view.rowHeight(0) > window.view.rowHeight(1)  # the follow-up strip
    assert "follow-up: Reply same day" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.mix_panel.followup_label.text() == ("Follow-ups: 0 done · 1 waiting · 0 overdue")
    click_checkbox(window, qtbot, post.uid)
    assert find_post(window.plan, post.uid).followup.done
    assert window.undo_action.text() == "Undo Mark replies done"
    assert window.mix_panel.followup_label.text().startswith("Follow-ups: 1 done")
    window.undo_action.trigger()
    assert not find_post(window.plan, post.uid).followup.done


def test_space_toggles_the_selected_follow_ups(window, qtbot) -> None:
    post = make_post(window.plan, ContentType.VALUE, TODAY, status=Status.PUBLISHED)
    window.refresh()
    window.view.setFocus()
    window.view.select_posts([post.uid])
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert find_post(window.plan, post.uid).followup.done
    qtbot.keyClick(window.view, Qt.Key.Key_Space)
    assert not find_post(window.plan, post.uid).followup.done
    assert window.undo_action.text() == "Undo Mark replies not done"


def test_the_follow_up_note_and_conversations_are_undoable(window, monkeypatch) -> None:
    post = make_post(window.plan, ContentType.CONVERSATION, TODAY, status=Status.PUBLISHED)
    window.refresh()

    def answer(dialog: FollowUpDialog) -> int:
        dialog.editor.note_edit.setText("answered 6 comments, 2 DMs, one table booked")
        dialog.editor.conversations_spin.setValue(9)
        dialog.editor.done_check.setChecked(True)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(FollowUpDialog, "exec", answer)
    window.view.select_posts([post.uid])
    window.followup_action.trigger()
    assert find_post(window.plan, post.uid).followup == FollowUp(
        True, "answered 6 comments, 2 DMs, one table booked", 9
    )
    assert window.undo_action.text() == "Undo Edit follow-up"
    assert "9 conversations" in window.mix_panel.followup_label.text()
    window.undo_action.trigger()
    assert find_post(window.plan, post.uid).followup == FollowUp()


def test_overdue_shows_on_the_card_and_in_the_panel_and_clears(window) -> None:
    last_monday = TODAY - dt.timedelta(days=7)
    post = make_post(window.plan, ContentType.VALUE, last_monday, status=Status.PUBLISHED)
    window.previous_action.trigger()
    assert window.model.index_of(post.uid).data(Role.FOLLOWUP) == FollowUpState.OVERDUE
    assert (
        "⚠ 1 follow-up overdue: a published post whose replies were not done within a day."
        in warning_texts(window.mix_panel)
    )
    window.view.select_posts([post.uid])
    window.replies_done_action.trigger()
    assert window.model.index_of(post.uid).data(Role.FOLLOWUP) == FollowUpState.DONE
    assert not any("overdue" in text for text in warning_texts(window.mix_panel))


def test_a_follow_up_turns_overdue_when_its_day_has_passed(qtbot, plan_path) -> None:
    plan = Plan.create(plan_path, time_zone="Europe/Rome")
    post = make_post(plan, ContentType.VALUE, TODAY, time=dt.time(9), status=Status.PUBLISHED)
    window = MainWindow(PlanDocument(plan))
    qtbot.addWidget(window)
    index = window.model.index_of(post.uid)
    assert index.data(Role.FOLLOWUP) == FollowUpState.PENDING
    hour = 3600 * 1000
    # The window wakes at midnight (a new today), 14 hours on...
    assert abs(window._clock_timer.remainingTime() - 14 * hour) < 5000
    set_clock(dt.datetime(2026, 11, 24, 8, 0))
    window._clock_timer.timeout.emit()
    assert window.model.index_of(post.uid).data(Role.FOLLOWUP) == FollowUpState.PENDING
    # ...then when the follow-up turns overdue, Tuesday 9:00.
    assert abs(window._clock_timer.remainingTime() - 1 * hour) < 5000
    set_clock(dt.datetime(2026, 11, 24, 9, 0))
    window._clock_timer.timeout.emit()
    assert window.model.index_of(post.uid).data(Role.FOLLOWUP) == FollowUpState.OVERDUE
    window.close()


def test_the_post_dialog_edits_the_follow_up_of_a_published_post(window, monkeypatch) -> None:
    from ui.post_dialog import PostDialog

    post = make_post(window.plan, ContentType.VALUE, TODAY, status=Status.PUBLISHED)
    window.refresh()
    seen = []

    def answer(dialog: PostDialog) -> int:
        seen.append(dialog.followup_box.isVisibleTo(dialog))
        dialog.followup_editor.conversations_spin.setValue(3)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PostDialog, "exec", answer)
    window.post_flows.edit_post(post)
    assert seen == [True]
    assert find_post(window.plan, post.uid).followup.conversations == 3


def test_week_in_review(window, monkeypatch) -> None:
    last_week = [TODAY - dt.timedelta(days=7 - i) for i in range(7)]
    make_post(
        window.plan,
        "promotional",
        last_week[0],
        status=Status.PUBLISHED,
        followup=FollowUp(True, "", 4),
    )
    make_post(window.plan, "value", last_week[2], channel="Facebook", status=Status.PUBLISHED)
    make_post(
        window.plan,
        "conversation",
        last_week[4],
        status=Status.PUBLISHED,
        followup=FollowUp(True, "", 2),
    )
    make_post(window.plan, "value", last_week[5], status=Status.DRAFT)
    seen = []

    def look(dialog: ReviewDialog) -> int:
        seen.append((dialog.title.text(), dialog.summary.text()))
        dialog.next_button.click()
        seen.append((dialog.title.text(), dialog.summary.text()))
        return 0

    monkeypatch.setattr(ReviewDialog, "exec", look)
    window.next_action.trigger()  # a week still ahead: the review shows last week
    window.review_action.trigger()
    assert seen[0] == (
        "Week 47 · 16–22 Nov 2026",
        "You published 3 posts: 1 promotional, 1 value, 1 conversation.\n"
        "Promotion was 33% of it: within your limit of 33%.\n"
        "Replies: 2 of 3 follow-ups done, 1 overdue.\n"
        "You logged 6 conversations.\n"
        "By channel: Instagram 2, Facebook 1.\n"
        "Not marked published, though its time has passed: 1 post.",
    )
    assert seen[1] == ("Week 48 · 23–29 Nov 2026", "Nothing was published this week.")
