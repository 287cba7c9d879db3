"""What a feature declares: its tab, its menu entries, tray actions, quit
hooks and background work, as data the shell builds the app from.

A feature module defines one :class:`Feature` (``FEATURE``). The shell
(``app.py``) reads the declarations to order the menus and the tray and to
run the quit hooks in their declared steps; the feature's ``wire`` only makes
the objects the declaration names (a QAction per action name, a callable per
hook name) and returns them as a :class:`Wired`. The shell checks that both
match, so a feature cannot slip an entry in anywhere but where it said.

Imported before the first paint (the tab list comes from here): standard
library only, and Qt names only for type checking. The declarations are
``NamedTuple``s, immutable and typed like frozen dataclasses: a frozen
dataclass costs 0.3–0.6 ms to define, a NamedTuple a tenth of that, and
these are defined on every start before the window shows (issue 14).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import IntEnum, StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from fibro_desktop.shell import AppContext, Shell
    from fibro_desktop.ui.main_window import TabSpec

S = TypeVar("S")


class Menu(StrEnum):
    """The menus a feature may add entries to."""

    FILE = "file"
    HELP = "help"


class Group(StrEnum):
    """A group of menu entries; groups are separated by a line, in the order
    of :data:`MENU_GROUPS`."""

    #: Record what is happening now: the first thing a person in pain looks for.
    LOG = "log"
    #: Export, import, backups and the passphrase.
    DATA = "data"
    #: Documents made from the data (the provider report).
    REPORTS = "reports"
    #: The app's own settings.
    SETTINGS = "settings"
    QUIT = "quit"
    #: Help: guides and the welcome notes.
    GUIDES = "guides"
    ABOUT = "about"


#: Each menu's groups, top to bottom.
MENU_GROUPS: Mapping[Menu, tuple[Group, ...]] = {
    Menu.FILE: (Group.LOG, Group.DATA, Group.REPORTS, Group.SETTINGS, Group.QUIT),
    Menu.HELP: (Group.GUIDES, Group.ABOUT),
}


class QuitStep(IntEnum):
    """When a quit hook runs; every hook of a step runs before the next step's."""

    #: Write what is still only in memory (the pacing desk time).
    SAVE = 1
    #: Stop devices and players.
    STOP = 2
    #: The backup at exit: last, so it holds every write made while quitting.
    BACK_UP = 3


class MenuEntry(NamedTuple):
    """Action ``action`` (a name in the feature's :class:`Wired`) in ``menu``,
    in ``group``; within a group entries are sorted by ``rank``, then by the
    order of the features and of their declarations."""

    action: str
    menu: Menu
    group: Group
    rank: int = 50


class QuitHook(NamedTuple):
    """Hook ``hook`` (a name in the feature's :class:`Wired`) runs at quit, in ``step``."""

    hook: str
    step: QuitStep


#: An empty mapping that cannot be changed: a shared default that stays empty.
_NOTHING: Mapping[str, Any] = MappingProxyType({})


class Wired(NamedTuple):
    """What a feature's ``wire`` made, by the names its declaration uses."""

    actions: Mapping[str, QAction] = _NOTHING
    hooks: Mapping[str, Callable[[], object]] = _NOTHING
    #: "Does this feature work in the background right now?" (declared by ``background_work``).
    busy: Callable[[], bool] | None = None


def _no_state() -> None:
    return None


class Feature(NamedTuple, Generic[S]):
    """One feature, declared.

    ``state()`` makes the feature's own objects for one run (a dataclass, or
    ``None``); the shell keeps it and hands it to ``tab``, and the feature's
    functions reach it with ``shell.state(FEATURE)``. ``tab(ctx, state)``
    gives the tab (``None``: no tab); ``wire(shell, ctx)`` runs after the first
    paint, once the database is open, and returns what it made;
    ``smoke_check(shell, ctx)`` raises if the feature does not work in
    ``--smoke-test``.
    """

    key: str
    wire: Callable[[Shell, AppContext], Wired]
    tab: Callable[[AppContext, S], TabSpec] | None = None
    state: Callable[[], S] = _no_state  # type: ignore[assignment]  # None for a feature without state
    menu_entries: tuple[MenuEntry, ...] = ()
    #: Action names shown at the top of the tray menu, in this order.
    tray_actions: tuple[str, ...] = ()
    #: Action names the feature adds to the window only (shortcuts, no menu).
    window_actions: tuple[str, ...] = ()
    quit_hooks: tuple[QuitHook, ...] = ()
    #: True if ``wire`` returns a ``busy`` predicate (closing then may hide to the tray).
    background_work: bool = False
    smoke_check: Callable[[Shell, AppContext], None] | None = None

    def action_names(self) -> set[str]:
        """Every action name the declaration uses."""
        return ({entry.action for entry in self.menu_entries} | set(self.tray_actions)
                | set(self.window_actions))

    def mismatch(self, wired: Wired) -> list[str]:
        """How ``wired`` differs from this declaration (empty: it matches)."""
        problems = []
        declared, made = self.action_names(), set(wired.actions)
        if declared - made:
            problems.append(f"declared actions not made: {sorted(declared - made)}")
        if made - declared:
            problems.append(f"actions made but not declared: {sorted(made - declared)}")
        hooks, made_hooks = {hook.hook for hook in self.quit_hooks}, set(wired.hooks)
        if hooks != made_hooks:
            problems.append(f"quit hooks declared {sorted(hooks)}, made {sorted(made_hooks)}")
        if self.background_work != (wired.busy is not None):
            problems.append("background work declared and made differ")
        return problems


def menu_layout(features: tuple[Feature[Any], ...], extra: tuple[MenuEntry, ...] = ()
                ) -> dict[Menu, list[list[tuple[str, str]]]]:
    """Each menu's groups, in order, each a list of ``(feature key, action
    name)``; ``extra`` entries belong to the shell (feature key ``""``)."""
    ranked: list[tuple[int, int, int, str, MenuEntry]] = []
    for index, feature in enumerate(features):
        for order, entry in enumerate(feature.menu_entries):
            ranked.append((entry.rank, index, order, feature.key, entry))
    for order, entry in enumerate(extra):
        ranked.append((entry.rank, len(features), order, "", entry))
    ranked.sort(key=lambda item: item[:3])
    layout: dict[Menu, list[list[tuple[str, str]]]] = {}
    for menu, groups in MENU_GROUPS.items():
        layout[menu] = [[(key, entry.action) for *_, key, entry in ranked
                         if entry.menu is menu and entry.group is group] for group in groups]
    return layout


def quit_order(features: tuple[Feature[Any], ...]) -> list[tuple[str, str]]:
    """``(feature key, hook name)`` in the order they run at quit: by step,
    then by the order of the features."""
    hooks = [(hook.step, index, feature.key, hook.hook)
             for index, feature in enumerate(features) for hook in feature.quit_hooks]
    return [(key, name) for _step, _index, key, name in sorted(hooks, key=lambda item: item[:2])]
