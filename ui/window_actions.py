"""The main window's actions, menus and toolbar, and which actions a plan allows.

Like a Designer ``Ui_`` class, :class:`WindowActions` builds them on the window it is mixed
into. Every way to change the plan is one of these ``QAction`` s (a double-click or a
card's check box triggers one too): a read-only plan disables them in one place,
:meth:`WindowActions.enable_actions`, and ``plan.apply`` refuses any write besides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QWidget,
)

from ui import language, theme
from ui.dialogs import inform
from ui.icons import icon
from ui.search_box import SearchBox
from ui.theme import Theme
from ui.week_flip import WeekFlip

if TYPE_CHECKING:
    from planner.model import Post
    from ui.file_flows import FileFlows
    from ui.ideas_panel import IdeasPanel
    from ui.mix_panel import MixPanel
    from ui.post_flows import PostFlows
    from ui.review_flows import ReviewFlows
    from ui.week_view import WeekView
    from ui.window_views import WindowViews

Keys = list[QKeySequence | QKeySequence.StandardKey | str]


class WindowActions(QMainWindow):
    # What the window provides before building its actions.
    view: WeekView
    views: WindowViews
    ideas_panel: IdeasPanel
    mix_panel: MixPanel
    post_flows: PostFlows
    file_flows: FileFlows
    review_flows: ReviewFlows
    previous_week: Callable[[], None]
    next_week: Callable[[], None]
    go_today: Callable[[], None]
    selected_posts: Callable[[], list[Post]]

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcuts: Keys | None = None,
        icon_name: str | None = None,
        context: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, context or self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcuts:
            # A standard key this system lacks (Preferences on Linux) would be listed first
            # as an empty shortcut, and the menu would show none.
            sequences = [QKeySequence(s) for s in shortcuts]
            action.setShortcuts([s for s in sequences if not s.isEmpty()])
        action.triggered.connect(lambda _checked=False: slot())
        if context is not None:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            context.addAction(action)
        return action

    def build_actions(self) -> None:
        key = QKeySequence.StandardKey
        files, posts = self.file_flows, self.post_flows
        self.new_plan_action = self._action(self.tr("&New plan…"), files.new_plan, ["Ctrl+Shift+N"])
        self.open_plan_action = self._action(self.tr("&Open plan…"), files.open_plan, [key.Open])
        self.save_copy_action = self._action(
            self.tr("Save a &copy…"), files.save_copy, ["Ctrl+Shift+S"]
        )
        self.restore_action = self._action(self.tr("Restore from &backup…"), files.restore_backup)
        self.import_action = self._action(
            self.tr("&Import CSV…"), files.import_csv, ["Ctrl+I"], "import"
        )
        self.export_action = self._action(self.tr("&Export…"), files.export, ["Ctrl+E"], "export")
        self.print_action = self._action(self.tr("&Print week…"), files.print_week, [key.Print])
        reviews = self.review_flows
        self.send_review_action = self._action(
            self.tr("Send for re&view…"), reviews.send_for_review
        )
        self.read_answers_action = self._action(
            self.tr("Read client &answers…"), reviews.read_answers
        )
        self.settings_action = self._action(
            self.tr("Plan &settings…"), files.show_settings, [key.Preferences, "Ctrl+,"], "settings"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, [key.Quit, "Ctrl+Q"])
        self.new_post_action = self._action(
            self.tr("&New post…"), posts.new_post, [key.New], "new-post"
        )
        self.edit_post_action = self._action(
            self.tr("&Edit post…"), posts.edit_selected, ["Return", "Enter"], context=self.view
        )
        self.duplicate_action = self._action(
            self.tr("&Duplicate"), posts.duplicate_selected, ["Ctrl+D"]
        )
        self.delete_action = self._action(
            self.tr("De&lete"), posts.delete_selected, [key.Delete], context=self.view
        )
        self.copy_action = self._action(self.tr("&Copy"), posts.copy_selected, [key.Copy])
        self.paste_action = self._action(self.tr("&Paste"), posts.paste, [key.Paste])
        self.mark_published_action = self._action(
            self.tr("&Mark as published"), lambda: posts.mark_published(self.selected_posts())
        )
        self.sample_action = self._action(self.tr("Add a &sample week"), posts.add_sample_week)
        self.replies_done_action = self._action(
            self.tr("&Replies done"),
            lambda: posts.toggle_replies(self.view.selected_posts()),
            ["Space"],
            context=self.view,
        )
        self.followup_action = self._action(
            self.tr("&Follow-up…"), self._edit_current_followup, ["Ctrl+Shift+F"]
        )
        self.review_action = self._action(self.tr("Week in &review…"), posts.show_review)
        self.previous_action = self._action(
            self.tr("&Previous week"), self.previous_week, ["Alt+Left", "PgUp"], "go-previous"
        )
        self.today_action = self._action(self.tr("&Today"), self.go_today, ["Ctrl+T"], "today")
        self.next_action = self._action(
            self.tr("&Next week"), self.next_week, ["Alt+Right", "PgDown"], "go-next"
        )
        self.about_action = self._action(self.tr("&About Content Planner"), files.show_about)
        self.search_action = self._action(
            self.tr("F&ind…"), self._find, [QKeySequence.StandardKey.Find]
        )
        self.duplicate_week_action = self._action(
            self.tr("Duplicate the &week…"), posts.duplicate_week
        )
        self.dates_action = self._action(self.tr("Dates that &matter…"), files.edit_dates)
        self.picture_action = self._action(self.tr("Export a pict&ure…"), files.export_picture)
        # Side panels a small screen can do without; shown again from the View menu.
        self.ideas_panel_action = self._panel_action(self.tr("&Ideas panel"), self.ideas_panel)
        self.mix_panel_action = self._panel_action(self.tr("&Mix panel"), self.mix_panel)
        # Return and Delete work in the ideas list too; in the month and the list as well.
        self.ideas_panel.list.addActions([self.edit_post_action, self.delete_action])
        self.views.add_view_actions(
            [self.edit_post_action, self.duplicate_action, self.delete_action]
        )
        self._build_context_menu()

    def _panel_action(self, text: str, panel: QWidget) -> QAction:
        action = QAction(text, self)
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(panel.setVisible)
        return action

    def _edit_current_followup(self) -> None:
        post = self.view.current_post()
        if post is not None:
            self.post_flows.edit_followup(post)

    def _build_context_menu(self) -> None:
        """The cards' context menu, in this order."""
        for action in self.view.actions():
            self.view.removeAction(action)
        separators = [QAction(self) for _ in range(2)]
        for separator in separators:
            separator.setSeparator(True)
        self.view.addActions(
            [
                self.new_post_action,
                separators[0],
                self.edit_post_action,
                self.duplicate_action,
                self.delete_action,
                self.copy_action,
                self.paste_action,
                separators[1],
                self.mark_published_action,
                self.replies_done_action,
                self.followup_action,
            ]
        )

    def build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_plan_action, self.open_plan_action])
        self.recent_menu: QMenu = file_menu.addMenu(self.tr("Open &recent"))
        file_menu.addActions([self.save_copy_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.import_action, self.export_action, self.picture_action, self.print_action]
        )
        file_menu.addSeparator()
        file_menu.addActions([self.send_review_action, self.read_answers_action])
        file_menu.addSeparator()
        file_menu.addActions([self.settings_action, self.dates_action])
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        # Undo and redo come from the open plan's stack and go in before this separator.
        self._undo_anchor = self.edit_menu.addSeparator()
        self.undo_action: QAction | None = None
        self.redo_action: QAction | None = None
        self.edit_menu.addActions(
            [self.new_post_action, self.edit_post_action, self.duplicate_action, self.delete_action]
        )
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.copy_action, self.paste_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions(
            [self.mark_published_action, self.replies_done_action, self.followup_action]
        )
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.duplicate_week_action, self.sample_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.search_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addActions(self.views.build_actions())
        view_menu.addSeparator()
        view_menu.addActions([self.previous_action, self.today_action, self.next_action])
        view_menu.addSeparator()
        view_menu.addActions([self.ideas_panel_action, self.mix_panel_action])
        self.theme_menu = view_menu.addMenu(self.tr("T&heme"))
        self._build_theme_menu()
        view_menu.addSeparator()
        view_menu.addAction(self.review_action)
        view_menu.addSeparator()
        self._build_language_menu(view_menu.addMenu(self.tr("&Language")))
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_language_menu(self, menu: QMenu) -> None:
        """The computer's language, or one the app speaks, each named in itself."""
        group = QActionGroup(menu)
        computer = language.NATIVE_NAMES[language.computer_language()]
        choices = [("", self.tr("Same as this computer ({language})").format(language=computer))]
        choices += list(language.NATIVE_NAMES.items())
        for code, text in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == language.chosen())
            action.triggered.connect(lambda _checked=False, code=code: self._choose_language(code))
            group.addAction(action)

    def _choose_language(self, code: str) -> None:
        language.choose(code)
        if (code or language.computer_language()) != language.current():
            inform(
                self,
                self.tr("Language"),
                self.tr("The new language applies the next time you open Content Planner."),
            )

    def _build_theme_menu(self) -> None:
        names = {
            Theme.SYSTEM: self.tr("As the &system"),
            Theme.LIGHT: self.tr("&Light"),
            Theme.DARK: self.tr("&Dark"),
        }
        group = QActionGroup(self)
        current = theme.chosen()
        self.theme_actions: dict[Theme, QAction] = {}
        for choice, text in names.items():
            action = self.theme_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(choice is current)
            action.triggered.connect(lambda _checked=False, c=choice: theme.choose(c))
            group.addAction(action)
            self.theme_actions[choice] = action

    def build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Week"))
        toolbar.setObjectName("weekToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(toolbar)
        toolbar.addAction(self.previous_action)
        toolbar.addAction(self.today_action)
        toolbar.addAction(self.next_action)
        for action in (self.previous_action, self.next_action):
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                WeekFlip(button, action)  # a card held over it turns the week
        self.week_label = QLabel()
        font = self.week_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.week_label.setFont(font)
        self.week_label.setContentsMargins(12, 0, 12, 0)
        toolbar.addWidget(self.week_label)
        self.channel_filter = QComboBox()
        self.channel_filter.setAccessibleName(self.tr("Channel filter"))
        self.channel_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        toolbar.addWidget(self.channel_filter)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box = SearchBox(self)  # type: ignore[arg-type]
        toolbar.addWidget(self.search_box)
        toolbar.addAction(self.new_post_action)

    def _find(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def set_undo_stack_actions(self, undo: QAction, redo: QAction) -> None:
        """Edit ▸ Undo and Redo of the open plan's history, in place of the previous plan's."""
        for old in (self.undo_action, self.redo_action):
            if old is not None:
                self.edit_menu.removeAction(old)
                old.deleteLater()
        self.undo_action, self.redo_action = undo, redo
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.insertActions(self._undo_anchor, [undo, redo])

    def enable_actions(
        self,
        writable: bool,
        selected: bool,
        with_followup: bool,
        unpublished: bool = False,
        pasteable: bool = False,
    ) -> None:
        """The one place that decides what the user may do now: a read-only plan allows
        nothing that writes. ``unpublished``: a dated post not yet published is selected;
        ``pasteable``: the clipboard holds posts."""
        for action in (
            self.new_post_action,
            self.import_action,
            self.settings_action,
            self.sample_action,
            self.restore_action,
            self.duplicate_week_action,
            self.dates_action,
            # Sending marks the posts awaiting; reading writes the answers.
            self.send_review_action,
            self.read_answers_action,
        ):
            action.setEnabled(writable)
        for action in (self.edit_post_action, self.duplicate_action, self.delete_action):
            action.setEnabled(writable and selected)
        for action in (self.replies_done_action, self.followup_action):
            action.setEnabled(writable and with_followup)
        self.copy_action.setEnabled(selected)
        self.paste_action.setEnabled(writable and pasteable)
        self.mark_published_action.setEnabled(writable and unpublished)
        self.view.set_writable(writable)
        self.views.set_writable(writable)
        self.ideas_panel.set_writable(writable)
