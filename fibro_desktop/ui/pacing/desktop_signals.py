"""What this desktop tells the break timer, for the Settings (issue 17).

:class:`DesktopSignals` records which signals could be read here and how
(the wiring fills it in: idle time at start-up, the D-Bus ones a little
later); :func:`describe` says it in plain words.
"""

from __future__ import annotations

from dataclasses import dataclass

from fibro_desktop.ui.translate import translator

_tr = translator("PacingSignals")


@dataclass(frozen=True)
class DesktopSignals:
    """Each field: how the signal is read here (for the developer notes and
    the log), or ``None`` when this desktop does not give it."""

    idle: str | None = None
    lock: str | None = None
    fullscreen: str | None = None
    do_not_disturb: str | None = None


def describe(signals: DesktopSignals) -> str:
    """The Settings' sentences: what counts as time away and what makes a
    break wait, on this computer."""
    lines = []
    if signals.idle:
        lines.append(_tr("Time away from the keyboard and mouse counts as a break."))
    else:
        lines.append(_tr("This system does not let the app read how long the keyboard has been idle, "
                         "so only sleep, suspend and pauses count as time away."))
    if signals.lock:
        lines.append(_tr("A locked screen counts as time away."))
    elif signals.idle:
        lines.append(_tr("A locked screen is not reported here; time away from the keyboard covers it."))
    else:
        lines.append(_tr("A locked screen is not reported here."))
    if signals.fullscreen and signals.do_not_disturb:
        lines.append(_tr("The app can see a full-screen window (a film, a presentation, a game) and "
                         "Do Not Disturb, so breaks can wait until they end."))
    elif signals.fullscreen:
        lines.append(_tr("The app can see a full-screen window (a film, a presentation, a game), so "
                         "breaks can wait until it ends. Do Not Disturb is not reported here."))
    elif signals.do_not_disturb:
        lines.append(_tr("The app can see Do Not Disturb, so breaks can wait until it ends. "
                         "Full-screen windows are not reported here."))
    else:
        lines.append(_tr("This desktop does not tell the app about full-screen windows or "
                         "Do Not Disturb."))
    return "\n".join(lines)
