"""The freelancer's round trip with a client: File ▸ Send for review (a review pack, its
posts marked awaiting) and File ▸ Read client answers (decisions, comments, and the
client's wording taken or left waiting), each one undoable step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings

from planner import actions
from planner.errors import PlannerError
from planner.review_pack import PackFormat, make_pack, read_pack, write_pack
from ui import texts
from ui.dialogs import open_file_name, run_modal, save_file_name, show_error
from ui.flows import WindowFlows

translate = QCoreApplication.translate
FOLDER_KEY = "review/folder"


def pack_filters() -> dict[PackFormat, str]:
    return {
        PackFormat.XLSX: translate("ReviewFlows", "Excel workbooks (*.xlsx);;All files (*)"),
        PackFormat.CSV: translate("ReviewFlows", "CSV files (*.csv);;All files (*)"),
        PackFormat.PDF: translate("ReviewFlows", "PDF files (*.pdf);;All files (*)"),
    }


class ReviewFlows(WindowFlows):
    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _folder(self) -> Path:
        return Path(str(QSettings().value(FOLDER_KEY, self.window.files.folder())))

    def send_for_review(self) -> None:
        """A review pack of the weeks chosen; its posts then await the client's answer."""
        from ui.export_dialog import ExportDialog, default_delimiter
        from ui.review_print import write_pack_pdf

        dialog = ExportDialog(self.window.week, default_delimiter(), self.window, pack=True)
        if not run_modal(dialog):
            return
        # Read now: the dialog goes once the next one (the file's name) runs the event loop.
        kind, span, delimiter = PackFormat(dialog.format()), dialog.span(), dialog.delimiter()
        assert span is not None  # a pack is always of a range of days
        pack = make_pack(self.plan, *span, dialog.client_language())
        title = translate("ReviewFlows", "Send for review")
        if not pack.posts:
            show_error(
                self.window,
                title,
                translate("ReviewFlows", "The chosen weeks have no planned posts to send."),
            )
            return
        suggested = self._folder() / f"{pack.plan_name} review {span[0]}.{kind.value}"
        name = save_file_name(self.window, title, str(suggested), pack_filters()[kind])
        if not name:
            return
        path = Path(name)
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        try:
            write_pack(pack, kind, path, write_pack_pdf, delimiter)
        except (OSError, PlannerError) as error:
            show_error(
                self.window, translate("ReviewFlows", "Not sent for review"), texts.said(error)
            )
            return
        self.window.perform(actions.send_for_review(self.plan, pack.posts))
        count = len(pack.posts)
        self._status(
            translate(
                "ReviewFlows",
                "Saved {name} for the client: %n posts now await the answer.",
                "",
                count,
            ).format(name=path.name)
        )

    def read_answers(self, file_name: str | None = None) -> None:
        """The client's answers from a pack they sent back, shown before they are read."""
        from ui.answers_dialog import AnswersDialog

        if file_name is None:
            file_name = open_file_name(
                self.window,
                translate("ReviewFlows", "Read client answers"),
                str(self._folder()),
                translate("ReviewFlows", "Review packs (*.xlsx *.csv);;All files (*)"),
            )
        if not file_name:
            return
        try:
            data = Path(file_name).read_bytes()
        except OSError as error:
            title = translate("ReviewFlows", "Cannot read the file")
            show_error(self.window, title, error.strerror or str(error))
            return
        dialog = AnswersDialog(self.plan, data, Path(file_name).name, self.window)
        if not (run_modal(dialog) and dialog.preview is not None):
            return
        from planner.review_answers import preview_answers, today_in

        try:  # matched again against the plan as it is now (another window may have written)
            preview = preview_answers(self.plan, read_pack(data))
        except PlannerError as error:
            show_error(self.window, translate("ReviewFlows", "Answers not read"), texts.said(error))
            return
        action = actions.read_answers(
            self.plan, preview, today_in(self.plan), dialog.accepted_rewrites()
        )
        if self.window.perform(action):
            count = action.count
            self._status(
                translate("ReviewFlows", "Read the client's answers on %n posts.", "", count)
            )
