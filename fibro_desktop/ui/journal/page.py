"""The Journal tab: log a spasm, browse the timeline, check in, medications.

The page shows the red-flag banner on top, a large "Log a spasm" button,
and three sections: the episode timeline (with filters, edit, delete and
undo), the daily check-in and the medications list. It reads and writes only
through store functions and refreshes when ``DataEvents`` says what changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.clock import Clock
from fibro_desktop.core.journal.live import awaits_recovery
from fibro_desktop.core.journal.records import Episode
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store import journal as journal_store
from fibro_desktop.store import red_flags as red_flag_store
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.banner import RedFlagBanner
from fibro_desktop.ui.journal.dialogs import JournalDialogs
from fibro_desktop.ui.journal.filters import FilterBar
from fibro_desktop.ui.journal.live import LiveBar, LiveStamps
from fibro_desktop.ui.journal.timeline import EpisodeTimelineModel, TimelineView
from fibro_desktop.ui.kit.tab_bar import name_tab_bar
from fibro_desktop.ui.kit.widgets import action_button, big_target, empty_state, heading
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.operations import run, run_for
from fibro_desktop.ui.translate import translator

#: How often the red-flag rules look again while the journal is open.
RECHECK_MS = 15 * 60 * 1000

_tr = translator("JournalPage")


class JournalPage(QWidget):
    def __init__(self, db, clock: Clock, data_events: DataEvents, dialogs: JournalDialogs,
                 preferences=None, parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._open_guide = open_guide
        self._preferences = preferences
        self._db = db
        self._clock = clock
        self._events = data_events
        self._dialogs = dialogs
        dialogs.entry_replaced.connect(self._on_entry_replaced)
        #: Episodes deleted this session, newest last, for Ctrl+Z.
        #: What Undo (Ctrl+Z) puts back, newest last: ("deleted" | "edited", the episode as it was).
        self._undo: list[tuple[str, Episode]] = []
        self.setAccessibleName(_tr("Journal"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.banner = RedFlagBanner(open_guide)
        self.banner.acknowledged.connect(self._acknowledge)
        layout.addWidget(self.banner)

        top = QHBoxLayout()
        self.log_button = action_button(_tr("Log a spasm"), scale=1.25, lines=2.6)
        self.log_button.setToolTip(_tr("Three steps: open, choose how strong, save"))
        self.log_button.clicked.connect(lambda: self._dialogs.quick_log())
        self.detailed_button = action_button(_tr("New entry with details…"))
        self.detailed_button.clicked.connect(lambda: self._dialogs.new_episode())
        top.addWidget(self.log_button, 2)
        top.addWidget(self.detailed_button, 1)
        self.learn_link = learn_link(_tr("What is worth noting?"), PLACE_LINKS["journal"], open_guide,
                                     topic=_tr("what to note about a spasm"))
        if self.learn_link is not None:
            top.addWidget(self.learn_link)
        layout.addLayout(top)

        # "It's over now" / "Back to normal now" for what is going on now.
        self.live = LiveStamps(db, clock, data_events, dialogs, self)
        self.live_bar = LiveBar(self.live, clock, fallback_focus=self.log_button)
        layout.addWidget(self.live_bar)

        self.sections = QTabWidget()
        self.sections.setDocumentMode(True)
        name_tab_bar(self.sections, _tr("Journal sections"))
        self.sections.addTab(self._build_episodes(), _tr("Episodes"))
        self._lazy_sections = {1: self._build_checkin, 2: self._build_medications}
        for title in (_tr("Daily check-in"), _tr("Medications")):
            self.sections.addTab(QWidget(), title)
        self.sections.currentChanged.connect(self._on_section_changed)
        layout.addWidget(self.sections, 1)

        # The red-flag rules read weeks of history; they run just after the
        # page (or the saved entry) is on screen, never before it.
        self._flag_check = QTimer(self)
        self._flag_check.setSingleShot(True)
        self._flag_check.setInterval(0)
        self._flag_check.timeout.connect(self.check_red_flags)
        data_events.changed.connect(self._on_data_changed)
        self.banner.set_flags(red_flag_store.open_red_flags(self._db))
        self._flag_check.start()
        # An episode still going is worth a word after some hours even when
        # nothing is written meanwhile: look again now and then.
        self._flag_recheck = QTimer(self)
        self._flag_recheck.setInterval(RECHECK_MS)
        self._flag_recheck.timeout.connect(self._flag_check.start)
        self._flag_recheck.start()

    # -- episodes section --------------------------------------------------------
    def _build_episodes(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(heading(_tr("Your entries")))
        self.filters = FilterBar(self._clock)
        self.filters.changed.connect(self._on_filter)
        layout.addWidget(self.filters)
        self.model = EpisodeTimelineModel(
            lambda f, offset, limit: journal_store.episode_rows(self._db, f, offset, limit),
            lambda f: journal_store.count_episodes(self._db, f), self)
        self.view = TimelineView()
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda index: self.edit_row(index.row()))
        self.view.activated.connect(lambda index: self.edit_row(index.row()))
        self.view.selectionModel().currentChanged.connect(lambda *_: self._sync_row_actions())
        # The row menu: a right-click on a row, or the Menu key / Shift+F10 on the selected one.
        self.view.installEventFilter(self)
        self.view.viewport().installEventFilter(self)
        self.empty = empty_state()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        actions = QHBoxLayout()
        self.count_label = QLabel()
        self.edit_button = QPushButton(_tr("Open details"))
        self.delete_button = QPushButton(_tr("Delete"))
        self.undo_button = QPushButton(_tr("Undo"))
        # Shown for the selected entry when it is still going / awaits recovery.
        self.over_button = QPushButton(_tr("It's over now"))
        self.over_button.setToolTip(_tr("It has stopped: count how long it lasted from its start to now"))
        self.normal_button = QPushButton(_tr("Back to normal now"))
        self.normal_button.setToolTip(_tr("Count the time until back to normal from its start to now"))
        for button in (self.edit_button, self.delete_button, self.undo_button, self.over_button,
                       self.normal_button):
            big_target(button)
        self.undo_button.hide()
        self.over_button.hide()
        self.normal_button.hide()
        self.over_button.clicked.connect(lambda: self._stamp_current(self.live.end_now))
        self.normal_button.clicked.connect(lambda: self._stamp_current(self.live.back_to_normal_now))
        self.edit_button.clicked.connect(lambda: self.edit_row(self.view.currentIndex().row()))
        self.delete_button.clicked.connect(self.delete_current)
        self.undo_button.clicked.connect(self.undo_last)
        actions.addWidget(self.count_label, 1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.over_button)
        actions.addWidget(self.normal_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)

        delete = QAction(_tr("Delete entry"), self.view)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_current)
        self.view.addAction(delete)
        self.undo_action = QAction(_tr("Undo"), self)
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_action.triggered.connect(self.undo_last)
        self.addAction(self.undo_action)
        self._after_reload()
        return box

    def _on_filter(self, query_filter) -> None:
        self.model.set_filter(query_filter)
        self._after_reload()

    def _after_reload(self) -> None:
        total = self.model.total()
        if total:
            self.stack.setCurrentWidget(self.view)
            if not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            self.empty.setText(
                _tr("No entries match these filters. Change or clear them to see more.")
                if self.filters.is_filtered() else
                _tr("Nothing logged yet. When a spasm comes, press \"Log a spasm\": "
                    "how strong it is is enough, details can wait."))
            self.stack.setCurrentWidget(self.empty)
        self.count_label.setText(_tr("%Ln entries", n=total, one="%Ln entry"))
        has = total > 0
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self._sync_row_actions()

    # -- live episodes in the timeline -------------------------------------------
    def _current_row(self):
        return self.model.row_at(self.view.currentIndex().row())

    def _row_stamps(self, row) -> tuple[bool, bool]:
        """(can be ended now, can be stamped back to normal now)."""
        if row is None:
            return False, False
        return row.ongoing, awaits_recovery(row, self._clock.now())

    def _sync_row_actions(self) -> None:
        can_end, can_recover = self._row_stamps(self._current_row())
        self.over_button.setVisible(can_end)
        self.normal_button.setVisible(can_recover)

    def _stamp_current(self, stamp: Callable[[str], bool]) -> None:
        row = self._current_row()
        if row is None:
            return
        stamp(row.uid)
        index = self.model.index_of_uid(row.uid)  # stay on the entry after the reload
        if index >= 0:
            self.view.setCurrentIndex(self.model.index(index, 0))
        self._sync_row_actions()
        self.view.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.ContextMenu and watched in (self.view, self.view.viewport()):
            viewport = self.view.viewport()
            if event.reason() == QContextMenuEvent.Reason.Mouse:
                pos = event.pos() if watched is viewport else viewport.mapFrom(self.view, event.pos())
                index = self.view.indexAt(pos)
                if index.isValid():
                    self.view.setCurrentIndex(index)
            else:  # from the keyboard: the selected row, wherever the pointer is
                pos = self.view.visualRect(self.view.currentIndex()).center()
            self._row_menu(viewport.mapToGlobal(pos))
            return True
        return super().eventFilter(watched, event)

    def _row_menu(self, where) -> None:
        """The menu of the selected timeline row, at ``where`` (global)."""
        row = self._current_row()
        if row is None:
            return
        can_end, can_recover = self._row_stamps(row)
        menu = self.row_menu = QMenu(self)
        if can_end:
            menu.addAction(_tr("It's over now"), lambda: self._stamp_current(self.live.end_now))
        if can_recover:
            menu.addAction(_tr("Back to normal now"), lambda: self._stamp_current(self.live.back_to_normal_now))
        menu.addAction(_tr("Open details"), lambda: self.edit_row(self.view.currentIndex().row()))
        menu.addAction(_tr("Delete entry"), self.delete_current)
        menu.popup(where)

    def edit_row(self, row: int) -> None:
        episode = self.model.row_at(row)
        if episode is not None:
            self._dialogs.edit(episode.uid)

    def delete_current(self) -> None:
        row = self.model.row_at(self.view.currentIndex().row())
        if row is None:
            return
        position = self.view.currentIndex().row()
        # The announcement reloads the timeline (this page listens like every view).
        deleted = run_for(self._events, lambda: journal_ops.delete_episode(self._db, row.uid), origin=self)
        if deleted is not None:
            self._remember("deleted", deleted)
        self.view.setCurrentIndex(self.model.index(min(position, self.model.rowCount() - 1), 0))

    def _remember(self, what: str, episode: Episode) -> None:
        self._undo.append((what, episode))
        self._show_undo()

    def _show_undo(self) -> None:
        self.undo_button.setVisible(bool(self._undo))
        if self._undo:
            last = self._undo[-1][0]
            self.undo_button.setText(_tr("Undo delete") if last == "deleted" else _tr("Undo edit"))
            self.undo_button.setToolTip(_tr("Put back the entry you deleted (Ctrl+Z)") if last == "deleted"
                                        else _tr("Put back the entry as it was before your last edit (Ctrl+Z)"))

    def _on_entry_replaced(self, previous: Episode) -> None:
        self._remember("edited", previous)

    def undo_last(self) -> None:
        """Put back the last deleted entry, or the last edited one as it was."""
        if not self._undo:
            return
        what, episode = self._undo.pop()
        now = self._clock.now()
        if what == "deleted":
            run(self._events, lambda: journal_ops.undo_delete_episode(self._db, episode, now), origin=self)
        else:
            run(self._events, lambda: journal_ops.restore_episode_version(self._db, episode, now), origin=self)
        self._show_undo()
        index = self.model.index_of_uid(episode.uid)
        if index >= 0:
            self.view.setCurrentIndex(self.model.index(index, 0))

    # -- other sections -----------------------------------------------------------
    def _on_section_changed(self, index: int) -> None:
        build = self._lazy_sections.pop(index, None)
        if build is not None:
            widget = build()
            title = self.sections.tabText(index)
            self.sections.blockSignals(True)
            self.sections.removeTab(index)
            self.sections.insertTab(index, widget, title)
            self.sections.setCurrentIndex(index)
            self.sections.blockSignals(False)

    def _build_checkin(self) -> QWidget:
        from fibro_desktop.ui.journal.checkin_form import CheckInForm

        form = self.checkin_form = CheckInForm(self._db, self._clock, self._events,
                                                         open_guide=self._open_guide)
        if self._preferences is None:
            return form
        from fibro_desktop.ui.journal.reminder_settings import ReminderSettings

        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form, 1)
        layout.addWidget(ReminderSettings(self._preferences))
        return box

    def show_checkin(self) -> None:
        """Bring the daily check-in section forward (from the reminder)."""
        self.sections.setCurrentIndex(1)

    def _build_medications(self) -> QWidget:
        from fibro_desktop.ui.journal.medications import MedicationsPanel

        return MedicationsPanel(self._db, self._clock, self._events, open_guide=self._open_guide)

    # -- refresh -----------------------------------------------------------------
    def _on_data_changed(self, changes: Changes, _origin: object) -> None:
        if changes.touches(Area.EPISODES, Area.CHECKINS):  # also our own deletes and undos
            self.model.reload()
            self._after_reload()
            self._flag_check.start()
        if changes.touches(Area.EPISODES):
            self.live_bar.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # Time moved on while another tab was shown: what is asked may differ.
        super().showEvent(event)
        self.live_bar.refresh()
        self._sync_row_actions()

    def check_red_flags(self) -> None:
        """Run the red-flag rules now and show any flag not yet read."""
        self._flag_check.stop()
        run(self._events, lambda: journal_ops.check_red_flags(self._db, self._clock.now()), origin=self)
        self.banner.set_flags(red_flag_store.open_red_flags(self._db))

    def _acknowledge(self, uid: str) -> None:
        run(self._events, lambda: journal_ops.acknowledge_red_flag(self._db, uid, self._clock.now()), origin=self)
