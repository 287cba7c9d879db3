"""The Toolkit's default content, marked for ``lupdate``.

The defaults live in the pure core as English source text, where
``lupdate`` cannot see them. These literal copies, wrapped in
``QT_TRANSLATE_NOOP``, put them in the translation files under the
contexts ``ToolkitDefaults`` and ``ToolkitRoles`` that ``texts.py`` uses.
``tests/ui/toolkit/test_default_texts.py`` keeps them in step with the core.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

DEFAULT_TEXTS = (
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Travel magnesium or electrolyte mix"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Work bag"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "A few sachets for the day"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Heating pad"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "At my desk"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Warm-up and relaxation audio"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "On this computer and my phone"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Pill case for supplements and medication"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Stress-relief reminders or wearable"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "On my wrist or phone"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Glasses of water"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Electrolytes or magnesium-rich food"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Morning stretch"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Evening stretch"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Warmth (heat pad, warm bath or wrap)"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "A breathing or relaxation session"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Changes of position"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Followed my pacing plan"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Move gently"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Slowly move the tight part through an easy, small range, a few times, without forcing it."),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Warmth, then a light stretch"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Put heat on the muscle for about 15 minutes, then stretch it softly, only as far as it feels kind."),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Press or massage the knot"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Press the sore spot with your fingers or a ball and hold, or rub in slow circles."),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Magnesium on the skin"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "If it is in your kit, rub a little magnesium lotion or spray into the area."),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Drink some water"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Sip a glass of water, or your electrolyte mix if you carry one."),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Slow breathing"),
    QT_TRANSLATE_NOOP("ToolkitDefaults", "Breathe out slowly, longer than you breathe in, or play the release audio."),
)

ROLE_TEXTS = (
    QT_TRANSLATE_NOOP("ToolkitRoles", "Physical therapist"),
    QT_TRANSLATE_NOOP("ToolkitRoles", "Massage or myofascial therapist"),
    QT_TRANSLATE_NOOP("ToolkitRoles", "Occupational therapist"),
    QT_TRANSLATE_NOOP("ToolkitRoles", "Biofeedback practitioner"),
    QT_TRANSLATE_NOOP("ToolkitRoles", "Doctor"),
    QT_TRANSLATE_NOOP("ToolkitRoles", "Other"),
)
