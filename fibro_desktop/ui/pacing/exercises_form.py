"""Exercises in Settings: turn any off, add your own (e.g. a physical
therapist's set), remove your own.

Bundled exercises come from ``resources/pacing/exercises.json``; the
person's own (ids ``own_<hex>``) are kept in the database, through
:class:`~fibro_desktop.ui.pacing.own_exercises.OwnExercises`.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.pacing.exercises import MAX_OWN_TITLE_CHARS, Exercise
from fibro_desktop.core.vocabulary import MUSCLE_GROUPS
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.widgets import form_layout
from fibro_desktop.ui.labels import term_label
from fibro_desktop.ui.pacing.config import disabled_exercises
from fibro_desktop.ui.pacing.own_exercises import OwnExercises
from fibro_desktop.ui.pacing.texts import exercise_text
from fibro_desktop.ui.translate import translator

_tr = translator("PacingExercises")


class OwnExerciseDialog(QDialog):
    """Write one exercise: a title, steps one per line, the break it suits,
    and the muscle groups it moves. Errors show next to the field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(_tr("Your own exercise"))
        self.setMinimumWidth(420)
        form = form_layout(self)
        self.title = QLineEdit()
        self.title.setMaxLength(MAX_OWN_TITLE_CHARS)
        form.addRow(_tr("&Name:"), self.title)
        self.title_error = QLabel()
        self.title_error.hide()
        form.addRow(self.title_error)
        self.steps = QPlainTextEdit()
        self.steps.setPlaceholderText(_tr("One step per line"))
        self.steps.setTabChangesFocus(True)
        form.addRow(_tr("&Steps:"), self.steps)
        self.steps_error = QLabel()
        self.steps_error.hide()
        form.addRow(self.steps_error)
        self.tier = QComboBox()
        for tier, label in (("any", _tr("Any break")), ("micro", _tr("Short pauses")),
                            ("movement", _tr("Movement breaks"))):
            self.tier.addItem(label, tier)
        form.addRow(_tr("&For:"), self.tier)
        self.muscles = QListWidget()
        self.muscles.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for term in MUSCLE_GROUPS:
            item = QListWidgetItem(term_label(term.id), self.muscles)
            item.setData(Qt.ItemDataRole.UserRole, term.id)
        self.muscles.setMaximumHeight(140)
        form.addRow(_tr("&Moves:"), self.muscles)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_exercise: Exercise | None = None

    def _save(self) -> None:
        title = self.title.text().strip()
        steps = tuple(line.strip() for line in self.steps.toPlainText().splitlines() if line.strip())
        self.title_error.setText(_tr("Please give it a name."))
        self.title_error.setVisible(not title)
        self.steps_error.setText(_tr("Please write at least one step."))
        self.steps_error.setVisible(not steps)
        if not title or not steps:
            return
        muscles = frozenset(item.data(Qt.ItemDataRole.UserRole) for item in self.muscles.selectedItems())
        self.result_exercise = Exercise(f"own_{uuid.uuid4().hex[:12]}", self.tier.currentData(), title, steps,
                                        muscles)
        self.accept()


class ExercisesBox(QGroupBox):
    """The list of exercises with a check box each (checked = in use)."""

    #: The set of exercises changed (own added or removed).
    changed = Signal()

    def __init__(self, preferences: prefs.Preferences, bundled: list[Exercise], own: OwnExercises | None = None,
                 parent: QWidget | None = None):
        super().__init__(_tr("Exercises"), parent)
        self._prefs = preferences
        self._bundled = bundled
        self._own = own
        layout = QVBoxLayout(self)
        hint = QLabel(_tr("Untick any you would rather not do. Exercises that move a muscle group you "
                          "logged a spasm in today are left out by themselves."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Exercises in use"))
        self.list.setMinimumHeight(160)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(_tr("Add &your own…"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(_tr("R&emove yours"))
        self.remove_button.clicked.connect(self._remove)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.add_button.setEnabled(own is not None)
        self._fill()
        self.list.itemChanged.connect(self._on_item_changed)
        self.list.currentItemChanged.connect(lambda *_: self._update_remove())
        if own is not None:  # also after an import or a restore
            own.data_events.changed.connect(self._on_data_changed)

    def _on_data_changed(self, changes: Changes, _origin: object) -> None:
        if changes.touches(Area.EXERCISES):  # our own adds too: the list shows them
            self._fill()
            self.changed.emit()

    def _fill(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        off = disabled_exercises(self._prefs)
        own = self._own.all() if self._own is not None else []
        for exercise in self._bundled + own:
            own = exercise.id.startswith("own_")
            title = exercise.title if own else exercise_text(exercise.title)
            item = QListWidgetItem(_tr("%1 (yours)").replace("%1", title) if own else title, self.list)
            item.setData(Qt.ItemDataRole.UserRole, exercise.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if exercise.id in off else Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._update_remove()

    def _update_remove(self) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(item is not None and str(item.data(Qt.ItemDataRole.UserRole)).startswith("own_"))

    def _on_item_changed(self, _item) -> None:
        off = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())
               if self.list.item(i).checkState() == Qt.CheckState.Unchecked]
        self._prefs.set(prefs.PACING_DISABLED_EXERCISES, ",".join(off))

    def add_exercise(self, exercise: Exercise) -> None:
        if self._own is not None:
            self._own.add(exercise)  # the list refills on the data event

    def _add(self) -> None:
        dialog = OwnExerciseDialog(self)
        if dialog.exec() and dialog.result_exercise is not None:
            self.add_exercise(dialog.result_exercise)

    def _remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        if self._own is not None:
            self._own.remove(item.data(Qt.ItemDataRole.UserRole))
