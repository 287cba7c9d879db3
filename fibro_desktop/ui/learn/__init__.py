"""The Learn window: the nine short guides, a reader and a search across them.

Nothing here is imported before the first paint: the Help menu entry and the
``learn`` intent (see :mod:`fibro_desktop.wiring.learn`) import it on first use.
"""
