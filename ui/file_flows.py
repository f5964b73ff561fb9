"""The File menu's flows: plans, copies and backups, import, export and print, settings.

Each asks what it needs (a file name, a dialog) and hands the work to the plan's files
(``ui.plan_files``), to ``planner`` (export, import, restore) or to the window's
``perform`` for what changes the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from planner import __version__, actions, paths
from planner.errors import PlannerError
from planner.exports import Format, export_to_file
from planner.weeks import Week
from ui import texts
from ui.dialogs import about_box, open_file_name, run_modal, save_file_name, show_error
from ui.flows import WindowFlows

if TYPE_CHECKING:
    from planner.store import Plan

translate = QCoreApplication.translate


def plan_filter() -> str:
    return translate("FileFlows", "Content Planner plans (*.sqlite3);;All files (*)")


def csv_filter() -> str:
    return translate("FileFlows", "CSV files (*.csv);;All files (*)")


class FileFlows(WindowFlows):
    def _status(self, text: str, milliseconds: int = 8000) -> None:
        self.window.statusBar().showMessage(text, milliseconds)

    # -- plans ---------------------------------------------------------------------------

    def open_plan(self) -> None:
        folder = str(self.window.files.folder())
        name = open_file_name(
            self.window, translate("FileFlows", "Open plan"), folder, plan_filter()
        )
        if name:
            self.window.files.open_plan(Path(name))

    def new_plan(self) -> None:
        folder = str(self.window.files.folder())
        name = save_file_name(
            self.window, translate("FileFlows", "New plan"), folder, plan_filter()
        )
        if name:
            self.window.files.new_plan(Path(name))

    def save_copy(self) -> None:
        copy = translate("FileFlows", "{name} copy").format(name=self.plan.settings().name)
        suggested = self.window.files.folder() / f"{copy}{paths.PLAN_SUFFIX}"
        title = translate("FileFlows", "Save a copy")
        name = save_file_name(self.window, title, str(suggested), plan_filter())
        if not name:
            return
        try:
            self.plan.save_copy(name)
        except PlannerError as error:
            show_error(self.window, translate("FileFlows", "Copy not saved"), texts.said(error))
        else:
            self._status(translate("FileFlows", "Copy saved as {name}.").format(name=name))

    def restore_backup(self) -> None:
        """File ▸ Restore from backup: the plan as a backup holds it, as one undoable step
        (the plan as it is now is backed up first)."""
        from planner import backups
        from ui.restore_dialog import RestoreDialog, backup_label

        if self.plan.path is None:
            return
        dialog = RestoreDialog(backups.backups_of(self.plan.path), self.window)
        backup = dialog.chosen() if run_modal(dialog) else None
        if backup is None:
            return
        try:
            action = backups.restoring(self.plan, backup)
        except PlannerError as error:
            show_error(self.window, translate("FileFlows", "Not restored"), texts.said(error))
            return
        if self.window.perform(action):
            when = backup_label(backup)
            self._status(translate("FileFlows", "Restored the backup of {when}.").format(when=when))

    # -- import, export, print -----------------------------------------------------------

    def import_csv(self, file_name: str | None = None) -> None:
        from ui.import_dialog import ImportDialog
        from ui.import_progress import ImportCancelledError, ImportProgress

        if file_name is None:
            title = translate("FileFlows", "Import posts")
            file_name = open_file_name(self.window, title, "", csv_filter())
        if not file_name:
            return
        source = Path(file_name)
        try:
            source.open("rb").close()  # read as it is imported, never whole
            dialog = ImportDialog(self.plan, source, source.name, self.window)
            if dialog.cancelled:  # while the file was first checked
                dialog.deleteLater()
                self._status(translate("FileFlows", "Import cancelled: nothing was imported."))
                return
            if not (run_modal(dialog) and dialog.preview is not None):
                return
            # Matched again against the plan as it is now (another window may have written).
            reading = translate("FileFlows", "Importing {file}…").format(file=source.name)
            with ImportProgress(self.window, reading) as progress:
                action = actions.import_posts(
                    self.plan,
                    source,
                    order=dialog.order.currentData(),
                    computer=dialog.computer,
                    progress=progress,
                )
        except ImportCancelledError:
            self._status(translate("FileFlows", "Import cancelled: nothing was imported."))
            return
        except OSError as error:
            title = translate("FileFlows", "Cannot read the file")
            show_error(self.window, title, error.strerror or str(error))
            return
        except PlannerError as error:
            show_error(self.window, translate("FileFlows", "Not imported"), texts.said(error))
            return
        # Saving a million rows takes seconds, after the progress bar has closed.
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.window.perform(action)
        finally:
            QApplication.restoreOverrideCursor()

    def export(self) -> None:
        """File ▸ Export: CSV, calendar or PDF, for the weeks chosen."""
        from ui.export_dialog import ExportDialog, default_delimiter

        settings = QSettings()
        delimiter = str(settings.value("export/delimiter", "") or default_delimiter())
        dialog = ExportDialog(self.window.week, delimiter, self.window)
        if not run_modal(dialog):
            return
        kind, span, delimiter = Format(dialog.format()), dialog.span(), dialog.delimiter()
        filters = {
            Format.CSV: csv_filter(),
            Format.ICS: translate("FileFlows", "Calendar files (*.ics);;All files (*)"),
            Format.PDF: translate("FileFlows", "PDF files (*.pdf);;All files (*)"),
        }
        folder = Path(str(settings.value("export/folder", self.window.files.folder())))
        suggested = folder / f"{self.plan.settings().name}.{kind.value}"
        title = translate("FileFlows", "Export")
        name = save_file_name(self.window, title, str(suggested), filters[kind])
        if not name:
            return
        settings.setValue("export/folder", str(Path(name).parent))
        if kind is Format.CSV:
            settings.setValue("export/delimiter", delimiter)
        path = Path(name)
        try:
            exported = export_to_file(
                self.plan,
                kind,
                span,
                path,
                delimiter=delimiter,
                pdf=self._write_pdf,
                words=texts.event_words(),
            )
        except (OSError, PlannerError) as error:
            show_error(self.window, translate("FileFlows", "Not exported"), texts.said(error))
        else:
            self._status(texts.exported_text(exported, path.name))

    def _write_pdf(self, plan: Plan, weeks: Sequence[Week], path: Path) -> int:
        from ui.day_names import names_of
        from ui.week_print import write_pdf

        return write_pdf(plan, weeks, path, self.window.now(), names_of(plan))

    def print_week(self) -> None:
        """File ▸ Print: the shown week, as the PDF shows it."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from ui.week_print import WeekPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if run_modal(QPrintDialog(printer, self.window)):
            from ui.day_names import names_of

            printer_ = WeekPrinter(self.plan, self.window.now(), names_of(self.plan))
            printer_.print(printer, [self.window.week])

    def export_picture(self) -> None:
        """File ▸ Export a picture: the shown week (or month, in the month view) as a PNG."""
        from planner.exports import export_picture
        from ui.day_names import names_of
        from ui.picture import write_png

        window = self.window
        month = window.views.current() == 1
        view = "month" if month else "week"
        day = window.views.month.first if month else window.week.start
        label = window.week_label.text().replace("/", "-")
        settings = QSettings()
        folder = Path(str(settings.value("export/folder", window.files.folder())))
        suggested = folder / f"{self.plan.settings().name} – {label}.png"
        title = translate("FileFlows", "Export a picture")
        filters = translate("FileFlows", "PNG pictures (*.png);;All files (*)")
        name = save_file_name(window, title, str(suggested), filters)
        if not name:
            return
        settings.setValue("export/folder", str(Path(name).parent))
        path = Path(name)

        def paint(plan: Plan, shown: str, first: dt.date, target: Path) -> int:
            return write_png(plan, shown, first, target, window.now(), names_of(plan))

        try:
            exported = export_picture(self.plan, view, day, path, paint)
        except (OSError, PlannerError) as error:
            show_error(window, translate("FileFlows", "Not exported"), texts.said(error))
        else:
            self._status(texts.exported_text(exported, path.name))

    def edit_dates(self) -> None:
        """File ▸ Dates that matter: the plan's own dates, each change one undoable step."""
        from ui.dates_dialog import DatesDialog

        run_modal(DatesDialog(self.window))

    # -- settings and about --------------------------------------------------------------

    def show_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        plan = self.plan
        channels = plan.channels()
        counts = {c.id: plan.count_posts_on_channel(c.id) for c in channels}
        dialog = SettingsDialog(plan.settings(), channels, counts, self.window)
        if run_modal(dialog):
            changes = dialog.channel_changes()
            self.window.perform(actions.change_settings(plan, dialog.settings(), changes))

    def show_about(self) -> None:
        about_box(
            self.window,
            translate("FileFlows", "About Content Planner"),
            translate(
                "FileFlows",
                "<b>Content Planner {version}</b><p>Plan a balanced week of posts: "
                "help first, talk with people, then sell.</p>"
                "<p>Your plans stay on this computer.</p>",
            ).format(version=__version__),
        )
