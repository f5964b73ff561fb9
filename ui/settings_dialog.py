"""The plan's settings: mix rule, week start, time zone and channels.

The dialog edits copies; ``planner.actions.change_settings`` turns what changed into one
undoable action."""

from __future__ import annotations

import zoneinfo
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import clock
from planner.actions import ChannelChanges
from planner.channels import name_key
from planner.model import Channel, Settings, WeekStart
from planner.rules import RuleId, rule_for
from ui import texts
from ui.dialogs import confirm
from ui.style import error_style

translate = QCoreApplication.translate
NAME, LIMIT, TARGET, REPLY = range(4)


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        channels: list[Channel],
        post_counts: dict[int, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SettingsDialog", "Plan settings"))
        self.setMinimumWidth(560)
        self._settings = settings
        self._channels = {c.id: c for c in channels}
        self._post_counts = post_counts
        self._deleted: list[Channel] = []
        layout = QVBoxLayout(self)

        mix = QGroupBox(translate("SettingsDialog", "Content mix"))
        mix_form = QFormLayout(mix)
        self.rule_combo = QComboBox()
        for rule_id in RuleId:
            self.rule_combo.addItem(texts.rule_name(rule_id), rule_id.value)
        self.rule_combo.setCurrentIndex(list(RuleId).index(settings.rule))
        self.custom_spin = QSpinBox()
        self.custom_spin.setRange(1, 99)
        self.custom_spin.setSuffix(" %")
        self.custom_spin.setValue(settings.custom_limit)
        self._custom_limit = settings.custom_limit  # kept while a preset shows its own
        self.rule_help = QLabel()
        self.rule_help.setWordWrap(True)
        mix_form.addRow(translate("SettingsDialog", "&Rule"), self.rule_combo)
        mix_form.addRow(translate("SettingsDialog", "Promotional &limit"), self.custom_spin)
        mix_form.addRow("", self.rule_help)
        layout.addWidget(mix)

        week = QGroupBox(translate("SettingsDialog", "Calendar"))
        week_form = QFormLayout(week)
        self.week_start_combo = QComboBox()
        for day, name in (
            (WeekStart.MONDAY, translate("SettingsDialog", "Monday")),
            (WeekStart.SUNDAY, translate("SettingsDialog", "Sunday")),
            (WeekStart.SATURDAY, translate("SettingsDialog", "Saturday")),
        ):
            self.week_start_combo.addItem(name, day)
        self.week_start_combo.setCurrentIndex(self.week_start_combo.findData(settings.week_start))
        self.zone_combo = QComboBox()
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(sorted(zoneinfo.available_timezones()))
        self.zone_combo.setCurrentText(settings.time_zone)
        week_form.addRow(translate("SettingsDialog", "&Week starts on"), self.week_start_combo)
        week_form.addRow(translate("SettingsDialog", "&Time zone"), self.zone_combo)
        self.country_combo = QComboBox()
        self.region_combo = QComboBox()
        self._fill_countries(settings)
        holidays_row = QHBoxLayout()
        holidays_row.addWidget(self.country_combo, 2)
        holidays_row.addWidget(self.region_combo, 1)
        week_form.addRow(translate("SettingsDialog", "Public &holidays"), holidays_row)
        layout.addWidget(week)

        channel_box = QGroupBox(translate("SettingsDialog", "Channels"))
        channel_layout = QVBoxLayout(channel_box)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                translate("SettingsDialog", "Name"),
                translate("SettingsDialog", "Character limit"),
                translate("SettingsDialog", "Posts a week (target)"),
                translate("SettingsDialog", "Reply within (hours)"),
            ]
        )
        reply_header = self.table.horizontalHeaderItem(REPLY)
        if reply_header is not None:
            reply_header.setToolTip(
                translate(
                    "SettingsDialog",
                    "The time you set aside to answer comments and messages after a post "
                    "is published. Empty: within the day.",
                )
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # whole headers
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for channel in channels:
            self._add_row(channel)
        channel_layout.addWidget(self.table)
        row_buttons = QHBoxLayout()
        self.add_button = QPushButton(translate("SettingsDialog", "&Add channel"))
        self.delete_button = QPushButton(translate("SettingsDialog", "&Delete channel"))
        row_buttons.addWidget(self.add_button)
        row_buttons.addWidget(self.delete_button)
        row_buttons.addStretch(1)
        channel_layout.addLayout(row_buttons)
        layout.addWidget(channel_box)

        self.error_label = QLabel()
        self.error_label.setStyleSheet(error_style())
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.rule_combo.currentIndexChanged.connect(self._validate)
        self.zone_combo.currentTextChanged.connect(self._validate)
        self.table.itemChanged.connect(self._validate)
        self.add_button.clicked.connect(self.add_channel_row)
        self.delete_button.clicked.connect(self.delete_selected_channel)
        self._validate()

    def _fill_countries(self, settings: Settings) -> None:
        from PySide6.QtCore import QCollator, QLocale

        from planner import special_days
        from ui import language

        combo = self.country_combo
        spoken = language.locale_for(language.current()).name()
        computer = special_days.country_of_locale(QLocale.system().name())
        named = special_days.country_name(computer, spoken) if computer else ""
        combo.addItem(
            translate("SettingsDialog", "As this computer ({country})").format(
                country=named or translate("SettingsDialog", "none")
            ),
            None,
        )
        combo.addItem(translate("SettingsDialog", "None"), "")
        collator = QCollator(QLocale(spoken))
        names = [
            (special_days.country_name(code, spoken), code) for code in special_days.countries()
        ]
        names.sort(key=lambda pair: collator.sortKey(pair[0]))
        for name, code in names:
            combo.addItem(name, code)
        combo.setCurrentIndex(max(combo.findData(settings.holiday_country), 0))
        combo.currentIndexChanged.connect(lambda _i: self._fill_regions(None))
        self._fill_regions(settings.holiday_region)

    def _fill_regions(self, region: str | None) -> None:
        from planner import special_days

        combo = self.region_combo
        combo.clear()
        combo.addItem(translate("SettingsDialog", "Whole country"), None)
        country = str(self.country_combo.currentData() or "")
        named = special_days.region_names(country) if country else {}
        for code in special_days.regions(country):
            name = named.get(code)
            combo.addItem(f"{name} ({code})" if name and name != code else code, code)
        combo.setCurrentIndex(max(combo.findData(region), 0))
        combo.setEnabled(combo.count() > 1)

    # -- channels ------------------------------------------------------------------------

    def _add_row(self, channel: Channel) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(channel.name)
        name.setData(Qt.ItemDataRole.UserRole, channel.id)
        self.table.setItem(row, NAME, name)
        numbers = (
            (LIMIT, channel.char_limit),
            (TARGET, channel.weekly_target),
            (REPLY, channel.reply_hours),
        )
        for column, number in numbers:
            self.table.setItem(row, column, QTableWidgetItem("" if number is None else str(number)))

    def add_channel_row(self) -> None:
        self._add_row(Channel(0, translate("SettingsDialog", "New channel")))
        row = self.table.rowCount() - 1
        self.table.setCurrentCell(row, NAME)
        self.table.editItem(self._item(row, NAME))

    def delete_selected_channel(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        channel_id = int(self._item(row, NAME).data(Qt.ItemDataRole.UserRole) or 0)
        posts = self._post_counts.get(channel_id, 0)
        if channel_id and posts:
            name = self._channels[channel_id].name
            question = translate(
                "SettingsDialog",
                "Delete {name} and its %Ln posts? You can bring them back with Edit ▸ Undo.",
                "",
                posts,
            ).format(name=name)
            if not confirm(self, translate("SettingsDialog", "Delete channel"), question):
                return
        if channel_id:
            self._deleted.append(self._channels[channel_id])
        self.table.removeRow(row)
        self._validate()

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:  # a cell the user emptied
            item = QTableWidgetItem("")
            self.table.setItem(row, column, item)
        return item

    def _row_channel(self, row: int) -> Channel:
        """The channel a table row describes; ``ValueError`` names what is wrong."""
        name_item = self._item(row, NAME)
        name = name_item.text().strip()
        if not name:
            raise ValueError(translate("SettingsDialog", "Every channel needs a name."))
        numbers: list[int | None] = []
        for column in (LIMIT, TARGET, REPLY):
            text = self._item(row, column).text().strip()
            if not text:
                numbers.append(None)
                continue
            if not text.isdigit() or int(text) < 1:
                raise ValueError(
                    translate(
                        "SettingsDialog", "{name}: '{text}' is not a whole number above 0."
                    ).format(name=name, text=text)
                )
            numbers.append(int(text))
        channel_id = int(name_item.data(Qt.ItemDataRole.UserRole) or 0)
        return Channel(channel_id, name, *numbers)

    def channel_changes(self) -> ChannelChanges:
        changes = ChannelChanges(deleted=list(self._deleted))
        for row in range(self.table.rowCount()):
            channel = self._row_channel(row)
            if channel.id == 0:
                changes.added.append(channel)
            elif channel != self._channels[channel.id]:
                changes.edited.append((self._channels[channel.id], channel))
        return changes

    # -- settings ------------------------------------------------------------------------

    def settings(self) -> Settings:
        return replace(
            self._settings,
            rule=RuleId(self.rule_combo.currentData()),
            custom_limit=self.custom_spin.value()
            if self.custom_spin.isEnabled()
            else self._custom_limit,
            week_start=int(self.week_start_combo.currentData()),
            time_zone=self.zone_combo.currentText().strip(),
            holiday_country=self.country_combo.currentData(),
            holiday_region=self.region_combo.currentData(),
        )

    def _show_limit(self, rule: RuleId) -> None:
        """The limit the rule sets, greyed for a preset (33% for the rule of thirds); the
        user's own number, to edit, for a custom limit."""
        if self.custom_spin.isEnabled():
            self._custom_limit = self.custom_spin.value()
        custom = rule is RuleId.CUSTOM
        limit = rule_for(rule, self._custom_limit).limit
        self.custom_spin.setEnabled(custom)
        self.custom_spin.setValue(self._custom_limit if custom else round(limit * 100))

    def _validate(self) -> None:
        rule = RuleId(self.rule_combo.currentData())
        self._show_limit(rule)
        self.rule_help.setText(texts.rule_explanation(rule))
        problem = ""
        if not clock.is_known_zone(self.zone_combo.currentText().strip()):
            problem = translate("SettingsDialog", "Choose a time zone from the list.")
        try:
            names = [name_key(self._row_channel(row).name) for row in range(self.table.rowCount())]
        except ValueError as error:
            problem = problem or texts.said(error)
        else:
            if len(names) != len(set(names)):
                problem = problem or translate("SettingsDialog", "Two channels have the same name.")
        self.error_label.setText(problem)
        self.error_label.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)
