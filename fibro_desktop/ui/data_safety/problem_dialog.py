""""Your data could not be opened": plain words and safe ways out.

Shown at start when the data file is damaged, unreadable, from a newer
version, or empty (missing) while backups of it are beside it. The file is
never changed here. The person can restore the latest good backup (the
damaged file is kept aside), save what can still be read to an export, or
quit; with an emptied file and no readable backup, start with no data.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fibro_desktop.ui.data_safety.labels import holds, tr, when

RESTORE, QUIT = "restore", "quit"
#: Only for an empty or missing data file with no good backup: start with no data, backups kept.
START_EMPTY = "start-empty"


def explanation(state: str) -> str:
    if state == "newer":
        return tr("Your data was saved by a newer version of Fibro Desktop than this one. This version "
                  "cannot safely change it, so it has not touched it. Please install the newer version "
                  "again; or, to go on with this one, restore an earlier backup.")
    if state == "emptied":
        return tr("Your data file is empty or missing, but backups of your data are here, so this is not a "
                  "new start: the data was probably lost by a crash, a full disk or a sync service. "
                  "Nothing has been changed. You can go back to your latest good backup.")
    if state == "damaged":
        return tr("Your data file is damaged, perhaps by a crash of the computer or a problem with the "
                  "disk. It has not been changed. You can go back to your latest good backup (the damaged "
                  "file is kept aside, not deleted), or save what can still be read to a file first.")
    return tr("Your data could not be opened. It has not been changed. You can go back to your latest "
              "good backup, or save what can still be read to a file first.")


class DataProblemDialog(QDialog):
    """Returns via :attr:`choice`: ``RESTORE``, ``QUIT`` or (emptied data
    with no good backup) ``START_EMPTY``; export runs in place."""

    def __init__(self, state: str, details: str, latest_backup, export, parent: QWidget | None = None):
        super().__init__(parent)
        self.choice = QUIT
        self._export = export
        self.setWindowTitle(tr("Your data could not be opened"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        heading = QLabel(tr("Your data needs attention"))
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        layout.addWidget(heading)
        self.explanation = QLabel(explanation(state))
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        if latest_backup is not None:
            backup_text = (tr("Latest good backup: %1, holding %2.")
                           .replace("%1", when(latest_backup.made_utc))
                           .replace("%2", holds(latest_backup.counts)))
        else:
            backup_text = tr("There is no good backup to go back to.")
        self.backup_label = QLabel(backup_text)
        self.backup_label.setWordWrap(True)
        layout.addWidget(self.backup_label)
        self.details = QLabel(tr("Details: %1").replace("%1", details))
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.details)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(tr("&Restore the latest good backup"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(latest_backup is not None)
        self.export_button = buttons.addButton(tr("&Save what can be read…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = buttons.addButton(tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        # An emptied file with no backup this app can read: without this way
        # out the app could never start again. The backups stay untouched.
        self.start_empty_button = buttons.addButton(tr("Start &with no data (backups kept)"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.start_empty_button.setVisible(state == "emptied" and latest_backup is None)
        self.start_empty_button.clicked.connect(self._start_empty)
        self.export_button.setVisible(state != "emptied")  # an empty file holds nothing to save
        for button in (self.restore_button, self.export_button, self.quit_button, self.start_empty_button):
            button.setMinimumHeight(34)
        self.restore_button.clicked.connect(self._restore)
        self.export_button.clicked.connect(self._save_readable)
        self.quit_button.clicked.connect(self.reject)
        layout.addStretch(1)
        layout.addWidget(buttons)
        (self.restore_button if latest_backup is not None
         else self.quit_button if state == "emptied" else self.export_button).setDefault(True)

    def _restore(self) -> None:
        self.choice = RESTORE
        self.accept()

    def _start_empty(self) -> None:
        self.choice = START_EMPTY
        self.accept()

    def _save_readable(self) -> None:
        message = self._export(self)
        if message:
            self.status.setText(message)
