"""The composition root, one module per feature.

``app.py`` builds the shared objects and the window; each module here
declares one feature as data, a :class:`~fibro_desktop.wiring.feature.Feature`
named ``FEATURE``: its tab, its menu entries (which menu, which group), its
tray actions, its quit hooks (in which step), whether it works in the
background, its own state and its ``--smoke-test`` check. The shell builds
the menus, the tray and the quit order from these declarations
(``app.py:_place_features``); a feature's ``wire`` only makes the objects
its declaration names.

The order of :data:`FEATURES` is the order of the tabs (and of the tray
entries); the menus and the quit order come from the declarations.
"""

from __future__ import annotations

from typing import Any

from fibro_desktop.wiring import charts, data_safety, encryption, journal, learn, pacing, relax, toolkit
from fibro_desktop.wiring.feature import Feature

FEATURES: tuple[Feature[Any], ...] = tuple(module.FEATURE for module in (
    journal, pacing, relax, toolkit, charts, data_safety, encryption, learn))
