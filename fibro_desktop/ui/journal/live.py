"""Episodes as they happen, in the UI: "It's over now" and "Back to normal now".

:class:`LiveStamps` runs the two operations for the Journal's indicator, its
timeline and the tray alike. A stamp is an edit like any other: the version
from before goes out on ``JournalDialogs.entry_replaced``, so the Journal's
Undo (``Ctrl+Z``) puts it back. When more than a day has passed since the
start (a time the store cannot hold) the entry's editor opens with a line
saying what to enter instead.

:class:`LiveBar` is the small indicator at the top of the Journal tab:
"Cramp, still going since 14:05 [It's over now]", and, once it is over,
"Cramp from 14:05 is over (25 min) [Back to normal now] [Hide]".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fibro_desktop.core.clock import Clock
from fibro_desktop.core.instants import local_day
from fibro_desktop.core.journal.live import TooLongAgo, awaits_recovery, minutes_since
from fibro_desktop.core.journal.records import Episode, EpisodeRow
from fibro_desktop.core.journal.validation import InvalidEntry
from fibro_desktop.ops import journal as journal_ops
from fibro_desktop.store.journal import episodes_in_progress
from fibro_desktop.ui import formats
from fibro_desktop.ui.events import DataEvents
from fibro_desktop.ui.journal.form_parts import ErrorLabel
from fibro_desktop.ui.kit.widgets import big_target
from fibro_desktop.ui.labels import duration_text, term_label, validation_text
from fibro_desktop.ui.operations import run_for
from fibro_desktop.ui.translate import translator
from fibro_desktop.ui.write_errors import write_failure_text

#: Rows the indicator shows at most; the rest are in the timeline below.
MAX_ROWS = 4
#: Live episodes the tray offers to end, newest first.
MAX_TRAY_ENTRIES = 3


_tr = translator("LiveEpisodes")


def since_text(started: datetime, now: datetime) -> str:
    """When it started, as short as it can be said: "14:05" today,
    "yesterday 23:30", else the date and the time."""
    time = formats.time_of_day(started)
    day = local_day(started)
    days_ago = (local_day(now) - day).days
    if days_ago == 0:
        return time
    if days_ago == 1:
        return _tr("yesterday %1").replace("%1", time)
    date = QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
    return _tr("%1 at %2").replace("%1", date).replace("%2", time)


def live_text(row: EpisodeRow, now: datetime) -> str:
    """"Cramp, still going since 14:05"."""
    return _tr("%1, still going since %2").replace("%1", term_label(row.kind)).replace(
        "%2", since_text(row.started, now))


def over_text(row: EpisodeRow, now: datetime) -> str:
    """"Cramp from 14:05 is over (25 min)"."""
    return (_tr("%1 from %2 is over (%3)").replace("%1", term_label(row.kind))
            .replace("%2", since_text(row.started, now)).replace("%3", duration_text(row.duration_s)))


class LiveStamps(QObject):
    """Runs "It's over now" and "Back to normal now" as ``origin=self``.

    ``failed(text)`` carries the words for a write the disk refused; the
    caller shows them where the person is looking."""

    failed = Signal(str)

    def __init__(self, db, clock: Clock, events: DataEvents, dialogs, parent: QObject | None = None):
        super().__init__(parent)
        self._db = db
        self._clock = clock
        self._events = events
        self._dialogs = dialogs

    def in_progress(self) -> tuple[list[EpisodeRow], list[EpisodeRow]]:
        """(episodes still going, ended ones awaiting "Back to normal now"), newest first."""
        now = self._clock.now()
        rows = episodes_in_progress(self._db, now)
        return [r for r in rows if r.ongoing], [r for r in rows if awaits_recovery(r, now)]

    def end_now(self, uid: str) -> bool:
        """"It's over now" for ``uid``; True when the entry was changed."""
        return self._stamp(uid, journal_ops.end_episode_now, "duration_s", _tr(
            "More than a day has passed since it started, so the time cannot be counted from now. "
            "Untick \"It's still going\" and enter how long it lasted."))

    def back_to_normal_now(self, uid: str) -> bool:
        """"Back to normal now" for ``uid``; True when the entry was changed."""
        return self._stamp(uid, journal_ops.back_to_normal_now, "recovery_s", _tr(
            "More than a day has passed since it started, so the time cannot be counted from now. "
            "Enter the time until back to normal here."))

    def _stamp(self, uid: str, op: Callable[..., tuple[Episode | None, object]], field: str,
               too_long: str) -> bool:
        now = self._clock.now()
        try:
            before = run_for(self._events, lambda: op(self._db, uid, now), origin=self)
        except TooLongAgo:
            self._open_with_messages(uid, {field: too_long})
            return False
        except InvalidEntry as problem:  # say a start ahead of this clock: the editor shows it
            self._open_with_messages(uid, {f: validation_text(m) for f, m in problem.errors.items()})
            return False
        except Exception as exc:  # a full disk: say so where the person is looking
            text = write_failure_text(exc)
            if text is None:
                raise
            self.failed.emit(text)
            return False
        if before is None:
            return False
        self._dialogs.entry_replaced.emit(before)  # undo, like any edit
        return True

    def _open_with_messages(self, uid: str, messages: dict[str, str]) -> None:
        editor = self._dialogs.edit(uid)
        for field, text in messages.items():
            label = editor.errors.get(field) or editor.errors["notes"]
            label.show_message(text)


class LiveBar(QFrame):
    """The Journal's indicator of episodes going on now; hidden when there
    are none. ``fallback_focus`` takes the keyboard focus when the last row
    it was on goes away."""

    def __init__(self, stamps: LiveStamps, clock: Clock, fallback_focus: QWidget | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self._stamps = stamps
        self._clock = clock
        self._fallback_focus = fallback_focus
        self._hidden: set[str] = set()  # "Hide" pressed on these, this session
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(_tr("Spasms going on now"))
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self._rows = QWidget()
        layout.addWidget(self._rows)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        stamps.failed.connect(self._show_failure)
        #: What the rows show now, for tests and screen readers: (text, uid, "live" | "over").
        self.shown: list[tuple[str, str, str]] = []
        self.refresh()

    def refresh(self) -> None:
        """Look again (after a write, or when the page is shown)."""
        had_focus = self.isAncestorOf(QApplication.focusWidget())
        live, over = self._stamps.in_progress()
        now = self._clock.now()
        entries = [(live_text(r, now), r.uid, "live") for r in live]
        entries += [(over_text(r, now), r.uid, "over") for r in over if r.uid not in self._hidden]
        self.shown = entries[:MAX_ROWS]
        old = self._rows
        self._rows = self._build_rows(self.shown, len(entries) - len(self.shown))
        self._layout.replaceWidget(old, self._rows)
        old.hide()
        old.deleteLater()
        self._rows.show()  # a child added to a shown widget stays hidden otherwise
        self.setVisible(bool(entries) or self.error.isVisible())
        if had_focus:
            buttons = self._rows.findChildren(QPushButton)
            target = buttons[0] if buttons else self._fallback_focus
            if target is not None:
                target.setFocus()

    def _build_rows(self, entries: list[tuple[str, str, str]], more: int) -> QWidget:
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        for text, uid, what in entries:
            line = QHBoxLayout()
            label = QLabel(text)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            if what == "live":  # what is going on now stands out; the question after it is quieter
                font = label.font()
                font.setBold(True)
                label.setFont(font)
                self._button(line, _tr("It's over now"), _tr("It's over now: %1").replace("%1", text),
                             lambda _=False, u=uid: self._run(self._stamps.end_now, u))
            else:
                self._button(line, _tr("Back to normal now"), _tr("Back to normal now: %1").replace("%1", text),
                             lambda _=False, u=uid: self._run(self._stamps.back_to_normal_now, u))
                self._button(line, _tr("Hide"), _tr("Hide this question: %1").replace("%1", text),
                             lambda _=False, u=uid: self._hide(u))
            rows.addLayout(line)
        if more:
            rows.addWidget(QLabel(_tr("And %1 more in the list below.").replace("%1", str(more))))
        return box

    @staticmethod
    def _button(line: QHBoxLayout, text: str, name: str, action: Callable[[bool], object]) -> None:
        button = QPushButton(text)
        big_target(button)
        button.setAccessibleName(name)
        button.clicked.connect(action)
        line.addWidget(button)

    def _run(self, stamp: Callable[[str], bool], uid: str) -> None:
        self.error.clear_message()
        stamp(uid)
        self.refresh()  # also when nothing changed (ended elsewhere meanwhile)

    def _hide(self, uid: str) -> None:
        self._hidden.add(uid)
        self.refresh()

    def _show_failure(self, text: str) -> None:
        self.error.show_message(text)
        self.setVisible(True)


class LiveTrayActions(QObject):
    """Tray entries: "It's over now: Cramp since 14:05" for each live episode
    (the newest :data:`MAX_TRAY_ENTRIES`), and "Back to normal now" for the
    newest that awaits it. A fixed set of actions, hidden while unused, so
    the tray's menu is built once. ``notify(text)`` confirms a stamp (a tray
    message); ``on_trouble()`` brings the window forward when the person is
    needed there (an editor opened, the disk refused)."""

    def __init__(self, stamps: LiveStamps, clock: Clock, *, notify: Callable[[str], None] | None = None,
                 on_trouble: Callable[[], None] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._stamps = stamps
        self._clock = clock
        self._notify = notify
        self._on_trouble = on_trouble
        self.over_actions = [QAction(self) for _ in range(MAX_TRAY_ENTRIES)]
        self.normal_action = QAction(self)
        for action in self.over_actions:
            action.triggered.connect(lambda _=False, a=action: self._stamp(a, self._stamps.end_now))
        self.normal_action.triggered.connect(
            lambda _=False: self._stamp(self.normal_action, self._stamps.back_to_normal_now))
        self.refresh()

    def actions(self) -> list[QAction]:
        return [*self.over_actions, self.normal_action]

    def refresh(self) -> None:
        live, over = self._stamps.in_progress()
        now = self._clock.now()
        for action, row in zip(self.over_actions, live + [None] * MAX_TRAY_ENTRIES, strict=False):
            self._show(action, row, _tr("It's over now: %1") if row else "", now)
        self._show(self.normal_action, over[0] if over else None, _tr("Back to normal now: %1"), now)

    @staticmethod
    def _show(action: QAction, row: EpisodeRow | None, template: str, now: datetime) -> None:
        action.setVisible(row is not None)
        action.setData(row)
        if row is not None:
            what = _tr("%1 since %2").replace("%1", term_label(row.kind)).replace("%2", since_text(row.started, now))
            action.setText(template.replace("%1", what).replace("&", "&&"))

    def _stamp(self, action: QAction, stamp: Callable[[str], bool]) -> None:
        row: EpisodeRow | None = action.data()
        if row is None:
            return
        now = self._clock.now()
        if stamp(row.uid):
            if self._notify is not None:
                self._notify(self._confirmation(action, row, now))
        elif self._on_trouble is not None:
            self._on_trouble()
        self.refresh()

    def _confirmation(self, action: QAction, row: EpisodeRow, now: datetime) -> str:
        took = duration_text(minutes_since(row.started, now) * 60)
        if action is self.normal_action:
            return _tr("Saved: back to normal %1 after it started.").replace("%1", took)
        return _tr("Saved: %1 lasted %2.").replace("%1", term_label(row.kind)).replace("%2", took)
