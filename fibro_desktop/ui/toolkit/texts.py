"""Translated words the Toolkit widgets share: error messages, the defaults
in the person's language, the minerals note and inline messages (headings
and big targets come from the UI kit, :mod:`fibro_desktop.ui.kit`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from fibro_desktop.core.text import MAX_NAME_CHARS
from fibro_desktop.core.toolkit import validation as v
from fibro_desktop.core.toolkit.care import CARE_ROLES
from fibro_desktop.core.toolkit.kit import DEFAULT_KIT, KitDefault
from fibro_desktop.core.toolkit.rescue import DEFAULT_PLAN, StepDefault
from fibro_desktop.core.toolkit.routine import DEFAULT_ROUTINE, RoutineDefault
from fibro_desktop.ui.translate import translator

tr = translator("Toolkit")


_tr_default = translator("ToolkitDefaults")


def error_text(code: str) -> str:
    """A calm sentence for a validation error code."""
    messages = {
        v.EMPTY: tr("Please give it a name."),
        v.TOO_LONG: tr("That is a little long; please keep it under %1 characters.", MAX_NAME_CHARS),
        v.NEGATIVE: tr("Please use a whole number, 0 or more."),
        v.TOO_LARGE: tr("That number is larger than we can keep; please use a smaller one."),
        v.NOT_A_NUMBER: tr("Please use a whole number, like 3."),
        "bad_email": tr("This does not look like an email address."),
        "unknown_role": tr("Please choose a role."),
    }
    return messages.get(code, tr("Please check this field."))


def translated_kit() -> list[KitDefault]:
    return [KitDefault(d.key, _tr_default(d.name), _tr_default(d.location), _tr_default(d.note))
            for d in DEFAULT_KIT]


def translated_routine() -> list[RoutineDefault]:
    return [RoutineDefault(d.kind, _tr_default(d.name), d.target) for d in DEFAULT_ROUTINE]


def translated_plan() -> list[StepDefault]:
    return [StepDefault(d.relief, _tr_default(d.title), _tr_default(d.how_to)) for d in DEFAULT_PLAN]


def role_label(role: str) -> str:
    return dict((r, QCoreApplication.translate("ToolkitRoles", label)) for r, label in CARE_ROLES).get(role, role)


def minerals_note() -> QLabel:
    """The one quiet line shown where the toolkit suggests magnesium or
    electrolytes: no amounts, no advice beyond asking first (hidden until
    something it applies to is shown)."""
    label = QLabel(tr("Magnesium and electrolyte products: if you have kidney or heart conditions or take other "
                      "medicines, check with your doctor or pharmacist first."))
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    label.setAccessibleName(tr("A note about magnesium and electrolytes"))
    label.setVisible(False)
    return label


def inline_message() -> QLabel:
    """An empty label shown next to a field for validation messages."""
    label = QLabel()
    label.setWordWrap(True)
    label.setVisible(False)
    label.setAccessibleName(tr("Message"))
    return label


def show_message(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))
