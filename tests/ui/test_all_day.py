"""The week window as a person uses it all day: fitting a small screen, reading whole cards,
days that take clicks, a filter that filters the mix, missed posts, copy and paste, the
settings and the small things a person notices."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from planner.model import ContentType, Status
from tests.conftest import make_post, set_clock
from ui.main_window import MainWindow
from ui.post_dialog import PostDialog
from ui.review_dialog import ReviewDialog
from ui.week_model import Role

P, V, C = ContentType.PROMOTIONAL, ContentType.VALUE, ContentType.CONVERSATION


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
        "Not marked published, though their time has passed: 1 post(s)."
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
