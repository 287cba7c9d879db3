"""The "a spasm is starting" plan: a calm, one-step-at-a-time stepper.

Large buttons and short sentences, because it is used mid-spasm. From here
the person can play the release audio, start a heat timer (owned by the
launcher, so it keeps running when this window closes), see their care
team's numbers, and log the spasm in the quick log with the steps they
tried filled in (the long editor is one click away there).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fibro_desktop.core.intents import PlaySession
from fibro_desktop.core.learn.links import PLACE_LINKS, RESCUE_STEP_LINKS
from fibro_desktop.core.toolkit.rescue import HEAT_SECONDS, MINERAL_RELIEFS, RescueStepper, format_remaining
from fibro_desktop.store import rescue_plan as store
from fibro_desktop.ui import preferences as prefs
from fibro_desktop.ui.kit.dialog_body import BODY_NAME, scrolling_body
from fibro_desktop.ui.kit.widgets import ColumnScroll, big_target, heading
from fibro_desktop.ui.learn.link import learn_link
from fibro_desktop.ui.toolkit.heat_timer import HeatTimer
from fibro_desktop.ui.toolkit.texts import minerals_note, role_label, tr

#: The release-only relaxation session of the Relax tab.
RELEASE_SESSION = "release_only"


class RescuePlanDialog(QDialog):
    """Non-modal; :meth:`start` reloads the plan and goes to step one."""

    def __init__(self, db, clock, intents, parent: QWidget | None = None, *, heat: HeatTimer | None = None,
                 preferences: prefs.Preferences | None = None,
                 open_guide: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("A spasm is starting"))
        self.setAccessibleName(tr("Rescue plan"))
        self._db, self._intents = db, intents
        self.stepper = RescueStepper(())
        # The launcher's timer outlives this window; a dialog made alone has its own.
        self.heat = heat if heat is not None else HeatTimer(clock, self)

        self.counter = QLabel()
        self.counter.setAccessibleName(tr("Step number"))
        self.step_title = heading("", 1.6)
        self.step_title.setAccessibleName(tr("Step"))
        self.how_to = QLabel()
        self.how_to.setWordWrap(True)
        font = self.how_to.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.how_to.setFont(font)
        self.how_to.setAccessibleName(tr("How to do this step"))
        self.minerals_note = minerals_note()
        # A wide toggle button rather than a small tick box: easier to hit mid-spasm.
        self.tried = QPushButton(tr("I &tried this"))
        self.tried.setCheckable(True)
        self.tried.setAccessibleName(tr("I tried this step"))
        self.back_button = QPushButton(tr("← &Back"))
        self.next_button = QPushButton(tr("&Next step →"))
        self.back_button.setAccessibleName(tr("Previous step"))
        self.next_button.setAccessibleName(tr("Next step"))
        self.play_button = QPushButton(tr("&Play release audio"))
        self.heat_button = QPushButton()
        self.heat_label = QLabel()
        self.heat_label.setWordWrap(True)
        self.heat_label.setAccessibleName(tr("Heat timer"))
        self.heat_sound = QCheckBox(tr("A soft sound when the heat time is up"))
        self.heat_sound.setAccessibleName(tr("Play a soft sound when the heat timer ends"))
        self.heat_sound.setVisible(preferences is not None)
        if preferences is not None:
            self.heat_sound.setChecked(preferences.get(prefs.HEAT_SOUND))
            self.heat_sound.toggled.connect(lambda on: preferences.set(prefs.HEAT_SOUND, on))
        self.log_button = QPushButton(tr("&Log this spasm"))
        self.log_button.setAccessibleName(tr("Log this spasm with the steps I tried"))
        self.close_button = QPushButton(tr("&Close"))
        # Why this step helps, in the guide; follows the step shown.
        self.step_link = learn_link(tr("Why this helps"), RESCUE_STEP_LINKS[None], open_guide,
                                    topic=tr("this step"))
        self.contacts_label = QLabel()
        self.contacts_label.setWordWrap(True)
        self.contacts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.contacts_label.setOpenExternalLinks(True)
        self.contacts_label.setAccessibleName(tr("My care team"))
        safety = QLabel(tr("If a spasm comes with weakness, numbness, loss of balance, fever, a racing heart "
                           "or swelling, or will not ease, please talk to a doctor."))
        safety.setWordWrap(True)
        self.safety_link = learn_link(tr("Read about the warning signs"), PLACE_LINKS["rescue_plan_safety"],
                                      open_guide, topic=tr("the warning signs"))
        for button in (self.back_button, self.next_button, self.play_button, self.heat_button, self.log_button,
                       self.close_button):
            big_target(button)
        big_target(self.tried)

        step_box = QFrame()
        step_box.setFrameShape(QFrame.Shape.StyledPanel)
        step_layout = QVBoxLayout(step_box)
        step_layout.addWidget(self.counter)
        step_layout.addWidget(self.step_title)
        step_layout.addWidget(self.how_to)
        step_layout.addWidget(self.minerals_note)
        if self.step_link is not None:
            step_layout.addWidget(self.step_link, 0, Qt.AlignmentFlag.AlignLeft)
        step_layout.addStretch(1)
        step_layout.addWidget(self.tried)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        step_layout.addLayout(nav)

        side = QVBoxLayout()
        side.addWidget(self.play_button)
        side.addWidget(self.heat_button)
        side.addWidget(self.heat_label)
        side.addWidget(self.heat_sound)
        side.addWidget(self.log_button)
        side.addSpacing(12)
        side.addWidget(self.contacts_label)
        side.addStretch(1)

        body = QHBoxLayout()
        body.addWidget(step_box, 3)
        body.addLayout(side, 2)
        # The steps scroll when the screen is too small for them (long words,
        # 200 % text); Close stays in sight below.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(tr("Breathe out slowly. Take one step at a time; skip any that do not suit you."))
        intro.setWordWrap(True)  # longer in other languages and at 200 % text
        layout.addWidget(intro)
        layout.addLayout(body, 1)
        layout.addWidget(safety)
        if self.safety_link is not None:
            layout.addWidget(self.safety_link, 0, Qt.AlignmentFlag.AlignLeft)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        # The plan takes the height its steps need, up to the screen's, and
        # scrolls inside only beyond that (200 % text on a laptop): the step's
        # buttons should be in view without scrolling, mid-spasm.
        scrolling_body(self).addWidget(content)
        steps_scroll = self.findChild(ColumnScroll, BODY_NAME)
        steps_scroll.setAccessibleName(tr("Rescue plan"))
        self.layout().addLayout(bottom)
        self.resize(820, 520)
        if self.step_link is not None:
            # "I tried this" keeps the first focus (Space mid-spasm ticks the step);
            # the link comes right after it.
            QWidget.setTabOrder(self.tried, self.step_link)

        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.tried.toggled.connect(self._on_tried)
        self.play_button.clicked.connect(lambda: self._intents.play_session.emit(PlaySession(RELEASE_SESSION)))
        self.heat_button.clicked.connect(self.toggle_heat)
        self.heat.remaining_changed.connect(self._show_heat)
        self.heat.finished.connect(self._on_heat_finished)
        self.log_button.clicked.connect(self.log_spasm)
        self.close_button.clicked.connect(self.close)
        self._show_heat(0.0)

    # -- plan -----------------------------------------------------------------
    def start(self) -> None:
        """Load the current plan and contacts, and begin at step one."""
        self.stepper = RescueStepper(tuple(store.list_steps(self._db)))
        self._show_contacts()
        self._show_step()

    def _show_step(self) -> None:
        step = self.stepper.current
        total = len(self.stepper.steps)
        if step is None:
            self.counter.setText("")
            self.step_title.setText(tr("No steps yet"))
            self.how_to.setText(tr("Add the steps that help you under “My rescue plan” in the Toolkit tab."))
        else:
            self.counter.setText(tr("Step %1 of %2", self.stepper.index + 1, total))
            self.step_title.setText(step.title)
            self.how_to.setText(step.how_to)
        if self.step_link is not None:
            self.step_link.set_link(RESCUE_STEP_LINKS.get(step.relief if step else None, RESCUE_STEP_LINKS[None]),
                                    step.title if step else tr("this step"))
        self.minerals_note.setVisible(step is not None and step.relief in MINERAL_RELIEFS)
        tried = step is not None and self.stepper.is_tried(step.id)
        self.tried.blockSignals(True)
        self.tried.setChecked(tried)
        self.tried.blockSignals(False)
        self.tried.setText(tr("✓ Tried") if tried else tr("I &tried this"))
        self.tried.setEnabled(step is not None)
        self.back_button.setEnabled(not self.stepper.at_first)
        self.next_button.setEnabled(not self.stepper.at_last)
        if self.stepper.at_last and step is not None:
            self.next_button.setText(tr("That was the last step"))
        else:
            self.next_button.setText(tr("&Next step →"))

    def go_next(self) -> None:
        if self.stepper.next():
            self._show_step()

    def go_back(self) -> None:
        if self.stepper.back():
            self._show_step()

    def _on_tried(self, on: bool) -> None:
        self.tried.setText(tr("✓ Tried") if on else tr("I &tried this"))
        if self.stepper.current is not None:
            self.stepper.set_tried(self.stepper.current.id, on)

    def log_spasm(self) -> None:
        """Open the journal's three-step quick log with the tried steps
        filled in as things tried ("Save and add details…" there opens the
        long editor with them).

        ``reliefs`` carries relief ids (and ``own:<title>``) that are saved
        as tried; ``notes`` names the tried steps in words too, and the
        quick log's note line says so.
        """
        tried = [step.title for step in self.stepper.tried_steps()]
        notes = tr("Tried from my rescue plan: %1.", "; ".join(tried)) if tried else ""
        source = tr("From your rescue plan.")
        if tried:
            source += " " + tr("Saved as tried: %1.", "; ".join(tried))
        prefill = replace(self.stepper.log_prefill(), notes=notes, source_note=source)
        self._intents.quick_log.emit(prefill)

    def _show_contacts(self) -> None:
        contacts = store.list_contacts(self._db)
        if not contacts:
            self.contacts_label.setText(tr("You can keep your care team's numbers in the Toolkit tab."))
            return
        parts = ["<b>" + html.escape(tr("My care team")) + "</b>"]
        for c in contacts:
            line = html.escape(tr("%1: %2", role_label(c.role), c.name))
            # tel: and mailto: links hand over to the system's phone or mail app.
            links = [_link("tel:" + "".join(ch for ch in c.phone if ch.isdigit() or ch == "+"), c.phone)
                     if c.phone else "", _link("mailto:" + c.email, c.email) if c.email else ""]
            reach = "  ·  ".join(link for link in links if link)
            if reach:
                line += "<br>&nbsp;&nbsp;" + reach
            parts.append(line)
        self.contacts_label.setTextFormat(Qt.TextFormat.RichText)
        self.contacts_label.setText("<br>".join(parts))

    # -- heat -----------------------------------------------------------------
    def toggle_heat(self) -> None:
        if self.heat.running:
            self.heat.stop()
            self._show_heat(0.0)
        else:
            self.heat_label.setProperty("finished", False)
            self.heat.start(HEAT_SECONDS)

    def _show_heat(self, remaining: float) -> None:
        if self.heat.running:
            self.heat_button.setText(tr("Stop the &heat timer"))
            self.heat_label.setText(tr("Heat on: %1 left", format_remaining(remaining)))
        else:
            self.heat_button.setText(tr("Start a 15-minute &heat timer"))
            if not self.heat_label.property("finished"):
                self.heat_label.setText("")

    def _on_heat_finished(self) -> None:
        # The launcher gives the signals (tray note, taskbar, sound); this says it in words.
        self.heat_label.setProperty("finished", True)
        self.heat_label.setText(tr("Time to take the heat off. A light stretch now, if it feels right."))
        self._show_heat(0.0)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        # The timer ran on while the window was closed: show where it is now.
        self._show_heat(self.heat.remaining())
        super().showEvent(event)


def _link(url: str, text: str) -> str:
    return f'<a href="{html.escape(url, quote=True)}">{html.escape(text)}</a>'
