"""A long, seeded, random run of window actions (create, edit, move, copy, duplicate,
delete, undo, redo, import) against a model of what the plan should then hold.

    SOAK_OPS=10000 SOAK_SEED=1234 python -m pytest tests/reliability/test_soak.py

The same seed gives the same run; a failure names the seed and the action number.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner.model import ContentType, Post
from planner.weeks import week_containing
from tests.conftest import TODAY, all_posts, ensure_channel, find_post
from ui import texts
from ui.import_dialog import ImportDialog
from ui.main_window import MainWindow
from ui.post_dialog import PostDialog
from ui.week_model import posts_mime_data

OPS = int(os.environ.get("SOAK_OPS", "10000"))
SEED = int(os.environ.get("SOAK_SEED", "1234"))
KINDS = list(ContentType)
State = dict[str, tuple[object, ...]]


def fields(post: Post, channels: dict[int, str]) -> tuple[object, ...]:
    return (post.title, post.content_type, post.date, post.time, channels[post.channel_id])


class Soak:
    """Drives the window and keeps the model: the plan's posts as they should be, and the
    undo and redo stacks of what each action changed."""

    def __init__(self, window: MainWindow, qtbot, rng: random.Random, monkeypatch) -> None:
        self.window, self.qtbot, self.rng, self.monkeypatch = window, qtbot, rng, monkeypatch
        self.expected: State = {}
        self.done: list[tuple[State, State]] = []  # (before, after) of each action
        self.undone: list[tuple[State, State]] = []
        self.counter = 0
        for name in ("Instagram", "Facebook"):
            ensure_channel(window.plan, name)
        window.refresh()
        self.channels = {c.id: c.name for c in window.plan.channels()}

    # -- the plan as it is -----------------------------------------------------------------

    def actual(self) -> State:
        return {p.uid: fields(p, self.channels) for p in all_posts(self.window.plan)}

    def record(self, before: State, after: State) -> None:
        """An action changed ``before`` into ``after`` (only the posts it touched)."""
        if before == after:
            return
        self.take(after)
        self.done.append((before, after))
        self.undone.clear()

    def take(self, state: State) -> None:
        """The posts in ``state`` are now as it says (None: deleted)."""
        for uid, value in state.items():
            if value is None:
                self.expected.pop(uid, None)
            else:
                self.expected[uid] = value

    def new_uids(self) -> list[str]:
        stored = {uid for (uid,) in self.window.plan.conn.execute("SELECT uid FROM posts")}
        return sorted(stored - set(self.expected))

    # -- actions -------------------------------------------------------------------------------

    def shown_posts(self) -> list[Post]:
        return self.window.model.posts()

    def random_post(self) -> Post | None:
        posts = self.shown_posts()
        return self.rng.choice(posts) if posts else None

    def random_day(self) -> dt.date:
        return self.window.week.days[self.rng.randrange(7)]

    def fill(self, title: str, kind: ContentType, day: dt.date | None, time: dt.time | None):
        def answer(dialog: PostDialog) -> int:
            dialog.title_edit.setText(title)
            dialog.type_group.button(KINDS.index(kind)).click()
            if day is not None:
                dialog.date_check.setChecked(True)
                dialog.date_edit.setDate(texts.qdate(day))
            dialog.time_check.setChecked(time is not None)
            if time is not None:
                dialog.time_edit.setTime(texts.qtime(time))
            dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
            return dialog.result()

        self.monkeypatch.setattr(PostDialog, "exec", answer)

    def random_time(self) -> dt.time | None:
        return None if self.rng.random() < 0.3 else dt.time(self.rng.randrange(7, 21), 0)

    def create(self) -> None:
        self.counter += 1
        title, kind = f"post {self.counter}", self.rng.choice(KINDS)
        day, time = self.random_day(), self.random_time()
        self.fill(title, kind, day, time)
        self.window.post_flows.new_post()
        (uid,) = self.new_uids()
        channel = find_post(self.window.plan, uid)
        assert channel is not None
        self.record({uid: None}, {uid: (title, kind, day, time, self.channels[channel.channel_id])})

    def edit(self) -> None:
        post = self.random_post()
        if post is None:
            return
        self.counter += 1
        title, kind = f"edited {self.counter}", self.rng.choice(KINDS)
        self.fill(title, kind, post.date, post.time)
        self.window.post_flows.edit_post(post)
        before = self.expected[post.uid]
        self.record({post.uid: before}, {post.uid: (title, kind, *before[2:])})

    def drop(self, copy: bool) -> None:
        post = self.random_post()
        if post is None:
            return
        column = self.rng.randrange(7)
        day = self.window.week.days[column]
        if not copy and day == post.date:
            return
        action = Qt.DropAction.CopyAction if copy else Qt.DropAction.MoveAction
        self.window.model.dropMimeData(posts_mime_data([post]), action, -1, column, QModelIndex())
        QCoreApplication.sendPostedEvents()  # the window takes drops through a queued signal
        assert bool(self.new_uids()) if copy else self.moved(post, day)
        before = self.expected[post.uid]
        if copy:
            (uid,) = self.new_uids()
            self.record({uid: None}, {uid: (before[0], before[1], day, *before[3:])})
        else:
            self.record({post.uid: before}, {post.uid: (before[0], before[1], day, *before[3:])})

    def moved(self, post: Post, day: dt.date) -> bool:
        found = find_post(self.window.plan, post.uid)
        return found is not None and found.date == day

    def duplicate(self) -> None:
        post = self.random_post()
        if post is None:
            return
        self.window.view.select_posts([post.uid])
        self.window.post_flows.duplicate_selected()
        (uid,) = self.new_uids()
        self.record({uid: None}, {uid: self.expected[post.uid]})

    def delete(self) -> None:
        post = self.random_post()
        if post is None:
            return
        self.window.view.select_posts([post.uid])
        self.window.post_flows.delete_selected()
        self.record({post.uid: self.expected[post.uid]}, {post.uid: None})

    def import_rows(self) -> None:
        self.counter += 1
        days = [self.random_day() for _ in range(2)]
        rows = "".join(
            f"{day.isoformat()},Facebook,value,imported {self.counter}-{i}\n"
            for i, day in enumerate(days)
        )
        path = self.window.plan.path.parent / f"import-{self.counter}.csv"
        path.write_text("date,channel,content_type,title\n" + rows)
        self.monkeypatch.setattr(ImportDialog, "exec", lambda dialog: (dialog.accept(), 1)[1])
        self.window.file_flows.import_csv(str(path))
        created = self.new_uids()
        assert len(created) == 2
        titles = {find_post(self.window.plan, uid).title: uid for uid in created}
        after = {
            titles[f"imported {self.counter}-{i}"]: (
                f"imported {self.counter}-{i}",
                ContentType.VALUE,
                day,
                None,
                "Facebook",
            )
            for i, day in enumerate(days)
        }
        self.record(dict.fromkeys(after), after)

    def undo(self) -> None:
        if not self.done:
            return
        before, after = self.done.pop()
        self.window.undo_action.trigger()
        self.take(before)
        self.undone.append((before, after))

    def redo(self) -> None:
        if not self.undone:
            return
        before, after = self.undone.pop()
        self.window.redo_action.trigger()
        self.take(after)
        self.done.append((before, after))

    def navigate(self) -> None:
        """Another of three weeks around this one: the posts spread, the weeks stay busy."""
        this_week = week_containing(TODAY, 0)
        self.window.show_week(this_week.shifted(self.rng.choice([-1, 0, 1])))

    def actions(self) -> list[tuple[Callable[[], None], int]]:
        return [
            (self.create, 20),
            (self.edit, 10),
            (lambda: self.drop(copy=False), 10),
            (lambda: self.drop(copy=True), 5),
            (self.duplicate, 5),
            (self.delete, 22),
            (self.undo, 15),
            (self.redo, 8),
            (self.import_rows, 2),
            (self.navigate, 5),
        ]


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_a_long_random_run_leaves_the_plan_as_the_model_says(window, qtbot, monkeypatch) -> None:
    rng = random.Random(SEED)
    soak = Soak(window, qtbot, rng, monkeypatch)
    actions, weights = zip(*soak.actions(), strict=True)
    for number in range(OPS):
        rng.choices(actions, weights)[0]()
        # What the event loop would do between two user actions: delete closed dialogs.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if number % 500 == 0 or number == OPS - 1:
            assert soak.actual() == soak.expected, f"seed {SEED}, after action {number}"
    assert window.plan.integrity_problems() == []
    print(f"\n{OPS} window actions (seed {SEED}); {len(soak.expected)} posts at the end")
