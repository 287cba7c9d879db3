"""Medications and supplements: the person's own list and the doses they log.

The list holds what the person writes (name, form, usual amount); entries
can be added, changed and archived (archived ones stay in the history and
can be brought back). A dose is logged in two clicks: "Log a dose" on an
entry, then "Save dose". Recent doses are listed below, newest first, and a
dose logged by mistake can be deleted (and the deletion undone).

The panel never names a medicine or suggests an amount; a visible note says
that it only records what the person writes. Writes are operations
(:mod:`fibro_desktop.ops.journal`, one transaction each); the panel refreshes
from their announcement like every other view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core import vocabulary as v
from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.records import Dose, Medication
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import medications as medication_store
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.dose_logger import DoseLogger
from fibro_desktop.ui.journal.form_parts import hint
from fibro_desktop.ui.journal.medication_editor import MedicationEditor
from fibro_desktop.ui.kit.widgets import big_target, heading, subheading
from fibro_desktop.ui.labels import vocabulary_text
from fibro_desktop.ui.learn.link import beside, learn_link
from fibro_desktop.ui.operations import run, run_for
from fibro_desktop.ui.translate import translator

#: How far back the "recent doses" list reaches, in days (today included).
RECENT_DAYS = 14
_HELPED_LABEL = {t.id: t.label for t in v.HELPED}


_tr = translator("MedicationsPanel")


def dose_summary(dose: Dose, name: str) -> str:
    """One line for the recent-doses list, e.g. "Mon 30 Nov 08:15 · Magnesium
    · 1 scoop · Taken · Helped a little"."""
    parts = [QLocale().toString(dose.taken.replace(tzinfo=None), "ddd d MMM HH:mm"), name]
    if dose.amount:
        parts.append(dose.amount)
    parts.append(_tr("Taken") if dose.status == "taken" else _tr("Skipped"))
    if dose.helped:
        parts.append(vocabulary_text(_HELPED_LABEL.get(dose.helped, dose.helped)))
    if dose.side_effects:
        parts.append(_tr("Side effects: %1").replace("%1", dose.side_effects))
    return "  ·  ".join(parts)


class MedicationRow(QFrame):
    """One entry of the list with its actions (log a dose, edit, archive)."""

    def __init__(self, medication: Medication, parent: QWidget | None = None):
        super().__init__(parent)
        self.medication = medication
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        text = QVBoxLayout()
        name = QLabel(medication.name)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setTextFormat(Qt.TextFormat.PlainText)
        name.setWordWrap(True)
        text.addWidget(name)
        details = " · ".join(part for part in (medication.form, medication.usual_amount) if part)
        if medication.archived:
            details = " · ".join(part for part in (details, _tr("archived")) if part)
        if details:
            detail_label = hint(details)
            detail_label.setTextFormat(Qt.TextFormat.PlainText)
            text.addWidget(detail_label)
        layout.addLayout(text, 1)
        self.log_button = QPushButton(_tr("Log a dose"))
        self.log_button.setAccessibleName(_tr("Log a dose of %1").replace("%1", medication.name))
        big_target(self.log_button)
        self.edit_button = QPushButton(_tr("Edit"))
        self.edit_button.setAccessibleName(_tr("Edit %1").replace("%1", medication.name))
        self.archive_button = QPushButton(_tr("Bring back") if medication.archived else _tr("Archive"))
        self.archive_button.setAccessibleName(
            (_tr("Bring back %1") if medication.archived else _tr("Archive %1")).replace("%1", medication.name))
        self.log_button.setVisible(not medication.archived)
        for button in (self.log_button, self.edit_button, self.archive_button):
            layout.addWidget(button)
        self.setAccessibleName(medication.name)


class MedicationsPanel(QWidget):
    """The medications-and-supplements panel (see the module docstring)."""

    def __init__(self, db, clock, events: DataEvents, parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._open_guide = open_guide
        self._db = db
        self._clock = clock
        self._events = events
        self._rows: list[MedicationRow] = []
        self._last_deleted: Dose | None = None
        self.setAccessibleName(_tr("Medications and supplements"))
        self._build()
        self.refresh()
        events.changed.connect(self._on_data_changed)

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setAccessibleName(_tr("Medications and supplements"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        self.learn_link = learn_link(_tr("How medicines fit in"), PLACE_LINKS["medications"], self._open_guide,
                                     topic=_tr("medicines and supplements"))
        layout.addWidget(beside(heading(_tr("Medications and supplements")), self.learn_link))
        self.note = QLabel(_tr(
            "This list only records what you write. The app never suggests a medicine, a supplement, "
            "an amount or a change; please talk to your doctor or pharmacist about those."))
        self.note.setWordWrap(True)
        self.note.setStyleSheet("QLabel { background: palette(alternate-base); border-radius: 6px;"
                                " padding: 8px 12px; }")
        self.note.setAccessibleName(_tr("About this list"))
        layout.addWidget(self.note)

        bar = QHBoxLayout()
        bar.addWidget(subheading(_tr("Your list")))
        bar.addStretch(1)
        self.show_archived = QCheckBox(_tr("Show archived"))
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.add_button = QPushButton(_tr("Add to my list"))
        big_target(self.add_button)
        self.add_button.clicked.connect(lambda: self._start_editor(None))
        bar.addWidget(self.show_archived)
        bar.addWidget(self.add_button)
        layout.addLayout(bar)
        self.empty_list = hint(_tr(
            "Nothing here yet. Add what you take, in your own words, and logging a dose "
            "becomes two clicks."))
        layout.addWidget(self.empty_list)
        self._list_box = QVBoxLayout()
        self._list_box.setSpacing(6)
        layout.addLayout(self._list_box)

        self.editor = MedicationEditor(self._db, self._clock, self._events)
        self.editor.hide()
        self.editor.saved.connect(self._on_medication_saved)
        self.editor.cancelled.connect(self.add_button.setFocus)
        layout.addWidget(self.editor)
        self.dose_logger = DoseLogger(self._db, self._clock, self._events)
        self.dose_logger.hide()
        self.dose_logger.saved.connect(self._on_dose_saved)
        layout.addWidget(self.dose_logger)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        layout.addWidget(subheading(_tr("Recent doses")))
        self.empty_doses = hint(_tr("No doses logged in the last two weeks."))
        layout.addWidget(self.empty_doses)
        self.doses = QListWidget()
        self.doses.setAccessibleName(_tr("Recent doses"))
        self.doses.setMinimumHeight(160)
        self.doses.setAlternatingRowColors(True)
        self.doses.setStyleSheet("QListWidget::item { padding: 5px 4px; }")
        self.doses.currentRowChanged.connect(lambda _row: self._update_dose_buttons())
        layout.addWidget(self.doses)
        dose_bar = QHBoxLayout()
        self.delete_button = QPushButton(_tr("Delete this dose"))
        self.delete_button.setAccessibleName(_tr("Delete the selected dose"))
        self.delete_button.clicked.connect(self.delete_selected_dose)
        self.undo_button = QPushButton(_tr("Undo delete"))
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.hide()
        dose_bar.addWidget(self.delete_button)
        dose_bar.addWidget(self.undo_button)
        dose_bar.addStretch(1)
        layout.addLayout(dose_bar)
        layout.addStretch(1)

    # -- list ----------------------------------------------------------------

    def rows(self) -> list[MedicationRow]:
        """The entries shown, in order (archived ones only when asked for)."""
        return list(self._rows)

    def row_for(self, name: str) -> MedicationRow:
        return next(row for row in self._rows if row.medication.name == name)

    def refresh(self) -> None:
        """Reload the list and the recent doses from the database."""
        for row in self._rows:
            self._list_box.removeWidget(row)
            row.deleteLater()
        self._rows = []
        include_archived = self.show_archived.isChecked()
        for medication in medication_store.medications(self._db, include_archived=include_archived):
            row = MedicationRow(medication)
            row.log_button.clicked.connect(lambda _c=False, m=medication: self.start_dose(m))
            row.edit_button.clicked.connect(lambda _c=False, m=medication: self._start_editor(m))
            row.archive_button.clicked.connect(lambda _c=False, m=medication: self._toggle_archived(m))
            self._list_box.addWidget(row)
            self._rows.append(row)
        self.empty_list.setVisible(not self._rows)
        self._refresh_doses()

    def _start_editor(self, medication: Medication | None) -> None:
        self.dose_logger.hide()
        self.status.clear()
        self.editor.start(medication)

    def _on_medication_saved(self, medication: Medication) -> None:
        self.status.setText(_tr("Saved %1 to your list.").replace("%1", medication.name))

    def _toggle_archived(self, medication: Medication) -> None:
        archived = not medication.archived
        run_for(self._events, lambda: journal_ops.save_medication(
            self._db, replace(medication, archived=archived), self._clock.now()), origin=self)
        if archived:
            self.status.setText(_tr("%1 is archived. Its doses stay in your journal; "
                                    "tick \"Show archived\" to bring it back.").replace("%1", medication.name))
        else:
            self.status.setText(_tr("%1 is back on your list.").replace("%1", medication.name))

    # -- doses ---------------------------------------------------------------

    def start_dose(self, medication: Medication) -> None:
        """Open the dose logger for ``medication`` (first of the two clicks)."""
        self.editor.hide()
        self.status.clear()
        self.dose_logger.start(medication)

    def _on_dose_saved(self, dose: Dose) -> None:
        name = self.dose_logger.medication().name if self.dose_logger.medication() else ""
        when = QLocale().toString(dose.taken.replace(tzinfo=None), "HH:mm")
        if dose.status == "taken":
            self.status.setText(_tr("Logged %1 at %2.").replace("%1", name).replace("%2", when))
        else:
            self.status.setText(_tr("Noted that %1 was skipped at %2.").replace("%1", name).replace("%2", when))

    def dose_items(self) -> list[str]:
        """The lines of the recent-doses list, newest first."""
        return [self.doses.item(i).text() for i in range(self.doses.count())]

    def _refresh_doses(self) -> None:
        today = local_day(self._clock.now())
        self.doses.clear()
        for dose, name in medication_store.doses_between(
                self._db, today - timedelta(days=RECENT_DAYS - 1), today):
            item = QListWidgetItem(dose_summary(dose, name))
            item.setData(Qt.ItemDataRole.UserRole, dose)
            self.doses.addItem(item)
        has_doses = self.doses.count() > 0
        self.empty_doses.setVisible(not has_doses)
        self.doses.setVisible(has_doses)
        self._update_dose_buttons()

    def _update_dose_buttons(self) -> None:
        self.delete_button.setVisible(self.doses.count() > 0)
        self.delete_button.setEnabled(self.doses.currentItem() is not None)

    def delete_selected_dose(self) -> None:
        item = self.doses.currentItem()
        if item is None:
            return
        dose: Dose = item.data(Qt.ItemDataRole.UserRole)
        self._last_deleted = dose
        self.undo_button.show()
        self.status.setText(_tr("Dose deleted."))
        run(self._events, lambda: journal_ops.delete_dose(self._db, dose.uid), origin=self)

    def undo_delete(self) -> None:
        """Put back the dose deleted last (same uid, same details)."""
        if self._last_deleted is None:
            return
        dose = self._last_deleted
        self._last_deleted = None
        self.undo_button.hide()
        self.status.setText(_tr("The dose is back."))
        run_for(self._events, lambda: journal_ops.log_dose(self._db, dose, self._clock.now()), origin=self)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() == Qt.Key.Key_Delete and self.doses.hasFocus():
            self.delete_selected_dose()
            return
        super().keyPressEvent(event)

    # -- data events ---------------------------------------------------------

    def _on_data_changed(self, changes: Changes, _origin: object) -> None:
        # Our own writes too: the list refreshes through the same signal every view listens to.
        if changes.touches(Area.MEDICATIONS):
            self.refresh()
