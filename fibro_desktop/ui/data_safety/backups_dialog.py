"""Backups and restore: the list of backups, "Back up now", "Restore…",
"Remove…", and the optional second folder that receives a copy of every
backup."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fibro_desktop.ui.data_safety.labels import holds, reason, size, tr, when
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.dialog_body import scrolling_body
from fibro_desktop.ui.kit.widgets import ReflowRow


class BackupsDialog(QDialog):
    """Lists backups newest first; restoring asks first and says what happens."""

    def __init__(self, safety, parent: QWidget | None = None):
        super().__init__(parent)
        self._safety = safety
        self.setWindowTitle(tr("Backups and restore"))
        # A size to start from, not a minimum: the body scrolls inside a
        # dialog that fits the screen (200 % text, issue 20).
        self.resize(720, 460)
        layout = scrolling_body(self, (24, 20, 24, 16), 12)
        intro = QLabel(tr(
            "Fibro Desktop keeps a checked copy of your data every day you use it and after changes, "
            "for the last week, month and year. Backups made before an import, a restore, an update or a "
            "passphrase change are kept for 90 days, so you can always undo them. Your own recordings are "
            "kept with the backups too. Restoring a backup first saves your data as it is now, so nothing "
            "is lost."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("When"), tr("Why"), tr("What it holds")])
        self.table.setAccessibleName(tr("Backups, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.empty_label = QLabel(tr("No backups yet. The first one is made today, or press “Back up now”."))
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)

        # Side by side when there is room, one under the other when not (issue 20).
        second = ReflowRow(spacing=tokens.SPACE_M)
        self.second_label = QLabel()
        self.second_label.setWordWrap(True)
        second.add(self.second_label, 1)
        self.choose_second = QPushButton(tr("Choose &folder…"))
        self.choose_second.setAccessibleName(tr("Choose a second folder for copies of backups"))
        self.choose_second.clicked.connect(self._choose_second_folder)
        self.stop_second = QPushButton(tr("S&top copying"))
        self.stop_second.clicked.connect(lambda: self._set_second_folder(""))
        second.add(self.choose_second)
        second.add(self.stop_second)
        layout.addWidget(second)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        # The actions on backups reflow in the body (German and French squeezed
        # them in one row of buttons); Close stays below, always in reach.
        actions = ReflowRow(spacing=tokens.SPACE_M)
        self.backup_button = QPushButton(tr("&Back up now"))
        self.restore_button = QPushButton(tr("&Restore…"))
        self.remove_button = QPushButton(tr("Re&move…"))
        for button in (self.backup_button, self.restore_button, self.remove_button):
            actions.add(button)
        layout.addWidget(actions)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.remove_button.setAccessibleName(tr("Remove the selected backup"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.rejected.connect(self.reject)
        self.layout().addWidget(buttons)
        for button in (self.backup_button, self.restore_button, self.remove_button, self.choose_second,
                       self.stop_second):
            button.setMinimumHeight(34)
        self.refresh()

    def refresh(self) -> None:
        self._backups = self._safety.list_backups()
        self.table.setRowCount(len(self._backups))
        for row, info in enumerate(self._backups):
            cells = (when(info.made_utc), reason(info.reason),
                     f"{holds(info.counts, info.readable)} · {size(info.size_bytes)}")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        has_rows = bool(self._backups)
        self.table.setVisible(has_rows)
        self.empty_label.setVisible(not has_rows)
        if has_rows and not self.table.selectedItems():
            self.table.selectRow(0)
        folder = self._safety.second_folder()
        self.second_label.setText(tr("A copy of each backup also goes to: %1").replace("%1", folder) if folder
                                  else tr("Copies to a second folder (say, one your own sync service "
                                          "watches): off."))
        self.stop_second.setEnabled(bool(folder))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        if not rows or not self._backups:
            return None
        return self._backups[rows[0].row()]

    def back_up_now(self) -> None:
        message, ok = self._safety.back_up_now(self)
        self.status.setText(message)
        self.refresh()

    def restore_selected(self, *, confirm: bool = True) -> bool:
        info = self.selected()
        if info is None or confirm and not self._confirm(
                info, tr("Restore this backup?"),
                tr("Replace your data by the backup from %1 (%2)?\n\n"
                   "Your data as it is now is saved as a backup first, so you can go back.")):
            return False
        return self._show_result(*self._safety.restore(info.path))

    def remove_selected(self, *, confirm: bool = True) -> bool:
        """Delete the selected backup for good, after asking."""
        info = self.selected()
        if info is None or confirm and not self._confirm(
                info, tr("Remove this backup?"),
                tr("Delete the backup from %1 (%2) for good?\n\n"
                   "Your data and your other backups are not touched.")):
            return False
        return self._show_result(*self._safety.remove_backup(info.path))

    def _confirm(self, info, title: str, question: str) -> bool:
        """Ask ``question`` about the backup ``info`` (``%1`` its date, ``%2``
        what it holds); True for Yes."""
        text = question.replace("%1", when(info.made_utc)).replace("%2", holds(info.counts, info.readable))
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    def _show_result(self, message: str, ok: bool) -> bool:
        self.status.setText(message)
        self.refresh()
        return ok

    def _choose_second_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for copies of your backups"))
        if folder:
            self._set_second_folder(folder)

    def _set_second_folder(self, folder: str) -> None:
        self._safety.set_second_folder(folder)
        self.refresh()
