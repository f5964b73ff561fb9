"""The week window as a person uses it all day: fitting a small screen, reading whole cards,
days that take clicks, a filter that filters the mix, missed posts, copy and paste, the
settings and the small things a person notices."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QFontMetrics, QPalette, QTextLayout
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QLabel,
    QStyleOptionViewItem,
    QToolBar,
    QToolButton,
)

from planner.backups import Backup
from planner.model import Change, ContentType, Status
from planner.store import Plan
from tests.conftest import TODAY, find_post, make_post, set_clock
from tests.ui.panels import warning_texts
from tests.ui.test_settings import answer_settings
from tests.ui.test_window import fill_dialog
from ui.card_delegate import checkbox_rect
from ui.document import PlanDocument
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.plan_files import open_start_plan
from ui.post_dialog import PostDialog
from ui.restore_dialog import RestoreDialog
from ui.review_dialog import ReviewDialog
from ui.week_model import Role

P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION


def open_dialogs(monkeypatch) -> list[PostDialog]:
    """Post dialogs the window opens, looked at and cancelled."""
    seen: list[PostDialog] = []

    def look(dialog: PostDialog) -> int:
        seen.append(dialog)
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(PostDialog, "exec", look)
    return seen


def dialog_day(dialog: PostDialog) -> dt.date:
    day = dialog.date_edit.date()
    return dt.date(day.year(), day.month(), day.day())


def below_the_cards(window: MainWindow, column: int) -> QPoint:
    """A point in a day's column, under every card."""
    view = window.view
    x = view.columnViewportPosition(column) + view.columnWidth(column) // 2
    return QPoint(x, view.viewport().height() - 5)


def dialog_count(window: MainWindow, monkeypatch, channel: str, body: str) -> str:
    """What the post dialog's counter says under ``body`` on ``channel``."""
    seen = []

    def answer(dialog: PostDialog) -> int:
        dialog.channel_combo.setCurrentText(channel)
        dialog.body_edit.setPlainText(body)
        seen.append(dialog.count_label.text())
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
        return dialog.result()

    monkeypatch.setattr(PostDialog, "exec", answer)
    window.new_post_action.trigger()
    return seen[0]


# -- 9. counting like the networks do --------------------------------------------------------


def test_the_counter_counts_as_x_bluesky_and_threads_do(window, monkeypatch) -> None:
    body = "Buongiorno! 👋🏽 🇮🇹 故"
    # X: 12 + emoji 2 + space + flag 2 + space + CJK 2.
    assert dialog_count(window, monkeypatch, "X", body).startswith("20 / 280 characters")
    # Bluesky and Threads: what a reader sees as one character counts one.
    assert dialog_count(window, monkeypatch, "Bluesky", body) == "17 / 300 characters"
    assert dialog_count(window, monkeypatch, "Threads", body) == "17 / 500 characters"


# -- 5. the week in review counts only what is past ------------------------------------------


def test_the_review_counts_only_posts_whose_time_has_passed(window, monkeypatch) -> None:
    set_clock(dt.datetime(2026, 11, 24, 10, 0))  # Tuesday
    week = window.week.days
    make_post(window.plan, V, week[0], time=dt.time(9), status=Status.SCHEDULED)  # missed
    for day in week[2:]:
        make_post(window.plan, V, day, time=dt.time(9))  # still ahead: planned
    make_post(window.plan, V, week[1], time=dt.time(18), status=Status.SCHEDULED)
    window.refresh()
    seen = []
    monkeypatch.setattr(ReviewDialog, "exec", lambda d: seen.append(d.summary.text()) or 0)
    window.review_action.trigger()
    assert seen == [
        "Nothing was published this week.\n"
        "Not marked published, though its time has passed: 1 post."
    ]


# -- 7. the sample week shows the loop working ------------------------------------------------


def test_the_sample_week_shows_no_overdue_follow_up_nor_missed_post(window, qtbot) -> None:
    set_clock(dt.datetime(2026, 11, 26, 10, 0))  # Thursday: three days of it are past
    window.refresh()
    window.empty_state.sample_button.click()
    posts = window.model.posts()
    states = [window.model.index_of(p.uid).data(Role.FOLLOWUP) for p in posts]
    assert "overdue" not in states
    # Monday and Tuesday: replies done; Wednesday 12:30 and Thursday 10:00 are not a day
    # old: their replies are still to do.
    assert (states.count("done"), states.count("pending")) == (4, 2)
    assert "0 overdue" in window.mix_panel.followup_label.text()
    assert not [p for p in posts if window.model.index_of(p.uid).data(Role.MISSED)]


# -- 1. the window fits a 1024 x 768 screen ----------------------------------------------------


def test_the_window_fits_a_small_screen_with_every_day_and_count_in_view(window, qtbot) -> None:
    make_post(window.plan, P, title="Sale")
    window.refresh()
    assert window.minimumSizeHint().width() <= 1000
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() <= 1000)
    view = window.view
    assert view.horizontalHeader().length() <= view.viewport().width()  # Sunday whole
    toolbar = window.findChild(QToolBar)
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # nothing folded away
    new_post = toolbar.widgetForAction(window.new_post_action)
    assert new_post.isVisible()
    assert new_post.width() >= QFontMetrics(new_post.font()).horizontalAdvance("New post")
    for label in window.mix_panel.share_labels.values():
        right = label.mapTo(window, QPoint(label.width(), 0)).x()
        assert label.isVisible()
        assert right <= window.width()


def test_the_side_panels_can_be_hidden_and_stay_hidden(qtbot, plan_path) -> None:
    plan = Plan.create(plan_path)
    make_post(plan, V)
    first = MainWindow(PlanDocument(plan))
    qtbot.addWidget(first)
    first.show()
    wide = first.minimumSizeHint().width()
    first.ideas_panel_action.trigger()
    first.mix_panel_action.trigger()
    assert not first.ideas_panel.isVisible()
    assert not first.mix_panel.isVisible()
    qtbot.waitUntil(lambda: first.minimumSizeHint().width() < wide - 300)
    first.close()
    again = MainWindow(PlanDocument(Plan.open(plan_path)))
    qtbot.addWidget(again)
    again.show()
    assert not again.ideas_panel_action.isChecked()
    assert not again.ideas_panel.isVisible()
    assert not again.mix_panel.isVisible()
    again.mix_panel_action.trigger()
    assert again.mix_panel.isVisible()
    again.close()


# -- 2. cards show the whole title, and the body when there is room --------------------------


def lines_needed(text: str, font, width: int) -> int:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    count = 0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        count += 1
    layout.endLayout()
    return count


@pytest.mark.parametrize("width", [1000, 1900])
def test_a_long_title_is_shown_whole_at_any_width(window, qtbot, width) -> None:
    title = (
        "Panettone pre-orders open for Christmas: reserve yours before 15 December and "
        "collect it warm from the shop on the morning you choose"
    )
    make_post(window.plan, P, title=title, time=dt.time(9), body="Order in the shop.")
    window.refresh()
    window.resize(width, 800)
    qtbot.waitUntil(lambda: window.view.columnWidth(0) > 0)
    view = window.view
    index = window.model.index_of(find_post(window.plan, window.model.posts()[0].uid).uid)
    text_width = view.columnWidth(index.column()) - 28  # the card's frame, stripe, padding
    metrics = QFontMetrics(view.font())
    needed = lines_needed(title, view.font(), text_width) * metrics.height()
    assert view.rowHeight(index.row()) >= needed + 3 * metrics.height()  # time, footer...
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    assert title in tooltip
    assert "Order in the shop." in tooltip


def test_spare_room_shows_the_first_lines_of_the_body(window, qtbot) -> None:
    make_post(window.plan, V, title="Tip", body="Keep bread in paper. " * 20)
    make_post(window.plan, V, TODAY + dt.timedelta(days=1), title="Tip two")
    window.refresh()
    window.resize(1400, 900)
    view = window.view
    qtbot.waitUntil(lambda: view.viewport().height() > 400)
    with_body = view.rowHeight(window.model.index_of(window.model.posts()[0].uid).row())
    window.plan.apply(Change((window.model.posts()[0],), ()))
    window.refresh()
    without_body = view.rowHeight(0)
    assert with_body >= without_body + 3 * QFontMetrics(view.font()).height()


# -- 3. a day takes clicks -------------------------------------------------------------------


def test_a_click_on_an_empty_day_chooses_it_for_new_posts(window, qtbot, monkeypatch) -> None:
    wednesday = make_post(window.plan, V, window.week.days[2], title="Wed")
    window.refresh()
    window.view.select_posts([wednesday.uid])
    seen = open_dialogs(monkeypatch)
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=below_the_cards(window, 0))
    assert window.view.selected_posts() == []
    qtbot.keyClick(window.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert dialog_day(seen[-1]) == window.week.days[0]
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=below_the_cards(window, 4))
    assert dialog_day(seen[-1]) == window.week.days[4]
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=below_the_cards(window, 5))
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert [dialog_day(d) for d in seen] == [window.week.days[i] for i in (0, 4, 5)]


# -- 4. the channel filter filters the mix ---------------------------------------------------


def test_the_filter_shows_the_channels_own_mix_and_warnings(window) -> None:
    for day in window.week.days[:3]:
        make_post(window.plan, P, day, channel="Instagram", time=dt.time(9))
    make_post(window.plan, V, window.week.days[4], channel="Facebook")
    make_post(window.plan, C, window.week.days[5], channel="Facebook")
    window.refresh()
    assert any("Instagram" in text for text in warning_texts(window.mix_panel))
    window.channel_filter.setCurrentIndex(window.channel_filter.findText("Facebook"))
    assert window.mix_panel.heading.text() == "This week: Facebook only"
    assert [window.mix_panel.count_labels[t].text() for t in (P, V, C)] == ["0", "1", "1"]
    assert not any("Instagram" in text for text in warning_texts(window.mix_panel))


# -- 6. missed posts look missed, and are marked published in one step -----------------------


def test_a_missed_post_is_marked_and_mark_as_published_fixes_it(window, qtbot) -> None:
    missed = make_post(window.plan, V, TODAY, time=dt.time(9), status=Status.SCHEDULED)
    later = make_post(window.plan, V, TODAY, time=dt.time(11), status=Status.SCHEDULED)
    window.refresh()
    index = window.model.index_of(missed.uid)
    assert index.data(Role.MISSED) is True
    assert "not marked published" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert window.model.index_of(later.uid).data(Role.MISSED) is False
    assert window.mark_published_action in window.view.actions()  # the card's menu
    window.view.select_posts([missed.uid])
    window.mark_published_action.trigger()
    assert find_post(window.plan, missed.uid).status is Status.PUBLISHED
    assert window.model.index_of(missed.uid).data(Role.MISSED) is False
    assert window.undo_action.text() == "Undo Mark post published"
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Space)  # replies, as before
    assert find_post(window.plan, missed.uid).followup.done


# -- copy and paste, and dragging to another week --------------------------------------------


def test_copy_and_paste_onto_a_day_of_another_week(window, qtbot) -> None:
    post = make_post(window.plan, C, TODAY, time=dt.time(12), title="Poll")
    window.refresh()
    window.view.setFocus()
    window.view.select_posts([post.uid])
    qtbot.keyClick(window.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert "Copied 1 post" in window.statusBar().currentMessage()
    window.next_action.trigger()
    viewport = window.view.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=below_the_cards(window, 1))
    qtbot.keyClick(window.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    (copy,) = window.model.posts()
    assert (copy.title, copy.date, copy.time) == ("Poll", window.week.days[1], dt.time(12))
    assert copy.uid != post.uid
    assert window.undo_action.text() == "Undo Paste post"
    window.undo_action.trigger()
    assert window.model.posts() == []


def test_a_card_held_over_the_next_button_reaches_next_week(window, qtbot) -> None:
    post = make_post(window.plan, V, TODAY, time=dt.time(9), title="Tip")
    window.refresh()
    data = window.model.mimeData([window.model.index_of(post.uid)])
    button = window.findChild(QToolBar).widgetForAction(window.next_action)
    enter = QDragEnterEvent(
        QPoint(5, 5),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(button, enter)
    assert enter.isAccepted()
    qtbot.waitUntil(lambda: window.week.start == TODAY + dt.timedelta(days=7), timeout=2000)
    QApplication.sendEvent(button, QDragLeaveEvent())
    window.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 3, QModelIndex())
    qtbot.waitUntil(lambda: find_post(window.plan, post.uid).date == window.week.days[3])
    assert find_post(window.plan, post.uid).time == dt.time(9)


# -- 8. settings that read -------------------------------------------------------------------


def test_settings_show_whole_headers_and_the_rules_own_limit(window, monkeypatch) -> None:
    make_post(window.plan, V, channel="Instagram")
    seen = []

    def look(dialog) -> None:
        header = dialog.table.horizontalHeader()
        for column in range(dialog.table.columnCount()):
            text = dialog.table.horizontalHeaderItem(column).text()
            wanted = QFontMetrics(header.font()).horizontalAdvance(text)
            seen.append((text, header.sectionSize(column) >= wanted))
        seen.append(header.length() <= dialog.table.viewport().width())
        seen.append((dialog.custom_spin.value(), dialog.custom_spin.isEnabled()))
        dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("80-20"))
        seen.append((dialog.custom_spin.value(), dialog.custom_spin.isEnabled()))
        dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("custom"))
        seen.append((dialog.custom_spin.value(), dialog.custom_spin.isEnabled()))
        dialog.reject()

    answer_settings(monkeypatch, look)
    window.settings_action.trigger()
    assert seen == [
        ("Name", True),
        ("Character limit", True),
        ("Posts a week (target)", True),
        ("Reply within (hours)", True),
        True,
        (33, False),
        (20, False),
        (30, True),
    ]


# -- 10. small things a person notices -------------------------------------------------------


def test_the_default_plan_is_among_the_recent_plans(qtbot, tmp_path) -> None:
    plan, problem = open_start_plan(None)
    assert problem is None
    shown = MainWindow(PlanDocument(plan))
    qtbot.addWidget(shown)
    shown.files.open_plan(tmp_path / "florist.sqlite3", create=True)
    names = [action.text() for action in shown.recent_menu.actions()]
    assert names == ["florist.sqlite3", plan.path.name]
    shown.close()


def test_every_menu_shortcut_shows_in_the_menu(window) -> None:
    assert window.settings_action.shortcut().toString() == "Ctrl+,"
    for action in window.findChildren(type(window.settings_action)):
        if action.shortcuts():
            assert not action.shortcut().isEmpty(), action.text()


def test_the_restore_dialog_says_how_often_backups_are_taken(window) -> None:
    dialog = RestoreDialog(
        [Backup(window.plan.path, dt.datetime(2026, 11, 23, 9))],
        window,
    )
    text = dialog.findChild(QLabel).text()
    assert "30 minutes" in text
    assert "each time" not in text


def test_a_new_idea_starts_on_the_channel_last_used(window, monkeypatch) -> None:
    for name in ("Facebook", "Instagram"):
        make_post(window.plan, V, channel=name)
    fill_dialog(monkeypatch, title="Letter", channel="Newsletter")
    window.new_post_action.trigger()
    seen = open_dialogs(monkeypatch)
    window.ideas_panel.new_idea_requested.emit()
    assert seen[0].channel_combo.currentText() == "Newsletter"
    window.new_post_action.trigger()
    assert seen[1].channel_combo.currentText() == "Newsletter"


def test_import_problems_wrap_instead_of_scrolling_sideways(window, tmp_path, monkeypatch) -> None:
    kind = "promotional-value-and-conversation-all-at-once-" * 2
    rows = "".join(f"2026-11-24,X,{kind}{i},Title\n" for i in range(3))
    source = tmp_path / "posts.csv"
    source.write_text("date,channel,content_type,title\n" + rows)
    seen = []

    def look(dialog: ImportDialog) -> int:
        dialog.resize(520, 500)
        dialog.show()
        QApplication.processEvents()
        problems = dialog.problems
        seen.append(problems.horizontalScrollBar().maximum())
        seen.append(
            all(
                problems.visualItemRect(problems.item(i)).right() <= problems.viewport().width()
                for i in range(problems.count())
            )
        )
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", look)
    window.file_flows.import_csv(str(source))
    assert seen == [0, True]


def contrast(one, two) -> float:
    def luminance(colour) -> float:
        channels = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            channels.append(value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(one), luminance(two)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_reply_box_reads_on_a_dark_palette(window, qtbot) -> None:
    from ui.theme import Theme, choose

    post = make_post(window.plan, V, TODAY, time=dt.time(8), status=Status.PUBLISHED)
    window.refresh()
    choose(Theme.DARK)
    try:
        qtbot.waitUntil(lambda: window.palette().color(QPalette.ColorRole.Window).lightness() < 128)
        view = window.view
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(window.model.index_of(post.uid))
        box = checkbox_rect(option)
        image = view.viewport().grab().toImage()
        edge = image.pixelColor(box.left() + 1, box.center().y())
        beside = image.pixelColor(box.right() + 4, box.center().y())
        assert contrast(edge, beside) >= 3
    finally:
        choose(Theme.SYSTEM)


def test_the_limit_line_never_crosses_a_letter_of_the_mix_bar(window) -> None:
    make_post(window.plan, P, channel="X")
    make_post(window.plan, P, channel="Facebook")
    make_post(window.plan, V, channel="LinkedIn")
    window.refresh()
    bar = window.mix_panel.bar
    x = bar.limit_x()
    letters = bar.letter_rects()
    assert letters  # the P segment still says P
    for _content_type, rect in letters:
        assert not rect.left() - 1 <= x <= rect.right() + 1


def test_the_post_dialog_says_when_emoji_cannot_show(window, monkeypatch) -> None:
    """Without a colour emoji font (a bare Linux) emoji are boxes: the dialog says why."""
    from ui import post_dialog

    seen = []

    def look(dialog: PostDialog) -> int:
        dialog.show()
        dialog.body_edit.setPlainText("Fresh bread")
        seen.append(dialog.emoji_note.isVisible())
        dialog.body_edit.setPlainText("Fresh bread 🥖")
        seen.append(dialog.emoji_note.isVisible())
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(PostDialog, "exec", look)
    monkeypatch.setattr(post_dialog, "has_emoji_font", lambda: False)
    window.new_post_action.trigger()
    monkeypatch.setattr(post_dialog, "has_emoji_font", lambda: True)
    window.new_post_action.trigger()
    assert seen == [False, True, False, False]
