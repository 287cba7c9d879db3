"""The Relax tab page: composes the library, the transport, the extras and
the pacer, and connects them to the players and the listening session.

Built lazily by ``wiring/relax.py`` when the tab is first opened; importing
it imports QtMultimedia (through :mod:`player`).
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from fibro_desktop.core.changes import Area, Changes
from fibro_desktop.core.intents import RoutineProgress
from fibro_desktop.core.learn.links import PLACE_LINKS
from fibro_desktop.core.relax.imports import ImportRefused
from fibro_desktop.core.relax.library import Session, ambient_files, own_sessions, parse_manifest
from fibro_desktop.core.relax.pacer import BreathPattern
from fibro_desktop.core.toolkit.routine import RELAXATION
from fibro_desktop.ops import relax as relax_ops
from fibro_desktop.resources import resource_path
from fibro_desktop.store import relax as relax_store
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit import tokens
from fibro_desktop.ui.kit.check_row import CheckRow
from fibro_desktop.ui.kit.widgets import ReflowRow, error_state
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.operations import run, run_for
from fibro_desktop.ui.relax import own_audio
from fibro_desktop.ui.relax.captions_view import CaptionsView
from fibro_desktop.ui.relax.extras import AmbientBox, PacerBox, SleepBox
from fibro_desktop.ui.relax.library_panel import LibraryPanel, translated_sessions
from fibro_desktop.ui.relax.player import PLAYING, AudioPlayer, output_available
from fibro_desktop.ui.relax.session import ListeningSession
from fibro_desktop.ui.relax.sleep_timer import SleepTimer
from fibro_desktop.ui.relax.tension import TensionPrompt
from fibro_desktop.ui.relax.transport import TransportPanel, clock_text
from fibro_desktop.ui.translate import translator

log = logging.getLogger(__name__)


_tr = translator("RelaxPage")


class RelaxPage(QWidget):
    """The whole tab. ``play_session(key)`` is the one door in for other tabs."""

    def __init__(self, ctx, audio_available: Callable[[], bool] = output_available,
                 audio_dir: Path | None = None, parent: QWidget | None = None, *,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self._ctx = ctx
        self._prefs = ctx.preferences
        self._audio_dir = audio_dir or resource_path("audio")
        manifest = json.loads((self._audio_dir / "manifest.json").read_text(encoding="utf-8"))
        self._bundled = translated_sessions(parse_manifest(manifest, self._audio_dir))
        self._ambient = ambient_files(manifest, self._audio_dir)
        self._own: list[Session] = []
        self._after_uid: str | None = None

        self.player = AudioPlayer(self)
        self.ambient_player = AudioPlayer(self, loop=True)
        self.session = ListeningSession(self.player, ctx.db, ctx.clock, ctx.data_events, ctx.intents, self)
        self.sleep_timer = SleepTimer(ctx.clock, [self.player, self.ambient_player], self)

        self.library = LibraryPanel()
        self.library_message = QLabel()
        self.library_message.setWordWrap(True)
        self.library_message.hide()
        self.transport = TransportPanel()
        self.media_keys = None
        if sys.platform.startswith("linux"):  # the keyboard's media keys from any program (MPRIS)
            from fibro_desktop.ui.relax import mpris

            self.media_keys = mpris.register(self.player, self.transport.title.text, self._raise_window,
                                             toggle=self.toggle_play, parent=self)
        self.captions = CaptionsView(self._prefs.get(prefs.RELAX_SHOW_WORDS))
        self.status = error_state()
        self.status.setAccessibleName(_tr("Sound status"))
        self.status.hide()
        self.tension = TensionPrompt()
        # Its words wrap: a long translation must not widen or overflow the library's column.
        self.ask_tension_row = CheckRow(_tr("Ask how tense I feel before and after a session"))
        self.ask_tension = self.ask_tension_row.box
        self.ask_tension.setChecked(self._prefs.get(prefs.RELAX_ASK_TENSION))
        self.ask_tension.toggled.connect(lambda on: self._prefs.set(prefs.RELAX_ASK_TENSION, on))
        self.ambient_box = AmbientBox(list(self._ambient))
        self.sleep_box = SleepBox()
        pattern = BreathPattern(self._prefs.get(prefs.RELAX_PACER_INHALE_S),
                                self._prefs.get(prefs.RELAX_PACER_HOLD_S),
                                self._prefs.get(prefs.RELAX_PACER_EXHALE_S))
        self.learn_link = learn_link(_tr("How calming helps with spasms"), PLACE_LINKS["relax"], open_guide,
                                     topic=_tr("calming the body"))
        self.pacer_box = PacerBox(ctx.clock, self._prefs.get(prefs.REDUCE_MOTION), pattern)
        self._build_layout()
        self._connect()
        self._install_shortcuts()

        self.transport.volume.setValue(self._prefs.get(prefs.RELAX_VOLUME))
        self.ambient_box.volume.setValue(self._prefs.get(prefs.RELAX_AMBIENT_VOLUME))
        self.player.set_volume(self._prefs.get(prefs.RELAX_VOLUME) / 100)
        self.ambient_player.set_volume(self._prefs.get(prefs.RELAX_AMBIENT_VOLUME) / 100)
        self.refresh_library()
        self._audio_available = audio_available
        self._audio_ok = True
        self._check_audio()

    def _check_audio(self) -> bool:
        """Ask again whether there is a sound output (one may have been plugged in)."""
        self._audio_ok = self._audio_available()
        if not self._audio_ok:
            self._say(_tr("No sound output was found, so sessions can't be heard right now. "
                          "Connect speakers or headphones, then press Play again. "
                          "The breathing pacer works without sound."))
        elif self.status.text().startswith(_tr("No sound output")):
            self.status.hide()
        return self._audio_ok

    # -- building ------------------------------------------------------------
    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.library, 1)
        left.addWidget(self.library_message)
        left.addWidget(self.ask_tension_row)
        if self.learn_link is not None:
            left.addWidget(self.learn_link, 0, Qt.AlignmentFlag.AlignLeft)
        centre = QVBoxLayout()
        centre.addWidget(self.transport)
        centre.addWidget(self.captions)
        centre.addWidget(self.status)
        centre.addWidget(self.tension)
        # Side by side, or one under the other when long words or large text need the room.
        extras = ReflowRow(spacing=tokens.SPACE_M)
        extras.add(self.ambient_box)
        extras.add(self.sleep_box)
        centre.addWidget(extras)
        centre.addWidget(self.pacer_box, 1)
        inner = QWidget()
        margins = QVBoxLayout(inner)
        margins.setContentsMargins(16, 16, 16, 16)
        # The library goes above the player when the text is large or the window narrow.
        row = ReflowRow()
        margins.addWidget(row)
        left_box = QWidget()
        left_box.setLayout(left)
        # Widths in text lines, so the library keeps its shape at any text size.
        # Never narrower than its own content (two library buttons a row, longer
        # in German): a minimum set here overrides the one its layout asks for.
        line = left_box.fontMetrics().height()
        narrowest = max(line * 16, left_box.minimumSizeHint().width())
        left_box.setMinimumWidth(narrowest)
        left_box.setMaximumWidth(max(line * 24, narrowest))
        left_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        row.add(left_box, 2)
        centre_box = QWidget()
        centre_box.setLayout(centre)
        row.add(centre_box, 3)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls inside
        scroll.setAccessibleName(_tr("Relax"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setAccessibleName(_tr("Relax"))

    def _connect(self) -> None:
        lib = self.library
        lib.chosen.connect(lambda key: self.play_session(key, ask=True))
        lib.selected.connect(self._preview)
        lib.add_requested.connect(self.add_own_audio)
        lib.rename_requested.connect(self.rename_own_audio)
        lib.remove_requested.connect(self.remove_own_audio)
        lib.move_requested.connect(self.move_own_audio)
        tr = self.transport
        tr.play_pause.connect(self.toggle_play)
        tr.seek.connect(self.player.seek)
        tr.skip.connect(self.player.skip)
        tr.restart.connect(self._restart)
        tr.volume_changed.connect(self._on_volume)
        self.player.position_changed.connect(tr.set_position)
        self.player.position_changed.connect(self.captions.show_position)
        self.captions.toggled.connect(lambda on: self._prefs.set(prefs.RELAX_SHOW_WORDS, on))
        self.player.duration_changed.connect(tr.set_duration)
        self.player.state_changed.connect(tr.set_state)
        # A message about an earlier failure goes once sound really plays again.
        self.player.state_changed.connect(
            lambda s: self.status.hide() if self._audio_ok and s == PLAYING else None)
        self.player.failed.connect(self._on_failed)
        self.ambient_player.failed.connect(self._on_failed)
        self.session.started.connect(lambda _s, start: tr.show_resume(start))
        self.session.logged.connect(self._on_logged)
        self.tension.answered.connect(self._on_tension)
        self.ambient_box.kind_changed.connect(self._on_ambient)
        self.ambient_box.volume_changed.connect(self._on_ambient_volume)
        self.sleep_box.choice_changed.connect(self._on_sleep_choice)
        self.sleep_timer.finished.connect(self._on_sleep_finished)
        self.sleep_timer.progress.connect(self._on_sleep_progress)
        self.pacer_box.pattern_changed.connect(self._save_pattern)
        # A few minutes of breathing along is the routine's relaxation too.
        self.pacer_box.pacer.practised.connect(
            lambda: self._ctx.intents.routine_progress.emit(RoutineProgress(RELAXATION, 1)))
        self._prefs.changed.connect(self._on_pref)
        self._ctx.data_events.changed.connect(self._on_data_changed)

    def _install_shortcuts(self) -> None:
        scope = Qt.ShortcutContext.WidgetWithChildrenShortcut
        bindings = [(QKeySequence("Ctrl+Space"), self.toggle_play),
                    (QKeySequence("Ctrl+Left"), lambda: self.player.skip(-15_000)),
                    (QKeySequence("Ctrl+Right"), lambda: self.player.skip(15_000)),
                    (QKeySequence(Qt.Key.Key_MediaTogglePlayPause), self.toggle_play),
                    (QKeySequence(Qt.Key.Key_MediaPlay), self.player.play),
                    (QKeySequence(Qt.Key.Key_MediaPause), self.player.pause),
                    (QKeySequence(Qt.Key.Key_MediaStop), self.player.pause)]
        self._shortcuts = []
        for keys, slot in bindings:
            shortcut = QShortcut(keys, self, context=scope)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

    # -- the library -----------------------------------------------------------
    def sessions(self) -> list[Session]:
        return self._bundled + self._own

    def _find(self, key: str) -> Session | None:
        return next((s for s in self.sessions() if s.key == key), None)

    def refresh_library(self) -> None:
        items = relax_store.own_audio(self._ctx.db)
        self._own = own_sessions(items, relax_store.library_dir(self._ctx.data_dir))
        self.library.set_sessions(self._bundled, self._own)

    def _on_data_changed(self, changes: Changes, origin: object) -> None:
        # An import or a restore (the library already shows our own changes).
        if origin is not self and changes.touches(Area.RECORDINGS):
            self.refresh_library()

    def _preview(self, key: str) -> None:
        current = self.session.session()
        if current is None or current.key != key:
            session = self._find(key)
            if session is not None and current is None:
                self.transport.set_session(session.title, session.description)
                self.transport.set_duration(session.duration_ms)
                self.transport.set_position(0)

    def add_own_audio(self) -> None:
        path = own_audio.ask_audio_file(self)
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> bool:
        """Copy ``path`` into the library; shows the outcome next to the list."""
        try:
            item = run_for(self._ctx.data_events, lambda: relax_ops.import_recording(
                self._ctx.db, self._ctx.data_dir, path, self._ctx.clock.now()), origin=self)
        except ImportRefused as refused:
            self._library_says(own_audio.refusal_text(refused), error=True)
            return False
        except OSError as error:
            log.warning("import failed: %s", error)
            self._library_says(_tr("The file could not be copied. Is the disk full?"), error=True)
            return False
        self.refresh_library()
        self.library.select(item.key)
        self._library_says(_tr("“%1” was added to your library.", item.title))
        return True

    def rename_own_audio(self, key: str) -> None:
        session = self._find(key)
        if session is None:
            return
        title = own_audio.ask_new_title(self, session.title)
        if title is not None:
            try:
                run(self._ctx.data_events, lambda: relax_ops.rename_recording(
                    self._ctx.db, key.split(":", 1)[1], title, self._ctx.clock.now()), origin=self)
            except ValueError:
                self._library_says(_tr("A name needs between 1 and 200 characters."), error=True)
                return
            self.refresh_library()

    def move_own_audio(self, key: str, step: int) -> None:
        keys = [s.key for s in self._own]
        index = keys.index(key)
        target = index + step
        if 0 <= target < len(keys):
            keys[index], keys[target] = keys[target], keys[index]
            uids = [k.split(":", 1)[1] for k in keys]
            run(self._ctx.data_events, lambda: relax_ops.reorder_recordings(self._ctx.db, uids, self._ctx.clock.now()),
                origin=self)
            self.refresh_library()
            self.library.select(key)

    def remove_own_audio(self, key: str, confirm: bool = True) -> None:
        session = self._find(key)
        if session is None:
            return
        if confirm and not own_audio.confirm_remove(self, session.title):
            return
        current = self.session.session()
        if current is not None and current.key == key:
            self.session.close()
            self.player.unload()
        run(self._ctx.data_events, lambda: relax_ops.remove_recording(
            self._ctx.db, self._ctx.data_dir, key.split(":", 1)[1]), origin=self)
        self.refresh_library()
        self._library_says(_tr("“%1” was removed.", session.title))

    def _library_says(self, text: str, error: bool = False) -> None:
        self.library_message.setText(text)
        self.library_message.setAccessibleName(text)
        self.library_message.setProperty("error", error)
        self.library_message.show()

    # -- playing ---------------------------------------------------------------
    def play_session(self, key: str, ask: bool = True) -> bool:
        """Start (or continue) session ``key``; False if there is no such session."""
        session = self._find(key)
        if session is None:
            log.warning("no relaxation session %r", key)
            return False
        self.library.select(key)
        current = self.session.session()
        is_new = current is None or current.key != key
        self.transport.set_session(session.title, session.description)
        if is_new:
            self.captions.set_session(session)
        self.session.open(session, play=True)
        if is_new and ask and self._prefs.get(prefs.RELAX_ASK_TENSION):
            self.tension.ask("before")
        self._check_audio()
        return True

    def _raise_window(self) -> None:
        window = self.window()
        getattr(window, "bring_to_front", window.show)()

    def toggle_play(self) -> None:
        if self.session.session() is None:
            key = self.library.current_key()
            if key:
                self.play_session(key)
            return
        self.player.toggle()

    def _restart(self) -> None:
        self.session.restart()
        self.transport.show_resume(0)

    def _on_volume(self, volume: float) -> None:
        self.player.set_volume(volume)
        self._prefs.set(prefs.RELAX_VOLUME, round(volume * 100))

    def _on_failed(self, detail: str) -> None:
        log.warning("playback failed: %s", detail)
        self._say(_tr("This recording could not be played. The file may be damaged, or this "
                      "computer may not play its format. Everything else keeps working."))

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
        self.status.show()

    def status_text(self) -> str:
        return "" if self.status.isHidden() else self.status.text()

    # -- tension ---------------------------------------------------------------
    def _on_logged(self, uid: str, _finished: bool) -> None:
        self._after_uid = uid
        if self._prefs.get(prefs.RELAX_ASK_TENSION):
            self.tension.ask("after")

    def _on_tension(self, kind: str, value: int) -> None:
        if value < 0:
            return
        if kind == "before":
            self.session.tension_before = value
        elif kind == "after" and self._after_uid:
            self.session.rate_after(self._after_uid, value)
            self._after_uid = None

    # -- ambient and sleep -----------------------------------------------------
    def _on_ambient(self, kind: str) -> None:
        if not kind:
            self.ambient_player.stop()
            return
        self.ambient_player.load(self._ambient[kind])
        self.ambient_player.play()

    def _on_ambient_volume(self, volume: float) -> None:
        self.ambient_player.set_volume(volume)
        self._prefs.set(prefs.RELAX_AMBIENT_VOLUME, round(volume * 100))

    def _on_sleep_choice(self, minutes: int) -> None:
        if minutes == 0:
            self.sleep_timer.cancel()
            self.sleep_box.status.setText(_tr("Off."))
        elif minutes == -1:
            remaining = max(0, self.player.duration() - self.player.position())
            self.sleep_timer.start_at_end(remaining)
        else:
            self.sleep_timer.start_minutes(minutes)

    def _on_sleep_progress(self, seconds_left: float, fading: bool) -> None:
        time_left = clock_text(int(seconds_left * 1000))
        self.sleep_box.status.setText(
            _tr("Fading out gently… silence in %1.", time_left) if fading
            else _tr("Sound stops in %1, after a gentle fade.", time_left))

    def _on_sleep_finished(self) -> None:
        self.session.close()
        self.ambient_player.stop()
        self.ambient_box.combo.setCurrentIndex(0)
        self.sleep_box.reset()
        self.sleep_box.status.setText(_tr("The sleep timer stopped the sound. Rest well."))

    # -- preferences -----------------------------------------------------------
    def _save_pattern(self, pattern: BreathPattern) -> None:
        self._prefs.set(prefs.RELAX_PACER_INHALE_S, int(pattern.inhale_s))
        self._prefs.set(prefs.RELAX_PACER_HOLD_S, int(pattern.hold_in_s))
        self._prefs.set(prefs.RELAX_PACER_EXHALE_S, int(pattern.exhale_s))

    def _on_pref(self, key: str) -> None:
        if key == prefs.REDUCE_MOTION.key:
            self.pacer_box.pacer.set_reduce_motion(self._prefs.get(prefs.REDUCE_MOTION))

    def shutdown(self) -> None:
        """Called on quit: remember the position and log what was heard."""
        self.session.save_position()
        self.session.close()
        self.player.stop()
        self.ambient_player.stop()
