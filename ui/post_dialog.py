"""Create or edit one post; problems are shown beside their field, never as a crash."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner import clock
from planner.channels import KNOWN_LIMITS, character_count, default_limit, find_named, known_name
from planner.model import (
    Channel,
    ContentType,
    FollowUp,
    Post,
    Status,
    normalize_tags,
    post_problems,
)
from planner.recurrence import Recurrence
from planner.wall_time import shown_instead
from ui import texts
from ui.followup_dialog import FollowUpEditor
from ui.repeat_editor import RepeatEditor
from ui.review_editor import ReviewEditor
from ui.style import error_style, type_colour

translate = QCoreApplication.translate
NEW_CHANNEL = 0  # channel_id of a post on a channel the save makes (see new_channel_name)


class PostDialog(QDialog):
    def __init__(
        self,
        channels: list[Channel],
        *,
        post: Post | None = None,
        channel_id: int | None = None,
        day: dt.date | None = None,
        today: dt.date,
        repeat: Recurrence | None = None,
        can_repeat: bool = True,
        time_zone: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """``channel_id``: the channel a new post starts on (else the first);
        ``repeat``: the series being edited (from ``post``, one of its occurrences);
        ``can_repeat`` False for an edit of one occurrence only; ``today`` (in the plan's
        zone) is the date offered when neither the post nor ``day`` has one; ``time_zone``,
        the plan's, tells the times the clocks skip."""
        super().__init__(parent)
        self._zone = clock.zone(time_zone) if time_zone else None
        if repeat is not None:
            title = translate("PostDialog", "Edit series")
        elif post is not None:
            title = translate("PostDialog", "Edit post")
        else:
            title = translate("PostDialog", "New post")
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self._original = post
        self._channels = channels
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        layout.addLayout(form)

        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(translate("PostDialog", "What is the post about?"))
        self.title_error = self._error_label()
        _add_row(
            form,
            translate("PostDialog", "&Title"),
            self.title_edit,
            self._with_error(self.title_edit, self.title_error),
        )

        self.channel_combo = QComboBox()
        self.channel_combo.setEditable(True)
        self.channel_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for channel in channels:
            self.channel_combo.addItem(channel.name, channel.id)
        others = [name for name in KNOWN_LIMITS if find_named(channels, name) is None]
        if others and channels:
            self.channel_combo.insertSeparator(self.channel_combo.count())
        for name in others:
            self.channel_combo.addItem(name, None)
        self.channel_error = self._error_label()
        _add_row(
            form,
            translate("PostDialog", "C&hannel"),
            self.channel_combo,
            self._with_error(self.channel_combo, self.channel_error),
        )

        self.type_group = QButtonGroup(self)
        type_box = QGridLayout()
        type_box.setHorizontalSpacing(8)
        type_box.setVerticalSpacing(2)
        for row, content_type in enumerate(ContentType):
            badge = QLabel(texts.type_letter(content_type))
            badge.setFixedSize(22, 22)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setStyleSheet(
                f"background: {type_colour(content_type).name()}; color: white;"
                "border-radius: 11px; font-weight: bold;"
            )
            button = QRadioButton(texts.type_name(content_type))
            button.setToolTip(texts.type_explanation(content_type))
            explanation = QLabel(texts.type_explanation(content_type))
            explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.type_group.addButton(button, row)
            type_box.addWidget(badge, row, 0)
            type_box.addWidget(button, row, 1)
            type_box.addWidget(explanation, row, 2)
        type_box.setColumnStretch(2, 1)
        _add_row(
            form, translate("PostDialog", "Content t&ype"), self.type_group.button(0), type_box
        )

        self.date_check = QCheckBox(translate("PostDialog", "&Date"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(texts.date_edit_format())
        self.time_check = QCheckBox(translate("PostDialog", "T&ime"))
        self.time_edit = QTimeEdit()
        self.time_error = self._error_label()
        self.time_note = self._error_label()
        when = QHBoxLayout()
        for widget in (self.date_check, self.date_edit, self.time_check, self.time_edit):
            when.addWidget(widget)
        when.addStretch(1)
        when_box = QVBoxLayout()
        when_box.addLayout(when)
        when_box.addWidget(self.time_error)
        when_box.addWidget(self.time_note)
        form.addRow(translate("PostDialog", "When"), when_box)

        first_day = (post.date if post else None) or day or today
        self.repeat_editor = RepeatEditor(first_day, repeat)
        self.repeat_label = QLabel(translate("PostDialog", "&Repeat"))
        self.repeat_label.setBuddy(self.repeat_editor.kind)
        form.addRow(self.repeat_label, self.repeat_editor)
        self.repeat_editor.setVisible(can_repeat)
        self.repeat_label.setVisible(can_repeat)
        self._can_repeat = can_repeat

        self.status_combo = QComboBox()
        for status in Status:
            self.status_combo.addItem(texts.status_name(status), status.value)
        self.status_error = self._error_label()
        _add_row(
            form,
            translate("PostDialog", "&Status"),
            self.status_combo,
            self._with_error(self.status_combo, self.status_error),
        )

        self.review_editor = ReviewEditor(post, today)
        self.review_editor.wording_used.connect(self._use_wording)
        _add_row(
            form,
            translate("PostDialog", "Client re&view"),
            self.review_editor.state,
            self.review_editor,
        )

        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        self.body_edit.setMinimumHeight(110)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.emoji_note = QLabel(
            translate(
                "PostDialog",
                "Emoji show as boxes here: this computer has no colour emoji font "
                "(on Linux, install fonts-noto-color-emoji). The post itself is fine.",
            )
        )
        self.emoji_note.setWordWrap(True)
        self.emoji_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.emoji_note.hide()
        body_box = QVBoxLayout()
        body_box.addWidget(self.body_edit)
        body_box.addWidget(self.count_label)
        body_box.addWidget(self.emoji_note)
        _add_row(form, translate("PostDialog", "&Body"), self.body_edit, body_box)

        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(
            translate("PostDialog", "comma-separated, e.g. autumn, sale")
        )
        _add_row(form, translate("PostDialog", "T&ags"), self.tags_edit)

        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(60)
        _add_row(form, translate("PostDialog", "&Notes"), self.notes_edit)

        # Once published, the post's follow-up: the time set aside to answer people.
        self.followup_box = QGroupBox(translate("PostDialog", "Follow-up"))
        box_layout = QVBoxLayout(self.followup_box)
        self.followup_editor = FollowUpEditor(post.followup if post else FollowUp())
        box_layout.addWidget(self.followup_editor)
        layout.addWidget(self.followup_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self._fill(post, day, today, channel_id)
        self.date_edit.dateChanged.connect(
            lambda day: self.repeat_editor.set_day(_python_date(day))
        )
        for signal in (
            self.repeat_editor.changed,
            self.title_edit.textChanged,
            self.channel_combo.currentTextChanged,
            self.body_edit.textChanged,
            self.date_check.toggled,
            self.time_check.toggled,
            self.date_edit.dateChanged,
            self.time_edit.timeChanged,
            self.status_combo.currentIndexChanged,
            self.type_group.idToggled,
        ):
            signal.connect(self._validate)
        self._validate()
        self.title_edit.setFocus()

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(error_style())
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_error(self, field: QWidget, error: QLabel) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        return box

    def _fill(
        self, post: Post | None, day: dt.date | None, today: dt.date, channel_id: int | None
    ) -> None:
        if post is None:
            known = {channel.id for channel in self._channels}
            first = self._channels[0].id if self._channels else NEW_CHANNEL
            post = Post(
                channel_id=channel_id if channel_id in known else first,
                content_type=ContentType.VALUE,
                title="",
                date=day,
                status=Status.DRAFT if day else Status.IDEA,
            )
            if not self._channels:
                self.channel_combo.setCurrentText("Instagram")
        self.title_edit.setText(post.title)
        for channel in self._channels:
            if channel.id == post.channel_id:
                self.channel_combo.setCurrentText(channel.name)
        self.type_group.button(list(ContentType).index(post.content_type)).setChecked(True)
        self.date_check.setChecked(post.date is not None)
        self.date_edit.setDate(texts.qdate(post.date or day or today))
        self.time_check.setChecked(post.time is not None)
        self.time_edit.setTime(texts.qtime(post.time) if post.time else QTime(9, 0))
        self.status_combo.setCurrentIndex(list(Status).index(post.status))
        self.body_edit.setPlainText(post.body)
        self.tags_edit.setText(", ".join(post.tags))
        self.notes_edit.setPlainText(post.notes)

    # -- reading the fields --------------------------------------------------------------

    def channel_name(self) -> str:
        return self.channel_combo.currentText().strip()

    def existing_channel(self) -> Channel | None:
        return find_named(self._channels, self.channel_name())

    def new_channel_name(self) -> str | None:
        """The channel to make with the post, when it names one the plan lacks."""
        if self.existing_channel() is not None or not self.channel_name():
            return None
        return self.channel_name()

    def post(self) -> Post:
        """The post as the fields describe it (``channel_id`` is 0 for a new channel)."""
        channel = self.existing_channel()
        has_date = self.date_check.isChecked()
        has_time = has_date and self.time_check.isChecked()
        time = self.time_edit.time()
        post = Post(
            channel_id=channel.id if channel else NEW_CHANNEL,
            content_type=list(ContentType)[max(0, self.type_group.checkedId())],
            title=self.title_edit.text().strip(),
            body=self.body_edit.toPlainText(),
            date=_python_date(self.date_edit.date()) if has_date else None,
            time=dt.time(time.hour(), time.minute()) if has_time else None,
            status=Status(self.status_combo.currentData()),
            tags=normalize_tags(self.tags_edit.text()),
            notes=self.notes_edit.toPlainText(),
            followup=self.followup_editor.followup(),
        )
        post = self.review_editor.reviewed(post)
        if self._original is None:
            return post
        # An edited post keeps its identity (and its place in a series): the edit replaces it.
        original = self._original
        return replace(
            post,
            uid=original.uid,
            series_uid=original.series_uid,
            occurrence=original.occurrence,
            virtual=original.virtual,
        )

    def _use_wording(self, title: str | None, body: str | None) -> None:
        """The client's title and text in place of the post's (saved with the post)."""
        if title is not None:
            self.title_edit.setText(title)
            self.title_edit.setModified(True)
        if body is not None:
            self.body_edit.setPlainText(body)

    def recurrence(self) -> Recurrence | None:
        """How the post repeats, if it does (only dated posts can)."""
        if not self._can_repeat or not self.date_check.isChecked():
            return None
        return self.repeat_editor.recurrence()

    # -- checking ------------------------------------------------------------------------

    def _validate(self) -> None:
        published = Status(self.status_combo.currentData()) is Status.PUBLISHED
        has_date = self.date_check.isChecked()
        self.followup_box.setVisible(published and has_date)
        self.date_edit.setEnabled(has_date)
        self.time_check.setEnabled(has_date)
        self.time_edit.setEnabled(has_date and self.time_check.isChecked())
        problems = dict(post_problems(self.post()))
        repeats = self._can_repeat and self.repeat_editor.recurrence() is not None
        if repeats and not has_date:
            problems["time"] = translate("PostDialog", "a repeating post needs a date")
        if not self.channel_name():
            problems["channel"] = translate("PostDialog", "a channel is required")
        if not self.title_edit.isModified() and self._original is None:
            problems_shown = {k: v for k, v in problems.items() if k != "title"}
        else:
            problems_shown = problems
        shown = {
            "title": self.title_error,
            "channel": self.channel_error,
            "time": self.time_error,
            "status": self.status_error,
        }
        # A new post's empty title is not an error until the user has typed in it.
        for field, label in shown.items():
            label.setText(self._problem_text(field, problems_shown.get(field)))
            label.setVisible(field in problems_shown)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        self._note_skipped_time()
        self._update_count()

    def _note_skipped_time(self) -> None:
        """Warn (without refusing) when the clocks skip the time that day: the post and its
        calendar event will be at the time that exists (RFC 5545)."""
        post = self.post()
        shown = None
        if self._zone is not None and post.date is not None and post.time is not None:
            shown = shown_instead(post.date, post.time, self._zone)
            if shown is not None:
                note = translate(
                    "PostDialog",
                    "{time} does not exist on {day}: the clocks go forward. "
                    "The post will be at {shown}.",
                )
                self.time_note.setText(
                    note.format(
                        time=texts.clock_time(post.time),
                        day=texts.long_date(post.date),
                        shown=texts.clock_time(shown),
                    )
                )
        self.time_note.setVisible(shown is not None)

    def _problem_text(self, field: str, reason: str | None) -> str:
        if reason is None:
            return ""
        return {
            "title": translate("PostDialog", "A title is required."),
            "time": translate("PostDialog", "An idea without a date has no time.")
            if not self.date_check.isChecked() and self.time_check.isChecked()
            else translate("PostDialog", "A repeating post needs a first date."),
            "status": translate("PostDialog", "Scheduled and published posts need a date."),
        }.get(field, reason)

    def channel_limit(self) -> int | None:
        channel = self.existing_channel()
        return channel.char_limit if channel else default_limit(self.channel_name())

    def _update_count(self) -> None:
        count = character_count(self.body_edit.toPlainText(), self.channel_name())
        limit = self.channel_limit()
        if limit is None:
            text = translate("PostDialog", "%Ln characters", "", count)
            over = False
        else:
            over = count > limit
            text = translate("PostDialog", "{count} / %Ln characters", "", limit)
            text = text.format(count=QLocale().toString(count))
            if over:
                text += translate("PostDialog", ": {over} over the limit").format(
                    over=QLocale().toString(count - limit)
                )
        if known_name(self.channel_name()) == "X":
            text += translate("PostDialog", " (links count as 23)")
        self.count_label.setText(text)
        self.count_label.setStyleSheet(error_style() + " font-weight: bold;" if over else "")
        body = self.body_edit.toPlainText() + self.title_edit.text()
        self.emoji_note.setVisible(has_emoji(body) and not has_emoji_font())


def has_emoji(text: str) -> bool:
    return any(0x1F000 <= ord(char) <= 0x1FAFF or 0x2600 <= ord(char) <= 0x27BF for char in text)


def has_emoji_font() -> bool:
    """Whether a colour emoji font is installed (Windows and macOS always have one)."""
    return any("emoji" in family.casefold() for family in QFontDatabase.families())


def _python_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _add_row(
    form: QFormLayout, text: str, buddy: QWidget, field: QWidget | QLayout | None = None
) -> None:
    """A form row whose label's mnemonic (Alt+letter) moves the focus to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, field if field is not None else buddy)
