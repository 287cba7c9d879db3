"""The Toolkit tab: the personal rescue kit, today's prevention routine,
the "a spasm is starting" plan (a dialog) and the care team.

Widgets call store functions (which return core dataclasses) and emit
``DataEvents.changed("toolkit" | "routine")`` after each write.
"""
