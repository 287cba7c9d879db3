"""Operations: one function per user intent, one transaction each.

An operation writes through the store functions inside one ``db.atomic()``
and returns :class:`~fibro_desktop.core.changes.Changes` (or a value and its
``Changes``), which the UI announces through
:func:`fibro_desktop.ui.operations.run`. Operations may import ``core`` and
``store`` but never Qt, so the command line and tests can use them too.
"""
