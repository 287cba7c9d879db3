"""Fibro Desktop: a private, offline companion for people with fibromyalgia.

The package is layered (see docs/architecture.md):

* ``core``   pure Python rules, vocabulary and statistics (no Qt, no peewee);
* ``store``  peewee on SQLite (no Qt);
* ``ui``     Qt widgets and the QObjects that own clocks and devices;
* ``app``    the composition root that builds and wires everything;
* ``cli``    command-line entry point, including headless subcommands.
"""

__version__ = "0.1.0"
