"""The week model on its own: Qt's model checks, cells, roles, drops."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QMimeData, QModelIndex, Qt

from planner.model import Channel, ContentType, Post
from planner.weeks import week_containing
from tests.conftest import NOW, TODAY
from ui.week_model import Role, WeekModel, posts_from_mime_data, posts_mime_data

WEEK = week_containing(TODAY, 0)
CHANNELS = {1: Channel(1, "Instagram"), 2: Channel(2, "Facebook")}


def sample_posts() -> list[Post]:
    return [
        Post(1, ContentType.VALUE, "Monday any time", date=WEEK.days[0]),
        Post(2, ContentType.PROMOTIONAL, "Monday 9:00", date=WEEK.days[0], time=dt.time(9)),
        Post(1, ContentType.CONVERSATION, "Friday", date=WEEK.days[4], time=dt.time(12)),
        Post(1, ContentType.VALUE, "Next week", date=WEEK.days[6] + dt.timedelta(days=1)),
    ]


def loaded(qtbot) -> WeekModel:
    model = WeekModel()
    model.set_week(WEEK, sample_posts(), CHANNELS, now=NOW, streak=[])
    return model


def test_qt_model_tester(qtmodeltester) -> None:
    model = WeekModel()
    model.set_week(WEEK, sample_posts(), CHANNELS, now=NOW)
    qtmodeltester.check(model, force_py=True)
    model.set_week(WEEK, [], CHANNELS, now=NOW)
    qtmodeltester.check(model, force_py=True)


def test_days_are_columns_and_posts_rows(qtbot) -> None:
    model = loaded(qtbot)
    assert (model.rowCount(), model.columnCount()) == (2, 7)
    assert model.data(model.index(0, 0)) == "Monday any time"
    assert model.data(model.index(1, 0)) == "Monday 9:00"
    assert model.data(model.index(0, 4)) == "Friday"
    assert model.data(model.index(1, 4)) is None  # an empty cell below Friday's post
    assert model.data(model.index(1, 0), Role.CHANNEL_NAME) == "Facebook"
    assert "Next week" not in [p.title for p in model.posts()]
    assert model.data(model.index(0, 0), Role.IS_TODAY) is True
    assert model.data(model.index(0, 1), Role.IS_TODAY) is False


def test_cards_describe_themselves_for_screen_readers(qtbot) -> None:
    model = loaded(qtbot)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == (
        "any time · Instagram · Monday any time · Value · draft"
    )


def test_empty_cells_take_drops_but_not_selection(qtbot) -> None:
    model = loaded(qtbot)
    flags = model.flags(model.index(1, 4))
    assert flags & Qt.ItemFlag.ItemIsDropEnabled
    assert not flags & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(0, 4)) & Qt.ItemFlag.ItemIsDragEnabled


def test_drops_ask_for_a_move_and_never_change_the_model(qtbot) -> None:
    model = loaded(qtbot)
    post = model.posts()[0]
    data = model.mimeData([model.index(0, 0)])
    assert [item.post for item in posts_from_mime_data(data)] == [post]
    assert data.text() == "Monday any time"
    with qtbot.waitSignal(model.posts_dropped) as signal:
        assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 2, QModelIndex()) is False
    assert signal.args == [[post], WEEK.days[2], False]
    assert model.posts()[0] == post
    foreign = QMimeData()
    foreign.setText("hello")
    assert not model.canDropMimeData(foreign, Qt.DropAction.MoveAction, -1, 2, QModelIndex())


def test_damaged_drag_data_is_ignored() -> None:
    data = posts_mime_data([])
    data.setData("application/x-content-planner-posts", b"{not json")
    assert posts_from_mime_data(data) == []
