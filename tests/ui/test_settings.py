"""Plan settings from the window: rule, week start, channels; all undoable."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from planner.model import ContentType
from tests.conftest import add_channel, find_channel, make_post
from tests.ui.panels import warning_texts
from ui.settings_dialog import NAME, TARGET, SettingsDialog


def answer_settings(monkeypatch, change) -> list[SettingsDialog]:
    seen = []

    def run(dialog: SettingsDialog) -> int:
        seen.append(dialog)
        change(dialog)
        if dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled():
            dialog.accept()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", run)
    return seen


def test_rule_and_week_start_change_and_undo(window, monkeypatch) -> None:
    for _ in range(2):
        make_post(window.plan, ContentType.PROMOTIONAL)
    make_post(window.plan, ContentType.VALUE)
    make_post(window.plan, ContentType.VALUE)
    make_post(window.plan, ContentType.CONVERSATION)
    window.refresh()
    assert window.mix_panel.banner.isVisibleTo(window)  # 2 of 5 is over a third

    def change(dialog: SettingsDialog) -> None:
        dialog.rule_combo.setCurrentIndex(dialog.rule_combo.findData("custom"))
        dialog.custom_spin.setValue(40)
        dialog.week_start_combo.setCurrentIndex(dialog.week_start_combo.findData(6))

    answer_settings(monkeypatch, change)
    window.settings_action.trigger()
    settings = window.plan.settings()
    assert (settings.rule, settings.custom_limit, settings.week_start) == ("custom", 40, 6)
    assert not window.mix_panel.banner.isVisibleTo(window)
    assert window.week.start == dt.date(2026, 11, 22)
    assert window.undo_action.text() == "Undo Change settings"
    window.undo_action.trigger()
    assert window.plan.settings().rule == "thirds"
    assert window.week.start == dt.date(2026, 11, 23)
    assert window.mix_panel.banner.isVisibleTo(window)


def test_channels_added_edited_and_deleted_with_confirmation(window, monkeypatch) -> None:
    make_post(window.plan, ContentType.VALUE, channel="Instagram")
    make_post(window.plan, ContentType.VALUE, channel="Instagram")
    add_channel(window.plan, "Facebook", 5000)
    questions = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *args, **kwargs: questions.append(args[2]) or QMessageBox.StandardButton.Yes,
    )

    def change(dialog: SettingsDialog) -> None:
        table = dialog.table
        rows = {table.item(r, NAME).text(): r for r in range(table.rowCount())}
        table.item(rows["Facebook"], TARGET).setText("3")
        table.setCurrentCell(rows["Instagram"], NAME)
        dialog.delete_selected_channel()
        dialog.add_channel_row()
        table.item(table.rowCount() - 1, NAME).setText("tiktok")

    answer_settings(monkeypatch, change)
    window.settings_action.trigger()
    assert questions == [
        "Delete Instagram and its 2 posts? You can bring them back with Edit ▸ Undo."
    ]
    channels = {c.name: c for c in window.plan.channels()}
    assert set(channels) == {"Facebook", "TikTok"}
    assert channels["Facebook"].weekly_target == 3
    assert channels["TikTok"].char_limit == 2200
    assert window.plan.count_posts() == 0
    window.undo_action.trigger()
    assert {c.name for c in window.plan.channels()} == {"Facebook", "Instagram"}
    assert window.plan.count_posts() == 2
    assert find_channel(window.plan, "Facebook").weekly_target is None


def test_bad_channel_rows_block_ok(window, monkeypatch) -> None:
    add_channel(window.plan, "Facebook")

    def change(dialog: SettingsDialog) -> None:
        dialog.add_channel_row()
        dialog.table.item(dialog.table.rowCount() - 1, NAME).setText("FACEBOOK")

    seen = answer_settings(monkeypatch, change)
    window.settings_action.trigger()
    assert seen[0].error_label.text() == "Two channels have the same name."
    assert [c.name for c in window.plan.channels()] == ["Facebook"]


def test_below_cadence_reaches_the_panel(window) -> None:
    add_channel(window.plan, "Instagram", 2200, 3)
    make_post(window.plan, ContentType.VALUE, channel="Instagram")
    window.refresh()
    assert warning_texts(window.mix_panel) == [
        "⚠ Instagram: 1 of 3 posts this week, below your target."
    ]
