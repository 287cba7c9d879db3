"""The Toolkit tab: the personal rescue kit, today's prevention routine,
the "a spasm is starting" plan (a dialog) and the care team.

Widgets read through store functions (which return core dataclasses) and
write through operations (:mod:`fibro_desktop.ops.toolkit`) run by the page's
:class:`~fibro_desktop.ui.operations.Writer`, which announces each change
(areas ``KIT``, ``ROUTINE``, ``RESCUE_PLAN``, ``CONTACTS``) with the page as origin.
"""
